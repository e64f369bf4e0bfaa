#!/usr/bin/env bash
# waiver_roundtrip.sh - the reviewer's path from flag to approve: the job
# summary of a flagged plugin holds waivers ready to paste; pasted into a
# copy of rules/default.yml in place of its "waivers: []" line, as the
# summary says, they are refused while reason and approved_by are still
# the placeholders, then, filled in, pass `rules check` and the re-audit
# approves, every warning now waived.  The suggested waivers bind to the
# module's sha256, not to a name the pull request chooses: the same bytes
# under another name are approved too (they are the bytes the reviewer
# saw), while other bytes (one more custom section) under the same name stay
# flagged (it used to be the other way round: a waiver bound to the plugin
# name approved any new bytes under that name).  One of
# the plugins imports names full of glob and Markdown characters, which the
# waiver must match literally.  A plugin with 150 warnings gets the first
# 100 waivers and a line counting the rest.
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
W=$(realpath "$WASMGATE")
T=$(mktemp -d "${TMPDIR:-/tmp}/waiver_roundtrip.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
. "${WG_SRC:?}/tests/integration/lib/check.sh"

# grow: no memory maximum (WG1011) and memory.grow (WG1041), both warnings
cat >grow.wat <<'EOF'
(module
  (memory (export "memory") 1)
  (func (export "run") (result i32) (memory.grow (i32.const 1))))
EOF
# odd: imports that no rule lists (WG1002 warnings), named with characters
# that mean something to globs, YAML, JSON and Markdown
cat >odd.wat <<'EOF'
(module
  (import "x*[y]`" "f?\\\"z" (func))
  (import "a:b #c" "-[!]" (func))
  (memory (export "memory") 1 1))
EOF
for p in grow odd; do "$WAT2WASM" "$p.wat" -o "$p.wasm" || exit 2; done

for p in grow odd; do
	rm -f summary.md
	GITHUB_STEP_SUMMARY=$PWD/summary.md "$W" audit --rules "$WG_SRC/rules/default.yml" "$p.wasm" >out.txt 2>&1
	grep -q "FLAG" out.txt && ok "$p: flagged at first" || { bad "$p: not flagged at first"; cat out.txt; continue; }
	warnings=$(sed -n 's/.*FLAG  0 errors, \([0-9]*\) warnings.*/\1/p' out.txt)
	awk '/^```yaml$/ {on = 1; next} /^```$/ {on = 0} on' summary.md >waivers.yml
	n=$(grep -c '^  - rule: ' waivers.yml)
	[ "$n" = "$warnings" ] && ok "$p: $n waiver(s) suggested, one per warning" \
		|| bad "$p: $n waivers suggested for $warnings warnings"
	# as the summary says: the block replaces the line "waivers: []"
	grep -qx 'waivers: \[\]' "$WG_SRC/rules/default.yml" || bad "default.yml has no 'waivers: []' line"
	awk 'FNR == NR {blk = blk $0 "\n"; next} $0 == "waivers: []" {printf "%s", blk; next} 1' \
		waivers.yml "$WG_SRC/rules/default.yml" >"rules-$p.yml"
	# not filled in yet: refused, naming the placeholder
	if "$W" rules check "rules-$p.yml" >check.txt 2>&1; then bad "$p: placeholders passed rules check"
	else grep -q "waivers\[0\].reason: '<why this is acceptable>' still holds a placeholder" check.txt &&
		ok "$p: the unfilled waivers are refused" || { bad "$p: placeholder message"; cat check.txt; }; fi
	sed -i 's/"<why this is acceptable>"/"reviewed: bounded by the host"/; s/"<reviewer>"/"@alice"/' "rules-$p.yml"
	if "$W" rules check "rules-$p.yml" >check.txt 2>&1; then ok "$p: the pasted waivers, filled in, pass rules check"
	else bad "$p: rules check"; cat check.txt; continue; fi
	"$W" audit --rules "rules-$p.yml" "$p.wasm" >out.txt 2>&1
	grep -q "APPROVE  0 errors, 0 warnings, 0 notes, $warnings waived" out.txt \
		&& ok "$p: approved on re-audit, $warnings waived" || { bad "$p: re-audit"; cat out.txt; }
	grep -q "^    sha256: $(sha256sum "$p.wasm" | cut -c1-64) " waivers.yml \
		&& ! grep -q '^    plugin: ' waivers.yml && ok "$p: waivers bind to the sha256" \
		|| bad "$p: waivers do not bind to the module's sha256"
	mkdir -p other && cp "$p.wasm" "other/other-$p.wasm"
	"$W" audit --rules "rules-$p.yml" "other/other-$p.wasm" >out.txt 2>&1
	grep -q "APPROVE" out.txt && ok "$p: the same bytes under another name and path are approved" \
		|| { bad "$p: the same bytes elsewhere are not approved"; cat out.txt; }
	mkdir -p changed && { cat "$p.wasm"; printf '\0\5\4note'; } >"changed/$p.wasm"
	"$W" audit --rules "rules-$p.yml" "changed/$p.wasm" >out.txt 2>&1
	grep -q "FLAG" out.txt && ok "$p: other bytes under the same name stay flagged" \
		|| { bad "$p: the waivers approve other bytes"; cat out.txt; }
done
# Many warnings: the first 100 waivers are written out, then one line
# says how many more there are (the summary stays readable and small).
{ echo '(module'; for i in $(seq 150); do echo "  (import \"m$i\" \"f\" (func))"; done
  echo '  (memory (export "memory") 1 1))'; } >many.wat
"$WAT2WASM" many.wat -o many.wasm || exit 2
rm -f summary.md
GITHUB_STEP_SUMMARY=$PWD/summary.md "$W" audit --rules "$WG_SRC/rules/default.yml" many.wasm >out.txt 2>&1
n=$(awk '/^```yaml$/ {on = 1; next} /^```$/ {on = 0} on' summary.md | grep -c '^  - rule: ')
[ "$n" = 100 ] && grep -q '^  # \.\.\. and 50 more warnings' summary.md \
	&& ok "many: 100 waivers written out, then '... and 50 more'" || bad "many: $n waivers, no '50 more' line"
check_done
