"""Chapter 03: the claims that rest on randomness, on several seeds; and the shared helpers it added.

The notebook runs each claim on one seed; here each is checked on other seeds too, with the
notebook's own code where it defines some (its formula cell is run from the source).
"""
import math
import time
from pathlib import Path

import jupytext
import pytest
import torch
import torch.distributions as D
import torch.nn.functional as F
from torch import nn

ROOT = Path(__file__).resolve().parent.parent
SEEDS = range(5)


@pytest.fixture(scope="module")
def chapter():
    """The namespace made by the notebook's cell that writes out the five formulas (pmf/pdf) by hand."""
    cells = jupytext.read(ROOT / "notebooks" / "source" / "03_probability.py", fmt="py:percent").cells
    code = next(c.source for c in cells if c.cell_type == "code" and "def bernoulli_pmf" in c.source)
    namespace = {"math": math, "torch": torch, "D": D}
    exec(code, namespace)
    return namespace


@pytest.mark.parametrize("seed", SEEDS)
def test_sample_mean_and_variance_are_near_the_formulas(chapter, seed):
    torch.manual_seed(seed)
    for name, (make, formula, params) in chapter["families"].items():
        for middle in (False, True):  # each slider's start value, then the middle of its range
            values = {key: (low + high) / 2 if middle else start for key, (_, low, high, _, start) in params.items()}
            if name == "Binomial":
                values["n"] = round(values["n"])
            dist = make(**values)
            mean, variance = chapter["table"][name](**values)
            assert math.isclose(mean, dist.mean.item(), rel_tol=1e-5, abs_tol=1e-7)
            assert math.isclose(variance, dist.variance.item(), rel_tol=1e-5, abs_tol=1e-7)
            samples = dist.sample((20_000,)).float()
            assert abs(samples.mean().item() - mean) < 5 * math.sqrt(variance / 20_000) + 1e-6, (name, values)
            assert abs(samples.var().item() - variance) < 0.05 * variance + 1e-6, (name, values)


def test_formulas_match_log_prob_across_the_sliders_range(chapter):
    for name, (make, formula, params) in chapter["families"].items():
        for step in range(5):  # from each slider's minimum to its maximum
            values = {key: low + (high - low) * step / 4 for key, (_, low, high, _, _) in params.items()}
            if name == "Binomial":
                values["n"] = round(values["n"])
            dist = make(**values)
            grid = torch.arange(0.0, 60.0) if dist.support.is_discrete else torch.linspace(-6, 6, 241)
            grid = grid[dist.support.check(grid)]
            assert torch.allclose(formula(grid, **values), dist.log_prob(grid).exp(), atol=1e-5), (name, values)


@pytest.mark.parametrize("seed", range(20))
def test_the_coin_share_swings_at_first_and_ends_near_a_half(seed):
    torch.manual_seed(seed)
    share = D.Bernoulli(probs=0.5).sample((10_000,)).cumsum(0) / torch.arange(1, 10_001)
    early, late = share[9:100], share[999:]
    assert early.max() - early.min() > late.max() - late.min()
    assert abs(share[-1] - 0.5) < 4 * math.sqrt(0.25 / 10_000)


@pytest.mark.parametrize("seed", range(10))
def test_sampling_at_a_temperature_is_sharp_when_cold_and_varied_when_hot(seed):
    torch.manual_seed(seed)
    z = torch.tensor([2.0, 1.0, 0.1])
    draws = {T: torch.bincount(torch.multinomial(torch.softmax(z / T, dim=0), 1000, replacement=True), minlength=3)
             for T in (0.2, 1.0, 10.0)}
    assert draws[0.2][0] > 970 and 550 < draws[1.0][0] < 770 and (draws[10.0] > 200).all()
    assert 230 < draws[10.0][2] < 380


@pytest.mark.parametrize("seed", range(3))
def test_coin_share_spread_follows_the_square_root_law(seed):
    torch.manual_seed(seed)
    shares = D.Bernoulli(probs=0.5).sample((500, 10_000)).cumsum(1) / torch.arange(1, 10_001)
    spread = {n: shares[:, n - 1].std().item() for n in (100, 10_000)}
    for n, value in spread.items():
        assert abs(value / math.sqrt(0.25 / n) - 1) < 0.15
    assert 7 < spread[100] / spread[10_000] < 13


@pytest.mark.parametrize("seed", range(10))
def test_the_notes_randn_code_gives_mean_and_std_near_0_and_1(seed):
    torch.manual_seed(seed)
    data = torch.randn(1000)
    assert abs(data.mean()) < 4 / math.sqrt(1000) and abs(data.std() - 1) < 0.1


@pytest.mark.parametrize("seed", SEEDS)
def test_dividing_by_n_underestimates_the_variance_of_small_samples(seed):
    torch.manual_seed(seed)
    small = torch.randn(10_000, 5)
    assert small.var(1, correction=0).mean() < 0.9
    assert abs(small.var(1).mean() - 1) < 0.05


@pytest.mark.parametrize("seed", SEEDS)
def test_dropout_is_a_scaled_bernoulli_mask(seed):
    p, a = 0.2, torch.rand(10_000) + 0.5
    torch.manual_seed(seed)
    ours = a * torch.empty_like(a).bernoulli_(1 - p) / (1 - p)
    torch.manual_seed(seed)
    assert torch.allclose(ours, F.dropout(a, p=p, training=True))
    binomial = D.Binomial(len(a), probs=p)
    assert abs(int((ours == 0).sum()) - binomial.mean) < 4 * binomial.stddev
    assert abs(ours.mean() / a.mean() - 1) < 0.02 and abs((ours * (1 - p)).mean() / a.mean() - (1 - p)) < 0.02


