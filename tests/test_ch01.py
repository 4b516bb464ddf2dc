"""Chapter 01 (the neuron): its claims that rest on randomness or on a search, checked beyond the one run
the notebook shows, and the helpers it added (data.iris, diagrams, widgets.decision_line,
plots.decision_regions)."""
import re

import matplotlib.pyplot as plt
import pytest
import torch

from course_lib import diagrams, plots, set_language, widgets
from course_lib.data import iris, two_moons

DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def best_line(x, y, directions):
    """The notebook's search: the most points one line gets right, over `directions` directions."""
    angle = torch.arange(directions) * 2 * torch.pi / directions
    projected, order = (x @ torch.stack([angle.cos(), angle.sin()])).sort(0)
    labels = y[order]
    zero = torch.zeros(1, directions)
    right = torch.cat([zero, (1 - labels).cumsum(0)]) + labels.sum(0) - torch.cat([zero, labels.cumsum(0)])
    gap = torch.cat([torch.ones(1, directions, dtype=torch.bool), projected[1:] > projected[:-1],
                     torch.ones(1, directions, dtype=torch.bool)])
    return int(right[gap].max())


def train_perceptron(x, y, lr=0.1, max_epochs=20, seed=0):
    """The notebook's perceptron rule (random order each epoch): mistakes and points right per epoch."""
    shuffle = torch.Generator().manual_seed(seed)
    w1 = w2 = b = 0.0
    mistakes, right = [], []
    for _ in range(max_epochs):
        count = 0
        for i in torch.randperm(len(y), generator=shuffle).tolist():
            (x1, x2), y_i = x[i].tolist(), y[i].item()
            y_hat = 1.0 if w1 * x1 + w2 * x2 + b > 0 else 0.0
            if y_hat != y_i:
                w1, w2, b = w1 + lr * (y_i - y_hat) * x1, w2 + lr * (y_i - y_hat) * x2, b + lr * (y_i - y_hat)
                count += 1
        mistakes.append(count)
        right.append(int(((x[:, 0] * w1 + x[:, 1] * w2 + b > 0).float() == y).sum()))
        if count == 0:
            break
    return mistakes, right


def _pairs():
    flowers, species = iris()
    pick = lambda keep, positive, columns: (flowers[keep][:, columns], (species[keep] == positive).float())
    return {"sepal": pick(species < 2, 1, slice(0, 2)), "petal_easy": pick(species < 2, 1, slice(2, 4)),
            "petal_hard": pick(species > 0, 2, slice(2, 4))}


# ---------------------------------------------------------------- the chapter's claims

def test_iris_is_fishers_data():
    flowers, species = iris()
    assert flowers.shape == (150, 4) and species.bincount().tolist() == [50, 50, 50]
    assert flowers[34].tolist() == pytest.approx([4.9, 3.1, 1.5, 0.2])  # the two UCI typos, corrected
    assert flowers[37].tolist() == pytest.approx([4.9, 3.6, 1.4, 0.1])


def test_line_counts_do_not_improve_with_a_finer_search():
    """The notebook searches 720 directions; ten times as many find no better line."""
    pairs = _pairs()
    for x, y in (pairs["sepal"], pairs["petal_hard"], two_moons(200)):
        assert best_line(x, y, 720) == best_line(x, y, 7200)
    assert best_line(*pairs["sepal"], 720) == 100
    assert best_line(*pairs["petal_hard"], 720) == 97


def test_identical_petals_make_versicolor_and_virginica_inseparable():
    flowers, species = iris()
    petal = flowers[:, 2:]
    assert any((petal[species == 2] == p).all(1).any() for p in petal[species == 1])


@pytest.mark.parametrize("seed", range(4))
def test_two_moons_are_not_separable_by_a_line_on_other_seeds(seed):
    x, y = two_moons(200, seed=seed)
    assert best_line(x, y, 720) < 200


def separable(x, y):
    """Exact: is there a line with w·x + b > 0 on every class-1 point and < 0 on every class-0 point?
    (A linear program: s_i (w·x_i + b) >= 1 with s_i = ±1 is feasible exactly when such a line exists.)"""
    linprog = pytest.importorskip("scipy.optimize").linprog
    s = (2 * y - 1).double().unsqueeze(1)
    rows = -s * torch.cat([x.double(), torch.ones(len(y), 1, dtype=torch.float64)], 1)
    result = linprog(c=[0, 0, 0], A_ub=rows.numpy(), b_ub=-torch.ones(len(y)).numpy(), bounds=[(None, None)] * 3)
    assert result.status in (0, 2), result.message   # 0: a line exists, 2: provably none
    return result.status == 0


