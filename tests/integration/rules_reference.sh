#!/usr/bin/env bash
# rules_reference.sh - the rules reference as a reader reaches it:
#   every SARIF rule's helpUri points into rules/README.md at an anchor
#   GitHub makes from one of its headings (slug: lower case, punctuation
#   but '-' and '_' dropped, blanks -> '-'), the section of the rule's key;
#   help.markdown says all help.text says (full description + how to fix);
#   the text report and the job summary say how to fix WG1011 (link with
#   -Wl,--max-memory=N, or -sMAXIMUM_MEMORY for emcc), once per rule.
# (Installed beside the rules: package_deb.sh's file list.)
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
for t in jq "$WAT2WASM"; do command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }; done
. "$WG_SRC/tests/integration/lib/check.sh"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# two memories without a maximum (WG1011 twice), memory.grow (WG1041)
printf '(module (memory (export "memory") 1) (memory 1) (func (export "run") (result i32) (memory.grow (i32.const 1))))' >"$T/m.wat"
"$WAT2WASM" --enable-multi-memory "$T/m.wat" -o "$T/m.wasm" 2>/dev/null ||
	{ printf '(module (memory (export "memory") 1) (func (export "run") (result i32) (memory.grow (i32.const 1))))' >"$T/m.wat"
	  "$WAT2WASM" "$T/m.wat" -o "$T/m.wasm" || exit 2; }

slugs=$(grep -E '^#{1,6} ' "$WG_SRC/rules/README.md" | sed -E 's/^#+ +//' | tr 'A-Z' 'a-z' |
	sed -E 's/[^a-z0-9 _-]//g; s/ /-/g')
"$WASMGATE" audit --sarif - "$T/m.wasm" >"$T/s.json" 2>/dev/null
n=$(jq '.runs[0].tool.driver.rules | length' "$T/s.json")
[ "${n:-0}" -ge 30 ] && ok "$n rules in the SARIF driver" || bad "driver rules: $n"
while IFS=' ' read -r id uri; do
	a=${uri##*#}
	[[ $uri == */blob/main/rules/README.md#* ]] && grep -qxF -- "$a" <<<"$slugs" && continue
	bad "$id: helpUri $uri: no heading with anchor '$a' in rules/README.md"
done < <(jq -r '.runs[0].tool.driver.rules[] | "\(.id) \(.helpUri)"' "$T/s.json")
ok "every helpUri anchor is a heading of rules/README.md"
[ "$(jq -r '.runs[0].tool.driver.rules[] | select(.id == "WG1011") | .helpUri' "$T/s.json" | sed 's/.*#//')" = memory ] &&
	ok "WG1011 -> #memory (the section of memory.require_maximum)" || bad "WG1011 helpUri"
jq -e '.runs[0].tool.driver.rules | all(. as $r | $r.help.markdown == $r.help.text and
	($r.help.markdown | contains($r.fullDescription.text | rtrimstr("."))))' "$T/s.json" >/dev/null &&
	ok "help.markdown holds what help.text does, the full description included" || bad "help.markdown shorter than help.text"

GITHUB_STEP_SUMMARY=$T/sum.md "$WASMGATE" audit --rules default "$T/m.wasm" >"$T/out" 2>&1
[ "$(grep -c 'fix: Declare a maximum: link with `-Wl,--max-memory=N`.*`-sMAXIMUM_MEMORY=N` for emcc' "$T/out")" = 1 ] &&
	ok "text: how to fix WG1011, once" || bad "text fix hint: $(cat "$T/out")"
grep -q '^             fix: Review the use' "$T/out" && ok "text: WG1041 gets its own hint" || bad "no WG1041 hint"
grep -q '^How to fix:$' "$T/sum.md" && grep -q '^- WG1011 memory-no-maximum: Declare a maximum: link with `-Wl,--max-memory=N`' "$T/sum.md" &&
	ok "summary: How to fix WG1011" || bad "summary: $(cat "$T/sum.md")"
check_done
