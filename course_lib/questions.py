"""Practice questions, in the spirit of Kaggle's learntools.

A question is a small declaration: an id, an answer kind, a bilingual prompt
and levelled hints; its explanation (shown after a correct answer) and its
solution (shown only on request) are sealed in practice/keys.json. `q.check(answer)` says correct / incorrect / not
attempted, in the current language, and never shows a raw traceback.

Answers are never stored in plain text here: a choice, number or shape is kept
as salted hashes; a tensor or a function is compared with what PyTorch
computes; explanations and solutions are sealed (compressed, not readable at a
glance -- a student can still ask with `q.solution()`, which is recorded).
The plain answer key lives in tests/answer_key.py.
"""
import base64
import hashlib
import html
import json
import math
import operator
import zlib
from functools import lru_cache
from pathlib import Path

import torch

from . import progress
from .lang import Bi, get_language

CORRECT, INCORRECT, NOT_ATTEMPTED = "correct", "incorrect", "not attempted"
SALT = "dl-course/v1"


def digest(question_id, canonical):
    return hashlib.sha256(f"{SALT}|{question_id}|{canonical}".encode()).hexdigest()[:24]


def seal(hi, en):
    """Maintainers: turn a bilingual text that gives an answer away into the string keys.json stores."""
    Bi(hi, en)  # validates both languages
    packed = zlib.compress(json.dumps({"hi": hi, "en": en}, ensure_ascii=False).encode())
    return base64.b64encode(packed).decode()


def unseal(sealed):
    data = json.loads(zlib.decompress(base64.b64decode(sealed)))
    return Bi(data["hi"], data["en"])


class Unreadable(Exception):
    """The answer is not of a form this kind of question can judge; carries a Bi message."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


# ---------------------------------------------------------------- answer kinds
# Each kind turns a student's value into a verdict: (status, Bi message or None).
# Nothing a student passes is trusted: values are echoed through _show(), tensors pass
# through _plain_tensor(), and check() turns any surprise into a message.

def _show(value, limit=60):
    """A short, safe text for a student's value (its repr may be huge or may raise)."""
    try:
        text = repr(value)
    except Exception:
        text = f"<{type(value).__name__}>"
    return text if len(text) <= limit else text[:limit] + "…"


def _plain_tensor(value, where):
    """`value` as a plain, dense, real float64 tensor, or Unreadable with a message saying why not."""
    if isinstance(value, torch.Tensor) and type(value) not in (torch.Tensor, torch.nn.Parameter):
        raise Unreadable(Bi(hi=f"{where.hi}: साधारण torch.Tensor चाहिए, {type(value).__name__} नहीं।",
                            en=f"{where.en}: a plain torch.Tensor is needed, not a {type(value).__name__}."))
    try:
        tensor = value if isinstance(value, torch.Tensor) else torch.as_tensor(value)
        readable = (tensor.layout == torch.strided and not tensor.is_meta and not tensor.is_quantized
                    and not tensor.is_nested and tensor.dtype != torch.bool
                    and not tensor.is_complex() and tensor.device.type == "cpu")
        if readable:
            return tensor.detach().to(torch.float64)
    except Exception:
        pass
    raise Unreadable(Bi(hi=f"{where.hi}: इसे वास्तविक संख्याओं के tensor की तरह पढ़ा नहीं जा सका ({_show(value)})।",
                        en=f"{where.en}: this could not be read as a tensor of real numbers ({_show(value)})."))


def _scalar(value):
    if isinstance(value, (bool, str, bytes, bytearray, complex)) or value is None:
        if isinstance(value, str) and _parses_as_number(value):
            raise Unreadable(Bi(hi=f"उत्तर संख्या के रूप में लिखें, text के रूप में नहीं: {value.strip()} लिखें, {_show(value)} नहीं।",
                                en=f"Write the answer as a number, not text: {value.strip()}, not {_show(value)}."))
        raise Unreadable(Bi(hi=f"यहाँ एक संख्या चाहिए, जैसे 0.5; आपने {_show(value)} दिया।",
                            en=f"A number is needed here, such as 0.5; you gave {_show(value)}."))
    if isinstance(value, torch.Tensor) or hasattr(value, "__array__"):
        tensor = _plain_tensor(value, Bi(hi="आपका उत्तर", en="Your answer"))
        if tensor.numel() != 1:
            raise Unreadable(Bi(hi=f"एक ही संख्या चाहिए, पर आपके उत्तर में {tensor.numel()} मान हैं।",
                                en=f"A single number is needed, but your answer holds {tensor.numel()} values."))
        value = tensor.item()
    try:
        number = float(value)
    except Exception:
        raise Unreadable(Bi(hi=f"{_show(value)} को संख्या में नहीं बदला जा सका।",
                            en=f"Could not turn {_show(value)} into a number.")) from None
    if not math.isfinite(number):
        raise Unreadable(Bi(hi=f"उत्तर {number} है (NaN या अनंत); एक सामान्य संख्या दें।",
                            en=f"The answer is {number} (NaN or infinite); give an ordinary number."))
    return number


