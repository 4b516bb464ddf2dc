"""`make grade` (issue #11): a gradebook an instructor can trust with a whole class.

Hostile submissions are built here from the real notebooks (chapter 06 and the front page) and the
plain answer key, graded in ONE batch that is killed with `kill -9` midway and resumed, and every
question's points and status are asserted. Fast unit tests (no kernel) prove the pieces: the grade
agrees with check() for the key's right and wrong answers, cells are found whatever the student did
to them, values cross without pickle, and the launcher's limits hold.
"""
import csv
import inspect
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import answer_key  # noqa: E402

from course_lib.answers import CORRECT, INCORRECT, NOT_ATTEMPTED, Function  # noqa: E402
from course_lib.grade import collect, judge, runner, values  # noqa: E402
from course_lib.grade.limits import PRIVILEGED, processes  # noqa: E402
from course_lib.practice import FRONT, notebook_name, questions_of  # noqa: E402

CH06 = "06_activations.ipynb"
SECRET = "DL_GRADE_TEST_SECRET_VALUE"       # in the grader's environment during the batch
FRONT_NB = notebook_name(FRONT)
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the grader's sandbox needs Linux")


# ---------------------------------------------------------------- building submissions from the real notebooks

def master_nb(lang, name):
    return json.loads((ROOT / "notebooks" / lang / name).read_text(encoding="utf-8"))


def answer_cells(nb):
    """{question name: answer cell} of a notebook (cells tagged "answer", known by their check line)."""
    found = {}
    for cell in nb["cells"]:
        if "answer" in cell.get("metadata", {}).get("tags", []):
            line = collect.check_line(collect.source(cell))
            if line:
                found[line[0]] = cell
    return found


def expression(nb, name):
    return collect.check_line(collect.source(answer_cells(nb)[name]))[1]


def code_for(value, expr):
    """Source that gives `expr` the key's `value`: a def renamed to `expr`, or an assignment."""
    if callable(value) and not isinstance(value, torch.Tensor):
        return re.sub(r"^def \w+\(", f"def {expr}(", inspect.getsource(value), count=1, flags=re.M).rstrip()
    if isinstance(value, torch.Tensor):
        return f"{expr} = torch.tensor({value.tolist()!r})"
    return f"{expr} = {value!r}"


def _writable(value):
    if callable(value) and not isinstance(value, torch.Tensor):
        try:
            return inspect.getsource(value).lstrip().startswith("def ")
        except (OSError, TypeError):
            return False
    return True


def key_answer(chapter, qid, which):
    """The first of the key's right (or wrong) answers that can be written into a cell."""
    entry = answer_key.load(chapter)[qid]
    options = ([entry["answer"]] if which == "right" and "answer" in entry else []) + list(entry[which])
    return next(v for v in options if _writable(v))


def answer_text(chapter, nb, name, which, before="", after=""):
    qid = f"{chapter:02d}.{name[1:]}"
    expr = expression(nb, name)
    return "\n".join(p for p in (before, code_for(key_answer(chapter, qid, which), expr), after,
                                 f"{name}.check({expr})") if p)


def fill(nb, texts):
    cells = answer_cells(nb)
    for name, text in texts.items():
        cells[name]["source"] = text
    return nb


def names(chapter):
    return [q.name for q in questions_of(chapter)]


def write(folder, student, name, nb):
    path = folder / student / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(nb if isinstance(nb, str) else json.dumps(nb, ensure_ascii=False), encoding="utf-8")


