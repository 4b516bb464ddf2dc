"""Running a student's function for a check: with a time limit, in a clean torch mode, watched.

run_student_code(fn, args, forbidden, time_limit) -> Outcome(value, problem)

- A time limit: a function that loops forever is stopped after `time_limit` seconds of CPU
  time (so a busy machine does not fail a right answer), one that sleeps or waits after six
  times that in wall time (SIGPROF/SIGALRM timers; on Windows, or outside the main thread,
  there is no limit, and an interrupt from the Jupyter stop button is reported the same way).
- The same torch state for every check: float32 default dtype, gradients on, no
  inference mode, whatever the notebook switched (the student's settings are restored).
- Forbidden functions are caught when they are called: a TorchFunctionMode sees every
  torch function and Tensor method, however it is reached (torch.relu, x.relu(), relu_,
  F.relu, nn.ReLU, a helper or closure that calls them). A student's own function that
  merely shares the name is not a torch function and is never flagged.
  What it cannot see: work done outside torch (NumPy, math, Python lists), and functions
  that compute the same thing under another name (e.g. F.leaky_relu with slope 0).
- Every exception, SystemExit, GeneratorExit and KeyboardInterrupt included, becomes a
  bilingual message; nothing the student's code raises reaches the notebook as a traceback.
"""
import signal
import threading
from contextlib import contextmanager
from typing import NamedTuple

import torch
from torch.overrides import TorchFunctionMode

from .lang import Bi

# Names that compute the same function, or it as a special case (leaky_relu with slope 0 is relu).
ALIASES = {"sigmoid": {"expit"}, "relu": {"leaky_relu", "threshold", "rrelu", "relu6", "hardtanh"},
           "softmax": {"special_softmax"}, "log_softmax": {"special_log_softmax"}}


class Outcome(NamedTuple):
    value: object
    problem: object  # a Bi message, or None


class _TimeUp(BaseException):
    pass


def _base_name(func):
    name = getattr(func, "__name__", "") or ""
    name = name.lstrip("_").removeprefix("special_").removesuffix("_")
    return name


class _Watch(TorchFunctionMode):
    """Notes the first forbidden torch function the student's code calls."""

    def __init__(self, forbidden):
        super().__init__()
        self.names = set(forbidden) | {a for n in forbidden for a in ALIASES.get(n, ())}
        self.caught = None

    def __torch_function__(self, func, types, args=(), kwargs=None):
        if self.caught is None and _base_name(func) in self.names:
            name = getattr(func, "__qualname__", None) or _base_name(func)
            self.caught = name.replace("TensorBase.", "Tensor.")
        return func(*args, **(kwargs or {}))


WALL_FACTOR = 6  # a function that sleeps or waits is stopped after this many times its CPU limit


@contextmanager
def _time_limit(seconds):
    """Stop the code after `seconds` of CPU time (fair on a busy machine), or 6x that in wall time (sleep)."""
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable or not seconds:
        yield
        return

    def stop(signum, frame):
        raise _TimeUp()
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)
    signal.setitimer(signal.ITIMER_REAL, seconds * WALL_FACTOR)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def clean_torch():
    """float32 default dtype, gradients on, no inference mode; the notebook's own settings come back after."""
    dtype = torch.get_default_dtype()
    torch.set_default_dtype(torch.float32)
    try:
        with torch.inference_mode(False), torch.enable_grad():
            yield
    finally:
        torch.set_default_dtype(dtype)


def _text(error):
    try:
        text = str(error)
    except Exception:
        text = ""
    return text if len(text) <= 200 else text[:200] + "…"


def run_student_code(fn, args, forbidden=(), time_limit=5.0):
    """fn(*args) under a time limit, a clean torch mode and a watch for forbidden functions."""
    watch = _Watch(forbidden)
    try:
        with clean_torch(), _time_limit(time_limit), watch:
            value = fn(*args)
    except _TimeUp:
        return Outcome(None, Bi(hi=f"आपका function {time_limit:g} सेकंड में पूरा नहीं हुआ और रोक दिया गया। "
                                   f"कहीं कोई loop कभी ख़त्म तो नहीं होता?",
                                en=f"your function did not finish within {time_limit:g} seconds and was stopped. "
                                   f"Is there a loop that never ends?"))
    except KeyboardInterrupt:
        return Outcome(None, Bi(hi="जाँच बीच में रोक दी गई (interrupt)। Function ठीक करके cell दोबारा चलाएँ।",
                                en="the check was interrupted. Fix the function and run the cell again."))
    except (SystemExit, GeneratorExit) as error:
        name = type(error).__name__
        return Outcome(None, Bi(hi=f"आपके function ने {name} उठाया; function को एक मान लौटाना (return) चाहिए।",
                                en=f"your function raised {name}; a function should return a value."))
    except BaseException as error:  # noqa: B036 -- whatever the student's code does, a message
        name = type(error).__name__
        return Outcome(None, Bi(hi=f"आपके function ने error दिया: {name}: {_text(error)}",
                                en=f"your function raised {name}: {_text(error)}"))
    if watch.caught:
        banned = ", ".join(sorted(forbidden))
        return Outcome(None, Bi(hi=f"इस अभ्यास में {banned} का उपयोग नहीं करना है (आपके code ने {watch.caught} बुलाया): सूत्र ख़ुद लिखें।",
                                en=f"this exercise asks you not to use {banned} (your code called {watch.caught}): "
                                   f"write the formula yourself."))
    return Outcome(value, None)
