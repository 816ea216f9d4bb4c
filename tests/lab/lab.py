#!/usr/bin/python3
"""The test lab: a small NocoBase cluster on loopback addresses.

Every host is an address (NET.9 the database, NET.10 the load balancer,
NET.11... the app nodes) with its own sshd, so the console reaches each one
over real SSH. The load balancer is nginx, the database PostgreSQL 15, and
each app host has a `docker` that runs NocoBase-like nodes. Everything the
lab runs is bound to its own addresses and recorded under DIR, so labs with
different DIR and NET run side by side and `down` leaves nothing behind.

Run as root with Debian's /usr/bin/python3 (it needs python3-yaml and
python3-psycopg2):

  lab.py up --dir DIR [--net 127.0.1] [--apps 3] [--no-nodes] ...
  lab.py down --dir DIR [--purge]
  lab.py status --dir DIR [--json]
  lab.py reset --dir DIR
  lab.py registry --dir DIR add VERSION [--fail-migration] [--alias-of TAG]
"""

import argparse
import json
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

sys.dont_write_bytecode = True  # keeps the source tree clean when run as root
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import labconf  # noqa: E402
import labutil  # noqa: E402

PG_BIN = "/usr/lib/postgresql/15/bin"
LIB_FILES = ("labutil.py", "dockerhost.py", "composefile.py", "fakedocker.py", "nbnode.py")
DEFAULTS = {"net": "127.0.1", "apps": 3, "ssh_port": 22, "http_port": 13000,
            "lb_port": 8080, "pg_port": 5432, "user": "nblab", "nodes": True,
            "time_scale": 1.0, "pam": True}


class LabError(Exception):
    pass


def run(cmd, check=True, **kw):
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)
    if check and proc.returncode != 0:
        raise LabError("%s failed (%d): %s" % (" ".join(cmd), proc.returncode,
                                              (proc.stderr or proc.stdout).strip()))
    return proc


def mkdir(path, mode=0o755, owner=None):
    os.makedirs(path, exist_ok=True)
    os.chmod(path, mode)
    if owner is not None:
        os.chown(path, owner[0], owner[1])


def write_if_changed(path, text, mode=0o644, owner=None):
    """Write a file only when its content differs; tell whether it changed."""
    try:
        with open(path) as f:
            if f.read() == text:
                if owner is not None:
                    os.chown(path, owner[0], owner[1])
                return False
    except FileNotFoundError:
        pass
    labutil.atomic_write(path, text, mode)
    if owner is not None:
        os.chown(path, owner[0], owner[1])
    return True


