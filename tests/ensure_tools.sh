#!/usr/bin/env bash
# Installs curl and jq (Debian's) for the docs examples test when they are missing.
set -euo pipefail
if command -v curl >/dev/null 2>&1 && command -v jq >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "curl or jq is missing and installing them needs root: apt-get install curl jq" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends curl jq >/dev/null
