"""Chapter 09 (batch normalization): its claims on other seeds, from the chapter's own code.

The functions come from notebooks/source/09_batchnorm.py itself (conftest.chapter_definitions), so the
notebook and these tests cannot drift apart. The notebook checks each claim on seed 0; these tests
check that it is no accident of that seed. Kept short: a few tiny trainings on 2,000 digits.
"""
import copy
import math

import conftest
import pytest
import torch
from torch import nn

from course_lib.data import load_mnist
from course_lib.models import mlp

SEEDS = (1, 2)


@pytest.fixture(scope="module")
def chapter():
    return conftest.chapter_definitions(9, copy=copy)


@pytest.fixture(scope="module")
def digits():
    x, y, x_test, y_test = load_mnist(verbose=False)
    return x[:2000].flatten(1), y[:2000], x_test.flatten(1), y_test


@pytest.mark.parametrize("seed", SEEDS)
def test_scratch_batchnorm_matches_pytorch_in_both_modes_over_many_steps(chapter, seed):
    torch.manual_seed(seed)
    features = 7
    ours, pytorch = chapter["ScratchBatchNorm"](features), nn.BatchNorm1d(features)
    with torch.no_grad():
        for size in (2, 3, 16, 5, 64):  # the unbiased factor B/(B − 1) differs at every size
            batch = torch.randn(size, features) * 4 - 3
            expected = pytorch(batch)
            assert torch.allclose(ours(batch), expected, atol=1e-5)
            assert torch.allclose(chapter["batch_norm"](batch, torch.ones(features), torch.zeros(features)), expected, atol=1e-5)
            assert torch.allclose(ours.running_mean, pytorch.running_mean, atol=1e-5)
            assert torch.allclose(ours.running_var, pytorch.running_var, atol=1e-4)
        ours.training = False
        pytorch.eval()
        one = torch.randn(1, features)
        assert torch.allclose(ours(one), pytorch(one), atol=1e-5)


def test_batch_means_spread_like_sigma_over_root_b(chapter):
    values = torch.randn(2000, generator=torch.Generator().manual_seed(3)) * 2 + 5
    sigma = values.std(unbiased=False).item()
    spreads = [chapter["batch_means"](values, size, seed=1).std().item() for size in (2, 8, 64, 256)]
    assert spreads == sorted(spreads, reverse=True)
    assert all(0.75 < s / (sigma / math.sqrt(size)) < 1.25 for s, size in zip(spreads, (2, 8, 64, 256)))


@pytest.mark.parametrize("seed", SEEDS)
def test_batchnorm_stands_a_ten_times_larger_learning_rate(chapter, digits, seed):
    losses = {}
    for name, options in [("plain", {}), ("He", {"init": "he"}), ("BN", {"batchnorm": True})]:
        for lr in (0.3, 3.0):
            losses[name, lr] = chapter["train"](mlp([784, 100, 100, 10], seed=seed, **options), digits, lr)[0]
    steps = math.ceil(len(digits[0]) / 64)
    assert all(chapter["stable"](losses[name, 0.3], steps) for name in ("plain", "He", "BN"))
    assert chapter["stable"](losses["BN", 3.0], steps)
    assert not chapter["stable"](losses["plain", 3.0], steps) and not chapter["stable"](losses["He", 3.0], steps)


@pytest.mark.parametrize("seed", SEEDS)
def test_forgetting_eval_placement_and_recalibration(chapter, digits, seed):
    before = mlp([784, 100, 100, 10], batchnorm=True, seed=seed)
    before_losses, before_accuracies = chapter["train"](before, digits, 0.3)
    # forgetting model.eval(): batches of 2 collapse, and a digit's prediction depends on its batch
    forgetful = copy.deepcopy(before)
    train_mode = chapter["accuracy_in_batches"](forgetful, *digits[2:], 2, training=True)
    eval_mode = chapter["accuracy_in_batches"](before, *digits[2:], 2, training=False)
    assert train_mode < eval_mode - 0.3
    first, second = chapter["prediction_in_two_batches"](forgetful, digits[2], True)
    assert (first - second).abs().max() > 0.1
    first, second = chapter["prediction_in_two_batches"](forgetful, digits[2], False)
    assert torch.equal(first, second)
    # counting the running statistics afresh never costs accuracy here, and equals a large batch in training mode
    fresh = chapter["accuracy"](chapter["recalibrated"](before, digits[0]), *digits[2:])
    assert fresh >= before_accuracies[-1] - 0.01
    large_batch = chapter["accuracy_in_batches"](copy.deepcopy(before), *digits[2:], 1000, training=True)
    assert abs(fresh - large_batch) < 0.01
    # the culprit is the lag behind the changing weights, not the momentum-0.1 average: the same average gathered
    # on the final, frozen weights does as well as the recount
    frozen = copy.deepcopy(before)
    for module in frozen.modules():
        if isinstance(module, nn.BatchNorm1d):
            module.reset_running_stats()
    frozen.train()
    with torch.no_grad():
        for batch in torch.randperm(2000, generator=torch.Generator().manual_seed(seed)).repeat(2).split(64):
            frozen(digits[0][batch])
    assert abs(chapter["accuracy"](frozen, *digits[2:]) - fresh) < 0.015
    # placement: before the activation is a little ahead in this short training, and both learn
    after = chapter["bn_after_activation"](seed)
    after_losses, _ = chapter["train"](after, digits, 0.3)
    after_fresh = chapter["accuracy"](chapter["recalibrated"](after, digits[0]), *digits[2:])
    assert sum(before_losses[-32:]) < sum(after_losses[-32:])
    assert fresh > 0.8 and after_fresh > 0.8 and -0.01 < fresh - after_fresh < 0.1


def test_bias_before_batchnorm_gets_no_gradient():
    model = mlp([20, 16, 3], batchnorm=True, seed=4)
    x, y = torch.randn(32, 20), torch.randint(0, 3, (32,))
    nn.functional.cross_entropy(model(x), y).backward()
    linear = model[0][0]
    assert linear.bias.grad.abs().max() < 1e-6 < linear.weight.grad.norm()