def port_open(address, port, timeout=0.3):
    try:
        with socket.create_connection((address, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise LabError("timed out waiting for %s" % what)


class Lab:
    def __init__(self, lab_dir, params):
        self.dir = os.path.abspath(lab_dir)
        self.params = params
        self.lib = os.path.join(self.dir, "lib")
        self.keys = os.path.join(self.dir, "keys")
        self.client_key = os.path.join(self.keys, "id_ed25519")
        self.client_key_encrypted = os.path.join(self.keys, "id_ed25519_encrypted")
        self.authorized_keys = os.path.join(self.keys, "authorized_keys")
        self.known_hosts = os.path.join(self.dir, "known_hosts")
        self.ssh_config = os.path.join(self.dir, "ssh_config")
        self.inventory = os.path.join(self.dir, "inventory.yaml")
        self.lab_json = os.path.join(self.dir, "lab.json")
        self.registry = labutil.registry_path(self.dir)
        self.storage = os.path.join(self.dir, "storage")
        self.nginx_prefix = self.path("lb", "nginx")
        self.upstream_file = os.path.join(self.nginx_prefix, "conf", "nocobase", "upstream.conf")
        self.mode_file = os.path.join(self.nginx_prefix, "conf", "nocobase", "mode.conf")
        self.maintenance_page = os.path.join(self.nginx_prefix, "html", "maintenance.html")
        self.maintenance_conf = os.path.join(self.nginx_prefix, "conf", "maintenance-mode.conf")
        self.nginx_cmd = "/usr/sbin/nginx -p %s/ -c conf/nginx.conf" % self.nginx_prefix
        self.lock_path = self.path("lb", "home", ".local", "state", "nbconsole", "lab.lock")
        self.pgdata = self.path("db", "pgdata")
        self.pgsock = self.path("db", "sock")
        self.pglog = self.path("db", "postgresql.log")
        self.backup_dir = self.path("db", "backups")
        self.pgpass_file = self.path("db", "home", ".pgpass")
        self.redis_dir = self.path("db", "redis")
        self.tag = "NBLAB_PROC_TAG=" + self.dir
        self._owner = None

    # --- layout -------------------------------------------------------------------

    def path(self, host, *parts):
        return os.path.join(self.dir, "hosts", host, *parts)

    def path_lib(self, name):
        return os.path.join(self.lib, name)

    def address(self, name):
        net = self.params["net"]
        if name == "db":
            return net + ".9"
        if name == "lb":
            return net + ".10"
        return "%s.%d" % (net, 10 + int(name.split("-")[1]))

    def hosts(self):
        result = [{"name": "db", "role": "db"}, {"name": "lb", "role": "lb"}]
        result += [{"name": "app-%d" % i, "role": "app"}
                   for i in range(1, self.params["apps"] + 1)]
        for h in result:
            h["address"] = self.address(h["name"])
        return result

    def app_hosts(self):
        return [h for h in self.hosts() if h["role"] == "app"]

    def project_dir(self, app):
        return self.path(app, "nocobase")

    @property
    def owner(self):
        if self._owner is None:
            pw = pwd.getpwnam(self.params["user"])
            self._owner = (pw.pw_uid, pw.pw_gid)
        return self._owner

    def spawn_env(self):
        return {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LANG": "C.UTF-8",
                "NBLAB_PROC_TAG": self.dir}

    # --- the OS user and keys -----------------------------------------------------------

    def ensure_user(self):
        user = self.params["user"]
        try:
            pwd.getpwnam(user)
        except KeyError:
            proc = run(["useradd", "--create-home", "--shell", "/bin/bash", user], check=False)
            # Another lab may have created it at the same moment.
            if proc.returncode not in (0, 9):
                raise LabError("useradd %s failed: %s" % (user, proc.stderr.strip()))
        home = pwd.getpwnam(user).pw_dir
        if not os.path.isdir(home):
            mkdir(home, 0o755, self.owner)
        # Also unlocks an account useradd left locked.
        subprocess.run(["chpasswd"], input="%s:%s\n" % (user, labconf.user_password(user)),
                       text=True, check=True, stdout=subprocess.DEVNULL)

    def ensure_keys(self):
        mkdir(self.keys)
        jobs = []
        if not os.path.exists(self.client_key):
            jobs.append(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "nblab-client",
                         "-f", self.client_key])
        if not os.path.exists(self.client_key_encrypted):
            jobs.append(["ssh-keygen", "-q", "-t", "ed25519", "-N", labconf.KEY_PASSPHRASE,
                         "-C", "nblab-client-encrypted", "-f", self.client_key_encrypted])
        for h in self.hosts():
            mkdir(self.path(h["name"]))
            mkdir(self.path(h["name"], "ssh"))
            key = self.path(h["name"], "ssh", "ssh_host_ed25519_key")
            if not os.path.exists(key):
                jobs.append(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C",
                             "nblab-%s" % h["name"], "-f", key])
        procs = [subprocess.Popen(j, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for j in jobs]
        for p, j in zip(procs, jobs):
            if p.wait() != 0:
                raise LabError("%s failed: %s" % (" ".join(j), p.stderr.read().decode()))
            p.stderr.close()
        authorized = ""
        for key in (self.client_key, self.client_key_encrypted):
            with open(key + ".pub") as f:
                authorized += f.read()
        write_if_changed(self.authorized_keys, authorized, 0o644)

    def host_key(self, name):
        with open(self.path(name, "ssh", "ssh_host_ed25519_key.pub")) as f:
            return " ".join(f.read().split()[:2])

    # --- files -----------------------------------------------------------------------

    def install_lib(self):
        mkdir(self.lib)
        for name in LIB_FILES:
            with open(os.path.join(HERE, name)) as f:
                write_if_changed(self.path_lib(name), f.read(), 0o755)

    def write_host_files(self):
        """Per-host configs; returns the hosts whose sshd config changed."""
        changed = []
        owner = self.owner
        for h in self.hosts():
            name = h["name"]
            mkdir(self.path(name, "home"), 0o755, owner)
            mkdir(self.path(name, "bin"))
            if write_if_changed(self.path(name, "ssh", "sshd_config"),
                                labconf.sshd_config(self, h)):
                changed.append(name)
            if h["role"] == "app":
                mkdir(self.path(name, "state"), 0o755, owner)
                mkdir(self.path(name, "state", "containers"), 0o755, owner)
                write_if_changed(self.path(name, "bin", "docker"),
                                 labconf.docker_wrapper(self, name), 0o755)
                mkdir(self.project_dir(name), 0o755, owner)
                compose = os.path.join(self.project_dir(name), "docker-compose.yml")
                if not os.path.exists(compose):
                    self.write_compose(h)
                if not os.path.exists(self.path(name, "state", "images.json")):
                    self.reset_images(name)
            elif h["role"] == "db":
                mkdir(self.backup_dir, 0o755, owner)
                for tool in ("pg_dump", "pg_restore", "psql", "pg_isready"):
                    link = self.path(name, "bin", tool)
                    if not os.path.islink(link):
                        os.symlink(os.path.join(PG_BIN, tool), link)
                write_if_changed(self.pgpass_file, "%s:%d:*:%s:%s\n" % (
                    self.address("db"), self.params["pg_port"], labconf.DB_USER,
                    labconf.DB_PASSWORD), 0o600, owner)
            elif h["role"] == "lb":
                for sub in ("", ".local", ".local/state", ".local/state/nbconsole"):
                    mkdir(self.path("lb", "home", sub), 0o755, owner)
        mkdir(self.storage, 0o755, owner)
        if not os.path.exists(self.registry):
            self.init_registry()
        write_if_changed(self.known_hosts, "".join(
            "%s %s\n" % (self.known_host_name(h), self.host_key(h["name"]))
            for h in self.hosts()))
        write_if_changed(self.ssh_config, labconf.ssh_config(self))
        return changed

    def known_host_name(self, host):
        if self.params["ssh_port"] == 22:
            return host["address"]
        return "[%s]:%d" % (host["address"], self.params["ssh_port"])

    def write_compose(self, app):
        path = os.path.join(self.project_dir(app["name"]), "docker-compose.yml")
        labutil.atomic_write(path, labconf.compose_file(self, app), 0o644)
        os.chown(path, *self.owner)

    def reset_images(self, app):
        """An app host starts with only the initial image pulled."""
        registry = labutil.load_registry(self.dir)
        entry = labutil.resolve_tag(registry, labconf.INITIAL_VERSION) or {}
        images = {"%s:%s" % (labutil.REPOSITORY, labconf.INITIAL_VERSION): {
            "id": entry.get("digest", labutil.new_digest(labconf.INITIAL_VERSION, False)),
            "version": labconf.INITIAL_VERSION, "fail_migration": False,
            "pulled": time.time(), "created": entry.get("created", time.time())}}
        path = self.path(app, "state", "images.json")
        labutil.write_json(path, images)
        os.chown(path, *self.owner)

    def init_registry(self):
        tags = {}
        for i, version in enumerate(labconf.INITIAL_TAGS):
            tags[version] = {"version": version, "fail_migration": False,
                             "digest": labutil.new_digest(version, False),
                             "created": time.time() - 86400 * (len(labconf.INITIAL_TAGS) - i)}
        tags["latest"] = {"alias_of": labconf.LATEST_TAG,
                          "digest": tags[labconf.LATEST_TAG]["digest"]}
        labutil.write_json(self.registry, {"repository": labutil.REPOSITORY, "tags": tags})

    # --- sshd ------------------------------------------------------------------------

    def sshd_pid(self, name):
        pid = labutil.read_pid(self.path(name, "ssh", "sshd.pid"))
        return pid if labutil.pid_matches(pid, self.path(name, "ssh", "sshd_config")) else 0

    def start_sshds(self, changed):
        os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
        procs = []
        for h in self.hosts():
            name = h["name"]
            pid = self.sshd_pid(name)
            if pid:
                if name in changed:
                    os.kill(pid, signal.SIGHUP)
                continue
            self.check_free(h["address"], self.params["ssh_port"])
            cmd = ["/usr/sbin/sshd", "-f", self.path(name, "ssh", "sshd_config"),
                   "-E", self.path(name, "ssh", "sshd.log")]
            procs.append((name, cmd, subprocess.Popen(
                cmd, env=self.spawn_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)))
        for name, cmd, proc in procs:
            output = proc.communicate()[0].decode(errors="replace")
            if proc.returncode != 0:
                log = ""
                try:
                    with open(self.path(name, "ssh", "sshd.log")) as f:
                        log = f.read()[-500:]
                except OSError:
                    pass
                raise LabError("sshd for %s did not start: %s%s" % (name, output, log))
        # sshd forks into the background before it binds, so its exit status
        # says nothing: it is up once it has written its PID file.
        for h in self.hosts():
            wait_until(lambda h=h: self.sshd_pid(h["name"]), 10,
                       "sshd on %s (see %s)" % (h["name"],
                                                self.path(h["name"], "ssh", "sshd.log")))

    def check_free(self, address, port):
        if port_open(address, port):
            raise LabError("%s:%d is already in use: is another lab running on net %s?"
                           % (address, port, self.params["net"]))

    # --- PostgreSQL --------------------------------------------------------------------

    def pg_pid(self):
        pid = labutil.read_pid(os.path.join(self.pgdata, "postmaster.pid"))
        return pid if labutil.pid_matches(pid, self.pgdata) else 0

    def psql(self, sql, database="postgres"):
        return run(["runuser", "-u", "postgres", "--", os.path.join(PG_BIN, "psql"), "-X", "-q",
                    "-h", self.pgsock, "-p", str(self.params["pg_port"]), "-d", database,
                    "-v", "ON_ERROR_STOP=1", "-At", "-f", "-"], input=sql,
                   env=self.spawn_env()).stdout

    def start_postgres(self):
        pg = pwd.getpwnam("postgres")
        pg_owner = (pg.pw_uid, pg.pw_gid)
        mkdir(self.pgsock, 0o755, pg_owner)
        if not os.path.exists(os.path.join(self.pgdata, "PG_VERSION")):
            if os.path.exists(self.pgdata):
                shutil.rmtree(self.pgdata)
            mkdir(self.pgdata, 0o700, pg_owner)
            run(["runuser", "-u", "postgres", "--", os.path.join(PG_BIN, "initdb"), "-D",
                 self.pgdata, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
                 "--auth-local=peer", "--auth-host=scram-sha-256"], env=self.spawn_env())
            labutil.atomic_write(os.path.join(self.pgdata, "pg_hba.conf"), labconf.pg_hba(),
                                 0o600)
            os.chown(os.path.join(self.pgdata, "pg_hba.conf"), *pg_owner)
        if not self.pg_pid():
            self.check_free(self.address("db"), self.params["pg_port"])
            if not os.path.exists(self.pglog):
                with open(self.pglog, "a"):
                    pass
            os.chown(self.pglog, *pg_owner)
            opts = ("-p %d -c listen_addresses=%s -k %s -c fsync=off -c synchronous_commit=off "
                    "-c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB"
                    % (self.params["pg_port"], self.address("db"), self.pgsock))
            run(["runuser", "-u", "postgres", "--", os.path.join(PG_BIN, "pg_ctl"), "-D",
                 self.pgdata, "-l", self.pglog, "-w", "-t", "30", "-o", opts, "start"],
                env=self.spawn_env())
        self.psql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%(u)s') THEN "
            "CREATE ROLE %(u)s; END IF; END $$;\n"
            "ALTER ROLE %(u)s LOGIN CREATEDB PASSWORD '%(p)s';\n"
            "SELECT 'CREATE DATABASE %(d)s OWNER %(u)s' WHERE NOT EXISTS "
            "(SELECT FROM pg_database WHERE datname = '%(d)s') \\gexec\n"
            % {"u": labconf.DB_USER, "p": labconf.DB_PASSWORD, "d": labconf.DB_NAME})

    def recreate_database(self):
        self.psql("DROP DATABASE IF EXISTS %(d)s WITH (FORCE);\n"
                  "CREATE DATABASE %(d)s OWNER %(u)s;\n"
                  % {"d": labconf.DB_NAME, "u": labconf.DB_USER})

    # --- Redis (optional: NocoBase nodes here do not need it) ----------------------------------

    def redis_pid(self):
        pid = labutil.read_pid(os.path.join(self.redis_dir, "redis.pid"))
        if not labutil.pid_matches(pid, "redis-server"):
            return 0
        # Redis rewrites its command line; its working directory is its own.
        try:
            return pid if os.readlink("/proc/%d/cwd" % pid) == self.redis_dir else 0
        except OSError:
            return 0

    def start_redis(self):
        if not os.path.exists("/usr/bin/redis-server") or self.redis_pid():
            return
        mkdir(self.redis_dir, 0o755, self.owner)
        run(["runuser", "-u", self.params["user"], "--", "/usr/bin/redis-server",
             "--bind", self.address("db"), "--port", str(labconf.REDIS_PORT),
             "--daemonize", "yes", "--pidfile", os.path.join(self.redis_dir, "redis.pid"),
             "--dir", self.redis_dir, "--logfile", os.path.join(self.redis_dir, "redis.log"),
             "--save", "", "--appendonly", "no", "--protected-mode", "no"],
            check=False, env=self.spawn_env())

    # --- nginx ---------------------------------------------------------------------------

    def nginx_pid(self):
        pid = labutil.read_pid(os.path.join(self.nginx_prefix, "logs", "nginx.pid"))
        return pid if labutil.pid_matches(pid, self.nginx_prefix) else 0

    def nginx(self, *args):
        return run(["runuser", "-u", self.params["user"], "--"] + self.nginx_cmd.split()
                   + list(args), env=self.spawn_env())

    def write_lb_files(self, force=False):
        owner = self.owner
        for sub in ("", "conf", "conf/nocobase", "html", "logs", "temp", "temp/body",
                    "temp/proxy", "temp/fastcgi", "temp/uwsgi", "temp/scgi"):
            mkdir(os.path.join(self.nginx_prefix, sub), 0o755, owner)
        with open(os.path.join(HERE, "maintenance.html")) as f:
            page = f.read()
        write_if_changed(self.maintenance_page, page, 0o644, owner)
        write_if_changed(self.maintenance_conf, labconf.maintenance_mode(page), 0o644,
                         owner)
        changed = write_if_changed(os.path.join(self.nginx_prefix, "conf", "nginx.conf"),
                                   labconf.nginx_conf(self), 0o644, owner)
        for path, text in ((self.upstream_file, labconf.upstream_lines(self)),
                           (self.mode_file, labconf.MODE_SERVE)):
            if force or not os.path.exists(path):
                changed = write_if_changed(path, text, 0o644, owner) or changed
        return changed

    def start_nginx(self, reload=False):
        if self.nginx_pid():
            if reload:
                self.nginx("-t")
                self.nginx("-s", "reload")
            return
        self.check_free(self.address("lb"), self.params["lb_port"])
        self.nginx()
        wait_until(lambda: port_open(self.address("lb"), self.params["lb_port"]), 10,
                   "nginx on %s" % self.address("lb"))

    # --- nodes -------------------------------------------------------------------------------

    def hosts_on_disk(self):
        """Every host directory, whatever the parameters say: `down` must find all."""
        try:
            return sorted(os.listdir(os.path.join(self.dir, "hosts")))
        except FileNotFoundError:
            return []

    def container_pids(self):
        """(node pids, shim pids) of every container the app hosts recorded."""
        nodes, shims = [], []
        for name in self.hosts_on_disk():
            cdir = self.path(name, "state", "containers")
            if not os.path.isdir(cdir):
                continue
            for entry in os.listdir(cdir):
                if entry.endswith(".run.json"):
                    rt = labutil.read_json(os.path.join(cdir, entry), {}) or {}
                    if labutil.pid_matches(rt.get("Pid", 0), "nbnode.py"):
                        nodes.append(rt["Pid"])
                    if labutil.pid_matches(rt.get("ShimPid", 0), "__shim"):
                        shims.append(rt["ShimPid"])
                        # Keeps a restart policy from bringing the node back.
                        with open(os.path.join(cdir, entry[:-len(".run.json")] + ".stop"),
                                  "w"):
                            pass
        return nodes, shims

    def stop_nodes(self):
        nodes, shims = self.container_pids()
        labutil.terminate(nodes, timeout=5)
        labutil.terminate(shims, timeout=2)

    def remove_containers(self):
        for app in self.app_hosts():
            cdir = self.path(app["name"], "state", "containers")
            if os.path.isdir(cdir):
                shutil.rmtree(cdir)
            mkdir(cdir, 0o755, self.owner)

    # --- lab.json --------------------------------------------------------------------------

    def describe(self):
        p = self.params
        return {
            "params": p,
            "user": p["user"],
            "net": p["net"],
            "ssh_port": p["ssh_port"],
            "time_scale": p["time_scale"],
            "nodes": p["nodes"],
            "initial_version": labconf.INITIAL_VERSION,
            "hosts": [{"name": h["name"], "role": h["role"], "address": h["address"],
                       "ssh_port": p["ssh_port"], "host_key_pub": self.host_key(h["name"])}
                      for h in self.hosts()],
            "client_key": self.client_key,
            "client_key_encrypted": self.client_key_encrypted,
            "client_key_passphrase": labconf.KEY_PASSPHRASE,
            "password": labconf.user_password(p["user"]),
            "known_hosts": self.known_hosts,
            "ssh_config": self.ssh_config,
            "inventory": self.inventory,
            "db": {"host": self.address("db"), "port": p["pg_port"], "name": labconf.DB_NAME,
                   "user": labconf.DB_USER, "password": labconf.DB_PASSWORD,
                   "superuser": "postgres", "superuser_socket_dir": self.pgsock,
                   "backup_dir": self.backup_dir, "pgpass_file": self.pgpass_file,
                   "log": self.pglog},
            "lb": {"address": self.address("lb"), "port": p["lb_port"],
                   "url": "http://%s:%d/" % (self.address("lb"), p["lb_port"]),
                   "upstream_file": self.upstream_file, "mode_file": self.mode_file,
                   "nginx_cmd": self.nginx_cmd, "maintenance_page": self.maintenance_page,
                   "maintenance_conf": self.maintenance_conf, "lock_path": self.lock_path,
                   "error_log": os.path.join(self.nginx_prefix, "logs", "error.log")},
            "apps": [{"name": a["name"], "address": a["address"], "http_port": p["http_port"],
                      "project_dir": self.project_dir(a["name"]),
                      "compose_file": os.path.join(self.project_dir(a["name"]),
                                                   "docker-compose.yml"),
                      "health_url": "http://%s:%d/api/__health_check" % (a["address"],
                                                                         p["http_port"]),
                      "state_dir": self.path(a["name"], "state")}
                     for a in self.app_hosts()],
            "redis": {"url": "redis://%s:%d" % (self.address("db"), labconf.REDIS_PORT)},
            "storage": self.storage,
            "registry_file": self.registry,
            "lab_py": os.path.abspath(__file__),
        }

    # --- commands ----------------------------------------------------------------------------

    def up(self):
        ensure_parents(self.dir)
        mkdir(self.dir)
        mkdir(os.path.join(self.dir, "hosts"))
        self.ensure_user()
        self.ensure_keys()
        self.install_lib()
        changed = self.write_host_files()
        self.start_sshds(changed)
        if self.params["nodes"]:
            self.start_postgres()
            self.start_redis()
            reload = self.write_lb_files()
            self.start_nginx(reload)
        write_if_changed(self.inventory, labconf.inventory(self))
        labutil.write_json(self.lab_json, self.describe())

    def down(self):
        self.stop_nodes()
        pids = []
        nginx = self.nginx_pid()
        if nginx:
            pids.append(nginx)
        redis = self.redis_pid()
        if redis:
            pids.append(redis)
        sshds = [self.sshd_pid(name) for name in self.hosts_on_disk()]
        sshds = [p for p in sshds if p]
        # Sessions outlive their listener unless they are stopped too.
        pids += children_of(sshds) + sshds
        pg = self.pg_pid()
        if pg:
            # SIGINT is PostgreSQL's fast shutdown: clients are disconnected.
            os.kill(pg, signal.SIGINT)
        labutil.terminate(pids, timeout=3)
        if pg:
            labutil.terminate([pg], timeout=15, sig=signal.SIGINT)
        self.sweep()

    def sweep(self):
        """Stop anything still carrying this lab's process tag."""
        spare = set(ancestors())
        tagged = [pid for pid in tagged_processes(self.tag) if pid not in spare]
        labutil.terminate(tagged, timeout=3)

    def reset(self):
        self.stop_nodes()
        self.remove_containers()
        for app in self.app_hosts():
            self.write_compose(app)
            self.reset_images(app["name"])
        if self.params["nodes"]:
            self.recreate_database()
            self.write_lb_files(force=True)
            self.start_nginx(reload=True)
            if os.path.exists(self.lock_path):
                os.unlink(self.lock_path)
            for d in (self.backup_dir, self.storage):
                for entry in os.listdir(d):
                    target = os.path.join(d, entry)
                    if os.path.isdir(target) and not os.path.islink(target):
                        shutil.rmtree(target)
                    else:
                        os.unlink(target)

    def status(self):
        p = self.params
        report = {"dir": self.dir, "net": p["net"], "hosts": [], "running": True}
        for h in self.hosts():
            up = bool(self.sshd_pid(h["name"])) and port_open(h["address"], p["ssh_port"])
            report["hosts"].append({"name": h["name"], "address": h["address"], "sshd": up})
            report["running"] &= up
        if p["nodes"]:
            report["nginx"] = bool(self.nginx_pid())
            report["postgres"] = bool(self.pg_pid())
            report["redis"] = bool(self.redis_pid())
            report["lb_mode"] = "serve"
            try:
                with open(self.mode_file) as f:
                    if "return" in f.read():
                        report["lb_mode"] = "maintenance"
            except OSError:
                report["lb_mode"] = "missing"
            report["running"] &= report["nginx"] and report["postgres"]
            report["nodes"] = [self.node_status(a) for a in self.app_hosts()]
        return report

    def node_status(self, app):
        result = {"name": app["name"], "state": "none", "image": None, "health": None}
        cdir = self.path(app["name"], "state", "containers")
        for entry in sorted(os.listdir(cdir)) if os.path.isdir(cdir) else []:
            if entry.endswith(".run.json"):
                rt = labutil.read_json(os.path.join(cdir, entry), {}) or {}
                cfg = labutil.read_json(os.path.join(cdir, entry[:-9] + ".json"), {}) or {}
                alive = labutil.pid_matches(rt.get("ShimPid", 0), "__shim")
                result["state"] = rt.get("State") if alive else "exited"
                result["image"] = cfg.get("Image")
        if result["state"] == "running":
            url = "http://%s:%d/api/__health_check" % (app["address"], self.params["http_port"])
            try:
                with urllib.request.urlopen(url, timeout=1) as r:
                    result["health"] = "%d %s" % (r.status, r.read().decode()[:40])
            except urllib.error.HTTPError as e:
                body = e.read().decode(errors="replace")
                try:
                    code = json.loads(body)["error"]["code"]
                except (ValueError, KeyError, TypeError):
                    code = body[:40]
                result["health"] = "%d %s" % (e.code, code)
            except OSError as e:
                result["health"] = "unreachable (%s)" % getattr(e, "reason", e)
        return result


