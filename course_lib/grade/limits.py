"""One sandbox per submission: its own folder, its own user id, its limits, and a way to end it all.

A Sandbox is made before a kernel starts and destroyed after the notebook is judged. It is
recorded in OUT/.results/.sandboxes/ first, so that every process its sandboxes left can be found
after a `kill -9` of the grader: by the grader's watchdog (watchdog(), a process in its own session
that outlives the grader by a second) and again by the next run (sweep_leftovers()). Processes are
found by user id when the grader runs as root (each sandbox has a fresh one), otherwise by session
(weaker: a process that starts its own session escapes, and the kernel runs as the grader's user).
"""
import json
import os
import random
import shutil
import signal
import stat
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

PRIVILEGED = sys.platform.startswith("linux") and os.geteuid() == 0
UID_RANGE = (3_100_000, 2_000_000_000)


@dataclass
class Settings:
    """How long a notebook's parts may run (run.py applies them)."""
    cell_timeout: float = 300.0        # a master (content) cell
    answer_timeout: float = 60.0       # a student's answer cell
    notebook_timeout: float = 1800.0   # the whole notebook, kernel starts included
    startup_timeout: float = 180.0
    output_cap: int = 1_000_000        # bytes of output kept per notebook (none is stored; this is reported)
    replays: int = 2
    function_startup: float = 180.0


@dataclass
class Limits:
    memory_bytes: int = 4 * 2 ** 30        # per submission (RLIMIT_DATA per process + total RSS watch)
    cpu_seconds: int = 1800                # CPU time of the kernel
    file_bytes: int = 256 * 2 ** 20        # the largest file the student's code may write
    open_files: int = 1024
    processes: int = 128                   # RLIMIT_NPROC of the sandbox's user (threads count too)
    children: int = 24                     # processes beside the kernel before they are ended

    def rlimits(self):
        return {"memory_bytes": self.memory_bytes, "cpu_seconds": self.cpu_seconds, "file_bytes": self.file_bytes,
                "open_files": self.open_files, "processes": self.processes if PRIVILEGED else None}


def _world_usable(path):
    """True if every folder on the way to `path` can be entered by any user, and the file read."""
    path = Path(os.path.realpath(path))
    for folder in [*reversed(path.parents)]:
        try:
            if not os.stat(folder).st_mode & stat.S_IXOTH:
                return False
        except OSError:
            return False
    try:
        return bool(os.stat(path).st_mode & stat.S_IROTH)
    except OSError:
        return False


def needs_read_capability():
    """Whether a kernel under another user id needs CAP_DAC_READ_SEARCH to start Python at all."""
    import sysconfig
    places = [sys.executable, sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["purelib"],
              str(Path(__file__).resolve().parent)]
    return not all(_world_usable(p) for p in places)


def _passwd_uids():
    try:
        return {int(line.split(":")[2]) for line in open("/etc/passwd") if line.count(":") >= 3}
    except (OSError, ValueError):
        return set()


def processes(uid=None, session=None):
    """PIDs of the processes of user `uid` (real id), or of session `session`."""
    found = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            if uid is not None:
                with open(f"/proc/{name}/status", "rb") as handle:
                    for line in handle:
                        if line.startswith(b"Uid:"):
                            if int(line.split()[1]) == uid:
                                found.append(int(name))
                            break
            elif session is not None and os.getsid(int(name)) == session:
                found.append(int(name))
        except (OSError, ValueError):
            continue
    return found


def resident_bytes(pid):
    """Private + shared-anonymous memory of a process, shared pages split between their users
    (Pss, so the copies of a forked process are not counted many times); library files not counted."""
    total, fields = 0, (b"Pss_Anon:", b"Pss_Shmem:")
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(fields):
                    total += int(line.split()[1]) * 1024
        return total
    except (OSError, ValueError):
        pass
    try:
        with open(f"/proc/{pid}/status", "rb") as handle:
            for line in handle:
                if line.startswith((b"RssAnon:", b"RssShmem:")):
                    total += int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return total


_PAGE = os.sysconf("SC_PAGE_SIZE")


