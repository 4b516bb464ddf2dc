"""Answer kinds: how a student's value is read and judged.

Each kind's judge(value, question) returns (status, Bi message or None), or raises
Unreadable with a message saying what is wrong with the value. Nothing a student
passes is trusted: values are echoed through _show(), tensors pass through
_plain_tensor(), and Question.check() turns any other surprise into a message.
"""
import math

import torch

from .lang import Bi

CORRECT, INCORRECT, NOT_ATTEMPTED = "correct", "incorrect", "not attempted"
YOUR_ANSWER = Bi(hi="आपका उत्तर", en="Your answer")


class Unreadable(Exception):
    """The answer is not of a form this kind of question can judge; carries a Bi message."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


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
        tensor = _plain_tensor(value, YOUR_ANSWER)
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
        problem = _compare(value, self.expected(), YOUR_ANSWER, self.atol, rtol=0)
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
