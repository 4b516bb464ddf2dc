"""The question engine, as a student meets it: check(), hints, solutions, bad input."""

import pytest
import torch

from course_lib import progress, set_language
from course_lib.practice.ch06 import q2, q4, q5, q6, q8
from course_lib.answers import CORRECT, INCORRECT, NOT_ATTEMPTED, Choice, Function, Shape
from course_lib.questions import Question


def test_untouched_placeholder_is_not_attempted():
    assert q4.check(...).status == NOT_ATTEMPTED

    def relu(x):
        ...
    assert q2.check(relu).status == NOT_ATTEMPTED
    assert "q4.check()" in repr(q4.check(...))


def test_right_and_wrong_answers_speak_the_chosen_language():
    assert q4.check(0).status == CORRECT
    assert "सही!" in repr(q4.check(0))
    wrong = q4.check(-3)
    assert wrong.status == INCORRECT and "q4.hint()" in repr(wrong) and "अभी सही नहीं" in repr(wrong)
    set_language("en")
    assert "Correct!" in repr(q4.check(0.0))
    assert "Not quite." in repr(q4.check(3))


def test_environment_variable_chooses_language(monkeypatch):
    monkeypatch.setenv("COURSE_LANG", "en")
    assert "Correct!" in repr(q4.check(0))


def test_a_mistyped_environment_language_is_reported_once(monkeypatch, capsys):
    import course_lib.lang as lang
    monkeypatch.setattr(lang, "_warned", False)
    monkeypatch.setenv("COURSE_LANG", "english")
    assert lang.get_language() == "hi" and lang.get_language() == "hi"
    out = capsys.readouterr().out
    assert out.count("COURSE_LANG='english'") == 2 and "should be 'hi' or 'en'" in out  # one line, both languages


def test_unknown_language_gets_a_message_and_changes_nothing(capsys):
    assert set_language("fr") == "hi"
    out = capsys.readouterr().out
    assert "'hi' या 'en'" in out


@pytest.mark.parametrize("bad", ["0", None, True, float("nan"), [1, 2], object()])
def test_bad_input_gets_a_message_not_a_traceback(bad):
    feedback = q4.check(bad)
    assert feedback.status == INCORRECT
    assert len(feedback.lines) == 3  # "not quite", what is wrong with the input, where the hint is


def test_a_crashing_student_function_is_explained():
    def sigmoid(x):
        return 1 / (1 + undefined_name(-x))  # noqa: F821
    feedback = q6.check(sigmoid)
    assert feedback.status == INCORRECT and "NameError" in feedback.text()


def test_function_answers_catch_typical_mistakes():
    set_language("en")

    def relu_forgot_return(x):
        torch.clamp(x, min=0)
    assert "forget `return`" in q2.check(relu_forgot_return).text()
    assert "in place" in q2.check(lambda x: x.clamp_(min=0)).text()
    assert "NaN or inf" in q6.check(lambda x: torch.exp(x) / (1 + torch.exp(x))).text()
    assert "shape" in q2.check(lambda x: x.sum()).text()
    assert "A function" in q2.check("max(0, x)").text()


def test_tensor_answers_explain_shape_and_values():
    set_language("en")
    assert "shape is (2,)" in q5.check([-0.76, 0.76]).text()
    assert q5.check(torch.tensor([-0.7616, 0.0, 0.7616])).status == CORRECT
    assert q5.check(torch.tanh(torch.tensor([-1.0, 0.0, 1.0]))).status == CORRECT


def test_an_exact_number_accepts_rounding_only():
    assert q4.check(0.004).status == CORRECT        # rounds to 0.00
    assert q4.check(0.009).status == INCORRECT      # rounds to 0.01
    assert q8.check(0.249).status == CORRECT and q8.check(0.2549).status == CORRECT
    assert q8.check(0.26).status == INCORRECT       # above the maximum it asks for
    assert q8.check(0.255).status == INCORRECT


def test_a_quantity_that_cannot_be_negative_refuses_a_negative():
    set_language("en")
    for negative in (-0.01, -0.001, -3):
        feedback = q4.check(negative)
        assert feedback.status == INCORRECT and "cannot be less than 0" in feedback.text()


def test_number_steps_accept_a_band_for_approximate_answers(monkeypatch):
    from course_lib import questions
    from course_lib.answers import Number
    keys = {"t.n": {"answers": [questions.digest("t.n", Number(1).text(2.5))], "explanation": questions.seal("हाँ", "yes")}}
    monkeypatch.setattr(questions, "_keys", lambda qid: keys[qid])
    approx = Question("t.n", "qn", Number(decimals=1, steps=2), prompt=q4.prompt, hints=q4.hints)
    assert [approx.check(v).status for v in (2.3, 2.5, 2.7, 2.8, 2.2)] == [CORRECT] * 3 + [INCORRECT] * 2


def test_hints_come_in_levels_and_are_recorded(isolated_student):
    first, second = q4.hint(), q4.hint(2)
    assert "संकेत 1" in repr(first) and "q4.hint(2)" in repr(first)
    assert "संकेत 2" in repr(second) and "hint(3)" not in repr(second)
    assert "1 से 2" in repr(q4.hint(7))
    assert [e["event"] for e in progress.events()] == ["hint 1", "hint 2"]


