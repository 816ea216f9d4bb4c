#!/usr/bin/python3
"""A NocoBase-like application node for the lab.

It reproduces what the console has to cope with on a real NocoBase 2.x node
started with `start --quickstart` (the Docker image's entry point): a window
of refused connections, a moment of 404 APP_NOT_FOUND (with an error line in
the log) before the app exists, 503 APP_COMMANDING with progress while it installs or
migrates, sticky 503 APP_ERROR after a failure with the process still alive,
and an application version that lives in the database and is written only
when an install or upgrade has finished. It must never be kinder than the
real thing: it does not refuse an older release on a newer database, and it
does not guard against two nodes installing at once.

Configuration comes from the compose environment (DB_*) plus NBLAB_* values
set by the lab's docker: NBLAB_VERSION (the image's version), NBLAB_LISTEN
(address:port), NBLAB_FAIL_MIGRATION, NBLAB_REGISTRY, NBLAB_TIME_SCALE.
"""

import json
import os
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import labutil  # noqa: E402

import psycopg2  # noqa: E402

SCALE = max(0.0, float(os.environ.get("NBLAB_TIME_SCALE") or "1"))
VERSION = os.environ.get("NBLAB_VERSION", "0.0.0")
CONNECT_ATTEMPTS = 10

PLUGINS = [
    "error-handler", "data-source-main", "data-source-manager", "ui-schema-storage",
    "field-sort", "file-manager", "system-settings", "sequence-field", "verification",
    "users", "acl", "field-china-region", "workflow", "workflow-action-trigger",
    "workflow-aggregate", "workflow-delay", "workflow-dynamic-calculation",
    "workflow-loop", "workflow-manual", "workflow-parallel", "workflow-request",
    "workflow-sql", "client", "action-import", "action-export", "block-iframe",
    "block-workbench", "field-formula", "data-visualization", "auth", "logger",
    "custom-request", "calendar", "action-bulk-update", "action-bulk-edit",
    "gantt", "kanban", "action-duplicate", "action-print", "collection-sql",
    "collection-tree", "field-markdown-vditor", "field-m2m-array", "api-keys",
    "localization", "theme-editor", "api-doc", "auth-sms", "user-data-sync",
    "mobile", "mock-collections", "public-forms", "snapshot-field", "map",
    "notification-manager", "notification-in-app-message", "notification-email",
    "block-template", "ui-templates", "environment-variables", "backup-restore",
    "multi-app-manager", "text-copy", "field-attachment-url", "block-markdown",
    "action-template-print", "async-task-manager", "field-encryption",
    "departments", "charts", "graph-collection-manager", "audit-logs",
    "request-encryption", "password-policy", "ip-restriction", "locale-tester",
    "telemetry",
]

APP_TABLES = ["migrations", "applicationPlugins", "users", "roles", "collections",
              "systemSettings"]


def pause(seconds):
    if seconds > 0:
        time.sleep(seconds * SCALE)


def emit(line):
    # os.write keeps each line whole on the shim's pipe and is safe to call
    # from the signal handler, which a buffered, locked stream is not.
    try:
        os.write(1, (line + "\n").encode())
    except OSError:
        pass


def compact(obj):
    # Node's JSON.stringify: no spaces, non-ASCII kept.
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def log(level, message, module="application", method="", **extra):
    record = {
        "level": level,
        "timestamp": time.strftime("%Y-%m-%d %H:%M:%S"),
        "message": message,
        "meta": {},
        "module": module,
        "submodule": "",
        "method": method,
        "app": "main",
        "reqId": "",
    }
    record.update(extra)
    emit(compact(record))


class MigrationError(Exception):
    pass


