"""Chapter 08 (convolution): its claims on other seeds and data, and the shared helpers it added.

The functions are taken from the chapter's own source (notebooks/source/08_convolution.py), so the
notebook and these tests cannot drift apart. The notebook checks each claim once; these tests check
that it is no accident of that seed or that digit.
"""
import conftest
import pytest
import torch
import torch.nn.functional as F
from torch import nn

from course_lib.data import load_mnist
from course_lib.models import small_cnn
from course_lib.train import Adam, accuracy, fit


@pytest.fixture(scope="module")
def mnist():
    return load_mnist(verbose=False)


@pytest.fixture(scope="module")
def chapter(mnist):
    x_train, y_train, x_test, y_test = mnist
    return conftest.chapter_definitions(
        8, small_cnn=small_cnn, fit=fit, Adam=Adam, accuracy=accuracy,
        x_train=x_train, y_train=y_train, x_test=x_test, y_test=y_test)


# ---------------------------------------------------------------- from scratch = PyTorch, on random settings

@pytest.mark.parametrize("seed", (1, 2, 3))
def test_both_conv2d_from_scratch_equal_f_conv2d(chapter, seed):
    g = torch.Generator().manual_seed(seed)
    pick = lambda *options: options[torch.randint(len(options), (1,), generator=g).item()]
    for _ in range(4):
        n, c_in, c_out = pick(1, 2, 3), pick(1, 2, 3), pick(1, 4)
        kh, kw, stride, padding = pick(1, 2, 3), pick(1, 3, 4), pick(1, 2, 3), pick(0, 1, 2)
        h, w = pick(6, 9), pick(7, 10)
        x = torch.randn(n, c_in, h, w, generator=g)
        weight, bias = torch.randn(c_out, c_in, kh, kw, generator=g), torch.randn(c_out, generator=g)
        expected = F.conv2d(x, weight, bias, stride=stride, padding=padding)
        for name in ("conv2d_loops", "conv2d_unfold"):
            got = chapter[name](x, weight, bias, stride=stride, padding=padding)
            assert got.shape == expected.shape and torch.allclose(got, expected, atol=1e-4), name


def test_output_size_formula_matches_nn_conv2d_on_non_square_strides(chapter):
    for n in (3, 6, 11, 17):
        for k, s, p, d in [(3, 2, 0, 1), (4, 3, 1, 2), (5, 1, 2, 1), (2, 4, 3, 3)]:
            if d * (k - 1) + 1 <= n + 2 * p:
                layer = nn.Conv2d(1, 1, k, stride=s, padding=p, dilation=d)
                assert layer(torch.zeros(1, 1, n, n)).shape[-1] == chapter["output_size"](n, k, s, p, d)


def test_pooling_by_hand_equals_pytorch_for_other_sizes(chapter):
    x = torch.randn(2, 3, 12, 12)
    for size in (2, 3, 4):
        assert torch.equal(chapter["pool2d_loops"](x, size, "max"), F.max_pool2d(x, size))
        assert torch.allclose(chapter["pool2d_loops"](x, size, "average"), F.avg_pool2d(x, size), atol=1e-6)


def test_conv1d_by_hand_is_cross_correlation(chapter):
    x, w = torch.randn(20), torch.randn(5)
    assert torch.allclose(chapter["conv1d_loops"](x, w), F.conv1d(x.view(1, 1, -1), w.view(1, 1, -1)).flatten(), atol=1e-5)


# ---------------------------------------------------------------- the chapter's claims on other digits and seeds

SOBEL_X = torch.tensor([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])


def test_blur_smooths_and_sharpen_roughens_every_digit(chapter, mnist):
    blur = torch.full((1, 1, 3, 3), 1 / 9)
    sharpen = torch.tensor([[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]]).view(1, 1, 3, 3)
    roughness = chapter["roughness"]
    for img in mnist[0][:100]:
        smooth, crisp = (F.conv2d(img[None], k, padding=1)[0, 0] for k in (blur, sharpen))
        assert roughness(smooth) < roughness(img[0]) < roughness(crisp)


def test_sobel_x_beats_sobel_y_on_most_ones(mnist):
    ones = mnist[0][mnist[1] == 1][:50]
    vertical = F.conv2d(ones, SOBEL_X.view(1, 1, 3, 3), padding=1).abs().mean(dim=(1, 2, 3))
    horizontal = F.conv2d(ones, SOBEL_X.T.contiguous().view(1, 1, 3, 3), padding=1).abs().mean(dim=(1, 2, 3))
    assert (vertical > 1.3 * horizontal).float().mean() > 0.9           # the notebook asserts 1.3× on its one "1"


