"""Every prose block, question, hint, message and label exists in Hindi and English, from one source."""
import ast
import re
import shutil
from pathlib import Path

import nbformat
import pytest

from course_lib import views
from course_lib.glossary import GLOSSARY, TERMS
from course_lib.lang import Bi
from course_lib.practice import CHAPTERS, FRONT, questions_of
from course_lib.questions import _keys, unseal

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("source", views.sources(), ids=lambda p: p.name)
def test_chapter_sources_keep_parity(source):
    assert views.parity_problems(source) == []


def test_views_are_built_from_the_sources():
    assert views.check() == [], "run `make notebooks`"


def test_each_view_is_in_one_language_only():
    for source in views.sources():
        for lang in ("hi", "en"):
            view = views.build(source, lang)
            prose = [c.source for c in view.cells if c.cell_type == "markdown"]
            assert prose and all(bool(views.DEVANAGARI.search(p)) == (lang == "hi") for p in prose)
            starts = [c.source for c in view.cells if re.search(r"\bstart\(\d", c.source)]
            assert len(starts) == 1 and f'lang="{lang}")' in starts[0]


BROKEN = {
    "a Hindi cell without its English twin": '# %% [markdown] lang="hi"\n# नमस्ते\n\n# %%\nx = 1\n',
    "a heading only in one language": '# %% [markdown] lang="hi"\n# ## शीर्षक\n\n# %% [markdown] lang="en"\n# Title\n',
    "a number that differs": '# %% [markdown] lang="hi"\n# 64 न्यूरॉन\n\n# %% [markdown] lang="en"\n# 32 neurons\n',
    "a glossary term translated another way": '# %% [markdown] lang="hi"\n# प्रवणता\n\n# %% [markdown] lang="en"\n# the gradient\n',
    "English prose in code": '# %%\nprint("the loss went down")\n',
    "Hindi in code outside t()": '# %%\nprint("नमस्ते")\n',
    "t() with one language": '# %%\nprint(t(hi="नमस्ते"))\n',
    "t() whose Hindi is English": '# %%\nprint(t(hi="Hello there", en="Hello there"))\n',
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_parity_check_catches(case, tmp_path):
    source = tmp_path / "99_broken.py"
    source.write_text(BROKEN[case], encoding="utf-8")
    assert views.parity_problems(source), case


def _declared_texts():
    yield from (meaning for _, meaning in TERMS.values())
    for chapter in [FRONT, *CHAPTERS]:
        yield chapter.title
        for q in questions_of(chapter.number):
            yield q.prompt
            yield from q.hints
            yield unseal(_keys(q.id)["solution"])
            yield unseal(_keys(q.id)["explanation"])


def test_every_declared_text_is_a_true_pair():
    problems = [p for text in _declared_texts() for p in text.problems()]
    assert problems == []


def test_every_message_in_course_lib_is_a_true_pair():
    """Each Bi(hi=..., en=...) / t(hi=..., en=...) in the engine's source: Hindi in Devanagari, English without."""
    checked = 0
    for path in (ROOT / "course_lib").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Bi", "t"):
                texts = {k.arg: views._literal_text(k.value) for k in node.keywords}
                if set(texts) == {"hi", "en"} and None not in texts.values():
                    assert Bi(texts["hi"], texts["en"]).problems() == [], f"{path.name}:{node.lineno}"
                    checked += 1
    assert checked > 40


def test_glossary_is_one_translation_per_term():
    assert all(en == en.strip() and hi.strip() for en, hi in GLOSSARY.items())
    assert len({en.lower() for en in GLOSSARY}) == len(GLOSSARY)



@pytest.fixture
def notebooks_copy(monkeypatch, tmp_path):
    """views working on a copy of notebooks/, as a student's clone would be."""
    notebooks = tmp_path / "notebooks"
    shutil.copytree(views.NOTEBOOKS, notebooks, ignore=shutil.ignore_patterns("backups"))
    monkeypatch.setattr(views, "NOTEBOOKS", notebooks)
    monkeypatch.setattr(views, "SOURCES", notebooks / "source")
    return notebooks


def test_a_students_saved_answers_are_not_drift_and_survive_a_rebuild(notebooks_copy):
    view = notebooks_copy / "hi" / "06_activations.ipynb"
    notebook = nbformat.read(view, as_version=4)
    answer = next(c for c in notebook.cells if "answer" in c.metadata.get("tags", []))
    answer.source = answer.source.replace("...", '"B"', 1)
    answer.outputs = [nbformat.v4.new_output("stream", text="✅")]
    nbformat.write(notebook, view)

    assert views.check() == []
    views.write_all()
    backups = list((notebooks_copy / "backups").glob("hi-06_activations-*.ipynb"))
    assert len(backups) == 1
    assert answer.source in [c.source for c in nbformat.read(backups[0], as_version=4).cells]
    assert view.read_text(encoding="utf-8") == views.render(views.build(views.sources(6)[0], "hi"))


def test_an_edited_course_cell_is_drift(notebooks_copy):
    view = notebooks_copy / "en" / "06_activations.ipynb"
    view.write_text(view.read_text(encoding="utf-8").replace("Chapter 06", "Chapter 6"), encoding="utf-8")
    assert any("en/06_activations.ipynb is out of date" in p for p in views.check())
