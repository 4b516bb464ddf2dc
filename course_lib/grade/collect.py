"""What is graded: the chapters (masters), the submissions, and the notebook the grader runs.

The grader never runs a student's notebook as it is. It runs the MASTER notebook (notebooks/hi or
notebooks/en, the language the student used) in the master's order, with each answer cell (tag
"answer") replaced by the student's cell of the same id; when ids were lost (another tool, an old
format), the student's cell holding that question's `qN.check(` line is used. The student's other
cells are not run: a helper a student needs must live in the answer cell. Any other difference
from the master is recorded: an edited question cell (the cell showing `qN`) or an edited
`qN.check(...)` line makes that question `tampered`; other edited or missing cells are only noted,
since the master's copy is what runs.
"""
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..practice import CHAPTERS, FRONT, NOTEBOOKS, notebook_name, questions_of

LANGS = ("hi", "en")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
CHECK_LINE = re.compile(r"^\s*(q\d+)\s*\.\s*check\s*\((.*)\)\s*;?\s*(#.*)?$")


def source(cell):
    text = cell.get("source", "") if isinstance(cell, dict) else ""
    if isinstance(text, list):
        text = "".join(str(part) for part in text)
    return text if isinstance(text, str) else ""


def normal(text):
    """Source as compared: line ends, trailing spaces and blank edges do not count."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return "\n".join(lines).strip()


def checksum(text):
    return hashlib.sha256(normal(text).encode()).hexdigest()[:16]


def check_line(text, name=None):
    """(name, expression) of the last `qN.check(EXPR)` line of `text`, or None."""
    found = None
    for line in text.splitlines():
        match = CHECK_LINE.match(line)
        if match and (name is None or match.group(1) == name):
            found = (match.group(1), match.group(2).strip())
    return found


def strip_check_lines(text):
    """The cell without its `qN.check(...)` lines: the kernel's own check() is not needed."""
    return "\n".join(line for line in text.splitlines() if not CHECK_LINE.match(line))


@dataclass
class AnswerSlot:
    question: object          # the Question
    cell_id: str
    template: str             # the master's answer cell source
    expression: str           # EXPR of the master's qN.check(EXPR)
    prompt_id: str = None     # the master cell that shows `qN`, if any


@dataclass
class Master:
    chapter: object           # practice.Chapter
    lang: str
    path: Path
    cells: list
    slots: list               # AnswerSlot per question that has an answer cell
    questions: list           # every Question of the chapter, in order

    @property
    def key(self):
        return Path(notebook_name(self.chapter)).stem


def _tags(cell):
    metadata = cell.get("metadata") if isinstance(cell, dict) else None
    tags = metadata.get("tags", []) if isinstance(metadata, dict) else []
    return tags if isinstance(tags, list) else []


def load_master(chapter, lang, folder=NOTEBOOKS):
    path = Path(folder) / lang / notebook_name(chapter)
    if not path.is_file():
        return None
    questions = questions_of(chapter.number)
    if not questions:
        return None
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = nb["cells"]
    by_name = {q.name: q for q in questions}
    slots = []
    for index, cell in enumerate(cells):
        if cell.get("cell_type") != "code" or "answer" not in _tags(cell):
            continue
        found = check_line(source(cell))
        if not found or found[0] not in by_name:
            continue
        prompt = None
        for before in reversed(cells[:index]):
            if before.get("cell_type") == "code":
                if normal(source(before)) == found[0]:
                    prompt = before.get("id")
                break
        slots.append(AnswerSlot(by_name[found[0]], cell.get("id"), source(cell), found[1], prompt))
    return Master(chapter, lang, path, cells, slots, questions)


def masters(folder=NOTEBOOKS, problems=None):
    """{notebook file name: {lang: Master}} for every chapter that has questions and a notebook.

    A chapter whose notebook or question module cannot be loaded (one being written) is left out,
    and said in `problems` (a list), rather than stopping the batch.
    """
    found = {}
    for chapter in [FRONT, *CHAPTERS]:
        for lang in LANGS:
            try:
                master = load_master(chapter, lang, folder)
            except Exception as error:  # noqa: BLE001 -- SyntaxError, ImportError, bad JSON ...
                master = None
                if problems is not None:
                    problems.append(f"{lang}/{notebook_name(chapter)}: {type(error).__name__}: {str(error)[:200]}")
            if master is not None:
                found.setdefault(notebook_name(chapter), {})[lang] = master
    return found