class Node:
    def __init__(self):
        self.lock = threading.Lock()
        # Until the supervisor has the main app, the gateway answers 404 (see register).
        self.status = "unregistered"
        self.code = "APP_NOT_FOUND"
        self.message = ""
        self.db_params = dict(
            host=os.environ.get("DB_HOST", "localhost"),
            port=int(os.environ.get("DB_PORT") or 5432),
            dbname=os.environ.get("DB_DATABASE", "nocobase"),
            user=os.environ.get("DB_USER", "nocobase"),
            password=os.environ.get("DB_PASSWORD", ""),
            connect_timeout=3,
            application_name="nocobase-%s" % os.environ.get("NBLAB_HOST", "node"),
        )
        self.info_conn = None
        self.info_lock = threading.Lock()

    # --- state seen by the gateway -------------------------------------------

    def register(self):
        # NocoBase 2.2.15's gateway listens a moment before its supervisor has created
        # the main app; a request in that gap is answered 404 APP_NOT_FOUND and the
        # supervisor logs "App model main not found" at error level.
        pause(0.3)
        with self.lock:
            self.status, self.code = "commanding", "APP_COMMANDING"

    def set_progress(self, message):
        with self.lock:
            self.message = message

    def set_ready(self):
        with self.lock:
            self.status, self.code, self.message = "running", "", ""

    def set_error(self, message, code="APP_ERROR"):
        with self.lock:
            self.status, self.code, self.message = "error", code, message

    def snapshot(self):
        with self.lock:
            return self.status, self.code, self.message

    # --- database ------------------------------------------------------------

    def describe_db_error(self, exc):
        text = str(exc).strip()
        host, port = self.db_params["host"], self.db_params["port"]
        if "Connection refused" in text:
            return "connect ECONNREFUSED %s:%s" % (host, port)
        if "timeout expired" in text or "timed out" in text:
            return "connect ETIMEDOUT %s:%s" % (host, port)
        if "could not translate host name" in text or "Name or service not known" in text:
            return "getaddrinfo ENOTFOUND %s" % host
        # libpq puts the server's reason after "failed: " on the first line.
        first = text.splitlines()[0] if text else repr(exc)
        if "failed: " in first:
            first = first.split("failed: ", 1)[1]
        return first.replace("FATAL:  ", "")

    def connect(self):
        return psycopg2.connect(**self.db_params)

    def authenticate(self):
        """Wait for the database like database.auth(): 10 tries, growing back-off."""
        delay = 0.2
        last = ""
        for attempt in range(1, CONNECT_ATTEMPTS + 1):
            try:
                conn = self.connect()
                log("info", "connection has been established successfully.",
                    module="database")
                return conn
            except psycopg2.Error as exc:
                last = "Unable to connect to the database: %s" % self.describe_db_error(exc)
                log("warn", "attempt %d/%d: %s" % (attempt, CONNECT_ATTEMPTS, last),
                    module="database", method="auth")
            if attempt < CONNECT_ATTEMPTS:
                pause(delay)
                delay = min(delay * 2, 1.0)
        raise RuntimeError(last)

    def db_version(self, conn):
        row = None
        with conn.cursor() as cur:
            cur.execute("SELECT to_regclass('\"applicationVersion\"') IS NOT NULL")
            if cur.fetchone()[0]:
                cur.execute('SELECT value FROM "applicationVersion" LIMIT 1')
                row = cur.fetchone()
        conn.commit()
        return row[0] if row else None

    def read_version_for_info(self):
        """getInfo reads the version from the database on every request."""
        with self.info_lock:
            try:
                if self.info_conn is None or self.info_conn.closed:
                    params = dict(self.db_params, connect_timeout=2)
                    self.info_conn = psycopg2.connect(**params)
                    self.info_conn.autocommit = True
                with self.info_conn.cursor() as cur:
                    cur.execute('SELECT value FROM "applicationVersion" LIMIT 1')
                    row = cur.fetchone()
                return row[0] if row else None
            except psycopg2.Error:
                if self.info_conn is not None:
                    try:
                        self.info_conn.close()
                    except psycopg2.Error:
                        pass
                self.info_conn = None
                raise

    # --- start --quickstart ----------------------------------------------------

    def load_plugins(self):
        self.set_progress("init plugins")
        log("info", "init plugins", module="application", method="load")
        step = 0.8 / len(PLUGINS)
        for i, name in enumerate(PLUGINS, 1):
            self.set_progress("load plugin [%s], %d/%d" % (name, i, len(PLUGINS)))
            pause(step)
        self.set_progress("plugins loaded")
        log("info", "plugins loaded", module="application", method="load")

    def install(self, conn):
        log("info", "application is not installed, start installing",
            module="application", method="install")
        self.set_progress("install app...")
        conn.autocommit = True
        cur = conn.cursor()
        # Created first and outside any transaction, like the real schema sync:
        # a second node installing at the same time collides right here.
        cur.execute('CREATE TABLE "applicationVersion" ("value" varchar(255))')
        self.set_progress("install plugins...")
        log("info", "install plugins...", module="application", method="install")
        cur.execute('CREATE TABLE "migrations" ("name" varchar(255) PRIMARY KEY)')
        cur.execute('CREATE TABLE "applicationPlugins" ("id" serial PRIMARY KEY, '
                    '"name" varchar(255) UNIQUE, "packageName" varchar(255), '
                    '"version" varchar(255), "enabled" boolean, "installed" boolean, '
                    '"builtIn" boolean, "createdAt" timestamptz DEFAULT now())')
        cur.execute('CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" varchar(255) '
                    'UNIQUE, "nickname" varchar(255), "password" varchar(255))')
        cur.execute('CREATE TABLE "roles" ("name" varchar(255) PRIMARY KEY, '
                    '"title" varchar(255))')
        cur.execute('CREATE TABLE "collections" ("key" varchar(255) PRIMARY KEY, '
                    '"name" varchar(255), "title" varchar(255))')
        cur.execute('CREATE TABLE "systemSettings" ("id" serial PRIMARY KEY, '
                    '"title" varchar(255), "appLang" varchar(255))')
        step = 1.0 / len(PLUGINS)
        for i, name in enumerate(PLUGINS, 1):
            self.set_progress("before install plugin [%s], %d/%d" % (name, i, len(PLUGINS)))
            cur.execute('INSERT INTO "applicationPlugins" ("name", "packageName", "version", '
                        '"enabled", "installed", "builtIn") VALUES (%s, %s, %s, true, true, '
                        'true)', (name, "@nocobase/plugin-" + name, VERSION))
            if name == "users":
                cur.execute('INSERT INTO "users" ("email", "nickname", "password") '
                            "VALUES ('admin@nocobase.com', 'Super Admin', 'x')")
            elif name == "acl":
                cur.execute('INSERT INTO "roles" VALUES (\'root\', \'Root\'), '
                            '(\'admin\', \'Admin\'), (\'member\', \'Member\')')
            elif name == "system-settings":
                cur.execute('INSERT INTO "systemSettings" ("title", "appLang") '
                            "VALUES ('NocoBase', 'en-US')")
            elif name == "data-source-main":
                cur.execute('INSERT INTO "collections" VALUES (\'users\', \'users\', '
                            '\'Users\'), (\'roles\', \'roles\', \'Roles\')')
            pause(step)
        # The version is the very last write: it is what says "installed".
        cur.execute('INSERT INTO "applicationVersion" ("value") VALUES (%s)', (VERSION,))
        cur.close()
        conn.autocommit = False
        log("info", "app installed", module="application", method="install")

    def migration_steps(self, db_version):
        registry = labutil.read_json(os.environ.get("NBLAB_REGISTRY", ""), {}) or {}
        known = [t for t, e in registry.get("tags", {}).items()
                 if labutil.is_version(t) and not e.get("alias_of")]
        if labutil.is_version(VERSION) and VERSION not in known:
            known.append(VERSION)
        lo, hi = labutil.version_key(db_version), labutil.version_key(VERSION)
        return sorted((v for v in known if lo < labutil.version_key(v) <= hi),
                      key=labutil.version_key)

    @staticmethod
    def migration_name(version):
        nums = (labutil.version_key(version) + (0, 0, 0))[:3]
        stamp = "20%02d%02d%02d000000" % tuple(max(0, n) % 100 for n in nums)
        return "%s-update-to-%s/@nocobase/server" % (stamp, version)

    def upgrade(self, conn, db_version):
        log("info", "upgrading...", module="application", method="upgrade")
        self.set_progress("upgrading...")
        fail = os.environ.get("NBLAB_FAIL_MIGRATION") == "1"
        steps = self.migration_steps(db_version)
        cur = conn.cursor()
        # All of one upgrade's migrations share a transaction, so a failure
        # leaves the database exactly as it was before this start.
        try:
            for version in steps:
                name = self.migration_name(version)
                self.set_progress("migrating %s" % name)
                emit("{ event: 'migrating', name: '%s' }" % name)
                started = time.monotonic()
                pause(0.3)
                cur.execute('UPDATE "applicationPlugins" SET "version" = %s', (version,))
                if fail and version == VERSION:
                    try:
                        cur.execute('ALTER TABLE "labMissingTable" ADD COLUMN "x" integer')
                    except psycopg2.Error as exc:
                        raise MigrationError("Migration %s (up) failed: Original error: %s"
                                             % (name, str(exc).splitlines()[0])) from exc
                cur.execute('INSERT INTO "migrations" ("name") VALUES (%s)', (name,))
                emit("{ event: 'migrated', name: '%s', durationSeconds: %.3f }"
                     % (name, time.monotonic() - started))
            self.set_progress("update built-in plugins")
            log("info", "update built-in plugins", module="application", method="upgrade")
            pause(0.3)
            # Real NocoBase writes its own version even when the database was
            # newer, so an older release silently "downgrades" the record.
            cur.execute('UPDATE "applicationVersion" SET "value" = %s', (VERSION,))
            conn.commit()
        except Exception:
            conn.rollback()
            raise
        finally:
            cur.close()

    def start(self):
        conn = self.authenticate()
        self.load_plugins()
        version = self.db_version(conn)
        if version is None:
            self.install(conn)
        elif (os.environ.get("SKIP_SAME_VERSION_UPGRADE") == "true" and version == VERSION):
            log("info", "app is already the latest version (%s)" % VERSION,
                module="application", method="upgrade")
        else:
            self.upgrade(conn, version)
        conn.close()
        self.set_progress("app reload")
        log("info", "restarting...", module="application", method="reload")
        pause(0.2)
        self.set_ready()
        log("info", "app has been started", module="application", method="start")

    def run(self):
        self.register()
        try:
            self.start()
        except MigrationError as exc:
            self.set_error(str(exc))
            log("error", str(exc), module="application", method="runCommand",
                name="MigrationError", stack="MigrationError: %s\n    at Migrator.up" % exc)
        except psycopg2.Error as exc:
            msg = str(exc).splitlines()[0] if str(exc) else repr(exc)
            self.set_error(msg)
            log("error", msg, module="application", method="runCommand",
                name="SequelizeDatabaseError")
        except Exception as exc:  # every fatal start error ends up sticky
            self.set_error(str(exc))
            log("error", str(exc), module="application", method="runCommand",
                name=type(exc).__name__)


