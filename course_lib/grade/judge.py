"""The verdict, computed in the grader's own process against the sealed key, with the course's answer kinds.

judge_value(question, data): `data` is what the capture sent (values.encode of the student's value);
    it is rebuilt with values.decode (no unpickling) and judged by question.kind.judge(value, _Key(id)),
    as Question.check() does (an Unreadable answer is incorrect, with its message).
judge_function(question, report): `report` is what the function runner saw on each of the question's
    inputs (outputs, exceptions, forbidden calls, inputs changed in place). Function.judge itself is
    called with a stand-in function that replays those outcomes, so the comparison with the key's
    reference outputs, its tolerances and its messages are the kind's own.

Statuses: correct, incorrect, not_attempted, error (the grader could not read the answer).
"""
import torch

from ..answers import CORRECT, INCORRECT, NOT_ATTEMPTED, Unreadable
from ..lang import Bi
from ..questions import _Key
from ..sandbox import _TimeUp
from . import values

STATUS = {CORRECT: "correct", INCORRECT: "incorrect", NOT_ATTEMPTED: "not_attempted"}


def _verdict(question, value):
    if value is Ellipsis:
        return "not_attempted", None
    try:
        status, detail = question.kind.judge(value, _Key(question.id))
    except Unreadable as problem:
        return "incorrect", problem.message
    except Exception as error:  # noqa: BLE001 -- as check() does: any surprise is a message, not a crash
        return "incorrect", Bi(hi=f"यह उत्तर जाँचा नहीं जा सका ({type(error).__name__})।",
                               en=f"This answer could not be checked ({type(error).__name__}).")
    return STATUS.get(status, "error"), detail


def judge_value(question, data):
    try:
        value = values.decode(data)
    except (ValueError, TypeError, KeyError, RecursionError, OverflowError) as error:
        return "error", Bi(hi=f"उत्तर पढ़ा नहीं जा सका ({type(error).__name__})।",
                           en=f"The answer could not be read ({type(error).__name__}).")
    return _verdict(question, value)


_BUILTIN = {"SystemExit": SystemExit, "GeneratorExit": GeneratorExit, "KeyboardInterrupt": KeyboardInterrupt,
            "_TimeUp": _TimeUp}


def _exception(call):
    name, text = str(call.get("raised", "Exception")), str(call.get("text", ""))
    if call.get("base") and name in _BUILTIN:
        return _BUILTIN[name]() if name != "_TimeUp" else _TimeUp()
    cls = type(name if name.isidentifier() else "Exception", (Exception,), {"__str__": lambda self: text})
    return cls()


class _Replay:
    """Stands in for the student's function: gives back, call by call, what the runner saw it do."""

    def __init__(self, calls, forbidden):
        self.calls, self.forbidden = list(calls), tuple(forbidden)

    def __call__(self, *given, **kwargs):
        if not self.calls:
            raise _exception({"raised": "RuntimeError", "text": "no result from the function runner"})
        call = self.calls.pop(0)
        if "raised" in call:
            raise _exception(call)
        if call.get("forbidden"):
            self._call_forbidden(given)
            return None
        for argument, changed in zip(given, call.get("mutated") or []):
            if changed is not None and isinstance(argument, torch.Tensor):
                new = values.decode(changed)
                if isinstance(new, torch.Tensor):
                    if new.shape != argument.shape:
                        argument.resize_(new.shape)
                    argument.copy_(new.to(argument.dtype))
                else:
                    argument.add_(float("nan"))
        return values.decode(call.get("value"))

    def _call_forbidden(self, given):
        """Make the kind's watch see the forbidden function the student's code called."""
        from torch.overrides import handle_torch_function, has_torch_function
        name = self.forbidden[0] if self.forbidden else "forbidden"
        tensor = next((a for a in given if isinstance(a, torch.Tensor)), torch.zeros(1))

        def stand_in(x):
            return x
        stand_in.__name__ = stand_in.__qualname__ = name
        if has_torch_function((tensor,)):
            handle_torch_function(stand_in, (tensor,), tensor)


def judge_function(question, report):
    if report.get("untouched"):
        return "not_attempted", None
    if "value" in report:  # not a function at all: judged like check() judges it
        return judge_value(question, report["value"])
    calls = report.get("calls")
    if not isinstance(calls, list):
        return "error", Bi(hi="function का परिणाम नहीं मिला।", en="The function's results were missing.")
    return _verdict(question, _Replay(calls, question.kind.forbidden))
