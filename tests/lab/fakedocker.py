#!/usr/bin/python3
"""`docker` and `docker compose` for a lab app host.

Docker cannot run on the lab machine, so each app host gets this command.
It implements the subcommands a compose runtime uses, with Docker Compose
v2's output formats, so that whatever drives it also works against real
Docker: the same JSON fields, the same progress lines on stderr, the same
error texts and exit codes, including the ones that mislead (an `up -d`
whose application then fails still exits 0). Everything a host knows
(pulled images, containers, logs) lives in its own state directory.
"""

import getopt
import hashlib
import json
import os
import pwd
import re
import signal
import sys
import time

LIB = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, LIB)
import labutil  # noqa: E402
from composefile import Project  # noqa: E402
from dockerhost import DockerError, Host, run_shim  # noqa: E402

import yaml  # noqa: E402

COMPOSE_VERSION = "2.24.5"
DOCKER_VERSION = "24.0.7"
FAKE_IMAGE_SIZE = 1538276352


def err(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


def out(line):
    sys.stdout.write(line + "\n")


# --- compose commands -----------------------------------------------------------------

def parse(args, short, long_opts):
    try:
        return getopt.gnu_getopt(args, short, long_opts)
    except getopt.GetoptError as exc:
        raise DockerError("unknown flag: %s" % (("--" if len(exc.opt) > 1 else "-")
                                                + exc.opt))


def ensure_image(host, ref, policy):
    """Return (record, pulled); an `up` pulls a missing image like Compose does."""
    image = host.image(ref)
    if image and policy != "always":
        return image
    if policy == "never":
        raise DockerError("Error response from daemon: No such image: %s" % ref)
    host.pull(ref)
    return host.image(ref)


def create_record(host, project, service, image):
    svc = project.services[service]
    name = project.container_name(service)
    binds, listen = [], ""
    for p in svc["ports"]:
        # Docker would bind a bare "13000:80" on every address; the lab binds
        # its own host address instead so that labs never collide.
        ip = p["host_ip"] or host.address or "127.0.0.1"
        if p["published"]:
            binds.append((ip, p["published"]))
            if not listen and p["target"] in (80, 13000):
                listen = "%s:%d" % (ip, p["published"])
    storage = ""
    for v in svc["volumes"]:
        if v["target"].rstrip("/") == "/app/nocobase/storage":
            storage = v["source"]
    container_id = hashlib.sha256(("%s%s%s" % (name, time.time(), os.getpid()))
                                  .encode()).hexdigest()
    env = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOSTNAME": container_id[:12],
        "NOCOBASE_RUNNING_IN_DOCKER": "true",
        "NB_SKIP_STARTUP_UPDATE": "1",
    }
    env.update(svc["environment"])
    env.update({
        "NBLAB_DIR": host.lab_dir,
        "NBLAB_HOST": host.name,
        "NBLAB_PROC_TAG": host.lab_dir,
        "NBLAB_VERSION": image.get("version", ""),
        "NBLAB_FAIL_MIGRATION": "1" if image.get("fail_migration") else "0",
        "NBLAB_REGISTRY": labutil.registry_path(host.lab_dir),
        "NBLAB_LISTEN": listen or "%s:13000" % (host.address or "127.0.0.1"),
        "NBLAB_STORAGE": storage,
        "NBLAB_TIME_SCALE": host.time_scale(),
    })
    return {
        "Id": container_id, "Name": name, "Service": service, "Project": project.name,
        "ProjectDir": project.dir, "ConfigFiles": project.files,
        "Image": svc["image"], "ImageID": image.get("id", ""), "Created": time.time(),
        "ConfigHash": project.config_hash(service), "Env": env, "Binds": binds,
        "Ports": svc["ports"], "Restart": svc["restart"], "Volumes": svc["volumes"],
    }


