#!/bin/bash
# Prepare a real NocoBase release from the npm registry into a cache directory,
# once: Yarn 1, create-nocobase-app (PostgreSQL, no dev dependencies) and a
# production `yarn install` on the machine's Node. Prints the release directory
# on stdout as its last line; progress goes to stderr.
#
#   prepare.sh [--cache DIR] [--version V]
#   (or NB_REALNB_CACHE, NB_REALNB_VERSION)
#
# Idempotent: a finished release holds a marker file and is reused as it is.
set -euo pipefail

CACHE="${NB_REALNB_CACHE:-/var/cache/nbconsole-realnb}"
VERSION="${NB_REALNB_VERSION:-2.2.15}"
while [ $# -gt 0 ]; do
    case "$1" in
        --cache) CACHE="$2"; shift 2 ;;
        --version) VERSION="$2"; shift 2 ;;
        *) echo "prepare.sh: unknown argument: $1" >&2; exit 2 ;;
    esac
done

START=$(date +%s)
say() { echo "realnb: [$(( $(date +%s) - START ))s] $*" >&2; }
fail() { echo "realnb: FAILED: $*" >&2; exit 1; }

RELEASE="$CACHE/nocobase-$VERSION"
MARKER="$RELEASE/.nbconsole-release-ready"
if [ -f "$MARKER" ]; then
    say "release $VERSION already prepared in $RELEASE"
    echo "$RELEASE"
    exit 0
fi

command -v node >/dev/null || fail "node is not on PATH (NocoBase needs Node 20 or newer)"
command -v npm >/dev/null || fail "npm is not on PATH"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[ "$NODE_MAJOR" -ge 20 ] || fail "Node $(node --version) is too old; NocoBase needs 20 or newer"

mkdir -p "$CACHE"
# Only one preparation at a time per cache (two test runs may start together).
exec 9>"$CACHE/.prepare.lock"
flock 9
if [ -f "$MARKER" ]; then
    say "release $VERSION prepared meanwhile by another run"
    echo "$RELEASE"
    exit 0
fi

REGISTRY=$(npm config get registry)
[ -n "$REGISTRY" ] || fail "npm has no registry configured"
# Yarn 1 has its own default registry; everything must come from the one npm uses.
export YARN_REGISTRY="$REGISTRY"
export npm_config_registry="$REGISTRY"
export YARN_CACHE_FOLDER="$CACHE/yarn-cache"
export NPM_CONFIG_CACHE="$CACHE/npm-cache"

YARN_PREFIX="$CACHE/yarn1"
YARN="$YARN_PREFIX/node_modules/.bin/yarn"
if [ ! -x "$YARN" ]; then
    say "installing Yarn 1 from $REGISTRY into $YARN_PREFIX"
    npm install --no-audit --no-fund --prefix "$YARN_PREFIX" "yarn@1" >&2 \
        || fail "npm could not install yarn@1 from $REGISTRY"
fi
say "yarn $("$YARN" --version)"

STAGE="$CACHE/.staging-$VERSION"
rm -rf "$STAGE"
mkdir -p "$STAGE"
say "scaffolding with create-nocobase-app@$VERSION"
T0=$(date +%s)
( cd "$STAGE" && npx --yes "create-nocobase-app@$VERSION" app -d postgres \
      --skip-dev-dependencies -e APP_ENV=production -e TZ=UTC >&2 ) \
    || fail "create-nocobase-app@$VERSION failed (is that version on $REGISTRY?)"
APP="$STAGE/app"
[ -f "$APP/package.json" ] || fail "create-nocobase-app wrote no $APP/package.json"
printf 'registry "%s"\n' "$REGISTRY" > "$APP/.yarnrc"

# @nocobase/ai pulls xlsx from a CDN URL, not the registry: pin the last xlsx
# published on npm so the install needs nothing but the registry.
node -e '
  const fs = require("fs");
  const f = process.argv[1];
  const pkg = JSON.parse(fs.readFileSync(f, "utf8"));
  pkg.resolutions = Object.assign({}, pkg.resolutions, {xlsx: "0.18.5"});
  fs.writeFileSync(f, JSON.stringify(pkg, null, 2) + "\n");
' "$APP/package.json" || fail "could not add the xlsx resolution to $APP/package.json"
SCAFFOLD_S=$(( $(date +%s) - T0 ))

say "yarn install --production (this is the long part)"
T0=$(date +%s)
( cd "$APP" && "$YARN" install --production --ignore-engines --non-interactive \
      --network-timeout 600000 >&2 ) || fail "yarn install failed in $APP"
INSTALL_S=$(( $(date +%s) - T0 ))

SERVER_PKG="$APP/node_modules/@nocobase/server/package.json"
[ -f "$SERVER_PKG" ] || fail "the install has no @nocobase/server"
GOT=$(node -p 'require(process.argv[1]).version' "$SERVER_PKG")
[ "$GOT" = "$VERSION" ] || fail "installed @nocobase/server is $GOT, not $VERSION"

rm -rf "$RELEASE"
mv "$APP" "$RELEASE"
rm -rf "$STAGE"
printf 'version=%s\nregistry=%s\nnode=%s\nscaffold_s=%s\ninstall_s=%s\n' \
    "$VERSION" "$REGISTRY" "$(node --version)" "$SCAFFOLD_S" "$INSTALL_S" > "$MARKER"
say "release $VERSION ready in $RELEASE (scaffold ${SCAFFOLD_S}s, install ${INSTALL_S}s," \
    "$(du -sh "$RELEASE" | cut -f1))"
echo "$RELEASE"
