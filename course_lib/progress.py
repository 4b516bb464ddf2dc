"""A student's progress: every check, hint and solution view, kept locally in $COURSE_HOME/progress.json."""
import time

from . import state
from .lang import Bi, get_language

FILE = "progress.json"


def _path():
    return state.home() / FILE


def _events():
    valid = lambda d: isinstance(d, dict) and isinstance(d.get("events"), list) and all(
        isinstance(e, dict) for e in d["events"])
    return state.read_json(_path(), {"events": []}, valid)["events"]


def record(question_id, event):
    """Append one event ("correct", "incorrect", "not attempted", "hint 2", "solution viewed")."""
    try:
        events = _events() + [{"q": question_id, "event": event, "at": int(time.time())}]
        state.write_json(_path(), {"events": events})
    except OSError as error:  # a read-only home must not stop a student from practising
        print(Bi(hi=f"⚠️ प्रगति सहेजी नहीं जा सकी ({error}); आपका काम notebook में सुरक्षित है।",
                 en=f"⚠️ Progress could not be saved ({error}); your work in the notebook is safe."))


def summary():
    """Rows of (chapter number, title, questions, attempted, correct) for every chapter."""
    from .practice import CHAPTERS, questions_of
    events = _events()
    attempted = {e["q"] for e in events if e.get("event") in ("correct", "incorrect")}
    solved = {e["q"] for e in events if e.get("event") == "correct"}
    rows = []
    for chapter in CHAPTERS:
        ids = {q.id for q in questions_of(chapter.number)}
        rows.append((chapter.number, str(chapter.title), len(ids), len(ids & attempted), len(ids & solved)))
    return rows


class _Table:
    def __init__(self, rows):
        self.rows = rows
        self.header = [str(h) for h in (Bi(hi="अध्याय", en="Chapter"), Bi(hi="विषय", en="Topic"),
                                         Bi(hi="प्रश्न", en="Questions"), Bi(hi="प्रयास किए", en="Attempted"),
                                         Bi(hi="सही", en="Correct"))]

    def __repr__(self):
        lines = [" | ".join(self.header)]
        lines += [f"{n:02d} | {title} | {total or '–'} | {tried} | {right}" for n, title, total, tried, right in self.rows]
        return "\n".join(lines)

    def _repr_html_(self):
        cells = lambda row, tag: "".join(f"<{tag}>{c}</{tag}>" for c in row)
        body = "".join(
            f"<tr>{cells((f'{n:02d}', title, total or '–', tried, right), 'td')}"
            f"<td><progress value='{right}' max='{total or 1}'></progress></td></tr>"
            for n, title, total, tried, right in self.rows)
        return f"<table lang='{get_language()}'><tr>{cells(self.header + [''], 'th')}</tr>{body}</table>"


def show():
    """The student's progress over all chapters, as a table."""
    return _Table(summary())


if __name__ == "__main__":
    print(show())
