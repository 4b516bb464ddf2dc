"""Chapter 06 (activations): its claims on several seeds, the review's fixes, and course_lib.tables.

The experiments are not copied here: the functions are taken from the chapter's own source
(notebooks/source/06_activations.py), so the notebook and these tests cannot drift apart.
The notebook checks each claim on seed 0; these tests check that it is no accident of that seed.
"""
import math
import re
from pathlib import Path

import jupytext
import matplotlib
import conftest
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from course_lib.answers import CORRECT, INCORRECT
from course_lib.data import two_moons
from course_lib.lang import set_language
from course_lib.practice.ch06 import QUESTIONS, q1, q2, q3, q5, q6, q7, q8, q9
from course_lib.tables import Table, table
from course_lib.widgets import value_and_slope

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "notebooks" / "source" / "06_activations.py"
NOTEBOOK = jupytext.read(SOURCE, fmt="py:percent")
SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def chapter():
    """The top-level functions the chapter's code cells define, run from the source itself (conftest)."""
    return conftest.chapter_definitions(6, value_and_slope=value_and_slope)


@pytest.fixture(scope="module")
def moons():
    return two_moons(400)


# ---------------------------------------------------------------- the chapter's claims, on other seeds

@pytest.mark.parametrize("seed", SEEDS)
def test_relu_bends_the_boundary_a_linear_stack_cannot(chapter, moons, seed):
    linear_net, relu_net = chapter["moons_nets"](seed)
    _, linear = chapter["train"](linear_net, *moons, lr=1.0, steps=200)
    _, relu = chapter["train"](relu_net, *moons, lr=1.0, steps=200)
    assert relu > 0.97 and relu > linear + 0.05
    with torch.no_grad():  # the ReLU net is piecewise linear: its points fall into many on/off patterns
        h1 = relu_net[1](relu_net[0](moons[0]))
        h2 = relu_net[3](relu_net[2](h1))
    assert all(0.3 < (h == 0).float().mean() < 0.8 for h in (h1, h2))
    assert len({tuple(row) for row in torch.cat([h1 > 0, h2 > 0], 1).tolist()}) > 20


@pytest.mark.parametrize("seed", (0, *SEEDS, 4, 5))
def test_gradient_per_layer_orderings_hold_on_every_seed(chapter, seed):
    runs = {}
    for name, f, init in [("sigmoid", torch.sigmoid, "default"), ("tanh", torch.tanh, "default"),
                          ("ReLU", torch.relu, "default"), ("sigmoid", torch.sigmoid, "Xavier"),
                          ("tanh", torch.tanh, "Xavier"), ("ReLU", torch.relu, "He")]:
        runs[name, init] = chapter["gradient_per_layer"](f, init, seed=seed)
    ratio = {key: grads[0] / grads[-1] for key, (grads, _, _) in runs.items()}
    # default initialization: sigmoid loses the most, and ReLU loses more than tanh (the row against the story)
    assert ratio["sigmoid", "default"] < 1e-6 < ratio["ReLU", "default"] < ratio["tanh", "default"] < 0.1
    # matching initialization: tanh and ReLU keep their gradient, sigmoid cannot be rescued
    assert ratio["sigmoid", "default"] < ratio["sigmoid", "Xavier"] < 1e-4
    assert ratio["tanh", "Xavier"] > 0.1 and ratio["ReLU", "He"] > 1
    # the sigmoid drop is not saturation: hardly any unit has |z| > 2.5
    assert (runs["sigmoid", "default"][1].abs() > 2.5).float().mean() < 0.01
    assert 0.4 < (runs["ReLU", "default"][1] < 0).float().mean() < 0.6
    # tanh + default: the drop per layer is the default weights' scale, 1/√3; sigmoid + Xavier: σ′ alone
    assert abs(ratio["tanh", "default"] ** (1 / 9) - 1 / math.sqrt(3)) < 0.06
    assert ratio["sigmoid", "Xavier"] ** (1 / 9) < 0.3
    # every row: the factor per step back is about √n·std(W) × rms f′(z), within 20%
    functions = {"sigmoid": torch.sigmoid, "tanh": torch.tanh, "ReLU": torch.relu}
    for (name, init), (_, zs, scale) in runs.items():
        estimate = chapter["estimated_factor"](functions[name], zs, scale)
        assert abs(ratio[name, init] ** (1 / 9) / estimate - 1) < 0.2, (name, init)
    _, zs, scale = runs["ReLU", "default"]
    assert abs(chapter["estimated_factor"](torch.relu, zs, scale) / scale - math.sqrt(1 / 2)) < 0.03
    assert 1 < ratio["ReLU", "He"] ** (1 / 9) < 1.25
    # the notes' "tanh has stronger gradients" holds where tanh's z are: |z| < 1.66
    assert (runs["tanh", "Xavier"][1].abs() < 1.66).float().mean() > 0.95