def cmd_up(host, project, args):
    opts, services = parse(args, "dt:", [
        "detach", "no-deps", "force-recreate", "no-recreate", "pull=", "wait",
        "remove-orphans", "no-start", "no-build", "build", "quiet-pull", "timeout=",
        "wait-timeout=", "always-recreate-deps", "renew-anon-volumes", "no-color",
        "no-log-prefix", "abort-on-container-exit", "no-attach=", "attach-dependencies"])
    flags = dict(opts)
    if "-d" not in flags and "--detach" not in flags:
        raise DockerError("the lab only supports detached mode: use `up -d`")
    if "--renew-anon-volumes" in flags:
        raise DockerError("the lab refuses to renew volumes")
    timeout = int(flags.get("-t") or flags.get("--timeout") or 10)
    policy = flags.get("--pull", "missing")
    for service in project.select(services):
        svc = project.services[service]
        name = project.container_name(service)
        if not host.image(svc["image"]) or policy == "always":
            err(" %s Pulling " % service)
            try:
                image = ensure_image(host, svc["image"], policy)
            except DockerError as exc:
                err(" %s Error %s" % (service, str(exc).split("daemon: ", 1)[-1]))
                raise
            err(" %s Pulled " % service)
        else:
            image = host.image(svc["image"])
        existing = host.container(name)
        label = " Container %s  " % name
        if existing:
            stale = (existing.get("ConfigHash") != project.config_hash(service)
                     or existing.get("ImageID") != image.get("id"))
            if (stale or "--force-recreate" in flags) and "--no-recreate" not in flags:
                err(label + "Recreate")
                host.stop(name, timeout)
                host.remove(name)
                labutil.write_json(host.config_path(name),
                                   create_record(host, project, service, image))
                err(label + "Recreated")
            elif host.is_running(name):
                err(label + "Running")
                continue
        else:
            err(label + "Creating")
            labutil.write_json(host.config_path(name),
                               create_record(host, project, service, image))
            err(label + "Created")
        if "--no-start" in flags:
            continue
        err(label + "Starting")
        host.start(host.container(name))
        err(label + "Started")
    return 0


def cmd_pull(host, project, args):
    opts, services = parse(args, "q", ["quiet", "ignore-pull-failures", "include-deps",
                                       "policy=", "ignore-buildable"])
    flags = dict(opts)
    quiet = "-q" in flags or "--quiet" in flags
    failed = None
    for service in project.select(services):
        if not quiet:
            err(" %s Pulling " % service)
        try:
            host.pull(project.services[service]["image"])
        except DockerError as exc:
            err(" %s Error %s" % (service, str(exc).split("daemon: ", 1)[-1]))
            failed = failed or exc
            continue
        if not quiet:
            err(" %s Pulled " % service)
    if failed and "--ignore-pull-failures" not in flags:
        raise failed
    return 0


def cmd_stop(host, project, args):
    opts, services = parse(args, "t:", ["timeout="])
    flags = dict(opts)
    timeout = int(flags.get("-t") or flags.get("--timeout") or 10)
    for service in project.select(services):
        name = project.container_name(service)
        if not host.container(name):
            continue
        err(" Container %s  Stopping" % name)
        host.stop(name, timeout)
        err(" Container %s  Stopped" % name)
    return 0


def cmd_start(host, project, args):
    _, services = parse(args, "", ["wait", "wait-timeout="])
    for service in project.select(services):
        name = project.container_name(service)
        cfg = host.container(name)
        if not cfg:
            raise DockerError('service "%s" has no container to start' % service)
        if host.is_running(name):
            continue
        err(" Container %s  Starting" % name)
        host.start(cfg)
        err(" Container %s  Started" % name)
    return 0


def cmd_restart(host, project, args):
    opts, services = parse(args, "t:", ["timeout=", "no-deps"])
    flags = dict(opts)
    timeout = int(flags.get("-t") or flags.get("--timeout") or 10)
    for service in project.select(services):
        name = project.container_name(service)
        cfg = host.container(name)
        if not cfg:
            continue
        # Like Docker, restart reuses the existing container: a changed image
        # tag in the compose file is NOT applied (only `up` recreates).
        err(" Container %s  Restarting" % name)
        host.stop(name, timeout)
        host.start(cfg)
        err(" Container %s  Started" % name)
    return 0


