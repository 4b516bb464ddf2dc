"""Where course_lib is not installed (Colab, a fresh environment that has only PyTorch), a chapter's
first cell installs it from the repository and the chapter runs, Devanagari plots included.

The "Colab" here is a bare virtual environment that holds torch (and what torch itself needs, linked
from this environment rather than copied: 5 GB) plus ipykernel, as Colab's does. Its first cell installs
course_lib from a local copy of this repository (COURSE_LIB_SOURCE), pulling the rest from PyPI.
"""
import importlib.metadata as metadata
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from course_lib import colab

ROOT = Path(__file__).resolve().parent.parent
CHAPTER = "06_activations.ipynb"


def _requirements_closure(name):
    """The distribution `name` and every distribution it requires (markers evaluated here), recursively."""
    from packaging.requirements import Requirement
    seen, todo = {}, [name]
    while todo:
        dist = metadata.distribution(todo.pop())
        key = dist.metadata["Name"].lower().replace("_", "-")
        if key in seen:
            continue
        seen[key] = dist
        for line in dist.requires or []:
            requirement = Requirement(line)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen.values()


def _venv_with_only_torch(folder):
    subprocess.run([sys._base_executable, "-m", "venv", str(folder)], check=True)
    python = folder / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    for dist in _requirements_closure("torch"):
        for top in {Path(str(f)).parts[0] for f in dist.files or []} - {"..", "bin"}:
            source = Path(dist.locate_file(top))
            if source.exists() and not (site / top).exists():
                (site / top).symlink_to(source)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "ipykernel"], check=True)
    return python


def _copy_of_the_repository(target):
    ignore = shutil.ignore_patterns(".venv", ".git", "test-artifacts", "backups", "*.pt", "MNIST", "__pycache__",
                                    "*.egg-info", "build")
    shutil.copytree(ROOT, target, ignore=ignore)
    return target


@pytest.mark.slow
def test_a_chapter_installs_course_lib_where_it_is_missing_then_runs(tmp_path, monkeypatch):
    python = _venv_with_only_torch(tmp_path / "colab")
    torch_before = subprocess.run([str(python), "-c", "import torch; print(torch.__version__, torch.__file__)"],
                                  check=True, capture_output=True, text=True, cwd=tmp_path).stdout
    assert subprocess.run([str(python), "-c", "import course_lib"], capture_output=True, cwd=tmp_path).returncode != 0

    kernels = tmp_path / "jupyter" / "kernels" / "colab-like"
    kernels.mkdir(parents=True)
    (kernels / "kernel.json").write_text(
        '{"argv": ["%s", "-m", "ipykernel_launcher", "-f", "{connection_file}"], "display_name": "colab-like",'
        ' "language": "python"}' % python)
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    monkeypatch.setenv("COURSE_LIB_SOURCE", str(_copy_of_the_repository(tmp_path / "repository")))
    monkeypatch.setenv("COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("COURSE_DATA", raising=False)
    monkeypatch.delenv("MPLBACKEND", raising=False)

    notebook = nbformat.read(ROOT / "notebooks" / "hi" / CHAPTER, as_version=4)
    assert notebook.cells[0].source == colab.first_cell("hi")
    probe = nbformat.v4.new_code_cell(
        "import warnings, io, matplotlib, torch, course_lib\n"
        "import matplotlib.pyplot as plt\n"
        "with warnings.catch_warnings(record=True) as caught:\n"
        "    warnings.simplefilter('always')\n"
        "    fig, ax = plt.subplots(); ax.set_title('सक्रियण फलन: ढलान और परत'); fig.savefig(io.BytesIO())\n"
        "print('matplotlib', matplotlib.__version__, '| torch', torch.__version__, torch.__file__)\n"
        "print('course_lib', course_lib.__file__)\n"
        "print('glyph warnings', [str(w.message) for w in caught if 'Glyph' in str(w.message)])")
    notebook.cells.append(probe)
    NotebookClient(notebook, timeout=900, kernel_name="colab-like",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()

    first = "".join(o.get("text", "") for o in notebook.cells[0].outputs)
    assert "course_lib नहीं मिला" in first and re.search(r"✔ course_lib install हो गया \(\d+ s\)", first), first
    errors = [o for cell in notebook.cells for o in cell.get("outputs", []) if o.output_type == "error"]
    assert not errors, errors[0]
    assert sum("image/png" in o.get("data", {}) for c in notebook.cells for o in c.get("outputs", [])) >= 3

    said = "".join(o.get("text", "") for o in probe.outputs)
    version = re.search(r"matplotlib (\d+)\.(\d+)", said)
    assert (int(version[1]), int(version[2])) >= (3, 11), said      # shapes Devanagari
    assert "glyph warnings []" in said, said                        # every Devanagari glyph found
    assert f"torch {torch_before.strip()}" in said                  # the torch that was there, kept
    assert str(tmp_path / "colab") in said.split("course_lib ", 2)[-1]   # installed into that environment

    # Run again: now course_lib is importable, and the first cell does nothing at all.
    again = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(colab.first_cell("en"))])
    NotebookClient(again, timeout=120, kernel_name="colab-like").execute()
    assert again.cells[0].outputs == []
