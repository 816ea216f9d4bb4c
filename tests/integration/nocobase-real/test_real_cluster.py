#!/usr/bin/python3
"""nbconsole-cli against REAL NocoBase from the npm registry, on a lab of two app hosts.

The release is prepared once into a cache (tests/lab/realnb/prepare.sh), every app
host gets its own copy run by `nbctl` (the inventory's `custom` runtime), and the
hosts start at a lower version label of it (NOCOBASE-NOTES §7), so the cluster is
installed "at 2.2.14" and the upgrade to the real release runs NocoBase's own
migrations. The phases run in order and share one cluster:

  1. first-start: the first node installs, only then the other starts; both healthy
  2. maintenance begin / end: one node serving, then every node again
  3. upgrade --to the real release: the load balancer answers 503 during the window
     and 200 after, every node reports the new version, rows written before remain
  4. (from what 1-3 measured) the console noticed the last node's readiness promptly
  5. status --json reports what the hosts and the load balancer say

Environment (set by CTest; defaults for a run by hand, as root):
  NBCONSOLE_CLI      the nbconsole-cli binary
  NB_REALNB_LAB_DIR  the lab's directory (default /tmp/nbconsole-lab/real-ctest)
  NB_REALNB_NET      its net (default 127.0.60)
  NB_REALNB_CACHE    the release cache (default /var/cache/nbconsole-realnb)
  NB_REALNB_LABEL    the older version label the cluster starts at (default 2.2.14)
  NB_REALNB_KEEP=1   leave the lab running afterwards (to look at it)
"""

import json
import os
import re
import subprocess
import sys
import threading
import time
import unittest
import urllib.error
import urllib.request

sys.dont_write_bytecode = True

import psycopg2  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LAB = os.path.normpath(os.path.join(HERE, "..", "..", "lab"))
PYTHON = "/usr/bin/python3"
CLI = os.environ.get("NBCONSOLE_CLI", os.path.join(HERE, "..", "..", "..", "build", "app", "cli",
                                                   "nbconsole-cli"))
LAB_DIR = os.environ.get("NB_REALNB_LAB_DIR", "/tmp/nbconsole-lab/real-ctest")
NET = os.environ.get("NB_REALNB_NET", "127.0.60")
CACHE = os.environ.get("NB_REALNB_CACHE", "/var/cache/nbconsole-realnb")
LABEL = os.environ.get("NB_REALNB_LABEL", "2.2.14")
KEEP = os.environ.get("NB_REALNB_KEEP") == "1"
ROOT_ACCOUNT = ("admin@nocobase.com", "admin123")  # create-nocobase-app's defaults
PROBE_USERS = ["nbprobe-%d" % i for i in range(1, 4)]

HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def log(text):
    print("[%s] %s" % (time.strftime("%H:%M:%S"), text), flush=True)


def http(url, method="GET", body=None, headers=None, timeout=5):
    """(status, text); status None when nothing answered."""
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, method=method, data=data, headers=dict(headers or {}))
    if data is not None:
        req.add_header("Content-Type", "application/json")
    try:
        with HTTP.open(req, timeout=timeout) as r:
            return r.status, r.read().decode(errors="replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(errors="replace")
    except (urllib.error.URLError, ConnectionError, OSError):
        return None, ""


def run_cmd(cmd, timeout, env=None):
    started = time.monotonic()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                          timeout=timeout, env=env)
    return proc, time.monotonic() - started


class Prober:
    """Polls URLs every 0.1 s in the background and keeps (time, url, status, body)."""

    def __init__(self, urls):
        self.urls = urls
        self.samples = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def _run(self):
        while not self._stop.is_set():
            for url in self.urls:
                status, body = http(url, timeout=2)
                self.samples.append((time.monotonic(), url, status, body[:200]))
            self._stop.wait(0.1)

    def of(self, url):
        return [(t, s, b) for t, u, s, b in self.samples if u == url]


