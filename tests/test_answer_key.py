"""The plain key (tests/answer_key.py) against what students get (hashes, sealed texts, checks)."""
import json
import re
from pathlib import Path

import pytest

from answer_key import HASHED, KEY, keys
from course_lib.practice import CHAPTERS, questions_of
from course_lib.answers import CORRECT, INCORRECT
from course_lib.questions import KEYS, digest, unseal

ROOT = Path(__file__).resolve().parent.parent
ALL = [q for chapter in CHAPTERS for q in questions_of(chapter.number)]
STUDENT_FILES = [p for folder in ("course_lib", "notebooks") for p in (ROOT / folder).rglob("*")
                 if p.suffix in (".py", ".ipynb", ".json") and p.is_file()]


def test_every_question_has_a_key_and_every_key_a_question():
    assert sorted(q.id for q in ALL) == sorted(KEY)


def test_keys_json_is_built_from_this_key():
    assert json.loads(KEYS.read_text(encoding="utf-8")) == keys(), "run `make keys`"


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


def test_hashes_match_the_plain_answers():
    for qid, answer in HASHED.items():
        assert digest(qid, answer) in json.loads(KEYS.read_text())[qid]["answers"]


def test_sealed_texts_open_to_the_keys_text():
    stored = json.loads(KEYS.read_text(encoding="utf-8"))
    for qid, entry in KEY.items():
        for field in ("solution", "explanation"):
            opened = unseal(stored[qid][field])
            assert (opened.hi, opened.en) == entry[field]


def test_no_answer_text_is_readable_in_what_students_open():
    """Explanations and solutions give answers away: none may stand in plain text in course_lib or notebooks."""
    giveaways = {text for entry in KEY.values() for field in ("solution", "explanation") for text in entry[field]}
    giveaways |= {"0.7616"}  # q5's expected values
    for path in STUDENT_FILES:
        content = path.read_text(encoding="utf-8")
        for text in giveaways:
            for line in text.splitlines():
                template = line.startswith(("def ", "```"))  # the exercise's own signature
                if not template and (len(line) > 12 or re.fullmatch(r"[\d.]+", line)):
                    assert line not in content, f"{path.relative_to(ROOT)} shows {line!r}"
