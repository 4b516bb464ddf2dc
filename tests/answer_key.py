"""The plain answer key, one file per chapter: tests/keys/chNN.py.

Only tests and maintainers read those files. Students get what this script writes into
course_lib/practice/keys/chNN.json: hashed answers, sealed expected tensors (a Function
question's reference outputs on its inputs), sealed explanations and solutions.

    .venv/bin/python tests/answer_key.py        every chapter   (make keys)
    .venv/bin/python tests/answer_key.py 06     chapter 06 only

A chapter key is a dict KEY: question id -> dict(
    answer=...        the right answer (Choice, Number, Shape, TensorAnswer), or
    reference=fn      the reference function (Function),
    right=[...], wrong=[...], unreadable=[...]   answers the tests prove pass / fail,
    explanation=(hi, en), solution=(hi, en))     Markdown, sealed
tests/test_answer_key.py proves the JSON matches the key, every right answer passes and every
wrong one fails.
"""
import importlib.util
import json
import sys
from pathlib import Path
from typing import Callable, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from course_lib.practice import questions_of  # noqa: E402
from course_lib.questions import digest, key_file, seal, seal_tensors  # noqa: E402



class Sealer(NamedTuple):
    """How a kind stores its answer: digest(text) -> salted hash; tensors([t, ...]) -> sealed string."""
    digest: Callable
    tensors: Callable


KEY_FILES = Path(__file__).resolve().parent / "keys"


def chapters():
    """The chapter numbers that have a key file."""
    return sorted(int(p.stem[2:]) for p in KEY_FILES.glob("ch[0-9][0-9].py"))


def load(chapter):
    """Chapter `chapter`'s plain KEY dict."""
    path = KEY_FILES / f"ch{int(chapter):02d}.py"
    spec = importlib.util.spec_from_file_location(f"key_ch{int(chapter):02d}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.KEY


def stored(chapter):
    """What course_lib/practice/keys/chNN.json must hold for `chapter`. Reference outputs are computed on
    one torch thread: a reduction split over several threads may round differently, and the file must not
    depend on the machine that wrote it."""
    import torch
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return _stored(chapter)
    finally:
        torch.set_num_threads(threads)


def _stored(chapter):
    key, out = load(chapter), {}
    for question in questions_of(chapter):
        entry = key[question.id]
        item = {"solution": seal(*entry["solution"]), "explanation": seal(*entry["explanation"])}
        sealer = Sealer(digest=lambda text, q=question.id: digest(q, text), tensors=seal_tensors)
        item.update(question.kind.stored(entry["reference"] if "reference" in entry else entry["answer"], sealer))
        out[question.id] = item
    return out


def write(chapter):
    path = key_file(chapter)
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(stored(chapter), indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    for number in [int(a) for a in sys.argv[1:]] or chapters():
        write(number)
