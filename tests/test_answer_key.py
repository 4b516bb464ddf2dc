"""The plain keys (tests/keys/chNN.py) against what students get (hashes, sealed texts, checks)."""
import json
import re
from pathlib import Path

import pytest
import torch

import answer_key
from course_lib.answers import CORRECT, INCORRECT
from course_lib.practice import CHAPTERS, FRONT, questions_of
from course_lib.questions import Note, key_file, unseal

ROOT = Path(__file__).resolve().parent.parent
ALL = [q for chapter in [FRONT, *CHAPTERS] for q in questions_of(chapter.number)]
KEY = {qid: entry for n in answer_key.chapters() for qid, entry in answer_key.load(n).items()}
STUDENT_FILES = [p for folder in ("course_lib", "notebooks") for p in (ROOT / folder).rglob("*")
                 if p.suffix in (".py", ".ipynb", ".json") and p.is_file()]


def test_every_question_has_a_key_and_every_key_a_question():
    assert sorted(q.id for q in ALL) == sorted(KEY)


@pytest.mark.parametrize("chapter", answer_key.chapters())
def test_a_sealed_key_stays_small(chapter):
    """Every student installs the keys (on Colab, over the network): test a function on small inputs."""
    assert key_file(chapter).stat().st_size < 200_000


@pytest.mark.parametrize("chapter", answer_key.chapters())
def test_keys_json_is_built_from_the_plain_key(chapter):
    assert json.loads(key_file(chapter).read_text(encoding="utf-8")) == answer_key.stored(chapter), \
        f"run `python tests/answer_key.py {chapter:02d}`"


@pytest.mark.parametrize("question", ALL, ids=lambda q: q.id)
def test_right_answers_pass(question):
    for answer in KEY[question.id]["right"]:
        assert question.check(answer).status == CORRECT, answer


@pytest.mark.parametrize("question", ALL, ids=lambda q: q.id)
def test_typical_wrong_answers_fail_with_a_way_forward(question):
    for answer in KEY[question.id]["wrong"] + KEY[question.id]["unreadable"]:
        feedback = question.check(answer)
        assert feedback.status == INCORRECT, answer
        assert f"{question.name}.hint()" in feedback.text()


@pytest.mark.parametrize("question", ALL, ids=lambda q: q.id)
def test_sealed_texts_open_to_the_keys_text(question):
    stored = json.loads(key_file(question.id.split(".")[0]).read_text(encoding="utf-8"))[question.id]
    for field in ("solution", "explanation"):
        opened = unseal(stored[field])
        assert (opened.hi, opened.en) == KEY[question.id][field]


@pytest.mark.parametrize("question", ALL, ids=lambda q: q.id)
def test_no_public_attribute_gives_the_answer_away(question):
    """Nothing reachable as a public attribute of a question returns its expected value or reference."""
    for name in dir(question) + [f"kind.{n}" for n in dir(question.kind)]:
        if name.split(".")[-1].startswith("_"):
            continue
        value = question
        for part in name.split("."):
            value = getattr(value, part)
        assert not isinstance(value, torch.Tensor), name
        if name in ("kind.inputs",) or not callable(value):
            continue
        assert getattr(value, "__name__", "") not in ("expected", "reference"), name


def _giveaways(chapter):
    entries = [entry for qid, entry in KEY.items() if int(qid.split(".")[0]) == chapter]
    texts = {text for entry in entries for field in ("solution", "explanation") for text in entry[field]}
    for entry in entries:
        if isinstance(entry.get("answer"), torch.Tensor) and entry["answer"].numel() > 1:
            texts |= {f"{v:.4f}" for v in entry["answer"].flatten().tolist() if abs(v) > 1e-3}
    return texts


def _student_files(chapter):
    """What a student of `chapter` opens: its notebooks, its declarations, and the whole engine."""
    name = f"{chapter:02d}_"
    return [p for p in STUDENT_FILES if p.name.startswith(name) or "notebooks" not in p.parts
            and not (p.parent.name in ("practice", "keys") and p.stem.startswith("ch") and p.stem != f"ch{chapter:02d}")]


@pytest.mark.parametrize("chapter", sorted({int(qid.split(".")[0]) for qid in KEY}))
def test_no_answer_text_is_readable_in_what_students_open(chapter):
    """A chapter's explanations, solutions and expected tensors stand nowhere in plain text a student opens."""
    giveaways = _giveaways(chapter)
    for path in _student_files(chapter):
        content = path.read_text(encoding="utf-8")
        for text in giveaways:
            for line in text.splitlines():
                template = line.startswith(("def ", "```"))  # the exercise's own signature
                telling = len(line.strip()) > 12 or re.fullmatch(r"-?[\d.]{5,}", line)  # not `    return out`
                if not template and telling:
                    assert line not in content, f"{path.relative_to(ROOT)} shows {line!r}"


@pytest.mark.parametrize("question", ALL, ids=lambda q: q.id)
def test_hints_and_solutions_render_as_markdown(question):
    """Code blocks keep their lines and indentation; lists and bold render; nothing is squashed."""
    for note in [question.solution(), *(question.hint(level) for level in range(1, len(question.hints) + 1))]:
        html = Note(note.lines)._repr_html_()
        prose = re.sub(r"(?s)<pre>.*?</pre>|<code>.*?</code>", "", html)  # `x ** 2` in code is Python
        assert "```" not in prose and "**" not in prose, html
    text = KEY[question.id]["solution"][1]
    html = Note([text])._repr_html_()
    for block in re.findall(r"```python\n(.*?)```", text, re.S):
        assert "<pre><code" in html
        for line in block.splitlines():
            escaped = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
            assert escaped in html, line  # each line, indentation kept


CHOICES = [q for q in ALL if q.kind.__class__.__name__ == "Choice"]


@pytest.mark.parametrize("question", CHOICES, ids=lambda q: q.id)
@pytest.mark.parametrize("lang", ["hi", "en"])
def test_the_right_option_is_never_the_longest(question, lang):
    """A student must not be able to pick the right option by its length (CHAPTER_GUIDE §4), in either language."""
    import re
    options = dict(re.findall(r"^\s*[-*] \*\*([A-H])[.)]\*\*\s*(.*)$", getattr(question.prompt, lang), re.M))
    if len(options) < 3:
        pytest.skip("options are not listed as '- **A.** …' in the prompt")
    lengths = {letter: len(text) for letter, text in options.items()}
    right = lengths[KEY[question.id]["answer"].strip().upper()]
    assert right < max(lengths.values()) or list(lengths.values()).count(right) > 1, lengths  # not alone longest


@pytest.mark.parametrize("chapter", sorted({int(q.id.split(".")[0]) for q in CHOICES}))
def test_the_right_letter_varies_within_a_chapter(chapter):
    letters = [KEY[q.id]["answer"].strip().upper() for q in CHOICES if int(q.id.split(".")[0]) == chapter]
    assert len(letters) < 3 or len(set(letters)) >= 3, letters   # no letter a student could bet on
