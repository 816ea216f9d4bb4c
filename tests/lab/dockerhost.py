"""A lab app host's Docker engine: its image store, containers and their shims.

A container is a node process (nbnode.py) watched by a small shim, like
containerd's: the shim owns the node's pipes, stamps every line into a
json-file log (Docker's default log driver) and records the exit code, so
`ps`, `logs -t` and `logs --since` behave as they do with Docker.
"""

import json
import os
import socket
import subprocess
import sys
import threading
import time

LIB = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, LIB)
import labutil  # noqa: E402

PYTHON = "/usr/bin/python3"


class DockerError(Exception):
    """A failure reported the way Docker reports it, with an exit code."""

    def __init__(self, message, code=1):
        super().__init__(message)
        self.code = code


def manifest_unknown(repo, tag):
    return ("Error response from daemon: manifest for %s:%s not found: "
            "manifest unknown: manifest unknown" % (repo, tag))


# --- the host ---------------------------------------------------------------

class Host:
    def __init__(self):
        self.lab_dir = os.environ.get("NBLAB_DIR", "")
        self.name = os.environ.get("NBLAB_HOST", "")
        if not self.lab_dir or not self.name:
            raise DockerError("Cannot connect to the Docker daemon: NBLAB_DIR and "
                              "NBLAB_HOST are not set (this docker belongs to a lab host)")
        self.lab = labutil.read_json(os.path.join(self.lab_dir, "lab.json"), {}) or {}
        self.dir = os.path.join(self.lab_dir, "hosts", self.name)
        self.state = os.path.join(self.dir, "state")
        self.containers = os.path.join(self.state, "containers")
        self.address = ""
        for h in self.lab.get("hosts", []):
            if h.get("name") == self.name:
                self.address = h.get("address", "")
        os.makedirs(self.containers, exist_ok=True)

    def time_scale(self):
        env = os.environ.get("NBLAB_TIME_SCALE")
        if env:
            return env
        return str(self.lab.get("time_scale", 1.0))

    def lock(self):
        return labutil.locked(os.path.join(self.state, "lock"))

    # images ------------------------------------------------------------------

    def images(self):
        return labutil.read_json(os.path.join(self.state, "images.json"), {}) or {}

    def save_images(self, images):
        labutil.write_json(os.path.join(self.state, "images.json"), images)

    def pull(self, ref):
        """Fetch a tag from the lab registry into this host's image store."""
        repo, tag = labutil.split_image(ref)
        registry = labutil.load_registry(self.lab_dir)
        if repo != registry.get("repository", labutil.REPOSITORY):
            raise DockerError("Error response from daemon: pull access denied for %s, "
                              "repository does not exist or may require 'docker login': "
                              "denied: requested access to the resource is denied" % repo)
        entry = labutil.resolve_tag(registry, tag)
        if not entry:
            raise DockerError(manifest_unknown(repo, tag))
        images = self.images()
        key = "%s:%s" % (repo, tag)
        current = images.get(key)
        if current and current.get("id") == entry.get("digest"):
            return False
        time.sleep(0.3 * float(self.time_scale()))
        images[key] = {
            "id": entry.get("digest"),
            "version": entry.get("version", tag),
            "fail_migration": bool(entry.get("fail_migration")),
            "pulled": time.time(),
            "created": entry.get("created", time.time()),
        }
        self.save_images(images)
        return True

    def image(self, ref):
        repo, tag = labutil.split_image(ref)
        return self.images().get("%s:%s" % (repo, tag))

    # containers ----------------------------------------------------------------

    def config_path(self, name):
        return os.path.join(self.containers, name + ".json")

    def runtime_path(self, name):
        return os.path.join(self.containers, name + ".run.json")

    def stop_marker(self, name):
        return os.path.join(self.containers, name + ".stop")

    def log_path(self, name):
        return os.path.join(self.containers, name + "-json.log")

    def container(self, name):
        return labutil.read_json(self.config_path(name))

    def all_containers(self):
        result = []
        for entry in sorted(os.listdir(self.containers)):
            if entry.endswith(".json") and not entry.endswith(".run.json"):
                c = labutil.read_json(os.path.join(self.containers, entry))
                if c:
                    result.append(c)
        return result

    def runtime(self, name):
        """The container's live state; a dead shim means the container is gone."""
        rt = labutil.read_json(self.runtime_path(name), {}) or {}
        state = rt.get("State", "created")
        if state in ("running", "restarting"):
            if not labutil.pid_matches(rt.get("ShimPid", 0), "__shim"):
                rt["State"] = "exited"
                rt["ExitCode"] = 255
                rt.setdefault("FinishedAt", time.time())
        rt.setdefault("State", state)
        return rt

    def is_running(self, name):
        return self.runtime(name).get("State") in ("running", "restarting")

    def start(self, cfg):
        """Start the container's shim, fully detached from this process."""
        name = cfg["Name"]
        if os.path.exists(self.stop_marker(name)):
            os.unlink(self.stop_marker(name))
        for host_ip, port in cfg.get("Binds", []):
            probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind((host_ip, port))
            except OSError:
                raise DockerError(
                    "Error response from daemon: driver failed programming external "
                    "connectivity on endpoint %s (%s): Bind for %s:%d failed: port is "
                    "already allocated" % (name, cfg["Id"][:64], host_ip, port))
            finally:
                probe.close()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(read_end)
                os.setsid()
                if os.fork():
                    os._exit(0)
                os.dup2(write_end, 3)
                os.closerange(4, 65536)
                devnull = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):
                    os.dup2(devnull, fd)
                os.execv(PYTHON, [PYTHON, os.path.join(LIB, "fakedocker.py"), "__shim",
                                  self.lab_dir, self.name, name, "3"])
            finally:
                os._exit(127)
        os.close(write_end)
        os.waitpid(pid, 0)
        chunks = []
        while True:
            data = os.read(read_end, 4096)
            if not data:
                break
            chunks.append(data)
        os.close(read_end)
        reply = b"".join(chunks).decode(errors="replace")
        if reply != "started":
            raise DockerError("Error response from daemon: failed to create task for "
                              "container: %s" % (reply or "the shim did not start"))

    def stop(self, name, timeout):
        rt = self.runtime(name)
        if rt.get("State") not in ("running", "restarting"):
            return
        with open(self.stop_marker(name), "w"):
            pass
        node = rt.get("Pid", 0)
        if node and labutil.pid_matches(node, "nbnode.py"):
            labutil.terminate([node], timeout=timeout)
        shim = rt.get("ShimPid", 0)
        deadline = time.monotonic() + 5
        while labutil.pid_matches(shim, "__shim") and time.monotonic() < deadline:
            time.sleep(0.02)
        if labutil.pid_matches(shim, "__shim"):
            labutil.terminate([shim], timeout=1)

    def remove(self, name):
        for path in (self.config_path(name), self.runtime_path(name), self.stop_marker(name),
                     self.log_path(name)):
            if os.path.exists(path):
                os.unlink(path)


