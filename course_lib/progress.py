"""A student's progress: every check, hint and solution view, kept locally in $COURSE_HOME/progress.jsonl.

The file is an append-only log, one JSON event a line: {"q": "06.4", "event": "correct", "at": 1732190000}.
Any number of kernels (two notebooks open, Run All in two tabs) append at once: each event is one
write to a file opened for appending, under an exclusive lock where the system has one, so none
is lost, and recording costs the same however long the history is. A line that cannot be read
(a foreign or damaged line) is skipped, never deleted. A progress.json from an earlier version of
the course is read into the log once and kept beside it.
"""
import html
import json
import os
import time
from contextlib import contextmanager

from . import state
from .lang import Bi, get_language

FILE, LEGACY = "progress.jsonl", "progress.json"
_warned = set()


def _warn_once(kind, message):
    if kind not in _warned:
        _warned.add(kind)
        print(message)


@contextmanager
def _locked(handle):
    """One writer at a time: flock on Linux and macOS, msvcrt's lock of the first byte on Windows."""
    try:
        import fcntl
    except ImportError:
        fcntl = None
    if fcntl is not None:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
        return
    try:
        import msvcrt
    except ImportError:  # neither: appends are still whole lines, only without the lock
        yield
        return
    position = handle.tell()
    handle.seek(0)
    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)  # waits (retrying for 10 s) while another holds it
    try:
        handle.seek(position)
        yield
    finally:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)


def _is_event(item):
    return (isinstance(item, dict) and isinstance(item.get("q"), str) and isinstance(item.get("event"), str)
            and isinstance(item.get("at", 0), (int, float)))


def _lines(events):
    return "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in events).encode("utf-8")


def _append(folder, events):
    with open(folder / FILE, "ab") as handle, _locked(handle):
        os.write(handle.fileno(), _lines(events))


def _migrate(folder):
    """Read an earlier version's progress.json into the log, once; keep the old file beside it."""
    legacy = folder / LEGACY
    if not legacy.exists():
        return
    try:
        data = json.loads(legacy.read_text(encoding="utf-8"))
        events = data["events"] if isinstance(data, dict) and isinstance(data.get("events"), list) else None
    except (ValueError, RecursionError, OSError, UnicodeDecodeError):
        events = None
    if events is None or not all(_is_event(e) for e in events):
        state.set_aside(legacy, "not-ours")
        return
    with open(folder / FILE, "ab") as handle, _locked(handle):
        if legacy.exists():  # another kernel may have migrated it while we waited for the lock
            os.write(handle.fileno(), _lines(events))
            legacy.replace(legacy.with_name(f"{LEGACY}.migrated-{os.getpid()}-{time.time_ns()}"))


def events():
    """Every event recorded so far (unreadable lines skipped, with one warning)."""
    try:
        folder = state.home()
        _migrate(folder)
        raw = (folder / FILE).read_bytes() if (folder / FILE).exists() else b""
    except state.HomeUnavailable as problem:
        _warn_once("home", f"⚠️ {problem.message}")
        return []
    except OSError as error:  # too many open files, permissions ...: a warning, not damage
        _warn_once("read", Bi(hi=f"⚠️ प्रगति अभी पढ़ी नहीं जा सकी ({error}); फ़ाइल जैसी थी वैसी रखी गई है।",
                              en=f"⚠️ Progress could not be read just now ({error}); the file is left as it was."))
        return []
    found, skipped = [], 0
    for line in raw.splitlines():
        try:
            item = json.loads(line.decode("utf-8"))
        except (ValueError, RecursionError, UnicodeDecodeError):
            item = None
        if _is_event(item):
            found.append(item)
        elif line.strip():
            skipped += 1
    if skipped:
        _warn_once("skipped", Bi(hi=f"⚠️ {FILE} की {skipped} पंक्तियाँ इस पाठ्यक्रम की नहीं थीं और छोड़ दी गईं (हटाई नहीं गईं)।",
                                 en=f"⚠️ {skipped} lines of {FILE} were not this course's and were skipped (not deleted)."))
    return found


def record(question_id, event):
    """Append one event ("correct", "incorrect", "not attempted", "hint 2", "solution viewed")."""
    try:
        folder = state.home()
        _migrate(folder)
        _append(folder, [{"q": question_id, "event": event, "at": int(time.time())}])
    except state.HomeUnavailable as problem:
        _warn_once("home", f"⚠️ {problem.message}")
    except OSError as error:  # a read-only home must not stop a student from practising
        _warn_once("write", Bi(hi=f"⚠️ प्रगति सहेजी नहीं जा सकी ({error}); आपका काम notebook में सुरक्षित है।",
                               en=f"⚠️ Progress could not be saved ({error}); your work in the notebook is safe."))


def summary():
    """Rows of (chapter number, title, questions, attempted, correct, solutions viewed) for every chapter."""
    from .practice import CHAPTERS, questions_of
    log = events()
    attempted = {e["q"] for e in log if e["event"] in ("correct", "incorrect")}
    solved = {e["q"] for e in log if e["event"] == "correct"}
    viewed = {e["q"] for e in log if e["event"] == "solution viewed"}
    rows = []
    for chapter in CHAPTERS:
        ids = {q.id for q in questions_of(chapter.number)}
        rows.append((chapter.number, str(chapter.title), len(ids), len(ids & attempted), len(ids & solved),
                     len(ids & viewed)))
    return rows


def _link(number, title):
    """The chapter's title, linked to its notebook (a sibling of the one showing the table) if it exists."""
    from .practice import CHAPTERS, NOTEBOOKS, notebook_name
    chapter = next(c for c in CHAPTERS if c.number == number)
    name = notebook_name(chapter)
    if (NOTEBOOKS / get_language() / name).exists():
        return f"<a href='{name}'>{html.escape(title)}</a>"
    return f"{html.escape(title)} <i>({Bi(hi='जल्द आ रहा है', en='coming soon')})</i>"


class _Table:
    def __init__(self, rows):
        self.rows = rows
        self.header = [str(h) for h in (Bi(hi="अध्याय", en="Chapter"), Bi(hi="विषय", en="Topic"),
                                         Bi(hi="प्रश्न", en="Questions"), Bi(hi="प्रयास किए", en="Attempted"),
                                         Bi(hi="सही", en="Correct"), Bi(hi="हल देखे", en="Solutions viewed"))]

    def __repr__(self):
        lines = [" | ".join(self.header)]
        lines += [f"{n:02d} | {title} | {total or '–'} | {tried} | {right} | {seen}"
                  for n, title, total, tried, right, seen in self.rows]
        return "\n".join(lines)

    def _repr_html_(self):
        cells = lambda row, tag: "".join(f"<{tag}>{c}</{tag}>" for c in row)
        body = "".join(
            f"<tr>{cells((f'{n:02d}', _link(n, title), total or '–', tried, right, seen), 'td')}"
            f"<td><progress value='{right}' max='{total or 1}'></progress></td></tr>"
            for n, title, total, tried, right, seen in self.rows)
        return f"<table lang='{get_language()}'><tr>{cells(self.header + [''], 'th')}</tr>{body}</table>"


def show():
    """The student's progress over all chapters, as a table."""
    return _Table(summary())


if __name__ == "__main__":
    print(show())
