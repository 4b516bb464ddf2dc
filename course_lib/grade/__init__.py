"""Instructor grading: `make grade SUBMISSIONS=<dir> OUT=<dir>` (python -m course_lib.grade SUBMISSIONS OUT).

Submissions are laid out <SUBMISSIONS>/<student id>/<chapter notebook file name> (the names in
notebooks/hi and notebooks/en; either language). The grader writes into OUT:

    gradebook.csv          student,chapter,question,points,max_points,status (one row per question)
    summary.csv            one row per student: points per chapter, total, max_total
    feedback/<student>.html   each question's result and why, with a hint, in the student's language
    report.html            score distributions, most-missed questions, failed submissions, timings
    .results/<student>/<chapter>.json   each notebook's result, written when it finishes (resume)

How a notebook is graded (each step in its own module):
  collect  the master notebook is restored around the student's answer cells (ids, then check lines);
           edited question cells / check lines are `tampered`; other cells are the master's.
  run      a fresh kernel per submission, forked from the warm pool (forkserver.py: torch, IPython and
           the course already imported; --cold-kernels starts a new Python instead) and limited as the
           launcher limits it (launch.py: memory, CPU, file size, processes, a user id of its own when
           run as root); cells one by one with nbclient; timeouts interrupt the cell and the next one
           runs; a dead kernel ends the notebook; each answer is captured right after its cell
           (capture.py) and kept by the grader. No output is kept, so no figure is drawn.
  runner   a student's functions are re-run in a new limited process (never in the grader), forked
           from the same warm pool.
  cluster  each notebook is one task on Dask distributed workers: a local cluster of --workers
           threads, or the machines of --scheduler ADDRESS (cluster.py).
  judge    the verdict is computed in the grader's process with the answer kinds against the key.
  report   CSVs and HTML are rebuilt from the per-notebook results; same input, same gradebook.

Nothing is lost and nothing is left running: a notebook's result is written (atomically) when it
finishes and a re-run skips it (unless the submission or the course notebook changed); every
sandbox is recorded before its kernel starts, kernels die with the grader (PR_SET_PDEATHSIG), and a
watchdog in its own session (limits.watchdog) ends what they started the moment the grader ends,
even by `kill -9` of its process group; a restart sweeps the records once more.

Which chapters are expected of every student: those any student submitted (a missing one gets
`missing_notebook` rows), or the ones named with --chapters.
"""
import argparse
import fcntl
import hashlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from ..lang import Bi

# Reading a notebook imports nbformat, which imports jsonschema, which imports rfc3987_syntax if it is
# installed (jupyter-events pulls it in): it compiles some 35 Lark grammars at import, 1.7-2.4 s measured
# here, for the "iri" formats no notebook schema uses (jsonschema issue #1428). The grader does without it:
# importing nbformat then takes 0.2-0.3 s. jsonschema handles the module being absent (ImportError).
sys.modules.setdefault("rfc3987_syntax", None)

VERSION = 1
_active = set()          # sandboxes in use, ended on Ctrl-C / SIGTERM
_active_lock = threading.Lock()


def _atomic_json(path, data):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _bi(hi, en):
    return {"hi": hi, "en": en}


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest() if path else None


def _master_sha(masters_of_chapter):
    digest = hashlib.sha256()
    for lang in sorted(masters_of_chapter):
        digest.update(masters_of_chapter[lang].path.read_bytes())
    return digest.hexdigest()


# ---------------------------------------------------------------- one notebook

def _rows(questions, status, detail=None):
    return [{"question": q.id, "points": 0, "max_points": 1, "status": status, "detail": detail} for q in questions]