NODE = Node()


class Gateway(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "nginx"
    sys_version = ""

    def log_message(self, *args):
        pass

    def reply(self, status, body, ctype):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def not_ready(self, code, message):
        body = {"error": {"status": 503, "maintaining": True, "message": message,
                          "code": code, "command": {"name": "start"}}}
        # The gateway logs every refused request at error level; this is the
        # noise a health poll produces while a node starts.
        log("error", message or code, module="gateway", method="responseErrorWithCode",
            code=code, status=503)
        self.reply(503, compact(body), "application/json; charset=utf-8")

    def not_found(self):
        body = {"error": {"status": 404, "message": "application main not found",
                          "maintaining": True, "code": "APP_NOT_FOUND"}}
        log("error", "application main not found", module="gateway",
            method="responseErrorWithCode", code="APP_NOT_FOUND", status=404, appName="main")
        log("error", "App model main not found", module="app-supervisor")
        self.reply(404, compact(body), "application/json; charset=utf-8")

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if not path.startswith("/api/"):
            self.reply(200, "<!doctype html><title>NocoBase</title><div id=root></div>\n",
                       "text/html")
            return
        status, code, message = NODE.snapshot()
        if status == "unregistered":
            self.not_found()
            return
        if status != "running":
            self.not_ready(code, message)
            return
        if path.endswith("/__health_check"):
            self.reply(200, "ok", "text/plain; charset=utf-8")
        elif path == "/api/app:getInfo":
            try:
                version = NODE.read_version_for_info()
            except psycopg2.Error as exc:
                msg = NODE.describe_db_error(exc)
                log("error", msg, module="application", method="getInfo")
                self.reply(500, compact({"errors": [{"message": msg}]}),
                           "application/json; charset=utf-8")
                return
            info = {"data": {"database": {"dialect": "postgres"}, "version": version,
                             "lang": "en-US", "name": "main", "theme": "default"}}
            self.reply(200, compact(info), "application/json; charset=utf-8")
        else:
            self.reply(401, compact({"errors": [{"message": "Empty token",
                                                    "code": "EMPTY_TOKEN"}]}),
                       "application/json; charset=utf-8")

    do_HEAD = do_GET

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.do_GET()


def on_term(signum, _frame):
    log("info", "received %s, stopping" % signal.Signals(signum).name,
        module="application", method="stop")
    os._exit(0)


def serve(server):
    # The stop signals are for the main thread: it waits in pause(), which only a signal
    # delivered to that thread ends. Request threads start from this one and inherit
    # the mask, so none of them can take a SIGTERM that the main thread then never sees.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM, signal.SIGINT})
    server.serve_forever()


def main():
    signal.signal(signal.SIGTERM, on_term)
    signal.signal(signal.SIGINT, on_term)
    listen = os.environ.get("NBLAB_LISTEN", "127.0.0.1:13000")
    address, port = listen.rsplit(":", 1)
    emit("Starting NocoBase %s (lab node on %s)" % (VERSION, os.environ.get("NBLAB_HOST", "?")))
    if os.environ.get("DB_DIALECT", "postgres") != "postgres":
        log("error", "DB_DIALECT %s is not supported by the lab" % os.environ.get("DB_DIALECT"))
    # The process needs a while before it listens; until then: refused.
    pause(1.0)
    emit("PM2 log: App [index:0] online")
    try:
        server = ThreadingHTTPServer((address, int(port)), Gateway)
    except OSError as exc:
        log("error", "Error: Port %s already in use (%s)" % (port, exc.strerror),
            module="gateway")
        sys.exit(1)
    server.daemon_threads = True
    threading.Thread(target=serve, args=(server,), daemon=True).start()
    log("info", "Gateway HTTP Server running at http://0.0.0.0:13000/", module="gateway")
    NODE.run()
    while True:
        signal.pause()


if __name__ == "__main__":
    main()
