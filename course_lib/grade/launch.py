"""The limited launcher: the first thing a student's kernel (or function runner) runs.

    python -m course_lib.grade.launch CONFIG.json [CONNECTION_FILE]

Started by the grader (the kernelspec's argv), it applies the operating-system limits and then
replaces itself (execve) with the kernel or the runner, so the limits hold for the student's code
and for every process it starts:

- resource limits: data size (memory: a 12 GB allocation fails at once), CPU seconds, file size,
  open files, no core files, and a process cap (RLIMIT_NPROC);
- when the grader runs as root: a fresh unprivileged user id for this one submission (root ignores
  RLIMIT_NPROC; a dedicated id also means the student's processes cannot signal or read another
  submission's processes and can be found and killed all at once). All capabilities are dropped;
  when the Python installation is not readable by other users (e.g. it lives under /root), only
  CAP_DAC_READ_SEARCH is kept so that the interpreter can start: the student's code can then read
  files, but write nowhere outside its own folder;
- no_new_privs (set-user-id programs cannot give privileges back);
- the kernel dies with the grader: PR_SET_PDEATHSIG(SIGKILL) after the change of user id;
- one thread for OpenMP/MKL, and a clean environment (no secrets of the grader's).

Only the standard library is used here: this runs before every kernel.
"""
import ctypes
import json
import os
import resource
import shutil
import signal
import sys

PR_SET_PDEATHSIG, PR_SET_KEEPCAPS, PR_CAPBSET_DROP, PR_SET_NO_NEW_PRIVS = 1, 8, 24, 38
PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE = 47, 2
CAP_DAC_READ_SEARCH = 2
_LINUX_CAPABILITY_VERSION_3 = 0x20080522


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _prctl(libc, *args):
    args = list(args) + [0] * (5 - len(args))
    if libc.prctl(*[ctypes.c_ulong(a) for a in args]) != 0:
        error = ctypes.get_errno()
        raise OSError(error, f"prctl{tuple(args)}: {os.strerror(error)}")


def set_limits(limits):
    def both(name, value):
        if value is not None and hasattr(resource, name):
            resource.setrlimit(getattr(resource, name), (int(value), int(value)))
    both("RLIMIT_DATA", limits.get("memory_bytes"))
    cpu = limits.get("cpu_seconds")
    if cpu:
        resource.setrlimit(resource.RLIMIT_CPU, (int(cpu), int(cpu) + 5))
    both("RLIMIT_FSIZE", limits.get("file_bytes"))
    both("RLIMIT_NOFILE", limits.get("open_files"))
    both("RLIMIT_CORE", 0)
    both("RLIMIT_NPROC", limits.get("processes"))


def drop_privileges(uid, gid, keep_read):
    """Become `uid`/`gid` with no capabilities (or only CAP_DAC_READ_SEARCH when `keep_read`)."""
    libc = _libc()
    last = int(open("/proc/sys/kernel/cap_last_cap").read())
    for cap in range(last + 1):
        if not (keep_read and cap == CAP_DAC_READ_SEARCH):
            _prctl(libc, PR_CAPBSET_DROP, cap)
    if keep_read:
        _prctl(libc, PR_SET_KEEPCAPS, 1)
    os.setgroups([])
    os.setresgid(gid, gid, gid)
    os.setresuid(uid, uid, uid)
    if keep_read:
        bit = 1 << CAP_DAC_READ_SEARCH
        header, data = _CapHeader(_LINUX_CAPABILITY_VERSION_3, 0), (_CapData * 2)()
        data[0].effective = data[0].permitted = data[0].inheritable = bit
        if libc.capset(ctypes.byref(header), ctypes.byref(data)) != 0:
            raise OSError(ctypes.get_errno(), "capset")
        _prctl(libc, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, CAP_DAC_READ_SEARCH)
    if os.getuid() != uid or os.geteuid() != uid:
        raise OSError("the user id did not change")


def main(argv):
    config = json.loads(open(argv[0], encoding="utf-8").read())
    root = config["root"]
    parent = int(config["parent_pid"])
    if config["mode"] == "kernel":
        target = os.path.join(root, "kernel.json")
        shutil.copyfile(argv[1], target)
        if config["privileged"]:
            os.chown(target, config["uid"], config["gid"])
        os.chmod(target, 0o600)
        command = [config["python"], "-m", "ipykernel_launcher", "-f", target,
                   "--HistoryManager.enabled=False"]
    else:
        command = [config["python"], "-m", "course_lib.grade.runner"]
    os.chdir(os.path.join(root, "work"))
    if config["mode"] == "kernel":  # the kernel's own stdout/stderr: not the grader's terminal
        quiet = os.open(os.devnull, os.O_RDWR)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        os.close(quiet)
    env = dict(config["env"])
    env["JPY_PARENT_PID"] = str(parent)
    set_limits(config["limits"])
    libc = _libc()
    if config["privileged"]:
        drop_privileges(config["uid"], config["gid"], config["keep_read"])
    _prctl(libc, PR_SET_NO_NEW_PRIVS, 1)
    _prctl(libc, PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the grader died before the line above: do not run unattended
        os._exit(1)
    os.execve(config["python"], command, env)


if __name__ == "__main__":
    main(sys.argv[1:])