def cmd_kill(host, project, args):
    opts, services = parse(args, "s:", ["signal=", "remove-orphans"])
    flags = dict(opts)
    signame = (flags.get("-s") or flags.get("--signal") or "SIGKILL").upper()
    if not signame.startswith("SIG") and not signame.isdigit():
        signame = "SIG" + signame
    sig = int(signame) if signame.isdigit() else getattr(signal, signame, None)
    if sig is None:
        raise DockerError("invalid signal: %s" % signame)
    for service in project.select(services):
        name = project.container_name(service)
        rt = host.runtime(name)
        if rt.get("State") != "running":
            continue
        err(" Container %s  Killing" % name)
        if sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
            with open(host.stop_marker(name), "w"):
                pass
        if labutil.pid_matches(rt.get("Pid", 0), "nbnode.py"):
            os.kill(rt["Pid"], sig)
        err(" Container %s  Killed" % name)
    return 0


def refuse_volumes(flags):
    if "-v" in flags or "--volumes" in flags:
        raise DockerError("the lab refuses to remove volumes (-v/--volumes): that would "
                          "delete the cluster's data")


def cmd_down(host, project, args):
    opts, _ = parse(args, "vt:", ["volumes", "timeout=", "remove-orphans", "rmi="])
    flags = dict(opts)
    refuse_volumes(flags)
    timeout = int(flags.get("-t") or flags.get("--timeout") or 10)
    for service in project.select([]):
        name = project.container_name(service)
        if not host.container(name):
            continue
        err(" Container %s  Stopping" % name)
        host.stop(name, timeout)
        err(" Container %s  Stopped" % name)
        err(" Container %s  Removing" % name)
        host.remove(name)
        err(" Container %s  Removed" % name)
    return 0


def cmd_rm(host, project, args):
    opts, services = parse(args, "fsv", ["force", "stop", "volumes"])
    flags = dict(opts)
    refuse_volumes(flags)
    for service in project.select(services):
        name = project.container_name(service)
        if not host.container(name):
            continue
        if host.is_running(name):
            if "-s" not in flags and "--stop" not in flags:
                continue
            host.stop(name, 10)
        err(" Container %s  Removing" % name)
        host.remove(name)
        err(" Container %s  Removed" % name)
    return 0


def status_text(rt):
    state = rt.get("State", "created")
    if state == "running":
        return "Up " + labutil.docker_duration(time.time() - rt.get("StartedAt", time.time()))
    if state == "restarting":
        return "Restarting (%d) %s ago" % (rt.get("ExitCode", 0), labutil.docker_duration(
            time.time() - (rt.get("FinishedAt") or time.time())))
    if state == "exited":
        return "Exited (%d) %s ago" % (rt.get("ExitCode", 0), labutil.docker_duration(
            time.time() - (rt.get("FinishedAt") or time.time())))
    return "Created"


def ports_text(cfg):
    return ", ".join("%s:%d->%d/%s" % (ip, pub, p["target"], p["protocol"])
                     for (ip, pub), p in zip(cfg.get("Binds", []),
                                             [p for p in cfg.get("Ports", [])
                                              if p["published"]]))