def _parses_as_number(text):
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


class Choice:
    """Multiple choice: the answer is one letter such as "B"."""

    def __init__(self, options="ABCD"):
        self.options = options

    def canonical(self, value):
        letter = str.__str__(value).strip().strip("().").upper() if isinstance(value, str) else None
        if letter is None or len(letter) != 1 or letter not in self.options:
            letters = ", ".join(f'"{o}"' for o in self.options)
            raise Unreadable(Bi(hi=f"इनमें से एक अक्षर लिखें: {letters}। आपने {_show(value)} दिया।",
                                en=f"Write one of the letters {letters}. You gave {_show(value)}."))
        return letter

    def judge(self, value, question):
        return question.matches([self.canonical(value)])


class Number:
    """A number, accepted within one step of its last decimal place (decimals=2: ±0.01)."""

    def __init__(self, decimals=2):
        self.decimals = decimals

    def canonical(self, value):
        return self._text(round(_scalar(value), self.decimals))

    def _text(self, number):
        text = f"{number:.{self.decimals}f}"
        return text[1:] if text.startswith("-") and float(text) == 0 else text

    def judge(self, value, question):
        number = _scalar(value)
        step = 10 ** -self.decimals
        nearest = round(number, self.decimals)
        candidates = [nearest + k * step for k in (-1, 0, 1)]
        within = [c for c in candidates if abs(number - c) <= step * (1 + 1e-9)]
        return question.matches([self._text(c) for c in within])