def grade_notebook(student, name, path, chapter_masters, settings, context):
    """The result (a JSON-able dict) of one student's notebook `name` at `path` (None: not submitted)."""
    from . import collect, run
    from .limits import Sandbox
    any_master = next(iter(chapter_masters.values()))
    result = {"student": student, "chapter": any_master.key, "notebook": name, "version": VERSION,
              "sha256": _sha(path), "master_sha256": _master_sha(chapter_masters), "lang": None,
              "rows": [], "notes": [], "why": {}, "events": [], "seconds": 0.0}
    began = time.monotonic()
    if path is None:
        result["rows"] = _rows(any_master.questions, "missing_notebook",
                               _bi(f"{name} जमा नहीं की गई।", f"{name} was not submitted."))
        result["why"]["missing_notebook"] = "not submitted"
        return result
    try:
        nb, upgrade_notes = collect.read_notebook(path)
    except (collect.Invalid, OSError) as problem:
        text = str(problem)
        result["rows"] = _rows(any_master.questions, "invalid_notebook",
                               _bi(f"यह notebook पढ़ी नहीं जा सकी: {text}", f"This notebook could not be read: {text}"))
        result["why"]["invalid_notebook"] = text
        return result
    lang, how = collect.language(nb, chapter_masters)
    master = chapter_masters[lang]
    result["lang"] = lang
    if how != "metadata":
        result["events"].append(f"language {lang}, read from the notebook's {how}")
    notes = result["notes"]
    for text in upgrade_notes:
        notes.append(_bi(f"पुराना notebook format ({text}); इसे पढ़कर जाँचा गया।", f"Old notebook format ({text}); it was read and graded."))
        result["events"].append(text)
    kernel = ((nb.get("metadata") or {}).get("kernelspec") or {}).get("name") if isinstance(nb.get("metadata"), dict) else None
    if kernel and kernel != "dl-course":
        notes.append(_bi(f"notebook का kernel '{kernel}' था; जाँच पाठ्यक्रम के अपने Python kernel में हुई।",
                         f"The notebook named kernel '{kernel}'; it was graded with the course's own Python kernel."))
        result["events"].append(f"foreign kernel name {kernel!r} (graded with the course kernel)")
    plan = collect.plan(nb, master)
    edited = [cid for code, cid in plan.notes if code == "edited"]
    if edited:
        notes.append(_bi(f"पाठ्यक्रम की {len(edited)} cell आपकी notebook में अलग थीं (आपने बदलीं, या notebook पुराने संस्करण की है); "
                         f"जाँच में पाठ्यक्रम की अपनी cell चलाई गईं।",
                         f"{len(edited)} of the course's cells differ in your notebook (edited, or from an older version of "
                         f"the course); grading ran the course's own cells."))
    extra = sum(n for code, n in plan.notes if code == "extra")
    if extra:
        notes.append(_bi(f"आपकी जोड़ी {extra} cell नहीं चलाई गईं: उत्तर को जिस code की ज़रूरत हो (जैसे helper function), वह उत्तर वाली cell में ही होना चाहिए।",
                         f"{extra} cells you added were not run: code an answer needs (a helper function, say) must live in the answer cell itself."))
    sandbox = Sandbox.create(context["registry"], context["limits"], keep_read=context["keep_read"])
    with _active_lock:
        _active.add(sandbox)
    try:
        execution = run.execute(plan, sandbox, settings, context.get("mpl_cache"), context.get("pool"))
        jobs = [{"q": qid, "pickle": message["pickle"]} for qid, message in sorted(execution.captured.items())
                if isinstance(message, dict) and isinstance(message.get("pickle"), str)]
        reports = {}
        result["timing"] = {"kernel": round(execution.seconds, 2), "kernels": execution.kernels, "warm": execution.warm}
        functions_began = time.monotonic()
        if jobs and execution.failure is None:
            def time_per_job(qid):
                question = next((q for q in master.questions if q.id == qid), None)
                limit = getattr(getattr(question, "kind", None), "time_limit", 5.0)
                return 30 + 8 * limit
            reports = run.run_functions(sandbox, jobs, settings, time_per_job, context.get("forkserver"))
            result["timing"]["functions"] = round(time.monotonic() - functions_began, 2)
    finally:
        sandbox.destroy()
        with _active_lock:
            _active.discard(sandbox)
    if execution.failure:
        result["events"].append(execution.failure)
    if execution.death:
        result["events"].append(f"kernel ended ({execution.death}) at cell {plan.cells[execution.died_at].cell_id}"
                                if execution.died_at is not None else f"kernel ended ({execution.death})")
    for cell in execution.cells:
        if cell.kind == "content" and cell.status in ("timeout", "error"):
            result["events"].append(f"course cell {cell.cell_id}: {cell.status}" + (f" ({cell.error[:160]})" if cell.error else ""))
    for code, value in execution.notes:
        result["events"].append(f"{code}: {value}")
        if code == "processes ended":
            notes.append(_bi(f"notebook के code ने बहुत सारी processes शुरू कीं; {value} रोक दी गईं।",
                             f"The notebook's code started too many processes; {value} were ended."))
    if execution.output_bytes > settings.output_cap:
        mb = execution.output_bytes / 1e6
        notes.append(_bi(f"notebook ने {mb:.1f} MB output छापा; {settings.output_cap // 1_000_000} MB से ऊपर का output रखा नहीं जाता।",
                         f"The notebook printed {mb:.1f} MB of output; output beyond {settings.output_cap // 1_000_000} MB is not kept."))
        result["events"].append(f"{mb:.1f} MB of output (not kept)")
    answer_cell = {p.slot.question.id: i for i, p in enumerate(plan.cells) if p.kind == "answer"}
    for question in master.questions:
        row = {"question": question.id, "points": 0, "max_points": 1}
        row["status"], row["detail"] = _status(question, plan, execution, answer_cell, reports, settings)
        if row["status"] == "correct":
            row["points"] = 1
        elif row["status"] not in result["why"] and row["status"] in ("killed", "timeout", "error", "tampered"):
            result["why"][row["status"]] = (row["detail"] or {}).get("en", "")[:200]
        result["rows"].append(row)
        how = plan.answers_found.get(question.id, "")
        if how == "missing":
            result["events"].append(f"{question.id}: no answer cell (the empty template was run)")
        elif how and how != "id":
            result["events"].append(f"{question.id}: answer cell found by {how}")
    result["seconds"] = round(time.monotonic() - began, 2)
    return result


