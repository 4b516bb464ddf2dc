"""Interactive helpers shared by chapters (ipywidgets)."""
import matplotlib.pyplot as plt
import torch

from . import plots
from .lang import t


def value_and_slope(f, x, **params):
    """f(x) and df/dx at every point of x, the slope taken by autograd."""
    with torch.enable_grad():
        x = x.detach().clone().requires_grad_(True)
        y = f(x, **params)
        (slope,) = torch.autograd.grad(y.sum(), x)
    return y.detach(), slope


def function_explorer(functions, params=None, x_range=(-6.0, 6.0)):
    """Pick a function, move a point along x, tune parameters; see f, f' and their values there.

    functions: {label: f(x, **params)}; params: {name: (Bi label, min, max, step, start)}.
    """
    import ipywidgets as w
    plots.setup()
    params = params or {}
    choose = w.Dropdown(options=list(functions), description=t(hi="फलन", en="Function"))
    point = w.FloatSlider(value=1.0, min=x_range[0], max=x_range[1], step=0.1, description="x")
    knobs = {name: w.FloatSlider(value=start, min=low, max=high, step=step, description=str(label))
             for name, (label, low, high, step, start) in params.items()}
    readout = w.HTML()
    figure = w.Output()
    xs = torch.linspace(*x_range, 400)

    def draw(_=None):
        f = functions[choose.value]
        values = {name: knob.value for name, knob in knobs.items()}
        ys, slopes = value_and_slope(f, xs, **values)
        y0, slope0 = value_and_slope(f, torch.tensor([point.value]), **values)
        readout.value = (f"<b>{choose.value}</b>: f({point.value:.1f}) = {y0.item():.4f} · "
                         f"f′({point.value:.1f}) = {slope0.item():.4f}")
        with figure:
            figure.clear_output(wait=True)
            fig = plots.function_and_derivative(
                xs, {choose.value: (ys, slopes)},
                title_f=t(hi="फलन f(x)", en="Function f(x)"),
                title_df=t(hi="उसका derivative f′(x)", en="Its derivative f′(x)"))
            for ax, value in zip(fig.axes, (y0, slope0)):
                ax.plot([point.value], [value.item()], "o", color="crimson")
            plt.show()

    for control in [choose, point, *knobs.values()]:
        control.observe(draw, names="value")
    draw()
    return w.VBox([w.HBox([choose, point, *knobs.values()]), readout, figure])



def decision_line(datasets, start=(1.0, 1.0, 0.0), weight_range=5.0, bias_range=20.0):
    """A perceptron's decision line w1·x1 + w2·x2 + b = 0 over real 2-D points: move w1, w2 and b with
    sliders and see, live, which points land on the right side (ŷ = 1 where w1·x1 + w2·x2 + b > 0).

    datasets: {label: (x of shape (N, 2), y of 0s and 1s, (name of x1, name of x2))}; start: (w1, w2, b).
    Returns the widget; its `.correct()` gives (points classified right, number of points) for the current line.
    """
    import ipywidgets as w
    plots.setup()
    choose = w.Dropdown(options=list(datasets), description=t(hi="data चुनें", en="data"),
                        layout=w.Layout(width="auto"))
    sliders = [w.FloatSlider(value=value, min=-limit, max=limit, step=0.1, description=name,
                             continuous_update=False)
               for name, value, limit in zip(("w1", "w2", "b"), start, (weight_range, weight_range, bias_range))]
    readout = w.HTML()
    figure = w.Output()

    def correct():
        x, y, _ = datasets[choose.value]
        w1, w2, b = (s.value for s in sliders)
        predicted = (x[:, 0] * w1 + x[:, 1] * w2 + b > 0).float()
        return int((predicted == y).sum()), len(y)

    def draw(_=None):
        x, y, (name1, name2) = datasets[choose.value]
        w1, w2, b = (s.value for s in sliders)
        right, total = correct()
        signed = lambda v: f"{'−' if v < 0 else '+'} {abs(v):.1f}"  # "+ 0.5", "− 5.5" rather than "+ -5.5"
        rule = f"{w1:.1f}·x1 {signed(w2)}·x2 {signed(b)} > 0"
        readout.value = t(hi=f"<b>सही वर्गीकृत: {right} / {total}</b> ({100 * right / total:.0f}%) · ŷ = 1 जहाँ {rule}",
                          en=f"<b>Classified right: {right} / {total}</b> ({100 * right / total:.0f}%) · ŷ = 1 where {rule}")
        low, high = x.min(0).values, x.max(0).values
        pad = 0.1 * (high - low)
        (x1_low, x2_low), (x1_high, x2_high) = (low - pad).tolist(), (high + pad).tolist()
        g1, g2 = torch.meshgrid(torch.linspace(x1_low, x1_high, 150), torch.linspace(x2_low, x2_high, 150),
                                indexing="xy")
        side = (g1 * w1 + g2 * w2 + b > 0).float()
        with figure:
            figure.clear_output(wait=True)
            fig, ax = plt.subplots(figsize=(5.4, 4.0))
            ax.imshow(side, origin="lower", extent=(x1_low, x1_high, x2_low, x2_high), aspect="auto",
                      cmap="coolwarm", vmin=-0.6, vmax=1.6, alpha=0.35, interpolation="nearest")
            for label, marker, colour in ((0, "o", "tab:blue"), (1, "s", "tab:red")):
                points = x[y == label]
                ax.scatter(points[:, 0], points[:, 1], marker=marker, s=22, color=colour, edgecolor="white",
                           lw=0.5, label=t(hi=f"वर्ग {label}", en=f"class {label}"))
            wrong = x[((x[:, 0] * w1 + x[:, 1] * w2 + b > 0).float() != y)]
            ax.scatter(wrong[:, 0], wrong[:, 1], marker="x", s=40, color="black",
                       label=t(hi="ग़लत वर्गीकृत", en="misclassified"))
            if 0 < side.sum() < side.numel():  # the line crosses the picture
                ax.contour(g1, g2, g1 * w1 + g2 * w2 + b, levels=[0], colors="black", linewidths=1.5)
            ax.set(xlim=(x1_low, x1_high), ylim=(x2_low, x2_high), xlabel=name1, ylabel=name2,
                   title=t(hi="लाल क्षेत्र: ŷ = 1 · नीला क्षेत्र: ŷ = 0", en="red region: ŷ = 1 · blue region: ŷ = 0"))
            ax.legend(loc="best", fontsize="small", framealpha=0.8)
            fig.tight_layout()
            plt.show()

    for control in [choose, *sliders]:
        control.observe(draw, names="value")
    draw()
    box = w.VBox([w.HBox([choose]), w.HBox(sliders), readout, figure])
    box.correct = correct
    return box


