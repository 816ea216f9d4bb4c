#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test through ctest. ctest brings the
# lab cluster up before the tests that need it and takes it down at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
build_dir=$(realpath "${NB_BUILD_DIR:-build}")

lab_dir=$(sed -n 's/^NBLAB_DIR:PATH=//p' "$build_dir/CMakeCache.txt")
# Tests get a fresh HOME (no personal ssh config, known_hosts or journal leaks in) and
# a session bus with an unlocked keyring for the keychain tests.
test_home=$(mktemp -d /tmp/nbconsole-test-home.XXXXXX)
# Whatever happens to ctest, no lab process and no test home is left behind.
trap '/usr/bin/python3 tests/lab/lab.py down --dir "$lab_dir" >/dev/null 2>&1 || true; rm -rf "$test_home"' EXIT
# The tests check the English source strings, whatever language the machine speaks.
export HOME=$test_home QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANGUAGE=
export XDG_RUNTIME_DIR=$test_home/run
mkdir -m 0700 "$XDG_RUNTIME_DIR"
timeout --kill-after=30 80m dbus-run-session -- sh -c '
    echo -n nbconsole-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --test-dir "$0" --output-on-failure -j 2 "$@"' "$build_dir" "$@"