def _detail(bi):
    return {"hi": bi.hi, "en": bi.en} if isinstance(bi, Bi) else bi


def _status(question, plan, execution, answer_cell, reports, settings):
    from . import judge
    qid = question.id
    if qid in plan.tampered:
        why = plan.tampered[qid]
        return "tampered", _bi(f"प्रश्न की cell या उसकी जाँच की पंक्ति बदली गई थी ({why}); इस प्रश्न के अंक नहीं मिलते।",
                               f"The question's cell or its check line was edited ({why}); this question gets no points.")
    if qid not in answer_cell:
        return "error", _bi("पाठ्यक्रम की notebook में इस प्रश्न की उत्तर cell नहीं है।",
                            "The course's notebook has no answer cell for this question.")
    if execution.failure:
        return "error", _bi(f"notebook चलाई नहीं जा सकी: {execution.failure}", f"The notebook could not be run: {execution.failure}")
    cell = execution.cells[answer_cell[qid]]
    if cell.status in ("killed", "not_run") and execution.death == "notebook time":
        return "timeout", _bi("पूरी notebook की समय सीमा इस cell से पहले ख़त्म हो गई।",
                              "The notebook's overall time limit ran out before this cell.")
    if cell.status in ("killed", "not_run"):
        why = {"memory": ("memory की सीमा पार होने पर", "when it went over the memory limit")}.get(
            execution.death, ("(os._exit, crash, या CPU-समय सीमा)", "(os._exit, a crash, or the CPU-time limit)"))
        if execution.died_at == answer_cell[qid]:
            return "killed", _bi(f"इसी cell के दौरान kernel रुक गया {why[0]}; पहले के उत्तर जाँचे गए।",
                                 f"The kernel stopped during this cell {why[1]}; the answers before it were graded.")
        return "killed", _bi(f"kernel इस cell से पहले रुक गया {why[0]}, इसलिए यह cell नहीं चली।",
                             f"The kernel stopped before this cell {why[1]}, so it did not run.")
    if cell.status == "timeout":
        limit = int(settings.answer_timeout)
        return "timeout", _bi(f"उत्तर वाली cell {limit} सेकंड से ज़्यादा चली और रोक दी गई; उसके बाद के उत्तर फिर भी जाँचे गए।",
                              f"The answer cell ran longer than {limit} seconds and was stopped; the answers after it were still graded.")
    if cell.status == "error":
        text = cell.error or "an error"
        return "error", _bi(f"आपकी उत्तर cell ने error दिया: {text}", f"Your answer cell raised an error: {text}")
    captured = execution.captured.get(qid)
    if not isinstance(captured, dict):
        return "error", _bi("उत्तर नहीं मिल सका।", "The answer could not be collected.")
    if "error" in captured:
        text = f"{str(captured.get('error'))[:80]}: {str(captured.get('text', ''))[:200]}"
        return "error", _bi(f"उत्तर पढ़ा नहीं जा सका: {text}", f"The answer could not be read: {text}")
    if captured.get("untouched"):
        return "not_attempted", _bi("अभी उत्तर नहीं दिया गया।", "Not attempted yet.")
    if "value" in captured:
        status, detail = judge.judge_value(question, captured["value"])
        if status == "not_attempted":
            detail = detail or Bi(hi="अभी उत्तर नहीं दिया गया।", en="Not attempted yet.")
        return status, _detail(detail)
    if "pickle" in captured:
        report = reports.get(qid)
        if report is None:
            return "error", _bi("function दोबारा नहीं चलाया जा सका।", "The function could not be run again.")
        if report.get("timeout"):
            return "timeout", _bi("आपका function grader में रोकने पर भी नहीं रुका।", "Your function did not stop when the grader ran it.")
        if "error" in report:
            text = f"{str(report['error'])[:80]}: {str(report.get('text', ''))[:200]}"
            return "error", _bi(f"आपका function grader तक नहीं पहुँच सका ({text}); उसे उत्तर वाली cell में ही पूरा लिखें।",
                                f"Your function could not be carried to the grader ({text}); keep it self-contained in the answer cell.")
        status, detail = judge.judge_function(question, report)
        if status == "not_attempted":
            detail = detail or Bi(hi="अभी उत्तर नहीं दिया गया।", en="Not attempted yet.")
        return status, _detail(detail)
    return "error", _bi("उत्तर पढ़ा नहीं जा सका।", "The answer could not be read.")


