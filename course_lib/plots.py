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
