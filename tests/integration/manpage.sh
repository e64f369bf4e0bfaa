#!/usr/bin/env bash
# manpage.sh - wasmgate(1) as the build generates it ($WG_BUILD/man):
# groff renders it without a warning, `man -l` shows it, and it holds every
# command `wasmgate --help` lists, each with every line of its own --help
# (so the page cannot drift from the binary).  Then scripts/gen-manpage.sh
# on a stand-in binary with one more command ("frob"): the new command is
# in the page with nothing else edited; a binary listing no commands is
# refused and leaves no file.
set -uo pipefail
: "${WG_SRC:?}" "${WG_BUILD:?}" "${WASMGATE:?}"
source "$WG_SRC/tests/integration/lib/check.sh"
command -v groff >/dev/null || { echo "SKIP: groff not installed"; exit 77; }
MAN=$WG_BUILD/man/wasmgate.1
[ -f "$MAN" ] && [ -f "$MAN.gz" ] || { echo "FAIL: $MAN(.gz) not built"; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-man.XXXXXX")
trap 'rm -rf "$T"' EXIT

render() { LC_ALL=C groff -man -Tascii -P-c -P-b -P-u "$1" 2>"$T/groff.err"; }
squash() { sed -E 's/[[:space:]]+/ /g; s/^ //; s/ $//'; }

render "$MAN" >"$T/page.txt"
[ ! -s "$T/groff.err" ] && LC_ALL=C groff -man -ww -z "$MAN" 2>&1 | { ! grep -q .; } &&
	ok "groff renders it without warnings" || bad "groff warnings: $(cat "$T/groff.err")"
if command -v man >/dev/null; then
	MANWIDTH=100 LC_ALL=C man -l "$MAN.gz" 2>/dev/null | grep -q '^NAME' && ok "man -l shows the .gz" ||
		bad "man -l does not show $MAN.gz"
fi
cmp -s <(gzip -dc "$MAN.gz") "$MAN" && ok ".gz is the same page" || bad ".gz differs from the page"

# every command of --help, with its whole --help text
mapfile -t cmds < <("$WASMGATE" --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z0-9-]*\)  *.*/\1/p')
[ "${#cmds[@]}" -ge 7 ] || bad "only ${#cmds[@]} commands in wasmgate --help"
squash <"$T/page.txt" >"$T/page.sq"
for c in "${cmds[@]}"; do
	grep -q "^ *wasmgate $c\$" "$T/page.txt" || { bad "no section 'wasmgate $c'"; continue; }
	missing=0
	while IFS= read -r line; do
		[ -z "$line" ] || grep -qxF -- "$line" "$T/page.sq" || { missing=$((missing + 1)); echo "  missing: $line"; }
	done < <("$WASMGATE" "$c" --help 2>&1 | squash)
	[ $missing = 0 ] && ok "wasmgate $c: section with all of its --help" || bad "wasmgate $c: $missing lines of --help missing"
done
grep -q "wasmgate $("$WASMGATE" --version | sed -n '1s/^wasmgate //p')" "$T/page.txt" &&
	ok "the page names the version" || bad "version not in the page"

# a command added to the binary appears without editing anything else
cat >"$T/fake" <<'SH'
#!/bin/sh
case "$1 $2" in
"--version ") echo "wasmgate 9.8.7" ;;
"--help "*) printf 'usage: wasmgate COMMAND\n\ncommands:\n  audit    audit things\n  frob     frobnicate a .wasm\n\nmore\n' ;;
"audit --help") echo "usage: wasmgate audit FILE" ;;
"frob --help") printf 'usage: wasmgate frob [--level N] FILE\n.dot and \\backslash -dash\n' ;;
*) exit 2 ;;
esac
SH
chmod +x "$T/fake"
if sh "$WG_SRC/scripts/gen-manpage.sh" "$T/fake" "$T/fake.1"; then
	render "$T/fake.1" >"$T/fake.txt"
	grep -q '^ *wasmgate frob$' "$T/fake.txt" && grep -q 'usage: wasmgate frob \[--level N\] FILE' "$T/fake.txt" &&
		ok "a new command gets its section" || bad "the new command is not in the page"
	grep -q '^ *\.dot and \\backslash -dash$' "$T/fake.txt" && ok "roff characters in help print as text" ||
		bad "help text with . \\ - is mangled: $(grep -n dot "$T/fake.txt")"
else
	bad "gen-manpage.sh failed on the stand-in binary"
fi
printf '#!/bin/sh\necho "wasmgate 1.0.0"\n' >"$T/empty"; chmod +x "$T/empty"
if sh "$WG_SRC/scripts/gen-manpage.sh" "$T/empty" "$T/empty.1" 2>/dev/null; then
	bad "a binary without commands gives a page"
else
	[ ! -e "$T/empty.1" ] && [ -z "$(find "$T" -name 'empty.1.tmp*')" ] && ok "no commands: refused, no file" ||
		bad "no commands: a file was left"
fi
check_done