def test_which_data_a_line_separates_is_proved_not_only_searched():
    """The notebook's search finds a perfect line for sepal and petal (setosa/versicolor) but none for the others;
    a linear program proves it both ways, and the perceptron's stopping agrees with it."""
    pairs = _pairs()
    assert separable(*pairs["sepal"]) and separable(*pairs["petal_easy"])
    assert not separable(*pairs["petal_hard"])
    for seed in range(4):
        assert not separable(*two_moons(200, seed=seed))


@pytest.mark.parametrize("seed", range(6))
def test_perceptron_stops_on_separable_data_whatever_the_order(seed):
    mistakes, right = train_perceptron(*_pairs()["petal_easy"], seed=seed)
    assert mistakes[-1] == 0 and len(mistakes) <= 10 and right[-1] == 100


@pytest.mark.parametrize("seed", range(6))
def test_perceptron_never_settles_on_inseparable_data_whatever_the_order(seed):
    mistakes, right = train_perceptron(*_pairs()["petal_hard"], seed=seed)
    assert min(mistakes) > 0 and len(mistakes) == 20
    assert max(right) < 100 and max(right) - min(right) >= 10


# ---------------------------------------------------------------- the helpers it added

@pytest.mark.parametrize("sizes", [[2, 4, 1], [3, 5, 2], [4, 8, 8, 3]])
def test_network_draws_one_line_per_weight(sizes):
    ax = diagrams.network(sizes)
    assert len(ax.lines) == sum(a * b for a, b in zip(sizes, sizes[1:]))
    assert len(ax.patches) == sum(sizes)
    plt.close("all")


@pytest.mark.parametrize("lang", ["hi", "en"])
def test_pictures_speak_the_students_language(lang):
    set_language(lang)
    fig = diagrams.neuron_comparison()
    texts = [a.get_title() for a in fig.axes] + [x.get_text() for a in fig.axes for x in a.texts]
    texts += [t.get_text() for t in diagrams.network([2, 3, 1]).texts]
    labelled = [x for x in texts if re.search(r"[A-Za-z]{3}|[\u0900-\u097F]", x) and "$" not in x]
    assert labelled and any(DEVANAGARI.search(x) for x in labelled) == (lang == "hi")
    if lang == "en":
        assert not any(DEVANAGARI.search(x) for x in texts)
    plt.close("all")


def test_decision_line_counts_what_the_rule_says_and_follows_the_sliders():
    pytest.importorskip("ipywidgets")
    x, y = two_moons(60)
    box = widgets.decision_line({"moons": (x, y, ("x1", "x2")), "shifted": (x + 5, y, ("x1", "x2"))},
                                start=(1.0, -1.0, 0.0))
    sliders = box.children[1].children
    count = lambda w1, w2, b: int(((x[:, 0] * w1 + x[:, 1] * w2 + b > 0).float() == y).sum())
    assert box.correct() == (count(1.0, -1.0, 0.0), 60)
    sliders[2].value = 0.7
    assert box.correct() == (count(1.0, -1.0, 0.7), 60)
    assert f"{count(1.0, -1.0, 0.7)} / 60" in box.children[2].value
    sliders[0].value, sliders[1].value = 0.0, 0.0   # no line at all: every point gets one answer
    assert box.correct()[0] in (int((y == 0).sum()), int((y == 1).sum()))
    box.children[0].children[0].value = "shifted"
    assert box.correct()[1] == 60
    plt.close("all")


def test_decision_regions_crosses_out_exactly_the_mistakes():
    x = torch.tensor([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0], [3.0, 3.0]])
    y = torch.tensor([0.0, 1.0, 0.0, 1.0])
    ax = plots.decision_regions(x, y, lambda p: (p[:, 0] > 1.5).float())
    crosses = ax.collections[-1].get_offsets()
    assert crosses.tolist() == [[1.0, 1.0], [2.0, 2.0]]
    plt.close("all")