def ps_record(host, cfg):
    rt = host.runtime(cfg["Name"])
    created = time.strftime("%Y-%m-%d %H:%M:%S +0000 UTC", time.gmtime(cfg["Created"]))
    publishers = [{"URL": ip, "TargetPort": p["target"], "PublishedPort": pub,
                   "Protocol": p["protocol"]}
                  for (ip, pub), p in zip(cfg.get("Binds", []),
                                          [p for p in cfg.get("Ports", []) if p["published"]])]
    labels = ("com.docker.compose.project=%s,com.docker.compose.service=%s,"
              "com.docker.compose.container-number=1,com.docker.compose.project.working_dir=%s,"
              "com.docker.compose.project.config_files=%s"
              % (cfg["Project"], cfg["Service"], cfg.get("ProjectDir", ""),
                 ",".join(cfg.get("ConfigFiles", []))))
    return {
        "Command": "\"/docker-entrypoint.sh yarn start --quickstart\"",
        "CreatedAt": created,
        "ExitCode": rt.get("ExitCode", 0),
        "Health": "",
        "ID": cfg["Id"][:12],
        "Image": cfg["Image"],
        "Labels": labels,
        "LocalVolumes": "0",
        "Mounts": ",".join(v["source"] for v in cfg.get("Volumes", [])),
        "Name": cfg["Name"],
        "Names": cfg["Name"],
        "Networks": "%s_default" % cfg["Project"],
        "Ports": ports_text(cfg),
        "Project": cfg["Project"],
        "Publishers": publishers,
        "RunningFor": labutil.docker_duration(time.time() - cfg["Created"]) + " ago",
        "Service": cfg["Service"],
        "Size": "0B",
        "State": rt.get("State", "created"),
        "Status": status_text(rt),
    }


def print_table(rows, columns):
    widths = [max([len(c)] + [len(str(r.get(k, ""))) for r in rows]) for c, k in columns]
    out("   ".join(c.ljust(w) for (c, _), w in zip(columns, widths)).rstrip())
    for r in rows:
        out("   ".join(str(r.get(k, "")).ljust(w) for (_, k), w in zip(columns, widths))
            .rstrip())


TEMPLATE_RE = re.compile(r"\{\{\s*(json\s+)?\.([A-Za-z]*)\s*\}\}")


def render_template(template, rec):
    """The subset of Go templates scripts use: {{.Field}}, {{json .}}, {{json .Field}}."""
    def field(m):
        value = rec if not m.group(2) else rec.get(m.group(2), "")
        if m.group(1) or isinstance(value, (dict, list)):
            return json.dumps(value, separators=(",", ":"))
        return str(value)
    return TEMPLATE_RE.sub(field, template.replace("\\t", "\t").replace("\\n", "\n"))


def print_rows(rows, fmt, columns, json_array=False):
    """Print as Docker does for --format: json, a Go template or the table."""
    if fmt == "json":
        if json_array:
            out(json.dumps(rows, separators=(",", ":")))
        else:
            for r in rows:
                out(json.dumps(r, separators=(",", ":")))
    elif fmt and fmt != "table":
        template = fmt
        if template.startswith("table "):
            template = template[len("table "):]
            out(TEMPLATE_RE.sub(lambda m: m.group(2).upper() if m.group(2) else "",
                                template.replace("\\t", "\t")))
        for r in rows:
            out(render_template(template, r))
    else:
        print_table(rows, columns)


def cmd_ps(host, project, args):
    opts, services = parse(args, "aq", ["all", "quiet", "format=", "services", "status=",
                                        "filter=", "orphans", "no-trunc"])
    flags = {}
    statuses = []
    for k, v in opts:
        flags[k] = v
        if k == "--status":
            statuses.append(v)
    show_all = "-a" in flags or "--all" in flags
    rows = []
    for service in project.select(services):
        cfg = host.container(project.container_name(service))
        if not cfg:
            continue
        rec = ps_record(host, cfg)
        if not show_all and not statuses and rec["State"] not in ("running", "restarting"):
            continue
        if statuses and rec["State"] not in statuses:
            continue
        rows.append(rec)
    if "--services" in flags:
        for r in rows:
            out(r["Service"])
    elif "-q" in flags or "--quiet" in flags:
        for r in rows:
            out(host.container(r["Name"])["Id"])
    else:
        table = [dict(r, CreatedShort=r["RunningFor"]) for r in rows]
        print_rows(table if flags.get("--format") in (None, "table") else rows,
                   flags.get("--format"),
                   [("NAME", "Name"), ("IMAGE", "Image"), ("COMMAND", "Command"),
                    ("SERVICE", "Service"), ("CREATED", "CreatedShort"),
                    ("STATUS", "Status"), ("PORTS", "Ports")])
    return 0


DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)")


def parse_time(text):
    """--since / --until: RFC 3339, a UNIX timestamp or a Go duration ago."""
    text = text.strip()
    if re.match(r"^\d+(\.\d+)?$", text):
        return float(text)
    if DURATION_RE.fullmatch(text) or re.fullmatch(r"(\d+(?:\.\d+)?(ns|us|µs|ms|s|m|h))+",
                                                   text):
        units = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}
        total = sum(float(n) * units[u] for n, u in DURATION_RE.findall(text))
        return time.time() - total
    try:
        return labutil.parse_rfc3339(text)
    except ValueError:
        pass
    try:
        return time.mktime(time.strptime(text, "%Y-%m-%d"))
    except ValueError:
        raise DockerError('invalid value for "since": %s' % text)


def cmd_logs(host, project, args):
    opts, services = parse(args, "fn:t", ["follow", "no-color", "no-log-prefix",
                                          "timestamps", "since=", "until=", "tail=",
                                          "index="])
    flags = dict(opts)
    follow = "-f" in flags or "--follow" in flags
    stamps = "-t" in flags or "--timestamps" in flags
    prefix_on = "--no-log-prefix" not in flags
    since = parse_time(flags["--since"]) if flags.get("--since") else None
    until = parse_time(flags["--until"]) if flags.get("--until") else None
    tail = flags.get("--tail", flags.get("-n", "all"))
    if tail != "all":
        try:
            tail = int(tail)
        except ValueError:
            raise DockerError('invalid value for "tail": %s' % tail)
    names = [project.container_name(s) for s in project.select(services)]
    names = [n for n in names if host.container(n)]
    # Compose pads every prefix to the longest name plus one space.
    width = max([len(host.container(n)["Service"]) + 2 for n in names] or [0]) + 1

    def label(name):
        cfg = host.container(name)
        short = "%s-1" % cfg["Service"]
        return short.ljust(width) + " | " if prefix_on else ""

    def render(name, rec):
        text = rec.get("log", "").rstrip("\n")
        stamp = rec.get("time", "") + " " if stamps else ""
        return label(name) + stamp + text

    def wanted(rec):
        try:
            t = labutil.parse_rfc3339(rec.get("time", ""))
        except ValueError:
            return True
        return (since is None or t >= since) and (until is None or t <= until)

    positions = {}
    lines = []
    for name in names:
        path = host.log_path(name)
        records = []
        try:
            with open(path, "rb") as f:
                for raw in f:
                    try:
                        rec = json.loads(raw)
                    except ValueError:
                        continue
                    if wanted(rec):
                        records.append(rec)
                positions[name] = f.tell()
        except FileNotFoundError:
            positions[name] = 0
        if tail != "all":
            records = records[-tail:] if tail > 0 else []
        lines.extend((rec.get("time", ""), name, rec) for rec in records)
    lines.sort(key=lambda x: x[0])
    try:
        for _, name, rec in lines:
            out(render(name, rec))
        sys.stdout.flush()
        if not follow:
            return 0
        while True:
            idle = True
            for name in names:
                try:
                    with open(host.log_path(name), "rb") as f:
                        f.seek(positions.get(name, 0))
                        for raw in f:
                            if not raw.endswith(b"\n"):
                                break
                            positions[name] = positions.get(name, 0) + len(raw)
                            try:
                                rec = json.loads(raw)
                            except ValueError:
                                continue
                            out(render(name, rec))
                            idle = False
                except FileNotFoundError:
                    pass
            sys.stdout.flush()
            if idle:
                if not any(host.is_running(n) for n in names):
                    return 0
                time.sleep(0.1)
    except BrokenPipeError:
        return 0


