"""The course's performance benchmark: one table, measured in one run, mostly as ratios.

    python -m course_lib.bench                 # full run (quiet machine, ~10-20 min) → BENCHMARKS.md
    python -m course_lib.bench --smoke         # the same code paths on the tiniest settings (CI): < 1 min
    python -m course_lib.bench --out FILE.md

Absolute times on shared machines are noisy, so most rows are ratios of two things measured
alternately (A, B, A, B, ...) in the same run, and the median of each side is reported; the table
states the machine, the date, the load average before and after, and the exact command.

Rows (name, value, goal, verdict, notes):
  import    start(n) vs `import torch` alone (time inside a fresh interpreter)
  data      the offline MNIST subset ready in a fresh process once its cache exists
  trainer   fit vs an idiomatic DataLoader loop (same model, seed, data, batch size, epochs), with the
            per-epoch evaluation a student would use; fit's share spent on its training-set metric
  matmul    the 784→512→256→10 MLP's forward+backward GFLOP/s at batch 256 vs a large square matmul
  chapters  every notebooks/en/NN_*.ipynb Run All headless with nbclient (cells' wall time, kernel CPU);
            one chapter while another chapter runs, default threads vs COURSE_THREADS=2
  grading   python -m course_lib.grade per notebook (warm pool, and --cold-kernels) vs bare
            `jupyter nbconvert --execute`; 2 workers vs 1 (on a bigger class: each run's fixed cost is paid once)

Hidden helper mode, used for the CPU-heavy background process: --busy NOTEBOOK runs it in a loop.
"""
import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks" / "en"
KERNEL = "dl-course"
SIZES = [784, 512, 256, 10]
PASS, FAIL, INFO = "✔ meets", "✖ misses", "· info"
_PROBE = ("import resource as _r; _u = _r.getrusage(_r.RUSAGE_SELF); "
          "print('CPU', _u.ru_utime + _u.ru_stime)")


class Row:
    def __init__(self, name, value, unit, goal=None, ok=None, notes=""):
        self.name, self.value, self.unit, self.goal, self.ok, self.notes = name, value, unit, goal, ok, notes

    @property
    def verdict(self):
        return INFO if self.ok is None else PASS if self.ok else FAIL

    def cells(self):
        value = f"{self.value:.3g}" if abs(self.value) < 100 else f"{self.value:.0f}"
        return [self.name, f"{value} {self.unit}".strip(), self.goal or "—", self.verdict, self.notes]


def _median(values):
    return statistics.median(values)


def _alternate(repeats, *measures):
    """Run each measure `repeats` times, alternating and rotating the order; the list of results of each."""
    results = [[] for _ in measures]
    for r in range(repeats):
        for k in range(len(measures)):
            i = (k + r) % len(measures)
            results[i].append(measures[i]())
    return results


