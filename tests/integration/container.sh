#!/usr/bin/env bash
# container.sh - the Docker action's image, built from the project's
# Dockerfile with rootful podman (no Docker engine or registry needed:
# tests/container/podman.sh makes a Debian bookworm base with debootstrap)
# and run the way the GitHub runner runs it (--workdir /github/workspace,
# workspace and file-command files mounted, INPUT_*, --network none) on the
# approve / flag / reject / bad-input cases of tests/container/cases.sh.
# Also: the final image holds no compiler, and its size is printed.
# Skipped (77) when WG_SKIP_CONTAINER=1, or podman cannot be had (not
# installed and not installable), or the base image cannot be made (no
# Debian mirror), or podman cannot start even the base image here.
# Time is bounded: WG_CONTAINER_TIMEOUT seconds (1100).
set -uo pipefail
: "${WG_SRC:?}" "${WAT2WASM:?}"
[ "${WG_SKIP_CONTAINER:-0}" = 1 ] && { echo "SKIP: WG_SKIP_CONTAINER=1"; exit 77; }
command -v node >/dev/null || { echo "SKIP: node is needed to read JSON"; exit 77; }
P="$WG_SRC/tests/container/podman.sh"
export WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
export CONTAINERS_CONF=$WG_CACHE_DIR/podman/containers.conf
IMAGE=localhost/wasmgate-action:test
deadline=$(($(date +%s) + ${WG_CONTAINER_TIMEOUT:-1100}))
left() { local s=$((deadline - $(date +%s))); echo $((s > 10 ? s : 10)); }

"$P" check || { echo "SKIP: podman/runc/debootstrap missing and not installable"; exit 77; }
timeout "$(left)" "$P" setup || { echo "SKIP: podman setup failed"; exit 77; }
timeout "$(left)" "$P" base || { echo "SKIP: cannot make the Debian base image with debootstrap (no mirror, or no mknod here as inside a container)"; exit 77; }
# Whether podman can start any container here is the machine's business, not
# the Dockerfile's: inside another container it often cannot (no overlay
# mount, no /dev/fuse).  A build that fails after this probe is a failure.
timeout "$(left)" "$P" probe || { echo "SKIP: podman cannot start a container here (inside a container: no overlay or fuse)"; exit 77; }

t0=$(date +%s)
# A lock: two test runs must not build the same tag at once.
if ! (flock 9; timeout "$(left)" "$P" build "$WG_SRC" "$IMAGE" >/dev/null) 9>"$WG_CACHE_DIR/podman/.build.lock"; then
	echo "FAIL: the image does not build (log: $WG_CACHE_DIR/podman/build.log)"
	exit 1
fi
size=$("$P" size "$IMAGE")
base=$(podman image inspect -f '{{.Size}}' docker.io/library/debian:bookworm-slim 2>/dev/null || echo 0)
echo "image $IMAGE: $size bytes ($((size / 1000000)) MB; base bookworm-slim here $((base / 1000000)) MB, wasmgate layers $(((size - base) / 1000000)) MB), built in $(($(date +%s) - t0)) s"

status=0
if podman run --rm --network none --entrypoint sh "$IMAGE" -c 'command -v cc gcc g++ clang cmake make c++' >/dev/null 2>&1; then
	echo "FAIL: the final image holds a compiler or build tool"; status=1
else
	echo "ok   no compiler in the image"
fi
ver=$(podman run --rm --network none --entrypoint wasmgate "$IMAGE" --version 2>&1)
[[ $ver == wasmgate* ]] && echo "ok   $ver" || { echo "FAIL: wasmgate --version in the image: $ver"; status=1; }

# The same image is a plain CLI (entry point wasmgate, default command
# action), also as the non-root user against a read-only workspace.
podman run --rm --network none "$IMAGE" audit --help 2>&1 | grep -q '^usage: wasmgate audit' &&
	echo "ok   the image runs 'audit --help'" || { echo "FAIL: 'audit --help' in the image"; status=1; }
CLI_WS=$(mktemp -d "${TMPDIR:-/tmp}/wg-cli.XXXXXX")
printf '(module (memory (export "memory") 1 1) (func (export "run")))\n' >"$CLI_WS/p.wat"
"$WAT2WASM" "$CLI_WS/p.wat" -o "$CLI_WS/plugin.wasm" && chmod -R a+rX "$CLI_WS"
out=$(podman run --rm --network none --user wasmgate -v "$CLI_WS:/w:ro" -w /w "$IMAGE" audit plugin.wasm 2>&1)
[[ $out == *APPROVE* ]] && echo "ok   non-root 'audit' of a read-only workspace" ||
	{ echo "FAIL: non-root audit in the image: $out"; status=1; }
[ "$(podman run --rm --network none --user wasmgate --entrypoint id "$IMAGE" -u)" = 1001 ] &&
	echo "ok   user wasmgate is uid 1001" || { echo "FAIL: no wasmgate user (uid 1001) in the image"; status=1; }
rm -rf "$CLI_WS"

timeout "$(left)" "$WG_SRC/tests/container/smoke.sh" "$IMAGE" podman || status=1
exit $status
