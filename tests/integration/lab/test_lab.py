#!/usr/bin/python3
"""The lab is real: these tests hold it to what the console relies on.

Run against a lab that is up (CTest's `lab` fixture, or `lab.py up`), as root,
with NBLAB_DIR naming it. Every test starts from and leaves a reset lab.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

sys.dont_write_bytecode = True

import psycopg2  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LAB_PY = os.environ.get("NBLAB_SCRIPT") or os.path.join(HERE, "..", "..", "lab", "lab.py")
PYTHON = os.environ.get("NBLAB_PYTHON", "/usr/bin/python3")
LAB_DIR = os.environ.get("NBLAB_DIR", "/tmp/nbconsole-lab/ctest")

# No proxy may stand between the tests and loopback addresses.
HTTP = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def lab_cmd(*args):
    proc = subprocess.run([PYTHON, LAB_PY] + list(args), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    if proc.returncode != 0:
        raise AssertionError("lab.py %s failed: %s%s" % (" ".join(args), proc.stdout,
                                                          proc.stderr))
    return proc.stdout


def http(url, method="GET", timeout=3):
    """(status, body, headers); status None when the connection was refused."""
    req = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with HTTP.open(req, timeout=timeout) as r:
            return r.status, r.read().decode(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode(), dict(e.headers)
    except (urllib.error.URLError, ConnectionError, OSError):
        return None, "", {}


class LabTest(unittest.TestCase):
    maxDiff = None

    @classmethod
    def setUpClass(cls):
        with open(os.path.join(LAB_DIR, "lab.json")) as f:
            cls.lab = json.load(f)
        if not cls.lab.get("nodes", True):
            raise unittest.SkipTest("the lab runs without nodes")
        cls.apps = {a["name"]: a for a in cls.lab["apps"]}
        lab_cmd("reset", "--dir", LAB_DIR)

    def tearDown(self):
        lab_cmd("reset", "--dir", LAB_DIR)

    # --- helpers ---------------------------------------------------------------------

    def ssh(self, host, command, check=True, timeout=60, options=(), env=None, input=None):
        # ssh keeps the first value it sees for an option: callers' options go first.
        cmd = ["ssh", "-F", self.lab["ssh_config"]] + list(options)
        cmd += ["-o", "BatchMode=yes", host, command]
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              timeout=timeout, env=env, input=input,
                              stdin=None if input is not None else subprocess.DEVNULL)
        if check and proc.returncode != 0:
            self.fail("ssh %s %r exited %d: %s%s" % (host, command, proc.returncode,
                                                     proc.stdout, proc.stderr))
        return proc

    def compose(self, app, args, check=True, prefix=""):
        project = self.apps[app]["project_dir"]
        return self.ssh(app, "cd %s && %sdocker compose %s" % (project, prefix, args),
                        check=check)

    def set_tag(self, app, tag):
        self.ssh(app, "sed -i 's|image: nocobase/nocobase:.*|image: nocobase/nocobase:%s|' "
                      "%s" % (tag, self.apps[app]["compose_file"]))

    def health(self, app):
        status, body, _ = http(self.apps[app]["health_url"])
        code = None
        if status in (404, 503):
            code = json.loads(body)["error"]["code"]
        return status, body, code

    def get_info(self, app):
        a = self.apps[app]
        return http("http://%s:%d/api/app:getInfo" % (a["address"], a["http_port"]))

    def wait_for(self, app, predicate, timeout=30, what="state"):
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            last = self.health(app)
            if predicate(*last):
                return last
            time.sleep(0.1)
        self.fail("%s never reached the expected %s; last health: %r" % (app, what, last))

    def wait_ready(self, app, timeout=30):
        return self.wait_for(app, lambda s, b, c: s == 200 and b == "ok", timeout, "ready")

    def wait_error(self, app, timeout=30):
        return self.wait_for(app, lambda s, b, c: c == "APP_ERROR", timeout, "APP_ERROR")

    def db(self):
        d = self.lab["db"]
        conn = psycopg2.connect(host=d["host"], port=d["port"], dbname=d["name"],
                                user=d["user"], password=d["password"], connect_timeout=5)
        conn.autocommit = True
        return conn

    def query(self, sql, args=None):
        with self.db() as conn, conn.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall() if cur.description else None

    def superuser_sql(self, sql):
        d = self.lab["db"]
        subprocess.run(["runuser", "-u", d["superuser"], "--", "psql", "-X", "-q", "-h",
                        d["superuser_socket_dir"], "-p", str(d["port"]), "-d", "postgres",
                        "-v", "ON_ERROR_STOP=1", "-c", sql], check=True,
                       stdout=subprocess.DEVNULL)

    def snapshot(self):
        """Version plus the row count of every table: what a failed upgrade must not touch."""
        tables = [r[0] for r in self.query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        counts = {t: self.query('SELECT count(*) FROM "%s"' % t)[0][0] for t in tables}
        columns = self.query("SELECT table_name, column_name FROM information_schema.columns "
                             "WHERE table_schema = 'public' ORDER BY 1, 2")
        version = self.query('SELECT value FROM "applicationVersion"')
        return {"counts": counts, "columns": columns, "version": version,
                "migrations": self.query('SELECT name FROM "migrations" ORDER BY 1')}

    def install(self, app="app-1", tag=None):
        if tag:
            self.set_tag(app, tag)
        self.compose(app, "up -d")
        self.wait_ready(app)

    def logs(self, app):
        return self.compose(app, "logs --no-color --no-log-prefix").stdout

    # --- SSH ---------------------------------------------------------------------------

    def test_ssh_to_every_host_with_strict_host_keys(self):
        self.assertEqual([h["role"] for h in self.lab["hosts"][:2]], ["db", "lb"])
        for h in self.lab["hosts"]:
            out = self.ssh(h["name"], 'echo "$NBLAB_HOST"; command -v docker; id -un').stdout
            name, docker, user = out.split("\n")[:3]
            self.assertEqual(name, h["name"])
            self.assertEqual(user, self.lab["user"])
            if h["role"] == "app":
                self.assertEqual(docker, os.path.join(LAB_DIR, "hosts", h["name"], "bin",
                                                      "docker"))
            # The same host reached by address alone: the key in known_hosts is its own.
            proc = subprocess.run(
                ["ssh", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
                 "-o", "UserKnownHostsFile=" + self.lab["known_hosts"],
                 "-o", "GlobalKnownHostsFile=/dev/null", "-i", self.lab["client_key"],
                 "-o", "IdentitiesOnly=yes", "-p", str(h["ssh_port"]),
                 "%s@%s" % (self.lab["user"], h["address"]), "true"],
                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, timeout=30,
                stdin=subprocess.DEVNULL)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            with open(self.lab["known_hosts"]) as f:
                self.assertIn(h["host_key_pub"], f.read())

    def test_changed_host_key_is_refused(self):
        tmp = tempfile.mkdtemp()
        try:
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f",
                            os.path.join(tmp, "other")], check=True)
            with open(os.path.join(tmp, "other.pub")) as f:
                other = " ".join(f.read().split()[:2])
            app1 = next(h for h in self.lab["hosts"] if h["name"] == "app-1")
            with open(self.lab["known_hosts"]) as f:
                text = f.read().replace(app1["host_key_pub"], other)
            forged = os.path.join(tmp, "known_hosts")
            with open(forged, "w") as f:
                f.write(text)
            proc = self.ssh("app-1", "true", check=False,
                            options=["-o", "UserKnownHostsFile=" + forged])
            self.assertEqual(proc.returncode, 255)
            self.assertIn("REMOTE HOST IDENTIFICATION HAS CHANGED", proc.stderr)
        finally:
            shutil.rmtree(tmp)

    def test_password_keyboard_interactive_and_encrypted_key(self):
        tmp = tempfile.mkdtemp()
        try:
            def askpass(secret):
                path = os.path.join(tmp, "askpass")
                with open(path, "w") as f:
                    f.write("#!/bin/sh\nprintf '%%s\\n' '%s'\n" % secret)
                os.chmod(path, 0o700)
                return dict(os.environ, SSH_ASKPASS=path, SSH_ASKPASS_REQUIRE="force",
                            DISPLAY=":0")

            base = ["-o", "BatchMode=no", "-o", "PubkeyAuthentication=no",
                    "-o", "NumberOfPasswordPrompts=1"]
            for method in ("password", "keyboard-interactive"):
                proc = self.ssh("app-2", "echo in", check=False,
                                options=base + ["-o", "PreferredAuthentications=" + method],
                                env=askpass(self.lab["password"]))
                self.assertEqual((proc.returncode, proc.stdout), (0, "in\n"), proc.stderr)
                proc = self.ssh("app-2", "echo in", check=False,
                                options=base + ["-o", "PreferredAuthentications=" + method],
                                env=askpass("wrong password"))
                self.assertEqual(proc.returncode, 255)
            proc = self.ssh("db", "echo in", check=False,
                            options=["-o", "BatchMode=no", "-o", "IdentitiesOnly=yes",
                                     "-o", "IdentityFile=" + self.lab["client_key_encrypted"],
                                     "-o", "PreferredAuthentications=publickey"],
                            env=askpass(self.lab["client_key_passphrase"]))
            self.assertEqual((proc.returncode, proc.stdout), (0, "in\n"), proc.stderr)
        finally:
            shutil.rmtree(tmp)

    # --- load balancer ----------------------------------------------------------------------

    def lb_switch(self, upstream=None, mode=None):
        lb = self.lab["lb"]
        for path, text in ((lb["upstream_file"], upstream), (lb["mode_file"], mode)):
            if text is not None:
                self.ssh("lb", "cat > %s" % path, input=text)
        self.ssh("lb", "%s -t && %s -s reload" % (lb["nginx_cmd"], lb["nginx_cmd"]))
        # nginx answers from old and new workers for a moment after a reload.
        time.sleep(0.3)

    def test_load_balancer_switches_between_upstream_and_maintenance(self):
        lb = self.lab["lb"]
        health = lb["url"] + "api/__health_check"
        # Serve mode with every node stopped: nginx's own 502, no maintenance page.
        status, body, _ = http(health)
        self.assertEqual(status, 502)
        self.assertNotIn("nblab-maintenance-page", body)

        with open(lb["maintenance_conf"]) as f:
            maintenance = f.read()
        self.lb_switch(mode=maintenance)
        for url, method in ((health, "GET"), (lb["url"], "GET"), (lb["url"] + "api/x", "POST")):
            status, body, headers = http(url, method)
            self.assertEqual(status, 503, (url, method))
            self.assertIn("nblab-maintenance-page", body)
            self.assertTrue(headers.get("Content-Type", "").startswith("text/html"))

        self.install("app-1")
        a1 = self.apps["app-1"]
        self.lb_switch(upstream="server %s:%d;\n" % (a1["address"], a1["http_port"]),
                       mode="# serve\n")
        for _ in range(5):
            self.assertEqual(http(health)[:2], (200, "ok"))
        status, body, _ = http(lb["url"] + "api/app:getInfo")
        self.assertEqual(json.loads(body)["data"]["version"], self.lab["initial_version"])

        # A broken include is refused by nginx -t and the old config keeps serving.
        proc = self.ssh("lb", "echo 'server ;' > %s && %s -t" % (lb["upstream_file"],
                                                                lb["nginx_cmd"]), check=False)
        self.assertNotEqual(proc.returncode, 0)
        self.assertEqual(http(health)[:2], (200, "ok"))

    # --- database -------------------------------------------------------------------------

    def test_pg_dump_and_restore_on_the_db_host(self):
        self.install("app-1")
        self.compose("app-1", "stop")
        before = self.snapshot()
        d = self.lab["db"]
        dump = os.path.join(d["backup_dir"], "before-upgrade.dump")
        conn = "-h %s -p %d -U %s -w" % (d["host"], d["port"], d["user"])
        self.ssh("db", "pg_dump %s -Fc -f %s %s && pg_restore --list %s >/dev/null"
                 % (conn, dump, d["name"], dump))
        self.assertTrue(os.path.getsize(dump) > 0)
        self.query('DELETE FROM "users"')
        self.query('UPDATE "applicationVersion" SET value = %s', ("9.9.9",))
        self.query('CREATE TABLE "strayTable" (x int)')
        self.ssh("db", "pg_restore %s --clean --if-exists --no-owner -d %s %s"
                 % (conn, d["name"], dump))
        after = self.snapshot()
        after["counts"].pop("strayTable")
        after["columns"] = [c for c in after["columns"] if c[0] != "strayTable"]
        self.assertEqual(after, before)

    # --- NocoBase behaviour ---------------------------------------------------------------------

    def test_node_installs_into_an_empty_database(self):
        self.assertEqual(self.query("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                         [(0,)])
        self.compose("app-1", "up -d")
        seen = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            status, body, code = self.health("app-1")
            state = "refused" if status is None else code or body
            if not seen or seen[-1] != state:
                seen.append(state)
            if body == "ok":
                break
            if status == 503:
                # Until it is ready getInfo answers the very same 503.
                self.assertEqual(self.get_info("app-1")[0], 503)
            time.sleep(0.05)
        # NocoBase's gateway listens a moment before the app exists: 404 APP_NOT_FOUND,
        # logged with the supervisor's own error line.
        self.assertEqual(seen, ["refused", "APP_NOT_FOUND", "APP_COMMANDING", "ok"])
        logs = self.compose("app-1", "logs --no-log-prefix").stdout
        self.assertIn('"message":"App model main not found"', logs)
        info = json.loads(self.get_info("app-1")[1])
        self.assertEqual(info["data"], {"database": {"dialect": "postgres"},
                                        "version": self.lab["initial_version"],
                                        "lang": "en-US", "name": "main", "theme": "default"})
        self.assertEqual(self.query('SELECT value FROM "applicationVersion"'),
                         [(self.lab["initial_version"],)])
        log = self.logs("app-1")
        for line in ("Gateway HTTP Server running at", "connection has been established",
                     "app has been started", '"method":"responseErrorWithCode"'):
            self.assertIn(line, log)

    def test_node_upgrades_when_the_compose_tag_changes(self):
        self.install("app-1")
        self.compose("app-1", "stop")
        self.set_tag("app-1", "2.2.15")
        pull = self.compose("app-1", "pull app")
        self.assertIn("app Pulled", pull.stderr)
        self.compose("app-1", "up -d")
        self.wait_for("app-1", lambda s, b, c: c == "APP_COMMANDING", what="migration")
        self.wait_ready("app-1")
        info = json.loads(self.get_info("app-1")[1])
        self.assertEqual(info["data"]["version"], "2.2.15")
        self.assertIn(("20020215000000-update-to-2.2.15/@nocobase/server",),
                      self.query('SELECT name FROM "migrations"'))
        self.assertIn("upgrading...", self.logs("app-1"))

    def test_failed_migration_leaves_node_alive_and_database_untouched(self):
        tag = "2.2.90"
        lab_cmd("registry", "--dir", LAB_DIR, "add", tag, "--fail-migration")
        try:
            self.install("app-1")
            self.compose("app-1", "stop")
            before = self.snapshot()
            self.set_tag("app-1", tag)
            self.assertEqual(self.compose("app-1", "pull", check=False).returncode, 0)
            self.assertEqual(self.compose("app-1", "up -d", check=False).returncode, 0)
            status, body, _ = self.wait_error("app-1")
            error = json.loads(body)["error"]
            self.assertEqual((error["code"], error["maintaining"], error["command"]),
                             ("APP_ERROR", True, {"name": "start"}))
            self.assertRegex(error["message"],
                             r"^Migration \S+-update-to-2\.2\.90/@nocobase/server \(up\) "
                             r"failed: Original error: ")
            # Sticky: still alive and still failing a while later, never restarted.
            time.sleep(2)
            self.assertEqual(self.health("app-1")[2], "APP_ERROR")
            self.assertEqual(self.get_info("app-1")[:2], (503, body))
            ps = json.loads(self.compose("app-1", "ps --format json").stdout.splitlines()[0])
            self.assertEqual((ps["State"], ps["Image"]), ("running", "nocobase/nocobase:" + tag))
            self.assertIn('"name":"MigrationError"', self.logs("app-1"))
            self.assertEqual(self.snapshot(), before)
        finally:
            lab_cmd("registry", "--dir", LAB_DIR, "remove", tag)

    def test_older_release_rewrites_a_newer_database_version(self):
        self.install("app-1", tag="2.2.16")
        self.compose("app-1", "stop")
        self.assertEqual(self.query('SELECT value FROM "applicationVersion"'), [("2.2.16",)])
        self.install("app-2")  # still on the initial, older release
        self.assertEqual(json.loads(self.get_info("app-2")[1])["data"]["version"],
                         self.lab["initial_version"])
        self.assertEqual(self.query('SELECT value FROM "applicationVersion"'),
                         [(self.lab["initial_version"],)])

    def test_two_nodes_installing_at_once_conflict(self):
        procs = [subprocess.Popen(
            ["ssh", "-F", self.lab["ssh_config"], "-o", "BatchMode=yes", app,
             "cd %s && docker compose up -d" % self.apps[app]["project_dir"]],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) for app in ("app-1", "app-2")]
        for p in procs:
            self.assertEqual(p.wait(timeout=60), 0)
        settled = {}
        for app in ("app-1", "app-2"):
            settled[app] = self.wait_for(app, lambda s, b, c: b == "ok" or c == "APP_ERROR",
                                         what="an end state")
        errors = [json.loads(b)["error"]["message"] for s, b, c in settled.values()
                  if c == "APP_ERROR"]
        self.assertTrue(errors, "both nodes installed into one empty database")
        self.assertRegex(errors[0], r"already exists|duplicate key")

    def test_unreachable_database_at_start_ends_in_app_error(self):
        compose_file = self.apps["app-1"]["compose_file"]
        self.ssh("app-1", "sed -i 's/DB_PORT=.*/DB_PORT=1/' %s" % compose_file)
        # Shortened back-off; every phase still happens.
        self.compose("app-1", "up -d", prefix="NBLAB_TIME_SCALE=0.2 ")
        status, body, _ = self.wait_error("app-1")
        self.assertIn("Unable to connect to the database: connect ECONNREFUSED",
                      json.loads(body)["error"]["message"])
        log = self.logs("app-1")
        self.assertIn("attempt 1/10: Unable to connect to the database", log)
        self.assertIn("attempt 10/10: Unable to connect to the database", log)

    def test_database_loss_keeps_health_ok_but_get_info_fails(self):
        self.install("app-1")
        user = self.lab["db"]["user"]
        try:
            self.superuser_sql("ALTER ROLE %s NOLOGIN; SELECT pg_terminate_backend(pid) FROM "
                               "pg_stat_activity WHERE usename = '%s'" % (user, user))
            self.assertEqual(self.health("app-1")[:2], (200, "ok"))
            status, body, _ = self.get_info("app-1")
            self.assertEqual(status, 500, body)
        finally:
            self.superuser_sql("ALTER ROLE %s LOGIN" % user)
        self.assertEqual(self.get_info("app-1")[0], 200)

    # --- the docker look-alike ----------------------------------------------------------------

    def test_compose_cli_behaves_like_docker_compose(self):
        self.assertEqual(self.compose("app-3", "ps --format json").stdout, "")
        self.compose("app-3", "up -d")
        self.assertIn("Container nocobase-app-1  Running",
                      self.compose("app-3", "up -d").stderr)
        ps = json.loads(self.compose("app-3", "ps --format json").stdout)
        for key in ("Name", "Service", "State", "Status", "Image", "ID", "Publishers"):
            self.assertIn(key, ps)
        self.assertEqual((ps["Service"], ps["State"]), ("app", "running"))
        self.assertTrue(ps["Status"].startswith("Up "))
        images = json.loads(self.compose("app-3", "images --format json").stdout)
        self.assertEqual(images[0]["Tag"], self.lab["initial_version"])
        self.wait_ready("app-3")
        started = time.monotonic()
        self.compose("app-3", "stop")
        self.assertLess(time.monotonic() - started, 3)
        self.assertIsNone(self.health("app-3")[0])
        self.assertEqual(self.compose("app-3", "ps --format json").stdout, "")
        ps = json.loads(self.compose("app-3", "ps -a --format json").stdout)
        self.assertEqual(ps["State"], "exited")
        self.assertRegex(ps["Status"], r"^Exited \(0\) ")
        lines = self.compose("app-3", "logs --tail 2 -t").stdout.splitlines()
        self.assertEqual(len(lines), 2)
        self.assertRegex(lines[0], r"^app-1 +\| \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z ")

        refused = self.compose("app-3", "down -v", check=False)
        self.assertNotEqual(refused.returncode, 0)
        self.assertIn("volumes", refused.stderr)
        self.set_tag("app-3", "no-such-tag")
        pull = self.compose("app-3", "pull", check=False)
        self.assertEqual(pull.returncode, 1)
        self.assertIn("Error response from daemon: manifest for nocobase/nocobase:no-such-tag "
                      "not found: manifest unknown: manifest unknown", pull.stderr)
        self.assertEqual(self.compose("app-3", "config -q").returncode, 0)
        self.ssh("app-3", "echo 'services: [' >> %s" % self.apps["app-3"]["compose_file"])
        broken = self.compose("app-3", "config --quiet", check=False)
        self.assertEqual(broken.returncode, 1)
        self.assertIn("yaml: line", broken.stderr)


if __name__ == "__main__":
    unittest.main()
