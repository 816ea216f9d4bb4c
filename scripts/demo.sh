#!/usr/bin/env bash
# Installs what is missing, builds, starts the lab cluster on loopback and opens the
# console on the lab's inventory. Without a display the console runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
build_dir=$(realpath "${NB_BUILD_DIR:-build}")

lab_dir=${NBLAB_DEMO_DIR:-/tmp/nbconsole-lab/demo}
/usr/bin/python3 tests/lab/lab.py up --dir "$lab_dir" --net "${NBLAB_DEMO_NET:-127.0.2}"
echo "Lab is up; stop it with: /usr/bin/python3 tests/lab/lab.py down --dir $lab_dir"

console=("$build_dir/app/gui/nbconsole" --inventory "$lab_dir/inventory.yaml")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No display: running the console under Xvfb (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1400x900x24" "${console[@]}"
fi
exec "${console[@]}"
