#!/bin/bash
# Fan-out benchmark: nbconsole-cli exec against parallel-ssh (pssh) and ansible on a
# lab of 50 hosts, same parallelism, same commands (`true` and a 20,000-line output).
# Reports wall time (hyperfine), peak memory (GNU time) and the warm-pool step cost.
#
#   tests/bench/ssh/bench_fanout.sh BUILD_DIR
#
# Environment: NBBENCH_LAB_DIR (default /tmp/nbconsole-lab/ssh-bench), NBBENCH_NET
# (127.0.22), NBBENCH_HOSTS (50), NBBENCH_RUNS (5), NBBENCH_PAM (no). A lab that is
# already up in that directory is reused and left running; one this script starts is
# stopped at the end.
#
# The lab's hosts run sshd without PAM unless NBBENCH_PAM=yes: all 50 hosts share this
# machine's CPUs, and each login's PAM session work (pam_motd runs the update-motd
# scripts) would otherwise be paid 50 times on the cores the clients are measured on,
# where real hosts pay it each on their own. Both tools log into the same hosts.
set -euo pipefail

build=${1:?usage: bench_fanout.sh BUILD_DIR}
here=$(cd "$(dirname "$0")" && pwd)
lab_py="$here/../../lab/lab.py"
dir=${NBBENCH_LAB_DIR:-/tmp/nbconsole-lab/ssh-bench}
net=${NBBENCH_NET:-127.0.22}
hosts=${NBBENCH_HOSTS:-50}
runs=${NBBENCH_RUNS:-5}
pam=${NBBENCH_PAM:-no}
cli="$build/app/cli/nbconsole-cli"
pool_bench="$build/tests/bench/ssh/bench_ssh_pool"

for tool in parallel-ssh ansible hyperfine /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install pssh ansible hyperfine time" >&2; exit 2; }
done

started_lab=no
if ! /usr/bin/python3 "$lab_py" status --dir "$dir" >/dev/null 2>&1; then
    /usr/bin/python3 "$lab_py" up --dir "$dir" --net "$net" --apps "$hosts" --no-nodes \
        "$([ "$pam" = yes ] && echo --pam || echo --no-pam)"
    started_lab=yes
fi
work=$(mktemp -d)
cleanup() {
    rm -rf "$work"
    if [ "$started_lab" = yes ]; then /usr/bin/python3 "$lab_py" down --dir "$dir" >/dev/null; fi
}
trap cleanup EXIT

# CPU time (clock ticks) the lab's sshd listeners have collected from their finished
# sessions: /proc/PID/stat fields 16 and 17, children's user and system time.
hosts_cpu_ticks() {
    local total=0 pid stat
    for pidfile in "$dir"/hosts/*/ssh/sshd.pid; do
        pid=$(cat "$pidfile")
        stat=$(cat "/proc/$pid/stat" 2>/dev/null) || continue
        stat=${stat##*) }
        set -- $stat
        total=$((total + ${14} + ${15}))
    done
    echo "$total"
}

# Busy clock ticks of the whole machine (every CPU, user, system and interrupts): with
# the client and all hosts on this machine, the complete cost of a run.
machine_busy_ticks() {
    local cpu user nice system idle iowait irq softirq steal
    read -r cpu user nice system idle iowait irq softirq steal _ </proc/stat
    echo $((user + nice + system + irq + softirq + steal))
}

inventory="$dir/inventory.yaml"
ssh_config="$dir/ssh_config"
for i in $(seq 1 "$hosts"); do echo "app-$i"; done >"$work/hosts"
{
    echo "[apps]"
    cat "$work/hosts"
    echo "[apps:vars]"
    echo "ansible_ssh_common_args=-F $ssh_config"
    echo "ansible_python_interpreter=/usr/bin/python3"
} >"$work/ansible.ini"
export ANSIBLE_LOCAL_TEMP="$work/ansible-local" ANSIBLE_CONTROL_PATH_DIR="$work/ansible-cp"

declare -A commands=(
    [true]="true"
    [lines20k]="seq 1 20000"
)
for name in true lines20k; do
    cmd=${commands[$name]}
    nb="$cli --inventory $inventory exec --targets all -- '$cmd'"
    pssh="parallel-ssh -h $work/hosts -p $hosts -t 0 -x '-F $ssh_config' -i '$cmd'"
    ans="ansible apps -i $work/ansible.ini -f $hosts -m shell -a '$cmd'"
    echo "== $hosts hosts: $cmd"
    hyperfine --warmup 1 --runs "$runs" --export-markdown "$work/$name.md" \
        -n "nbconsole-cli exec" "$nb" -n "parallel-ssh -p $hosts" "$pssh" -n "ansible -f $hosts" "$ans" >/dev/null
    cat "$work/$name.md"
    echo
    # One more run of each, to see where the time goes. The hosts' CPU is what their
    # sshd listeners have reaped from their sessions (logins and the commands), which on
    # a real cluster each host spends on its own cores; here all of it shares this
    # machine's cores with the client. GNU time's memory figure is the largest single
    # process: all of nbconsole-cli, but only one of parallel-ssh's 51 processes. The
    # machine's CPU is everything spent until the hosts have torn their sessions down
    # (sshd's per-connection work not yet reaped, the kernel's process and socket work).
    echo "one run each:            wall    client CPU   hosts' sshd   machine CPU   max RSS"
    for tool in nb pssh ans; do
        before=$(hosts_cpu_ticks)
        busy_before=$(machine_busy_ticks)
        /usr/bin/time -f "%e %U %S %M" -o "$work/time" sh -c "${!tool}" >/dev/null 2>&1 || true
        sleep 0.5
        busy_after=$(machine_busy_ticks)
        after=$(hosts_cpu_ticks)
        read -r wall user sys rss < <(tail -1 "$work/time")
        awk -v t="$tool" -v w="$wall" -v u="$user" -v s="$sys" -v h="$((after - before))" -v hz="$(getconf CLK_TCK)" \
            -v m="$((busy_after - busy_before))" -v r="$rss" \
            'BEGIN {printf "  %-20s %6.2f s  %8.2f s  %9.2f s  %9.2f s  %7d KiB\n", t, w, u + s, h / hz, m / hz, r}'
    done
    echo
done

echo "== warm pool: the same SshPool running step after step"
"$pool_bench" "$inventory" 10

# The target: nbconsole-cli takes at most half of parallel-ssh's wall time.
for name in true lines20k; do
    awk -F'|' -v name="$name" '/Mean \[/ {unit=$3; sub(/.*\[/, "", unit); sub(/\].*/, "", unit)}
        /nbconsole-cli exec/ {nb=$3+0} /parallel-ssh/ {ps=$3+0}
        END {printf "%s: nbconsole-cli %.2f %s vs parallel-ssh %.2f %s = %.2fx (target <= 0.50)\n", name, nb, unit, ps, unit, nb/ps}' \
        "$work/$name.md"
done
