"""Checking that is fair and does not hang: hostile, odd and honest-but-unusual answers (issue #6)."""
import time

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from course_lib import set_language
from course_lib.answers import CORRECT, INCORRECT, NOT_ATTEMPTED, Function
from course_lib.practice.ch06 import q1, q2, q4, q5, q6, q7, q8


def right_sigmoid(x):
    return 1 / (1 + torch.exp(-x))


def right_slope(x):
    s = 1 / (1 + torch.exp(-x))
    return s * (1 - s)


@pytest.fixture
def english():
    set_language("en")


def test_a_function_that_never_returns_is_stopped_with_a_message(english, monkeypatch):
    monkeypatch.setattr(q6.kind, "time_limit", 0.5)

    def loops(x):
        while True:
            pass

    def sleeps(x):
        time.sleep(1000)
    for student in (loops, sleeps):
        began = time.perf_counter()
        feedback = q6.check(student)
        assert time.perf_counter() - began < 5  # CPU limit 0.5 s; a sleep is stopped at 6 x 0.5 s
        assert feedback.status == INCORRECT and "did not finish within 0.5 seconds" in feedback.text()
    assert q6.check(right_sigmoid).status == CORRECT  # the alarm is gone afterwards


@pytest.mark.parametrize("error", [SystemExit, GeneratorExit, KeyboardInterrupt, BaseException])
def test_base_exceptions_from_student_code_become_messages(error):
    def student(x):
        raise error()
    feedback = q6.check(student)
    assert feedback.status == INCORRECT and "q6.hint()" in feedback.text()


def test_replacing_torch_functions_in_the_notebook_changes_no_verdict(monkeypatch):
    monkeypatch.setattr(torch, "sigmoid", lambda x: x * 0)
    monkeypatch.setattr(torch, "tanh", lambda x: x * 0)
    monkeypatch.setattr(torch, "allclose", lambda *a, **k: True)
    monkeypatch.setattr(torch, "isfinite", lambda x: torch.ones_like(x, dtype=torch.bool))
    assert q6.check(right_sigmoid).status == CORRECT       # a right answer still passes
    assert q7.check(right_slope).status == CORRECT
    assert q6.check(lambda x: x * 0).status == INCORRECT   # a wrong one still fails
    assert q5.check([1.0, 1.0, 1.0]).status == INCORRECT


@pytest.mark.parametrize("mode", ["inference_mode", "no_grad", "float64", "float16 inputs"])
def test_check_works_whatever_torch_mode_the_notebook_is_in(mode):
    previous = torch.get_default_dtype()
    context = {"inference_mode": torch.inference_mode(), "no_grad": torch.no_grad()}.get(mode)
    if mode == "float64":
        torch.set_default_dtype(torch.float64)
    try:
        with context or torch.enable_grad():
            assert q7.check(right_slope).status == CORRECT
            assert q6.check(right_sigmoid).status == CORRECT
            assert q5.check(torch.tensor([-0.7616, 0.0, 0.7616])).status == CORRECT
            assert q6.check(lambda x: x).status == INCORRECT
    finally:
        torch.set_default_dtype(previous)
    assert torch.get_default_dtype() == previous


def _relu_helper(x):
    return F.relu(x)


@pytest.mark.parametrize("cheat", [
    torch.relu, lambda x: x.relu(), lambda x: x.clone().relu_(), F.relu, lambda x: F.relu(x, inplace=False),
    torch.nn.ReLU(), lambda x: torch.nn.ReLU()(x), lambda x: _relu_helper(x),
    lambda x: F.leaky_relu(x, 0.0), lambda x: F.threshold(x, 0.0, 0.0),
    lambda x: (lambda y: torch.relu(y))(x)])
def test_forbidden_functions_are_caught_by_every_route(english, cheat):
    feedback = q2.check(cheat)
    assert feedback.status == INCORRECT and "not to use relu" in feedback.text()


@pytest.mark.parametrize("cheat", [torch.sigmoid, lambda x: x.sigmoid(), torch.special.expit, F.sigmoid,
                                   torch.nn.Sigmoid(), lambda x: x.clone().sigmoid_()])
