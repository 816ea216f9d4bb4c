"""Loading a compose project the way Docker Compose v2 does.

File discovery (compose.yaml ... docker-compose.yaml, searching upwards),
`.env` and environment interpolation, merging of several `-f` files and the
error texts Compose prints for broken files.
"""

import hashlib
import json
import os
import re
import sys

import yaml

from dockerhost import DockerError

COMPOSE_FILES = ("compose.yaml", "compose.yml", "docker-compose.yml", "docker-compose.yaml")


def err(line):
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


VAR_RE = re.compile(r"\$(?:(\$)|\{([^}]*)\}|([A-Za-z_][A-Za-z0-9_]*))")


def interpolate(value, env):
    def replace(m):
        if m.group(1):
            return "$"
        expr = m.group(2) if m.group(2) is not None else m.group(3)
        name = re.match(r"[A-Za-z_][A-Za-z0-9_]*", expr)
        if not name:
            raise DockerError("invalid interpolation format for %r" % m.group(0))
        var, rest = name.group(0), expr[name.end():]
        val = env.get(var)
        if not rest:
            return val or ""
        for op in (":-", ":?", ":+", "-", "?", "+"):
            if rest.startswith(op):
                arg = rest[len(op):]
                unset = val is None or (op.startswith(":") and val == "")
                if op.endswith("-"):
                    return arg if unset else val
                if op.endswith("?"):
                    if unset:
                        raise DockerError("required variable %s is missing a value: %s"
                                          % (var, arg))
                    return val
                return "" if unset else arg
        raise DockerError("invalid interpolation format for %r" % m.group(0))

    if isinstance(value, str):
        return VAR_RE.sub(replace, value)
    if isinstance(value, list):
        return [interpolate(v, env) for v in value]
    if isinstance(value, dict):
        return {k: interpolate(v, env) for k, v in value.items()}
    return value


def read_env_file(path):
    env = {}
    try:
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#") or "=" not in line:
                    continue
                key, val = line.split("=", 1)
                val = val.strip()
                if len(val) >= 2 and val[0] == val[-1] and val[0] in "'\"":
                    val = val[1:-1]
                env[key.strip()] = val
    except FileNotFoundError:
        pass
    return env


def merge(base, extra):
    for key, val in extra.items():
        if isinstance(val, dict) and isinstance(base.get(key), dict):
            merge(base[key], val)
        else:
            base[key] = val
    return base


class Project:
    def __init__(self, host, opts):
        self.host = host
        files = opts["files"]
        if not files:
            files = self.find_files(opts["project_directory"] or os.getcwd())
        self.files = [os.path.abspath(f) for f in files]
        self.dir = os.path.abspath(opts["project_directory"]
                                   or os.path.dirname(self.files[0]))
        env = read_env_file(opts["env_file"] or os.path.join(self.dir, ".env"))
        env.update(os.environ)
        self.env = env
        data = {}
        for path in self.files:
            try:
                with open(path) as f:
                    text = f.read()
            except FileNotFoundError:
                raise DockerError("open %s: no such file or directory" % path)
            try:
                loaded = yaml.safe_load(text)
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                problem = getattr(exc, "problem", None) or str(exc)
                where = "line %d: " % (mark.line + 1) if mark else ""
                raise DockerError("parsing %s: yaml: %s%s" % (path, where, problem))
            if loaded is None:
                loaded = {}
            if not isinstance(loaded, dict):
                raise DockerError("parsing %s: Top-level object must be a mapping" % path)
            if "version" in loaded:
                err('WARN[0000] %s: the attribute `version` is obsolete, it will be ignored, '
                    'please remove it to avoid potential confusion' % path)
            merge(data, interpolate(loaded, env))
        self.raw = data
        self.name = (opts["project_name"] or env.get("COMPOSE_PROJECT_NAME")
                     or data.get("name") or os.path.basename(self.dir))
        self.name = re.sub(r"[^a-z0-9_-]", "", self.name.lower())
        self.services = self.validate(data)

    @staticmethod
    def find_files(start):
        d = os.path.abspath(start)
        while True:
            for candidate in COMPOSE_FILES:
                path = os.path.join(d, candidate)
                if os.path.exists(path):
                    return [path]
            parent = os.path.dirname(d)
            if parent == d:
                raise DockerError("no configuration file provided: not found")
            d = parent

    def validate(self, data):
        allowed = {"version", "name", "services", "networks", "volumes", "secrets",
                   "configs", "include"}
        for key in data:
            if key not in allowed and not str(key).startswith("x-"):
                raise DockerError("validating %s: (root) Additional property %s is not "
                                  "allowed" % (self.files[0], key))
        services = data.get("services")
        if not isinstance(services, dict) or not services:
            raise DockerError("no service selected" if services == {} else
                              "validating %s: services must be a mapping" % self.files[0])
        result = {}
        for name, svc in services.items():
            if not isinstance(svc, dict):
                raise DockerError("validating %s: services.%s must be a mapping"
                                  % (self.files[0], name))
            if not svc.get("image"):
                if "build" in svc:
                    raise DockerError('service "%s": building images is not possible on a '
                                      'lab host' % name)
                raise DockerError('service "%s" has neither an image nor a build context '
                                  'specified: invalid compose project' % name)
            result[name] = self.normalize(name, svc)
        return result

    def normalize(self, name, svc):
        env = svc.get("environment") or {}
        if isinstance(env, list):
            pairs = {}
            for item in env:
                key, sep, val = str(item).partition("=")
                pairs[key] = val if sep else self.env.get(key, "")
            env = pairs
        elif isinstance(env, dict):
            env = {str(k): "" if v is None else str(v) for k, v in env.items()}
        else:
            raise DockerError("services.%s.environment must be a mapping or a list" % name)
        ports = []
        for item in svc.get("ports") or []:
            spec = str(item)
            proto = "tcp"
            if "/" in spec:
                spec, proto = spec.rsplit("/", 1)
            parts = spec.split(":")
            if len(parts) == 3:
                host_ip, published, target = parts
            elif len(parts) == 2:
                host_ip, (published, target) = "", parts
            else:
                host_ip, published, target = "", "", parts[0]
            try:
                ports.append({"host_ip": host_ip, "published": int(published or 0),
                              "target": int(target), "protocol": proto})
            except ValueError:
                raise DockerError("services.%s.ports contains an invalid port: %s"
                                  % (name, item))
        volumes = []
        for item in svc.get("volumes") or []:
            source, _, rest = str(item).partition(":")
            target = rest.split(":")[0]
            if source.startswith("."):
                source = os.path.normpath(os.path.join(self.dir, source))
            volumes.append({"source": source, "target": target})
        restart = str(svc.get("restart", "no"))
        return {"image": str(svc["image"]), "environment": env, "ports": ports,
                "volumes": volumes, "restart": restart,
                "container_name": svc.get("container_name"),
                "networks": svc.get("networks")}

    def container_name(self, service):
        return self.services[service].get("container_name") or "%s-%s-1" % (self.name, service)

    def select(self, names):
        for n in names:
            if n not in self.services:
                raise DockerError("no such service: %s" % n)
        return list(names) or list(self.services)

    def config_hash(self, service):
        svc = self.services[service]
        blob = json.dumps({k: svc[k] for k in ("image", "environment", "ports", "volumes",
                                                "restart")}, sort_keys=True)
        return hashlib.sha256(blob.encode()).hexdigest()
