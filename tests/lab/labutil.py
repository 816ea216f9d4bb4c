"""Helpers shared by the lab controller, the fake docker and the node.

Only the standard library is used here, so the node and the fake docker
start quickly and run under the lab user without extra modules.
"""

import contextlib
import datetime
import fcntl
import hashlib
import json
import os
import re
import signal
import time

TAG_RE = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")
REPOSITORY = "nocobase/nocobase"


def version_key(text):
    """Sort key for NocoBase versions: 2.2.9 < 2.2.10, 2.3.0-beta.1 < 2.3.0."""
    main, _, pre = str(text).partition("-")
    nums = []
    for part in main.split("."):
        nums.append(int(part) if part.isdigit() else -1)
    while len(nums) < 3:
        nums.append(0)
    # A release sorts after every prerelease of the same number.
    pre_key = (1,) if not pre else (0,) + tuple(
        (0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split("."))
    return tuple(nums) + (pre_key,)


def is_version(text):
    return bool(re.match(r"^\d+\.\d+\.\d+(-[0-9A-Za-z.]+)?$", str(text)))


def now_utc():
    return datetime.datetime.now(datetime.timezone.utc)


def rfc3339_nano(ts):
    """Docker's timestamp format: nanosecond precision, Z suffix."""
    dt = datetime.datetime.fromtimestamp(ts, datetime.timezone.utc)
    frac = int(round((ts - int(ts)) * 1e9))
    if frac >= 1000000000:
        frac = 999999999
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%09dZ" % frac


def parse_rfc3339(text):
    """Parse Docker-style timestamps (nanoseconds allowed) to a POSIX time."""
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$",
                 text)
    if not m:
        raise ValueError(text)
    dt = datetime.datetime.strptime(m.group(1) + "T" + m.group(2), "%Y-%m-%dT%H:%M:%S")
    tz = m.group(4) or "Z"
    if tz == "Z":
        offset = datetime.timezone.utc
    else:
        sign = 1 if tz[0] == "+" else -1
        digits = tz[1:].replace(":", "")
        offset = datetime.timezone(sign * datetime.timedelta(hours=int(digits[:2]),
                                                             minutes=int(digits[2:])))
    dt = dt.replace(tzinfo=offset)
    frac = float(m.group(3)) if m.group(3) else 0.0
    return dt.timestamp() + frac


def atomic_write(path, data, mode=0o644):
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "w" if isinstance(data, str) else "wb") as f:
        f.write(data)
    os.chmod(tmp, mode)
    os.replace(tmp, path)


def read_json(path, default=None):
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError:
        return default


def write_json(path, obj, mode=0o644):
    atomic_write(path, json.dumps(obj, indent=2, sort_keys=True) + "\n", mode)


@contextlib.contextmanager
def locked(path):
    """An exclusive advisory lock; the lock file itself is never removed."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def pid_alive(pid):
    if not pid or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers kill(0); it is as good as gone.
    try:
        with open("/proc/%d/stat" % pid) as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
        return state != "Z"
    except OSError:
        return False


def pid_matches(pid, marker):
    """True when the live process's command line contains marker.

    Recorded PIDs may be recycled after a crash or a reboot; checking the
    command line keeps the lab from signalling an unrelated process.
    """
    if not pid_alive(pid):
        return False
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as f:
            cmd = f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return False
    return marker in cmd


def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def terminate(pids, timeout=3.0, sig=signal.SIGTERM):
    """Signal every pid, wait up to timeout, then SIGKILL what is left."""
    pids = [p for p in pids if p and p > 0]
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = [p for p in pids if pid_alive(p)]
        if not pids:
            return
        time.sleep(0.02)
    for pid in pids:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 2.0
    while pids and time.monotonic() < deadline:
        pids = [p for p in pids if pid_alive(p)]
        time.sleep(0.02)


# --- the registry (the lab's stand-in for Docker Hub) -----------------------

def registry_path(lab_dir):
    return os.path.join(lab_dir, "registry.json")


def new_digest(tag, fail):
    seed = "%s:%s:%s:%s" % (tag, fail, time.time(), os.getpid())
    return "sha256:" + hashlib.sha256(seed.encode()).hexdigest()


def load_registry(lab_dir):
    return read_json(registry_path(lab_dir), {"repository": REPOSITORY, "tags": {}})


def resolve_tag(registry, tag):
    """The registry entry a tag points at, following one alias; None if unknown."""
    entry = registry.get("tags", {}).get(tag)
    if entry and entry.get("alias_of"):
        target = registry["tags"].get(entry["alias_of"])
        if not target:
            return None
        merged = dict(target)
        merged["digest"] = entry.get("digest") or target.get("digest")
        return merged
    return entry


def split_image(ref):
    """'nocobase/nocobase:2.2.14' -> ('nocobase/nocobase', '2.2.14')."""
    ref = ref.strip()
    if "@" in ref:
        ref = ref.split("@", 1)[0]
    name, tag = ref, "latest"
    last = ref.rsplit("/", 1)[-1]
    if ":" in last:
        name, tag = ref.rsplit(":", 1)
    for prefix in ("docker.io/", "index.docker.io/", "registry-1.docker.io/"):
        if name.startswith(prefix):
            name = name[len(prefix):]
    if name.startswith("library/"):
        name = name[len("library/"):]
    return name, tag


def docker_duration(seconds):
    """Docker's HumanDuration (go-units), used in 'Up 5 seconds' and friends."""
    s = int(seconds)
    if s < 1:
        return "Less than a second"
    if s == 1:
        return "1 second"
    if s < 60:
        return "%d seconds" % s
    minutes = s // 60
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return "%d minutes" % minutes
    hours = int(round(s / 3600.0))
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return "%d hours" % hours
    if hours < 24 * 7 * 2:
        return "%d days" % (hours // 24)
    if hours < 24 * 30 * 2:
        return "%d weeks" % (hours // 24 // 7)
    if hours < 24 * 365 * 2:
        return "%d months" % (hours // 24 // 30)
    return "%d years" % (hours // 24 // 365)
