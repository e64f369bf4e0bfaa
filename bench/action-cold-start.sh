#!/usr/bin/env bash
# action-cold-start.sh - how long a runner takes to get the action's image
# before it can run it, both ways this project ships it (rootful podman,
# offline, base image from tests/container/podman.sh):
#   main      `image: Dockerfile`: the runner builds the image every job
#             (here: podman build --no-cache of this tree);
#   release   `image: docker://...@sha256:...`: the runner pulls a prebuilt
#             image (here: podman load of the same image saved to a file,
#             a pull without the network).
# Prints both times, their ratio and the image size.  Information, not a
# test.  Usage: bench/action-cold-start.sh   (about as long as one build)
set -euo pipefail
SRC=$(cd "$(dirname "$0")/.." && pwd)
P=$SRC/tests/container/podman.sh
export WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
export CONTAINERS_CONF=$WG_CACHE_DIR/podman/containers.conf
TAG=localhost/wasmgate-bench:cold
"$P" check && "$P" setup && "$P" base && "$P" probe || { echo "bench: podman cannot run here" >&2; exit 2; }
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-cold.XXXXXX")
trap 'rm -rf "$T"; podman rmi -f "$TAG" >/dev/null 2>&1 || true' EXIT
now() { date +%s.%N; }

t0=$(now)
podman build --pull=never --no-cache -q -t "$TAG" "$SRC" >"$T/build.log" 2>&1 || { tail -20 "$T/build.log"; exit 1; }
t1=$(now)
podman save -q -o "$T/image.tar" "$TAG" >/dev/null
podman rmi -f "$TAG" >/dev/null
t2=$(now)
podman load -q -i "$T/image.tar" >/dev/null
podman run --rm --network none "$TAG" --version >/dev/null
t3=$(now)
size=$(podman image inspect -f '{{.Size}}' "$TAG")
awk -v b="$t0 $t1" -v l="$t2 $t3" -v s="$size" -v tar="$(stat -c %s "$T/image.tar")" 'BEGIN {
	split(b, x, " "); b = x[2] - x[1]; split(l, y, " "); l = y[2] - y[1]
	printf "build from the Dockerfile (main):   %7.1f s\n", b
	printf "load the prebuilt image + run:      %7.1f s\n", l
	printf "ratio build / load:                 %7.1fx\n", b / l
	printf "image: %.1f MB (saved archive %.1f MB)\n", s / 1e6, tar / 1e6
}'