def test_solution_on_request_is_recorded(isolated_student):
    assert "हल" in repr(q4.solution())
    events = progress.events()
    assert events[-1] == {"q": "06.4", "event": "solution viewed", "at": events[-1]["at"]}
    set_language("en")
    from course_lib.practice import questions_of
    assert progress.summary()[5][2:] == (len(questions_of(6)), 0, 0, 1)  # chapter 06: 1 solution viewed
    assert "Solutions viewed" in repr(progress.show())


def test_feedback_renders_as_html_box():
    html = q4.check(0)._repr_html_()
    assert 'class="course-feedback course-correct"' in html and 'lang="hi"' in html


def test_kinds_canonicalise_answers():
    assert Choice("ABCD").canonical(" (b) ") == "B"
    assert q4.check(-0.0).status == CORRECT  # -0.00 is 0.00
    assert Shape().canonical(torch.Size([32, 10])) == "(32, 10)"
    assert Shape().canonical([5]) == "(5,)"


class _FakeKey:
    def __init__(self, expected=(), hashes=()):
        self._expected, self._hashes = list(expected), set(hashes)

    def expected(self):
        return self._expected

    def matches(self, canonicals):
        return (CORRECT, None) if set(canonicals) & self._hashes else (INCORRECT, None)


def test_a_function_question_tries_every_input():
    calls = []
    checker = Function(lambda: [torch.ones(2), -torch.ones(3)])

    def spy(x):
        calls.append(x.shape)
        return torch.relu(x)
    key = _FakeKey([torch.ones(2), torch.zeros(3)])
    assert checker.judge(spy, key)[0] == CORRECT
    assert calls == [torch.Size([2]), torch.Size([3])]


def test_a_function_of_several_arguments():
    checker = Function(lambda: [(torch.ones(2, 3), torch.ones(3)), (torch.eye(2), torch.tensor([1.0, 2.0]))])
    key = _FakeKey([torch.full((2,), 3.0), torch.tensor([1.0, 2.0])])
    assert checker.judge(lambda w, x: w @ x, key)[0] == CORRECT
    assert checker.judge(lambda w, x: (w * x).sum(0)[:2], key)[0] == INCORRECT


def test_a_shape_question_end_to_end(monkeypatch):
    from course_lib import questions
    keys = {"t.shape": {"answers": [questions.digest("t.shape", "(32, 5)")], "explanation": questions.seal("हाँ", "yes")}}
    monkeypatch.setattr(questions, "_keys", lambda qid: keys[qid])
    question = Question("t.shape", "qs", Shape(), prompt=q4.prompt, hints=q4.hints)
    assert question.check(torch.zeros(32, 5).shape).status == CORRECT
    assert question.check((5, 32)).status == INCORRECT
    set_language("en")
    assert "tuple of whole numbers" in question.check("(32, 5)").text()


# ---------------------------------------------------------------- hostile and odd input (found by review)

class _RaisingRepr:
    def __repr__(self):
        raise RuntimeError("no repr")

    def __float__(self):
        raise ZeroDivisionError("no float")


class _AlwaysClose(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        if func is torch.allclose:
            return True
        return super().__torch_function__(func, types, args, kwargs or {})


@pytest.mark.parametrize("bad", [10**400, _RaisingRepr(), torch.zeros(1, device="meta"), b"0", 0j,
                                 torch.tensor(False), "x" * 10**6])
def test_odd_numbers_get_a_short_message(bad):
    feedback = q4.check(bad)
    assert feedback.status == INCORRECT and len(feedback.text()) < 400


@pytest.mark.parametrize("bad", [torch.tensor([-0.7616, 0.0, 0.7616]).to_sparse(),
                                 torch.tensor([-0.7616, 0.0, 0.7616]).as_subclass(_AlwaysClose),
                                 torch.tensor([-0.7616, 0.0, 0.7616]) + 0j, [1e400, 0, 0]])
def test_odd_tensors_are_never_correct_and_never_crash(bad):
    assert q5.check(bad).status == INCORRECT


def test_a_student_exception_that_cannot_print_itself():
    class Weird(Exception):
        def __str__(self):
            raise ValueError("no str")

    def sigmoid(x):
        raise Weird()
    assert q6.check(sigmoid).status == INCORRECT


def test_the_checker_works_with_gradients_switched_off():
    from course_lib.practice.ch06 import q7

    def sigmoid_derivative(x):
        s = torch.sigmoid(x)
        return s * (1 - s)
    with torch.no_grad():
        assert q7.check(sigmoid_derivative).status == CORRECT
    torch.set_grad_enabled(False)
    try:
        assert q7.check(sigmoid_derivative).status == CORRECT
    finally:
        torch.set_grad_enabled(True)


def test_forbidden_library_functions_are_named_in_the_message():
    set_language("en")
    for cheat in (torch.relu, torch.nn.ReLU(), lambda x: torch.nn.functional.relu(x)):
        assert "not to use relu" in q2.check(cheat).text().replace("ReLU", "relu")


def test_a_progress_file_that_is_valid_json_but_not_ours_is_kept_aside(isolated_student):
    isolated_student.mkdir(parents=True, exist_ok=True)
    (isolated_student / "progress.json").write_text("[]", encoding="utf-8")
    assert q4.check(0).status == CORRECT
    assert len(list(isolated_student.glob("progress.json.not-ours-*"))) == 1


def test_languages_by_name_and_integer_like_hint_levels():
    import numpy as np
    assert set_language("English") == "en" and set_language("हिन्दी") == "hi"
    assert set_language("history") == "hi"  # no prefix guessing: unchanged, with a message
    assert "संकेत 2" in repr(q4.hint(np.int64(2)))
