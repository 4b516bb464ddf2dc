"""Chapter 11 (vanishing and exploding gradients): its claims on other seeds, and the widget helper it added.

The experiments are not copied here: the functions come from the chapter's own source
(notebooks/source/11_vanishing_gradients.py), so the notebook and these tests cannot drift apart.
The notebook checks each claim on seed 0; these tests check that it is no accident of that seed.
"""
import math

import conftest
import matplotlib
import pytest
import torch
from torch.nn.utils import clip_grad_norm_

from course_lib.data import load_mnist
from course_lib.models import gradient_norms, mlp, weight_layers

SEEDS = (1, 2, 3)


@pytest.fixture(scope="module")
def digits():
    x, y, x_test, y_test = load_mnist(verbose=False)
    return x[:1000].flatten(1), y[:1000], x_test.flatten(1), y_test


@pytest.fixture(scope="module")
def chapter(digits):
    _, _, x_test, y_test = digits
    return conftest.chapter_definitions(11, mlp=mlp, gradient_norms=gradient_norms, weight_layers=weight_layers,
                                        clip_grad_norm_=clip_grad_norm_, x_test=x_test, y_test=y_test)


def test_the_chain_is_a_product_of_factors(chapter):
    """Any |w| ≤ 1 shrinks the gradient at least 4× per layer; autograd equals the hand-made product."""
    generator = torch.Generator().manual_seed(11)
    for _ in range(5):
        weights = (torch.rand(5, generator=generator) * 2 - 1).tolist()
        biases = torch.randn(5, generator=generator).tolist()
        grads, product = chapter["chain_gradients"](weights, biases)
        assert math.isclose(grads[0].item(), product.item(), rel_tol=1e-4, abs_tol=1e-12)
        assert all(abs(grads[j]) <= abs(grads[j + 1]) / 4 for j in range(4))


@pytest.mark.parametrize("seed", SEEDS)
def test_layer_gradient_orderings_hold_on_other_seeds(chapter, digits, seed):
    x, y = digits[0][:256], digits[1][:256]
    ratio = {setup: chapter["first_to_last"](chapter["layer_gradients"](x, y, *setup, seed=seed))
             for setup in [("sigmoid", "default"), ("sigmoid", "xavier"), ("relu", "default"), ("relu", "he"),
                           ("tanh", "large")]}
    assert ratio["sigmoid", "default"] < ratio["sigmoid", "xavier"] < 1e-4 and ratio["sigmoid", "default"] < 1e-6
    assert ratio["relu", "default"] < 0.1 < 0.5 < ratio["relu", "he"] < 10
    assert 100 < ratio["tanh", "large"] < 1000


@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_and_residual_restore_the_flow_on_other_seeds(chapter, digits, seed):
    x, y = digits[0][:256], digits[1][:256]
    plain, batchnorm, residual = (chapter["first_to_last"](chapter["layer_gradients"](x, y, "sigmoid", "default", seed=seed,
                                                                                       **options))
                                  for options in ({}, {"batchnorm": True}, {"residual": True}))
    assert plain < 1e-6 and 0.3 < batchnorm < 10 and residual > 0.05
    assert min(batchnorm, residual) > 1e5 * plain
    exploding = chapter["first_to_last"](chapter["layer_gradients"](x, y, "tanh", "large", batchnorm=True, seed=seed))
    assert 0.5 < exploding < 3  # BatchNorm tames the exploding side too


@pytest.mark.parametrize("seed", SEEDS)
def test_nielsens_early_layers_learn_about_100_times_slower(chapter, digits, seed):
    speeds = chapter["learning_speeds"](chapter["nielsen_net"](seed=seed), digits[0], digits[1])
    assert all(a < b for a, b in zip(speeds, speeds[1:]))
    assert 50 < speeds[-1] / speeds[0] < 300  # the notebook's bounds; Nielsen's 0.285 / 0.003 ≈ 95


def test_our_clipping_equals_pytorchs_on_any_model(chapter, digits):
    for seed in SEEDS:
        ours, theirs = (mlp([784, 32, 32, 10], "tanh", "large", seed=seed) for _ in range(2))
        for model in (ours, theirs):
            torch.nn.functional.cross_entropy(model(digits[0][:32]), digits[1][:32]).backward()
        for max_norm in (0.5, 1e9):  # clipping, and a limit never reached
            total = chapter["clip_by_total_norm"](list(ours.parameters()), max_norm)
            assert torch.isclose(total, clip_grad_norm_(theirs.parameters(), max_norm))
            assert all(torch.allclose(a.grad, b.grad, atol=1e-6) for a, b in zip(ours.parameters(), theirs.parameters()))


