"""The function runner: re-runs a student's functions in a clean process, under the grader's limits.

Started through the limited launcher (launch.py) after the student's kernel is gone. It reads jobs
on stdin, one JSON line each: {"q": "06.2", "pickle": base64 of cloudpickle(fn)}, and for each one
calls the function on the question's inputs (Function.cases()) exactly as Function.judge() does:
through run_student_code (time limit, clean torch mode, the watch for forbidden functions). It
reports what happened on each input as plain JSON (values.encode): the value returned, the
exception raised, a forbidden call, an input changed in place. It never says "correct": the grader
compares these outputs with the sealed key in its own process (judge.py).

Student code runs here (unpickling a function can run code too), so nothing this process says is
trusted beyond "these are the student's outputs".
"""
import base64
import json
import os
import signal
import sys

_BASE = ("SystemExit", "GeneratorExit", "KeyboardInterrupt", "_TimeUp")


class _Alarm(BaseException):
    pass


def _on_alarm(signum, frame):
    raise _Alarm()


def run_job(job, questions):
    import torch

    from ..answers import _is_untouched
    from ..sandbox import run_student_code
    from . import values
    question = questions[job["q"]]
    kind = question.kind
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(10.0, 2 * kind.time_limit))
    try:
        import cloudpickle
        fn = cloudpickle.loads(base64.b64decode(job["pickle"]))
    except _Alarm:
        return {"q": job["q"], "error": "Timeout", "text": "loading the function took too long"}
    except BaseException as error:  # noqa: B036
        return {"q": job["q"], "error": type(error).__name__, "text": str(error)[:300]}
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if not callable(fn):
        return {"q": job["q"], "value": values.encode(fn)}
    if _is_untouched(fn):
        return {"q": job["q"], "untouched": True}
    calls = []
    for args in kind.cases():
        given = tuple(a.clone() if isinstance(a, torch.Tensor) else a for a in args)
        raised = []

        def traced(*a, **k):
            try:
                return fn(*a, **k)
            except BaseException as error:  # noqa: B036 -- noted, then handled by run_student_code
                raised.append(error)
                raise
        outcome = run_student_code(traced, given, kind.forbidden, kind.time_limit)
        if raised:
            error = raised[-1]
            try:
                text = str(error)[:1000]
            except BaseException:  # noqa: B036
                text = ""
            name = type(error).__name__
            calls.append({"raised": name if name in _BASE else name[:80], "text": text,
                          "base": name in _BASE})
        elif outcome.problem is not None:
            calls.append({"forbidden": True})
        else:
            mutated = [values.encode(g) if isinstance(a, torch.Tensor) and not _same(g, a) else None
                       for g, a in zip(given, args)]
            calls.append({"value": values.encode(outcome.value), "mutated": mutated})
    return {"q": job["q"], "calls": calls}


def _same(given, original):
    import torch
    try:
        return isinstance(given, torch.Tensor) and given.shape == original.shape and bool(torch.equal(given, original))
    except Exception:
        return False


def main():
    out = os.fdopen(os.dup(1), "w", encoding="utf-8")
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    import torch
    torch.set_num_threads(1)
    from ..practice import questions_of
    jobs = [json.loads(line) for line in sys.stdin if line.strip()]
    questions = {}
    for chapter in sorted({int(job["q"].split(".")[0]) for job in jobs}):
        questions.update({q.id: q for q in questions_of(chapter)})
    out.write(json.dumps({"ready": True}) + "\n")
    out.flush()
    for job in jobs:
        out.write(json.dumps({"start": job["q"]}) + "\n")
        out.flush()
        try:
            result = run_job(job, questions)
        except BaseException as error:  # noqa: B036
            result = {"q": job["q"], "error": type(error).__name__, "text": str(error)[:300]}
        out.write(json.dumps(result) + "\n")
        out.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
