"""What runs on a student's Windows or macOS machine, checked here with the POSIX-only parts taken away
(honest mocks: the code paths are the ones Windows takes; the README says what was tested where)."""
import importlib
import os
import sys
import types

import course_lib.lab as lab
from course_lib import progress


def test_lab_without_user_ids_starts_jupyterlab_without_allow_root(monkeypatch):
    monkeypatch.delattr(os, "geteuid")                        # Windows has no os.geteuid
    monkeypatch.setattr(sys, "executable", r"C:\Users\Asha\dl-course\.venv\Scripts\python.exe")
    command = lab.command()
    assert command[:4] == [sys.executable, "-m", "jupyter", "lab"]
    assert "--allow-root" not in command
    assert any(arg.startswith("--LabApp.default_url=/lab/tree/hi/00_start_here") for arg in command)


def test_progress_is_locked_with_msvcrt_where_there_is_no_fcntl(monkeypatch, isolated_student):
    calls = []
    fake = types.SimpleNamespace(LK_LOCK=1, LK_UNLCK=0,
                                 locking=lambda fd, mode, size: calls.append(("lock" if mode else "unlock", size)))
    monkeypatch.setitem(sys.modules, "fcntl", None)          # import fcntl raises ImportError, as on Windows
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    progress.record("06.4", "correct")
    progress.record("06.4", "hint")
    assert calls == [("lock", 1), ("unlock", 1)] * 2
    assert [e["event"] for e in progress.events()] == ["correct", "hint"]


def test_installed_as_a_package_data_goes_beside_the_progress_file(monkeypatch, tmp_path):
    import course_lib.data as data
    monkeypatch.delenv("COURSE_DATA", raising=False)
    monkeypatch.setenv("COURSE_HOME", str(tmp_path / "home"))
    monkeypatch.setattr("pathlib.Path.is_dir", lambda self: False if self.name == "notebooks" else os.path.isdir(self))
    try:
        assert importlib.reload(data).DATA_DIR == tmp_path / "home" / "data"
    finally:
        monkeypatch.undo()
        importlib.reload(data)
    assert data.DATA_DIR.parent.joinpath("notebooks").is_dir()   # in this checkout: data/ beside notebooks/
