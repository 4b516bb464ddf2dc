"""Chapter 04: the claims that rest on randomness, checked on several seeds, and the helpers it added.

The chapter's own functions are taken from its source (a jupytext file is valid Python), so these tests
check the code the notebook runs, not a copy of it.
"""
import math
import os
import time

import matplotlib.pyplot as plt
import conftest
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from course_lib import plots, train, widgets
from course_lib.data import load_mnist

SEEDS = (0, 1, 2)


def chapter_definitions(*names, **namespace):
    """The chapter's functions and classes called `names` (tests/conftest.py), with time at hand."""
    return conftest.chapter_definitions(4, *names, time=time, **namespace)


@pytest.fixture(scope="module")
def digits():
    saved = os.environ.get("COURSE_DOWNLOAD")
    os.environ["COURSE_DOWNLOAD"] = "0"          # the digits on disk; a test never waits for a download
    try:
        x_train, y_train, x_test, y_test = load_mnist(verbose=False)
    finally:
        os.environ.pop("COURSE_DOWNLOAD") if saved is None else os.environ.update(COURSE_DOWNLOAD=saved)
    return dict(digits=x_train[:1000].flatten(1), labels=y_train[:1000],
                test_digits=x_test[:1000].flatten(1), test_labels=y_test[:1000])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_gradient_noise_of_a_mini_batch_falls_as_one_over_root_b(digits, seed):
    torch.manual_seed(seed)
    model = nn.Linear(784, 10)

    def gradient_on(x, y):
        model.zero_grad()
        F.cross_entropy(model(x), y).backward()
        return torch.cat([p.grad.flatten() for p in model.parameters()])

    full = gradient_on(digits["digits"], digits["labels"])
    error = {}
    for B in (1, 10, 100):
        errors = [(gradient_on(digits["digits"][b], digits["labels"][b]) - full).norm() / full.norm()
                  for b in (torch.randperm(1000)[:B] for _ in range(30))]
        error[B] = torch.stack(errors).mean().item()
    assert error[1] > 1 and error[1] > error[10] > error[100]
    assert 5 < error[1] / error[100] < 20


@pytest.mark.parametrize("seed", SEEDS)
def test_batch_stochastic_and_mini_batch_compare_as_the_chapter_says(digits, seed):
    train_digits = chapter_definitions("train_digits", **digits)["train_digits"]
    epoch = {B: train_digits(B, math.ceil(1000 / B), seed=seed)[2] for B in (1000, 1, 32)}
    assert epoch[1000] > epoch[32] > epoch[1]                      # test loss after one epoch
    sixty = {}
    for B in (1000, 1, 32):
        losses, _, test_loss = train_digits(B, 60, seed=seed)
        sixty[B] = (sum(b > a for a, b in zip(losses, losses[1:])), test_loss)
    assert sixty[1000][0] == 0 < sixty[32][0] < sixty[1][0]        # how often the loss went up
    assert abs(sixty[32][1] - sixty[1000][1]) < 0.1 and sixty[1][1] > max(sixty[32][1], sixty[1000][1])


@pytest.mark.parametrize("seed", SEEDS)
def test_the_hand_written_optimizers_are_torch_optims(seed):
    ours = chapter_definitions("Optimizer", "SGD", "Momentum", "RMSProp", "Adam")
    pairs = [(lambda p: ours["SGD"](p, lr=0.1), lambda p: torch.optim.SGD(p, lr=0.1)),
             (lambda p: ours["Momentum"](p, lr=0.05, μ=0.8), lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.8)),
             (lambda p: ours["RMSProp"](p, lr=0.01), lambda p: torch.optim.RMSprop(p, lr=0.01)),
             (lambda p: ours["Adam"](p, lr=0.01), lambda p: torch.optim.Adam(p, lr=0.01))]
    g = torch.Generator().manual_seed(seed)
    x, y = torch.randn(64, 20, generator=g, dtype=torch.float64), torch.randint(0, 3, (64,), generator=g)
    for make_ours, make_theirs in pairs:
        torch.manual_seed(seed)
        a = nn.Sequential(nn.Linear(20, 8), nn.Tanh(), nn.Linear(8, 3)).double()
        b = nn.Sequential(nn.Linear(20, 8), nn.Tanh(), nn.Linear(8, 3)).double()
        b.load_state_dict(a.state_dict())
        optimizers = [(a, make_ours(a.parameters())), (b, make_theirs(b.parameters()))]
        for _ in range(20):
            for net, optimizer in optimizers:
                loss = F.cross_entropy(net(x), y)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            assert all(torch.allclose(p, q, atol=1e-12, rtol=0) for p, q in zip(a.parameters(), b.parameters()))


