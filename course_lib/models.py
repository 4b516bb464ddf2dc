"""Small models the later chapters share, and hooks that watch them layer by layer.

    mlp([784, 512, 256, 10], activation="relu", init="he")     # chapters 07, 09–12
    small_cnn()                                                # chapters 08, 12
    activations(model, x)    -> each hidden layer's output     # chapter 10: statistics per layer
    gradient_norms(model)    -> ‖∂L/∂W‖ of each weight layer   # chapters 06, 11: after loss.backward()
"""
import math

import torch
from torch import nn

ACTIVATIONS = {"sigmoid": nn.Sigmoid, "tanh": nn.Tanh, "relu": nn.ReLU}
INITS = ("default", "zero", "small", "large", "xavier", "he")


def initialise(layer, init, activation="relu"):
    """Set a Linear/Conv layer's weights by a named scheme; every scheme but "default" zeroes the bias.

    default: what PyTorch does (uniform ±1/√n_in for nn.Linear);  zero: all 0;  small: N(0, 0.01²);
    large: N(0, 1);  xavier: Glorot normal, std = gain·√(2/(n_in+n_out));  he: Kaiming normal, std = √2/√n_in.
    """
    if init == "default":
        return layer
    weight = layer.weight
    with torch.no_grad():
        if init == "zero":
            weight.zero_()
        elif init == "small":
            weight.normal_(0.0, 0.01)
        elif init == "large":
            weight.normal_(0.0, 1.0)
        elif init == "xavier":
            nn.init.xavier_normal_(weight, gain=nn.init.calculate_gain(activation))
        elif init == "he":
            nn.init.kaiming_normal_(weight, nonlinearity="relu")
        else:
            raise ValueError(f"init must be one of {INITS}, not {init!r}")
        if layer.bias is not None:
            layer.bias.zero_()
    return layer


class Residual(nn.Module):
    """x + block(x): the skip connection of a residual network (chapter 11)."""

    def __init__(self, block):
        super().__init__()
        self.block = block

    def forward(self, x):
        return x + self.block(x)


def mlp(sizes, activation="relu", init="default", batchnorm=False, residual=False, seed=None):
    """A fully connected network: Linear → [BatchNorm1d] → activation for each hidden layer, then a Linear.

    sizes = [n_in, hidden…, n_out]. residual=True wraps each hidden block whose input and output sizes
    match as x + block(x). seed makes the initial weights reproducible.
    """
    if seed is not None:
        torch.manual_seed(seed)
    layers = []
    for n_in, n_out in zip(sizes[:-2], sizes[1:-1]):
        block = [initialise(nn.Linear(n_in, n_out), init, activation)]
        if batchnorm:
            block.append(nn.BatchNorm1d(n_out))
        block.append(ACTIVATIONS[activation]())
        layers.append(Residual(nn.Sequential(*block)) if residual and n_in == n_out else nn.Sequential(*block))
    layers.append(initialise(nn.Linear(sizes[-2], sizes[-1]), init, activation))
    return nn.Sequential(*layers)


def small_cnn(channels=(8, 16), classes=10, seed=None):
    """Two conv → ReLU → 2×2 max-pool stages on a 1×28×28 digit, then one Linear to the classes."""
    if seed is not None:
        torch.manual_seed(seed)
    first, second = channels
    return nn.Sequential(
        nn.Conv2d(1, first, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),       # 28×28 → 14×14
        nn.Conv2d(first, second, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),  # 14×14 → 7×7
        nn.Flatten(), nn.Linear(second * 7 * 7, classes))


def weight_layers(model):
    """The Linear and Conv2d layers of `model`, input side first."""
    return [m for m in model.modules() if isinstance(m, (nn.Linear, nn.Conv2d))]


def gradient_norms(model):
    """‖∂L/∂W‖ for each weight layer, input side first (call after loss.backward()). Summed in float64: in a
    deep network the squares of tiny (or huge) float32 gradients would underflow to 0 (or overflow to inf)."""
    return [layer.weight.grad.double().norm().item() if layer.weight.grad is not None else math.nan
            for layer in weight_layers(model)]


def activations(model, x):
    """The output of every activation module (Sigmoid, Tanh, ReLU…) when `model` runs on x, in order."""
    kinds = tuple(ACTIVATIONS.values()) + (nn.LeakyReLU, nn.GELU)
    outputs = []
    hooks = [m.register_forward_hook(lambda _m, _in, out: outputs.append(out.detach()))
             for m in model.modules() if isinstance(m, kinds)]
    try:
        with torch.no_grad():
            model(x)
    finally:
        for hook in hooks:
            hook.remove()
    return outputs
