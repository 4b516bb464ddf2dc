"""A clean process with torch and the course already imported, that forks the function runners.

Starting a Python and importing torch costs ~3 s of CPU; a submission's function runner is instead
forked from this server, which never runs student code. The child is then limited exactly as the
launcher limits an exec'd process (launch.set_limits, launch.drop_privileges, no_new_privs, death
with its parent) before it reads a single job, and closes every file it inherited but its two pipes.

    python -m course_lib.grade.forkserver SOCKET      (started by the grader; prints "ready")

A request on the unix socket SOCKET (in a folder only root can enter): a JSON launcher config
(limits.Sandbox.launcher_config) and two file descriptors, the runner's stdin and stdout. The reply
is {"pid": ...}. If the server cannot start, the grader starts each runner the slow way (launch.py).
"""
import ctypes
import json
import os
import signal
import socket
import sys


def _child(config, job_in, results_out):
    from . import launch, runner
    os.setsid()
    os.dup2(job_in, 0)
    os.dup2(results_out, 1)
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 2)
    os.closerange(3, 65536)
    os.chdir(os.path.join(config["root"], "work"))
    os.environ.clear()
    os.environ.update(config["env"])
    launch.set_limits(config["limits"])
    if config["privileged"]:
        launch.drop_privileges(config["uid"], config["gid"], config["keep_read"])
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(launch.PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    libc.prctl(launch.PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    sys.stdin = open(0, encoding="utf-8", closefd=False)
    runner.main()


def serve(path):
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG: ends with the grader
    if os.getppid() != parent:
        os._exit(1)
    import cloudpickle  # noqa: F401 -- imported once here, so that no runner pays for it
    import torch
    torch.set_num_threads(1)
    from .. import answers, sandbox  # noqa: F401
    from ..practice import CHAPTERS, FRONT, questions_of
    for chapter in [FRONT, *CHAPTERS]:
        try:
            questions_of(chapter.number)
        except Exception:  # noqa: BLE001 -- a chapter being written may not import; its runner will say so
            pass
    from . import launch, runner, values  # noqa: F401
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # children are reaped by the system
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(64)
    print("ready", flush=True)
    while True:
        connection, _ = server.accept()
        fds = []
        try:
            message, fds, _, _ = socket.recv_fds(connection, 1 << 20, 2)
            config = json.loads(message)
            if len(fds) != 2:
                raise ValueError("two file descriptors expected")
            pid = os.fork()
            if pid == 0:
                try:
                    server.close()
                    connection.close()
                    _child(config, fds[0], fds[1])
                finally:
                    os._exit(70)
            connection.sendall(json.dumps({"pid": pid}).encode())
        except Exception as error:  # noqa: BLE001 -- a bad request: say so, keep serving
            try:
                connection.sendall(json.dumps({"error": f"{type(error).__name__}: {error}"}).encode())
            except OSError:
                pass
        finally:
            for fd in fds:
                os.close(fd)
            connection.close()


if __name__ == "__main__":
    serve(sys.argv[1])
