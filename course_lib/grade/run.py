"""Running one submission: a fresh limited kernel, cell by cell (nbclient), answers captured as they come.

execute(plan, ...) -> Execution
    Runs the planned cells (collect.plan) one by one in a new kernel started through the limited
    launcher. Right after each answer cell the grader evaluates the question's expression in the
    kernel (capture.payload, as a user expression of an empty execute request): the answer comes
    back in that request's reply, so it is the grader's as soon as the cell has run. The kernel's
    own outputs are not kept (their size is counted); a cell's error comes from its reply.

    - A cell that runs too long is interrupted and the next cell runs. If the kernel does not come
      back (the student's code ignores the interrupt), the kernel is killed and the notebook is run
      again from the start in a new kernel, without that cell (at most `replays` times).
    - A kernel that dies (os._exit, a segfault, the CPU-time limit, the memory watch) ends the
      notebook: answers captured before count, the cells after are `killed`.
    - A watch polls the sandbox: more than `children` processes beside the kernel are ended (a fork
      bomb); more memory than the limit in all its processes together ends the kernel.

run_functions(sandbox, jobs, ...) -> {question id: runner report}
    The pickled functions, re-run by the function runner (runner.py) in a new limited process,
    forked by the Forkserver (forkserver.py) or, without one, started through the launcher.
"""
import ast
import asyncio
import json
import os
import select
import selectors
import signal
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
import zmq
import zmq.asyncio
from jupyter_client import AsyncKernelClient, AsyncKernelManager
from jupyter_client.kernelspec import KernelSpec
from jupyter_client.provisioning import LocalProvisioner
from nbclient import NotebookClient
from nbclient.exceptions import DeadKernelError

from .limits import Settings  # noqa: F401 -- run.Settings: how long cells and notebooks may run



@dataclass
class CellResult:
    index: int
    kind: str
    cell_id: str
    question: str = None
    seconds: float = 0.0
    status: str = "ok"                 # ok | error | timeout | killed | skipped | not_run
    error: str = None                  # "NameError: name 'x' is not defined"
    output_bytes: int = 0


@dataclass
class Execution:
    cells: list = field(default_factory=list)
    captured: dict = field(default_factory=dict)      # question id -> capture message content
    died_at: int = None                               # index of the cell during which the kernel died
    death: str = None                                 # why: "kernel died", "memory", "stuck", "notebook time"
    notes: list = field(default_factory=list)
    output_bytes: int = 0
    kernels: int = 0
    warm: int = 0                                     # how many of them were forked from the warm pool
    seconds: float = 0.0
    failure: str = None                               # the kernel could not start at all, ...


class _CappedSocket(zmq.asyncio.Socket):
    cap = 128 * 2 ** 20

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        try:
            self.setsockopt(zmq.MAXMSGSIZE, self.cap)
        except zmq.ZMQError:
            pass


class _CappedContext(zmq.asyncio.Context):
    _socket_class = _CappedSocket


class GradeKernelClient(AsyncKernelClient):
    """A kernel client whose sockets refuse a single message above the cap (a 1 GB print)."""

    def _context_default(self):
        return _CappedContext()


class _Forked:
    """The handle jupyter_client keeps on a kernel forked by the warm pool (not our child: a pidfd)."""

    def __init__(self, pid, pidfd):
        self.pid, self.pidfd, self.returncode = pid, pidfd, None
        self.stdin = self.stdout = self.stderr = None

    def poll(self):
        if self.returncode is None and select.select([self.pidfd], [], [], 0)[0]:
            self.returncode = -signal.SIGKILL  # gone; its exit status went to the pool, which reaps it
            os.close(self.pidfd)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            select.select([self.pidfd], [], [], timeout)
        return self.poll()

    def send_signal(self, signum):
        if self.poll() is None:
            try:
                signal.pidfd_send_signal(self.pidfd, signum)
            except ProcessLookupError:
                pass

    def kill(self):
        self.send_signal(signal.SIGKILL)

    def terminate(self):
        self.send_signal(signal.SIGTERM)


class _WarmProvisioner(LocalProvisioner):
    """Starts the kernel by asking the warm pool (forkserver.py) for a fork; without one, as LocalProvisioner."""

    pool = None
    config_path = None

    async def launch_kernel(self, cmd, **kwargs):
        if self.pool is not None:
            connection = Path(self.parent.connection_file).read_text(encoding="utf-8")
            forked = self.pool.spawn_kernel(self.config_path, connection)
            if forked is not None:
                self.process = _Forked(*forked)
                self.pid = self.pgid = self.process.pid   # the child made itself a session (and group) leader
                self.cwd = kwargs.get("cwd")
                return self.connection_info
        return await super().launch_kernel(cmd, **kwargs)


