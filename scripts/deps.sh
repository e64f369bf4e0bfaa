#!/usr/bin/env bash
# deps.sh - install the Debian packages wasmgate needs to build, test and
# build its example plugins; installs only what is missing (one apt-get run).
#   scripts/deps.sh            build + test packages
#   scripts/deps.sh container  also podman, runc, debootstrap (container tests)
set -euo pipefail

PKGS=(build-essential cmake pkg-config git ca-certificates
      wabt binaryen libyaml-dev libjansson-dev libsodium-dev nettle-dev check
      libcurl4-openssl-dev
      emscripten clang lld wasi-libc libclang-rt-14-dev-wasm32
      nodejs npm openssl time valgrind jq python3-yaml
      file man-db lintian   # CPack's .deb scan; the man page test (groff); package_deb.sh
      libmicrohttpd-dev libsqlite3-dev sqlite3 libpq-dev postgresql wrk   # control plane
      chromium)   # registry_page.sh renders the status page headless
[ "${1:-}" = container ] && PKGS+=(podman runc debootstrap)

missing=()
for p in "${PKGS[@]}"; do
  # node and npm may come from another source (e.g. NodeSource's nodejs,
  # which bundles npm and conflicts with Debian's npm): a working command counts
  case $p in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  echo "deps: all ${#PKGS[@]} packages present"
  exit 0
fi
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
echo "deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/tmp/wasmgate-apt.log 2>&1 \
  || { tail -20 /tmp/wasmgate-apt.log >&2; echo "deps: apt-get install failed (log: /tmp/wasmgate-apt.log)" >&2; exit 1; }
echo "deps: installed ${#missing[@]} packages"
