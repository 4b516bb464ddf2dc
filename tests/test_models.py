"""The shared models of chapters 07–12 do what their docstrings say."""
import math

import torch
from torch import nn

from course_lib import models


def test_mlp_layout_and_init_schemes():
    net = models.mlp([20, 64, 64, 3], activation="tanh", init="xavier", batchnorm=True, seed=0)
    assert net(torch.randn(8, 20)).shape == (8, 3)
    kinds = [type(m) for m in net[0]]
    assert kinds == [nn.Linear, nn.BatchNorm1d, nn.Tanh]
    wide = models.mlp([1000, 1000, 1000, 10], init="he", seed=0)
    assert abs(wide[0][0].weight.std().item() - math.sqrt(2 / 1000)) < 0.002
    assert models.mlp([5, 4, 2], init="zero")[0][0].weight.abs().sum() == 0
    default = models.mlp([400, 10, 2], seed=0)[0][0]
    assert default.weight.abs().max() <= 1 / math.sqrt(400)  # PyTorch's uniform ±1/√n_in
    assert default.bias.abs().sum() > 0  # default keeps PyTorch's bias; the others zero it


def test_residual_blocks_only_where_sizes_match():
    net = models.mlp([10, 32, 32, 32, 2], residual=True, seed=0)
    assert [isinstance(m, models.Residual) for m in net[:3]] == [False, True, True]
    block = net[1]
    x = torch.randn(4, 32)
    assert torch.allclose(block(x), x + block.block(x))


def test_hooks_watch_every_layer_and_leave_none_behind():
    net = models.mlp([30, 16, 16, 16, 4], activation="sigmoid", seed=0)
    outs = models.activations(net, torch.randn(5, 30))
    assert [o.shape for o in outs] == [(5, 16)] * 3 and all(((o > 0) & (o < 1)).all() for o in outs)
    assert not any(m._forward_hooks for m in net.modules())
    assert all(math.isnan(g) for g in models.gradient_norms(net))
    nn.functional.cross_entropy(net(torch.randn(5, 30)), torch.tensor([0, 1, 2, 3, 0])).backward()
    norms = models.gradient_norms(net)
    assert len(norms) == 4 and all(g > 0 for g in norms)


def test_small_cnn_takes_digits():
    cnn = models.small_cnn(seed=0)
    assert cnn(torch.randn(2, 1, 28, 28)).shape == (2, 10)
    assert len(models.weight_layers(cnn)) == 3


def test_gradient_norms_survive_tiny_and_huge_float32_gradients():
    net = models.mlp([4, 3, 2], seed=0)
    for layer, value in zip(models.weight_layers(net), (1e-25, 1e25)):
        layer.weight.grad = torch.full_like(layer.weight, value)
    tiny, huge = models.gradient_norms(net)
    assert math.isclose(tiny, 1e-25 * math.sqrt(12), rel_tol=1e-5)   # float32 squares: 1e-50 → 0
    assert math.isclose(huge, 1e25 * math.sqrt(6), rel_tol=1e-5)     # float32 squares: 1e50 → inf