class GradeKernelManager(AsyncKernelManager):
    """A kernel manager whose kernel is the limited launcher (or a fork of the warm pool), whatever the notebook says."""

    def __init__(self, argv, pool=None, config_path=None, **kwargs):
        super().__init__(**kwargs)
        self._grade_spec = KernelSpec(argv=argv, display_name="grader", language="python", env={}, metadata={})
        self.client_factory = GradeKernelClient
        self.kernel_id = str(uuid.uuid4())
        self.provisioner = _WarmProvisioner(kernel_id=self.kernel_id, kernel_spec=self._grade_spec, parent=self)
        self.provisioner.pool, self.provisioner.config_path = pool, config_path

    @property
    def kernel_spec(self):
        return self._grade_spec


class _Client(NotebookClient):
    """nbclient, with outputs counted instead of stored, and each cell's error taken from its reply."""

    def __init__(self, nb, km, results, execution, **kwargs):
        super().__init__(nb, km=km, **kwargs)
        self.results, self.execution = results, execution
        self.timed_out = False
        self.on_cell_executed = self._executed

    async def _async_handle_timeout(self, timeout, cell=None):
        self.timed_out = True
        return await super()._async_handle_timeout(timeout, cell)

    def _executed(self, cell, cell_index, execute_reply):
        content = (execute_reply or {}).get("content") or {}
        result = self.results.get(cell_index)
        if result is not None and content.get("status") == "error" and not self.timed_out:
            result.error = f"{str(content.get('ename', ''))[:80]}: {str(content.get('evalue', ''))[:300]}"

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content") if isinstance(msg.get("content"), dict) else {}
        kind = msg.get("msg_type")
        if kind == "stream":
            size = len(str(content.get("text", "")))
        elif kind == "error":
            size = sum(len(str(line)) for line in content.get("traceback", []) or [])
        else:
            data = content.get("data") if isinstance(content.get("data"), dict) else {}
            size = sum(len(str(v)) for v in data.values())
        self.execution.output_bytes += size
        result = self.results.get(cell_index)
        if result is not None:
            result.output_bytes += size
        return None  # nothing is stored: the output cap is the size of nothing


def _capture_expression(slot):
    from ..answers import Function
    function = isinstance(slot.question.kind, Function)
    return (f"__import__('course_lib.grade.capture', fromlist=['payload']).payload("
            f"{slot.question.id!r}, lambda: ({slot.expression}), function={function})")


