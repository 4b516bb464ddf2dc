"""Runs inside the student's kernel, right after an answer cell: sends the answer to the grader.

The grader sends an execute request whose user expression is
`payload(question_id, lambda: (EXPR), function=...)`, EXPR being the expression of the master
notebook's `qN.check(EXPR)` line. The answer comes back in the execute reply, on the shell channel
(a reliable channel: a flood of printed output on the broadcast channel cannot push it out). A value
is sent as plain JSON (values.encode); a function is sent pickled by value (cloudpickle) and is only
ever unpickled and run in the grader's function runner, never in the grader itself.

The student's kernel is not trusted: whatever this module reports is at most a claim about the
student's own answer, which the grader then judges against the key.
"""
import base64
import json

PICKLE_LIMIT = 4_000_000  # bytes of a pickled function


def payload(question_id, thunk, function=False):
    """The answer as one JSON string (the grader evaluates this as a user expression)."""
    return json.dumps(_content(question_id, thunk, function))


def _content(question_id, thunk, function):
    from . import values
    try:
        value = thunk()
    except BaseException as error:  # noqa: B036 -- a NameError, or anything the student raised
        return {"q": question_id, "error": type(error).__name__, "text": str(error)[:300]}
    try:
        if function and callable(value):
            from ..answers import _is_untouched
            if _is_untouched(value):
                return {"q": question_id, "untouched": True}
            import cloudpickle
            blob = cloudpickle.dumps(value, protocol=4)
            if len(blob) > PICKLE_LIMIT:
                return {"q": question_id, "error": "TooLarge",
                        "text": f"the function and what it refers to take {len(blob) // 1_000_000} MB"}
            return {"q": question_id, "pickle": base64.b64encode(blob).decode()}
        data = values.encode(value)
        if len(json.dumps(data)) > values.LIMIT:
            return {"q": question_id, "error": "TooLarge", "text": "the answer is too large"}
        return {"q": question_id, "value": data}
    except BaseException as error:  # noqa: B036 -- e.g. a function cloudpickle cannot carry
        return {"q": question_id, "error": type(error).__name__, "text": str(error)[:300]}