def resident_bound(pid):
    """A process's whole resident memory (statm: file-backed pages too), an upper bound of resident_bytes."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as handle:
            return int(handle.read().split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return 0


SHARED_MEMORY = "/dev/shm"               # tmpfs: files there are RAM that no process's RSS shows
SCRATCH = ("/dev/shm", "/tmp", "/var/tmp")  # world-writable places a sandbox's files are removed from


def _owned_bytes(path, uid, depth=0):
    """Bytes of the files under `path` (a folder) owned by `uid`, entering only folders it owns."""
    total = 0
    try:
        entries = list(os.scandir(path))
    except OSError:
        return 0
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if info.st_uid != uid:
            continue
        if stat.S_ISDIR(info.st_mode) and depth < 20:
            total += _owned_bytes(entry.path, uid, depth + 1)
        elif stat.S_ISREG(info.st_mode):
            total += info.st_blocks * 512
    return total


def open_memory_files(pids):
    """Bytes of tmpfs files and memfds held open by `pids` (their pages are RAM, outside any RSS)."""
    try:
        shm = os.stat(SHARED_MEMORY).st_dev
    except OSError:
        shm = None
    seen, total = set(), 0
    for pid in pids:
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                info = os.stat(f"/proc/{pid}/fd/{fd}")
            except OSError:
                continue
            if stat.S_ISREG(info.st_mode) and (target.startswith("/memfd:") or info.st_dev == shm):
                if (info.st_dev, info.st_ino) not in seen:
                    seen.add((info.st_dev, info.st_ino))
                    total += info.st_blocks * 512
    return total


def clean_env():
    """The environment every graded process starts from (a kernel, a runner, the warm pool): nothing of the
    grader's but where the data is, one thread for OpenMP/MKL, no downloads."""
    env = {"PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8",
           "LC_ALL": "C.UTF-8", "COURSE_DOWNLOAD": "0", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONNOUSERSITE": "1",
           "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "NUMEXPR_NUM_THREADS": "1",
           "PYDEVD_DISABLE_FILE_VALIDATION": "1"}
    if os.environ.get("COURSE_DATA"):
        env["COURSE_DATA"] = os.environ["COURSE_DATA"]
    return env


@dataclass(eq=False)
class Sandbox:
    root: Path
    uid: int
    gid: int
    registry: Path
    limits: Limits
    keep_read: bool
    leader: int = 0                      # the kernel's (or runner's) pid: its session, when not root
    notes: list = field(default_factory=list)

    @classmethod
    def create(cls, registry, limits, base=None, keep_read=False):
        registry = Path(registry)
        registry.mkdir(parents=True, exist_ok=True)
        taken = _passwd_uids()
        while True:
            uid = random.randrange(*UID_RANGE) if PRIVILEGED else os.getuid()
            if not PRIVILEGED or (uid not in taken and not processes(uid=uid)):
                break
        gid = uid if PRIVILEGED else os.getgid()
        root = Path(tempfile.mkdtemp(prefix="dl-grade-", dir=base))
        box = cls(root=root, uid=uid, gid=gid, registry=registry, limits=limits, keep_read=keep_read)
        box._record()
        for sub in ("work", "home", "tmp", "mpl", "ipython", "jupyter", "ipython/profile_default"):
            (root / sub).mkdir()
            if PRIVILEGED:
                os.chown(root / sub, uid, gid)
        # no output is kept, so the kernel draws no figure: plt.show() still shows (and closes) it, as text
        (root / "ipython" / "profile_default" / "ipython_kernel_config.py").write_text(
            "c.InlineBackend.figure_formats = set()\n")
        os.chmod(root, 0o711)
        return box

    @property
    def record_file(self):
        return self.registry / f"{self.root.name}.json"

    def _record(self):
        data = {"root": str(self.root), "uid": self.uid, "privileged": PRIVILEGED, "leader": self.leader,
                "grader": os.getpid()}
        tmp = self.record_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.record_file)

    def set_leader(self, pid):
        self.leader = pid
        self._record()

    def env(self, python_env=None):
        root = self.root
        env = dict(clean_env(), HOME=str(root / "home"), USER="student", LOGNAME="student", TMPDIR=str(root / "tmp"),
                   MPLCONFIGDIR=str(root / "mpl"), IPYTHONDIR=str(root / "ipython"),
                   JUPYTER_CONFIG_DIR=str(root / "jupyter"), JUPYTER_DATA_DIR=str(root / "jupyter"),
                   JUPYTER_RUNTIME_DIR=str(root / "jupyter"), COURSE_HOME=str(root / "home" / ".dl-course"))
        env.update(python_env or {})
        return env

    def launcher_config(self, mode, mpl_cache=None):
        """Write the launcher's configuration (root-owned) and return its path."""
        if mpl_cache:
            for item in Path(mpl_cache).glob("fontlist-*.json"):
                shutil.copyfile(item, self.root / "mpl" / item.name)
                if PRIVILEGED:
                    os.chown(self.root / "mpl" / item.name, self.uid, self.gid)
        config = {"mode": mode, "root": str(self.root), "uid": self.uid, "gid": self.gid, "privileged": PRIVILEGED,
                  "keep_read": self.keep_read, "python": sys.executable, "parent_pid": os.getpid(),
                  "limits": self.limits.rlimits(), "env": self.env()}
        path = self.root / f"launch-{mode}.json"
        path.write_text(json.dumps(config))
        os.chmod(path, 0o644)
        return path

    def launcher_argv(self, mode, mpl_cache=None):
        config = self.launcher_config(mode, mpl_cache)
        argv = [sys.executable, "-m", "course_lib.grade.launch", str(config)]
        return argv + (["{connection_file}"] if mode == "kernel" else [])

    def pids(self):
        if PRIVILEGED:
            return processes(uid=self.uid)
        return processes(session=self.leader) if self.leader else []

    def memory(self, pids=None):
        """The submission's memory: its processes' (Pss), and files in shared memory (/dev/shm, memfd)."""
        pids = self.pids() if pids is None else pids
        return sum(resident_bytes(pid) for pid in pids) + self._memory_files(pids)

    def over_memory(self, limit, pids=None):
        """Whether memory() > limit. Pss reads every mapping of a process (11 ms for a kernel with torch,
        polled twice a second for each sandbox), so a bound that costs microseconds comes first: a process's
        whole resident size (statm) is never less than its Pss, and below the limit it settles the question."""
        pids = self.pids() if pids is None else pids
        files = self._memory_files(pids)
        if files + sum(resident_bound(pid) for pid in pids) <= limit:
            return False
        return files + sum(resident_bytes(pid) for pid in pids) > limit

    def _memory_files(self, pids):
        return open_memory_files(pids) + (_owned_bytes(SHARED_MEMORY, self.uid) if PRIVILEGED else 0)

    def remove_scratch_files(self):
        """Delete what the sandbox's user left in the world-writable folders (as root: by owner)."""
        if not PRIVILEGED:
            return
        for folder in SCRATCH:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                try:
                    if entry.stat(follow_symlinks=False).st_uid != self.uid:
                        continue
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path, ignore_errors=True)
                    else:
                        os.unlink(entry.path)
                except OSError:
                    pass

    def kill(self, keep=()):
        """SIGKILL every process of the sandbox except `keep`, until none is left (a fork bomb too)."""
        for _ in range(200):
            victims = [pid for pid in self.pids() if pid not in keep]
            if not victims:
                return True
            for pid in victims:
                try:
                    os.kill(pid, signal.SIGKILL)
                except OSError:
                    pass
            time.sleep(0.02)
        return False

    def destroy(self):
        self.kill()
        self.remove_scratch_files()
        shutil.rmtree(self.root, ignore_errors=True)
        try:
            self.record_file.unlink()
        except FileNotFoundError:
            pass


