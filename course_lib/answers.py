"""Answer kinds: how a student's value is read and judged.

Each kind's judge(value, key) returns (status, Bi message or None), or raises
Unreadable with a message saying what is wrong with the value. `key` is the
question's sealed key (questions._Key): `key.matches(canonicals)` compares with
the salted hashes of a choice, number or shape; `key.expected()` opens the
tensors of a TensorAnswer or a Function. No question object holds an expected
value or a reference function: they are computed by maintainers (`make keys`)
from tests/keys/chNN.py and stored sealed in course_lib/practice/keys/chNN.json.

Nothing a student passes is trusted: values are echoed through _show(), tensors
pass through _plain_tensor(), student code runs under sandbox() (a time limit,
the torch functions the course relies on as they were when the course loaded),
and Question.check() turns any other surprise into a message.
"""
import math
import unicodedata

import torch

from .lang import Bi
from .sandbox import clean_torch, run_student_code

CORRECT, INCORRECT, NOT_ATTEMPTED = "correct", "incorrect", "not attempted"
YOUR_ANSWER = Bi(hi="आपका उत्तर", en="Your answer")

# The torch functions the checks rely on, captured when the course loads: a notebook that
# later replaces torch.allclose or torch.isfinite changes nothing here.
_allclose, _isfinite, _equal, _as_tensor = torch.allclose, torch.isfinite, torch.equal, torch.as_tensor
_Tensor, _Parameter, _float64 = torch.Tensor, torch.nn.Parameter, torch.float64


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
    if isinstance(value, _Tensor) and type(value) not in (_Tensor, _Parameter):
        raise Unreadable(Bi(hi=f"{where.hi}: साधारण torch.Tensor चाहिए, {type(value).__name__} नहीं।",
                            en=f"{where.en}: a plain torch.Tensor is needed, not a {type(value).__name__}."))
    try:
        tensor = value if isinstance(value, _Tensor) else _as_tensor(value)
        readable = (tensor.layout == torch.strided and not tensor.is_meta and not tensor.is_quantized
                    and not tensor.is_nested and tensor.dtype != torch.bool
                    and not tensor.is_complex() and tensor.device.type == "cpu")
        if readable:
            return tensor.detach().clone().to(_float64)
    except Exception:
        pass
    raise Unreadable(Bi(hi=f"{where.hi}: इसे वास्तविक संख्याओं के tensor की तरह पढ़ा नहीं जा सका ({_show(value)})।",
                        en=f"{where.en}: this could not be read as a tensor of real numbers ({_show(value)})."))


def _scalar(value):
    """One finite real number from a student's answer, or Unreadable saying what is wrong."""
    if isinstance(value, (list, tuple)) and len(value) == 1:  # [0.25] is an honest way to write 0.25
        value = value[0]
    if isinstance(value, str) and _parses_as_number(value):
        shown = repr(float(value)).removesuffix(".0") if float(value).is_integer() else repr(float(value))
        raise Unreadable(Bi(hi=f"उत्तर संख्या के रूप में लिखें, text के रूप में नहीं: {shown} लिखें, {_show(value)} नहीं।",
                            en=f"Write the answer as a number, not text: {shown}, not {_show(value)}."))
    if isinstance(value, (bool, str, bytes, bytearray, complex)) or value is None:
        raise Unreadable(Bi(hi=f"यहाँ एक संख्या चाहिए, जैसे 0.5; आपने {_show(value)} दिया।",
                            en=f"A number is needed here, such as 0.5; you gave {_show(value)}."))
    if _is_numpy_scalar(value):
        value = float(value)  # numpy scalars of any width (long double included)
    if isinstance(value, _Tensor) or hasattr(value, "__array__"):
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


def _is_numpy_scalar(value):
    try:
        import numpy
    except ImportError:
        return False
    return isinstance(value, numpy.generic) and not isinstance(value, (numpy.bool_, numpy.complexfloating))


def _parses_as_number(text):
    try:
        return math.isfinite(float(text))  # float() also reads Devanagari (०.२५) and full-width digits
    except ValueError:
        return False


