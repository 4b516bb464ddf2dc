"""One bilingual source per chapter, two single-language notebooks built from it.

notebooks/source/NN_slug.py  the one source (jupytext percent format, reviewed as a diff):
                              every prose cell is tagged lang="hi" or lang="en", the Hindi
                              cell directly followed by its English twin; code cells are shared.
notebooks/hi/NN_slug.ipynb   the Hindi view: Hindi prose + all code, `start(N)` -> `start(N, lang="hi")`
notebooks/en/NN_slug.ipynb   the English view

    python -m course_lib.views          rebuild every view
    python -m course_lib.views 06       rebuild the views of chapter 06 only
    python -m course_lib.views --check  exit 1 if a view is out of date or a source breaks parity

A student's answers and outputs saved in a view are theirs: the check ignores them, and a
rebuild first copies such a view to notebooks/backups/.
"""
import ast
import re
import shutil
import sys
import time

import jupytext
import nbformat

from . import colab
from .glossary import GLOSSARY
from .lang import LANGUAGES, Bi
from .practice import NOTEBOOKS

SOURCES = NOTEBOOKS / "source"
KERNEL = {"name": "dl-course", "display_name": "DL course (PyTorch)", "language": "python"}
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def sources(chapter=None):
    """Every chapter source, or only chapter `chapter` ("06" or 6)."""
    prefix = f"{int(chapter):02d}" if chapter is not None else "[0-9][0-9]"
    return sorted(SOURCES.glob(f"{prefix}_*.py"))


def view_path(source, lang):
    return NOTEBOOKS / lang / f"{source.stem}.ipynb"


def build(source, lang):
    """The notebook a student of language `lang` opens, built from `source`."""
    notebook = jupytext.read(source, fmt="py:percent")
    cells = []
    for index, cell in enumerate(notebook.cells):
        cell_lang = cell.metadata.pop("lang", None)
        if cell_lang not in (None, lang):
            continue
        if cell.cell_type == "code":
            cell.source = re.sub(r"\bstart\((\d+)\)", rf'start(\1, lang="{lang}")', cell.source)
            cell.outputs, cell.execution_count = [], None
        cell.id = f"{cell.cell_type}-{index:03d}"
        cells.append(cell)
    first = nbformat.v4.new_code_cell(colab.first_cell(lang))  # Colab: installs course_lib where it is missing
    first.id = "code-colab"
    view = nbformat.v4.new_notebook(cells=[first, *cells])
    view.metadata = {"kernelspec": KERNEL, "language_info": {"name": "python"},
                     "course": {"lang": lang, "source": f"source/{source.name}"}}
    return view


def render(notebook):
    return nbformat.writes(notebook) + "\n"


def _course_part(notebook):
    """What the course owns in a view: every cell, except the student's answers; no outputs, no metadata."""
    return [(c.get("id"), c.cell_type, "" if "answer" in c.metadata.get("tags", []) else c.source)
            for c in notebook.cells]


def _has_student_work(saved, built):
    answers = lambda nb: [c.source for c in nb.cells if "answer" in c.metadata.get("tags", [])]
    return answers(saved) != answers(built) or any(c.get("outputs") for c in saved.cells)