def cmd_config(host, project, args):
    opts, _ = parse(args, "q", ["quiet", "format=", "images", "services", "volumes",
                                "hash=", "resolve-image-digests", "no-interpolate",
                                "no-normalize", "output=", "profiles", "environment"])
    flags = dict(opts)
    if "-q" in flags or "--quiet" in flags:
        return 0
    if "--images" in flags:
        for svc in project.services.values():
            out(svc["image"])
        return 0
    if "--services" in flags:
        for name in project.services:
            out(name)
        return 0
    doc = {"name": project.name, "services": {}}
    for name, svc in project.services.items():
        entry = {"image": svc["image"], "environment": svc["environment"],
                 "restart": svc["restart"]}
        if svc["ports"]:
            entry["ports"] = [{"mode": "ingress", "host_ip": p["host_ip"] or None,
                               "target": p["target"], "published": str(p["published"]),
                               "protocol": p["protocol"]} for p in svc["ports"]]
            for p in entry["ports"]:
                if p["host_ip"] is None:
                    del p["host_ip"]
        if svc["volumes"]:
            entry["volumes"] = [{"type": "bind", "source": v["source"], "target": v["target"],
                                 "bind": {"create_host_path": True}} for v in svc["volumes"]]
        if svc.get("networks"):
            entry["networks"] = svc["networks"]
        doc["services"][name] = entry
    if project.raw.get("networks"):
        doc["networks"] = {k: dict(v or {}, name="%s_%s" % (project.name, k))
                           for k, v in project.raw["networks"].items()}
    if flags.get("--format") == "json":
        out(json.dumps(doc, indent=4))
    else:
        sys.stdout.write(yaml.safe_dump(doc, sort_keys=True, default_flow_style=False))
    return 0


def cmd_images(host, project, args):
    opts, services = parse(args, "q", ["quiet", "format="])
    flags = dict(opts)
    rows = []
    for service in project.select(services):
        cfg = host.container(project.container_name(service))
        if not cfg:
            continue
        repo, tag = labutil.split_image(cfg["Image"])
        rows.append({"ID": cfg["ImageID"], "ContainerName": cfg["Name"], "Repository": repo,
                     "Tag": tag, "Platform": "linux/amd64", "Size": FAKE_IMAGE_SIZE,
                     "LastTagTime": "0001-01-01T00:00:00Z"})
    if "-q" in flags or "--quiet" in flags:
        for r in rows:
            out(r["ID"])
    elif flags.get("--format") not in (None, "table"):
        print_rows(rows, flags["--format"], [], json_array=True)
    else:
        for r in rows:
            r["Short"] = r["ID"].split(":")[-1][:12]
            r["SizeText"] = "%.2fGB" % (r["Size"] / 1e9)
        print_table(rows, [("CONTAINER", "ContainerName"), ("REPOSITORY", "Repository"),
                           ("TAG", "Tag"), ("IMAGE ID", "Short"), ("SIZE", "SizeText")])
    return 0


def cmd_compose_version(args):
    opts, _ = parse(args, "f:", ["short", "format="])
    flags = dict(opts)
    if "--short" in flags:
        out(COMPOSE_VERSION)
    elif (flags.get("--format") or flags.get("-f")) == "json":
        out(json.dumps({"version": "v" + COMPOSE_VERSION}))
    else:
        out("Docker Compose version v" + COMPOSE_VERSION)
    return 0


COMPOSE_COMMANDS = {
    "up": cmd_up, "pull": cmd_pull, "stop": cmd_stop, "start": cmd_start,
    "restart": cmd_restart, "kill": cmd_kill, "down": cmd_down, "rm": cmd_rm,
    "ps": cmd_ps, "logs": cmd_logs, "config": cmd_config, "images": cmd_images,
}
# Commands whose reads must see a consistent host; logs -f must not hold it.
UNLOCKED = {"logs", "ps", "config", "images"}