def test_pooling_lowers_the_change_under_a_shift_on_other_digits(chapter, mnist):
    edge = SOBEL_X.view(1, 1, 3, 3)
    edge_map = lambda x: F.relu(F.conv2d(x, edge, padding=1))
    for start in (200, 1000, 3000):
        digits = mnist[0][start:start + 200]
        plain = chapter["shift_change"](edge_map, digits)
        for pool in (F.max_pool2d, F.avg_pool2d):
            pooled = chapter["shift_change"](lambda x: pool(edge_map(x), 2), digits)
            assert 0.3 < pooled < plain and plain > 0.5


def test_receptive_fields_at_a_border_and_in_the_middle(chapter):
    torch.manual_seed(1)
    assert chapter["receptive_field"](nn.Conv2d(1, 1, 3, padding=1), row=0, col=0) == 4     # a corner: 2 × 2 inside
    assert chapter["receptive_field"](nn.Conv2d(1, 1, 5, padding=2)) == 25


@pytest.mark.parametrize("seed", (1, 2))
def test_small_cnn_learns_on_other_seeds(chapter, seed):
    model, test_accuracy = chapter["train_cnn"](seed=seed)
    assert test_accuracy > 0.8
    start = small_cnn(seed=seed)[0].weight.detach()                   # training really moved the first kernels
    assert 0.3 < (model[0].weight.detach() - start).norm() / start.norm() < 0.8       # "about half their size"
    kernels = model[0].weight.detach()[:, 0]
    assert (kernels.sum(dim=(1, 2)).abs() < 0.25 * kernels.abs().sum(dim=(1, 2))).sum() >= 1   # some edge-like


# ---------------------------------------------------------------- shared helpers this chapter added

def test_light_adam_matches_torch_optim_adam():
    torch.manual_seed(0)
    ours, theirs = nn.Linear(5, 3), nn.Linear(5, 3)
    theirs.load_state_dict(ours.state_dict())
    opt_ours, opt_theirs = Adam(ours.parameters(), lr=0.01), torch.optim.Adam(theirs.parameters(), lr=0.01)
    x, y = torch.randn(32, 5), torch.randn(32, 3)
    for _ in range(25):
        for model, opt in ((ours, opt_ours), (theirs, opt_theirs)):
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
    for a, b in zip(ours.parameters(), theirs.parameters()):
        assert torch.allclose(a, b, atol=1e-6)
    assert all(p.grad is not None for p in ours.parameters())   # step() leaves the last gradients in place
    opt_ours.zero_grad()
    assert all(p.grad is None for p in ours.parameters())


def test_kernel_editor_builds_headless_and_follows_its_controls(monkeypatch):
    import matplotlib.pyplot as plt

    from course_lib.widgets import kernel_editor
    drawn = []
    monkeypatch.setattr(plt, "show", lambda *a, **k: drawn.append(plt.gcf().axes[2].images[0].get_array().copy()))
    image = torch.zeros(28, 28)
    image[:, 14:] = 1.0                                                    # one vertical edge
    box = kernel_editor(image, {"identity": [[0, 0, 0], [0, 1, 0], [0, 0, 0]], "Sobel x": SOBEL_X.tolist()})
    assert len(drawn) == 1 and torch.allclose(torch.as_tensor(drawn[-1]), image)    # drawn at once: identity
    box.choose.value = "Sobel x"
    assert [c.value for c in box.cells] == SOBEL_X.flatten().tolist()
    assert len(drawn) == 2 and abs(drawn[-1][5:20, 13:15]).min() > 0 and abs(drawn[-1][5:20, 3:10]).max() == 0
    box.cells[4].value = 1.0                                              # one weight changed: one redraw
    assert len(drawn) == 3
    sharpen = [[0.0, -1.0, 0.0], [-1.0, 5.0, -1.0], [0.0, -1.0, 0.0]]   # a 5: beyond the default ±4 of the sliders
    box = kernel_editor(image, {"sharpen": sharpen})
    assert [c.value for c in box.cells] == sum(sharpen, [])              # loaded exactly, not clipped to 4
    plt.close("all")
