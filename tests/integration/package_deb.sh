#!/usr/bin/env bash
# package_deb.sh - what a release installs, from this build tree:
#   1. `cmake --install` into a DESTDIR: the file list, per component (cli:
#      binary, every bundled rules file, man page, completion; dev: headers,
#      libwasmgate.a, wasmgate.pc, CMake package; shlib: libwasmgate.so),
#      nothing else;
#   2. cpack's two .deb files: control fields (`dpkg-deb -I`: names,
#      version = project(VERSION), library dependencies computed by
#      dpkg-shlibdeps), contents (`dpkg-deb -c`: root-owned, split right);
#   3. both unpacked into a throw-away root: the installed binary runs,
#      finds the rules installed beside it (a rejecting default.yml put
#      there changes its decision), the man page renders; a small C
#      program builds against the installed library with `pkg-config
#      --cflags --libs wasmgate` and with find_package(wasmgate), and runs;
#   4. lintian, when installed, on both packages (tags we accept: below).
# Skips (77) without cpack, dpkg-deb, dpkg-shlibdeps or file (CPack's scan).
set -uo pipefail
: "${WG_SRC:?}" "${WG_BUILD:?}" "${WASMGATE:?}" "${WAT2WASM:?}"
source "$WG_SRC/tests/integration/lib/check.sh"
grep -q '^WG_SANITIZE:BOOL=ON' "$WG_BUILD/CMakeCache.txt" &&
	{ echo "SKIP: a sanitizer build is not what gets packaged"; exit 77; }
for t in cpack dpkg-deb dpkg-shlibdeps file pkg-config cc; do
	command -v $t >/dev/null || { echo "SKIP: $t not installed"; exit 77; }
done
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-deb.XXXXXX")
trap 'rm -rf "$T"' EXIT
ver=$("$WASMGATE" --version | sed -n '1s/^wasmgate //p')
arch=$(dpkg --print-architecture)
libdir=$(sed -n 's/^CMAKE_INSTALL_LIBDIR:PATH=//p' "$WG_BUILD/CMakeCache.txt")
libdir=${libdir:-lib}

# --- 1. DESTDIR install, per component
files() { (cd "$1" && find . -type f -o -type l | sed 's|^\./||' | sort); }
rules=$(cd "$WG_SRC/rules" && ls *.yml README.md | sed 's|^|usr/share/wasmgate/rules/|')
helpers="build control runtime"   # wasmgate-<cmd> in libexec/wasmgate (engine/cli/main.c)
want_cli=$(printf '%s\n' usr/bin/wasmgate $(for h in $helpers; do echo usr/libexec/wasmgate/wasmgate-$h; done) usr/share/man/man1/wasmgate.1.gz \
	usr/share/bash-completion/completions/wasmgate usr/share/doc/wasmgate/changelog.gz usr/share/doc/wasmgate/CHANGELOG.md $rules | sort)
