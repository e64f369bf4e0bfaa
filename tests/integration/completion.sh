#!/usr/bin/env bash
# completion.sh - the bash completion the build generates
# ($WG_BUILD/completion/wasmgate), sourced in bash and asked with
# COMP_WORDS / COMP_CWORD as bash asks it: commands, every long option of
# each command's --help, option values (files, directories, a|b|c), rule
# ids (`wasmgate rules list`), sub-commands and files.  Then
# gen-completion.sh on a stand-in binary with a new command.
set -uo pipefail
: "${WG_SRC:?}" "${WG_BUILD:?}" "${WASMGATE:?}"
source "$WG_SRC/tests/integration/lib/check.sh"
COMP=$WG_BUILD/completion/wasmgate
[ -f "$COMP" ] || { echo "FAIL: $COMP not built"; exit 1; }
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-comp.XXXXXX")
trap 'rm -rf "$T"' EXIT
mkdir -p "$T/ws/plugins" "$T/ws/out"
touch "$T/ws/plugin.wasm" "$T/ws/rules.yml" "$T/ws/ws.key"

# complete FILE WORDS...: the sorted candidates for the last word (one per line)
complete_words() {
	local file=$1; shift
	(cd "$T/ws" && bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1));
		_wasmgate; printf "%s\n" "${COMPREPLY[@]}"' _ "$file" "$@") | sed '/^$/d' | sort
}
expect() {   # expect "WORDS" "CANDIDATES" (space separated, any order)
	local got want
	read -ra w <<<"$1"; [[ $1 == *' ' ]] && w+=("")
	got=$(complete_words "$COMP" "${w[@]}" | tr '\n' ' ')
	want=$(printf '%s\n' $2 | sed '/^$/d' | sort | tr '\n' ' ')
	[ "$got" = "$want" ] && ok "'$1' -> $2" || bad "'$1' -> '$got', want '$want'"
}

mapfile -t cmds < <("$WASMGATE" --help | sed -n '/^commands:/,/^$/s/^  \([a-z][a-z0-9-]*\)  *.*/\1/p')
expect "wasmgate " "${cmds[*]} --help --version"
expect "wasmgate au" "audit"
expect "wasmgate audit --sa" "--sarif"
expect "wasmgate audit --rules " "out plugins plugin.wasm rules.yml ws.key"
expect "wasmgate audit --rules r" "rules.yml"
expect "wasmgate audit --attest-dir " "out plugins"
expect "wasmgate audit --jobs " ""
expect "wasmgate verify --require " "approve flag any"
expect "wasmgate verify --require f" "flag"
expect "wasmgate rules " "check list"
expect "wasmgate rules check " "out plugins plugin.wasm rules.yml ws.key"
expect "wasmgate inspect p" "plugin.wasm plugins"
expect "wasmgate sign --key w" "ws.key"
ids=$("$WASMGATE" rules list | awk '$1 ~ /^WG100[0-9]$/ { print $1 }' | tr '\n' ' ')
[ -n "$ids" ] && expect "wasmgate audit WG100" "$ids" || bad "no WG100x ids in rules list"

# every long option a command's --help lists on an option line is offered
for c in "${cmds[@]}"; do
	want=$("$WASMGATE" "$c" --help 2>&1 | grep -oE '^ +(-[A-Za-z], )?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+' | sort -u)
	got=$(complete_words "$COMP" wasmgate "$c" --)
	miss=$(comm -23 <(printf '%s\n' $want) <(printf '%s\n' $got) | tr '\n' ' ')
	[ -z "${miss// }" ] && ok "$c: every option of its --help" || bad "$c: options not offered: $miss"
done

# a command added to the binary is completed with nothing else edited
cat >"$T/fake" <<'SH'
#!/bin/sh
case "$1 $2" in
"--version ") echo "wasmgate 9.8.7" ;;
"--help "*) printf 'usage: wasmgate COMMAND\n\ncommands:\n  audit    audit\n  frob     frobnicate\n\n' ;;
"frob --help") printf 'usage: wasmgate frob [--mode fast|slow] [--out DIR] FILE\n\n  --level N   how much\n' ;;
"rules list") printf 'ID NAME\nWG7001 frobbed\n' ;;
*) echo "usage: wasmgate $1" ;;
esac
SH
chmod +x "$T/fake"
if sh "$WG_SRC/scripts/gen-completion.sh" "$T/fake" "$T/fake.bash"; then
	got=$(complete_words "$T/fake.bash" wasmgate "" | tr '\n' ' ')
	[ "$got" = "--help --version audit frob " ] && ok "new command offered" || bad "new command: '$got'"
	got=$(complete_words "$T/fake.bash" wasmgate frob --mode "" | tr '\n' ' ')
	[ "$got" = "fast slow " ] && ok "new command's option values" || bad "new command's --mode: '$got'"
	got=$(complete_words "$T/fake.bash" wasmgate frob --out "" | tr '\n' ' ')
	[ "$got" = "out plugins " ] && ok "new command's DIR option" || bad "new command's --out: '$got'"
	got=$(complete_words "$T/fake.bash" wasmgate frob --l | tr '\n' ' ')
	[ "$got" = "--level " ] && ok "new command's options" || bad "new command's --l: '$got'"
	got=$(complete_words "$T/fake.bash" wasmgate frob WG | tr '\n' ' ')
	[ "$got" = "WG7001 " ] && ok "rule ids from rules list" || bad "rule ids: '$got'"
else
	bad "gen-completion.sh failed on the stand-in binary"
fi
check_done