# Letters that look like A-H but are Cyrillic or Greek capitals (a student's keyboard may give them).
_LOOKALIKES = str.maketrans("АВСЕНΑΒΕΗаеосхΟО", "ABCEHABEHaeocxOO")


class Choice:
    """Multiple choice: the answer is one letter such as "B"."""

    def __init__(self, options="ABCD"):
        self.options = options

    def canonical(self, value):
        letter = None
        if isinstance(value, str):  # full-width "Ｂ" and look-alike "В" are honest ways to write B
            letter = unicodedata.normalize("NFKC", str.__str__(value)).translate(_LOOKALIKES)
            letter = letter.strip().strip("().").upper()
        if letter is None or len(letter) != 1 or letter not in self.options:
            letters = ", ".join(f'"{o}"' for o in self.options)
            raise Unreadable(Bi(hi=f"इनमें से एक अक्षर लिखें: {letters}। आपने {_show(value)} दिया।",
                                en=f"Write one of the letters {letters}. You gave {_show(value)}."))
        return letter

    def judge(self, value, key):
        return key.matches([self.canonical(value)])

    def stored(self, answer, sealer):
        return {"answers": [sealer.digest(self.canonical(answer))]}


class Number:
    """A number given to `decimals` places: the student's value is rounded and must equal the key's.

    steps=k also accepts ±k steps of the last decimal (for approximate quantities);
    minimum: the smallest value that makes sense (0 for a quantity that cannot be negative).
    """

    def __init__(self, decimals=2, steps=0, minimum=None):
        self.decimals, self.steps, self.minimum = decimals, steps, minimum

    def text(self, number):
        text = f"{number:.{self.decimals}f}"
        return text[1:] if text.startswith("-") and float(text) == 0 else text

    def judge(self, value, key):
        number = _scalar(value)
        if self.minimum is not None and number < self.minimum:
            raise Unreadable(Bi(hi=f"यह मात्रा {self.minimum} से कम नहीं हो सकती, पर आपका उत्तर {number:g} है।",
                                en=f"This quantity cannot be less than {self.minimum}, but your answer is {number:g}."))
        step = 10 ** -self.decimals
        nearest = round(number, self.decimals)
        return key.matches([self.text(nearest + k * step) for k in range(-self.steps, self.steps + 1)])

    def stored(self, answer, sealer):
        return {"answers": [sealer.digest(self.text(answer))]}


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

    def judge(self, value, key):
        return key.matches([self.canonical(value)])

    def stored(self, answer, sealer):
        return {"answers": [sealer.digest(self.canonical(answer))]}


def _compare(got, expected, where, atol, rtol):
    """A Bi message for the first way `got` differs from `expected`, or None if they agree.

    The message names the student's own values and where they are off, never the expected ones.
    """
    got, expected = _plain_tensor(got, where), expected.to(_float64)
    if got.shape != expected.shape:
        return Bi(hi=f"{where.hi}: shape {tuple(got.shape)} है, पर {tuple(expected.shape)} होना चाहिए।",
                  en=f"{where.en}: the shape is {tuple(got.shape)} but should be {tuple(expected.shape)}.")
    if not bool(_isfinite(got).all()) and bool(_isfinite(expected).all()):
        return Bi(hi=f"{where.hi}: परिणाम में NaN या inf है, जहाँ एक सामान्य संख्या होनी चाहिए। "
                     f"बहुत बड़े या छोटे x पर सूत्र का कोई हिस्सा overflow तो नहीं होता? (numerical stability)",
                  en=f"{where.en}: the result contains NaN or inf where an ordinary number belongs. "
                     f"Does part of the formula overflow for very large or small x? (numerical stability)")
    if _allclose(got, expected, atol=atol, rtol=rtol, equal_nan=True):
        return None
    close = torch.isclose(got, expected, atol=atol, rtol=rtol, equal_nan=True).flatten()
    wrong = int((~close).sum())
    first = int((~close).nonzero()[0, 0])
    place = f"{first}" if got.dim() <= 1 else str(tuple(int(i) for i in torch.unravel_index(torch.tensor(first), got.shape)))
    mine = got.flatten()[first].item()
    return Bi(hi=f"{where.hi}: {got.numel()} में से {wrong} मान मेल नहीं खाते; जैसे स्थान {place} पर आपका मान {mine:.4g} है।",
              en=f"{where.en}: {wrong} of {got.numel()} values do not match; for instance at position {place} yours is {mine:.4g}.")