def children_of(parents):
    parents = set(parents)
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open("/proc/%s/stat" % entry) as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid in parents:
                kids.append(int(entry))
    return kids


def ancestors():
    pid, chain = os.getpid(), []
    while pid > 1:
        chain.append(pid)
        try:
            with open("/proc/%d/stat" % pid) as f:
                pid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            break
    return chain


def tagged_processes(tag):
    needle = tag.encode() + b"\0"
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/environ" % entry, "rb") as f:
                env = b"\0" + f.read()
        except OSError:
            continue
        if b"\0" + needle in env or env.endswith(b"\0" + tag.encode()):
            found.append(int(entry))
    return found


# --- command line ---------------------------------------------------------------------------------

def load_params(lab_dir):
    data = labutil.read_json(os.path.join(os.path.abspath(lab_dir), "lab.json"))
    return (data or {}).get("params")


def check_dir(lab_dir):
    lab_dir = os.path.abspath(lab_dir)
    # The path ends up in sshd's SetEnv, shell wrappers and a Unix socket name.
    if not re.match(r"^/[A-Za-z0-9._/+-]+$", lab_dir) or lab_dir == "/":
        raise LabError("--dir must be an absolute path of letters, digits and ._+-/ only")
    if len(os.path.join(lab_dir, "hosts/db/sock/.s.PGSQL.65535")) > 100:
        raise LabError("--dir is too long for PostgreSQL's Unix socket path")
    return lab_dir


