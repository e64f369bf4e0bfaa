#!/usr/bin/env bash
# version.sh - `wasmgate --version`: first line "wasmgate X.Y.Z" with the
# version of project(VERSION) in CMakeLists.txt (and of the generated
# version.h), then the linked libraries: wabt (static, the version of the
# wabt tools installed with it), binaryen ("(shared)" when the binary loads
# libbinaryen, "(wasmgate-build)" when the executable of `wasmgate build`
# beside it does, else "not linked") and libsodium (pkg-config's version).
# The audit binary itself must not load binaryen, libcurl, libmicrohttpd,
# SQLite or libpq (they are for build, control and runtime).
set -uo pipefail
: "${WG_SRC:?}" "${WG_BUILD:?}" "${WASMGATE:?}"
source "$WG_SRC/tests/integration/lib/check.sh"

want=$(sed -nE 's/^project\(wasmgate VERSION ([0-9]+\.[0-9]+\.[0-9]+).*/\1/p' "$WG_SRC/CMakeLists.txt")
[[ $want =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "FAIL: no project(VERSION) in CMakeLists.txt"; exit 1; }
mapfile -t v < <("$WASMGATE" --version)
[ "${v[0]-}" = "wasmgate $want" ] && ok "line 1: ${v[0]}" || bad "line 1 '${v[0]-}', want 'wasmgate $want'"
grep -q "#define WG_VERSION \"$want\"" "$WG_BUILD/include/wasmgate/version.h" &&
	ok "version.h says $want" || bad "version.h does not say $want"
[ "$("$WASMGATE" version)" = "$(printf '%s\n' "${v[@]}")" ] && ok "'version' = '--version'" || bad "'version' differs"

wabt=$(wat2wasm --version 2>/dev/null)
[ "${v[1]-}" = "wabt $wabt (static)" ] && ok "line 2: ${v[1]}" || bad "line 2 '${v[1]-}', want 'wabt $wabt (static)'"
# (ldd's output read whole first: `ldd | grep -q` under pipefail fails when
# grep stops reading early and ldd gets SIGPIPE)
libs=$(ldd "$WASMGATE")
helper=$(dirname "$WASMGATE")/wasmgate-build
if grep -q libbinaryen <<<"$libs"; then
	[[ ${v[2]-} =~ ^binaryen\ [0-9]+.*\(shared\)$ ]] && ok "line 3: ${v[2]}" || bad "line 3 '${v[2]-}' (libbinaryen linked)"
elif [ -x "$helper" ] && grep -q libbinaryen <<<"$(ldd "$helper")"; then
	[[ ${v[2]-} =~ ^binaryen\ [0-9]+.*\(wasmgate-build\)$ ]] && ok "line 3: ${v[2]}" || bad "line 3 '${v[2]-}' (wasmgate-build links libbinaryen)"
else
	[ "${v[2]-}" = "binaryen not linked" ] && ok "line 3: ${v[2]}" || bad "line 3 '${v[2]-}' (libbinaryen not linked)"
fi
sodium=$(pkg-config --modversion libsodium)
[ "${v[3]-}" = "libsodium $sodium" ] && ok "line 4: ${v[3]}" || bad "line 4 '${v[3]-}', want 'libsodium $sodium'"
[ "${#v[@]}" = 4 ] && ok "4 lines" || bad "${#v[@]} lines"
for lib in libbinaryen libcurl libmicrohttpd libsqlite3 libpq; do
	grep -q "$lib" <<<"$libs" && bad "wasmgate loads $lib (an audit does not need it)" || ok "wasmgate does not load $lib"
done
check_done
