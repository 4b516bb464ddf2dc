"""Chapter 12 (DNN): its claims on other seeds, its hand-written SGD against torch.optim, and the helpers it added.

The experiments are not copied here: the functions come from the chapter's own source
(notebooks/source/12_dnn.py), so the notebook and these tests cannot drift apart. The notebook
checks each claim on seed 0; these tests check that it is no accident of that seed.
"""
import copy
import math

import conftest
import pytest
import torch
from torch import nn

from course_lib.data import load_mnist
from course_lib.models import RandomShift, mlp, shift, small_cnn, with_dropout
from course_lib.train import accuracy, fit


@pytest.fixture(scope="module")
def chapter():
    return conftest.chapter_definitions(12, copy=copy, mlp=mlp, with_dropout=with_dropout, RandomShift=RandomShift,
                                        shift=shift, fit=fit, accuracy=accuracy)


@pytest.fixture(scope="module")
def data(chapter):
    x_train, y_train, x_test, y_test = load_mnist(verbose=False)
    return chapter["slices"](x_train.flatten(1), y_train, x_test.flatten(1), y_test)


# ---------------------------------------------------------------- the chapter's claims, on other seeds

@pytest.mark.parametrize("seed", (1, 2))
def test_overfitting_and_the_four_cures_on_other_seeds(chapter, data, seed):
    baseline = mlp([784, 512, 256, 10], seed=seed)
    history, best = chapter["run"](baseline, data, seed=seed)
    val_loss = torch.tensor(history["val_loss"])
    assert history["train_acc"][-1] == 1.0 and history["val_acc"][-1] < 0.9        # memorised, not learned
    assert int(val_loss.argmin()) < len(val_loss) - 1 and val_loss[-1] > 1.1 * val_loss.min()  # val loss rises

    results = chapter["study"](data, seed=seed, done={"baseline": (baseline, (history, best))})
    base = results["baseline"]
    noise = 2 * math.sqrt(base["test_acc"] * (1 - base["test_acc"]) / len(data["test"][1]))
    assert all(r["test_acc"] < base["test_acc"] + noise for r in results.values())  # no cure better beyond noise
    assert results["L2"]["test_loss"] < base["test_loss"] - 0.1
    assert results["L2"]["val_loss"] < base["val_loss"] - 0.1
    assert results["augmentation"]["shifted_acc"] > base["shifted_acc"] + 0.2
    assert results["augmentation"]["train_acc"] < base["train_acc"]
    assert results["augmentation"]["test_loss"] < base["test_loss"]
    assert results["early stopping"]["epoch"] <= base["epoch"]


def test_the_regularised_twins_start_from_the_baselines_weights(chapter):
    twins = chapter["regularised"](seed=3)
    x = torch.rand(5, 784)
    outputs = [model.eval()(x) for model, _ in twins.values()]
    assert all(torch.equal(outputs[0], out) for out in outputs[1:])
    assert [wd for _, wd in twins.values()] == [0.0, 0.01, 0.0, 0.0]


def test_the_chapters_sgd_takes_torch_optims_steps(chapter):
    torch.manual_seed(0)
    mine, theirs = mlp([6, 5, 3]), mlp([6, 5, 3])
    theirs.load_state_dict(mine.state_dict())
    sgd = chapter["SGD"](mine.parameters(), lr=0.1, momentum=0.9, weight_decay=0.01)
    reference = torch.optim.SGD(theirs.parameters(), lr=0.1, momentum=0.9, weight_decay=0.01)
    x, y = torch.randn(20, 6), torch.randint(0, 3, (20,))
    for _ in range(5):
        for model, optimizer in ((mine, sgd), (theirs, reference)):
            loss = nn.functional.cross_entropy(model(x), y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
    assert all(torch.allclose(a, b, atol=1e-6) for a, b in zip(mine.parameters(), theirs.parameters()))


def test_multiply_adds_counts_convolutions_at_every_position(chapter):
    cnn = small_cnn(seed=0)
    by_hand = 8 * 1 * 9 * 28 * 28 + 16 * 8 * 9 * 14 * 14 + 10 * 16 * 7 * 7
    assert chapter["multiply_adds"](cnn, torch.zeros(1, 1, 28, 28)) == by_hand
    assert chapter["multiply_adds"](mlp([784, 512, 256, 10]), torch.zeros(1, 784)) == 784 * 512 + 512 * 256 + 256 * 10


def test_the_cnn_is_sturdier_under_shifts_on_another_seed(chapter):
    x_train, y_train, x_test, y_test = load_mnist(verbose=False)
    nets = {"MLP": mlp([784, 512, 256, 10], seed=1), "CNN": small_cnn(seed=1)}
    shifted = {}
    for name, net in nets.items():
        flat = name == "MLP"
        x, xt = (x_train.flatten(1), x_test.flatten(1)) if flat else (x_train, x_test)
        fit(net, x, y_train, nn.functional.cross_entropy, chapter["SGD"](net.parameters(), lr=0.05), epochs=1,
            batch_size=64, seed=1, progress=False)
        shifted[name] = chapter["evaluate"](net, shift(xt, 2, 2), y_test)[0]
    assert shifted["CNN"] > shifted["MLP"] + 0.05


# ---------------------------------------------------------------- the helpers chapter 12 added to course_lib.models

def test_shift_moves_images_without_wrapping_round():
    x = torch.arange(2 * 16.0).reshape(2, 1, 4, 4)
    right = shift(x, 1, 0)
    assert torch.equal(right[..., 1:], x[..., :-1]) and (right[..., 0] == 0).all()
    up = shift(x, 0, -2)
    assert torch.equal(up[..., :2, :], x[..., 2:, :]) and (up[..., 2:, :] == 0).all()
    assert torch.equal(shift(x.flatten(1), 1, 0), right.flatten(1))           # flat images too
    assert torch.equal(shift(x, 0, 0), x)


def test_random_shift_is_a_training_only_layer():
    torch.manual_seed(0)
    layer, x = RandomShift(2), torch.rand(200, 1, 8, 8)
    moved = layer(x)
    options = {(dx, dy): shift(x, dx, dy) for dx in range(-2, 3) for dy in range(-2, 3)}
    used = [next(k for k, s in options.items() if torch.equal(moved[i], s[i])) for i in range(len(x))]
    assert len(set(used)) > 15                         # each image gets its own shift, of at most 2 pixels
    assert torch.equal(layer.eval()(x), x)             # eval mode: unchanged
    assert torch.equal(RandomShift(0).train()(x), x)


def test_with_dropout_adds_dropout_after_each_hidden_block_only():
    net = mlp([10, 8, 6, 3], seed=0)
    dropped = with_dropout(net, 0.5)
    kinds = [type(m).__name__ for m in dropped]
    assert kinds == ["Sequential", "Dropout", "Sequential", "Dropout", "Linear"]
    x = torch.randn(4, 10)
    assert torch.equal(dropped.eval()(x), net.eval()(x))     # eval: the same network
    torch.manual_seed(0)
    assert not torch.equal(dropped.train()(x), net(x))       # training: neurons dropped