def secant_and_tangent(f, x=2.0, x_range=(0.0, 4.0), log10_h=-1.0):
    """Slide a point x and a step h: the secant through x and x + h turns into the tangent as h shrinks.

    f: a torch function, run in float64. Left panel: the curve, its tangent at x (slope by autograd)
    and the secant; right panel: the error of the forward and central differences against h, with the
    current h marked, so the student sees where shrinking h stops helping (floating-point rounding).
    """
    import ipywidgets as w
    plots.setup()
    point = w.FloatSlider(value=x, min=x_range[0], max=x_range[1], step=0.1, description="x")
    step = w.FloatLogSlider(value=10 ** log10_h, base=10, min=-14, max=0, step=0.25, description="h",
                            readout_format=".0e")
    readout, figure = w.HTML(), w.Output()
    xs = torch.linspace(*x_range, 200, dtype=torch.float64)
    ys = f(xs)
    hs = torch.logspace(-14, 0, 57, dtype=torch.float64)

    def draw(_=None):
        x0, h = torch.tensor(point.value, dtype=torch.float64), step.value
        y0, slope = (v.item() for v in value_and_slope(lambda v: f(v), x0))
        forward = ((f(x0 + h) - f(x0)) / h).item()
        central = ((f(x0 + h) - f(x0 - h)) / (2 * h)).item()
        readout.value = (f"h = {h:.1e} · f′({point.value:.1f}) (autograd) = {slope:.10g} · "
                         f"{t(hi='forward अनुमान', en='forward estimate')} = {forward:.10g} "
                         f"({t(hi='त्रुटि', en='error')} {abs(forward - slope):.1e}) · "
                         f"{t(hi='central अनुमान', en='central estimate')} = {central:.10g} "
                         f"({t(hi='त्रुटि', en='error')} {abs(central - slope):.1e})")
        forward_errors = ((f(x0 + hs) - f(x0)) / hs - slope).abs().clamp(min=1e-17)
        central_errors = ((f(x0 + hs) - f(x0 - hs)) / (2 * hs) - slope).abs().clamp(min=1e-17)
        with figure:
            figure.clear_output(wait=True)
            fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
            left.plot(xs, ys, color="black", label="f(x)")
            left.plot(xs, y0 + slope * (xs - point.value), "--", color="crimson",
                      label=t(hi="tangent (autograd की ढलान)", en="tangent (autograd slope)"))
            left.plot(xs, y0 + forward * (xs - point.value), color="tab:blue", alpha=0.8,
                      label=t(hi="secant: x से x + h तक", en="secant: from x to x + h"))
            left.plot([point.value, point.value + h], [y0, f(x0 + h).item()], "o", color="tab:blue")
            left.set_ylim(ys.min().item() - 1, ys.max().item() + 1)
            left.set(title=t(hi="h घटाइए: secant, tangent बन जाती है", en="Shrink h: the secant becomes the tangent"),
                     xlabel="x")
            left.legend(fontsize="small", loc="upper left")
            right.loglog(hs, forward_errors, label="forward")
            right.loglog(hs, central_errors, label="central")
            right.axvline(h, color="grey", ls=":")
            right.invert_xaxis()
            right.set(title=t(hi="इस x पर अनुमान की त्रुटि (h दाईं ओर घटता है)",
                              en="Error of the estimate at this x (h shrinks to the right)"),
                      xlabel="h", ylabel=t(hi="|त्रुटि|", en="|error|"))
            right.legend(fontsize="small")
            fig.tight_layout()
            plt.show()

    for control in (point, step):
        control.observe(draw, names="value")
    draw()
    return w.VBox([w.HBox([point, step]), readout, figure])


