#!/usr/bin/python3
"""Real NocoBase nodes on a running lab's app hosts, run by `nbctl`.

  realnb.py nodes --dir DIR --release RELEASE [--label VERSION]
  realnb.py stop --dir DIR

`nodes` gives every app host of the lab in DIR its own copy of RELEASE (a
directory prepared by prepare.sh), owned by the lab user, with a .env for that
host (its address, the lab's port, PostgreSQL and shared storage), installs
`nbctl` into the host's bin directory, and writes DIR/inventory-real.yaml: the
lab's inventory with the `custom` runtime driving nbctl. With --label every
host's release is labelled VERSION (lower than the real one) so the cluster can
be installed "at an older release" and upgraded to the real one.

`stop` stops every real node of the lab (as its user, through nbctl).

Run as root with Debian's /usr/bin/python3 (needs python3-yaml), like lab.py.
"""

import argparse
import json
import os
import pwd
import shutil
import subprocess
import sys
import time

import yaml

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
MARKER = ".nbconsole-release-ready"
INVENTORY = "inventory-real.yaml"


class RealNbError(Exception):
    pass


def read_lab(lab_dir):
    path = os.path.join(lab_dir, "lab.json")
    try:
        with open(path) as f:
            return json.load(f)
    except FileNotFoundError:
        raise RealNbError("%s is missing: bring the lab up first (lab.py up --dir %s)"
                          % (path, lab_dir))


def read_marker(release):
    values = {}
    try:
        with open(os.path.join(release, MARKER)) as f:
            for line in f:
                key, _, value = line.strip().partition("=")
                values[key] = value
    except FileNotFoundError:
        raise RealNbError("%s is not a prepared release (no %s): run prepare.sh"
                          % (release, MARKER))
    return values


def as_user(user, cmd, **kw):
    proc = subprocess.run(["runuser", "-u", user, "--"] + cmd, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, **kw)
    if proc.returncode != 0:
        raise RealNbError("%s failed (%d): %s" % (" ".join(cmd), proc.returncode,
                                                 (proc.stderr or proc.stdout).strip()))
    return proc.stdout


def host_dir(lab_dir, name):
    return os.path.join(lab_dir, "hosts", name)


def node_env(release_env, settings):
    """The release's .env with this node's settings in place of the scaffold's."""
    lines, seen = [], set()
    for line in release_env.splitlines():
        key = line.split("=", 1)[0].strip()
        if key in settings and not line.lstrip().startswith("#"):
            if key in seen:
                continue
            line = "%s=%s" % (key, settings[key])
            seen.add(key)
        lines.append(line)
    lines.append("")
    lines.append("# This lab node (written by realnb.py)")
    lines += ["%s=%s" % (k, v) for k, v in settings.items() if k not in seen]
    return "\n".join(lines) + "\n"


def copy_release(release, target, user):
    """The node's own copy: NocoBase rewrites files of its release on every start,
    so nodes never share one, and the lab user must own it."""
    stamp = os.path.join(target, MARKER)
    if os.path.exists(stamp):
        with open(stamp) as f, open(os.path.join(release, MARKER)) as g:
            if f.read() == g.read():
                return False
    if os.path.exists(target):
        shutil.rmtree(target)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    os.chown(os.path.dirname(target), *user)
    subprocess.run(["cp", "-a", "--reflink=auto", release, target], check=True)
    subprocess.run(["chown", "-R", "%d:%d" % user, target], check=True)
    return True