@pytest.mark.parametrize("seed", (1, 3, 5))
def test_clipping_is_the_difference_at_a_large_learning_rate(chapter, digits, seed):
    x, y, x_test, y_test = digits
    final = {}
    for max_norm in (None, 1.0):
        model = mlp([784] + [64] * 6 + [10], "relu", "he", seed=seed)
        _, norms = chapter["train_sgd"](model, x, y, lr=1.0, steps=60, max_norm=max_norm, seed=seed)
        final[max_norm] = chapter["test_loss"](model, x_test, y_test), max(norms)
    # without clipping: a blow-up to nan (seed 0 and most others), or a run stuck at the chance-level loss ln 10
    assert not math.isfinite(final[None][0]) or final[None][0] > math.log(10) - 0.05
    assert final[1.0][0] < math.log(10) - 0.2 and final[1.0][1] < 100  # clipped: it learns


@pytest.mark.parametrize("seed", SEEDS)
def test_the_logger_flags_sigmoid_and_not_relu_he(chapter, digits, seed):
    x, y = digits[0], digits[1]
    sigmoid, sigmoid_right = chapter["logged_training"](chapter["nielsen_net"](seed=seed), x, y, seed=seed)
    relu, relu_right = chapter["logged_training"](mlp([784, 30, 30, 30, 30, 10], "relu", "he", seed=seed), x, y, seed=seed)
    assert (sigmoid[-1] / sigmoid[0]).median() > 30 and 0.3 < (relu[-1] / relu[0]).median() < 3
    assert (sigmoid[-1] / sigmoid[0]).min() > 10
    assert relu_right > 0.4 > 0.15 > sigmoid_right
    _, shallow_right = chapter["logged_training"](chapter["nielsen_net"](seed=seed, sizes=(784, 30, 10)), x, y, seed=seed)
    assert shallow_right > 0.4  # the control: one sigmoid hidden layer learns in the same steps


def test_the_logger_sees_what_autograd_computes(chapter):
    model = mlp([5, 4, 3], "sigmoid", seed=0)
    logger = chapter["GradientLogger"]([layer.bias for layer in weight_layers(model)])
    torch.nn.functional.cross_entropy(model(torch.randn(6, 5)), torch.tensor([0, 1, 2, 0, 1, 2])).backward()
    assert all(math.isclose(n[0], layer.bias.grad.norm().item(), rel_tol=1e-6)
               for n, layer in zip(logger.norms, weight_layers(model)))
    logger.remove()
    model(torch.randn(2, 5)).sum().backward()  # the hooks are gone: no more entries
    assert [len(n) for n in logger.norms] == [1, 1]


def test_controls_widget_draws_headless_and_redraws_on_change():
    from course_lib.widgets import controls
    matplotlib.use("Agg")
    seen = []

    def draw(**values):
        seen.append(values)
        import matplotlib.pyplot as plt
        return plt.figure()

    box = controls(draw, {"depth": ("depth", 2, 30, 1, 10), "activation": ("activation", ["sigmoid", "relu"]),
                          "init": ("init", {"PyTorch": "default", "He": "he"}), "batchnorm": ("BatchNorm", False),
                          "scale": ("scale", 0.0, 1.0, 0.1, 0.5)})
    assert seen == [{"depth": 10, "activation": "sigmoid", "init": "default", "batchnorm": False, "scale": 0.5}]
    assert type(box.knobs["depth"]).__name__ == "IntSlider" and type(box.knobs["scale"]).__name__ == "FloatSlider"
    box.knobs["depth"].value = 20
    box.knobs["init"].value = "he"
    box.knobs["batchnorm"].value = True
    assert seen[-1] == {"depth": 20, "activation": "sigmoid", "init": "he", "batchnorm": True, "scale": 0.5}
    assert len(seen) == 4


def test_at_a_small_learning_rate_both_learn_and_which_is_ahead_depends_on_the_seed(chapter, digits):
    x, y, x_test, y_test = digits
    ahead = set()
    for seed in (0, 1, 2):
        final = {}
        for max_norm in (None, 1.0):
            model = mlp([784] + [64] * 6 + [10], "relu", "he", seed=seed)
            chapter["train_sgd"](model, x, y, lr=0.1, steps=60, max_norm=max_norm, seed=seed)
            final[max_norm] = chapter["test_loss"](model, x_test, y_test)
        assert max(final.values()) < math.log(10) and abs(final[None] - final[1.0]) < 0.5
        ahead.add(final[1.0] < final[None])
        if len(ahead) == 2:
            break  # both orders seen: no need to train on the last seed
    assert ahead == {True, False}
