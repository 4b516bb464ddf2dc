"""Practice questions, in the spirit of Kaggle's learntools.

A question is a small declaration: an id, an answer kind (answers.py), a
bilingual prompt and levelled hints. Its key -- hashed answers, sealed expected
tensors, the explanation shown after a correct answer and the solution shown on
request -- is in practice/keys/chNN.json, written by `make keys` from the plain
key tests/keys/chNN.py. `q.check(answer)` says correct / incorrect / not
attempted, in the current language, and never shows a raw traceback.

What sealing hides, and what it does not: a choice, number or shape is kept only
as a salted hash; expected tensors, explanations and solutions are compressed
(zlib + base64), so nobody reads an answer by accident, but a student who wants
to can decode them. Instant feedback is for learning; grading never trusts it.
"""
import base64
import hashlib
import json
import operator
import zlib
from functools import lru_cache
from pathlib import Path

import torch

from . import progress
from .answers import CORRECT, INCORRECT, NOT_ATTEMPTED, Unreadable, _is_untouched
from .lang import Bi, get_language

SALT = "dl-course/v1"


def digest(question_id, canonical):
    return hashlib.sha256(f"{SALT}|{question_id}|{canonical}".encode()).hexdigest()[:24]


def seal(hi, en):
    """Maintainers: turn a bilingual text that gives an answer away into the string keys.json stores."""
    Bi(hi, en)  # refuses a missing or empty language
    packed = zlib.compress(json.dumps({"hi": hi, "en": en}, ensure_ascii=False).encode())
    return base64.b64encode(packed).decode()


def unseal(sealed):
    data = json.loads(zlib.decompress(base64.b64decode(sealed)))
    return Bi(data["hi"], data["en"])


def seal_tensors(tensors):
    """Maintainers: expected tensors (a list) as the string keys.json stores."""
    data = [{"shape": list(t.shape), "values": t.flatten().tolist()} for t in tensors]
    return base64.b64encode(zlib.compress(json.dumps(data).encode())).decode()


def unseal_tensors(sealed):
    data = json.loads(zlib.decompress(base64.b64decode(sealed)))
    return [torch.tensor(d["values"], dtype=torch.float64).reshape(d["shape"]) for d in data]


# ---------------------------------------------------------------- feedback

_STYLE = {CORRECT: ("✅", "#e7f6e7", "#2e7d32"), INCORRECT: ("❌", "#fdecea", "#c62828"),
          NOT_ATTEMPTED: ("✏️", "#f3f3f3", "#616161")}


class Feedback:
    """What `check()` returns: shown as a coloured box in a notebook, as text elsewhere."""

    def __init__(self, status, lines):
        self.status, self.lines = status, [line for line in lines if line]

    def __bool__(self):
        return self.status == CORRECT

    def text(self):
        return "\n".join(str(line) for line in self.lines)

    def __repr__(self):
        return f"{_STYLE[self.status][0]} {self.text()}"

    def _repr_html_(self, icon=None):
        default_icon, background, colour = _STYLE[self.status]
        body = "".join(markdown_html(str(line)) for line in self.lines)
        icon = icon or default_icon  # inside the first paragraph, so it never breaks a code block
        body = f"<p>{icon} {body[3:]}" if body.startswith("<p>") else f"<p>{icon}</p>{body}"
        return (f'<div class="course-feedback course-{self.status.replace(" ", "-")}" lang="{get_language()}" '
                f'style="background:{background};border-left:4px solid {colour};padding:2px 10px">'
                f"{body}</div>")


def markdown_html(text):
    """Markdown (code blocks, lists, bold, tables) as HTML; raw HTML in the text is shown, not run."""
    from markdown_it import MarkdownIt
    return MarkdownIt("commonmark", {"html": False}).enable("table").render(text)


class Note(Feedback):
    """A hint or a solution: the same box, in neutral colours."""

    def __init__(self, lines):
        super().__init__(NOT_ATTEMPTED, lines)

    def __repr__(self):
        return self.text()

    def _repr_html_(self):
        return super()._repr_html_(icon="💡")


# ---------------------------------------------------------------- the question

KEYS = Path(__file__).resolve().parent / "practice" / "keys"