def cmd_up(args):
    lab_dir = check_dir(args.dir)
    old = load_params(lab_dir)
    params = dict(DEFAULTS)
    if old:
        params.update(old)
    for key in DEFAULTS:
        val = getattr(args, key, None)
        if val is not None:
            params[key] = val
    if not re.match(r"^127\.\d{1,3}\.\d{1,3}$", params["net"]) or \
            any(int(x) > 255 for x in params["net"].split(".")):
        raise LabError("--net must be the first three octets of a loopback address, e.g. "
                       "127.0.1")
    if not 1 <= params["apps"] <= 244:
        raise LabError("--apps must be between 1 and 244")
    if 2024 in (params["ssh_port"], params["http_port"], params["lb_port"], params["pg_port"]):
        raise LabError("port 2024 is taken on every address of this machine")
    started = time.monotonic()
    with labutil.locked(lock_file(lab_dir)):
        if old and old != params:
            # Addresses or ports changed: the running daemons are wrong ones.
            Lab(lab_dir, old).down()
        Lab(lab_dir, params).up()
    print("lab up in %.1fs: %s (%d app hosts%s, net %s)" % (
        time.monotonic() - started, lab_dir, params["apps"],
        "" if params["nodes"] else ", ssh only", params["net"]))
    return 0


def ensure_parents(lab_dir):
    """Create missing parents world-traversable: postgres and the lab user walk them."""
    missing, d = [], os.path.dirname(lab_dir)
    while d != "/" and not os.path.exists(d):
        missing.append(d)
        d = os.path.dirname(d)
    for d in reversed(missing):
        mkdir(d)