class TensorAnswer:
    """A tensor, compared with the key's tensor within `atol`."""

    def __init__(self, atol=1e-3):
        self.atol = atol

    def judge(self, value, key):
        problem = _compare(value, key.expected()[0], YOUR_ANSWER, self.atol, rtol=0)
        return (INCORRECT, problem) if problem else (CORRECT, None)

    def stored(self, answer, sealer):
        return {"expected": sealer.tensors([_plain_tensor(answer, YOUR_ANSWER)])}


def _is_untouched(fn):
    """True for a function whose body is still only `...` or `pass` (its template)."""
    def template(*args, **kwargs):
        ...
    try:
        return fn.__code__.co_code == template.__code__.co_code
    except Exception:
        return False


def _short(args):
    def one(x):
        if isinstance(x, _Tensor) and x.dim() <= 1 and x.numel() <= 6:
            return str([round(v, 4) for v in x.tolist()]) if x.dim() else f"{x.item():.4g}"
        return f"tensor(shape={tuple(x.shape)})" if isinstance(x, _Tensor) else _show(x, 30)
    return ", ".join(one(a) for a in args)


def _joined(first, second):
    """Two Bi texts as one, "first: second" in each language."""
    return Bi(*(f"{getattr(first, lang)}: {getattr(second, lang)}" for lang in ("hi", "en")))


def _as_args(case):
    return case if isinstance(case, tuple) else (case,)


class Function:
    """A function the student writes, run on every input and compared with the key's reference outputs.

    inputs: a function returning a list; each item is a tensor (one argument) or a tuple of arguments.
    forbidden: names of torch functions the exercise asks the student not to use ("relu" bans
    torch.relu, Tensor.relu, relu_, F.relu, nn.ReLU ...); they are caught when called (sandbox.py).
    """

    def __init__(self, inputs, atol=1e-5, rtol=1e-4, forbidden=(), time_limit=5.0):
        self.inputs, self.atol, self.rtol = inputs, atol, rtol
        self.forbidden, self.time_limit = tuple(forbidden), time_limit

    def cases(self):
        """The inputs, each as a tuple of arguments, float tensors as float32 whatever the default dtype."""
        as32 = lambda x: x.to(torch.float32) if isinstance(x, _Tensor) and x.is_floating_point() else x
        with clean_torch():  # the same inputs whatever default dtype or grad mode the notebook set
            return [tuple(as32(a) for a in _as_args(case)) for case in self.inputs()]

    def judge(self, fn, key):
        if not callable(fn):
            raise Unreadable(Bi(hi=f"यहाँ एक function चाहिए (def से बना), पर {_show(fn)} मिला।",
                                en=f"A function (made with def) is needed here, but got {_show(fn)}."))
        for args, expected in zip(self.cases(), key.expected()):
            given = tuple(a.clone() if isinstance(a, _Tensor) else a for a in args)
            outcome = run_student_code(fn, given, self.forbidden, self.time_limit)
            where = Bi(hi=f"input {_short(args)} पर", en=f"On input {_short(args)}")
            if outcome.problem is not None:
                return INCORRECT, _joined(where, outcome.problem)
            if outcome.value is None:
                return INCORRECT, Bi(hi="आपका function None लौटाता है: क्या आप return लिखना भूल गए?",
                                     en="Your function returns None: did you forget `return`?")
            if not all(_equal(g, a) for g, a in zip(given, args) if isinstance(a, _Tensor)):
                return INCORRECT, Bi(hi="आपके function ने अपना input बदल दिया (in-place)। नया tensor लौटाएँ।",
                                     en="Your function changed its input in place. Return a new tensor instead.")
            problem = _compare(outcome.value, expected, where, self.atol, self.rtol)
            if problem:
                return INCORRECT, problem
        return CORRECT, None

    def stored(self, reference, sealer):
        with torch.enable_grad():
            outputs = [reference(*args) for args in self.cases()]
        return {"expected": sealer.tensors([_plain_tensor(out, YOUR_ANSWER) for out in outputs])}