def write_all(chapter=None):
    """Rebuild every view (or one chapter's). A view holding a student's answers or outputs is first backed up."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    for source in sources(chapter):
        for lang in LANGUAGES:
            path, built = view_path(source, lang), build(source, lang)
            if path.exists() and _has_student_work(nbformat.read(path, as_version=4), built):
                backup = NOTEBOOKS / "backups" / f"{lang}-{path.stem}-{stamp}.ipynb"
                backup.parent.mkdir(exist_ok=True)
                shutil.copyfile(path, backup)
                print(Bi(hi=f"आपका काम सुरक्षित है: {backup.relative_to(NOTEBOOKS.parent)}",
                         en=f"Your work is kept safe: {backup.relative_to(NOTEBOOKS.parent)}"))
            path.parent.mkdir(exist_ok=True)
            path.write_text(render(built), encoding="utf-8")
            print("wrote", path.relative_to(NOTEBOOKS.parent))


# ---------------------------------------------------------------- parity

def _tokens(pattern, text):
    return sorted(re.findall(pattern, text))


def _pair_problems(hi, en, where):
    problems = []
    if not DEVANAGARI.search(hi):
        problems.append(f"{where}: the Hindi cell has no Devanagari")
    if DEVANAGARI.search(en):
        problems.append(f"{where}: the English cell contains Devanagari")
    checks = {"headings": r"(?m)^#+ ", "code spans": r"`[^`]+`", "formulas": r"(?s)\$\$.+?\$\$|\$(?:[^$\n]|\n(?!\n))+\$",
              "numbers": r"(?<![\w.])\d+(?:[.,]\d+)*", "links/images": r"\]\([^)]+\)", "list items": r"(?m)^\s*(?:[-*]|\d+\.) "}
    for name, pattern in checks.items():
        a, b = _tokens(pattern, hi), _tokens(pattern, en)
        if a != b:
            problems.append(f"{where}: {name} differ between Hindi {a} and English {b}")
    for term, hindi in GLOSSARY.items():
        if re.search(rf"\b{re.escape(term)}(?:s|es)?\b", en, re.IGNORECASE) and hindi.lower() not in hi.lower():
            problems.append(f"{where}: English says '{term}', so Hindi should say '{hindi}' (glossary)")
    return problems


def _literal_text(node):
    """The text of a string literal or the fixed parts of an f-string; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return None


def _code_problems(code, where):
    """Prose in a code cell must come as t(hi=..., en=...) or Bi(hi=..., en=...)."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return [f"{where}: code does not parse"]
    allowed, problems = set(), []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in ("t", "Bi"):
            texts = {k.arg: _literal_text(k.value) for k in node.keywords}
            if set(texts) != {"hi", "en"}:
                return [f"{where}: t()/Bi() needs exactly hi= and en= text"]
            if None not in texts.values():
                problems += [f"{where}: {p}" for p in Bi(texts["hi"], texts["en"]).problems()]
            allowed.update(id(n) for k in node.keywords for n in ast.walk(k.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in allowed:
            if DEVANAGARI.search(node.value) or len(re.findall(r"[A-Za-z]{2,}", node.value)) >= 3:
                problems.append(f"{where}: text {node.value!r} must be inside t(hi=..., en=...)")
    return problems


def parity_problems(source):
    """Every way `source` breaks the rule 'every prose block exists in both languages'."""
    notebook = jupytext.read(source, fmt="py:percent")
    problems, cells = [], notebook.cells
    index = 0
    while index < len(cells):
        cell, where = cells[index], f"{source.name} cell {index}"
        if cell.cell_type == "markdown":
            twin = cells[index + 1] if index + 1 < len(cells) else None
            if cell.metadata.get("lang") != "hi" or twin is None or twin.metadata.get("lang") != "en" \
                    or twin.cell_type != "markdown":
                problems.append(f"{where}: a Hindi prose cell (lang=\"hi\") must come first, followed by its "
                                f"English twin (lang=\"en\")")
                index += 1
                continue
            problems += _pair_problems(cell.source, twin.source, where)
            index += 2
        else:
            if "lang" in cell.metadata:
                problems.append(f"{where}: code cells are shared by both languages; remove lang")
            problems += _code_problems(cell.source, where)
            index += 1
    return problems


def check():
    problems = []
    for source in sources():
        problems += parity_problems(source)
        for lang in LANGUAGES:
            path, built = view_path(source, lang), build(source, lang)
            if not path.exists() or (path.read_text(encoding="utf-8") != render(built)
                                     and _course_part(nbformat.read(path, as_version=4)) != _course_part(built)):
                problems.append(f"{path.relative_to(NOTEBOOKS.parent)} is out of date: run `make notebooks`")
    return problems


if __name__ == "__main__":
    if "--check" in sys.argv:
        found = check()
        print("\n".join(found) or "views up to date, parity holds")
        sys.exit(1 if found else 0)
    chapters = [a for a in sys.argv[1:] if a.isdigit()]
    for chapter in chapters or [None]:
        write_all(chapter)