class RealNocoBaseTest(unittest.TestCase):
    maxDiff = None
    timings = {}
    broken = None  # the phase that failed: later phases cannot run on its cluster

    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0:
            raise unittest.SkipTest("needs root: the lab runs sshd, nginx and PostgreSQL")
        if not os.access(CLI, os.X_OK):
            raise AssertionError("nbconsole-cli not found at %s (set NBCONSOLE_CLI)" % CLI)
        cls.env = dict(os.environ)
        # The console's journal and settings stay inside the lab.
        cls.env["XDG_DATA_HOME"] = os.path.join(LAB_DIR, "console", "data")
        cls.env["XDG_CONFIG_HOME"] = os.path.join(LAB_DIR, "console", "config")
        cls.env["XDG_STATE_HOME"] = os.path.join(LAB_DIR, "console", "state")
        try:
            cls.set_up_cluster()
        except BaseException:
            # unittest skips tearDownClass when setUpClass fails: nothing may stay up.
            cls.tearDownClass()
            raise

    @classmethod
    def set_up_cluster(cls):
        log("preparing the release (cache %s)" % CACHE)
        proc, took = run_cmd(["bash", os.path.join(LAB, "realnb", "prepare.sh"), "--cache", CACHE],
                             timeout=3600)
        sys.stderr.write(proc.stderr[-3000:])
        if proc.returncode != 0:
            raise AssertionError("prepare.sh failed:\n%s" % proc.stderr[-3000:])
        cls.release = proc.stdout.strip().splitlines()[-1]
        cls.timings["prepare_s"] = round(took, 1)
        with open(os.path.join(cls.release, ".nbconsole-release-ready")) as f:
            marker = dict(line.strip().split("=", 1) for line in f if "=" in line)
        cls.version = marker["version"]
        cls.timings["yarn_install_s"] = float(marker.get("install_s", 0))

        log("bringing up the lab %s on %s" % (LAB_DIR, NET))
        proc, took = run_cmd([PYTHON, os.path.join(LAB, "lab.py"), "up", "--dir", LAB_DIR, "--net", NET,
                              "--apps", "2"], timeout=300)
        if proc.returncode != 0:
            raise AssertionError("lab.py up failed:\n%s%s" % (proc.stdout, proc.stderr))
        # A lab left by an earlier run: empty database and storage, LB back to normal.
        cls.stop_nodes()
        proc, _ = run_cmd([PYTHON, os.path.join(LAB, "lab.py"), "reset", "--dir", LAB_DIR], timeout=300)
        if proc.returncode != 0:
            raise AssertionError("lab.py reset failed:\n%s%s" % (proc.stdout, proc.stderr))
        cls.timings["lab_up_s"] = round(took, 1)
        with open(os.path.join(LAB_DIR, "lab.json")) as f:
            cls.lab = json.load(f)

        log("setting up real nodes at version label %s on %s" % (LABEL, cls.version))
        proc, took = run_cmd([PYTHON, os.path.join(LAB, "realnb", "realnb.py"), "nodes", "--dir", LAB_DIR,
                              "--release", cls.release, "--label", LABEL], timeout=900)
        sys.stderr.write(proc.stdout + proc.stderr)
        if proc.returncode != 0:
            raise AssertionError("realnb.py nodes failed:\n%s%s" % (proc.stdout, proc.stderr))
        cls.timings["nodes_setup_s"] = round(took, 1)
        cls.inventory = os.path.join(LAB_DIR, "inventory-real.yaml")
        cls.lb_health = cls.lab["lb"]["url"] + "api/__health_check"

    @classmethod
    def tearDownClass(cls):
        log("timings: %s" % json.dumps(cls.timings, sort_keys=True))
        if os.path.isdir(LAB_DIR):
            with open(os.path.join(LAB_DIR, "timings.json"), "w") as f:
                json.dump(cls.timings, f, indent=1, sort_keys=True)
        if KEEP:
            log("NB_REALNB_KEEP=1: the lab and its nodes keep running")
            return
        cls.stop_nodes()
        run_cmd([PYTHON, os.path.join(LAB, "lab.py"), "down", "--dir", LAB_DIR], timeout=300)

    @classmethod
    def stop_nodes(cls):
        if os.path.exists(os.path.join(LAB_DIR, "lab.json")):
            run_cmd([PYTHON, os.path.join(LAB, "realnb", "realnb.py"), "stop", "--dir", LAB_DIR],
                    timeout=120)

    def setUp(self):
        # Phases share one cluster: after a failed one, the next would test its leftovers.
        if RealNocoBaseTest.broken and self._testMethodName < "test_4":
            self.skipTest("the cluster is left broken by %s" % RealNocoBaseTest.broken)

    def run(self, result=None):
        before = len(result.failures) + len(result.errors) if result else 0
        super().run(result)
        if result and len(result.failures) + len(result.errors) > before:
            RealNocoBaseTest.broken = self._testMethodName

    # --- helpers -------------------------------------------------------------------------

    def cli(self, *args, timeout=900):
        cmd = [CLI, "--inventory", self.inventory] + list(args)
        log("$ nbconsole-cli %s" % " ".join(args))
        proc, took = run_cmd(cmd, timeout=timeout, env=self.env)
        sys.stdout.write(proc.stdout)
        sys.stdout.write(proc.stderr)
        return proc, took

    def cli_ok(self, *args, timeout=900):
        proc, took = self.cli(*args, timeout=timeout)
        self.assertEqual(proc.returncode, 0, "nbconsole-cli %s exited %d:\n%s%s" % (
            " ".join(args), proc.returncode, proc.stdout[-4000:], proc.stderr[-4000:]))
        return proc, took

    def nbctl(self, app, *args):
        """What the node's host says, asked the way the custom runtime asks it."""
        nbctl = os.path.join(LAB_DIR, "hosts", app["name"], "bin", "nbctl")
        proc, _ = run_cmd(["runuser", "-u", self.lab["user"], "--", nbctl] + list(args), timeout=60,
                          env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "NBLAB_HOST": app["name"]})
        return proc.returncode, proc.stdout.strip()

    def running(self):
        return [a["name"] for a in self.lab["apps"] if self.nbctl(a, "status")[0] == 0]

    def host_release(self, app):
        code, out = self.nbctl(app, "version")
        self.assertEqual(code, 0, "%s: nbctl version failed: %s" % (app["name"], out))
        return out

    def app(self, name):
        return next(a for a in self.lab["apps"] if a["name"] == name)

    def info_url(self, app):
        return app["health_url"].replace("__health_check", "app:getInfo")

    def ready_at(self, prober, app, version):
        """When the node first answered health `ok` and getInfo `version` (None: never)."""
        # Each round asks the health check, then getInfo: pair them round by round.
        for (_, status, body), (t, info_status, info) in zip(prober.of(app["health_url"]),
                                                              prober.of(self.info_url(app))):
            if (status, body, info_status) == (200, "ok", 200) and '"version":"%s"' % version in info:
                return t
        return None

    def assert_node_healthy(self, app, version):
        status, body = http(app["health_url"])
        self.assertEqual((status, body), (200, "ok"), "%s: health check" % app["name"])
        status, body = http(self.info_url(app))
        self.assertEqual(status, 200, "%s: app:getInfo answered %s %s" % (app["name"], status, body))
        self.assertEqual(json.loads(body)["data"]["version"], version, "%s: app:getInfo" % app["name"])

    def assert_node_down(self, app):
        status, body = http(app["health_url"])
        self.assertIsNone(status, "%s should not listen, answered %s %s" % (app["name"], status, body))

    def upstream_servers(self):
        with open(self.lab["lb"]["upstream_file"]) as f:
            text = f.read()
        return sorted(re.findall(r"^\s*server\s+([0-9.]+:\d+)", text, re.M))

    def lb_answers(self, want, times=5):
        for _ in range(times):
            status, body = http(self.lb_health)
            self.assertEqual(status, want, "load balancer answered %s %s" % (status, body[:200]))
            time.sleep(0.05)

    def sign_in(self):
        status, body = http(self.lab["lb"]["url"] + "api/auth:signIn", "POST",
                            {"account": ROOT_ACCOUNT[0], "password": ROOT_ACCOUNT[1]},
                            {"X-Authenticator": "basic"})
        self.assertEqual(status, 200, "sign-in through the load balancer: %s %s" % (status, body[:300]))
        return {"Authorization": "Bearer " + json.loads(body)["data"]["token"],
                "X-Authenticator": "basic"}

    def probe_users_in_database(self):
        db = self.lab["db"]
        with psycopg2.connect(host=db["host"], port=db["port"], dbname=db["name"], user=db["user"],
                              password=db["password"]) as conn, conn.cursor() as cur:
            cur.execute("SELECT username FROM users WHERE username LIKE 'nbprobe-%' ORDER BY username")
            return [r[0] for r in cur.fetchall()]

    def db_version(self):
        db = self.lab["db"]
        with psycopg2.connect(host=db["host"], port=db["port"], dbname=db["name"], user=db["user"],
                              password=db["password"]) as conn, conn.cursor() as cur:
            cur.execute('SELECT value FROM "applicationVersion"')
            return [r[0] for r in cur.fetchall()]

    def assert_first_node_ready_before_others_listen(self, prober, what):
        first, second = self.lab["apps"][0], self.lab["apps"][1]
        first_ok = next((t for t, s, b in prober.of(first["health_url"]) if s == 200 and b == "ok"), None)
        second_up = next((t for t, s, b in prober.of(second["health_url"]) if s is not None), None)
        self.assertIsNotNone(first_ok, "%s: %s never answered ok" % (what, first["name"]))
        self.assertIsNotNone(second_up, "%s: %s never answered" % (what, second["name"]))
        self.assertGreaterEqual(second_up, first_ok, "%s: %s was listening %.1fs before %s was ready" % (
            what, second["name"], first_ok - second_up, first["name"]))
        return first_ok, second_up

    # --- phases, in order ---------------------------------------------------------------

    def test_1_first_start(self):
        self.assertEqual(self.running(), [], "no node may run before first-start")
        for app in self.lab["apps"]:
            self.assertEqual(self.host_release(app), LABEL, "%s: release on the host" % app["name"])

        urls = [u for a in self.lab["apps"] for u in (a["health_url"], self.info_url(a))]
        with Prober(urls) as prober:
            started = time.monotonic()
            _, took = self.cli_ok("first-start", "--yes")
            ended = time.monotonic()
        self.timings["first_start_s"] = round(took, 1)
        first_ok, _ = self.assert_first_node_ready_before_others_listen(prober, "first-start")
        self.timings["first_start_first_node_ready_s"] = round(first_ok - started, 1)
        last_ready = self.ready_at(prober, self.lab["apps"][-1], LABEL)
        self.assertIsNotNone(last_ready, "first-start ended before %s was ready" % self.lab["apps"][-1]["name"])
        self.timings["first_start_last_node_ready_s"] = round(last_ready - started, 1)
        self.timings["first_start_console_lag_s"] = round(ended - last_ready, 1)

        for app in self.lab["apps"]:
            self.assert_node_healthy(app, LABEL)
        self.assertEqual(self.db_version(), [LABEL])
        self.assertEqual(self.upstream_servers(),
                         sorted("%s:%d" % (a["address"], a["http_port"]) for a in self.lab["apps"]))
        self.lb_answers(200)

        # Rows written through the cluster, to be found again after the upgrade.
        auth = self.sign_in()
        for username in PROBE_USERS:
            status, body = http(self.lab["lb"]["url"] + "api/users:create", "POST",
                                {"username": username, "email": "%s@example.com" % username,
                                 "nickname": username, "password": "Probe-Pa55-%s" % username},
                                auth)
            self.assertEqual(status, 200, "users:create %s: %s %s" % (username, status, body[:300]))
        self.assertEqual(self.probe_users_in_database(), PROBE_USERS)

    def test_2_maintenance(self):
        first, other = self.lab["apps"][0], self.lab["apps"][1]
        _, took = self.cli_ok("maintenance", "begin", "--yes")
        self.timings["maintenance_begin_s"] = round(took, 1)
        self.assertEqual(self.running(), [first["name"]], "exactly the first node runs during maintenance")
        self.assert_node_healthy(first, LABEL)
        self.assert_node_down(other)
        self.assertEqual(self.upstream_servers(), ["%s:%d" % (first["address"], first["http_port"])])
        self.lb_answers(200)

        _, took = self.cli_ok("maintenance", "end", "--yes")
        self.timings["maintenance_end_s"] = round(took, 1)
        self.assertEqual(self.running(), [a["name"] for a in self.lab["apps"]], "every node runs after maintenance end")
        for app in self.lab["apps"]:
            self.assert_node_healthy(app, LABEL)
        self.assertEqual(self.upstream_servers(),
                         sorted("%s:%d" % (a["address"], a["http_port"]) for a in self.lab["apps"]))
        self.lb_answers(200)

    def test_3_upgrade(self):
        for app in self.lab["apps"]:
            self.assertEqual(self.host_release(app), LABEL, "%s: release on the host" % app["name"])
        self.assertEqual(self.db_version(), [LABEL])
        backups_before = set(os.listdir(self.lab["db"]["backup_dir"]))

        urls = [self.lb_health] + [u for a in self.lab["apps"] for u in (a["health_url"], self.info_url(a))]
        with Prober(urls) as prober:
            started = time.monotonic()
            proc, took = self.cli_ok("upgrade", "--to", self.version, "--yes")
            ended = time.monotonic()
            time.sleep(2)  # the load balancer keeps serving after the run
        self.timings["upgrade_s"] = round(took, 1)

        lb = prober.of(self.lb_health)
        during = [(t, s, b) for t, s, b in lb if started <= t <= ended]
        after = [(t, s, b) for t, s, b in lb if t > ended]
        codes = sorted(set(s for _, s, _ in during), key=str)
        self.assertIn(503, codes, "the load balancer never answered 503 during the upgrade: %s" % codes)
        self.assertTrue(any("maint" in b.lower() for _, s, b in during if s == 503),
                        "the 503 answers were not the maintenance page")
        # The console switches the load balancer before it stops a node: no 502.
        self.assertNotIn(502, codes, "the load balancer answered 502 (nodes stopped before the switch)")
        self.assertNotIn(None, codes, "the load balancer stopped answering during the upgrade")
        self.assertTrue(after and all(s == 200 for _, s, _ in after),
                        "after the upgrade the load balancer answered %s" % sorted(set(s for _, s, _ in after), key=str))
        not_ok = [t for t, s, _ in during if s != 200]
        self.timings["upgrade_lb_not_serving_s"] = round(not_ok[-1] - not_ok[0], 1)
        self.assert_first_node_ready_before_others_listen(prober, "upgrade")
        last_ready = self.ready_at(prober, self.lab["apps"][-1], self.version)
        self.assertIsNotNone(last_ready, "upgrade ended before %s was ready" % self.lab["apps"][-1]["name"])
        self.timings["upgrade_console_lag_s"] = round(ended - last_ready, 1)

        for app in self.lab["apps"]:
            self.assert_node_healthy(app, self.version)
            self.assertEqual(self.host_release(app), self.version, "%s: release on the host" % app["name"])
        self.assertEqual(self.running(), [a["name"] for a in self.lab["apps"]])
        self.assertEqual(self.db_version(), [self.version])
        self.assertFalse(os.path.exists(self.lab["lb"]["lock_path"]), "the cluster lock was left behind")

        self.assertEqual(self.probe_users_in_database(), PROBE_USERS)
        auth = self.sign_in()
        for username in PROBE_USERS:
            status, body = http(self.lab["lb"]["url"] + "api/users:get?filter=" +
                                urllib.request.quote(json.dumps({"username": username})), headers=auth)
            self.assertEqual(status, 200, "users:get %s: %s %s" % (username, status, body[:300]))
            self.assertEqual(json.loads(body)["data"]["username"], username)
        self.assertTrue(set(os.listdir(self.lab["db"]["backup_dir"])) - backups_before,
                        "the upgrade left no new backup in %s" % self.lab["db"]["backup_dir"])

    def test_4_console_notices_readiness_promptly(self):
        # After the last node is ready the console only switches the load balancer.
        lags = {k: v for k, v in self.timings.items() if k.endswith("_console_lag_s")}
        self.assertTrue(lags, "no phase got far enough to measure")
        for key, lag in sorted(lags.items()):
            self.assertLess(lag, 20, "%s: the console took %.1f s to notice the last node was ready" % (key, lag))

    def test_5_status_reports_the_live_cluster(self):
        proc, _ = self.cli_ok("status", "--json", timeout=120)
        doc = json.loads(proc.stdout)
        nodes = {n["name"]: n for n in doc["nodes"]}
        for app in self.lab["apps"]:
            running = self.nbctl(app, "status")[0] == 0
            self.assertEqual(nodes[app["name"]]["running"], running, "%s: running" % app["name"])
            self.assertEqual(nodes[app["name"]]["release"], self.host_release(app), "%s: release" % app["name"])
            if running:
                self.assertEqual(nodes[app["name"]]["db_version"], self.db_version()[0],
                                 "%s: db_version" % app["name"])
        self.assertEqual(doc["load_balancer"]["mode"], "serve")
        self.assertEqual(sorted(doc["load_balancer"]["upstream"]), [a["name"] for a in self.lab["apps"]])


if __name__ == "__main__":
    unittest.main(verbosity=2)
