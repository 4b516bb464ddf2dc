"""Drawn diagrams: a biological neuron beside an artificial one, and a fully connected network.

Everything is drawn with plain matplotlib shapes (no image files), and every label
comes through t(), so the picture speaks the student's language.
"""
import matplotlib.pyplot as plt
from matplotlib.patches import Circle, Ellipse, FancyArrowPatch, FancyBboxPatch

from . import plots
from .lang import t

# One colour per part, the same on both sides: what receives, what weighs, what sums, what sends.
RECEIVE, WEIGH, SUM, SEND = "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728"


def _arrow(ax, start, end, colour="black", width=1.2, style="-|>"):
    ax.add_patch(FancyArrowPatch(start, end, arrowstyle=style, mutation_scale=12, color=colour, lw=width))


def _label(ax, text, point, at, colour):
    ax.annotate(text, xy=point, xytext=at, color=colour, fontsize=9.5, ha="center", va="center",
                arrowprops=dict(arrowstyle="-", color=colour, lw=0.8))


def _biological(ax):
    """Dendrites, soma with nucleus, myelinated axon, axon terminals and a synapse with the next cell."""
    ax.set_title(t(hi="जैविक neuron", en="Biological neuron"))
    soma = (2.6, 2.0)
    for angle_end, bend in [((0.3, 3.5), (1.3, 3.0)), ((0.2, 2.1), (1.2, 2.3)), ((0.4, 0.5), (1.4, 1.1))]:
        ax.plot([angle_end[0], bend[0], soma[0] - 0.4], [angle_end[1], bend[1], soma[1] + (bend[1] - 2) * 0.3],
                color=RECEIVE, lw=2.2, solid_capstyle="round")
        for twig in (0.35, -0.35):  # each dendrite branches once more
            ax.plot([bend[0], bend[0] - 0.45], [bend[1], bend[1] + twig], color=RECEIVE, lw=1.4)
        # a synapse from an earlier neuron at the dendrite's tip: its strength is this neuron's weight w_i
        ax.add_patch(Circle(angle_end, 0.13, color=WEIGH, zorder=3))
    ax.add_patch(Ellipse(soma, 1.3, 1.1, color=SUM, alpha=0.35))
    ax.add_patch(Circle(soma, 0.2, color=SUM))
    ax.plot([soma[0] + 0.65, 7.6], [soma[1], soma[1]], color=SEND, lw=2.2)
    for start in (3.9, 5.0, 6.1):  # myelin sheath: insulating segments along the axon
        ax.add_patch(FancyBboxPatch((start, soma[1] - 0.16), 0.8, 0.32, boxstyle="round,pad=0.02",
                                    color=SEND, alpha=0.3))
    for dy in (0.5, 0.0, -0.5):  # axon terminals
        ax.plot([7.6, 8.3], [soma[1], soma[1] + dy], color=SEND, lw=1.6)
        ax.add_patch(Circle((8.35, soma[1] + dy), 0.09, color=SEND))
    ax.plot([8.65, 9.6], [soma[1] + 0.5, soma[1] + 0.9], color="grey", lw=2)  # the next neuron's dendrite
    ax.add_patch(Circle((8.52, soma[1] + 0.5), 0.22, fill=False, ls="--", color=WEIGH, lw=1.5))
    _label(ax, t(hi="dendrite: signal लेते हैं", en="dendrites: take signals in"), (0.6, 3.0), (1.6, 3.9), RECEIVE)
    _label(ax, t(hi="cell body (soma): जोड़ती है", en="cell body (soma): adds up"), (soma[0], soma[1] - 0.5),
           (2.6, 0.4), SUM)
    _label(ax, t(hi="axon: output भेजता है", en="axon: sends the output"), (5.5, soma[1] - 0.15), (5.6, 0.9), SEND)
    _label(ax, t(hi="synapse: दो neuron के बीच की कड़ी", en="synapse: junction of two neurons"),
           (8.55, soma[1] + 0.72), (8.3, 3.9), WEIGH)
    ax.text(9.7, soma[1] + 1.0, t(hi="अगला neuron", en="next neuron"), fontsize=8, color="grey", va="bottom",
            ha="right")