def _python(code, env=None, timeout=600):
    """Run `code` in a fresh interpreter; its stdout's last line as JSON."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT, env=dict(os.environ, **(env or {})))
    if done.returncode:
        raise RuntimeError(f"{code!r} failed: {done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- machine

def machine():
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    import torch

    from . import threads
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cores": cores, "cpu": model, "torch": torch.__version__, "threads": threads(),
            "python": platform.python_version(), "os": platform.platform(terse=True)}


def _load():
    try:
        return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())
    except OSError:
        return "n/a"


# ---------------------------------------------------------------- import and data

_IMPORT_TORCH = ("import time, json; t = time.perf_counter(); import torch; "
                 "print(json.dumps(time.perf_counter() - t))")
_START = ("import time, json, io, contextlib{before}\nt = time.perf_counter()\n"
          "with contextlib.redirect_stdout(io.StringIO()):\n"
          "    from course_lib import start; start(7)\n"
          "print(json.dumps(time.perf_counter() - t))")
_IMPORT_START = _START.format(before="")                                    # start() in a fresh interpreter
_START_AFTER_CELL = _START.format(before="; import torch; import matplotlib.pyplot as plt")   # as a chapter's cell


def bench_import(repeats, home):
    env = {"COURSE_HOME": home, "MPLBACKEND": "Agg"}
    torch_alone, start, own = _alternate(repeats, lambda: _python(_IMPORT_TORCH, env),
                                         lambda: _python(_IMPORT_START, env), lambda: _python(_START_AFTER_CELL, env))
    a, b, c = _median(torch_alone), _median(start), _median(own)
    return [Row("import: start(n) / `import torch` alone", b / a, "×", "≤ 1.3×", b / a <= 1.3,
                f"medians of {repeats}, inside a fresh interpreter: start {b:.2f} s, import torch {a:.2f} s"),
            Row("import: start(n) after the chapter's own imports (torch, matplotlib.pyplot)", c, "s", None, None,
                f"what course_lib itself adds to a chapter's first cell, which imports both before start(); "
                f"median of {repeats}")]


_DATA = ("import time, json; from course_lib.data import load_mnist; t = time.perf_counter(); "
         "x = load_mnist(verbose=False); first = time.perf_counter() - t; t = time.perf_counter(); "
         "load_mnist(verbose=False); print(json.dumps([first, time.perf_counter() - t, len(x[0]) + len(x[2])]))")


def bench_data(repeats, home):
    env = {"COURSE_HOME": home, "COURSE_DOWNLOAD": "0"}
    _python(_DATA, env)  # the first use ever: parses and writes the cache if there is none yet
    runs = [_python(_DATA, env) for _ in range(repeats)]
    fresh, again, n = _median([r[0] for r in runs]), _median([r[1] for r in runs]), runs[0][2]
    return [Row("data: MNIST ready in a new process after first use", fresh, "s", "≤ 0.2 s", fresh <= 0.2,
                f"{n:,} images, COURSE_DOWNLOAD=0; median of {repeats}; same process again: {again * 1e3:.2f} ms")]


# ---------------------------------------------------------------- trainer

def _mnist_flat():
    from .data import load_mnist
    x_train, y_train, x_test, y_test = load_mnist(verbose=False)
    return x_train.flatten(1), y_train, x_test.flatten(1), y_test


def _model_and_optimizer():
    import torch

    from .models import mlp
    model = mlp(SIZES, activation="relu", seed=0)
    return model, torch.optim.Adam(model.parameters(), lr=1e-3)


def train_with_fit(data, epochs, batch_size, metric=True):
    """As a chapter does: fit with the training-set metric and the test set as validation."""
    import torch.nn.functional as F

    from .train import accuracy, fit
    x_train, y_train, x_test, y_test = data
    model, optimizer = _model_and_optimizer()
    began = time.perf_counter()
    fit(model, x_train, y_train, F.cross_entropy, optimizer, epochs=epochs, batch_size=batch_size,
        x_val=x_test, y_val=y_test, metric=accuracy if metric else None, seed=0, progress=False)
    seconds = time.perf_counter() - began
    final = accuracy(_eval(model, x_test), y_test)
    return seconds, final


def _eval(model, x):
    import torch
    model.eval()
    with torch.no_grad():
        return model(x)


def train_with_dataloader(data, epochs, batch_size):
    """The idiomatic loop: TensorDataset + DataLoader(shuffle=True), running training loss/accuracy from the
    batches already computed, and loss/accuracy on the test set after each epoch."""
    import torch
    import torch.nn.functional as F

    from .train import accuracy
    x_train, y_train, x_test, y_test = data
    model, optimizer = _model_and_optimizer()
    began = time.perf_counter()
    loader = _loader(data, batch_size)
    history = []
    for _ in range(epochs):
        model.train()
        total, correct = 0.0, 0
        for xb, yb in loader:
            out = model(xb)
            loss = F.cross_entropy(out, yb)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            total += loss.item() * len(xb)
            correct += (out.argmax(1) == yb).sum().item()
        model.eval()
        with torch.no_grad():
            out = model(x_test)
            history.append((total / len(x_train), correct / len(x_train),
                            F.cross_entropy(out, y_test).item(), accuracy(out, y_test)))
    seconds = time.perf_counter() - began
    return seconds, history[-1][3]


def _loader(data, batch_size):
    """The idiomatic loop's DataLoader over the training digits: TensorDataset, shuffled by a sampler that draws
    each epoch's order as fit does (torch.randperm, one generator seeded 0), so both train on the same batches
    and must end at the same accuracy. (shuffle=True would draw other orders: DataLoader takes a seed from its
    generator first, and 3 epochs on other orders end 2-3 points apart on 1,000 test digits.)"""
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    class SameShuffleAsFit(torch.utils.data.Sampler):
        def __init__(self, n):
            self.n, self.generator = n, torch.Generator().manual_seed(0)

        def __len__(self):
            return self.n

        def __iter__(self):
            return iter(torch.randperm(self.n, generator=self.generator).tolist())
    return DataLoader(TensorDataset(data[0], data[1]), batch_size=batch_size, sampler=SameShuffleAsFit(len(data[0])))


def _dataloader_alone(data, batch_size):
    """Seconds of one epoch of the idiomatic loop's DataLoader, with no model: its whole own cost."""
    loader = _loader(data, batch_size)
    began = time.perf_counter()
    for _ in loader:
        pass
    return time.perf_counter() - began


