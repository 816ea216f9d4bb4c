#!/usr/bin/env bash
# Installs the Debian packages the build, the lab and the tests need; does nothing when
# they are all present. Needs root (or sudo) only when something is missing.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev libssh-dev qtkeychain-qt6-dev libyaml-cpp-dev
    # the lab: real sshd, nginx, PostgreSQL, HAProxy behind the console
    openssh-server openssh-client nginx-light postgresql haproxy redis-server socat curl
    python3 python3-psycopg2 python3-yaml
    # GUI and keychain tests without a desktop
    xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools imagemagick
    # the accessibility walk-through: the AT-SPI bus and Debian's Python client for it
    at-spi2-core python3-pyatspi
    # benchmark peers
    pssh ansible hyperfine
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
# The lab starts its own sshd, nginx and PostgreSQL on chosen addresses; a system-wide
# copy started by the package scripts would hold the same ports (sshd on 0.0.0.0:22),
# so service starts are refused while installing, the way Debian's images do it.
policy=/usr/sbin/policy-rc.d
placed_policy=no
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
    $sudo chmod 0755 "$policy"
    placed_policy=yes
fi
status=0
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" || status=$?
[ "$placed_policy" = yes ] && $sudo rm -f "$policy"
exit "$status"