@pytest.mark.parametrize("seed", SEEDS)
def test_initialization_draws_follow_their_distributions(seed):
    torch.manual_seed(seed)
    weight = nn.Linear(784, 100).weight.detach()
    assert weight.abs().max() <= 1 / math.sqrt(784) and abs(weight.var() * 3 * 784 - 1) < 0.05
    assert abs(nn.init.normal_(torch.empty(100, 784), std=0.02).std() / 0.02 - 1) < 0.05


@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_uses_the_biased_variance_and_keeps_the_unbiased_one(seed):
    torch.manual_seed(seed)
    batch = torch.randn(32, 4) * 3 + 1
    batchnorm = nn.BatchNorm1d(4)
    out = batchnorm(batch)
    assert torch.allclose(out, (batch - batch.mean(0)) / torch.sqrt(batch.var(0, correction=0) + batchnorm.eps), atol=1e-5)
    assert torch.allclose(batchnorm.running_var, 0.9 + 0.1 * batch.var(0))


@pytest.fixture(scope="module")
def mnist():
    from course_lib.data import load_mnist
    return load_mnist(verbose=False)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_untrained_classifier_starts_near_log_10(mnist, seed):
    x_train, y_train, _, _ = mnist
    torch.manual_seed(seed)
    logits = nn.Linear(784, 10)(x_train[:1000].flatten(1))
    probs = torch.softmax(logits, dim=1)
    loss = F.cross_entropy(logits, y_train[:1000])
    assert abs(loss.item() - math.log(10)) < 0.1 and 0.02 < probs.min() and probs.max() < 0.3
    assert probs[torch.arange(1000), y_train[:1000]].prod() == 0


def test_pixel_statistics_and_the_bell_shape_of_averages(mnist):
    x_train = mnist[0]
    pixels = x_train[:1000].flatten()
    assert (pixels == 0).float().mean() > 0.5 and pixels.median() == 0 and pixels.mode().values == 0
    share = lambda v: ((v - v.mean()).abs() < v.std(correction=0)).float().mean().item()
    normal = math.erf(1 / math.sqrt(2))
    assert abs(share(x_train.flatten(1).mean(1)) - normal) < abs(share(pixels) - normal)


# ---------------------------------------------------------------- the shared helpers this chapter added

def test_samples_vs_formula_draws_bars_for_counts_and_a_line_for_densities():
    import matplotlib.pyplot as plt

    from course_lib.plots import samples_vs_formula
    fig, (left, right) = plt.subplots(1, 2)
    counts = torch.tensor([0.0, 1.0, 1.0, 3.0])
    samples_vs_formula(left, counts, torch.arange(0.0, 4.0), torch.tensor([0.25, 0.5, 0.0, 0.25]), discrete=True)
    heights = sorted(round(bar.get_height(), 3) for bar in left.patches)
    assert heights == [0.25, 0.25, 0.5]  # one bar per distinct value, as a share of the samples
    assert len(left.lines) == 1 and list(left.lines[0].get_ydata()) == [0.25, 0.5, 0.0, 0.25]
    samples_vs_formula(right, torch.randn(500), torch.linspace(-3, 3, 50), torch.ones(50), discrete=False)
    area = sum(bar.get_height() * bar.get_width() for bar in right.patches)
    assert abs(area - 1) < 1e-6 and len(right.lines[0].get_xdata()) == 50  # a density histogram, the pdf as a line
    plt.close(fig)


def _families():
    return {
        "Normal": (lambda mu, sigma: D.Normal(mu, sigma), lambda x, mu, sigma: D.Normal(mu, sigma).log_prob(x).exp(),
                   {"mu": ("μ", -3.0, 3.0, 0.1, 0.0), "sigma": ("σ", 0.2, 3.0, 0.1, 1.0)}),
        "Poisson": (lambda lam: D.Poisson(lam), lambda k, lam: D.Poisson(lam).log_prob(k).exp(),
                    {"lam": ("λ", 0.5, 15.0, 0.5, 3.0)}),
    }


def test_distribution_explorer_follows_its_controls_fast_and_leaves_the_random_state_alone():
    from course_lib.widgets import distribution_explorer
    torch.manual_seed(7)
    expected_next = torch.rand(3)
    torch.manual_seed(7)
    box = distribution_explorer(_families())
    assert torch.equal(torch.rand(3), expected_next)
    choose, knobs = box.children[0].children
    readout = box.children[1]
    assert [k.description for k in knobs.children] == ["μ", "σ"] and "0.000" in readout.value
    choose.value = "Poisson"
    assert [k.description for k in knobs.children] == ["λ"] and "3.000" in readout.value
    start = time.perf_counter()
    knobs.children[0].value = 10.0
    assert time.perf_counter() - start < 1.0
    assert "(formula 10.000)" in readout.value or "(सूत्र से 10.000)" in readout.value


def test_softmax_temperature_readout_follows_the_slider():
    from course_lib.widgets import softmax_temperature
    box = softmax_temperature(torch.tensor([2.0, 1.0, 0.1]), ["a", "b", "c"])
    slider, readout = box.children[0], box.children[1]
    assert "0.659" in readout.value and "1.000" in readout.value
    slider.value = 0.2
    assert "0.993" in readout.value
