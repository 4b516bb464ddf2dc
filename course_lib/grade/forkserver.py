"""The warm pool: a clean process with torch, IPython and the course already imported, that forks
each submission's kernel and function runner.

Starting a Python kernel and importing torch, the course and what the first torch.optim optimizer
loads (torch._dynamo) costs several seconds of CPU per notebook. A submission's kernel and its function
runner are instead forked from this server, which never runs student code. Each child is limited
exactly as the launcher limits an exec'd process (launch.set_limits, launch.drop_privileges,
no_new_privs, death with its parent, a clean environment, a session of its own) before it reads a
single message, and closes every file it inherited but the ones it was given. The server itself is
started with a clean environment (Forkserver, below: the grader's handle on it), so a child reading /proc/self/environ finds nothing
of the grader's.

    python -m course_lib.grade.forkserver SOCKET      (started by the grader; prints "ready")

A request on the unix socket SOCKET (in a folder only root can enter) is a JSON launcher config
(limits.Sandbox.launcher_config) and:
  mode "runner": two file descriptors, the runner's stdin and stdout; the reply is {"pid": ...};
  mode "kernel": the kernel's connection file in the config ("connection"); the reply is {"pid": ...}
                 with a pidfd of the kernel, so that the grader can wait for it and signal it exactly.
If the server cannot start, the grader starts each kernel and runner the slow way (launch.py).
"""
import ctypes
import json
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

_FOLDER = None   # the server's folder, on sys.path as the current directory of `python -m`


def _warm():
    """Import what every graded notebook imports, once, in the server (no threads are started)."""
    import cloudpickle  # noqa: F401 -- for the runner
    import torch
    torch.set_num_threads(1)
    import torch.nn.functional  # noqa: F401
    import torch.optim  # noqa: F401
    import torch.utils.data  # noqa: F401
    import ipykernel.kernelapp  # noqa: F401
    import ipykernel.ipkernel  # noqa: F401
    import ipywidgets  # noqa: F401
    import matplotlib.font_manager  # noqa: F401 -- pyplot's backend is only chosen in the kernel, once its shell exists
    import tqdm.auto  # noqa: F401
    from .. import answers, data, models, plots, sandbox, tables, train, widgets  # noqa: F401
    from ..practice import CHAPTERS, FRONT, questions_of
    for chapter in [FRONT, *CHAPTERS]:
        try:
            questions_of(chapter.number)
        except Exception:  # noqa: BLE001 -- a chapter being written may not import; its kernel will say so
            pass
    from . import capture, launch, runner, values  # noqa: F401
    import gc
    gc.freeze()  # the children's collections skip what the imports made (and do not copy its pages)


def _warm_later():
    """What the first torch.optim optimizer imports (torch._dynamo, 1-2 s), imported once the pool already
    serves, while no request waits: the first kernels do not wait for it (one that builds a torch.optim
    optimizer before it is done imports it itself), and every kernel forked after it has it."""
    import torch._dynamo  # noqa: F401
    import gc
    gc.freeze()