@pytest.mark.parametrize("seed", (0, 1, 2, 3))
def test_without_zero_grad_the_gradients_add_up_and_the_loss_overshoots(seed, monkeypatch):
    notes_loop = chapter_definitions("notes_loop")["notes_loop"]
    monkeypatch.setattr(torch, "manual_seed", lambda _, real=torch.manual_seed: real(seed))  # another start
    losses, fresh, stored, _ = notes_loop()
    assert all(abs(b / a - 0.9216) < 1e-3 for a, b in zip(losses, losses[1:]))
    losses, fresh, stored, _ = notes_loop("zero_grad()")
    assert all(abs(s - sum(fresh[:k + 1])) < 1e-4 * max(1, abs(s)) for k, s in enumerate(stored))
    lowest = min(range(10), key=losses.__getitem__)
    assert 0 < lowest < 9 and losses[-1] > losses[lowest]


# ---------------------------------------------------------------- the shared helpers chapter 04 added

def valley(w):
    return 0.5 * (w[0] ** 2 + 100 * w[1] ** 2)


def test_descend_follows_the_rule_and_stops_when_it_diverges():
    path, losses = train.descend(lambda w: (w[0] - 3) ** 2, [-2.0], lambda p: torch.optim.SGD(p, lr=0.1), steps=20)
    expected = 3 - 5 * 0.8 ** torch.arange(21.0)
    assert path.shape == (21, 1) and torch.allclose(path[:, 0], expected, atol=1e-5)
    assert losses == pytest.approx([(v - 3) ** 2 for v in path[:, 0].tolist()])
    path, losses = train.descend(valley, [-4.0, 1.5], lambda p: torch.optim.SGD(p, lr=0.021), steps=500)
    assert len(losses) < 501 and losses[-1] > 1e6 and len(path) == len(losses)


def test_descent_path_draws_one_and_two_weights():
    fig, (left, right) = plt.subplots(1, 2)
    path, _ = train.descend(valley, [-4.0, 1.5], lambda p: torch.optim.SGD(p, lr=0.018), steps=30)
    assert plots.descent_path(right, valley, path, ((-5, 5), (-2, 2)), title="valley") is right
    assert right.get_xlim() == (-5, 5) and right.collections            # contour lines are there
    path, _ = train.descend(lambda w: (w[0] - 3) ** 2, [-2.0], lambda p: torch.optim.SGD(p, lr=0.1), steps=5)
    plots.descent_path(left, lambda w: (w[0] - 3) ** 2, path, ((-3, 9),))
    assert left.lines[1].get_xdata().tolist() == pytest.approx(path[:, 0].tolist())
    plt.close(fig)


def test_descent_paths_draws_the_contours_once_and_every_path():
    fig, ax = plt.subplots()
    paths = {name: train.descend(valley, [-4.0, 1.5], lambda p, lr=lr: torch.optim.SGD(p, lr=lr), steps=20)[0]
             for name, lr in (("a", 0.01), ("b", 0.018), ("c", 0.005), ("d", 0.001), ("e", 0.015))}
    assert plots.descent_paths(ax, valley, paths, ((-5, 5), (-2, 2)), title="valley") is ax
    assert len(ax.collections) == 1 and ax.get_xlim() == (-5, 5)      # one set of contour lines
    assert [line.get_label() for line in ax.lines][:5] == list(paths) and len(ax.lines) == 6   # + the start
    assert ax.lines[1].get_xdata().tolist() == pytest.approx(paths["b"][:, 0].tolist())
    assert ax.lines[4].get_color() == ax.lines[0].get_color() != ax.lines[1].get_color()   # colours cycle
    plt.close(fig)


def test_descent_explorer_works_headless_and_reports_what_happened():
    box = widgets.descent_explorer({"valley": (valley, [-4.0, 1.5], ((-5, 5), (-2, 2)))},
                                   {"gd": lambda p, lr: torch.optim.SGD(p, lr=lr)}, lr=(-3.0, 0.0, -2.0))
    (rate,) = box.children[0].children                 # one surface, one method: only the slider
    readout = box.children[1]
    assert "100" in readout.value                      # η = 0.01: not below 0.01 within 100 steps
    rate.value = 0.03
    assert "diverge" in readout.value.lower()
    path, losses = box.result()
    assert losses[-1] > 1e6
    plt.close("all")
