#!/bin/bash
# Monitoring cost: 200 nodes polled every 2 s by the real monitor. The lab brings up
# one sshd per node (--no-nodes: no NocoBase processes, which 200 of would not fit two
# cores), so host figures are read over real SSH; health checks are answered by one
# separate process of fake NocoBase health endpoints on the nodes' addresses.
#
#   tests/bench/monitor/bench_monitor.sh BUILD_DIR
#
# Environment: NBBENCH_LAB_DIR (default /tmp/nbconsole-lab/monitor-bench), NBBENCH_NET
# (127.0.23), NBBENCH_NODES (200), NBBENCH_SECONDS (60), NBBENCH_INTERVAL_MS (2000),
# NBBENCH_RUNTIME=1 to read the runtime's state too, NBBENCH_WINDOW=1 to run the whole main
# window instead of the details pane, NBBENCH_INVENTORY to watch only the nodes of another
# inventory of that lab (e.g. its first 50), NBBENCH_STACKS=N for gdb stacks of the GUI
# thread in its first N stalls. A lab already up in that directory is reused and left
# running; one this script starts is stopped at the end.
set -euo pipefail

build=${1:?usage: bench_monitor.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
lab_py="$here/../../lab/lab.py"
dir=${NBBENCH_LAB_DIR:-/tmp/nbconsole-lab/monitor-bench}
net=${NBBENCH_NET:-127.0.23}
nodes=${NBBENCH_NODES:-200}
seconds=${NBBENCH_SECONDS:-60}
interval=${NBBENCH_INTERVAL_MS:-2000}

started_lab=no
if ! /usr/bin/python3 "$lab_py" status --dir "$dir" >/dev/null 2>&1; then
    /usr/bin/python3 "$lab_py" up --dir "$dir" --net "$net" --apps "$nodes" --no-nodes
    started_lab=yes
fi
http_port=$(/usr/bin/python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["apps"][0]["http_port"])' "$dir/lab.json")
python3 "$here/fake_health.py" "$net" 11 "$nodes" "$http_port" &
health=$!
cleanup() {
    kill "$health" 2>/dev/null || true
    wait "$health" 2>/dev/null || true
    if [ "$started_lab" = yes ]; then /usr/bin/python3 "$lab_py" down --dir "$dir" >/dev/null; fi
}
trap cleanup EXIT
sleep 1

options=()
[ "${NBBENCH_RUNTIME:-0}" = 1 ] && options+=(--runtime)
[ "${NBBENCH_WINDOW:-0}" = 1 ] && options+=(--window)
QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
    "$build/tests/bench/monitor/bench_monitor" "${NBBENCH_INVENTORY:-$dir/inventory.yaml}" "$seconds" "$interval" \
    "${options[@]}"
echo "target: under 10 % of one core for 200 nodes at one probe per node every 2 s"
