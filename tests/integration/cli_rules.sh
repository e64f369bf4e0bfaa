#!/usr/bin/env bash
# cli_rules.sh - 'wasmgate rules check' and 'wasmgate rules list' as a user
# runs them: every tests/rules/good file and the bundled rules check ok
# (exit 0, "FILE: ok (rules 'NAME', N waivers)"), every tests/rules/bad file
# fails with exit 2 and exactly one stderr line "FILE:LINE:COL: ..." whose
# position and text are the ones its first line states; 'rules list' shows
# every rule id of the agreed catalogue.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
"$WASMGATE" rules --help >/dev/null 2>&1 || { echo "wasmgate rules not available"; exit 77; }

. "${WG_SRC:?}/tests/integration/lib/check.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

for f in "$WG_SRC"/rules/default.yml "$WG_SRC"/rules/strict.yml "$WG_SRC"/tests/rules/good/*.yml; do
	# judged on a fixed day; expired waivers only warn (rules_expiry.sh)
	out=$("$WASMGATE" rules check --today 2026-06-01 "$f" 2>"$tmp/err"); rc=$?
	if [ $rc -eq 0 ] && [[ "$out" == "$f: ok (rules '"*"', "*" waiver"* ]] &&
	   ! grep -qv ': warning: waiver ' "$tmp/err"; then ok
	else bad "$f: rc=$rc out='$out' err='$(cat "$tmp/err")'"; fi
done

# the bundled files have the names the semantics give them
out=$("$WASMGATE" rules check "$WG_SRC/rules/default.yml" "$WG_SRC/rules/strict.yml")
grep -qx "$WG_SRC/rules/default.yml: ok (rules 'default', 0 waivers)" <<<"$out" && ok || bad "default name: $out"
grep -qx "$WG_SRC/rules/strict.yml: ok (rules 'strict', 0 waivers)" <<<"$out" && ok || bad "strict name: $out"

for f in "$WG_SRC"/tests/rules/bad/*.yml; do
	want=$(head -n1 "$f" | sed -n 's/^# error: \([0-9]*:[0-9]*\): \(.*\)$/\1|\2/p')
	pos=${want%%|*} text=${want#*|}
	"$WASMGATE" rules check "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
	lines=$(wc -l <"$tmp/err")
	if [ $rc -eq 2 ] && [ "$lines" -eq 1 ] && [ ! -s "$tmp/out" ] &&
	   [[ "$(cat "$tmp/err")" == "$f:$pos: "*"$text"* ]]; then ok
	else bad "$f: rc=$rc want '$f:$pos: ...$text' got '$(cat "$tmp/err")'"; fi
done

# several files: the good ones still print ok, the exit code says one failed
"$WASMGATE" rules check "$WG_SRC/rules/default.yml" "$WG_SRC/tests/rules/bad/anchor.yml" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q ': ok ' "$tmp/out" && [ "$(wc -l <"$tmp/err")" -eq 1 ] && ok || bad "mixed check rc=$rc"

"$WASMGATE" rules check /nonexistent/rules.yml 2>"$tmp/err"; rc=$?
[ $rc -eq 2 ] && grep -q '/nonexistent/rules.yml' "$tmp/err" && ok || bad "missing file rc=$rc"
"$WASMGATE" rules check >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "check without files"
"$WASMGATE" rules frobnicate >/dev/null 2>&1; [ $? -eq 2 ] && ok || bad "unknown subcommand"

list=$("$WASMGATE" rules list); rc=$?
[ $rc -eq 0 ] && ok || bad "rules list rc=$rc"
for id in 1000 1001 1002 1003 1004 1010 1011 1012 1013 1014 1020 1021 1030 1031 1040 1041 \
	  1050 1051 1060 1070 1071 1072 1080 1081 1082 1090 1091 1092 1093 1099 1100 1101 1102 \
	  1110 1111; do
	grep -q "^WG$id " <<<"$list" && ok || bad "rules list lacks WG$id"
done
grep -Eq '^WG1001 +import-denied +error +imports.deny$' <<<"$list" && ok || bad "WG1001 row"
grep -Eq '^WG1099 +waiver-expired +note ' <<<"$list" && ok || bad "WG1099 row"
documented=$(grep -c '^| WG1' "$WG_SRC/rules/README.md")   # the reference's catalogue rows
[ "$(grep -c '^WG' <<<"$list")" -eq "$documented" ] && ok || bad "rules list: not the $documented rules rules/README.md documents"

check_done
