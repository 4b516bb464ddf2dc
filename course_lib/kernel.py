"""`python -m course_lib.kernel`: register this Python as the notebooks' kernel, "DL course (PyTorch)".

`make setup` runs it; on Windows or macOS without make, run it once after installing the requirements.
It writes the kernel spec inside this environment (sys.prefix), so it never touches another one.
"""
import sys

from .lang import Bi

NAME, DISPLAY_NAME = "dl-course", "DL course (PyTorch)"


def install(prefix=None):
    """Install the kernel spec under `prefix` (default: this environment); returns its folder."""
    from ipykernel.kernelspec import install as install_kernelspec
    return install_kernelspec(kernel_name=NAME, display_name=DISPLAY_NAME, prefix=prefix or sys.prefix)


if __name__ == "__main__":
    where = install()
    print(Bi(hi=f"✔ notebooks का kernel \"{DISPLAY_NAME}\" तैयार है: {where}",
             en=f"✔ The notebooks' kernel \"{DISPLAY_NAME}\" is ready: {where}"))
