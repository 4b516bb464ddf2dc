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

