"""`make lab`: open the course in JupyterLab, in the chosen language.

    python -m course_lib.lab [extra JupyterLab options]

Opens notebooks/<lang>/ (lang from COURSE_LANG, default Hindi) with the course kernel,
and says first where to open it and which language is active.
COURSE_NOTEBOOKS=<dir> serves a copy of notebooks/ instead (the browser test uses this).
"""
import os
import sys
from pathlib import Path

from .lang import Bi, get_language
from .practice import NOTEBOOKS


def _is_root():
    return getattr(os, "geteuid", lambda: -1)() == 0  # Windows has no user ids: never root


def command(extra=()):
    lang = get_language()
    notebooks = os.environ.get("COURSE_NOTEBOOKS") or NOTEBOOKS
    first = sorted((Path(notebooks) / lang).glob("*.ipynb"))[0].name
    return [sys.executable, "-m", "jupyter", "lab",
            f"--ServerApp.root_dir={notebooks}",
            f"--LabApp.default_url=/lab/tree/{lang}/{first}",
            "--ServerApp.ip=127.0.0.1",
            "--MappingKernelManager.default_kernel_name=dl-course",
            *(["--allow-root"] if _is_root() else []),  # JupyterLab refuses root otherwise
            *extra]


def main(extra):
    lang = get_language()
    other = "en" if lang == "hi" else "hi"
    print(Bi(hi=f"📘 पाठ्यक्रम JupyterLab में खुल रहा है: notebooks/{lang}/ · भाषा: हिन्दी\n"
                f"   नीचे JupyterLab जो पता (http://127.0.0.1:.../lab?token=...) छापे, उसे browser में खोलें।\n"
                f"   अंग्रेज़ी के लिए: make lab COURSE_LANG={other}",
             en=f"📘 Opening the course in JupyterLab: notebooks/{lang}/ · language: English\n"
                f"   Open the address JupyterLab prints below (http://127.0.0.1:.../lab?token=...) in a browser.\n"
                f"   For Hindi: make lab COURSE_LANG={other}"), flush=True)
    os.execv(sys.executable, command(extra))


if __name__ == "__main__":
    main(sys.argv[1:])