# --- the shim -----------------------------------------------------------------

def run_shim(lab_dir, host_name, name, notify_fd):
    """Keep one container's node running and its output logged (one per container)."""
    os.environ["NBLAB_DIR"], os.environ["NBLAB_HOST"] = lab_dir, host_name
    host = Host()
    cfg = host.container(name)
    notify = int(notify_fd)
    rt = {"ShimPid": os.getpid(), "State": "created", "RestartCount": 0, "ExitCode": 0}
    log = open(host.log_path(name), "ab", buffering=0)
    log_lock = threading.Lock()

    def pump(stream, label):
        for raw in iter(stream.readline, b""):
            text = raw.decode("utf-8", errors="replace")
            if not text.endswith("\n"):
                text += "\n"
            rec = {"log": text, "stream": label, "time": labutil.rfc3339_nano(time.time())}
            with log_lock:
                log.write((json.dumps(rec, ensure_ascii=False) + "\n").encode())
        stream.close()

    policy = cfg.get("Restart", "no")
    backoff = 0.1
    while True:
        try:
            proc = subprocess.Popen([PYTHON, os.path.join(LIB, "nbnode.py")], env=cfg["Env"],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, cwd="/")
        except OSError as exc:
            if notify is not None:
                os.write(notify, str(exc).encode())
            return
        rt.update(State="running", Pid=proc.pid, StartedAt=time.time(), FinishedAt=None)
        labutil.write_json(host.runtime_path(name), rt)
        if notify is not None:
            os.write(notify, b"started")
            os.close(notify)
            notify = None
        threads = [threading.Thread(target=pump, args=(proc.stdout, "stdout")),
                   threading.Thread(target=pump, args=(proc.stderr, "stderr"))]
        for t in threads:
            t.start()
        code = proc.wait()
        for t in threads:
            t.join()
        code = 128 - code if code < 0 else code
        rt.update(State="exited", ExitCode=code, Pid=0, FinishedAt=time.time())
        stopped = os.path.exists(host.stop_marker(name))
        again = (policy in ("always", "unless-stopped")
                 or (policy.startswith("on-failure") and code != 0))
        if stopped or not again:
            labutil.write_json(host.runtime_path(name), rt)
            return
        # The restart policy only fires when the process exits; a NocoBase
        # stuck in APP_ERROR never exits, so it is never restarted.
        rt["State"] = "restarting"
        rt["RestartCount"] += 1
        labutil.write_json(host.runtime_path(name), rt)
        deadline = time.monotonic() + backoff
        while time.monotonic() < deadline:
            if os.path.exists(host.stop_marker(name)):
                rt["State"] = "exited"
                labutil.write_json(host.runtime_path(name), rt)
                return
            time.sleep(0.05)
        backoff = min(backoff * 2, 5.0)
