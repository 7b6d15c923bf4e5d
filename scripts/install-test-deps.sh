#!/bin/sh
# Install the Debian packages that the test servers need (PostgreSQL, MariaDB, Dovecot) and
# the browser the HTML tests render in (Chromium, driven by Playwright with the system browser),
# only when they are missing. Idempotent and quick when everything is present.
set -eu

missing=""

# PostgreSQL: any server binaries on PATH or under /usr/lib/postgresql will do.
have_postgres() {
    command -v pg_ctl >/dev/null 2>&1 && command -v postgres >/dev/null 2>&1 && return 0
    for dir in /usr/lib/postgresql/*/bin; do
        [ -x "$dir/pg_ctl" ] && [ -x "$dir/postgres" ] && [ -x "$dir/initdb" ] && return 0
    done
    return 1
}
have_cmd() {
    command -v "$1" >/dev/null 2>&1 || [ -x "/usr/sbin/$1" ] || [ -x "/usr/bin/$1" ]
}

have_postgres || missing="$missing postgresql"
{ have_cmd mariadbd && have_cmd mariadb-install-db; } || missing="$missing mariadb-server"
have_cmd dovecot && [ -e /usr/lib/dovecot/imap ] || missing="$missing dovecot-imapd"
have_cmd openssl || missing="$missing openssl"
have_cmd chromium || missing="$missing chromium"

if [ -z "$missing" ]; then
    echo "install-test-deps: all test server packages present"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    sudo=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo="sudo"
else
    echo "install-test-deps: need root or passwordless sudo to install:$missing" >&2
    exit 1
fi

echo "install-test-deps: installing:$missing"
apt="$sudo env DEBIAN_FRONTEND=noninteractive apt-get"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
# NOTE: the test fixtures start their own servers; the system services these packages may
# start are not used.
# shellcheck disable=SC2086
if ! { $apt update -qq && $apt install -y -qq --no-install-recommends $missing; } \
        >"$log" 2>&1; then
    tail -n 20 "$log" >&2
    echo "install-test-deps: apt-get failed for:$missing" >&2
    exit 1
fi
echo "install-test-deps: done"