def build(folder, out):
    """Every hostile submission of the batch; returns {student: {question id: (points, status)}} expected."""
    expect = {}
    q6, q0 = questions_of(6), questions_of(0)

    def expected(student, chapter_questions, statuses):
        for q in chapter_questions:
            expect.setdefault(student, {})[q.id] = (1 if statuses[q.name] == "correct" else 0, statuses[q.name])

    # honest and right, in Hindi (the key's right answers written into the answer cells)
    nb = master_nb("hi", CH06)
    write(folder, "right", CH06, fill(nb, {n: answer_text(6, nb, n, "right") for n in names(6)}))
    expected("right", q6, dict.fromkeys(names(6), "correct"))

    # a cheater: monkeypatches, a fake q4, a hostile pickle; edited, deleted, duplicated and moved cells
    nb = master_nb("en", CH06)
    last = names(6)[-1]
    hack = out / ".results" / "hacked"
    evil = ("import os, signal\n"
            f"for act in (lambda: os.kill(os.getppid(), signal.SIGKILL), lambda: open({str(hack)!r}, 'w')):\n"
            "    try:\n        act()\n    except OSError:\n        pass")
    texts = {
        "q1": answer_text(6, nb, "q1", "wrong", before="from course_lib.questions import Question\n"
                          "Question.check = lambda self, answer: '✅ Correct!'"),
        "q2": answer_text(6, nb, "q2", "wrong", before="import torch\ntorch.allclose = lambda *a, **k: True\n"
                          "torch.equal = lambda *a, **k: True\ntorch.isclose = lambda a, b, **k: torch.ones_like(a, dtype=torch.bool)"),
        "q3": answer_text(6, nb, "q3", "wrong", before="class Fake:\n    def check(self, answer):\n"
                          "        return '✅ Correct!'\nq4 = Fake()"),
        "q4": answer_text(6, nb, "q4", "right"),
        "q6": "class Evil:  # unpickled in the function runner: tries to kill the grader and write its results\n"
              f"    def __reduce__(self):\n        return (exec, ({json.dumps(evil)},))\nevil = Evil()\n"
              f"def {expression(nb, 'q6')}(x):\n    evil\n    return torch.sigmoid(x)\nq6.check({expression(nb, 'q6')})",
        "q7": answer_text(6, nb, "q7", "right").replace(f"q7.check({expression(nb, 'q7')})", "q7.check(torch.sigmoid)"),
        "q8": answer_text(6, nb, "q8", "wrong"),
        last: answer_text(6, nb, last, "right"),
    }
    fill(nb, texts)
    cells = nb["cells"]
    prompt = next(c for c in cells if collect.source(c).strip() == "q4")
    prompt["source"] = "q4 = Fake()"                                             # an edited question cell
    cells.remove(answer_cells(nb)["q5"])                                          # a deleted answer cell
    q8_cell = answer_cells(nb)["q8"]
    copy = json.loads(json.dumps(q8_cell))
    copy["id"], copy["source"] = "copied-q8", answer_text(6, nb, "q8", "right")  # a duplicate, right this time
    cells.insert(cells.index(q8_cell) + 1, copy)
    moved = answer_cells(nb)[last]
    cells.remove(moved)
    cells.insert(0, moved)                                                        # moved to the top
    cells.insert(1, {"cell_type": "code", "id": "my-helper", "metadata": {}, "outputs": [], "execution_count": None,
                     "source": "import course_lib.answers\ncourse_lib.answers.Choice.judge = lambda *a: ('correct', None)"})
    cells.insert(2, {"cell_type": "raw", "id": answer_cells(nb)["q3"]["id"], "metadata": {}, "source": "retyped"})
    write(folder, "cheater", CH06, nb)
    statuses = dict.fromkeys(names(6), "not_attempted")
    statuses.update(q1="incorrect", q2="incorrect", q3="incorrect", q4="tampered", q5="not_attempted",
                    q6="incorrect", q7="tampered", q8="incorrect")
    statuses[last] = "correct"
    expected("cheater", q6, statuses)

    # wrong, untouched and right answers around an endless loop in q3 (answers before AND after it
    # count) and os._exit in q7 (answers before it count; the cells after it never run)
    nb = master_nb("en", CH06)
    fill(nb, {"q1": answer_text(6, nb, "q1", "wrong"), "q3": answer_text(6, nb, "q3", "right", after="while True:\n    pass"),
              "q4": answer_text(6, nb, "q4", "right"), "q5": answer_text(6, nb, "q5", "wrong"),
              "q6": answer_text(6, nb, "q6", "right"), "q7": answer_text(6, nb, "q7", "right", after="import os\nos._exit(1)"),
              "q8": answer_text(6, nb, "q8", "right")})
    write(folder, "loops", CH06, nb)
    statuses = dict.fromkeys(names(6), "killed")
    statuses.update(q1="incorrect", q2="not_attempted", q3="timeout", q4="correct", q5="incorrect", q6="correct")
    expected("loops", q6, statuses)
    write(folder, "loops", "README.txt", "an extra file that is not a notebook")

    # resource hogs on the front page, each in its own submission
    def front(lang="en", text=None):
        nb = master_nb(lang, FRONT_NB)
        return fill(nb, {"q1": text}) if text else nb
    right0 = code_for(key_answer(0, "00.1", "right"), "answer_q1")
    hogs = {
        "memory": ("big = torch.ones(3 * 2**30)  # 12 GB\n" + right0, "error"),
        "forkbomb": (right0 + "\nimport os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass", "timeout"),
        "printer": (right0 + "\nfor _ in range(100):\n    print('x' * 1_000_000)  # 100 MB", "correct"),
        "stubborn": (right0 + "\nimport signal\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\nwhile True:\n    pass", "timeout"),
        "ramdisk": (right0 + "\nimport os\nfor i in range(12):  # 3 GB of files in /dev/shm: RAM that no process's RSS shows\n"
                    "    with open(f'/dev/shm/dl-grade-test-{i}', 'wb') as f:\n        os.posix_fallocate(f.fileno(), 0, 2**28)", "killed"),
    }
    snoop = (right0 + "\nimport os\nseen = repr(dict(os.environ))\n"     # the grader's environment must not reach it
             "for place in ('/proc/self/environ', f'/proc/{os.getppid()}/environ', '/proc/1/environ'):\n"
             "    try:\n        seen += open(place, errors='replace').read()\n    except OSError:\n        pass\n"
             f"if {SECRET!r} in seen:\n    answer_q1 = 'the grader leaked its environment'")
    hogs["snoop"] = (snoop, "correct")
    for student, (text, status) in hogs.items():
        write(folder, student, FRONT_NB, front(text=text + "\nq1.check(answer_q1)"))
        expected(student, q0, {"q1": status})
    nb = front("hi")                                               # untouched, in Hindi, by a Devanagari id,
    nb["metadata"]["kernelspec"] = {"name": "ir", "display_name": "R", "language": "R"}  # naming a foreign kernel,
    del nb["metadata"]["course"]                                   # its language known from its text only
    write(folder, "छात्रा_१", FRONT_NB, nb)
    expected("छात्रा_१", q0, {"q1": "not_attempted"})
    old = nbformat.writes(nbformat.convert(nbformat.reads(json.dumps(front(text=right0 + "\nq1.check(answer_q1)")),
                                                          as_version=4), 3), version=3)
    write(folder, "oldformat", FRONT_NB, old)
    expected("oldformat", q0, {"q1": "correct"})
    write(folder, "badjson", FRONT_NB, '{"cells": [')
    expected("badjson", q0, {"q1": "invalid_notebook"})
    write(folder, "empty", FRONT_NB, "")
    expected("empty", q0, {"q1": "invalid_notebook"})
    # every chapter somebody submitted is expected of everybody: the others miss one
    for student in list(expect):
        has = {q.split(".")[0] for q in expect[student]}
        for chapter, questions in (("00", q0), ("06", q6)):
            if chapter not in has:
                for q in questions:
                    expect[student][q.id] = (0, "missing_notebook")
    return expect