def lock_file(lab_dir):
    # Beside DIR rather than inside it, so `down --purge` can remove DIR whole.
    ensure_parents(lab_dir)
    return "%s.lock" % lab_dir


def existing_lab(args):
    lab_dir = check_dir(args.dir)
    params = load_params(lab_dir)
    if not params:
        return None
    return Lab(lab_dir, params)


def cmd_down(args):
    started = time.monotonic()
    lab_dir = check_dir(args.dir)
    if not os.path.isdir(lab_dir):
        print("lab down: %s does not exist" % lab_dir)
        return 0
    with labutil.locked(lock_file(lab_dir)):
        lab = existing_lab(args)
        # Without a description (a failed first `up`) the recorded PIDs on
        # disk and the process tag still find everything.
        (lab or Lab(lab_dir, dict(DEFAULTS))).down()
        if args.purge:
            shutil.rmtree(lab_dir)
    if args.purge and os.path.exists(lock_file(lab_dir)):
        os.unlink(lock_file(lab_dir))
    print("lab down in %.1fs: %s%s" % (time.monotonic() - started, lab_dir,
                                        " (removed)" if args.purge else ""))
    return 0


def cmd_reset(args):
    started = time.monotonic()
    lab = existing_lab(args)
    if not lab:
        raise LabError("no lab in %s: run `up` first" % args.dir)
    with labutil.locked(lock_file(lab.dir)):
        lab.up()
        lab.reset()
    print("lab reset in %.1fs: %s" % (time.monotonic() - started, lab.dir))
    return 0


