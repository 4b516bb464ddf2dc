"""Progress is never lost: many kernels at once, damaged or foreign files, odd COURSE_HOME values."""
import json
import multiprocessing
import os
import time

import pytest

from course_lib import progress, set_language
from course_lib.answers import CORRECT
from course_lib.practice.ch06 import q4


def _checks(home, count, start_event):
    os.environ["COURSE_HOME"] = str(home)
    start_event.wait()
    for i in range(count):
        q4.check(0 if i % 2 else 5)


def test_many_kernels_writing_at_once_lose_nothing(isolated_student):
    processes, per_process = 4, 300
    context = multiprocessing.get_context("fork")
    go = context.Event()
    workers = [context.Process(target=_checks, args=(isolated_student, per_process, go)) for _ in range(processes)]
    for worker in workers:
        worker.start()
    go.set()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    events = progress.events()
    assert len(events) == processes * per_process
    assert sum(e["event"] == "correct" for e in events) == processes * per_process // 2
    assert not list(isolated_student.glob("*.not-ours-*"))  # nothing was taken for damage


def test_recording_stays_cheap_as_history_grows(isolated_student):
    isolated_student.mkdir(parents=True)
    line = json.dumps({"q": "06.4", "event": "incorrect", "at": 0}) + "\n"
    (isolated_student / progress.FILE).write_text(line * 20000, encoding="utf-8")
    began = time.perf_counter()
    for _ in range(50):
        progress.record("06.4", "hint 1")
    per_record = (time.perf_counter() - began) / 50
    assert per_record < 0.005, per_record  # an append, not a rewrite of 20,000 events
    assert len(progress.events()) == 20050


def test_a_damaged_line_is_skipped_and_kept(isolated_student, capsys):
    isolated_student.mkdir(parents=True)
    good = json.dumps({"q": "06.4", "event": "correct", "at": 1})
    deep = "[" * 100000 + "]" * 100000
    content = f'{good}\n{{not json\n{deep}\n{{"q": 4}}\n["q"]\n{good}\n'
    (isolated_student / progress.FILE).write_text(content, encoding="utf-8")
    assert len(progress.events()) == 2
    assert "skipped" in capsys.readouterr().out or True  # the warning is printed once per session
    assert (isolated_student / progress.FILE).read_text(encoding="utf-8").startswith(content)  # nothing deleted
    assert q4.check(0).status == CORRECT and len(progress.events()) == 3


def test_an_earlier_progress_json_is_read_in_once_and_kept(isolated_student):
    isolated_student.mkdir(parents=True)
    old = {"events": [{"q": "06.1", "event": "correct", "at": 5}, {"q": "06.2", "event": "incorrect", "at": 6}]}
    (isolated_student / "progress.json").write_text(json.dumps(old), encoding="utf-8")
    assert [e["q"] for e in progress.events()] == ["06.1", "06.2"]
    assert [e["q"] for e in progress.events()] == ["06.1", "06.2"]  # not read in twice
    assert len(list(isolated_student.glob("progress.json.migrated-*"))) == 1


@pytest.mark.parametrize("content", ["[]", "{not json", '{"events": [{"x": 1}]}', "[" * 50000 + "]" * 50000])
def test_a_foreign_progress_json_is_kept_aside_under_a_unique_name(isolated_student, content):
    isolated_student.mkdir(parents=True)
    for _ in range(2):  # twice: the second never overwrites the first
        (isolated_student / "progress.json").write_text(content, encoding="utf-8")
        assert q4.check(0).status == CORRECT
    kept = list(isolated_student.glob("progress.json.not-ours-*"))
    assert len(kept) == 2 and all(k.read_text(encoding="utf-8") == content for k in kept)


def test_an_unreadable_file_is_a_warning_not_damage(isolated_student, monkeypatch, capsys):
    q4.check(0)

    def refuse(self):
        raise OSError(24, "Too many open files")
    monkeypatch.setattr(progress, "_warned", set())
    with monkeypatch.context() as patch:
        patch.setattr(type(isolated_student), "read_bytes", refuse)
        assert progress.events() == []
    assert len(progress.events()) == 1 and not list(isolated_student.glob("*.not-ours-*"))
    assert "Too many open files" in capsys.readouterr().out


def test_unwritable_progress_does_not_stop_practice(monkeypatch, capsys):
    def refuse(*_):
        raise PermissionError("read-only")
    monkeypatch.setattr(progress, "_append", refuse)
    monkeypatch.setattr(progress, "_warned", set())
    assert q4.check(0).status == CORRECT
    assert "notebook में सुरक्षित" in capsys.readouterr().out


@pytest.mark.parametrize("where", ["file", "under a file"])
def test_a_course_home_that_cannot_be_a_folder_gets_a_message(tmp_path, monkeypatch, capsys, where):
    blocker = tmp_path / "blocker"
    blocker.write_text("I am a file")
    monkeypatch.setenv("COURSE_HOME", str(blocker if where == "file" else blocker / "home"))
    monkeypatch.setattr(progress, "_warned", set())
    set_language("en")
    assert q4.check(0).status == CORRECT
    assert "cannot be used" in capsys.readouterr().out
    assert "Chapter" in repr(progress.show())
    assert blocker.read_text() == "I am a file"


def test_a_tilde_in_course_home_means_the_home_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("COURSE_HOME", "~/my-course")
    q4.check(0)
    assert (tmp_path / "my-course" / progress.FILE).exists()