def compose(args):
    opts = {"files": [], "project_directory": None, "project_name": None, "env_file": None}
    i = 0
    with_value = {"-f": "files", "--file": "files", "--project-directory": "project_directory",
                  "-p": "project_name", "--project-name": "project_name",
                  "--env-file": "env_file", "--ansi": None, "--progress": None,
                  "--profile": None, "--parallel": None}
    while i < len(args) and args[i].startswith("-"):
        arg = args[i]
        key, eq, val = arg.partition("=")
        if key in with_value:
            if not eq:
                i += 1
                if i >= len(args):
                    raise DockerError("flag needs an argument: %s" % key)
                val = args[i]
            target = with_value[key]
            if target == "files":
                opts["files"].append(val)
            elif target:
                opts[target] = val
        elif arg in ("--compatibility", "--all-resources"):
            pass
        elif arg == "--dry-run":
            raise DockerError("the lab does not implement --dry-run")
        elif arg in ("-h", "--help"):
            out("Usage:  docker compose [OPTIONS] COMMAND")
            return 0
        elif arg in ("-v", "--version"):
            return cmd_compose_version([])
        else:
            raise DockerError("unknown flag: %s" % key)
        i += 1
    if i >= len(args):
        out("Usage:  docker compose [OPTIONS] COMMAND")
        return 0
    sub, rest = args[i], args[i + 1:]
    if sub == "version":
        return cmd_compose_version(rest)
    if sub not in COMPOSE_COMMANDS:
        raise DockerError("unknown docker command: \"compose %s\"" % sub)
    host = Host()
    project = Project(host, opts)
    if sub in UNLOCKED:
        return COMPOSE_COMMANDS[sub](host, project, rest)
    with host.lock():
        return COMPOSE_COMMANDS[sub](host, project, rest)


# --- plain docker commands ------------------------------------------------------------

def docker_pull(args):
    opts, refs = parse(args, "qa", ["quiet", "all-tags", "platform="])
    if len(refs) != 1:
        raise DockerError('"docker pull" requires exactly 1 argument.')
    host = Host()
    repo, tag = labutil.split_image(refs[0])
    quiet = any(k in ("-q", "--quiet") for k, _ in opts)
    with host.lock():
        if not quiet:
            out("%s: Pulling from %s" % (tag, repo))
        fresh = host.pull(refs[0])
    image = host.image(refs[0])
    if not quiet:
        out("Digest: %s" % image["id"])
        out("Status: %s for %s:%s" % ("Downloaded newer image" if fresh
                                      else "Image is up to date", repo, tag))
    out("docker.io/%s:%s" % (repo, tag))
    return 0


def docker_images(args):
    opts, refs = parse(args, "aq", ["all", "quiet", "format=", "digests", "no-trunc",
                                    "filter="])
    flags = dict(opts)
    host = Host()
    rows = []
    for key, img in sorted(host.images().items()):
        repo, tag = labutil.split_image(key)
        if refs:
            want_repo, _, want_tag = refs[0].partition(":")
            if repo != want_repo or (want_tag and want_tag != tag):
                continue
        rows.append({"Containers": "N/A", "CreatedAt": time.strftime(
            "%Y-%m-%d %H:%M:%S +0000 UTC", time.gmtime(img.get("created", 0))),
            "CreatedSince": labutil.docker_duration(time.time() - img.get("created", 0))
            + " ago", "Digest": "<none>", "ID": img["id"].split(":")[-1][:12],
            "Repository": repo, "SharedSize": "N/A", "Size": "1.54GB", "Tag": tag,
            "UniqueSize": "N/A", "VirtualSize": "1.54GB"})
    if "-q" in flags or "--quiet" in flags:
        for r in rows:
            out(r["ID"])
    else:
        print_rows(rows, flags.get("--format"), [
            ("REPOSITORY", "Repository"), ("TAG", "Tag"), ("IMAGE ID", "ID"),
            ("CREATED", "CreatedSince"), ("SIZE", "Size")])
    return 0


