"""`python -m course_lib.bench --smoke` (the benchmark's CI version) runs and writes a complete, well-formed table.

Timings are never asserted: this machine may be busy. The full benchmark is `python -m course_lib.bench`.
"""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from course_lib import bench

ROOT = Path(__file__).resolve().parent.parent
NUMBER = r"-?\d+(?:\.\d+)?(?:e[+-]?\d+)?"
ROWS = [  # every row the smoke run must have, as regular expressions of its name
    r"import: start\(n\) / `import torch` alone",
    r"import: start\(n\) after the chapter's own imports \(torch, matplotlib\.pyplot\)",
    r"data: MNIST ready in a new process after first use",
    r"trainer: DataLoader loop / fit, batch \d+",
    r"trainer: fit's share in its training-set metric, batch \d+",
    r"trainer: Adam step, course_lib\.train\.Adam / torch\.optim\.Adam",
    r"matmul: MLP fwd\+bwd at batch 256 / matmul peak",
    r"chapter \d\d_\w+: Run All",
    r"chapters: whole course Run All \(\d+ notebooks?\)",
    r"chapters: \d\d_\w+ beside \d\d_\w+ / alone, threads\(\) = \d+",
    r"chapters: \d\d_\w+ beside \d\d_\w+ / alone, COURSE_THREADS=2",
    r"grading: s per notebook, grade --workers 1 \(warm pool\) / nbconvert --execute",
    r"grading: s per notebook, grade --workers 1 --cold-kernels / nbconvert --execute",
    r"grading: one notebook inside the run, warm pool / cold kernels",
    r"grading: --workers 2 speed-up over 1 \(warm pool\)",
]


def test_mlp_flops_count_only_what_is_computed():
    forward = 2 * 256 * (784 * 512 + 512 * 256 + 256 * 10)
    assert bench.mlp_flops(256) == 3 * forward - 2 * 256 * 784 * 512


def test_grading_times_are_read_from_results_only(tmp_path):
    results = tmp_path / ".results"
    for folder, name, seconds in [("ana", "00_start_here", 2.5), ("ben", "06_activations", 3.0)]:
        (results / folder).mkdir(parents=True)
        (results / folder / f"{name}.json").write_text(f'{{"seconds": {seconds}}}', encoding="utf-8")
    (results / ".mplcache").mkdir()
    (results / ".mplcache" / "fontlist-v3.11.0.json").write_text('{"ttflist": []}', encoding="utf-8")
    assert bench.notebook_seconds(tmp_path) == [2.5, 3.0]


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the grader's sandbox needs Linux")
def test_smoke_run_writes_every_row_with_well_formed_numbers(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    done = subprocess.run([sys.executable, "-m", "course_lib.bench", "--smoke", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-3000:]
    text = out.read_text(encoding="utf-8")
    assert "python -m course_lib.bench --smoke --out" in text          # the exact command
    assert re.search(r"Machine: \d+ cores, .+; torch \d", text)         # the machine
    assert re.search(rf"Load average \(1, 5, 15 min\): {NUMBER} {NUMBER} {NUMBER} before, "
                     rf"{NUMBER} {NUMBER} {NUMBER} after", text)
    assert re.search(r"on \d{4}-\d\d-\d\d \d\d:\d\d", text)              # the date
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| measurement")]
    names = [row.split(" | ")[0][2:] for row in rows]
    for pattern in ROWS:
        assert [n for n in names if re.fullmatch(pattern, n)], f"no row {pattern!r} in\n{text}"
    assert len(rows) == len(ROWS)
    for row in rows:
        name, value, goal, verdict, notes = row.strip("| ").split(" | ")
        number, unit = value.split(" ")
        assert re.fullmatch(NUMBER, number) and float(number) >= 0, row
        assert unit in ("×", "s", "%"), row
        assert verdict in (bench.PASS, bench.FAIL, bench.INFO), row
        assert notes and "nan" not in notes.lower().split(), row
