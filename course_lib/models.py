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


# ---------------------------------------------------------------- regularisers (chapter 12)

def shift(x, dx, dy):
    """Square images moved dx pixels right and dy pixels down (negative: left, up); the pixels that come in
    are 0 (black) and nothing wraps round, unlike torch.roll. x: (N, 1, H, H) images or (N, H·H) flat ones."""
    side = math.isqrt(x[0].numel())
    images = x.reshape(len(x), 1, side, side)
    p = max(abs(dx), abs(dy))
    padded = nn.functional.pad(images, (p, p, p, p))
    return padded[..., p - dy: p - dy + side, p - dx: p - dx + side].reshape(x.shape)


class RandomShift(nn.Module):
    """Data augmentation as a layer: in training mode every image moves by its own random whole-pixel
    shift of at most `pixels` in x and y (as `shift` does); in eval mode the input passes unchanged."""

    def __init__(self, pixels=2):
        super().__init__()
        self.pixels = pixels

    def forward(self, x):
        if not self.training or self.pixels == 0:
            return x
        side, p, n = math.isqrt(x[0].numel()), self.pixels, len(x)
        padded = nn.functional.pad(x.reshape(n, side, side), (p, p, p, p))
        dx, dy = (torch.randint(-p, p + 1, (n, 1)) for _ in range(2))
        rows = (p - dy + torch.arange(side)).unsqueeze(2)       # (n, side, 1): output row i reads row i − dy
        cols = (p - dx + torch.arange(side)).unsqueeze(1)       # (n, 1, side): output column j reads j − dx
        return padded[torch.arange(n).view(n, 1, 1), rows, cols].reshape(x.shape)


def with_dropout(model, p=0.5):
    """An `mlp` with nn.Dropout(p) after each hidden block (the same layer objects, not copies)."""
    *hidden, last = model
    return nn.Sequential(*[m for block in hidden for m in (block, nn.Dropout(p))], last)
