"""The text of every file the lab writes: daemon configs, wrappers, inventory."""

import yaml

INITIAL_VERSION = "2.2.14"
# Tags the lab's registry knows from the start; `latest` floats like Docker Hub's.
INITIAL_TAGS = ["2.2.12", "2.2.13", "2.2.14", "2.2.15", "2.2.16"]
LATEST_TAG = "2.2.16"
APP_KEY = "nblab-cluster-app-key-same-on-every-node"
DB_NAME = "nocobase"
DB_USER = "nocobase"
DB_PASSWORD = "nocobase"
KEY_PASSPHRASE = "nblab key passphrase"
REDIS_PORT = 6379


def user_password(user):
    # The lab user is shared by every lab on the machine, so its password
    # must not depend on the lab: a second lab would break the first.
    return "%s-Lab-Pa55" % user


def sshd_config(lab, host):
    env = [
        "PATH=%s:/usr/local/bin:/usr/bin:/bin" % lab.path(host["name"], "bin"),
        "HOME=%s" % lab.path(host["name"], "home"),
        "NBLAB_HOST=%s" % host["name"],
        "NBLAB_DIR=%s" % lab.dir,
        "NBLAB_PROC_TAG=%s" % lab.dir,
        "LANG=C.UTF-8",
    ]
    if host["role"] == "db":
        env.append("PGPASSFILE=%s" % lab.pgpass_file)
    return "\n".join([
        "# sshd of lab host %s" % host["name"],
        "ListenAddress %s:%d" % (host["address"], lab.params["ssh_port"]),
        "HostKey %s" % lab.path(host["name"], "ssh", "ssh_host_ed25519_key"),
        "PidFile %s" % lab.path(host["name"], "ssh", "sshd.pid"),
        # Absolute, inside the lab: the OS user is shared between labs.
        "AuthorizedKeysFile %s" % lab.authorized_keys,
        # The lab lives in /tmp, which sshd's ownership checks would reject.
        "StrictModes no",
        # A real host runs PAM's session modules (pam_motd's scripts, pam_systemd) on its
        # own CPU; fifty lab hosts would run them all on this machine's, in the middle of
        # the client being measured. Only benchmarks turn it off.
        "UsePAM %s" % ("yes" if lab.params.get("pam", True) else "no"),
        "PubkeyAuthentication yes",
        "PasswordAuthentication yes",
        "KbdInteractiveAuthentication yes",
        "PermitRootLogin no",
        "AllowUsers %s" % lab.params["user"],
        "AllowTcpForwarding yes",
        "X11Forwarding no",
        "PrintMotd no",
        "PrintLastLog no",
        "UseDNS no",
        "MaxSessions 64",
        "MaxStartups 100:30:200",
        "LoginGraceTime 30",
        # SFTP starts where the shell's ~ points, not in the shared real home.
        "Subsystem sftp internal-sftp -d %s" % lab.path(host["name"], "home"),
        "SetEnv " + " ".join(env),
        "",
    ])


def docker_wrapper(lab, host):
    return (
        "#!/bin/sh\n"
        "# docker on a lab app host: a Docker Compose v2 look-alike running lab nodes.\n"
        "NBLAB_DIR='%s'\nNBLAB_HOST='%s'\nexport NBLAB_DIR NBLAB_HOST\n"
        "exec /usr/bin/python3 '%s' \"$@\"\n"
        % (lab.dir, host, lab.path_lib("fakedocker.py")))


def compose_file(lab, app):
    """Shaped like NocoBase's official docker-compose.yml."""
    return """networks:
  nocobase:
    driver: bridge

services:
  app:
    image: nocobase/nocobase:%(version)s
    restart: always
    networks:
      - nocobase
    environment:
      # The application's secret key; the same on every node of a cluster.
      - APP_KEY=%(app_key)s
      - DB_DIALECT=postgres
      - DB_HOST=%(db_host)s
      - DB_PORT=%(db_port)d
      - DB_DATABASE=%(db_name)s
      - DB_USER=%(db_user)s
      - DB_PASSWORD=%(db_password)s
      - TZ=UTC
    volumes:
      - %(storage)s:/app/nocobase/storage
    ports:
      - "%(address)s:%(http_port)d:80"
""" % {
        "version": INITIAL_VERSION, "app_key": APP_KEY, "db_host": lab.address("db"),
        "db_port": lab.params["pg_port"], "db_name": DB_NAME, "db_user": DB_USER,
        "db_password": DB_PASSWORD, "storage": lab.storage, "address": app["address"],
        "http_port": lab.params["http_port"],
    }