async def _reply(km, kc, msg_id, seconds):
    """The shell reply to `msg_id`; None if none came in `seconds`; "dead" if the kernel died."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            reply = await kc.get_shell_msg(timeout=min(1.0, max(0.05, deadline - time.monotonic())))
        except Exception:  # noqa: BLE001 -- queue.Empty: is the kernel still there?
            if not await km.is_alive():
                return "dead"
            continue
        if reply.get("parent_header", {}).get("msg_id") == msg_id:
            return reply
    return None


async def _probe(km, kc, seconds):
    """True if the kernel answers a request within `seconds` (it is not stuck in the student's code)."""
    reply = await _reply(km, kc, kc.execute("", silent=True, store_history=False), seconds)
    return isinstance(reply, dict)


async def _capture(km, kc, slot, seconds):
    """The answer of `slot`'s question, evaluated in the kernel right now: a dict, or "dead" / "stuck"."""
    msg_id = kc.execute("", silent=True, store_history=False, user_expressions={"answer": _capture_expression(slot)})
    reply = await _reply(km, kc, msg_id, seconds)
    if reply == "dead":
        return "dead"
    if reply is None:
        await km.interrupt_kernel()
        return "stuck"
    found = ((reply.get("content") or {}).get("user_expressions") or {}).get("answer") or {}
    if found.get("status") != "ok":
        return {"error": str(found.get("ename", "Error"))[:80], "text": str(found.get("evalue", ""))[:300]}
    try:
        text = ast.literal_eval((found.get("data") or {}).get("text/plain", ""))
        message = json.loads(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return {"error": "Unreadable", "text": "the answer could not be read from the kernel"}
    return message if isinstance(message, dict) else {"error": "Unreadable", "text": "not an answer"}


async def _watch(sandbox, state, period=0.5):
    """Poll the sandbox: end a fork bomb's processes, end the kernel when memory runs over."""
    limits = sandbox.limits
    while True:
        await asyncio.sleep(period)
        kernel = state.get("kernel")
        pids = sandbox.pids()
        children = [p for p in pids if p != kernel]
        if len(children) > limits.children:
            sandbox.kill(keep=(kernel,))
            state["forks"] = state.get("forks", 0) + len(children)
            continue
        if sandbox.over_memory(limits.memory_bytes, pids):
            state["memory"] = True
            sandbox.kill()
            sandbox.remove_scratch_files()


async def _run_once(plan, sandbox, settings, execution, skip, deadline, mpl_cache, pool):
    """One kernel's pass over the plan. Returns the index of a stuck cell to skip next time, or None."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(p.source) for p in plan.cells])
    results = {}
    km = GradeKernelManager(sandbox.launcher_argv("kernel", mpl_cache), pool, sandbox.root / "launch-kernel.json",
                            shutdown_wait_time=1.0)

    def timeout_of(cell):
        return settings.answer_timeout if cell.metadata.get("grade_kind") == "answer" else settings.cell_timeout
    for planned, cell in zip(plan.cells, nb.cells):
        cell.metadata["grade_kind"] = planned.kind
    client = _Client(nb, km, results, execution, timeout_func=lambda cell: int(timeout_of(cell)),
                     interrupt_on_timeout=True, allow_errors=True, record_timing=False,
                     error_on_timeout={"ename": "CellTimeout", "evalue": "the cell ran too long"},
                     startup_timeout=int(settings.startup_timeout), iopub_timeout=4, shutdown_kernel="immediate",
                     store_widget_state=False)
    state = {}
    watcher = None
    execution.kernels += 1
    try:
        try:
            await asyncio.wait_for(client.async_start_new_kernel(cwd=str(sandbox.root / "work")), settings.startup_timeout)
            state["kernel"] = km.provisioner.process.pid
            execution.warm += isinstance(km.provisioner.process, _Forked)
            sandbox.set_leader(state["kernel"])
            watcher = asyncio.ensure_future(_watch(sandbox, state))
            await asyncio.wait_for(client.async_start_new_kernel_client(), settings.startup_timeout)
        except Exception as error:  # noqa: BLE001 -- the kernel could not start: recorded, not raised
            execution.failure = f"the kernel did not start ({type(error).__name__}: {str(error)[:200]})"
            return None
        for index, (planned, cell) in enumerate(zip(plan.cells, nb.cells)):
            if index in skip:  # a cell that never stopped, in a replay: not run again
                continue
            if time.monotonic() > deadline:
                execution.died_at, execution.death = index, "notebook time"
                return None
            result = CellResult(index, planned.kind, planned.cell_id, _qid(planned))
            results[index] = result
            client.timed_out = False
            began = time.monotonic()
            try:
                await asyncio.wait_for(client.async_execute_cell(cell, index, store_history=False),
                                       timeout_of(cell) + 30)
            except DeadKernelError:
                return _died(execution, result, began, state)
            except asyncio.TimeoutError:
                client.timed_out = True
            except Exception as error:  # noqa: BLE001 -- nbclient surprises: recorded per cell
                result.error = f"{type(error).__name__}: {str(error)[:200]}"
            if state.get("memory") or not await km.is_alive():
                return _died(execution, result, began, state)
            if client.timed_out:
                result.status = "timeout"
                sandbox.kill(keep=(state["kernel"],))  # what the cell started must not starve the kernel
                if not await _probe(km, client.kc, 10):
                    _store(execution, result, began)
                    return index  # the cell ignores interrupts: replay without it
            elif result.error:
                result.status = "error"
            if planned.kind == "answer" and planned.slot.question.id not in execution.captured:
                captured = await _capture(km, client.kc, planned.slot, 60)
                if captured == "dead":
                    return _died(execution, result, began, state)
                if captured == "stuck":
                    result.status, result.error = "timeout", "capturing the answer did not finish"
                    if not await _probe(km, client.kc, 10):
                        _store(execution, result, began)
                        return index
                else:
                    execution.captured[planned.slot.question.id] = captured
            _store(execution, result, began)
            sandbox.kill(keep=(state["kernel"],))  # nothing the cell started outlives it
        return None
    finally:
        if watcher:
            watcher.cancel()
        if state.get("forks"):
            execution.notes.append(("processes ended", state["forks"]))
        try:
            await asyncio.wait_for(km.shutdown_kernel(now=True), 20)
        except Exception:  # noqa: BLE001 -- it may be dead already; the sandbox is swept below
            pass
        sandbox.kill()
        try:
            await km.cleanup_resources()
        except Exception:  # noqa: BLE001
            pass
        try:
            client.kc and client.kc.stop_channels()
        except Exception:  # noqa: BLE001
            pass


def _died(execution, result, began, state):
    result.status = "killed"
    execution.died_at = result.index
    execution.death = "memory" if state.get("memory") else "kernel died"
    _store(execution, result, began)


def _qid(planned):
    return planned.slot.question.id if planned is not None and planned.slot else None


def _store(execution, result, began):
    result.seconds = time.monotonic() - began
    previous = execution.cells[result.index]
    if previous is None or previous.status != "timeout":
        execution.cells[result.index] = result


async def execute_async(plan, sandbox, settings, mpl_cache=None, pool=None):
    execution = Execution(cells=[None] * len(plan.cells))
    began = time.monotonic()
    deadline = began + settings.notebook_timeout
    skip = set()
    while True:
        stuck = await _run_once(plan, sandbox, settings, execution, skip, deadline, mpl_cache, pool)
        if stuck is None:
            break
        skip.add(stuck)
        execution.notes.append(("stuck cell skipped", plan.cells[stuck].cell_id))
        if len(skip) > settings.replays:
            execution.died_at, execution.death = stuck, "stuck"
            break
        execution.cells = [c if c is not None and c.index in skip else None for c in execution.cells]
    for index, result in enumerate(execution.cells):
        if result is None:
            planned = plan.cells[index]
            status = "killed" if execution.died_at is not None and index > execution.died_at else "not_run"
            execution.cells[index] = CellResult(index, planned.kind, planned.cell_id, _qid(planned), status=status)
    execution.seconds = time.monotonic() - began
    return execution


def execute(plan, sandbox, settings, mpl_cache=None, pool=None):
    """Run the plan; with `pool` (a Forkserver), each kernel is forked warm from it."""
    return asyncio.run(execute_async(plan, sandbox, settings, mpl_cache, pool))


# ---------------------------------------------------------------- functions

def _start_runner(sandbox, forkserver):
    """(process or None, pid, fd to write jobs, fd to read results) of a new function runner."""
    if forkserver is not None:
        spawned = forkserver.spawn(sandbox.launcher_config("runner"))
        if spawned:
            return None, *spawned
    process = subprocess.Popen(sandbox.launcher_argv("runner"), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, start_new_session=True, cwd=str(sandbox.root))
    return process, process.pid, process.stdin.fileno(), process.stdout.fileno()


def run_functions(sandbox, jobs, settings, time_per_job, forkserver=None):
    """{question id: report} for the pickled functions `jobs` ([{"q", "pickle"}]), in the function runner.

    A runner that exceeds its time (startup, or one job) is killed; that job gets {"timeout": True}
    and a new runner takes the rest.
    """
    reports, remaining = {}, list(jobs)
    while remaining:
        process, pid, job_fd, result_fd = _start_runner(sandbox, forkserver)
        sandbox.set_leader(pid)
        try:
            data = "".join(json.dumps(job) + "\n" for job in remaining).encode()
            with open(job_fd, "wb", closefd=process is None) as handle:
                handle.write(data)
            if process is not None:
                process.stdin.close()
        except OSError:
            pass
        current, ready, done = None, False, set()
        deadline = time.monotonic() + settings.function_startup
        buffer = b""
        selector = selectors.DefaultSelector()
        selector.register(result_fd, selectors.EVENT_READ)
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                break
            if not selector.select(timeout=min(left, 1.0)):
                continue
            chunk = os.read(result_fd, 1 << 20)
            if not chunk:
                break
            buffer += chunk
            if len(buffer) > 64 * 2 ** 20:
                break
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                try:
                    message = json.loads(line)
                except ValueError:
                    continue
                if not isinstance(message, dict):
                    continue
                if message.get("ready"):
                    ready = True
                    deadline = time.monotonic() + time_per_job(remaining[0]["q"])
                elif "start" in message and ready:
                    current = message["start"]
                    deadline = time.monotonic() + time_per_job(current)
                elif message.get("q") in {job["q"] for job in remaining} and message["q"] not in done:
                    reports[message["q"]] = message
                    done.add(message["q"])
        selector.close()
        sandbox.kill()
        if process is not None:
            process.stdout.close()
            process.wait()
        else:
            os.close(result_fd)
        remaining = [job for job in remaining if job["q"] not in done]
        if not remaining:
            break
        if not ready:  # the runner itself could not start: give up on every function
            for job in remaining:
                reports[job["q"]] = {"q": job["q"], "error": "RunnerFailed", "text": "the function runner did not start"}
            break
        stuck = current if current in {job["q"] for job in remaining} else remaining[0]["q"]
        reports[stuck] = {"q": stuck, "timeout": True}
        remaining = [job for job in remaining if job["q"] != stuck]
    return reports