def sweep_leftovers(registry):
    """End what sandboxes recorded by an earlier (killed) run left behind; return how many were found."""
    registry = Path(registry)
    found = 0
    for record in sorted(registry.glob("*.json")) if registry.is_dir() else []:
        try:
            data = json.loads(record.read_text())
        except (OSError, ValueError):
            record.unlink(missing_ok=True)
            continue
        if "folder" in data:  # the forkserver's folder (its process died with its grader)
            if str(data["folder"]).startswith(tempfile.gettempdir()):
                shutil.rmtree(data["folder"], ignore_errors=True)
            record.unlink(missing_ok=True)
            continue
        found += 1
        box = Sandbox(root=Path(data["root"]), uid=int(data["uid"]), gid=int(data["uid"]), registry=registry,
                      limits=Limits(), keep_read=False, leader=int(data.get("leader") or 0))
        if data.get("privileged") and not PRIVILEGED:
            record.unlink(missing_ok=True)
            continue
        if not data.get("privileged") and box.leader:
            try:  # only if the leader is still one of ours (pids are reused)
                cmdline = Path(f"/proc/{box.leader}/cmdline").read_bytes()
                if str(box.root).encode() not in cmdline:
                    box.leader = 0
            except OSError:
                box.leader = 0
        box.destroy()
    for stray in registry.glob("*.tmp") if registry.is_dir() else []:
        stray.unlink(missing_ok=True)
    return found


def watchdog(grader, registry, period=0.5):
    """Outlive the grader (own session) and, once it is gone however it ended, end what its sandboxes left.

    A kernel dies with the grader (PR_SET_PDEATHSIG), but a process the student's code forked would
    be orphaned; this sweeps them within a second of a `kill -9`, without waiting for a restart.
    Only the sandboxes recorded by this grader (pid) are touched: a restarted grader's are its own.
    """
    registry = Path(registry)

    def started(pid):  # the process's start time: a pid reused by another process has another one
        try:
            return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
        except (OSError, IndexError):
            return None
    birth = started(grader)
    while birth is not None and started(grader) == birth:
        time.sleep(period)
    for record in sorted(registry.glob("*.json")) if registry.is_dir() else []:
        try:
            data = json.loads(record.read_text())
        except (OSError, ValueError):
            continue
        if data.get("grader") != grader:
            continue
        if "folder" in data:
            shutil.rmtree(data["folder"], ignore_errors=True)
            record.unlink(missing_ok=True)
            continue
        box = Sandbox(root=Path(data["root"]), uid=int(data["uid"]), gid=int(data["uid"]), registry=registry,
                      limits=Limits(), keep_read=False, leader=int(data.get("leader") or 0))
        if bool(data.get("privileged")) == PRIVILEGED:
            box.destroy()


if __name__ == "__main__":  # python -m course_lib.grade.limits GRADER_PID REGISTRY
    watchdog(int(sys.argv[1]), sys.argv[2])
