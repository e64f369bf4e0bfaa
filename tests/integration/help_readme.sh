#!/usr/bin/env bash
# help_readme.sh - each command's `--help` and README.md's usage block (the
# ```sh block under "## Usage") name the same options: every long option a
# command's --help mentions, and every short option without a long form on
# an option line ("  -q  ..."), appears on that command's lines of the
# block, and every option on those lines appears in its --help.  Drift in
# either direction is one failure per option.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/check.sh"
readme=$WG_SRC/README.md
block=$(awk '/^## Usage/ {u = 1} u && /^```sh/ {b = 1; next} b && /^```/ {exit} b' "$readme")
[ -n "$block" ] || { echo "FAIL: no usage block in README.md"; exit 1; }

# The block's lines for COMMAND: from a "wasmgate COMMAND" line to the next "wasmgate" line.
lines_of() {
	awk -v c="$1" '/^wasmgate / {cur = ($2 == c)} cur' <<<"$block"
}
# Options in text: long ones, and -X short ones (not inside words).
opts_in() {
	grep -oE '(^|[^A-Za-z0-9-])--?[A-Za-z][A-Za-z0-9-]*' | sed -E 's/^[^-]*//' |
		grep -vE '^-(-help|h)$' | sort -u
}
# every command `wasmgate --help` lists (but the action, which reads INPUT_*)
cmds=$("$WASMGATE" --help | awk '/^commands:/ {c = 1; next} c && /^  [a-z]/ {print $1}' | grep -vx action)
[ "$(wc -w <<<"$cmds")" -ge 10 ] || bad "wasmgate --help lists only: $cmds"
for cmd in $cmds; do
	help=$("$WASMGATE" "$cmd" --help 2>&1) || { bad "$cmd --help fails"; continue; }
	# control: the admin commands' help, then the server side's
	[ "$cmd" = control ] && help+=$'\n'$("$WASMGATE" control serve --help 2>&1)
	help=$(sed -E "s/'wasmgate [^']*'//g" <<<"$help")   # another command quoted in prose
	mine=$(lines_of "$cmd")
	[ -n "$mine" ] || { bad "README usage block has no 'wasmgate $cmd' line"; continue; }
	# from --help: long options anywhere; short ones only on option lines without a long form
	want=$( { grep -oE -- '--[a-z][a-z0-9-]*' <<<"$help"
		  grep -E '^ +-[A-Za-z]( |$)' <<<"$help" | grep -v -- '--' | grep -oE '^ +-[A-Za-z]' | tr -d ' '
		} | grep -vE '^-(-help|h)$' | sort -u)
	have=$(opts_in <<<"$mine")
	drift=0
	for o in $want; do
		grep -qxF -- "$o" <<<"$have" || { bad "$cmd: $o is in --help, not in README's usage block"; drift=1; }
	done
	for o in $have; do
		grep -qF -- "$o" <<<"$help" || { bad "$cmd: $o is in README's usage block, not in --help"; drift=1; }
	done
	[ $drift = 0 ] && ok "$cmd: --help and README agree ($(wc -w <<<"$want") options)"
done
check_done