# ---------------------------------------------------------------- the batch

def _grader_error(student, name, masters_of, error):
    any_master = next(iter(masters_of.values()))
    return {"student": student, "chapter": any_master.key, "notebook": name, "version": VERSION,
            "sha256": None, "master_sha256": None, "lang": None, "notes": [],
            "events": [f"grader error: {type(error).__name__}: {error}"], "why": {"error": "grader error"},
            "rows": _rows(any_master.questions, "error", _bi("grader में त्रुटि; शिक्षक को बताएँ।",
                                                             "A grader error; please tell your instructor.")),
            "seconds": 0.0}


def _size(path):
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _build_mpl_cache(folder):
    """matplotlib's font list, built once, copied into each kernel's config folder (else each kernel builds it)."""
    import shutil
    folder = Path(folder)
    if list(folder.glob("fontlist-*.json")):
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    # where matplotlib keeps the grader's own list (matplotlib.get_cachedir), found without importing it (0.3 s);
    # a list of another matplotlib version is harmless: the warm pool, whose MPLCONFIGDIR this is, writes its own
    usual = Path(os.environ.get("MPLCONFIGDIR") or Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
                 / "matplotlib")
    found = list(usual.glob("fontlist-*.json"))
    if not found:
        import matplotlib
        import matplotlib.font_manager  # noqa: F401 -- builds the grader's own font list if it has none
        found = list(Path(matplotlib.get_cachedir()).glob("fontlist-*.json"))
    for item in found:
        shutil.copyfile(item, folder / item.name)
    if not list(folder.glob("fontlist-*.json")):
        env = dict(os.environ, MPLCONFIGDIR=str(folder))
        subprocess.run([sys.executable, "-c", "import matplotlib.font_manager"], env=env, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600)
    return folder


