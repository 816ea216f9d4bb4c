#!/usr/bin/env bash
# Runs COMMAND... the way a screen reader or a GUI test tool meets the console: on a
# real X display (Xvfb; Qt's offscreen platform has no AT-SPI bridge), inside a session
# bus of its own, on which the AT-SPI bus and its registry are started on first use.
# Whatever the caller runs in (a CI job inside another session bus, an offscreen Qt
# platform), this script sets up its own display and buses and removes them at the end.
set -euo pipefail

[ $# -gt 0 ] || { echo "usage: $0 COMMAND..." >&2; exit 2; }
for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    command -v "$tool" >/dev/null || { echo "$0: $tool is missing (run scripts/deps.sh)" >&2; exit 2; }
done

work=$(mktemp -d /tmp/nbconsole-a11y.XXXXXX)
xvfb_pid=""
cleanup() {
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

# Displays from a random point above the usual :0 and xvfb-run's :99. Xvfb refuses a
# number whose lock another server holds; then the next one is tried, so parallel runs
# never share a display. -displayfd reports the number once the server accepts clients.
# -noreset: by default the server resets when its last client leaves (the AT-SPI bus
# launcher, after it set its root-window property), and a client connecting just then
# is refused.
start_xvfb() {
    : >"$work/display"
    Xvfb ":$1" -displayfd 3 -screen 0 1400x900x24 -nolisten tcp -noreset 3>"$work/display" 2>"$work/xvfb.log" &
    xvfb_pid=$!
    for _ in $(seq 100); do
        [ -s "$work/display" ] && return 0
        kill -0 "$xvfb_pid" 2>/dev/null || { wait "$xvfb_pid" 2>/dev/null; xvfb_pid=""; return 1; }
        sleep 0.1
    done
    kill "$xvfb_pid" 2>/dev/null; wait "$xvfb_pid" 2>/dev/null; xvfb_pid=""
    return 1
}
display=$((200 + RANDOM % 600))
for _ in $(seq 20); do
    start_xvfb "$display" && break
    display=$((display + 1))
done
[ -n "$xvfb_pid" ] || { cat "$work/xvfb.log" >&2; echo "$0: no X display could be started" >&2; exit 1; }
export DISPLAY=":$display"

# A home, runtime dir and settings of its own: no earlier window state, recent file or
# unfinished run of another test changes what the tree shows.
mkdir -m 0700 "$work/home" "$work/run"
export HOME=$work/home XDG_RUNTIME_DIR=$work/run
export XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
unset AT_SPI_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS
# The command is told explicitly to use xcb; the caller's QT_QPA_PLATFORM (offscreen in
# the test run) would hide the tree.
export QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1

status=0
# dbus-run-session ends its bus when COMMAND ends; the AT-SPI bus launcher and registry
# it activated leave with that bus. Their start-up chatter is noise in a test log.
chatter='^(dbus-daemon\[[0-9]+\]|SpiRegistry daemon)'
timeout --kill-after=10 "${NB_A11Y_TIMEOUT:-240}" dbus-run-session -- "$@" \
    > >(grep --line-buffered -vE "$chatter") 2> >(grep --line-buffered -vE "$chatter" >&2) || status=$?
[ "$status" -eq 124 ] && echo "$0: timed out after ${NB_A11Y_TIMEOUT:-240} s" >&2
if [ "$status" -ne 0 ] && [ -s "$work/xvfb.log" ]; then
    echo "--- Xvfb on $DISPLAY said:" >&2
    cat "$work/xvfb.log" >&2
fi
exit "$status"
