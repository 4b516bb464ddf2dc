import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("MPLBACKEND", "Agg")


@pytest.fixture(autouse=True)
def isolated_student(tmp_path, monkeypatch):
    """Each test gets its own progress folder and starts in the default language."""
    import course_lib.lang as lang
    monkeypatch.setenv("COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("COURSE_LANG", raising=False)
    monkeypatch.setattr(lang, "_session_choice", None)
    yield tmp_path / "home"


@pytest.fixture(autouse=True, scope="session")
def course_threads():
    """As many torch threads as start() gives a notebook (one on a 2-core machine): tiny models run far quicker."""
    import torch

    import course_lib
    before = torch.get_num_threads()
    torch.set_num_threads(course_lib.threads())
    yield
    torch.set_num_threads(before)


def chapter_definitions(number, *names, **namespace):
    """The functions and classes a chapter's source defines at top level (all, or just `names`), run in
    one namespace that holds `namespace` plus torch, F, nn and math: the tests use the chapter's own code,
    so the notebook and its tests cannot drift apart. (A jupytext percent source parses as Python.)"""
    import ast
    import math

    import torch
    import torch.nn.functional as F
    from torch import nn
    (source,) = (ROOT / "notebooks" / "source").glob(f"{number:02d}_*.py")
    wanted = [node for node in ast.parse(source.read_text(encoding="utf-8")).body
              if isinstance(node, (ast.FunctionDef, ast.ClassDef)) and (not names or node.name in names)]
    assert not names or sorted(node.name for node in wanted) == sorted(names)
    scope = dict(torch=torch, F=F, nn=nn, math=math, **namespace)
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(source), "exec"), scope)
    return scope