def _parse(argv):
    from .limits import Settings
    defaults = Settings()
    parser = argparse.ArgumentParser(prog="python -m course_lib.grade", description=__doc__.split("\n\n")[0])
    parser.add_argument("submissions", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--workers", type=int, default=None,
                        help="notebooks graded at once on this machine (default: one per core)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="grade on the Dask cluster of this scheduler (e.g. tcp://10.0.0.5:8786) "
                             "instead of a local cluster; see the README")
    parser.add_argument("--chapters", default=None, help="chapters every student must submit, e.g. 00,06")
    parser.add_argument("--cell-timeout", type=float, default=defaults.cell_timeout, help="seconds for a course cell")
    parser.add_argument("--answer-timeout", type=float, default=defaults.answer_timeout, help="seconds for an answer cell")
    parser.add_argument("--notebook-timeout", type=float, default=defaults.notebook_timeout)
    parser.add_argument("--memory-gb", type=float, default=4.0, help="memory of one submission (all its processes)")
    parser.add_argument("--regrade", action="store_true", help="grade again what an earlier run finished")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--cold-kernels", action="store_true",
                        help="start every kernel as a new Python (the slow way) instead of forking it from the warm pool")
    return parser.parse_args(argv)


def _expected(chapters_arg, scanned, all_masters):
    if chapters_arg:
        wanted = set()
        for item in chapters_arg.split(","):
            item = item.strip()
            for name in all_masters:
                if item and (name == item or name.startswith(item.zfill(2) + "_") or Path(name).stem == item):
                    wanted.add(name)
        return sorted(wanted)
    return sorted({name for files in scanned.students.values() for name in files})