want_dev=$( (cd "$WG_SRC/engine/include" && ls wasmgate/*.h | sed 's|^|usr/include/|'
	echo usr/include/wasmgate/version.h; echo usr/share/doc/libwasmgate-dev/changelog.gz
	echo "usr/$libdir/libwasmgate.a"; echo "usr/$libdir/pkgconfig/wasmgate.pc"
	echo "usr/$libdir/cmake/wasmgate/wasmgateConfig.cmake"
	echo "usr/$libdir/cmake/wasmgate/wasmgateConfigVersion.cmake") | sort -u)
# shlib (libwasmgate.so, WG_SHARED_LIB): installed by `cmake --install`, in no .deb
want_shlib=$(printf '%s\n' "usr/$libdir/libwasmgate.so" "usr/$libdir/libwasmgate.so.${ver%%.*}" "usr/$libdir/libwasmgate.so.$ver")
comps="cli dev"
grep -q '^WG_SHARED_LIB:BOOL=ON' "$WG_BUILD/CMakeCache.txt" && comps+=" shlib"
for comp in $comps; do
	DESTDIR=$T/dest-$comp cmake --install "$WG_BUILD" --prefix /usr --component $comp >/dev/null 2>"$T/install.err" ||
		{ bad "cmake --install --component $comp: $(cat "$T/install.err")"; continue; }
	want=want_$comp
	if diff <(printf '%s\n' "${!want}") <(files "$T/dest-$comp") >"$T/diff"; then
		ok "DESTDIR install, component $comp: $(files "$T/dest-$comp" | wc -l) files as expected"
	else
		bad "DESTDIR install, component $comp (< expected, > installed):"; cat "$T/diff"
	fi
done

# --- 2. the .deb files
(cd "$T" && cpack --config "$WG_BUILD/CPackConfig.cmake" -G DEB -B "$T/pkg" \
	-D CPACK_PACKAGING_INSTALL_PREFIX=/usr >"$T/cpack.log" 2>&1) ||
	{ cat "$T/cpack.log"; echo "FAIL: cpack"; exit 1; }
CLI=$T/pkg/wasmgate_${ver}_$arch.deb
DEV=$T/pkg/libwasmgate-dev_${ver}_$arch.deb
[ -f "$CLI" ] && [ -f "$DEV" ] && ok "cpack made $(basename "$CLI") and $(basename "$DEV")" ||
	{ ls "$T/pkg"; echo "FAIL: .deb files missing"; exit 1; }
field() { dpkg-deb -f "$1" "$2"; }
[ "$(field "$CLI" Package)" = wasmgate ] && [ "$(field "$DEV" Package)" = libwasmgate-dev ] &&
	ok "package names" || bad "package names: $(field "$CLI" Package), $(field "$DEV" Package)"
[ "$(field "$CLI" Version)" = "$ver" ] && [ "$(field "$DEV" Version)" = "$ver" ] &&
	ok "version $ver in both" || bad "versions $(field "$CLI" Version) $(field "$DEV" Version), want $ver"
[ "$(field "$CLI" Architecture)" = "$arch" ] && ok "architecture $arch" || bad "architecture $(field "$CLI" Architecture)"
# the CLI's dependencies: one package per shared library it links itself
# (its DT_NEEDED entries, resolved by ldd -> dpkg -S); what those libraries
# pull in is their packages' business
deps=$(field "$CLI" Depends)
for exe in "$WASMGATE" $(for h in $helpers; do echo "$(dirname "$WASMGATE")/wasmgate-$h"; done); do
needed=$(objdump -p "$exe" | awk '$1 == "NEEDED" { print $2 }')
for lib in $(ldd "$exe" | awk '$2 == "=>" && $3 ~ /^\// { print $1, $3 }' |
	     while read -r soname path; do grep -qxF "$soname" <<<"$needed" && echo "$path"; done); do
	pkg=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null || dpkg -S "$lib" 2>/dev/null)
	pkg=${pkg%%:*}
	[ -n "$pkg" ] || continue
	[[ ", $deps," == *", $pkg ("* || ", $deps," == *", $pkg,"* ]] && ok "Depends names $pkg (for $(basename "$lib"))" ||
		bad "Depends lacks $pkg (for $lib): $deps"
done
done
for p in libjansson-dev libyaml-dev libsodium-dev nettle-dev wabt; do
	[[ ", $(field "$DEV" Depends)," == *", $p"[,\ ]* ]] && ok "libwasmgate-dev depends on $p" ||
		bad "libwasmgate-dev Depends lacks $p: $(field "$DEV" Depends)"
done
[ -n "$(field "$CLI" Description)" ] && [ "$(field "$CLI" Section)" = utils ] && [ "$(field "$DEV" Section)" = libdevel ] &&
	ok "description and sections" || bad "description / sections"
debfiles() { dpkg-deb -c "$1" | awk '$6 !~ /\/$/ { print $6 }' | sed 's|^\./||' | sort; }
diff <(printf '%s\n' "$want_cli") <(debfiles "$CLI") >"$T/diff" && ok "wasmgate.deb holds the cli files" ||
	{ bad "wasmgate.deb contents:"; cat "$T/diff"; }
diff <(printf '%s\n' "$want_dev") <(debfiles "$DEV") >"$T/diff" && ok "libwasmgate-dev.deb holds the dev files" ||
	{ bad "libwasmgate-dev.deb contents:"; cat "$T/diff"; }
listing=$(dpkg-deb -c "$CLI"; dpkg-deb -c "$DEV")
owners=$(printf '%s\n' "$listing" | awk '{ print $2 }' | sort -u | tr '\n' ' ')
[ "$owners" = "root/root " ] && ok "every file root/root" || bad "owners: $owners"
modes=$(printf '%s\n' "$listing" | awk '{ print $1 }' | sort -u | tr '\n' ' ')
[[ $modes =~ ^((drwxr-xr-x|-rw-r--r--|-rwxr-xr-x|lrwxrwxrwx)\ )+$ ]] && ok "modes: $modes" || bad "modes: $modes"

# --- 3. unpacked into a throw-away root
R=$T/root
dpkg-deb -x "$CLI" "$R" && dpkg-deb -x "$DEV" "$R" || { echo "FAIL: dpkg-deb -x"; exit 1; }
W=$R/usr/bin/wasmgate
[ "$(env -u WASMGATE_RULES_DIR "$W" --version | head -1)" = "wasmgate $ver" ] && ok "installed wasmgate --version" ||
	bad "installed wasmgate --version: $("$W" --version 2>&1 | head -1)"
for h in $helpers; do
	"$W" $h --help >"$T/h" 2>&1 && grep -q "^usage: wasmgate $h" "$T/h" && ok "installed 'wasmgate $h' runs libexec/wasmgate/wasmgate-$h" ||
		bad "installed 'wasmgate $h --help': $(head -c 300 "$T/h")"
done
printf '(module (import "env" "log" (func (param i32))) (memory (export "memory") 1 1) (func (export "run") i32.const 1 call 0))\n' >"$T/p.wat"
"$WAT2WASM" "$T/p.wat" -o "$T/plugin.wasm" || { echo "FAIL: wat2wasm"; exit 1; }
(cd "$T" && env -u WASMGATE_RULES_DIR "$W" audit --fail-on never plugin.wasm >"$T/a1" 2>&1)
grep -q 'APPROVE' "$T/a1" && ok "installed binary approves an env-only plugin with the installed rules" ||
	bad "installed audit: $(cat "$T/a1")"
cat >"$R/usr/share/wasmgate/rules/default.yml" <<'YML'
version: 1
name: installed-test
imports:
  deny: ["env.*"]
YML
(cd "$T" && env -u WASMGATE_RULES_DIR "$W" audit --fail-on never plugin.wasm >"$T/a2" 2>&1)
grep -q 'REJECT' "$T/a2" && grep -q 'WG1001' "$T/a2" && ok "it reads default.yml from <prefix>/share/wasmgate/rules" ||
	bad "a rejecting installed default.yml did not reject: $(cat "$T/a2")"
if command -v man >/dev/null; then
	MANWIDTH=100 LC_ALL=C man -l "$R/usr/share/man/man1/wasmgate.1.gz" 2>/dev/null | grep -q 'wasmgate audit' &&
		ok "man -l of the installed page" || bad "installed man page does not render"
fi
bash -c 'source "$1" && complete -p wasmgate' _ "$R/usr/share/bash-completion/completions/wasmgate" >/dev/null 2>&1 &&
	ok "installed completion loads" || bad "installed completion does not load"

cat >"$T/prog.c" <<'C'
#include <stdio.h>
#include <string.h>
#include <wasmgate/module.h>
#include <wasmgate/version.h>
int main(int argc, char **argv)
{
	wg_module *m = NULL;
	if (argc != 2 || strcmp(wg_version(), WG_VERSION) != 0)
		return 3;
	if (wg_module_read_file(argv[1], NULL, &m) != 0)
		return 2;
	printf("%s %s imports=%zu\n", WG_VERSION, wg_module_status_name(m->status), m->num_imports);
	wg_module_free(m);
	return 0;
}
C
export PKG_CONFIG_PATH=$R/usr/$libdir/pkgconfig
if flags=$(pkg-config --cflags --libs wasmgate 2>"$T/pc.err"); then
	# shellcheck disable=SC2086
	if cc -o "$T/prog" "$T/prog.c" $flags 2>"$T/cc.err"; then
		out=$("$T/prog" "$T/plugin.wasm")
		[ "$out" = "$ver ok imports=1" ] && ok "pkg-config build: $out" || bad "pkg-config program printed '$out'"
	else
		bad "cc with pkg-config flags ($flags): $(head -5 "$T/cc.err")"
	fi
else
	bad "pkg-config wasmgate: $(cat "$T/pc.err")"
fi
mkdir -p "$T/cm"
cat >"$T/cm/CMakeLists.txt" <<'CM'
cmake_minimum_required(VERSION 3.18)
project(usewg C CXX)
find_package(wasmgate 0.1 CONFIG REQUIRED)
add_executable(prog ../prog.c)
target_link_libraries(prog PRIVATE wasmgate::wasmgate)
CM
if cmake -S "$T/cm" -B "$T/cm/b" -DCMAKE_PREFIX_PATH="$R/usr" >"$T/cm.log" 2>&1 &&
	cmake --build "$T/cm/b" >>"$T/cm.log" 2>&1; then
	out=$("$T/cm/b/prog" "$T/plugin.wasm")
	[ "$out" = "$ver ok imports=1" ] && ok "find_package(wasmgate) build: $out" || bad "CMake program printed '$out'"
else
	bad "find_package(wasmgate) build:"; tail -15 "$T/cm.log"
fi

# --- 4. lintian (Debian's package checker), when installed: no error and
# no warning but these: no copyright file (the project has not chosen a
# license yet), and wasmgate.pc outside the multiarch libdir (this build's
# prefix is not /usr; the release build's is).
if command -v lintian >/dev/null; then
	accept=no-copyright-file,pkg-config-unavailable-for-cross-compilation
	if lintian --tag-display-limit 0 --suppress-tags "$accept" "$CLI" "$DEV" >"$T/lintian" 2>&1 &&
		! grep -qE '^[EW]:' "$T/lintian"; then
		ok "lintian: no errors or warnings (accepted: $accept)"
	else
		bad "lintian:"; cat "$T/lintian"
	fi
else
	echo "skip lintian: not installed"
fi
check_done
