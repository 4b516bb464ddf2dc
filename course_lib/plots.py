"""Plots: matplotlib set up so Hindi titles, labels and legends are shaped correctly, plus shared helpers.

Devanagari needs a font that has it (Noto Sans Devanagari, from the PyPI package
fontpkg-noto-sans-devanagari, which also has Latin glyphs) and matplotlib >= 3.11,
which shapes matras and conjuncts instead of drawing letters one by one.
"""
import matplotlib
import matplotlib.pyplot as plt
from matplotlib import font_manager

FONT = "Noto Sans Devanagari"
_ready = False


def setup():
    """Register the Devanagari font and the course's plot style (once; cheap afterwards)."""
    global _ready
    if _ready:
        return
    import fontpkg_noto_sans_devanagari as noto
    for file in (noto.ROOT / "files").glob("*.ttf"):
        font_manager.fontManager.addfont(str(file))
    matplotlib.rcParams.update({
        "font.family": [FONT, "DejaVu Sans"],  # per-glyph fallback: DejaVu draws what Noto lacks
        "axes.unicode_minus": False,
        "figure.figsize": (6, 3.6),
        "figure.dpi": 100,
        "axes.grid": True,
        "grid.alpha": 0.3,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    _ready = True


def function_and_derivative(x, named_functions, title_f, title_df, axes=None):
    """Two panels: each function y=f(x) on the left and its derivative on the right.

    named_functions: {label: (f_values, df_values)}; returns the figure.
    """
    setup()
    if axes is None:
        fig, axes = plt.subplots(1, 2, figsize=(9, 3.4))
    else:
        fig = axes[0].figure
    for label, (f, df) in named_functions.items():
        axes[0].plot(x, f, label=label)
        axes[1].plot(x, df, label=label)
    for ax, title in zip(axes, (title_f, title_df)):
        ax.set_title(title)
        ax.set_xlabel("x")
        ax.axhline(0, color="grey", lw=0.8)
        ax.axvline(0, color="grey", lw=0.8)
    axes[0].legend(loc="upper left", fontsize="small")  # one legend: both panels share the colours
    fig.tight_layout()
    return fig


def history(hist, title, xlabel, ylabel):
    """Training curves from `train.fit`'s history (every list in it, one line each)."""
    setup()
    fig, ax = plt.subplots()
    for key, values in hist.items():
        ax.plot(range(1, len(values) + 1), values, label=key)
    ax.set(title=title, xlabel=xlabel, ylabel=ylabel)
    ax.legend()
    fig.tight_layout()
    return fig


def decision_regions(x, y, predict, title=None, xlabel="x1", ylabel="x2", ax=None, resolution=150):
    """2-D points of classes 0 and 1 over the regions a classifier gives them; mistakes crossed out.

    predict: a function from points of shape (M, 2) to M values, read as class 1 where > 0.5
    (a 0/1 decision or a probability). Returns the axes.
    """
    import torch
    from .lang import t
    setup()
    if ax is None:
        _, ax = plt.subplots(figsize=(4.6, 3.8))
    low, high = x.min(0).values, x.max(0).values
    (x1_low, x2_low), (x1_high, x2_high) = (low - 0.1 * (high - low)).tolist(), (high + 0.1 * (high - low)).tolist()
    g1, g2 = torch.meshgrid(torch.linspace(x1_low, x1_high, resolution),
                            torch.linspace(x2_low, x2_high, resolution), indexing="xy")
    with torch.no_grad():
        region = (predict(torch.stack([g1.flatten(), g2.flatten()], 1)).reshape(g1.shape) > 0.5).float()
        wrong = (predict(x).flatten() > 0.5).float() != y
    ax.imshow(region, origin="lower", extent=(x1_low, x1_high, x2_low, x2_high), aspect="auto",
              cmap="coolwarm", vmin=-0.6, vmax=1.6, alpha=0.35, interpolation="nearest")
    for label, marker, colour in ((0, "o", "tab:blue"), (1, "s", "tab:red")):
        ax.scatter(x[y == label, 0], x[y == label, 1], marker=marker, s=20, color=colour, edgecolor="white",
                   lw=0.5, label=t(hi=f"वर्ग {label}", en=f"class {label}"))
    ax.scatter(x[wrong, 0], x[wrong, 1], marker="x", s=40, color="black",
               label=t(hi=f"ग़लत: {int(wrong.sum())}", en=f"wrong: {int(wrong.sum())}"))
    ax.set(xlim=(x1_low, x1_high), ylim=(x2_low, x2_high), xlabel=xlabel, ylabel=ylabel)
    if title:
        ax.set_title(title)
    ax.legend(loc="best", fontsize="small", framealpha=0.8)
    return ax


def computational_graph(nodes, edges, title, figsize=(10, 4)):
    """A computational graph: boxes for the values, arrows for the operations, labelled with local derivatives.

    nodes: {name: (x, y, text)}, text may have several lines (e.g. the value and, in red below it, the gradient:
    give it as (text, gradient_text)); edges: [(from, to, label)]. Returns the figure.
    """
    setup()
    fig, ax = plt.subplots(figsize=figsize)
    boxes = {}
    for name, (x, y, text) in nodes.items():
        text, gradient = text if isinstance(text, tuple) else (text, None)
        boxes[name] = ax.text(x, y, text, ha="center", va="center", fontsize=10,
                              bbox=dict(boxstyle="round,pad=0.4", facecolor="#eef4fb", edgecolor="#4a78b0"))
        if gradient:
            ax.text(x, y - 0.32, gradient, ha="center", va="top", fontsize=9, color="crimson")
    for start, end, label in edges:
        (x0, y0, _), (x1, y1, _) = nodes[start], nodes[end]
        ax.annotate("", xy=(x1, y1), xytext=(x0, y0),  # the arrow stops at the edges of the two boxes
                    arrowprops=dict(arrowstyle="-|>", color="grey", shrinkA=2, shrinkB=2, lw=1.2,
                                    patchA=boxes[start].get_bbox_patch(), patchB=boxes[end].get_bbox_patch()))
        ax.text((x0 + x1) / 2, (y0 + y1) / 2 + 0.08, label, ha="center", va="bottom", fontsize=9, color="#333333")
    xs = [x for x, _, _ in nodes.values()]
    ys = [y for _, y, _ in nodes.values()]
    ax.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
    ax.set_ylim(min(ys) - 0.8, max(ys) + 0.6)
    ax.set_title(title)
    ax.axis("off")
    fig.tight_layout()
    return fig


def _contours(ax, loss, span):
    """Grey contours of a loss of two weights over span ((w1_low, w1_high), (w2_low, w2_high)), and the axes' limits."""
    import torch
    (x_low, x_high), (y_low, y_high) = span
    with torch.no_grad():
        g1, g2 = torch.meshgrid(torch.linspace(x_low, x_high, 200), torch.linspace(y_low, y_high, 200), indexing="xy")
        surface = loss(torch.stack([g1, g2]))
    levels = torch.logspace(-3, 0, 10) * surface.max()
    ax.contour(g1, g2, surface, levels=levels.tolist(), colors="grey", linewidths=0.7)
    ax.set(xlim=(x_low, x_high), ylim=(y_low, y_high), xlabel="w₁", ylabel="w₂")


def descent_path(ax, loss, path, span, title=None, colour="crimson"):
    """An optimizer's path drawn on a loss: over the curve L(w) for one weight, over its contours for two.

    loss(w) reads the coordinates as w[0] (and w[1]), so it also works on a whole grid of points;
    path: (points, 1) or (points, 2), e.g. from train.descend; span: the window, ((low, high),) or
    ((w1_low, w1_high), (w2_low, w2_high)); a path that leaves it has diverged. Returns the axes.
    """
    import torch
    from .lang import t
    setup()
    path = torch.as_tensor(path).detach()
    with torch.no_grad():
        if path.shape[1] == 1:
            (low, high), = span
            grid = torch.linspace(low, high, 300)
            curve = loss(grid.unsqueeze(0))
            ax.plot(grid, curve, color="grey", lw=1.5)
            points = torch.stack([path[:, 0], torch.stack([loss(p) for p in path])], 1)
            ax.set(xlim=(low, high), ylim=(curve.min().item() - 0.05 * curve.max().item(), 1.05 * curve.max().item()),
                   xlabel="w", ylabel="L(w)")
        else:
            _contours(ax, loss, span)
            points = path
    ax.plot(points[:, 0], points[:, 1], "o-", color=colour, ms=3, lw=1)
    ax.plot(points[0, 0], points[0, 1], "s", color="black", ms=6, label=t(hi="शुरुआत", en="start"))
    if title:
        ax.set_title(title)
    return ax


def samples_vs_formula(ax, samples, grid, formula_values, discrete, title=""):
    """One panel: samples drawn from a distribution as a histogram, its formula (pmf or pdf) drawn over it.

    discrete: bars give the share of samples at each value, dots the pmf; otherwise a
    density histogram and the pdf as a line. Returns ax.
    """
    import torch

    from .lang import t
    setup()
    samples = samples.detach().flatten().float()
    if discrete:
        values, counts = torch.unique(samples, return_counts=True)
        ax.bar(values.numpy(), (counts / len(samples)).numpy(), width=0.8, alpha=0.45,
               label=t(hi="samples का अनुपात", en="share of samples"))
        ax.plot(grid.numpy(), formula_values.numpy(), "o", color="crimson", ms=4, label=t(hi="सूत्र (pmf)", en="formula (pmf)"))
    else:
        ax.hist(samples.numpy(), bins=40, density=True, alpha=0.45, label=t(hi="samples का histogram", en="histogram of samples"))
        ax.plot(grid.numpy(), formula_values.numpy(), color="crimson", label=t(hi="सूत्र (pdf)", en="formula (pdf)"))
    ax.set_title(title)
    ax.set_xlabel("x")
    return ax


def descent_paths(ax, loss, paths, span, title=None, colours=("crimson", "tab:blue", "tab:green", "darkorange")):
    """Several optimizers' paths from one start on one loss of two weights, in one panel.

    The contours are drawn once (as descent_path draws them), each path in a colour of its own with its
    label for a legend (ax.legend() or fig.legend(); none is drawn here). paths: {label: (points, 2)},
    e.g. from train.descend; span: ((w1_low, w1_high), (w2_low, w2_high)). Returns the axes.
    """
    import itertools

    import torch
    from .lang import t
    setup()
    _contours(ax, loss, span)
    for (label, path), colour in zip(paths.items(), itertools.cycle(colours)):
        path = torch.as_tensor(path).detach()
        ax.plot(path[:, 0], path[:, 1], "o-", color=colour, ms=2.5, lw=1, label=label)
    start = torch.as_tensor(next(iter(paths.values()))).detach()[0]
    ax.plot(start[0], start[1], "s", color="black", ms=6, label=t(hi="शुरुआत", en="start"))
    if title:
        ax.set_title(title)
    return ax