def docker_image_inspect(args):
    _, refs = parse(args, "f:", ["format="])
    host = Host()
    found, missing = [], []
    for ref in refs:
        img = host.image(ref)
        if not img:
            missing.append(ref)
            continue
        repo, tag = labutil.split_image(ref)
        found.append({"Id": img["id"], "RepoTags": ["%s:%s" % (repo, tag)],
                      "RepoDigests": ["%s@%s" % (repo, img["id"])],
                      "Created": labutil.rfc3339_nano(img.get("created", 0)),
                      "Config": {"Labels": {"org.opencontainers.image.version":
                                            img.get("version", "")}},
                      "Architecture": "amd64", "Os": "linux", "Size": FAKE_IMAGE_SIZE})
    out(json.dumps(found, indent=4))
    if missing:
        err("Error response from daemon: No such image: %s" % missing[0])
        return 1
    return 0


def docker_ps(args):
    opts, _ = parse(args, "aq", ["all", "quiet", "format=", "no-trunc", "filter="])
    flags = dict(opts)
    host = Host()
    rows = []
    for cfg in host.all_containers():
        rec = ps_record(host, cfg)
        if "-a" not in flags and "--all" not in flags and rec["State"] != "running":
            continue
        rows.append(rec)
    if "-q" in flags or "--quiet" in flags:
        for r in rows:
            out(r["ID"])
    else:
        print_rows(rows, flags.get("--format"), [
            ("CONTAINER ID", "ID"), ("IMAGE", "Image"), ("STATUS", "Status"),
            ("PORTS", "Ports"), ("NAMES", "Name")])
    return 0


def docker_version(args):
    opts, _ = parse(args, "f:", ["format="])
    fmt = dict(opts).get("-f") or dict(opts).get("--format")
    if fmt:
        out(DOCKER_VERSION if "Version" in fmt else "")
        return 0
    out("Client:\n Version:           %s\n API version:       1.43\n\n"
        "Server:\n Engine:\n  Version:          %s" % (DOCKER_VERSION, DOCKER_VERSION))
    return 0


def drop_root():
    """Run as the lab user even when root calls, so state files keep one owner."""
    if os.geteuid() != 0:
        return
    lab = labutil.read_json(os.path.join(os.environ.get("NBLAB_DIR", ""), "lab.json"), {})
    user = (lab or {}).get("user")
    if not user:
        return
    pw = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(pw.pw_gid)
    os.setuid(pw.pw_uid)


def main(argv):
    if argv and argv[0] == "__shim":
        run_shim(*argv[1:5])
        return 0
    drop_root()
    if not argv or argv[0] in ("-h", "--help", "help"):
        out("Usage:  docker [OPTIONS] COMMAND")
        return 0
    cmd, rest = argv[0], argv[1:]
    if cmd in ("-v", "--version"):
        out("Docker version %s, build afdd53b" % DOCKER_VERSION)
        return 0
    if cmd == "compose":
        return compose(rest)
    if cmd == "version":
        return docker_version(rest)
    if cmd == "pull":
        return docker_pull(rest)
    if cmd == "images" or (cmd == "image" and rest[:1] in (["ls"], ["list"])):
        return docker_images(rest if cmd == "images" else rest[1:])
    if cmd == "image" and rest[:1] == ["inspect"]:
        return docker_image_inspect(rest[1:])
    if cmd == "image" and rest[:1] == ["pull"]:
        return docker_pull(rest[1:])
    if cmd == "ps" or (cmd == "container" and rest[:1] in (["ls"], ["ps"])):
        return docker_ps(rest if cmd == "ps" else rest[1:])
    err("docker: '%s' is not a docker command.\nSee 'docker --help'" % cmd)
    return 1


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except DockerError as exc:
        err(str(exc))
        sys.exit(exc.code)
    except KeyboardInterrupt:
        sys.exit(130)
