"""Colab, or any Python that has PyTorch but not this course: the links, and the first cell that installs it.

Every notebook view starts with `first_cell(lang)` (course_lib.views puts it there). Where course_lib
imports, that cell does nothing. Where it does not (Colab, a fresh environment), it pip-installs this
repository once, says so in one line with the time it took, and the chapter carries on. Installing keeps
the torch that is there (pyproject.toml declares lower bounds, not pins).

COURSE_LIB_SOURCE overrides where it installs from (a local copy, a fork, a branch): the tests use it.
"""
from .lang import Bi

REPOSITORY = "https://github.com/dl-course-hi/dl-fundamentals"  # also in pyproject.toml [project.urls]
BRANCH = "main"


def install_source():
    """What `pip install` is given when course_lib is missing."""
    return f"git+{REPOSITORY}@{BRANCH}"


def colab_url(lang, notebook):
    """The "Open in Colab" address of notebooks/<lang>/<notebook>."""
    path = REPOSITORY.removeprefix("https://github.com/")
    return f"https://colab.research.google.com/github/{path}/blob/{BRANCH}/notebooks/{lang}/{notebook}"


_MESSAGES = {
    "installing": Bi(hi="course_lib नहीं मिला: इसे एक बार install किया जा रहा है (Colab पर लगभग एक मिनट)…",
                     en="course_lib is not installed here: installing it once (about a minute on Colab)…"),
    "failed": Bi(hi="✘ course_lib install नहीं हो सका (internet है?)। pip ने कहा:\n{error}",
                 en="✘ course_lib could not be installed (is there internet?). pip said:\n{error}"),
    "comment": Bi(hi="# Colab के लिए: course_lib न हो तो उसे install करती है; बाक़ी हर जगह यह cell कुछ नहीं करती।",
                  en="# For Colab: installs course_lib if it is missing; anywhere else this cell does nothing."),
    "done": Bi(hi="✔ course_lib install हो गया ({seconds:.0f} s)। अब अध्याय आगे चलता है।",
               en="✔ course_lib installed ({seconds:.0f} s). The chapter carries on."),
}


def first_cell(lang):
    """The source of a view's first code cell, in language `lang` (plain Python: course_lib may be missing)."""
    say = {key: getattr(text, lang) for key, text in _MESSAGES.items()}
    return f'''{say["comment"]}
import importlib.util, os, subprocess, sys, time
if importlib.util.find_spec("course_lib") is None:
    _began = time.time()
    print({say["installing"]!r}, flush=True)
    _pip = subprocess.run([sys.executable, "-m", "pip", "install", "-q",
                           os.environ.get("COURSE_LIB_SOURCE", {install_source()!r})], capture_output=True, text=True)
    importlib.invalidate_caches()
    if _pip.returncode:
        print({say["failed"]!r}.format(error=_pip.stderr.strip()[-800:]))
    else:
        print({say["done"]!r}.format(seconds=time.time() - _began))'''