def _child(config, fds):
    from . import launch
    os.setsid()
    if config["mode"] == "runner":
        os.dup2(fds[0], 0)
        os.dup2(fds[1], 1)
    else:
        os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
        os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.dup2(os.open(os.devnull, os.O_WRONLY), 2)
    os.closerange(3, 65536)
    root = config["root"]
    if config["mode"] == "kernel":
        connection = os.path.join(root, "kernel.json")
        with open(os.open(connection, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as handle:
            handle.write(config["connection"])
        if config["privileged"]:
            os.chown(connection, config["uid"], config["gid"])
    os.chdir(os.path.join(root, "work"))
    server = os.getppid()
    os.environ.clear()
    os.environ.update(config["env"])
    os.environ["JPY_PARENT_PID"] = str(server)   # ipykernel ends when this process is gone
    import random
    import tempfile
    tempfile.tempdir = None                      # chosen again from the sandbox's TMPDIR
    random.seed()                                # not the server's sequence
    launch.set_limits(config["limits"])
    if config["privileged"]:
        launch.drop_privileges(config["uid"], config["gid"], config["keep_read"])
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(launch.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    libc.prctl(launch.PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != server:
        os._exit(1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    if config["mode"] == "runner":
        from . import runner
        sys.stdin = open(0, encoding="utf-8", closefd=False)
        runner.main()
    else:
        import ipykernel.kernelapp
        launcher = os.path.join(os.path.dirname(os.path.dirname(ipykernel.kernelapp.__file__)), "ipykernel_launcher.py")
        sys.argv = [launcher, "-f", connection, "--HistoryManager.enabled=False"]
        sys.path[:] = [p for p in sys.path if p not in ("", _FOLDER)]   # as ipykernel_launcher does
        app = ipykernel.kernelapp.IPKernelApp.instance()
        app.initialize(sys.argv[1:])
        app.start()
        os._exit(0)


def serve(path):
    global _FOLDER
    _FOLDER = os.getcwd()
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG: ends with the grader
    if os.getppid() != parent:
        os._exit(1)
    _warm()
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    print("ready", flush=True)
    later = selectors.DefaultSelector()
    later.register(server, selectors.EVENT_READ)
    while True:
        if later is not None and not later.select(0):   # idle, and torch._dynamo not imported yet
            later.close()
            later = None
            _warm_later()
        connection, _ = server.accept()
        fds = []
        try:
            message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 2)
            config = json.loads(message)
            wanted = {"runner": 2, "kernel": 0}.get(config.get("mode"))
            if wanted is None or len(fds) != wanted:
                raise ValueError("a runner needs two file descriptors, a kernel none")
            pid = os.fork()
            if pid == 0:
                try:
                    server.close()
                    connection.close()
                    _child(config, fds)
                finally:
                    os._exit(70)
            reply = json.dumps({"pid": pid}).encode()
            if config["mode"] == "kernel":
                pidfd = os.pidfd_open(pid)
                try:
                    socket.send_fds(connection, [reply], [pidfd])
                finally:
                    os.close(pidfd)
            else:
                connection.sendall(reply)
        except Exception as error:  # noqa: BLE001 -- a bad request: say so, keep serving
            try:
                connection.sendall(json.dumps({"error": f"{type(error).__name__}: {error}"}).encode())
            except OSError:
                pass
        finally:
            for fd in fds:
                os.close(fd)
            connection.close()


# ---------------------------------------------------------------- the grader's side

class Forkserver:
    """The grader's handle on the warm pool (forkserver.py): a kernel or function runner forked in
    ~10 ms, with torch, IPython and the course imported, instead of seconds of start and imports."""

    def __init__(self, registry=None, timeout=300, mpl_cache=None):
        self.folder = tempfile.mkdtemp(prefix="dl-grade-forkserver-")
        os.chmod(self.folder, 0o700)
        self.record = None
        if registry is not None:  # so that a grader killed with kill -9 does not leave the folder behind
            self.record = Path(registry) / f"{Path(self.folder).name}.json"
            self.record.write_text(json.dumps({"folder": self.folder, "grader": os.getpid()}))
        self.path = os.path.join(self.folder, "socket")
        from .limits import clean_env   # its children can read the pool's own environment in /proc/self/environ
        env = dict(clean_env(), HOME=self.folder, MPLCONFIGDIR=mpl_cache or os.path.join(self.folder, "mpl"),
                   MPLBACKEND="module://matplotlib_inline.backend_inline")
        self.process = subprocess.Popen([sys.executable, "-m", "course_lib.grade.forkserver", self.path],
                                        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                        env=env, cwd=self.folder)
        self.timeout, self.ok, self.lock = timeout, None, threading.Lock()

    def _ready(self):
        """Wait (once) for the server's imports to finish; meanwhile the first kernels already run."""
        with self.lock:
            if self.ok is None:
                ready = selectors.DefaultSelector()
                ready.register(self.process.stdout, selectors.EVENT_READ)
                self.ok = bool(ready.select(self.timeout)) and self.process.stdout.readline().strip() == b"ready"
                ready.close()
            return self.ok

    def spawn(self, config_path):
        """(pid, fd to write the jobs to, fd to read the results from), or None."""
        if not self._ready() or self.process.poll() is not None:
            return None
        job_r, job_w = os.pipe()
        result_r, result_w = os.pipe()
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.settimeout(60)
                connection.connect(self.path)
                socket.send_fds(connection, [Path(config_path).read_bytes()], [job_r, result_w])
                reply = json.loads(connection.recv(65536) or b"{}")
        except (OSError, ValueError):
            reply = {}
        finally:
            os.close(job_r)
            os.close(result_w)
        if not isinstance(reply.get("pid"), int):
            os.close(job_w)
            os.close(result_r)
            return None
        return reply["pid"], job_w, result_r

    def spawn_kernel(self, config_path, connection):
        """(pid, pidfd) of a kernel forked for the sandbox of `config_path`, reading `connection`; or None."""
        if not self._ready() or self.process.poll() is not None:
            return None
        config = json.loads(Path(config_path).read_text(encoding="utf-8"))
        config["connection"] = connection
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as channel:
                channel.settimeout(60)
                channel.connect(self.path)
                channel.sendall(json.dumps(config).encode())
                channel.shutdown(socket.SHUT_WR)
                message, fds, _, _ = socket.recv_fds(channel, 65536, 1)
            reply = json.loads(message or b"{}")
        except (OSError, ValueError):
            return None
        if not isinstance(reply.get("pid"), int) or len(fds) != 1:
            for fd in fds:
                os.close(fd)
            return None
        return reply["pid"], fds[0]

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)
        if self.record is not None:
            self.record.unlink(missing_ok=True)



if __name__ == "__main__":
    serve(sys.argv[1])