@pytest.mark.parametrize("seed", (0, *SEEDS))
def test_positive_outputs_give_one_sign_rows_per_example_and_centring_allows_larger_steps(chapter, moons, seed):
    x, y = moons
    share, batch = {}, {}
    for name, f in [("sigmoid", torch.sigmoid), ("tanh", torch.tanh), ("ReLU", torch.relu)]:
        per_example, outputs = chapter["next_layer_gradients"](f, x, y.long(), seed)
        share[name] = chapter["one_sign_share"](per_example)
        assert (outputs.mean() > 0.1) == (name != "tanh")  # only tanh is zero-centred
        batch[name] = chapter["one_sign_share"](per_example.reshape(25, 16, 2, 32).sum(1))
    assert share["sigmoid"] == 1.0 and share["ReLU"] == 1.0 and share["tanh"] < 0.1
    assert batch["tanh"] <= 0.1  # zero-centred outputs: never one sign on a batch either
    losses = chapter["centring_losses"](x, y, seed)
    assert abs(losses["sigmoid", 1] - losses["σ − 0.5", 1]) < 0.01
    assert losses["σ − 0.5", 10] < losses["σ − 0.5", 1] < losses["sigmoid", 10]
    assert losses["sigmoid", 10] > losses["sigmoid", 1]
    curvature = {name: chapter["largest_curvature"](features, y)
                 for name, features in chapter["centring_features"](x, seed).items()}
    assert curvature["sigmoid"] > 4 * curvature["σ − 0.5"]  # the shared positive mean: one much steeper direction


def test_the_largest_curvature_is_the_hessians_largest_eigenvalue(chapter):
    """The chapter's λ_max against a hand-made Hessian: for the logistic loss at w = 0 it is ¼ · mean(x xᵀ)."""
    features = torch.rand(50, 3)
    y = (torch.rand(50) > 0.5).float()
    inputs = torch.cat([features, torch.ones(50, 1)], 1)
    by_hand = torch.linalg.eigvalsh(inputs.T @ inputs / 50 / 4)[-1].item()
    assert abs(chapter["largest_curvature"](features, y) - by_hand) < 1e-5


@pytest.mark.parametrize("seed", (1, 2))
def test_a_large_learning_rate_kills_relu_units_whose_gradient_is_then_exactly_zero(chapter, moons, seed):
    x, y = moons
    net, at_start, after_small, _, _ = chapter["dying_run"](nn.ReLU(), 1.0, x, y, seed=seed)
    assert abs(after_small - at_start) <= 2
    relu, _, dead, loss, right = chapter["dying_run"](nn.ReLU(), 3.0, x, y, seed=seed)
    assert dead > 2 * at_start and right >= 0.98
    leaky, _, negative, _, _ = chapter["dying_run"](nn.LeakyReLU(0.1), 3.0, x, y, seed=seed)
    assert negative >= 10
    dead_units = chapter["negative_everywhere"](relu, x)
    assert (chapter["unit_gradients"](relu, x, y)[dead_units] == 0).all()
    negative_units = chapter["negative_everywhere"](leaky, x)
    assert (chapter["unit_gradients"](leaky, x, y)[negative_units] > 0).all()


def test_each_function_has_a_panel_of_its_own():
    """The review: ReLU was hidden under Leaky ReLU. Run the plotting cell; no panel may hold two functions."""
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from course_lib import plots
    from course_lib.lang import t
    from course_lib.widgets import value_and_slope
    plots.setup()  # the Devanagari font, as start() does in the notebook
    cell = next(c.source for c in NOTEBOOK.cells if c.cell_type == "code" and "functions = {" in c.source)
    namespace = {"torch": torch, "F": F, "plt": plt, "t": t, "plots": plots, "value_and_slope": value_and_slope}
    plt.show, shown = (lambda: None), plt.show
    try:
        exec(cell, namespace)
    finally:
        plt.show = shown
    axes = namespace["fig"].axes
    assert len(axes) == len(namespace["functions"]) == 4
    for ax in axes:
        curves = [line for line in ax.get_lines() if len(line.get_xdata()) > 2]
        assert len(curves) == 2  # f and f′ of one function only
    plt.close(namespace["fig"])


# ---------------------------------------------------------------- the review's points on the questions

def _markdown(lang):
    return "\n".join(c.source for c in NOTEBOOK.cells if c.cell_type == "markdown" and c.metadata.get("lang") == lang)


def _options(question, lang):
    return dict(re.findall(r"- \*\*([A-D])\.\*\* (.*)", getattr(question.prompt, lang)))