class Shape:
    """A tensor shape such as (32, 10); a tuple, list or torch.Size."""

    def canonical(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            value = (value,)
        if not isinstance(value, (tuple, list, torch.Size)) or not all(
                type(n) is int for n in value):
            raise Unreadable(Bi(hi=f"shape को पूर्णांकों के tuple की तरह लिखें, जैसे (32, 10)। आपने {_show(value)} दिया।",
                                en=f"Write a shape as a tuple of whole numbers, such as (32, 10). You gave {_show(value)}."))
        return str(tuple(value))

    def judge(self, value, question):
        return question.matches([self.canonical(value)])


def _compare(got, expected, where, atol, rtol):
    """A Bi message for the first way `got` differs from `expected`, or None if they agree."""
    got = _plain_tensor(got, where)
    expected = expected.detach().to(torch.float64)
    if got.shape != expected.shape:
        return Bi(hi=f"{where.hi}: shape {tuple(got.shape)} है, पर {tuple(expected.shape)} होना चाहिए।",
                  en=f"{where.en}: the shape is {tuple(got.shape)} but should be {tuple(expected.shape)}.")
    if not torch.isfinite(got).all() and torch.isfinite(expected).all():
        return Bi(hi=f"{where.hi}: परिणाम में NaN या inf है, जहाँ एक सामान्य संख्या होनी चाहिए।",
                  en=f"{where.en}: the result contains NaN or inf where an ordinary number belongs.")
    if not torch.allclose(got, expected, atol=atol, rtol=rtol, equal_nan=True):
        worst = (got - expected).abs().nan_to_num(float("inf")).argmax()
        g, e = got.flatten()[worst].item(), expected.flatten()[worst].item()
        return Bi(hi=f"{where.hi}: मान मेल नहीं खाते; एक जगह आपका मान {g:.4g} है जहाँ {e:.4g} होना चाहिए।",
                  en=f"{where.en}: the values do not match; in one place yours is {g:.4g} where it should be {e:.4g}.")
    return None


class TensorAnswer:
    """A tensor, compared with what PyTorch computes for the question (`expected()`)."""

    def __init__(self, expected, atol=1e-3):
        self.expected, self.atol = expected, atol

    def judge(self, value, question):
        problem = _compare(value, self.expected(), Bi(hi="आपका उत्तर", en="Your answer"), self.atol, rtol=0)
        return (INCORRECT, problem) if problem else (CORRECT, None)


def _is_untouched(fn):
    """True for a function whose body is still only `...` or `pass` (its template)."""
    def template(*args, **kwargs):
        ...
    try:
        return fn.__code__.co_code == template.__code__.co_code
    except Exception:
        return False


def _short(x):
    return str([round(v, 4) for v in x.tolist()]) if x.dim() == 1 and x.numel() <= 6 else f"tensor(shape={tuple(x.shape)})"


class Function:
    """A function the student writes, run on several inputs and compared with `reference`.

    forbidden: library functions the exercise asks the student not to use (e.g. torch.relu).
    """

    def __init__(self, reference, inputs, atol=1e-5, rtol=1e-4, forbidden=()):
        self.reference, self.inputs, self.atol, self.rtol = reference, inputs, atol, rtol
        self.forbidden = forbidden

    def _uses_forbidden(self, fn):
        names = set(getattr(getattr(fn, "__code__", None), "co_names", ()))
        for banned in self.forbidden:
            if fn is banned or banned.__name__ in names or (isinstance(banned, type) and isinstance(fn, banned)):
                return banned
        return None

    def judge(self, fn, question):
        if not callable(fn):
            raise Unreadable(Bi(hi=f"यहाँ एक function चाहिए (def से बना), पर {_show(fn)} मिला।",
                                en=f"A function (made with def) is needed here, but got {_show(fn)}."))
        banned = self._uses_forbidden(fn)
        if banned is not None:
            return INCORRECT, Bi(hi=f"इस अभ्यास में {banned.__name__} का उपयोग नहीं करना है: सूत्र ख़ुद लिखें।",
                                 en=f"This exercise asks you not to use {banned.__name__}: write the formula yourself.")
        with torch.enable_grad():  # the reference may use autograd, whatever the student switched off
            cases = [(x, self.reference(x.clone())) for x in self.inputs()]  # before any student code runs
        for x, expected in cases:
            given = x.clone()
            try:
                got = fn(given)
            except Exception as error:  # the student's code failed: explain, do not crash
                return INCORRECT, Bi(
                    hi=f"input {_short(x)} पर आपके function ने error दिया: {type(error).__name__}: {_show(str(error), 200)}",
                    en=f"On input {_short(x)} your function raised {type(error).__name__}: {_show(str(error), 200)}")
            if got is None:
                return INCORRECT, Bi(hi="आपका function None लौटाता है: क्या आप return लिखना भूल गए?",
                                     en="Your function returns None: did you forget `return`?")
            if not torch.equal(given, x):
                return INCORRECT, Bi(hi="आपके function ने अपना input बदल दिया (in-place)। नया tensor लौटाएँ।",
                                     en="Your function changed its input in place. Return a new tensor instead.")
            problem = _compare(got, expected, Bi(hi=f"input {_short(x)} पर", en=f"On input {_short(x)}"),
                               self.atol, self.rtol)
            if problem:
                return INCORRECT, problem
        return CORRECT, None


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

    def _repr_html_(self):
        icon, background, colour = _STYLE[self.status]
        body = "<br>".join(html.escape(str(line)) for line in self.lines)
        return (f'<div class="course-feedback course-{self.status.replace(" ", "-")}" lang="{get_language()}" '
                f'style="background:{background};border-left:4px solid {colour};padding:6px 10px">'
                f"{icon} {body}</div>")


class Note(Feedback):
    """A hint or a solution: the same box, in neutral colours."""

    def __init__(self, lines):
        super().__init__(NOT_ATTEMPTED, lines)

    def __repr__(self):
        return self.text()

    def _repr_html_(self):
        return super()._repr_html_().replace("✏️ ", "💡 ", 1)


# ---------------------------------------------------------------- the question

KEYS = Path(__file__).resolve().parent / "practice" / "keys.json"


@lru_cache(maxsize=None)
def _keys():
    """Hashed answers and sealed solutions, written by `python tests/answer_key.py`."""
    return json.loads(KEYS.read_text(encoding="utf-8"))


class Question:
    def __init__(self, id, name, kind, prompt, hints):
        self.id, self.name, self.kind = id, name, kind
        self.prompt, self.hints = prompt, list(hints)

    def matches(self, canonicals):
        hashes = _keys()[self.id].get("answers", [])
        hit = any(digest(self.id, c) in hashes for c in canonicals)
        return (CORRECT, None) if hit else (INCORRECT, None)

    def check(self, answer):
        """Judge `answer`; record the attempt; return feedback in the current language."""
        if answer is Ellipsis or (callable(answer) and _is_untouched(answer)):
            status, detail = NOT_ATTEMPTED, None
        else:
            try:
                status, detail = self.kind.judge(answer, self)
            except Unreadable as problem:
                status, detail = INCORRECT, problem.message
            except Exception as error:  # last guard: whatever happens, a message, never a traceback
                status, detail = INCORRECT, Bi(
                    hi=f"यह उत्तर जाँचा नहीं जा सका ({type(error).__name__})। कृपया एक साधारण संख्या, text, tensor या function दें।",
                    en=f"This answer could not be checked ({type(error).__name__}). Please give a plain number, text, tensor or function.")
        progress.record(self.id, status)
        if status == CORRECT:
            return Feedback(status, [Bi(hi="सही!", en="Correct!"), unseal(_keys()[self.id]["explanation"])])
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
        except TypeError:
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
        return Note([Bi(hi="हल:", en="Solution:"), unseal(_keys()[self.id]["solution"])])

    def _repr_markdown_(self):
        return (f"**{self.name}.** {self.prompt}\n\n"
                + str(Bi(hi=f"*`{self.name}.check(...)` से जाँचें · `{self.name}.hint()` संकेत · `{self.name}.solution()` हल*",
                         en=f"*Check with `{self.name}.check(...)` · `{self.name}.hint()` for a hint · `{self.name}.solution()` for the solution*")))

    def __repr__(self):
        return f"{self.name}. {self.prompt}"