def sliders(draw, params):
    """Sliders that redraw one figure: `draw(**values)` makes a matplotlib figure from the slider values.

    params: {name: (label, min, max, step, start)} (an integer slider when all four are whole numbers).
    The sliders-only case of `controls`, which also offers dropdowns and checkboxes.
    """
    return controls(draw, params)


def descent_explorer(surfaces, methods, lr=(-3.0, 0.2, -1.0), steps=100, tol=1e-2):
    """Choose a loss surface, an optimizer and its learning rate η (log slider); see the path and the loss.

    surfaces: {label: (loss, start, span)} as for plots.descent_path; methods: {label: make(params, lr)},
    e.g. lambda p, lr: torch.optim.SGD(p, lr=lr); lr: (log10 of the lowest η, of the highest, of the first).
    The readout says after how many steps the loss fell below `tol`, or that it did not, or diverged.
    Drawn once at once, so it also works headless (nbval); redrawn when a control is released.
    """
    import io

    import ipywidgets as w
    from IPython.display import Image, display
    from matplotlib.ticker import LogFormatter

    from .train import descend
    plots.setup()
    surface = w.Dropdown(options=list(surfaces), description=t(hi="loss सतह", en="loss surface"), layout=w.Layout(width="auto"))
    method = w.Dropdown(options=list(methods), description=t(hi="तरीक़ा", en="method"), layout=w.Layout(width="auto"))
    rate = w.FloatLogSlider(value=10 ** lr[2], base=10, min=lr[0], max=lr[1], step=0.02, description="η",
                            readout_format=".4f", continuous_update=False)
    readout, figure = w.HTML(), w.Output()

    def result():
        loss, start, span = surfaces[surface.value]
        path, losses = descend(loss, start, lambda p: methods[method.value](p, rate.value), steps=steps)
        return path, losses

    def draw(_=None):
        loss, start, span = surfaces[surface.value]
        path, losses = result()
        reached = next((k for k, value in enumerate(losses) if value < tol), None)
        if len(losses) <= steps:
            text = t(hi=f"η = {rate.value:.4f}: <b>diverge कर गया</b> — कदम {len(losses) - 1} पर loss {losses[-1]:.1e} हो गया",
                     en=f"η = {rate.value:.4f}: <b>diverged</b> — loss {losses[-1]:.1e} at step {len(losses) - 1}")
        elif reached is None:
            text = t(hi=f"η = {rate.value:.4f}: {steps} कदम में loss {tol} से नीचे <b>नहीं</b> आया (आख़िर में {losses[-1]:.2g})",
                     en=f"η = {rate.value:.4f}: loss <b>not</b> below {tol} in {steps} steps (at the end {losses[-1]:.2g})")
        else:
            text = t(hi=f"η = {rate.value:.4f}: loss <b>{reached} कदम</b> में {tol} से नीचे आया",
                     en=f"η = {rate.value:.4f}: loss below {tol} after <b>{reached} steps</b>")
        readout.value = text
        with figure:
            figure.clear_output(wait=True)
            fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
            plots.descent_path(left, loss, path, span, title=t(hi="रास्ता", en="The path"))
            right.semilogy(range(len(losses)), [max(value, 1e-12) for value in losses], "o-", ms=2, lw=1)
            right.axhline(tol, color="grey", ls=":")
            right.set(title=t(hi="हर कदम पर loss", en="Loss at every step"), xlabel=t(hi="कदम", en="step"),
                      ylabel="L", xlim=(0, steps))
            right.yaxis.set_major_formatter(LogFormatter(10))             # plain labels (1e-06 … 100): no mathtext,
            right.yaxis.set_minor_formatter(LogFormatter(10, labelOnlyBase=False))   # whose first use costs 0.3 s
            fig.subplots_adjust(left=0.07, right=0.98, bottom=0.15, top=0.91, wspace=0.25)
            png = io.BytesIO()      # fixed margins, so drawn once (plt.show draws twice to find a tight bounding box)
            fig.savefig(png, format="png")
            plt.close(fig)
            display(Image(png.getvalue()))

    for control in (surface, method, rate):
        control.observe(draw, names="value")
    draw()
    controls = [c for c, options in ((surface, surfaces), (method, methods)) if len(options) > 1] + [rate]
    box = w.VBox([w.HBox(controls), readout, figure])
    box.result = result
    return box