def _key():
    import answer_key
    return answer_key.load(6)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_q8s_answer_is_given_away_neither_in_the_prose_nor_in_q1(lang):
    assert "0.25" not in _markdown(lang) and "0.25" not in getattr(q1.prompt, lang)
    code = "\n".join(c.source for c in NOTEBOOK.cells if c.cell_type == "code")
    assert "points = torch.tensor([0.0" not in code  # the derivative table does not print σ′(0)
    key, index = _key(), {"hi": 0, "en": 1}[lang]
    for question in QUESTIONS[:QUESTIONS.index(q8)]:  # nor what a student sees at an earlier question
        for field in ("explanation", "solution"):
            assert "0.25" not in key[question.id][field][index], (question.name, field)
        for text in [question.prompt, *question.hints]:
            assert "0.25" not in getattr(text, lang) and "1/4" not in getattr(text, lang), question.name


@pytest.mark.parametrize("question", [q1, q3, q9], ids=["q1", "q3", "q9"])
@pytest.mark.parametrize("lang", ["hi", "en"])
def test_choices_have_lengths_alike_and_the_right_one_is_not_the_longest(question, lang):
    options = _options(question, lang)
    right = _key()[question.id]["answer"]
    lengths = {letter: len(text) for letter, text in options.items()}
    assert sorted(options) == list("ABCD")
    assert lengths[right] < max(lengths.values())
    assert max(lengths.values()) < 1.25 * min(lengths.values())


def test_right_letters_vary():
    key = _key()
    letters = [key[q.id]["answer"] for q in QUESTIONS if q.kind.__class__.__name__ == "Choice"]
    assert len(set(letters)) == len(letters)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_q2_does_not_state_the_formula_it_asks_for(lang):
    prompt = getattr(q2.prompt, lang)
    assert "max(0" not in prompt and "max(" not in getattr(q2.hints[0], lang)


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_q6s_first_hint_is_not_the_solution(lang):
    hint = getattr(q6.hints[0], lang)
    assert "torch.exp(-x)" not in hint and "1 / (1 +" not in hint


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_q5_asks_for_a_prediction_before_running(lang):
    assert {"hi": "चलाने से *पहले*", "en": "*Before* running"}[lang] in getattr(q5.prompt, lang)


def test_q7_names_its_inputs_and_an_overflowing_formula_gets_the_stability_message():
    set_language("en")
    assert "x = −100" in q7.prompt.en and "x = ±100" in q7.prompt.en and "4 × 5" in q7.prompt.en
    feedback = q7.check(lambda x: torch.exp(-x) / (1 + torch.exp(-x)) ** 2)
    assert feedback.status == INCORRECT and "NaN or inf" in feedback.text() and "overflow" in feedback.text()
    assert q7.check(lambda x: torch.sigmoid(x) * (1 - torch.sigmoid(x))).status == CORRECT


def test_function_exercises_say_which_inputs_they_are_tested_on():
    for question in QUESTIONS:
        if question.kind.__class__.__name__ == "Function":
            assert "±100" in question.prompt.en and "±100" in question.prompt.hi, question.name


# ---------------------------------------------------------------- the review's Hindi fixes

@pytest.mark.parametrize("phrase", ["रह जाती हैं", "मापकर;", "सख़्ती से", "ReLU सबसे सस्ता", "कई गुना छोटा",
                                    "training दी जाती", "ऋणात्मक तरफ़", "हर जगह ऋणात्मक", "जवाब",
                                    "उसे सही बताता"])
def test_the_reviewed_hindi_phrasings_are_gone(phrase):
    texts = [_markdown("hi"), SOURCE.read_text(encoding="utf-8")]
    texts += [q.prompt.hi for q in QUESTIONS] + [h.hi for q in QUESTIONS for h in q.hints]
    assert not any(phrase in text for text in texts)


# ---------------------------------------------------------------- course_lib.tables

def test_a_table_is_html_that_aligns_numbers_right_and_escapes_text():
    shown = table(["नाम", "loss"], [["<ReLU>", "0.012"], ["tanh", "−7.8"], ["Leaky", "8 → 45"]])
    html = shown._repr_html_()
    assert html.count("<tr>") == 4 and "&lt;ReLU&gt;" in html and "<ReLU>" not in html
    assert 'text-align:right">0.012<' in html and 'text-align:right">−7.8<' in html
    assert 'text-align:left">8 → 45<' in html and 'text-align:left">tanh<' in html
    lines = repr(shown).splitlines()
    assert len({line.index("loss") if "loss" in line else None for line in lines[:1]}) == 1
    assert [line.find("0.012") for line in lines if "0.012" in line] == [lines[0].index("loss")]


def test_a_row_of_the_wrong_length_is_refused():
    with pytest.raises(ValueError):
        Table(["a", "b"], [["1"]])