# ---------------------------------------------------------------- submissions

@dataclass
class Submissions:
    students: dict            # student id -> {notebook file name: Path}
    ignored: list             # (student or "", relative path, why)


def scan(folder, known):
    """Submissions laid out folder/<student>/<notebook file name>; everything else is listed as ignored."""
    folder = Path(folder)
    students, ignored = {}, []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if entry.name.startswith("."):
            continue
        if not entry.is_dir():
            ignored.append(("", entry.name, "not in a student's folder"))
            continue
        student = unicodedata.normalize("NFC", entry.name)
        files = students.setdefault(student, {})
        for item in sorted(entry.iterdir(), key=lambda p: p.name):
            if item.name.startswith("."):
                continue
            if item.is_dir():
                ignored.append((student, item.name + "/", "a folder"))
            elif item.name in known:
                files[item.name] = item
            else:
                ignored.append((student, item.name, "not a chapter notebook of this course"))
    return Submissions(students, ignored)


class Invalid(Exception):
    """A submission that cannot be read as a notebook; the message says why."""


MAX_BYTES = 64 * 2 ** 20  # a chapter notebook with outputs is a few MB


def read_notebook(path):
    """The submission as a v4 notebook dict, or Invalid. Older formats are upgraded by nbformat."""
    size = Path(path).stat().st_size
    if size > MAX_BYTES:
        raise Invalid(f"the file is too large to be a chapter notebook ({size // 2 ** 20} MB)")
    raw = Path(path).read_bytes()
    if not raw.strip():
        raise Invalid("the file is empty")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise Invalid(f"not valid JSON ({type(error).__name__}: {str(error)[:120]})") from None
    if not isinstance(data, dict):
        raise Invalid("not a notebook (the JSON is not an object)")
    major = data.get("nbformat")
    notes = []
    if major != 4:
        if major in (1, 2, 3):
            try:
                import nbformat
                data = json.loads(nbformat.writes(nbformat.reads(raw.decode("utf-8-sig"), as_version=4)))
                notes.append(f"nbformat {major} upgraded to 4")
            except Exception as error:  # noqa: BLE001 -- any failure of an old format is "invalid"
                raise Invalid(f"an old notebook format ({major}) that could not be upgraded ({type(error).__name__})") from None
        else:
            raise Invalid(f"not a Jupyter notebook (nbformat {major!r})")
    cells = data.get("cells")
    if not isinstance(cells, list):
        raise Invalid("the notebook has no list of cells")
    data["cells"] = [c for c in cells if isinstance(c, dict)]
    return data, notes


def language(nb, candidates):
    """The language the student used: metadata.course.lang, else the master it resembles, else the script."""
    metadata = nb.get("metadata") if isinstance(nb.get("metadata"), dict) else {}
    course = metadata.get("course") if isinstance(metadata.get("course"), dict) else {}
    if course.get("lang") in candidates:
        return course["lang"], "metadata"
    texts = {source(c) for c in nb["cells"] if c.get("cell_type") == "markdown"}
    scores = {lang: len(texts & {source(c) for c in master.cells if c.get("cell_type") == "markdown"})
              for lang, master in candidates.items()}
    best = max(scores.values(), default=0)
    if best > 0 and list(scores.values()).count(best) == 1:
        return max(scores, key=scores.get), "markdown"
    script = "hi" if any(_DEVANAGARI.search(t) for t in texts) else "en"
    return (script if script in candidates else next(iter(candidates))), "script"


# ---------------------------------------------------------------- the notebook that runs

@dataclass
class Planned:
    """One cell the grader runs: a master cell, or the student's answer cell in its place."""
    source: str
    kind: str                 # "content" | "answer"
    cell_id: str
    slot: object = None       # AnswerSlot for an answer cell