def distribution_explorer(families, samples=2000, seed=0):
    """Pick a distribution and move its parameters: a histogram of samples drawn by PyTorch under the formula.

    families: {name: (make, formula, params)}, where make(**values) returns a torch.distributions
    object, formula(x, **values) is its pmf/pdf written out by hand, and params is
    {name: (label, min, max, step, start)}. The global random state is left untouched.
    """
    import math

    import ipywidgets as w
    plots.setup()
    choose = w.Dropdown(options=list(families), description="")
    knob_box, readout, figure = w.HBox(), w.HTML(), w.Output()
    knobs = {}

    def draw(_=None):
        make, formula, _params = families[choose.value]
        values = {name: knob.value for name, knob in knobs.items()}
        dist = make(**values)
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(seed)
            x = dist.sample((samples,)).float()
        discrete = dist.support.is_discrete
        mean, std, variance = dist.mean.item(), dist.stddev.item(), dist.variance.item()
        low, high = min(x.min().item(), mean - 4 * std), max(x.max().item(), mean + 4 * std, mean + 1)
        if discrete:
            grid = torch.arange(max(0, math.floor(low)), math.ceil(high) + 1.0)
            grid = grid[dist.support.check(grid)]
        else:
            grid = torch.linspace(low, high, 400)
        readout.value = t(
            hi=f"samples का mean {x.mean():.3f} (सूत्र से {mean:.3f}) · variance {x.var():.3f} (सूत्र से {variance:.3f})",
            en=f"mean of the samples {x.mean():.3f} (formula {mean:.3f}) · variance {x.var():.3f} (formula {variance:.3f})")
        with figure:
            figure.clear_output(wait=True)
            fig, ax = plt.subplots(figsize=(6, 3.2))
            plots.samples_vs_formula(ax, x, grid, formula(grid, **values), discrete, title=choose.value)
            ax.legend(fontsize="small")
            plt.show()

    def make_knobs(_=None):
        knobs.clear()
        for name, (label, low, high, step, start) in families[choose.value][2].items():
            knobs[name] = w.FloatSlider(value=start, min=low, max=high, step=step, description=str(label))
            knobs[name].observe(draw, names="value")
        knob_box.children = list(knobs.values())
        draw()

    choose.observe(make_knobs, names="value")
    make_knobs()
    return w.VBox([w.HBox([choose, knob_box]), readout, figure])


def softmax_temperature(logits, names, start=1.0):
    """Slide the temperature T and see softmax(z / T) as bars: a small T sharpens it, a large T flattens it."""
    import ipywidgets as w
    plots.setup()
    slider = w.FloatLogSlider(value=start, base=10, min=-1.3, max=1.3, step=0.05, description="T")
    readout, figure = w.HTML(), w.Output()

    def draw(_=None):
        p = torch.softmax(logits / slider.value, dim=0)
        readout.value = t(hi=f"सबसे बड़ी प्रायिकता {p.max():.3f} · सबसे छोटी {p.min():.3f} · जोड़ {p.sum():.3f}",
                          en=f"largest probability {p.max():.3f} · smallest {p.min():.3f} · sum {p.sum():.3f}")
        with figure:
            figure.clear_output(wait=True)
            fig, ax = plt.subplots(figsize=(6, 3))
            ax.bar(names, p.numpy())
            ax.set_ylim(0, 1)
            ax.set(title=f"softmax(z / T),  T = {slider.value:.2f}", ylabel=t(hi="प्रायिकता", en="probability"))
            plt.show()

    slider.observe(draw, names="value")
    draw()
    return w.VBox([slider, readout, figure])