def setup_node(lab, app, release, marker, label):
    lab_dir = lab["dir"]
    pw = pwd.getpwnam(lab["user"])
    owner = (pw.pw_uid, pw.pw_gid)
    hdir = host_dir(lab_dir, app["name"])
    base = os.path.join(hdir, "realnb")
    target = os.path.join(base, "app")
    run_dir = os.path.join(base, "run")
    os.makedirs(base, exist_ok=True)
    os.chmod(base, 0o755)
    os.chown(base, *owner)

    started = time.monotonic()
    copied = copy_release(release, target, owner)
    os.makedirs(run_dir, exist_ok=True)
    os.chown(run_dir, *owner)

    # What NocoBase reads at start: this host's address and the lab's services. The
    # socket and PM2 home are per node (a start deletes both); storage is shared.
    db = lab["db"]
    settings = {
        "APP_ENV": "production",
        "APP_HOST": app["address"],
        "APP_PORT": str(app["http_port"]),
        "DB_DIALECT": "postgres",
        "DB_HOST": db["host"],
        "DB_PORT": str(db["port"]),
        "DB_DATABASE": db["name"],
        "DB_USER": db["user"],
        "DB_PASSWORD": db["password"],
        "STORAGE_PATH": lab["storage"],
        "SOCKET_PATH": os.path.join(run_dir, "gateway.sock"),
        "PM2_HOME": os.path.join(run_dir, "pm2"),
        # Log files would land in the shared storage, both nodes in one file: the
        # console output, which nbctl keeps per node and per run, is the log.
        "LOGGER_TRANSPORT": "console",
        "APP_LAUNCH_MODE": "node",
        "DISABLE_PKG_DOWNLOAD": "true",
        "TZ": "UTC",
    }
    with open(os.path.join(release, ".env")) as f:
        env_text = node_env(f.read(), settings)
    env_path = os.path.join(target, ".env")
    with open(env_path, "w") as f:
        f.write(env_text)
    os.chmod(env_path, 0o600)
    os.chown(env_path, *owner)

    # `start --quickstart` runs `yarn nocobase pkg download-pro`: Yarn must be on PATH.
    yarn_bin = os.path.join(os.path.dirname(release), "yarn1", "node_modules", ".bin")
    if not os.access(os.path.join(yarn_bin, "yarn"), os.X_OK):
        raise RealNbError("no Yarn in %s: prepare the release with prepare.sh" % yarn_bin)

    original = os.path.join(base, "server-package.json")
    shutil.copyfile(os.path.join(release, "node_modules", "@nocobase", "server", "package.json"),
                    original)
    os.chmod(original, 0o644)
    conf = os.path.join(base, "node.conf")
    with open(conf, "w") as f:
        f.write("# nbctl settings of lab host %s (written by realnb.py)\n"
                "APP='%s'\nRUN='%s'\nREAL_VERSION='%s'\nSERVER_PACKAGE_ORIGINAL='%s'\n"
                "YARN_BIN='%s'\n"
                % (app["name"], target, run_dir, marker["version"], original, yarn_bin))
    os.chmod(conf, 0o644)

    nbctl = os.path.join(hdir, "bin", "nbctl")
    shutil.copyfile(os.path.join(HERE, "nbctl"), nbctl)
    os.chmod(nbctl, 0o755)

    version = label or marker["version"]
    as_user(lab["user"], [nbctl, "set-version", version],
            env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "NBLAB_HOST": app["name"]})
    print("realnb: %s: release %s%s in %s (%s, %.1fs)" % (
        app["name"], version, "" if version == marker["version"] else
        " (label on %s)" % marker["version"], target, "copied" if copied else "kept",
        time.monotonic() - started), flush=True)


def write_inventory(lab):
    lab_dir = lab["dir"]
    with open(lab["inventory"]) as f:
        doc = yaml.safe_load(f)
    doc["cluster"] = "lab-real"
    doc["app"] = {
        "runtime": "custom",
        "custom": {
            "start": "nbctl start",
            "stop": "nbctl stop",
            "status": "nbctl status",
            "version": "nbctl version",
            "set_version": "nbctl set-version {version}",
            "pull": "nbctl pull {version}",
            "logs": "nbctl logs -n {lines}",
        },
        "health_url": doc["app"]["health_url"],
        "nodes": [{"name": a["name"], "host": a["address"]} for a in lab["apps"]],
    }
    path = os.path.join(lab_dir, INVENTORY)
    header = ("# The lab cluster with real NocoBase nodes run by nbctl (custom runtime);\n"
              "# written by realnb.py.\n")
    with open(path, "w") as f:
        f.write(header + yaml.safe_dump(doc, sort_keys=False, default_flow_style=False,
                                        width=100))
    return path


def cmd_nodes(args):
    lab_dir = os.path.abspath(args.dir)
    lab = read_lab(lab_dir)
    lab["dir"] = lab_dir
    release = os.path.abspath(args.release)
    marker = read_marker(release)
    if args.label:
        real = marker["version"]
        order = subprocess.run(["sort", "-V"], input="%s\n%s\n" % (args.label, real),
                               text=True, stdout=subprocess.PIPE, check=True).stdout.split()
        if args.label == real or order[0] != args.label:
            raise RealNbError("--label %s must be lower than the release's real version %s"
                              % (args.label, real))
    for app in lab["apps"]:
        setup_node(lab, app, release, marker, args.label)
    print("realnb: inventory %s" % write_inventory(lab))
    return 0


def cmd_stop(args):
    lab_dir = os.path.abspath(args.dir)
    lab = read_lab(lab_dir)
    failed = 0
    for app in lab["apps"]:
        nbctl = os.path.join(host_dir(lab_dir, app["name"]), "bin", "nbctl")
        if not os.path.exists(nbctl):
            continue
        proc = subprocess.run(["runuser", "-u", lab["user"], "--", nbctl, "stop"],
                              env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "NBLAB_HOST": app["name"]},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print("realnb: %s" % proc.stdout.strip(), flush=True)
        failed += proc.returncode != 0
    return 1 if failed else 0


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    nodes = sub.add_parser("nodes", help="set up real NocoBase nodes on the lab's app hosts")
    nodes.add_argument("--dir", required=True)
    nodes.add_argument("--release", required=True, help="a release prepared by prepare.sh")
    nodes.add_argument("--label", help="label every host's release with this lower version")
    nodes.set_defaults(func=cmd_nodes)
    stop = sub.add_parser("stop", help="stop every real NocoBase node of the lab")
    stop.add_argument("--dir", required=True)
    stop.set_defaults(func=cmd_stop)
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        print("realnb.py must run as root (it works as the lab user where it matters)",
              file=sys.stderr)
        return 1
    try:
        return args.func(args)
    except (RealNbError, subprocess.CalledProcessError, OSError) as e:
        print("realnb: %s" % e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