def cmd_status(args):
    lab = existing_lab(args)
    if not lab:
        if args.json:
            print(json.dumps({"dir": os.path.abspath(args.dir), "running": False}))
        else:
            print("no lab in %s" % args.dir)
        return 1
    report = lab.status()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print("lab %s (net %s): %s" % (report["dir"], report["net"],
                                       "running" if report["running"] else "NOT running"))
        for h in report["hosts"]:
            print("  %-8s %-15s sshd %s" % (h["name"], h["address"], "up" if h["sshd"] else
                                              "down"))
        if "nginx" in report:
            print("  nginx %s (mode %s), postgres %s, redis %s" % (
                "up" if report["nginx"] else "down", report["lb_mode"],
                "up" if report["postgres"] else "down", "up" if report["redis"] else "down"))
            for n in report["nodes"]:
                print("  %-8s %-8s %-28s %s" % (n["name"], n["state"], n["image"] or "-",
                                                n["health"] or ""))
    return 0 if report["running"] else 1


def cmd_registry(args):
    lab_dir = check_dir(args.dir)
    path = labutil.registry_path(lab_dir)
    if not os.path.exists(path):
        raise LabError("no lab in %s: run `up` first" % lab_dir)
    with labutil.locked(path + ".lock"):
        registry = labutil.load_registry(lab_dir)
        tags = registry.setdefault("tags", {})
        if args.action == "list":
            if args.json:
                print(json.dumps(registry, indent=2))
            for tag in sorted(tags, key=labutil.version_key):
                e = tags[tag]
                print("%s%s" % (tag, " -> %s" % e["alias_of"] if e.get("alias_of") else
                                " (fails its migration)" if e.get("fail_migration") else ""))
            return 0
        tag = args.tag
        if not tag or not labutil.TAG_RE.match(tag):
            raise LabError("invalid tag: %r" % tag)
        if args.action == "remove":
            tags.pop(tag, None)
        elif args.alias_of:
            if args.alias_of not in tags:
                raise LabError("unknown tag %s" % args.alias_of)
            tags[tag] = {"alias_of": args.alias_of, "digest": tags[args.alias_of]["digest"]}
        else:
            # Re-pushing a tag gives it a new digest, so hosts that pulled the
            # old image see the change on their next pull, as with Docker Hub.
            tags[tag] = {"version": tag, "fail_migration": bool(args.fail_migration),
                         "digest": labutil.new_digest(tag, args.fail_migration),
                         "created": time.time()}
        labutil.write_json(path, registry)
    return 0


