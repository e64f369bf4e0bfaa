#!/usr/bin/env bash
# package_install.sh - the .deb files as a user installs them: cpack's
# wasmgate and libwasmgate-dev, `apt-get install ./wasmgate_*.deb
# ./libwasmgate-dev_*.deb` in a bare Debian bookworm container (rootful
# podman, base image from tests/container/podman.sh), then inside it:
# `wasmgate --version`, `man wasmgate`, the completion lazy-loaded by
# bash-completion, an audit of a plugin, and a small C program built with
# `pkg-config --cflags --libs wasmgate` that runs.
# Skipped (77) when WG_SKIP_CONTAINER=1, without cpack/podman/a base image,
# or when the container cannot reach a Debian mirror (apt-get update).
set -uo pipefail
: "${WG_SRC:?}" "${WG_BUILD:?}" "${WASMGATE:?}" "${WAT2WASM:?}"
[ "${WG_SKIP_CONTAINER:-0}" = 1 ] && { echo "SKIP: WG_SKIP_CONTAINER=1"; exit 77; }
grep -q '^WG_SANITIZE:BOOL=ON' "$WG_BUILD/CMakeCache.txt" &&
	{ echo "SKIP: a sanitizer build is not what gets packaged"; exit 77; }
for t in cpack dpkg-shlibdeps file; do command -v $t >/dev/null || { echo "SKIP: no $t"; exit 77; }; done
source "$WG_SRC/tests/integration/lib/check.sh"
P="$WG_SRC/tests/container/podman.sh"
export WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
export CONTAINERS_CONF=$WG_CACHE_DIR/podman/containers.conf
"$P" check || { echo "SKIP: podman/runc/debootstrap missing and not installable"; exit 77; }
timeout 600 "$P" setup || { echo "SKIP: podman setup failed"; exit 77; }
timeout 600 "$P" base || { echo "SKIP: cannot make the Debian base image"; exit 77; }
timeout 120 "$P" probe || { echo "SKIP: podman cannot start a container here"; exit 77; }

T=$(mktemp -d "${TMPDIR:-/tmp}/wg-debinst.XXXXXX")
trap 'rm -rf "$T"' EXIT
ver=$("$WASMGATE" --version | sed -n '1s/^wasmgate //p')
(cd "$T" && cpack --config "$WG_BUILD/CPackConfig.cmake" -G DEB -B "$T/pkg" \
	-D CPACK_PACKAGING_INSTALL_PREFIX=/usr >"$T/cpack.log" 2>&1) || { cat "$T/cpack.log"; echo "FAIL: cpack"; exit 1; }
mkdir -p "$T/w" && cp "$T"/pkg/*.deb "$T/w/"
printf '(module (import "env" "log" (func (param i32))) (memory (export "memory") 1 1) (func (export "run") i32.const 1 call 0))\n' >"$T/p.wat"
"$WAT2WASM" "$T/p.wat" -o "$T/w/plugin.wasm" || { echo "FAIL: wat2wasm"; exit 1; }
cat >"$T/w/prog.c" <<'C'
#include <stdio.h>
#include <wasmgate/module.h>
#include <wasmgate/version.h>
int main(int argc, char **argv)
{
	wg_module *m = NULL;
	if (argc != 2 || wg_module_read_file(argv[1], NULL, &m) != 0)
		return 2;
	printf("%s %s imports=%zu\n", wg_version(), wg_module_status_name(m->status), m->num_imports);
	wg_module_free(m);
	return 0;
}
C
cat >"$T/w/inside.sh" <<'SH'
set -u
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/tmp/apt.log 2>&1 || { echo "no mirror"; exit 77; }
cd /w
apt-get install -y -qq --no-install-recommends ./wasmgate_*.deb ./libwasmgate-dev_*.deb \
	man-db bash-completion gcc g++ pkg-config >/tmp/apt.log 2>&1 || { tail -20 /tmp/apt.log; echo "RESULT install failed"; exit 1; }
echo "RESULT installed"
echo "RESULT version $(wasmgate --version | head -1)"
MANWIDTH=100 man wasmgate 2>/dev/null | grep -q 'wasmgate audit' && echo "RESULT man ok"
bash -c '. /usr/share/bash-completion/bash_completion; __load_completion wasmgate; complete -p wasmgate' >/dev/null 2>&1 &&
	echo "RESULT completion ok"
cp plugin.wasm /tmp/ && (cd /tmp && wasmgate audit plugin.wasm) | grep -q APPROVE && echo "RESULT audit ok"
cc -o /tmp/prog prog.c $(pkg-config --cflags --libs wasmgate) 2>/tmp/cc.log && echo "RESULT prog $(/tmp/prog plugin.wasm)" ||
	{ cat /tmp/cc.log; echo "RESULT prog failed"; }
SH
chmod -R a+rX "$T/w"
timeout 900 podman run --rm -v "$T/w:/w:ro" localhost/debian:bookworm bash /w/inside.sh >"$T/out" 2>&1
rc=$?
[ $rc = 77 ] && { echo "SKIP: the container reaches no Debian mirror"; exit 77; }
res() { grep -q "^RESULT $1" "$T/out"; }
res installed && ok "apt-get install ./wasmgate_${ver}_*.deb ./libwasmgate-dev_*.deb" || { cat "$T/out"; bad "apt-get install"; }
res "version wasmgate $ver" && ok "wasmgate --version: $ver" || bad "wasmgate --version in the container"
res "man ok" && ok "man wasmgate" || bad "man wasmgate"
res "completion ok" && ok "bash-completion loads wasmgate's completion" || bad "completion not loaded"
res "audit ok" && ok "an audit approves the env-only plugin" || bad "audit in the container"
res "prog $ver ok imports=1" && ok "C program via pkg-config: $(sed -n 's/^RESULT prog //p' "$T/out")" ||
	bad "C program: $(grep -A5 'prog' "$T/out" | head -8)"
check_done