@dataclass
class Plan:
    cells: list
    tampered: dict = field(default_factory=dict)   # question id -> why
    notes: list = field(default_factory=list)      # other differences (Bi-free plain English + data)
    answers_found: dict = field(default_factory=dict)  # question id -> how the student's cell was found


def _differs(student_text, master_text):
    return checksum(student_text) != checksum(master_text)


def plan(nb, master):
    """The cells to run for submission `nb` against `master`, and what differs from the master.

    Cell ids alone are not trusted to mean the same cell: a student who started from an older
    version of the course has other ids. An answer cell is known by its `qN.check(` line (the id
    decides between several); a question cell counts as edited only if the student's cell with
    its id mentions that question and is not one of the course's cells unchanged.
    """
    student_cells = [c for c in nb["cells"] if isinstance(c, dict)]
    by_id = {}
    for cell in student_cells:
        if isinstance(cell.get("id"), str):
            by_id.setdefault(cell["id"], []).append(cell)
    result = Plan(cells=[])
    slot_by_id = {slot.cell_id: slot for slot in master.slots}
    prompt_of = {slot.prompt_id: slot for slot in master.slots if slot.prompt_id}
    course_sources = {checksum(source(c)) for c in master.cells}
    for cell in master.cells:
        cid = cell.get("id")
        if cid in slot_by_id:
            slot = slot_by_id[cid]
            text, how = _student_answer(slot, by_id, student_cells, course_sources)
            result.answers_found[slot.question.id] = how
            theirs = check_line(text, slot.question.name)
            if theirs and theirs[1].replace(" ", "") != slot.expression.replace(" ", ""):
                result.tampered[slot.question.id] = f"the line {slot.question.name}.check(...) was changed to check {theirs[1][:60]!r}"
            result.cells.append(Planned(strip_check_lines(text), "answer", cid, slot))
            continue
        if cell.get("cell_type") != "code":
            continue
        mine = [c for c in by_id.get(cid, []) if checksum(source(c)) not in course_sources]
        if cid in prompt_of:
            slot = prompt_of[cid]
            mention = re.compile(rf"\b{slot.question.name}\b")
            if any(mention.search(source(c)) for c in mine):
                result.tampered[slot.question.id] = f"the question cell ({slot.question.name}) was edited"
        elif not by_id.get(cid):
            result.notes.append(("missing", cid))
        elif mine:
            result.notes.append(("edited", cid))
        result.cells.append(Planned(source(cell), "content", cid))
    master_ids = {c.get("id") for c in master.cells}
    extra = [c for c in student_cells if c.get("cell_type") == "code" and c.get("id") not in master_ids
             and source(c).strip() and not any(check_line(source(c), s.question.name) for s in master.slots)]
    if extra:
        result.notes.append(("extra", len(extra)))
    return result


def _same_expression(a, b):
    return re.sub(r"\s", "", a) == re.sub(r"\s", "", b)


def _student_answer(slot, by_id, student_cells, course_sources):
    """The student's answer cell for `slot`: (source, how it was found).

    Candidates: the student's code cells with the master's id (if they hold this question's check
    line, or hold no check line and are not a course cell unchanged), and any other code cell whose
    check line is this question's own `qN.check(EXPR)`. A cell with work in it beats an untouched
    template; then the id beats the check line; then the last one wins.
    """
    name = slot.question.name
    candidates = []
    for cell in by_id.get(slot.cell_id, []):
        text = source(cell)
        if cell.get("cell_type") != "code":
            continue
        if check_line(text, name) or (not check_line(text) and checksum(text) not in course_sources):
            candidates.append((cell, "id"))
    seen = {id(c) for c, _ in candidates}
    for cell in student_cells:
        if id(cell) in seen or cell.get("cell_type") != "code":
            continue
        found = check_line(source(cell), name)
        if found and _same_expression(found[1], slot.expression):
            candidates.append((cell, "check line"))
    worked = [(c, how) for c, how in candidates if _differs(source(c), slot.template)]
    pool = worked or candidates
    if not pool:
        return slot.template, "missing"
    by_id_first = [pair for pair in pool if pair[1] == "id"]
    cell, how = (by_id_first or pool)[-1]
    if len(worked) > 1:
        how += f" (of {len(worked)} cells with work in them)"
    return source(cell), how
