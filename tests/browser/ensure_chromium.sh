#!/usr/bin/env bash
# Installs Debian's chromium for the browser test when it is missing.
# Playwright's own browser download cannot work here (no network beyond the
# package registries), so the test drives the distribution's build instead.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "chromium is missing and installing it needs root: apt-get install chromium" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
command -v chromium
