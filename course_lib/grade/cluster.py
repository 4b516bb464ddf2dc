"""Where notebooks are graded: on Dask distributed workers, a local cluster by default.

    python -m course_lib.grade SUBMISSIONS OUT                       a local cluster, --workers of them
    python -m course_lib.grade SUBMISSIONS OUT --scheduler tcp://HOST:8786     the machines of a cluster

The grader (the process the instructor runs) reads the submissions, decides what is still to grade,
and writes every result and the gradebook; only the grading of one notebook (grade_notebook: a fresh
limited kernel, the function runner, the verdicts) is a Dask task. A local cluster's workers are
threads of the grader, so they share its sandboxes' records, watchdog and warm pool. A remote worker
builds the same once, for itself (`worker_context`): its own records and watchdog (ending what its
sandboxes left when the worker ends), its own warm pool. A task carries the notebook's bytes, so the
workers need no shared disk; they need the same course: the grader compares every worker's course
notebooks with its own (`fingerprint`) before it sends a single task.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_local = None            # the grader's own context, used by the threads of a local cluster
_remote = {}             # a remote worker's contexts, one per (memory, kernels) setting
_lock = threading.Lock()


def connect(scheduler, workers):
    """A Dask client: of the cluster at `scheduler`, or of a new local cluster of `workers` threads."""
    import logging

    from dask.distributed import Client, LocalCluster
    if scheduler:
        client = Client(scheduler, timeout=20)
        client.dl_scratch = None
        return client
    scratch = tempfile.mkdtemp(prefix="dl-grade-dask-")
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=False, dashboard_address=None,
                           silence_logs=logging.ERROR, local_directory=scratch)
    client = Client(cluster)
    client.dl_scratch = scratch
    return client


def close(client):
    cluster = client.cluster
    client.close()
    if cluster is not None:
        cluster.close()
    if client.dl_scratch:
        shutil.rmtree(client.dl_scratch, ignore_errors=True)


def fingerprint():
    """{course notebook name: hash of its master notebooks} on this machine."""
    from . import _master_sha, collect
    return {name: _master_sha(masters) for name, masters in collect.masters().items()}


def make_context(registry, memory_gb, cold, watch=None):
    """What grading a notebook needs on this machine: sandbox records, limits, the warm pool.

    `watch`: start a watchdog that ends what the sandboxes left once process `watch` is gone."""
    from . import _build_mpl_cache
    from .limits import PRIVILEGED, Limits, needs_read_capability
    from .forkserver import Forkserver
    registry = Path(registry)
    registry.mkdir(parents=True, exist_ok=True)
    if watch:
        subprocess.Popen([sys.executable, "-m", "course_lib.grade.limits", str(watch), str(registry.resolve())],
                         start_new_session=True, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, cwd=str(Path(__file__).resolve().parent.parent.parent))
    mpl_cache = _build_mpl_cache(registry.parent / ".mplcache")
    pool = Forkserver(registry, mpl_cache=str(mpl_cache))   # it imports for seconds; meanwhile the grader plans
    context = {"registry": registry, "limits": Limits(memory_bytes=int(memory_gb * 2 ** 30)),
               "keep_read": PRIVILEGED and needs_read_capability(),
               "mpl_cache": mpl_cache, "forkserver": pool, "pool": None if cold else pool}
    return context


def worker_context(memory_gb, cold):
    """The context of this process: the grader's own, or (a remote worker) one built once."""
    if _local is not None:
        return _local
    with _lock:
        key = (memory_gb, cold)
        if key not in _remote:
            base = Path(tempfile.mkdtemp(prefix="dl-grade-worker-"))
            _remote[key] = make_context(base / ".sandboxes", memory_gb, cold, watch=os.getpid())
        return _remote[key]


_masters, _masters_lock = {}, threading.Lock()


def grade_task(student, name, data, settings, memory_gb, cold):
    """One notebook (`data`: its bytes, None if not submitted), graded where this task runs."""
    from . import collect, grade_notebook
    with _masters_lock:
        if not _masters:
            _masters.update(collect.masters())
    context = worker_context(memory_gb, cold)
    folder = Path(tempfile.mkdtemp(prefix="dl-grade-submission-"))
    try:
        path = None
        if data is not None:
            path = folder / name
            path.write_bytes(data)
        result = grade_notebook(student, name, path, _masters[name], settings, context)
        result["worker"] = f"{os.uname().nodename} pid {os.getpid()}"
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)