def controls(draw, params):
    """Dropdowns, checkboxes and sliders that redraw one figure: `draw(**values)` makes a matplotlib figure.

    params: {name: (label, options)} for a dropdown (options: a list, or {shown label: value}),
    {name: (label, True/False)} for a checkbox, {name: (label, min, max, step, start)} for a slider
    (an IntSlider when all four are ints). Drawn once at once, so it also works headless (nbval);
    afterwards it redraws on every change. The returned box keeps its controls in `.knobs`.
    """
    import ipywidgets as w
    plots.setup()
    knobs = {}
    for name, (label, *spec) in params.items():
        if len(spec) == 1 and isinstance(spec[0], bool):
            knobs[name] = w.Checkbox(value=spec[0], description=str(label))
        elif len(spec) == 1:
            knobs[name] = w.Dropdown(options=spec[0], description=str(label))
        else:
            kind = w.IntSlider if all(isinstance(v, int) for v in spec) else w.FloatSlider
            low, high, step, start = spec
            knobs[name] = kind(value=start, min=low, max=high, step=step, description=str(label),
                               continuous_update=False)
    figure = w.Output()

    def redraw(_=None):
        with figure:
            figure.clear_output(wait=True)
            draw(**{name: knob.value for name, knob in knobs.items()})
            plt.show()

    for knob in knobs.values():
        knob.observe(redraw, names="value")
    redraw()
    box = w.VBox([w.HBox(list(knobs.values())), figure])
    box.knobs = knobs
    return box


def kernel_editor(image, presets, start=None):
    """A 3×3 kernel editor (chapter 08): pick a preset filter, change any of its 9 weights with sliders,
    and see the filtered image at once. image: (H, W) tensor; presets: {label: 3×3 nested list}.

    The feature map is F.conv2d(image, kernel, padding=1): cross-correlation, as in every deep-learning
    library. Drawn once at once, so it also works headless (nbval); redraws when a slider is released.
    """
    import ipywidgets as w
    import torch.nn.functional as F
    plots.setup()
    names = list(presets)
    choose = w.Dropdown(options=names, value=start or names[0], description=t(hi="filter चुनें", en="Choose a filter"),
                        style={"description_width": "initial"})
    limit = max([4.0] + [abs(float(v)) for k in presets.values() for row in k for v in row])   # sharpen has a 5
    cells = [w.FloatSlider(value=0.0, min=-limit, max=limit, step=0.25, continuous_update=False, readout_format=".2f",
                           layout=w.Layout(width="200px")) for _ in range(9)]
    grid = w.GridBox(cells, layout=w.Layout(grid_template_columns="repeat(3, 210px)"))
    figure = w.Output()
    loading = []
    pixels = image.reshape(1, 1, *image.shape[-2:]).float()

    def draw(_=None):
        if loading:
            return
        kernel = torch.tensor([c.value for c in cells]).view(3, 3)
        out = F.conv2d(pixels, kernel.view(1, 1, 3, 3), padding=1)[0, 0]
        with figure:
            figure.clear_output(wait=True)
            fig, axes = plt.subplots(1, 3, figsize=(8.4, 2.8))
            axes[0].imshow(pixels[0, 0], cmap="gray_r")
            axes[0].set_title(t(hi="input चित्र", en="input image"))
            top = max(kernel.abs().max().item(), 1e-6)
            axes[1].imshow(kernel, cmap="RdBu_r", vmin=-top, vmax=top)
            for (i, j), value in zip([(i, j) for i in range(3) for j in range(3)], kernel.flatten().tolist()):
                axes[1].text(j, i, f"{round(value, 2):g}", ha="center", va="center", fontsize=11)
            axes[1].set_title(t(hi="kernel: 3×3 weight का filter", en="kernel: a filter of 3×3 weights"))
            reach = max(out.abs().max().item(), 1e-6)
            shown = axes[2].imshow(out, cmap="RdBu_r", vmin=-reach, vmax=reach)
            fig.colorbar(shown, ax=axes[2], fraction=0.046)
            axes[2].set_title(t(hi="feature map (लाल +, नीला −)", en="feature map (red +, blue −)"))
            for ax in axes:
                ax.set_xticks([])
                ax.set_yticks([])
                ax.grid(False)
            fig.tight_layout()
            plt.show()

    def load(_=None):
        loading.append(True)
        for cell, value in zip(cells, torch.tensor(presets[choose.value], dtype=torch.float32).flatten().tolist()):
            cell.value = value
        loading.clear()
        draw()

    choose.observe(load, names="value")
    for cell in cells:
        cell.observe(draw, names="value")
    load()
    box = w.VBox([choose, grid, figure])
    box.choose, box.cells = choose, cells
    return box