def key_file(chapter):
    return KEYS / f"ch{int(chapter):02d}.json"


@lru_cache(maxsize=None)
def _chapter_keys(chapter):
    """Hashed answers and sealed texts of one chapter, written by `python tests/answer_key.py`."""
    return json.loads(key_file(chapter).read_text(encoding="utf-8"))


def _keys(question_id):
    return _chapter_keys(question_id.split(".")[0])[question_id]


class _Key:
    """What a kind judges against: made inside check(), never kept on the question."""

    def __init__(self, question_id):
        self.question_id, self._stored = question_id, _keys(question_id)

    def matches(self, canonicals):
        hashes = self._stored.get("answers", [])
        hit = any(digest(self.question_id, c) in hashes for c in canonicals)
        return (CORRECT, None) if hit else (INCORRECT, None)

    def expected(self):
        return unseal_tensors(self._stored["expected"])


class Question:
    def __init__(self, id, name, kind, prompt, hints):
        self.id, self.name, self.kind = id, name, kind
        self.prompt, self.hints = prompt, list(hints)

    def check(self, answer):
        """Judge `answer`; record the attempt; return feedback in the current language."""
        if answer is Ellipsis or (callable(answer) and _is_untouched(answer)):
            status, detail = NOT_ATTEMPTED, None
        else:
            try:
                status, detail = self.kind.judge(answer, _Key(self.id))
            except Unreadable as problem:
                status, detail = INCORRECT, problem.message
            except BaseException as error:  # noqa: B036 -- last guard: a message, never a traceback
                status, detail = INCORRECT, Bi(
                    hi=f"यह उत्तर जाँचा नहीं जा सका ({type(error).__name__})। कृपया एक साधारण संख्या, text, tensor या function दें।",
                    en=f"This answer could not be checked ({type(error).__name__}). Please give a plain number, text, tensor or function.")
        progress.record(self.id, status)
        if status == CORRECT:
            return Feedback(status, [Bi(hi="सही!", en="Correct!"), unseal(_keys(self.id)["explanation"])])
        if status == NOT_ATTEMPTED:
            return Feedback(status, [Bi(hi=f"अभी उत्तर नहीं दिया गया: ... की जगह अपना उत्तर लिखें, फिर {self.name}.check() दोबारा चलाएँ।",
                                        en=f"Not attempted yet: replace ... with your answer, then run {self.name}.check() again.")])
        return Feedback(status, [Bi(hi="अभी सही नहीं।", en="Not quite."), detail,
                                 Bi(hi=f"संकेत के लिए {self.name}.hint() चलाएँ।",
                                    en=f"For a hint, run {self.name}.hint().")])

    def hint(self, level=1):
        """Hint number `level` (1 = gentle ... last = nearly the answer)."""
        try:
            level = operator.index(level) if not isinstance(level, bool) else 0
        except Exception:  # 2.0, "2", None ...: the message below says which levels exist
            level = 0
        if not 1 <= level <= len(self.hints):
            return Note([Bi(hi=f"इस प्रश्न के संकेत 1 से {len(self.hints)} तक हैं।",
                            en=f"This question has hints 1 to {len(self.hints)}.")])
        progress.record(self.id, f"hint {level}")
        more = (Bi(hi=f"और मदद: {self.name}.hint({level + 1})", en=f"More help: {self.name}.hint({level + 1})")
                if level < len(self.hints) else None)
        return Note([Bi(hi=f"संकेत {level}:", en=f"Hint {level}:"), self.hints[level - 1], more])

    def solution(self):
        progress.record(self.id, "solution viewed")
        return Note([Bi(hi="हल:", en="Solution:"), unseal(_keys(self.id)["solution"])])

    def _repr_markdown_(self):
        return (f"**{self.name}.** {self.prompt}\n\n"
                + str(Bi(hi=f"*`{self.name}.check(...)` से जाँचें · `{self.name}.hint()` संकेत · `{self.name}.solution()` हल*",
                         en=f"*Check with `{self.name}.check(...)` · `{self.name}.hint()` for a hint · `{self.name}.solution()` for the solution*")))

    def __repr__(self):
        return f"{self.name}. {self.prompt}"