def nginx_conf(lab):
    p = lab.nginx_prefix
    return """# The lab's load balancer. The console owns only the two included files:
# the upstream's server lines and the server-level mode (serve/maintenance).
worker_processes 1;
pid %(p)s/logs/nginx.pid;
error_log %(p)s/logs/error.log notice;

events {
    worker_connections 512;
}

http {
    types {
        text/html html;
        text/plain txt;
        application/json json;
    }
    default_type application/octet-stream;
    access_log %(p)s/logs/access.log;
    client_body_temp_path %(p)s/temp/body;
    proxy_temp_path %(p)s/temp/proxy;
    fastcgi_temp_path %(p)s/temp/fastcgi;
    uwsgi_temp_path %(p)s/temp/uwsgi;
    scgi_temp_path %(p)s/temp/scgi;

    upstream nocobase {
        include %(upstream)s;
    }

    server {
        listen %(address)s:%(port)d;
        server_name _;

        include %(mode)s;

        location / {
            proxy_pass http://nocobase;
            proxy_http_version 1.1;
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_connect_timeout 2s;
        }
    }
}
""" % {"p": p, "upstream": lab.upstream_file, "mode": lab.mode_file,
       "address": lab.address("lb"), "port": lab.params["lb_port"]}


def upstream_lines(lab):
    return "".join("server %s:%d;\n" % (a["address"], lab.params["http_port"])
                   for a in lab.app_hosts())


MODE_SERVE = "# serve\n"


def maintenance_mode(page_html):
    """A mode file that answers every request 503 with the maintenance page.

    A server-level `return` runs again after an internal redirect to a URI,
    so the page comes from a named location; it is returned inline because
    the static file handler would answer 405 to anything but GET and HEAD.
    """
    body = page_html.replace("\\", "\\\\").replace("'", "\\'")
    return """# maintenance
error_page 503 @maintenance;
location @maintenance {
    default_type text/html;
    return 503 '%s';
}
return 503;
""" % body


def pg_hba():
    return ("# TYPE DATABASE USER ADDRESS METHOD\n"
            "local all postgres peer\n"
            "local all all peer\n"
            "host all all 127.0.0.0/8 scram-sha-256\n")


def ssh_config(lab):
    blocks = []
    for h in lab.hosts():
        blocks.append("\n".join([
            "Host %s" % h["name"],
            "    HostName %s" % h["address"],
            "    Port %d" % lab.params["ssh_port"],
            "    User %s" % lab.params["user"],
            "    IdentityFile %s" % lab.client_key,
            "    IdentitiesOnly yes",
            "    UserKnownHostsFile %s" % lab.known_hosts,
            "    GlobalKnownHostsFile /dev/null",
            "    StrictHostKeyChecking yes",
            "",
        ]))
    return "# The lab's hosts, for `ssh -F THIS_FILE app-1`.\n\n" + "\n".join(blocks)


def inventory(lab):
    ssh = {"user": lab.params["user"], "identity_file": lab.client_key,
           "known_hosts": lab.known_hosts}
    if lab.params["ssh_port"] != 22:
        ssh["port"] = lab.params["ssh_port"]
    apps = lab.app_hosts()
    doc = {
        "cluster": "lab",
        "ssh": ssh,
        "app": {
            "runtime": "compose",
            "compose": {"project_dir": lab.project_dir(apps[0]["name"]), "service": "app"},
            "image": "nocobase/nocobase",
            "health_url": "http://{host}:%d/api/__health_check" % lab.params["http_port"],
            "nodes": [{"name": a["name"], "host": a["address"],
                       "compose": {"project_dir": lab.project_dir(a["name"])}}
                      for a in apps],
        },
        "load_balancer": {
            "kind": "nginx",
            "host": lab.address("lb"),
            "upstream_file": lab.upstream_file,
            "mode_file": lab.mode_file,
            "nginx": lab.nginx_cmd,
            "url": "http://%s:%d/" % (lab.address("lb"), lab.params["lb_port"]),
            "lock_path": lab.lock_path,
        },
        "database": {
            "dialect": "postgres", "host": lab.address("db"), "port": lab.params["pg_port"],
            "name": DB_NAME, "user": DB_USER, "password": "none",
            "backup_dir": lab.backup_dir,
        },
        "redis": {"url": "redis://%s:%d" % (lab.address("db"), REDIS_PORT)},
        "storage": {"path": lab.storage},
    }
    header = ("# Inventory of the lab cluster; rewritten by `lab.py up`.\n"
              "# Every host shares one filesystem, so each node names its own project_dir.\n")
    return header + yaml.safe_dump(doc, sort_keys=False, default_flow_style=False, width=100)