def _artificial(ax):
    """Inputs x1..x3, weighted arrows, bias, the sum z and the activation f giving a."""
    ax.set_title(t(hi="कृत्रिम neuron", en="Artificial neuron"))
    body = (4.6, 2.0)
    for i, y in enumerate((3.4, 2.0, 0.6), start=1):
        ax.add_patch(Circle((0.9, y), 0.35, color=RECEIVE, alpha=0.3))
        ax.text(0.9, y, f"$x_{i}$", ha="center", va="center", fontsize=12)
        _arrow(ax, (1.27, y), (body[0] - 0.95, body[1] + (y - 2) * 0.25), colour=WEIGH, width=1.6)
        ax.text(2.5, y - (y - 2) * 0.42 + 0.18, f"$w_{i}$", color=WEIGH, fontsize=12, ha="center")
    ax.add_patch(Circle(body, 0.9, color=SUM, alpha=0.3))
    ax.plot([body[0], body[0]], [body[1] - 0.9, body[1] + 0.9], color=SUM, lw=1)
    ax.text(body[0] - 0.45, body[1], r"$\Sigma$", ha="center", va="center", fontsize=16)
    ax.text(body[0] + 0.45, body[1], "$f$", ha="center", va="center", fontsize=16)
    _arrow(ax, (body[0] - 0.45, 3.9), (body[0] - 0.45, body[1] + 0.8), colour=SUM)
    ax.text(body[0] - 0.35, 3.8, "$b$", fontsize=12, color=SUM)
    _arrow(ax, (body[0] + 0.92, body[1]), (8.0, body[1]), colour=SEND, width=1.8)
    ax.text(8.1, body[1], "$a$", va="center", fontsize=13, color=SEND)
    ax.text(body[0] + 0.3, 0.25, r"$z = \sum_i w_i x_i + b$" + "\n" + r"$a = f(z)$", ha="center", va="center",
            fontsize=11, color=SUM)
    ax.text(0.9, 0.0, t(hi="input मान", en="input values"), ha="center", fontsize=9, color=RECEIVE)
    ax.text(2.5, 4.05, t(hi="weight: हर input का अपना", en="weights: one per input"), ha="center", fontsize=9,
            color=WEIGH)
    ax.text(7.0, 2.25, t(hi="output आगे जाता है", en="output, sent onward"), ha="center", fontsize=9, color=SEND)


def neuron_comparison():
    """Two panels: a biological neuron and the artificial neuron modelled on it, parts in matching colours."""
    plots.setup()
    fig, axes = plt.subplots(1, 2, figsize=(11, 3.5))
    _biological(axes[0])
    _artificial(axes[1])
    for ax in axes:
        ax.set_xlim(0, 9.8)
        ax.set_ylim(-0.3, 4.3)
        ax.set_aspect("equal")
        ax.axis("off")
    fig.tight_layout()
    return fig


def network(sizes, names=None, title=None, ax=None):
    """A fully connected network drawn as circles and lines: every neuron of a layer joined to every
    neuron of the next. sizes: neurons per layer, e.g. [2, 4, 1]; names: one label per layer (or the
    input/hidden/output defaults). Returns the axes; ax.lines holds exactly one line per weight."""
    plots.setup()
    if ax is None:
        _, ax = plt.subplots(figsize=(1.6 * len(sizes) + 0.6, 0.6 * max(sizes) + 1.2))
    if names is None:
        last = len(sizes) - 1
        plural = lambda n, word: f"{n} {word}" if n == 1 else f"{n} {word}s"
        names = [t(hi=f"{n} मान वाली\ninput layer", en=f"input layer\nof {plural(n, 'value')}") if i == 0 else
                 t(hi=f"{n} neuron वाली\noutput layer", en=f"output layer\nof {plural(n, 'neuron')}") if i == last else
                 t(hi=f"{n} neuron वाली\nhidden layer", en=f"hidden layer\nof {plural(n, 'neuron')}")
                 for i, n in enumerate(sizes)]
    colours = [RECEIVE] + [SUM] * (len(sizes) - 2) + [SEND]
    top = max(sizes)
    centres = [[(2.0 * i, (n - 1) / 2 - j) for j in range(n)] for i, n in enumerate(sizes)]
    for left, right in zip(centres, centres[1:]):
        for a in left:
            for b in right:
                ax.plot([a[0], b[0]], [a[1], b[1]], color=WEIGH, lw=0.9, alpha=0.7, zorder=1)
    for layer, colour, name in zip(centres, colours, names):
        for centre in layer:
            ax.add_patch(Circle(centre, 0.22, facecolor=colour, edgecolor="black", lw=0.8, zorder=2))
        ax.text(layer[0][0], (top - 1) / 2 + 0.55, name, ha="center", va="bottom", fontsize=9.5)
    ax.set_xlim(-0.8, 2.0 * (len(sizes) - 1) + 0.8)
    ax.set_ylim(-(top - 1) / 2 - 0.5, (top - 1) / 2 + 1.5)
    ax.set_aspect("equal")
    ax.axis("off")
    if title:
        ax.set_title(title)
    return ax