def bench_trainer(batch_sizes, epochs, repeats, digits=None):
    import torch
    data = _mnist_flat()
    if digits:
        data = (data[0][:digits], data[1][:digits], data[2], data[3])
    adam_row, (_, per_tensor_ms, fused_ms) = bench_optimizer(repeats)
    rows = []
    for batch_size in batch_sizes:
        fits, loops, bare = _alternate(repeats, lambda: train_with_fit(data, epochs, batch_size),
                                       lambda: train_with_dataloader(data, epochs, batch_size),
                                       lambda: train_with_fit(data, epochs, batch_size, metric=False))
        t_fit, t_loop, t_bare = (_median([s for s, _ in runs]) for runs in (fits, loops, bare))
        acc_fit, acc_loop = fits[0][1] * 100, loops[0][1] * 100
        ratio = t_loop / t_fit
        same = abs(acc_fit - acc_loop) <= 0.5
        loader = epochs * _median([_dataloader_alone(data, batch_size) for _ in range(repeats)])
        steps = epochs * -(-len(data[0]) // batch_size)
        step_saving = steps * (per_tensor_ms - fused_ms) / 1e3
        ceiling = t_loop / max(1e-9, t_loop - loader - step_saving)   # the same arithmetic, nothing else around it
        rows.append(Row(f"trainer: DataLoader loop / fit, batch {batch_size}", ratio, "×", "≥ 1.3× at ±0.5 point",
                        ratio >= 1.3 and same,
                        f"fit {t_fit:.2f} s, loop {t_loop:.2f} s; test accuracy fit {acc_fit:.1f}%, loop {acc_loop:.1f}% "
                        f"(the same shuffles, so the same batches); {epochs} epoch(s) of {len(data[0]):,} digits, "
                        f"torch.optim.Adam, {torch.get_num_threads()} thread(s), medians of {repeats}. Where the time "
                        f"can go: {steps} Adam steps at {per_tensor_ms:.1f} ms as constructed vs {fused_ms:.1f} ms "
                        f"fused (fit's choice) save {step_saving:.2f} s, and the DataLoader alone takes {loader:.2f} s; "
                        f"the rest is the same forward, backward and evaluation in both, so no loop doing the same "
                        f"arithmetic beats this one by more than {ceiling:.2f}×"))
        rows.append(Row(f"trainer: fit's share in its training-set metric, batch {batch_size}",
                        100 * max(0.0, t_fit - t_bare) / t_fit, "%", None, None,
                        f"fit without metric= {t_bare:.2f} s vs with {t_fit:.2f} s (the metric is taken once per epoch "
                        f"on the outputs the training steps computed)"))
    rows.append(adam_row)
    return rows


def bench_optimizer(repeats):
    """One optimizer step on the MLP's parameters: the course's own Adam (chapter 04), torch.optim.Adam as
    constructed (one loop per tensor on CPU) and with fused=True (what fit switches it to)."""
    import torch

    from .train import Adam
    model, torch_adam = _model_and_optimizer()
    for p in model.parameters():
        p.grad = torch.randn_like(p)
    course_adam = Adam(model.parameters(), lr=1e-3)
    fused = torch.optim.Adam(model.parameters(), lr=1e-3, fused=True)

    def per_step(optimizer, steps=20):
        def measure():
            optimizer.step()
            began = time.perf_counter()
            for _ in range(steps):
                optimizer.step()
            return (time.perf_counter() - began) / steps * 1e3
        return measure
    times = ours, theirs, fast = tuple(_median(r) for r in _alternate(
        repeats + 2, per_step(course_adam), per_step(torch_adam), per_step(fused)))
    return Row("trainer: Adam step, course_lib.train.Adam / torch.optim.Adam", ours / theirs, "×", None, None,
               f"{ours:.1f} vs {theirs:.1f} ms a step ({sum(p.numel() for p in model.parameters()):,} parameters); "
               f"torch Adam(fused=True) {fast:.1f} ms"), times


# ---------------------------------------------------------------- matmul peak

def mlp_flops(batch, sizes=SIZES):
    """FLOPs of one forward+backward really computed: 2·B·n_in·n_out per Linear forward, ×3 with backward
    (grad of the weights and of the input), minus the first layer's grad-input (x needs no grad)."""
    forward = sum(2 * batch * a * b for a, b in zip(sizes[:-1], sizes[1:]))
    return 3 * forward - 2 * batch * sizes[0] * sizes[1]


def bench_matmul(n, batch, repeats, seconds_each):
    import torch
    import torch.nn.functional as F

    from .models import mlp
    torch.manual_seed(0)
    a, b = torch.randn(n, n), torch.randn(n, n)
    model = mlp(SIZES, activation="relu", seed=0)
    x, y = torch.randn(batch, SIZES[0]), torch.randint(0, SIZES[-1], (batch,))

    def rate(step, flops):
        def measure():
            step()  # warm
            count, began = 0, time.perf_counter()
            while True:
                step()
                count += 1
                elapsed = time.perf_counter() - began
                if elapsed >= seconds_each:
                    return flops * count / elapsed / 1e9
        return measure

    def square():
        torch.mm(a, b)

    def train_step():
        model.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()

    peaks, nets = _alternate(repeats, rate(square, 2 * n ** 3), rate(train_step, mlp_flops(batch)))
    peak, net = _median(peaks), _median(nets)
    return [Row(f"matmul: MLP fwd+bwd at batch {batch} / matmul peak", 100 * net / peak, "%", "≥ 70%", net / peak >= 0.7,
                f"MLP {'→'.join(map(str, SIZES))} {net:.1f} GFLOP/s ({mlp_flops(batch) / 1e6:.1f} MFLOP a step) vs "
                f"{n}×{n} matmul {peak:.1f} GFLOP/s, {torch.get_num_threads()} thread(s), medians of {repeats}")]


# ---------------------------------------------------------------- chapters

def run_notebook(path, env=None, on_start=None, allow_errors=False):
    """Run All of one notebook in a fresh `dl-course` kernel (as nbval does): cells' wall time, the kernel's
    CPU seconds in them, and the kernel's start-up time."""
    import nbformat
    from nbclient import NotebookClient
    nb = nbformat.read(str(path), as_version=4)
    client = NotebookClient(nb, timeout=600, kernel_name=KERNEL, allow_errors=allow_errors,
                            resources={"metadata": {"path": str(Path(path).parent)}})
    began = time.perf_counter()
    with client.setup_kernel(env=dict(os.environ, **(env or {}))):
        def cpu():
            cell = nbformat.v4.new_code_cell(_PROBE)
            client.execute_cell(cell, 0)
            return float(cell.outputs[0]["text"].split()[1])
        c0 = cpu()
        started = time.perf_counter()
        if on_start:
            on_start()
        for i, cell in enumerate(nb.cells):
            client.execute_cell(cell, i)
        ended = time.perf_counter()
        c1 = cpu()
    failed = [cell for cell in nb.cells if any(o.get("output_type") == "error" for o in cell.get("outputs", []))]
    return {"wall": ended - started, "cpu": c1 - c0, "startup": started - began, "failed": len(failed),
            "error": next((o["ename"] + ": " + o["evalue"][:80] for c in failed for o in c.outputs
                           if o.get("output_type") == "error"), None)}


def chapters(smoke):
    found = sorted(p for p in NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
    return found[:1] if smoke else found


def bench_chapters(paths, home):
    env = {"COURSE_HOME": home}
    rows, runs = [], {}
    for path in paths:
        run = runs[path] = run_notebook(path, env)
        rows.append(Row(f"chapter {path.stem}: Run All", run["wall"], "s", "≤ 10 s", run["wall"] <= 10,
                        f"kernel CPU {run['cpu']:.1f} s, kernel start {run['startup']:.1f} s"))
    total = sum(r["wall"] for r in runs.values())
    rows.append(Row(f"chapters: whole course Run All ({len(paths)} notebook{'s' * (len(paths) > 1)})", total, "s",
                    "≤ 90 s", total <= 90, f"kernel CPU {sum(r['cpu'] for r in runs.values()):.1f} s; "
                    f"kernel starts {sum(r['startup'] for r in runs.values()):.1f} s not counted"))
    return rows, runs


def _busy_loop(path):
    """--busy: Run All of `path` again and again until SIGTERM (the CPU-heavy neighbour)."""
    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    try:
        while True:
            run_notebook(path, on_start=lambda: print("running", flush=True), allow_errors=True)
    except KeyboardInterrupt:
        pass


def _with_neighbour(path, neighbour, env):
    """Run All of `path` while `neighbour` runs in a loop in another kernel (its own process group)."""
    busy = subprocess.Popen([sys.executable, "-m", "course_lib.bench", "--busy", str(neighbour)], cwd=ROOT,
                            env=dict(os.environ, **env), stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, start_new_session=True)
    try:
        if busy.stdout.readline().strip() != "running":
            raise RuntimeError(f"the neighbour {neighbour.name} did not start")
        return run_notebook(path, env, allow_errors=True)   # a timing assert may fail beside a busy neighbour
    finally:
        try:
            os.killpg(busy.pid, signal.SIGTERM)   # its kernel shuts down with it
            busy.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(busy.pid, signal.SIGKILL)
            busy.wait()
        except ProcessLookupError:
            pass


def bench_contention(runs, repeats, home, cores):
    """The heaviest chapter (kernel CPU) alone and beside the next heaviest, with start()'s threads and with 2."""
    from . import threads
    ordered = sorted(runs, key=lambda p: runs[p]["cpu"], reverse=True)
    path, neighbour = ordered[0], ordered[1 % len(ordered)]
    rows = []
    for label, extra in ((f"threads() = {threads()}", {}), ("COURSE_THREADS=2", {"COURSE_THREADS": "2"})):
        env = {"COURSE_HOME": home, **extra}
        if not extra and repeats == 1:  # smoke: the Run All above is the "alone" run
            alone, beside = [runs[path]], [_with_neighbour(path, neighbour, env)]
        else:
            alone, beside = _alternate(repeats, lambda: run_notebook(path, env, allow_errors=True),
                                       lambda: _with_neighbour(path, neighbour, env))
        a, b = _median([r["wall"] for r in alone]), _median([r["wall"] for r in beside])
        ca, cb = _median([r["cpu"] for r in alone]), _median([r["cpu"] for r in beside])
        n = int(extra.get("COURSE_THREADS", threads()))
        default = not extra
        rows.append(Row(f"chapters: {path.stem} beside {neighbour.stem} / alone, {label}", b / a, "×",
                        "≤ 1.5× (no blow-up)" if default else None, (b / a <= 1.5) if default else None,
                        f"wall {a:.1f} → {b:.1f} s, kernel CPU {ca:.1f} → {cb:.1f} s; "
                        f"2 kernels × {n} thread(s) on {cores} cores; medians of {repeats}"
                        + "".join(f"; {sum(r['failed'] for r in runs_)} cell(s) failed {where} (e.g. {err})"
                                  for where, runs_ in (("alone", alone), ("beside it", beside))
                                  for err in [next((r["error"] for r in runs_ if r["error"]), None)] if err)))
    return rows


# ---------------------------------------------------------------- grading

def _submissions(folder, students, names):
    for k in range(students):
        student = Path(folder) / f"student{k + 1:02d}"
        student.mkdir(parents=True)
        for name in names:  # the course's notebooks as handed out: answers not filled in
            shutil.copyfile(NOTEBOOKS / name, student / name)
    return sorted(Path(folder).glob("*/*.ipynb"))


def _timed(command, env):
    began = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=dict(os.environ, **env), capture_output=True, text=True,
                          timeout=3600)
    if done.returncode:
        raise RuntimeError(f"{' '.join(map(str, command))} failed: {done.stderr[-2000:]}")
    return time.perf_counter() - began


def notebook_seconds(out):
    """Each graded notebook's own time, as its result records it: one result per student folder and notebook
    (the grader's hidden folders, such as .mplcache's font list, are not results)."""
    return [json.loads(p.read_text(encoding="utf-8"))["seconds"] for p in sorted(Path(out).glob(".results/*/*.json"))
            if not p.parent.name.startswith(".")]


def bench_grading(students, names, repeats, home, cores, speedup_students=None):
    """Grading rows. The per-notebook ratios grade a class of `students` × `names`; the 2-worker speed-up grades a
    class of `speedup_students` (default: the same), since each run's fixed cost (grader start, pool warm-up, report)
    is paid once per class and a small class would measure that cost more than the workers."""
    scratch = Path(tempfile.mkdtemp(prefix="dl-bench-grade-"))
    try:
        notebooks = _submissions(scratch / "submissions", students, names)
        big = scratch / "submissions"                     # the class the speed-up is measured on
        if speedup_students and speedup_students != students:
            big, students_big = scratch / "speedup", speedup_students
            _submissions(big, speedup_students, names)
        else:
            students_big = students
        n_big = len(list(big.glob("*/*.ipynb")))
        env = {"COURSE_HOME": home}
        counter = iter(range(10 ** 6))

        inside = {}   # per notebook, as each result records it (kernel, cells, functions, verdicts): no start-up

        def grade(workers, *extra, folder=scratch / "submissions"):
            out = scratch / f"out{next(counter)}"   # a fresh folder: nothing is resumed
            seconds = _timed([sys.executable, "-m", "course_lib.grade", folder, out,
                              "--workers", str(workers), "--quiet", *extra], env)
            each = notebook_seconds(out)
            inside.setdefault((folder.name, workers, extra), []).append(each)
            return seconds

        def nbconvert():
            out = scratch / f"nbconvert{next(counter)}"
            return _timed([sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                           "--allow-errors", f"--ExecutePreprocessor.kernel_name={KERNEL}",
                           "--ExecutePreprocessor.timeout=600", "--output-dir", out, *notebooks], env)

        measures = [nbconvert, lambda: grade(1), lambda: grade(1, "--cold-kernels")]
        if big.name == "submissions":
            bare, warm, cold, two = _alternate(repeats, *measures, lambda: grade(2))
            one = warm
        else:
            bare, warm, cold = _alternate(repeats, *measures)
            one, two = _alternate(repeats, lambda: grade(1, folder=big), lambda: grade(2, folder=big))
        n = len(notebooks)
        fixed = _median([whole - sum(each) for whole, each in zip(one, inside[(big.name, 1, ())])])
        bare, warm, cold = (_median(x) / n for x in (bare, warm, cold))
        one, two = _median(one) / n_big, _median(two) / n_big
        from . import threads
        fits = 2 * threads() <= cores

        def per_notebook(key):   # the median over runs of a notebook's mean own time
            return _median([sum(each) / max(1, len(each)) for each in inside[key]])

        def what(count, k):
            return (f"{count} notebook(s) ({k} student(s) × {', '.join(Path(x).stem for x in names)}, answers not "
                    f"filled in); whole commands (grader start and pool warm-up included); medians of {repeats}")
        steady_warm, steady_cold = (per_notebook(("submissions", 1, ())),
                                     per_notebook(("submissions", 1, ("--cold-kernels",))))
        return [Row("grading: s per notebook, grade --workers 1 (warm pool) / nbconvert --execute", warm / bare, "×",
                    "≤ 0.5×", warm / bare <= 0.5, f"{warm:.1f} vs {bare:.1f} s per notebook; {what(n, students)}"),
                Row("grading: one notebook inside the run, warm pool / cold kernels", steady_warm / steady_cold, "×",
                    None, None, f"{steady_warm:.1f} vs {steady_cold:.1f} s: the mean of the results' own times "
                    f"(kernel, cells, function runner, verdicts), without the grader's start and report"),
                Row("grading: s per notebook, grade --workers 1 --cold-kernels / nbconvert --execute", cold / bare,
                    "×", "≤ 1.0×", cold / bare <= 1.0, f"{cold:.1f} vs {bare:.1f} s per notebook"),
                Row("grading: --workers 2 speed-up over 1 (warm pool)", one / two, "×",
                    "≥ 1.7×, workers × threads ≤ cores", one / two >= 1.7 and fits,
                    f"{two:.1f} vs {one:.1f} s per notebook; 2 workers × {threads()} kernel thread(s) "
                    f"{'≤' if fits else '>'} {cores} cores; {what(n_big, students_big)}; each run's fixed cost "
                    f"(the whole command minus its notebooks' own times, 1 worker) {fixed:.1f} s"
                    + (" (one notebook: cannot speed up)" if n_big == 1 else ""))]
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


# ---------------------------------------------------------------- the table

def table(rows, info, command, load_before, load_after, smoke, seconds):
    head = ["measurement", "value", "goal", "verdict", "notes"]
    lines = ["# Benchmarks", "",
             f"Measured in one run by `{command}` on {info['date']} in {seconds:.0f} s"
             + (" — **smoke settings: checks that the benchmark runs; the numbers are not evidence**" if smoke else "")
             + ".", "",
             f"Machine: {info['cores']} cores, {info['cpu']}; torch {info['torch']}, Python {info['python']}, "
             f"{info['os']}; torch threads per chapter (course_lib.threads()) {info['threads']}.  ",
             f"Load average (1, 5, 15 min): {load_before} before, {load_after} after.", "",
             "Ratios compare two things measured alternately in this run (medians), so load affects both alike.", "",
             "| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for row in rows:
        lines.append("| " + " | ".join(str(c).replace("|", "\\|") for c in row.cells()) + " |")
    return "\n".join(lines) + "\n"


SETTINGS = {
    # batch sizes, epochs, repeats, matmul n, matmul seconds each; grading: students for the per-notebook ratios,
    # students for the 2-worker speed-up (a bigger class: each run's fixed cost is paid once), notebooks per student
    "smoke": dict(batch_sizes=[64], epochs=1, repeats=1, digits=1000, import_repeats=1, matmul_n=256, matmul_seconds=0.2,
                  students=1, speedup_students=1, graded=["00_start_here.ipynb"], grade_repeats=1,
                  contention_repeats=1),
    "full": dict(batch_sizes=[10, 64, 256], epochs=3, repeats=3, digits=None, import_repeats=7, matmul_n=2048, matmul_seconds=1.0,
                 students=8, speedup_students=20, graded=["00_start_here.ipynb", "06_activations.ipynb"],
                 grade_repeats=3, contention_repeats=3),
}


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="python -m course_lib.bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--smoke", action="store_true", help="tiniest settings, to check the benchmark runs (CI)")
    parser.add_argument("--out", type=Path, default=None, help="markdown file (default: BENCHMARKS.md; smoke: a temp file)")
    parser.add_argument("--only", default=None, help="comma-separated groups: import,data,trainer,matmul,chapters,grading")
    parser.add_argument("--busy", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.busy:
        _busy_loop(args.busy)
        return 0
    os.environ.setdefault("MPLBACKEND", "Agg")
    import torch

    from . import threads
    torch.set_num_threads(threads())  # as a chapter runs
    s = SETTINGS["smoke" if args.smoke else "full"]
    groups = set((args.only or "import,data,trainer,matmul,chapters,grading").split(","))
    command = "python -m course_lib.bench " + " ".join(argv)
    info = machine()
    info["date"] = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    load_before, began = _load(), time.perf_counter()
    home = tempfile.mkdtemp(prefix="dl-bench-home-")
    rows = []

    def step(group, make):
        if group in groups:
            t = time.perf_counter()
            rows.extend(make())
            print(f"  {group}: {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    try:
        step("import", lambda: bench_import(s["import_repeats"], home))
        step("data", lambda: bench_data(max(1, s["repeats"]), home))
        step("trainer", lambda: bench_trainer(s["batch_sizes"], s["epochs"], s["repeats"], s["digits"]))
        step("matmul", lambda: bench_matmul(s["matmul_n"], 256, s["repeats"] + 2, s["matmul_seconds"]))

        def chapter_rows():
            found, runs = bench_chapters(chapters(args.smoke), home)
            return found + bench_contention(runs, s["contention_repeats"], home, info["cores"])
        step("chapters", chapter_rows)
        step("grading", lambda: bench_grading(s["students"], s["graded"], s["grade_repeats"], home, info["cores"],
                                              s["speedup_students"]))
    finally:
        shutil.rmtree(home, ignore_errors=True)
    text = table(rows, info, command, load_before, _load(), args.smoke, time.perf_counter() - began)
    out = args.out or (Path(tempfile.mkstemp(prefix="bench-", suffix=".md")[1]) if args.smoke else ROOT / "BENCHMARKS.md")
    out.write_text(text, encoding="utf-8")
    print(text)
    print(f"written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