# ---------------------------------------------------------------- one batch, killed with kill -9 and resumed

def grade_command(submissions, out, *extra):
    return [sys.executable, "-m", "course_lib.grade", str(submissions), str(out), "--workers", "2",
            "--answer-timeout", "8", "--memory-gb", "2", "--quiet", *extra]


def results_files(out):
    return [p for p in (out / ".results").glob("*/*.json") if not p.parent.name.startswith(".")]


def sandbox_records(out, kind="uid"):
    """What the grader recorded before starting a kernel ("uid") or its forkserver ("folder")."""
    folder = out / ".results" / ".sandboxes"
    records = [json.loads(p.read_text()) for p in folder.glob("*.json")] if folder.is_dir() else []
    return [r for r in records if kind in r]


def leftovers(records):
    """Processes still alive from the given sandboxes (by user id as root, else by their folder)."""
    alive = []
    for record in records:
        if record.get("privileged"):
            alive += processes(uid=record["uid"])
        else:
            for pid in os.listdir("/proc"):
                try:
                    if pid.isdigit() and record["root"].encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                        alive.append(int(pid))
                except OSError:
                    pass
    return alive


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    if not PRIVILEGED:
        pytest.skip("the hostile batch needs root: each kernel then runs under a user id of its own "
                    "(run make grade as root, e.g. in a container, to get that containment)")
    base = tmp_path_factory.mktemp("grade")
    submissions, out = base / "submissions", base / "grades"
    expect = build(submissions, out)
    os.environ["DL_GRADE_TEST_SECRET"] = SECRET      # the graders below inherit it; no kernel may see it
    began = time.monotonic()
    first = subprocess.Popen(grade_command(submissions, out), cwd=ROOT, start_new_session=True,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    kernel_results = []
    while time.monotonic() - began < 600 and first.poll() is None:
        time.sleep(0.5)
        kernel_results = [p for p in results_files(out) if json.loads(p.read_text(encoding="utf-8")).get("seconds")]
        if kernel_results and sandbox_records(out):
            break
    assert first.poll() is None, first.stdout.read().decode()[-3000:]
    records, servers = sandbox_records(out), sandbox_records(out, "folder")
    os.killpg(first.pid, signal.SIGKILL)  # the whole process group, as an instructor's Ctrl-\ or an OOM killer would
    first.wait()
    def stray():  # kernels die with the grader; its watchdog ends whatever they started, and tidies up
        return leftovers(records) + [r[key] for r in records + servers for key in ("root", "folder")
                                     if key in r and Path(r[key]).exists()]
    swept = time.monotonic()
    while stray() and time.monotonic() - swept < 15:
        time.sleep(0.2)
    stray_after_kill = stray()
    before = {p: (p.stat().st_mtime_ns, p.read_bytes()) for p in results_files(out)}
    second = subprocess.run(grade_command(submissions, out), cwd=ROOT, capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - began
    third = subprocess.run(grade_command(submissions, out), cwd=ROOT, capture_output=True, text=True, timeout=300)
    return dict(submissions=submissions, out=out, expect=expect, records=records, before=before,
                stray_after_kill=stray_after_kill,
                kernel_results=kernel_results, second=second, third=third, seconds=seconds,
                rows=list(csv.DictReader((out / "gradebook.csv").open(encoding="utf-8"))))


def statuses(batch, student):
    return {r["question"]: (int(r["points"]), r["status"]) for r in batch["rows"] if r["student"] == student}


def result(batch, student, name):
    return json.loads((batch["out"] / ".results" / student / f"{Path(name).stem}.json").read_text(encoding="utf-8"))


def test_kill_9_and_resume_gives_a_complete_gradebook_and_leaves_no_kernel(batch):
    assert batch["second"].returncode == 0, batch["second"].stderr[-3000:]
    assert batch["kernel_results"], "the batch was killed before any notebook finished"
    assert batch["records"], "no kernel was running when the batch was killed"
    for path, (mtime, content) in batch["before"].items():  # finished notebooks were not graded again
        now = json.loads(path.read_text(encoding="utf-8"))
        if now["master_sha256"] == json.loads(content)["master_sha256"]:  # (unless the course changed meanwhile)
            assert path.stat().st_mtime_ns == mtime and path.read_bytes() == content
    assert not batch["stray_after_kill"]                          # nothing of the killed run kept running
    assert "already done" in batch["second"].stderr
    keys = [(r["student"], r["chapter"], r["question"]) for r in batch["rows"]]
    assert len(keys) == len(set(keys))                              # no duplicate rows
    expected = {(s, q) for s, qs in batch["expect"].items() for q in qs}
    assert {(s, q) for s, _, q in keys} == expected                 # and none missing
    assert not leftovers(batch["records"])                          # no stray kernel (nor fork-bomb child)
    assert not sandbox_records(batch["out"]) and not sandbox_records(batch["out"], "folder")
    assert not [r["root"] for r in batch["records"] if Path(r["root"]).exists()]   # nor their folders
    assert keys == sorted(keys, key=lambda k: (k[0], k[1], int(k[2].split(".")[1])))


def test_same_input_same_gradebook_and_a_rerun_grades_nothing_again(batch):
    assert batch["third"].returncode == 0, batch["third"].stderr[-2000:]
    assert "0 notebooks to grade" in batch["third"].stderr
    rows = list(csv.DictReader((batch["out"] / "gradebook.csv").open(encoding="utf-8")))
    assert rows == batch["rows"]


@pytest.mark.parametrize("student", ["right", "cheater", "loops"])
def test_chapter_06_exact_points_and_statuses(batch, student):
    assert statuses(batch, student) == {q: v for q, v in batch["expect"][student].items()}


def test_cheating_gets_no_extra_points_and_cannot_reach_the_grader(batch):
    got = statuses(batch, "cheater")
    assert sum(points for points, _ in got.values()) == 1       # only the honest, moved answer
    assert not (batch["out"] / ".results" / "hacked").exists()  # the hostile pickle could not write here
    events = " ".join(result(batch, "cheater", CH06)["events"])
    assert "of 2 cells with work in them" in events             # the duplicated answer cell was noticed


@pytest.mark.parametrize("student", ["memory", "forkbomb", "printer", "stubborn", "ramdisk", "snoop", "छात्रा_१",
                                     "oldformat", "badjson", "empty"])
def test_front_page_hostile_and_odd_submissions(batch, student):
    assert statuses(batch, student) == batch["expect"][student]


def test_what_each_hog_left_in_the_record(batch):
    memory = result(batch, "memory", FRONT_NB)["rows"][0]["detail"]["en"]
    assert "allocate" in memory and "12884901888" in memory           # stopped at once, not succeeded
    assert any("processes ended" in e for e in result(batch, "forkbomb", FRONT_NB)["events"])
    printer = result(batch, "printer", FRONT_NB)
    assert any("MB of output" in e for e in printer["events"])
    assert any("stuck cell skipped" in e for e in result(batch, "stubborn", FRONT_NB)["events"])
    assert any("kernel ended (memory)" in e for e in result(batch, "ramdisk", FRONT_NB)["events"])
    assert not list(Path("/dev/shm").glob("dl-grade-test-*"))        # and its files are gone
    assert result(batch, "छात्रा_१", FRONT_NB)["lang"] == "hi"
    assert any("foreign kernel" in e for e in result(batch, "छात्रा_१", FRONT_NB)["events"])
    assert any("nbformat 3" in e for e in result(batch, "oldformat", FRONT_NB)["events"])


def test_summary_feedback_and_report(batch):
    out = batch["out"]
    summary = {r["student"]: r for r in csv.DictReader((out / "summary.csv").open(encoding="utf-8"))}
    n6 = len(questions_of(6))
    assert summary["right"]["06_activations"] == str(n6) and summary["right"]["00_start_here"] == "0"
    assert summary["right"]["total"] == str(n6) and summary["right"]["max_total"] == str(n6 + 1)
    assert summary["oldformat"]["total"] == "1" and summary["छात्रा_१"]["total"] == "0"
    devanagari = (out / "feedback" / "छात्रा_१.html").read_text(encoding="utf-8")
    assert "<section lang='hi'>" in devanagari and "उत्तर नहीं दिया" in devanagari and "संकेत" in devanagari
    hindi = (out / "feedback" / "right.html").read_text(encoding="utf-8")
    assert "<section lang='hi'>" in hindi and "सही" in hindi
    loops = (out / "feedback" / "loops.html").read_text(encoding="utf-8")
    first_hint = questions_of(6)[0].hints[0].en                     # q1 was answered wrong: its first hint
    assert "<section lang='en'>" in loops and "Hint" in loops and first_hint.split(":")[0][:30] in loops
    assert "<section lang='hi'>" not in loops             # the chapter not submitted too, in the student's language
    assert "<script" not in (out / "feedback" / "cheater.html").read_text(encoding="utf-8")
    report = (out / "report.html").read_text(encoding="utf-8")
    assert report.count("<svg") == 2 and report.count("class='share'") >= 2   # a histogram for each of 00 and 06
    assert "notebook could not be read · notebook पढ़ी नहीं जा सकी" in report      # a status, in both languages
    assert "invalid_notebook" in report and "badjson" in report and "README.txt" in report
    assert "most students miss" in report


# ---------------------------------------------------------------- the same class, graded other ways

SUBSET = ["right", "cheater", "oldformat", "snoop"]


def grade_subset(batch, folder, *extra):
    """Grade SUBSET of the batch's submissions again, into `folder`: (completed process, results, gradebook rows)."""
    import shutil
    submissions, out = folder / "submissions", folder / "grades"
    for student in SUBSET:
        shutil.copytree(batch["submissions"] / student, submissions / student)
    done = subprocess.run(grade_command(submissions, out, *extra), cwd=ROOT, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    results = [json.loads(p.read_text(encoding="utf-8")) for p in results_files(out)]
    return done, results, list(csv.DictReader((out / "gradebook.csv").open(encoding="utf-8")))


def test_kernels_forked_from_the_warm_pool_grade_as_new_pythons_do(batch, tmp_path):
    warm = [result(batch, s, n) for s in SUBSET for n in (CH06, FRONT_NB)
            if (batch["out"] / ".results" / s / f"{Path(n).stem}.json").exists()]
    assert all(r["timing"]["warm"] == r["timing"]["kernels"] >= 1 for r in warm if "timing" in r)
    assert sum("timing" in r for r in warm) >= 4                   # the batch's kernels were forked warm
    _, cold, rows = grade_subset(batch, tmp_path, "--cold-kernels")
    assert all(r["timing"]["warm"] == 0 for r in cold if "timing" in r) and sum("timing" in r for r in cold) >= 4
    assert rows == [r for r in batch["rows"] if r["student"] in SUBSET]


def test_a_class_graded_on_a_dask_cluster_gets_the_same_gradebook(batch, tmp_path):
    """A scheduler and a worker in processes of their own (as on other machines): --scheduler ADDRESS."""
    scheduler_file = tmp_path / "scheduler.json"
    quiet = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    scheduler = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--scheduler-file",
                                  str(scheduler_file), "--port", "0", "--no-dashboard"], cwd=tmp_path, **quiet)
    worker = None
    try:
        began = time.monotonic()
        while not scheduler_file.exists() and time.monotonic() - began < 60:
            time.sleep(0.2)
        address = json.loads(scheduler_file.read_text())["address"]
        worker = subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", "--scheduler-file",
                                   str(scheduler_file), "--nthreads", "1", "--no-nanny", "--no-dashboard"],
                                  cwd=tmp_path, **quiet)
        done, results, rows = grade_subset(batch, tmp_path, "--scheduler", address)
        assert f"the Dask cluster at {address}" in done.stderr
        graded = [r for r in results if "timing" in r]
        assert len(graded) >= 4 and {r["worker"] for r in graded} == {f"{os.uname().nodename} pid {worker.pid}"}
        assert rows == [r for r in batch["rows"] if r["student"] in SUBSET]
    finally:
        for process in (worker, scheduler):
            if process is not None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def test_a_scheduler_that_does_not_answer_gets_a_clear_message(tmp_path):
    write(tmp_path / "submissions", "a", FRONT_NB, master_nb("en", FRONT_NB))
    done = subprocess.run(grade_command(tmp_path / "submissions", tmp_path / "grades", "--scheduler", "tcp://127.0.0.1:9"),
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "no Dask scheduler answered at tcp://127.0.0.1:9" in done.stderr and "Dask scheduler नहीं मिला" in done.stderr


def test_the_batch_took_reasonable_time(batch):
    assert batch["seconds"] < 900


# ---------------------------------------------------------------- unit tests: no kernel

def _runner_report(question, fn):
    import base64
    import cloudpickle
    return runner.run_job({"q": question.id, "pickle": base64.b64encode(cloudpickle.dumps(fn)).decode()},
                          {question.id: question})


@pytest.mark.parametrize("chapter", [0, 6])
def test_the_grade_agrees_with_check_for_every_answer_of_the_key(chapter):
    """For the key's right, wrong and unreadable answers, the grader's verdict is check()'s."""
    key = answer_key.load(chapter)
    mapping = {CORRECT: "correct", INCORRECT: "incorrect", NOT_ATTEMPTED: "not_attempted"}
    for question in questions_of(chapter):
        entry = key[question.id]
        for answer in [*entry["right"], *entry["wrong"], *entry.get("unreadable", [])]:
            expected = mapping[question.check(answer).status]
            if isinstance(question.kind, Function) and callable(answer):
                got, _ = judge.judge_function(question, _runner_report(question, answer))
            else:
                got, _ = judge.judge_value(question, json.loads(json.dumps(values.encode(answer))))
            assert got == expected, (question.id, answer)


def test_report_draws_each_chapters_scores_and_each_questions_outcomes():
    from course_lib.grade import report

    def result(student, points, statuses):
        rows = [{"question": f"06.q{i + 1}", "points": p, "max_points": 1, "status": st, "detail": None}
                for i, (p, st) in enumerate(zip(points, statuses))]
        return {"student": student, "chapter": "06_activations", "rows": rows, "seconds": 1.0, "events": []}
    results = [result("a", [1, 1, 1], ["correct"] * 3), result("b", [1, 0, 0], ["correct", "incorrect", "error"]),
               result("c", [1, 1, 0], ["correct", "correct", "not_attempted"])]
    page = report.report_html(results, ["06_activations"], {}, [], [], [], {"students": 3})
    bars = re.findall(r"<title>(\d+) points · अंक: (\d+) students", page)
    assert bars == [("0", "0"), ("1", "1"), ("2", "1"), ("3", "1")]      # one student each at 1, 2 and 3 points
    q3 = re.search(r"<tr><td>06\.q3</td>.*?</tr>", page).group(0)
    assert "title='incorrect" not in q3 and "title='not attempted · उत्तर नहीं दिया: 1'" in q3
    assert "title='other · अन्य: 1'" in q3
    assert "width:33.3%" in q3 and "<img" not in page


def test_the_memory_watch_bound_never_lets_a_submission_over_the_limit_pass():
    """over_memory checks a cheap bound (the whole resident size) before the exact Pss: the bound is never
    below the exact measure, and both ways agree with memory() > limit on a process holding 300 MB."""
    from course_lib.grade import limits
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; b = bytearray(300 * 2**20); "
                               "b[::4096] = b'x' * len(b[::4096]); print('ok', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        exact, bound = limits.resident_bytes(holder.pid), limits.resident_bound(holder.pid)
        assert 300 * 2 ** 20 <= exact <= bound
        sandbox = object.__new__(limits.Sandbox)
        sandbox.uid = 4_000_000_000                        # no file of /dev/shm belongs to it
        for limit in (100 * 2 ** 20, 250 * 2 ** 20, exact - 1, exact + 1, bound + 1, 2 * 2 ** 30):
            assert sandbox.over_memory(limit, [holder.pid]) == (sandbox.memory([holder.pid]) > limit), limit
    finally:
        holder.kill()
        holder.wait()


def test_values_cross_as_plain_json_and_nothing_else():
    import numpy as np
    for value in ["B", ("32", 10), (32, 10), [0.25], np.float32(0.25), np.int64(3), float("nan"),
                  torch.tensor([[1.0, 2.0]]), torch.Size([3, 4]), torch.tensor([True]), Ellipsis, None, 2 ** 70]:
        back = values.decode(json.loads(json.dumps(values.encode(value))))
        assert type(back) is (tuple if isinstance(value, torch.Size) else type(value)) or value is Ellipsis
    class Sneaky(float):
        def __reduce__(self):
            return (os.system, ("echo pwned",))
    assert type(values.decode(values.encode(Sneaky(0.25)))) is float  # read as the number it is; never unpickled
    assert isinstance(values.decode(values.encode({"a": 1})), values.Opaque)
    with pytest.raises(ValueError):
        values.decode({"$": "pickle", "v": "gASV"})


def test_cells_are_found_by_id_then_check_line_whatever_happened_to_them():
    masters = collect.masters()[CH06]
    master = masters["en"]
    nb = master_nb("en", CH06)
    texts = {n: answer_text(6, nb, n, "right") for n in names(6)}
    fill(nb, texts)
    cells = nb["cells"]
    cells.reverse()                                                   # moved: everything upside down
    for cell in cells:
        cell.pop("id", None)                                          # ids lost (another tool)
    plan = collect.plan(nb, master)
    answers = {p.slot.question.name: p.source for p in plan.cells if p.kind == "answer"}
    for n in names(6):
        assert answers[n] == collect.strip_check_lines(texts[n])
    assert not plan.tampered
    assert [p.cell_id for p in plan.cells] == [c.get("id") for c in master.cells if c.get("cell_type") == "code"]
    assert collect.language(nb, masters)[0] == "en"
    # an older copy of the course whose ids are shifted is not "tampered"
    nb = master_nb("en", CH06)
    for i, cell in enumerate(nb["cells"]):
        cell["id"] = nb["cells"][(i + 3) % len(nb["cells"])]["id"]
    assert not collect.plan(nb, master).tampered


def test_unreadable_files_are_named_never_raised(tmp_path):
    cases = {"empty": b"", "spaces": b"  \n", "badjson": b"{", "list": b"[1, 2]", "v99": b'{"nbformat": 99, "cells": []}',
             "nocells": b'{"nbformat": 4}', "binary": bytes(range(256)), "deep": b"[" * 100_000,
             "huge": b" " * (collect.MAX_BYTES + 1)}
    for name, raw in cases.items():
        path = tmp_path / name
        path.write_bytes(raw)
        with pytest.raises(collect.Invalid):
            collect.read_notebook(path)


@pytest.mark.skipif(not PRIVILEGED, reason="a user id of its own needs root")
def test_the_launcher_contains_a_fork_bomb_and_the_user_can_touch_nothing(tmp_path):
    """The kernel's user: a process cap root would ignore, no signals to others, no writing outside."""
    from course_lib.grade.limits import Limits, Sandbox, needs_read_capability
    box = Sandbox.create(tmp_path / "registry", Limits(), keep_read=needs_read_capability())
    script = (
        "import os, sys, time\n"
        "from course_lib.grade import launch\n"
        f"launch.set_limits({{'processes': 20}})\n"
        f"launch.drop_privileges({box.uid}, {box.gid}, {box.keep_read})\n"
        "n = 0\n"
        "try:\n"
        "    while n < 500:\n"
        "        if os.fork() == 0:\n"
        "            os.closerange(0, 3)\n"
        "            time.sleep(30)\n"
        "            os._exit(0)\n"
        "        n += 1\n"
        "except OSError:\n"
        "    pass\n"
        "def refused(action):\n"
        "    try:\n"
        "        action()\n"
        "        return False\n"
        "    except OSError:\n"
        "        return True\n"
        f"print(n, refused(lambda: os.kill(1, 0)), refused(lambda: open({str(tmp_path / 'x')!r}, 'w')), "
        f"refused(lambda: open({str(ROOT / 'PWNED')!r}, 'w')))\n")
    try:
        done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
        count, *refusals = done.stdout.split()
        assert 0 < int(count) < 20, done.stderr
        assert refusals == ["True", "True", "True"]
        assert len(box.pids()) >= int(count)           # the children are the sandbox's ...
    finally:
        box.destroy()
    assert not box.pids()                              # ... and all of them end with it
    assert not (ROOT / "PWNED").exists()
