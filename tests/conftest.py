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
