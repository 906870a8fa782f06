#!/usr/bin/env bash
# Installs Debian's PostgreSQL server binaries when they are missing; the tests
# start their own throwaway server from them (tests/pg/server.py), so the
# package's own cluster and service are not used.
set -euo pipefail
if compgen -G "/usr/lib/postgresql/*/bin/pg_ctl" >/dev/null; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing and installing it needs root: apt-get install postgresql" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends postgresql >/dev/null
compgen -G "/usr/lib/postgresql/*/bin/pg_ctl"