def main(argv=None):
    args = _parse(sys.argv[1:] if argv is None else argv)
    began = time.monotonic()
    from . import cluster
    from .limits import sweep_leftovers
    if not args.submissions.is_dir():
        print(f"✖ {args.submissions} is not a folder of submissions / जमा notebooks का फ़ोल्डर नहीं है", file=sys.stderr)
        return 2
    out = args.out
    results_dir = out / ".results"
    results_dir.mkdir(parents=True, exist_ok=True)
    lock = open(results_dir / ".lock", "w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        print(f"✖ another grader is writing into {out} / कोई और grader इसी फ़ोल्डर में लिख रहा है", file=sys.stderr)
        return 2
    registry = results_dir / ".sandboxes"
    leftovers = sweep_leftovers(registry)
    for stale in results_dir.glob("*/.*.tmp"):  # a result half-written when an earlier run was killed
        stale.unlink(missing_ok=True)
    # the sandboxes' records, and a watchdog that sweeps them the moment this grader ends, even by kill -9
    # of its process group (limits.watchdog); the warm pool starts importing now, while the batch is planned
    context = cluster.make_context(registry, args.memory_gb, args.cold_kernels, watch=os.getpid())
    cluster._local = context
    from . import collect, report
    from .limits import Settings
    import torch
    torch.set_num_threads(1)
    problems = []
    all_masters = collect.masters(problems=problems)
    for problem in problems:
        print(f"⚠ a course notebook could not be loaded and is not graded: {problem}", file=sys.stderr)
    cluster._masters.update(all_masters)   # the local cluster's tasks use the grader's own
    scanned = collect.scan(args.submissions, set(all_masters))
    expected = _expected(args.chapters, scanned, all_masters)
    settings = Settings(cell_timeout=args.cell_timeout, answer_timeout=args.answer_timeout,
                        notebook_timeout=args.notebook_timeout)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = max(1, args.workers or cores)
    questions = {q.id: q for masters_of in all_masters.values() for m in masters_of.values() for q in m.questions}

    def result_path(student, name):
        return results_dir / student / f"{Path(name).stem}.json"

    jobs, done = [], []
    for student in sorted(scanned.students):
        for name in expected:
            path = scanned.students[student].get(name)
            target = result_path(student, name)
            if target.exists() and not args.regrade:
                try:
                    old = json.loads(target.read_text(encoding="utf-8"))
                    if (old.get("version") == VERSION and old.get("sha256") == _sha(path)
                            and old.get("master_sha256") == _master_sha(all_masters[name])):
                        done.append(old)
                        continue
                except (OSError, ValueError):
                    pass
            jobs.append((student, name, path))
    where = f"the Dask cluster at {args.scheduler}" if args.scheduler else f"{workers} workers"
    print(f"Grading {len(scanned.students)} students × {len(expected)} chapters ({', '.join(expected) or 'none'}): "
          f"{len(jobs)} notebooks to grade, {len(done)} already done; {where}"
          + (f"; ended {leftovers} sandboxes left by an earlier run" if leftovers else ""), file=sys.stderr)

    def stop(signum, frame):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, stop)
    fresh = []
    client = None
    try:
        from tqdm import tqdm
        bar = tqdm(total=len(jobs), unit="notebook", desc="grading", disable=args.quiet, file=sys.stderr)
        quick = [job for job in jobs if job[2] is None]
        # the biggest notebooks first (longest chapters, most output): with several workers, the last ones to
        # finish are then short, instead of one worker still running a long chapter while the others wait
        slow = sorted((job for job in jobs if job[2] is not None), key=lambda job: -_size(job[2]))
        for student, name, path in quick:
            result = grade_notebook(student, name, path, all_masters[name], settings, context)
            _atomic_json(result_path(student, name), result)
            fresh.append(result)
            bar.update(1)
        if slow:
            from dask.distributed import as_completed
            try:
                client = cluster.connect(args.scheduler, workers)
            except (OSError, TimeoutError) as error:
                print(f"✖ no Dask scheduler answered at {args.scheduler} ({type(error).__name__}); the results so far "
                      f"are kept / इस पते पर कोई Dask scheduler नहीं मिला; अब तक के नतीजे रखे गए हैं", file=sys.stderr)
                return 2
            if args.scheduler:
                mine = cluster.fingerprint()
                differ = sorted(address for address, theirs in client.run(cluster.fingerprint).items()
                                if any(theirs.get(name) != mine[name] for name in expected))
                if differ:
                    print(f"✖ these workers have another version of the course: {', '.join(differ)}; run the same "
                          f"checkout there / इन workers पर पाठ्यक्रम का दूसरा संस्करण है", file=sys.stderr)
                    cluster.close(client)
                    return 2
            futures = {client.submit(cluster.grade_task, s, n, Path(p).read_bytes(), settings, args.memory_gb,
                                     args.cold_kernels, key=f"grade-{s}-{Path(n).stem}-{os.getpid()}",
                                     pure=False): (s, n) for s, n, p in slow}
            for future in as_completed(futures):
                student, name = futures[future]
                try:
                    result = future.result()
                except Exception as error:  # noqa: BLE001 -- a grader bug on one notebook: recorded, batch goes on
                    result = _grader_error(student, name, all_masters[name], error)
                else:
                    _atomic_json(result_path(student, name), result)
                fresh.append(result)
                bar.set_postfix_str(f"{student}/{Path(name).stem} {result.get('seconds', 0):.0f}s")
                bar.update(1)
            cluster.close(client)
            client = None
        context["forkserver"].close()
        bar.close()
    except KeyboardInterrupt:
        with _active_lock:
            for sandbox in list(_active):
                sandbox.destroy()
        print("✖ stopped; run the same command again to resume / रुका; दोबारा चलाने पर आगे से शुरू होगा", file=sys.stderr)
        os._exit(130)
    results = done + fresh
    counts = {
        "students": len(scanned.students),
        "chapters": len(expected),
        "notebooks graded now": len([r for r in fresh if r.get("seconds")]),
        "resumed (already graded)": len(done),
        "failed notebooks": len([r for r in results if any(row["status"] in report.FAILED for row in r["rows"])]),
        "time": f"{time.monotonic() - began:.0f} s",
    }
    report.write_all(out, results, [Path(n).stem for n in expected], questions, scanned.ignored, counts)
    timed = [r["seconds"] for r in fresh if r.get("seconds")]
    per = f"; {sum(timed) / len(timed):.1f} s per notebook (one worker's time)" if timed else ""
    print(f"✔ {counts['students']} students, {len(results)} notebooks ({len(fresh)} graded now, {len(done)} resumed), "
          f"{counts['failed notebooks']} with failures, {len(scanned.ignored)} files ignored; "
          f"{time.monotonic() - began:.0f} s{per}. → {out}/gradebook.csv, summary.csv, report.html, feedback/",
          file=sys.stderr)
    return 0