def main(argv):
    parser = argparse.ArgumentParser(prog="lab.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    up = sub.add_parser("up", help="start the lab, or repair a running one")
    up.add_argument("--dir", required=True)
    up.add_argument("--net", help="first three octets, default 127.0.1")
    up.add_argument("--apps", type=int, help="number of app hosts, default 3")
    up.add_argument("--ssh-port", type=int, dest="ssh_port")
    up.add_argument("--http-port", type=int, dest="http_port")
    up.add_argument("--lb-port", type=int, dest="lb_port")
    up.add_argument("--pg-port", type=int, dest="pg_port")
    up.add_argument("--user")
    up.add_argument("--time-scale", type=float, dest="time_scale",
                    help="multiplies every NocoBase phase duration (default 1.0)")
    up.add_argument("--no-nodes", dest="nodes", action="store_const", const=False,
                    help="only the hosts' sshd: no nginx, PostgreSQL or nodes")
    up.add_argument("--nodes", dest="nodes", action="store_const", const=True,
                    help=argparse.SUPPRESS)
    up.add_argument("--no-pam", dest="pam", action="store_const", const=False,
                    help="the hosts' sshd without PAM: for SSH benchmarks, where every host "
                         "shares this machine's CPUs")
    up.add_argument("--pam", dest="pam", action="store_const", const=True, help=argparse.SUPPRESS)
    down = sub.add_parser("down", help="stop everything the lab started")
    down.add_argument("--dir", required=True)
    down.add_argument("--purge", action="store_true", help="also delete DIR")
    status = sub.add_parser("status", help="what runs; exit 0 only if all of it")
    status.add_argument("--dir", required=True)
    status.add_argument("--json", action="store_true")
    reset = sub.add_parser("reset", help="stop nodes, empty the database, restore the "
                                         "initial compose files and load balancer")
    reset.add_argument("--dir", required=True)
    registry = sub.add_parser("registry", help="the lab's image registry")
    registry.add_argument("--dir", required=True)
    registry.add_argument("action", choices=["add", "remove", "list"])
    registry.add_argument("tag", nargs="?")
    registry.add_argument("--fail-migration", action="store_true",
                          help="nodes of this tag fail their migration")
    registry.add_argument("--alias-of", help="a floating tag pointing at another tag")
    registry.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if os.geteuid() != 0 and args.command != "status":
        print("lab.py: must run as root", file=sys.stderr)
        return 2
    try:
        return {"up": cmd_up, "down": cmd_down, "status": cmd_status, "reset": cmd_reset,
                "registry": cmd_registry}[args.command](args)
    except LabError as exc:
        print("lab.py %s: %s" % (args.command, exc), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