def test_forbidden_sigmoid_routes(english, cheat):
    assert "not to use sigmoid" in q6.check(cheat).text()


def test_a_students_own_helper_that_shares_the_name_is_not_flagged():
    def relu(x):
        return torch.clamp(x, min=0)

    def my_relu(x):
        return relu(x)
    assert q2.check(my_relu).status == CORRECT

    def sigmoid(x):
        return 1 / (1 + torch.exp(-x))
    assert q6.check(lambda x: sigmoid(x)).status == CORRECT


def test_wrong_answers_never_reveal_the_expected_values(english):
    expected = ["0.7616", "-0.7616", "0.762", "0.76"]
    for attempt in ([0.5, 0.0, 0.5], [-0.5, 0.0, 0.5], [-0.7, 0.0, 0.7], [-0.76, 0.0, 0.77], [1, 2]):
        text = q5.check(attempt).text()
        assert not any(value in text and value not in str(attempt) for value in expected), text
    for wrong in (lambda x: x, lambda x: torch.tanh(x), lambda x: x * 0):
        text = q6.check(wrong).text()
        assert "0.04743" not in text and "0.9526" not in text and "0.5 " not in text  # sigmoid(±3), sigmoid(0)


def test_no_question_object_exposes_its_expected_value():
    for question in (q5, q6, q7):
        assert not hasattr(question.kind, "expected") and not hasattr(question.kind, "reference")
        assert not hasattr(question, "expected") and not hasattr(question, "reference")


@pytest.mark.parametrize("honest", [[0.25], (0.25,), np.longdouble(0.25), np.float32(0.25), np.array([0.25]),
                                    torch.tensor([0.25], dtype=torch.float64)])
def test_a_right_number_in_another_honest_form_is_accepted(honest):
    assert q8.check(honest).status == CORRECT


@pytest.mark.parametrize("letter", ["Ｂ", "В", "Β", " b ", "(B)"])  # full-width, Cyrillic, Greek, spaced, bracketed
def test_look_alike_letters_are_read_as_the_letter(letter):
    assert q1.check(letter).status == CORRECT


@pytest.mark.parametrize("text,number", [("०.२५", "0.25"), ("0.25", "0.25"), ("０.２５", "0.25")])
def test_a_number_written_as_text_gets_a_message_naming_the_problem(english, text, number):
    feedback = q8.check(text)
    assert feedback.status == INCORRECT and f"Write the answer as a number, not text: {number}" in feedback.text()


def test_a_function_that_forgets_return_is_told_so(english):
    def sigmoid(x):
        1 / (1 + torch.exp(-x))
    assert "forget `return`" in q6.check(sigmoid).text()


def test_an_overflowing_but_mathematically_right_answer_gets_a_stability_hint(english):
    def unstable(x):
        return torch.exp(x) / (1 + torch.exp(x))
    text = q6.check(unstable).text()
    assert "NaN or inf" in text and "overflow" in text


@pytest.mark.parametrize("level", [2.0, "2", None, -1, 0, 10**20, [1], float("nan")])
def test_odd_hint_levels_get_a_message(english, level):
    assert "This question has hints 1 to 2" in q4.hint(level).text()


def test_untouched_templates_are_not_attempted():
    def sigmoid(x):
        ...
    assert q6.check(sigmoid).status == NOT_ATTEMPTED
    assert q8.check(...).status == NOT_ATTEMPTED


def test_a_time_limit_never_leaks_an_alarm_into_the_notebook():
    import signal
    before = signal.getsignal(signal.SIGALRM)
    q6.check(right_sigmoid)
    q6.check(lambda x: 1 / 0)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is before


def test_inputs_are_the_same_whatever_the_default_dtype():
    checker = Function(lambda: [torch.randn(3, generator=torch.Generator().manual_seed(0))])
    first = checker.cases()
    torch.set_default_dtype(torch.float64)
    try:
        assert torch.equal(checker.cases()[0][0], first[0][0]) and first[0][0].dtype == torch.float32
    finally:
        torch.set_default_dtype(torch.float32)
