"""Chapter 02's claims beyond the notebook's one setting, and its two shared helpers."""
import math
import time

import matplotlib
import pytest
import torch

matplotlib.use("Agg")


def _errors(f, slope, x, dtype):
    hs = torch.logspace(-15, 0, 61, dtype=torch.float64)
    x, h = torch.tensor(x, dtype=dtype), hs.to(dtype)
    forward = ((f(x + h) - f(x)) / h).double()
    central = ((f(x + h) - f(x - h)) / (2 * h)).double()
    return hs, (forward - slope).abs(), (central - slope).abs()


def _loglog_slope(h, error):
    lx, ly = h.log10(), error.log10()
    return (((lx - lx.mean()) * (ly - ly.mean())).sum() / ((lx - lx.mean()) ** 2).sum()).item()


CASES = {  # function, its derivative, a point: the chapter's x³ at 2, and others
    "x³ at 2": (lambda x: x**3, lambda x: 3 * x**2, 2.0),
    "x³ at 0.7": (lambda x: x**3, lambda x: 3 * x**2, 0.7),
    "sin at 1": (torch.sin, torch.cos, 1.0),
    "exp at 0.5": (torch.exp, torch.exp, 0.5),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_difference_errors_have_slopes_one_and_two_then_a_rounding_v(case):
    f, df, x = CASES[case]
    slope = df(torch.tensor(x, dtype=torch.float64)).item()
    hs, forward, central = _errors(f, slope, x, torch.float64)
    straight = (hs >= 1e-4) & (hs <= 1e-2)
    assert abs(_loglog_slope(hs[straight], forward[straight]) - 1) < 0.1
    assert abs(_loglog_slope(hs[straight], central[straight]) - 2) < 0.1
    best = {}
    for dtype in (torch.float64, torch.float32):
        eps = torch.finfo(dtype).eps
        hs, forward, central = _errors(f, slope, x, dtype)
        for name, error, rule in [("forward", forward, eps ** 0.5), ("central", central, eps ** (1 / 3))]:
            i = int(error.argmin())
            best[dtype, name] = hs[i].item(), error[i].item()
            assert rule / 10 < hs[i].item() < rule * 10, (dtype, name)   # the bottom of the V is where the rule says
            assert error[0] > 100 * error[i]                             # and at h = 1e-15 it has climbed again
        rounding = hs <= 1e-10 if dtype == torch.float64 else (hs >= 1e-7) & (hs <= 1e-5)
        noise = eps * abs(f(torch.tensor(x, dtype=torch.float64)).item()) / hs[rounding]   # ε·|f(x)|/h
        for error in (forward, central):
            ratio = error[rounding] / noise
            assert ratio.max() < 2 and ratio.median() > 0.05, dtype   # the rounding error is about ε·|f(x)|/h
    for name in ("forward", "central"):
        assert best[torch.float32, name][0] > best[torch.float64, name][0]
        assert best[torch.float32, name][1] > 1000 * best[torch.float64, name][1]


@pytest.mark.parametrize("seed", range(4))
def test_gradient_is_perpendicular_to_contours_uphill_and_the_steepest_rate(seed):
    g = torch.Generator().manual_seed(seed)
    functions = [lambda p: p[..., 0] ** 2 + 3 * p[..., 1] ** 2,
                 lambda p: torch.sin(p[..., 0]) * p[..., 1] + 0.5 * p[..., 0] ** 2]
    angles = torch.arange(3600, dtype=torch.float64) * math.pi / 1800
    directions = torch.stack([angles.cos(), angles.sin()], 1)
    for f in functions:
        for point in torch.rand(5, 2, generator=g, dtype=torch.float64) * 4 - 2:
            p = point.clone().requires_grad_(True)
            f(p).backward()
            gradient, length = p.grad, p.grad.norm()
            if length < 1e-3:
                continue
            delta = 1e-6
            rate = (f(point + delta * directions) - f(point - delta * directions)) / (2 * delta)
            assert torch.allclose(rate, directions @ gradient, atol=1e-6)
            assert abs(rate.max() - length) < 1e-4 * length
            side = torch.stack([-gradient[1], gradient[0]]) / length
            assert abs((f(point + delta * side) - f(point - delta * side)) / (2 * delta)) < 1e-6
            unit = gradient / length
            assert f(point + 1e-4 * unit) > f(point) > f(point - 1e-4 * unit)


@pytest.mark.parametrize("seed", range(3))
def test_numerical_gradient_agrees_with_autograd_and_is_far_slower(seed):
    torch.manual_seed(seed)
    n = 300
    inputs, targets = torch.randn(200, n, dtype=torch.float64), torch.randn(200, dtype=torch.float64)
    weights = torch.randn(n, dtype=torch.float64) / n**0.5

    def mse(w):
        return ((inputs @ w - targets) ** 2).mean()

    autograd_seconds = float("inf")
    for _ in range(5):  # the best of 5: other programs share the CPU
        start = time.perf_counter()
        w = weights.clone().requires_grad_(True)
        mse(w).backward()
        autograd_seconds = min(autograd_seconds, time.perf_counter() - start)
    start = time.perf_counter()
    numeric = torch.empty(n, dtype=torch.float64)
    for i in range(n):
        e = torch.zeros(n, dtype=torch.float64)
        e[i] = 1e-5
        numeric[i] = (mse(weights + e) - mse(weights - e)) / 2e-5
    numeric_seconds = time.perf_counter() - start
    assert (numeric - w.grad).abs().max() < 1e-8
    assert numeric_seconds > 10 * autograd_seconds


@pytest.mark.parametrize("seed", range(3))
def test_backward_is_the_product_of_local_derivatives(seed):
    g = torch.Generator().manual_seed(seed)
    x, w, b, y = (torch.randn(8, generator=g) for _ in range(4))
    w.requires_grad_(True)
    b.requires_grad_(True)
    a = torch.sigmoid(w * x + b)
    ((a - y) ** 2).sum().backward()
    a = a.detach()
    assert torch.allclose(w.grad, 2 * (a - y) * a * (1 - a) * x, atol=1e-6)
    assert torch.allclose(b.grad, 2 * (a - y) * a * (1 - a), atol=1e-6)


@pytest.mark.parametrize("seed", range(3))
def test_two_paths_add_up_the_multivariable_chain_rule(seed):
    g = torch.Generator().manual_seed(seed)
    for value in (torch.rand(5, generator=g, dtype=torch.float64) * 6 - 3).tolist():
        x = torch.tensor(value, dtype=torch.float64, requires_grad=True)
        (x**2 * torch.sin(x)).backward()
        through_u, through_v = math.sin(value) * 2 * value, value**2 * math.cos(value)
        assert math.isclose(x.grad.item(), through_u + through_v, rel_tol=1e-12, abs_tol=1e-12)


def test_grad_accumulates_and_is_none_before_backward():
    x = torch.tensor(2.0, requires_grad=True)
    assert x.grad is None
    for k in range(1, 4):
        (x**2 + x).backward()
        assert x.grad.item() == 5.0 * k


def test_secant_and_tangent_widget_updates_quickly_and_reports_the_right_slopes():
    from course_lib.widgets import secant_and_tangent
    box = secant_and_tangent(lambda v: v**3, x=2.0, x_range=(0.0, 4.0))
    (point, step), readout = box.children[0].children, box.children[1]
    assert "12" in readout.value
    started = time.perf_counter()
    point.value, step.value = 3.0, 1e-3
    assert time.perf_counter() - started < 2.0      # two redraws, on a shared CPU
    assert "f′(3.0) (autograd) = 27 " in readout.value
    central = ((3.001**3 - 2.999**3) / 0.002)
    assert f"{central:.10g}" in readout.value


def test_computational_graph_draws_every_node_and_edge():
    from course_lib.plots import computational_graph
    nodes = {"x": (0, 1, "x = 1"), "w": (0, 0, ("w = 2", "∂L/∂w = 3")), "L": (2, 0.5, "L = x·w")}
    edges = [("x", "L", "∂L/∂x = w"), ("w", "L", "∂L/∂w = x")]
    fig = computational_graph(nodes, edges, title="graph")
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.texts]
    for label in ["x = 1", "w = 2", "∂L/∂w = 3", "L = x·w", "∂L/∂x = w", "∂L/∂w = x"]:
        assert label in texts
    assert sum(1 for t in ax.texts if getattr(t, "arrow_patch", None) is not None) == len(edges)
    assert ax.get_title() == "graph"
