#!/bin/bash
# fastpath_spec.sh - the differential oracle on the WebAssembly spec
# testsuite (tests/spec/: vendored, see its README).  Every .wast goes
# through `wast2json --enable-all` (a file it cannot parse must be listed
# in tests/spec/skip.txt with the reason, and a listed file that parses
# now fails the test).  Every binary module it writes - valid modules,
# assert_unlinkable / assert_uninstantiable (valid), assert_invalid and
# binary assert_malformed (text-format assert_malformed are .wat: skipped)
# - is read with WG_FASTPATH=off and =on (lib/fastpath.sh) and judged:
#   1. the spec: a malformed or invalid module is never "ok" nor approved;
#      a valid one reads "ok";
#   2. every disagreement of wabt (WG_FASTPATH=off) with the spec is a line
#      of tests/spec/known-deviations.txt (file, module index, kind, what
#      and why), and every line there is still a disagreement;
#   3. both settings give the same line (verdict, message, offset, facts,
#      findings, decision), except on a "wabt" deviation, where the fast
#      path may give the spec's verdict instead of wabt's.
# Exit 77 when wast2json, jq or wg_facts is missing.
set -u
WG_SRC=${WG_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
. "$WG_SRC/tests/integration/lib/check.sh"
. "$WG_SRC/tests/integration/lib/fastpath.sh"
fp_require
command -v wast2json >/dev/null || { echo "skip: wast2json not found"; exit 77; }
SPEC=$WG_SRC/tests/spec
DEV=$SPEC/known-deviations.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 1. wast2json every script; the manifest: rel index type line text path
: >"$tmp/manifest"
nwast=0
while IFS= read -r f; do
	rel=${f#"$SPEC/"}
	d=$tmp/w/$(echo "${rel%.wast}" | tr '/' '_')
	mkdir -p "$d"
	reason=$(awk -v f="$rel" '$1 == f { $1 = ""; sub(/^ +/, ""); print; exit }' "$SPEC/skip.txt")
	if ! wast2json --enable-all "$f" -o "$d/$(basename "${rel%.wast}").json" >"$d.err" 2>&1; then
		if [ -n "$reason" ]; then
			echo "skip $rel: $reason"
		else
			bad "$rel: wast2json cannot parse it and skip.txt does not say why: $(grep -m1 . "$d.err")"
		fi
		continue
	fi
	[ -z "$reason" ] || bad "$rel: listed in skip.txt ($reason) but wast2json parses it now: remove the line"
	nwast=$((nwast + 1))
	jq -r --arg rel "$rel" --arg dir "$d" '.commands[] | select((.filename // "") | endswith(".wasm"))
		| [$rel, (.filename | capture("\\.(?<n>[0-9]+)\\.wasm$").n), .type, .line,
		   (.text // "" | gsub("\t"; " ")), $dir + "/" + .filename] | @tsv' "$d"/*.json >>"$tmp/manifest"
done < <(find "$SPEC" -name '*.wast' | sort)
[ -s "$tmp/manifest" ] || { echo "skip: no spec modules (tests/spec empty?)"; exit 77; }

# 2. both settings, then the on/off differences
cut -f6 "$tmp/manifest" >"$tmp/list"
fp_facts "$tmp/list" "$tmp/facts" || exit 1
fp_compare "$tmp/facts" >"$tmp/onoff" || exit 1
cut -f1-3 "$tmp/facts.off" >"$tmp/off"
cut -f1-3 "$tmp/facts.on" >"$tmp/on"

# 3. judge every module
# (lines "sha256:..." are the corpus's: lib/fastpath.sh fp_judge)
grep -v '^[[:space:]]*\(#\|$\|sha256:\)' "$DEV" >"$tmp/dev" 2>/dev/null || true
awk -F'\t' -v devf="$tmp/dev" -v offf="$tmp/off" -v onf="$tmp/on" -v onofff="$tmp/onoff" '
function say(ok, what) { print (ok ? "ok   " : "FAIL ") what; if (!ok) fail++ }
BEGIN {
	while ((getline l < devf) > 0) {
		split(l, w, " "); k = w[1] " " w[2]
		if (w[3] != "wabt" && w[3] != "feature" && w[3] != "limit") { say(0, "known-deviations.txt: bad kind \"" w[3] "\" in: " l); continue }
		kind[k] = w[3]; line[k] = l
	}
	while ((getline l < offf) > 0) { split(l, w, "\t"); st_off[w[1]] = w[2]; de_off[w[1]] = w[3] }
	while ((getline l < onf) > 0) { split(l, w, "\t"); st_on[w[1]] = w[2]; de_on[w[1]] = w[3] }
	while ((getline l < onofff) > 0) { i = index(l, "\t"); differ[substr(l, 1, i - 1)] = substr(l, i + 1) }
}
{
	fail0 = fail; rel = $1; idx = $2; type = $3; ln = $4; text = $5; path = $6; k = rel " " idx
	want = (type == "module" || type == "assert_unlinkable" || type == "assert_uninstantiable") ? "ok" : "bad"
	n[want]++; types[type]++
	where = rel ":" ln " module " idx " (" type (text != "" ? " \"" text "\"" : "") ")"
	off = st_off[path]; on = st_on[path]
	agree = (want == "ok") == (off == "ok")
	if (want == "bad" && (de_off[path] == "approve" || de_on[path] == "approve"))
		say(0, where ": approved")
	if (want == "bad" && off != "ok" && !(type " -> " off in cls)) cls[type " -> " off] = 0
	if (want == "bad" && off != "ok") cls[type " -> " off]++
	if (!agree && !(k in kind))
		say(0, where ": unexplained: the spec says " (want == "ok" ? "valid" : "not valid") ", wabt reads " off " (add it to known-deviations.txt with why, or fix the reader)")
	else if (!agree) {
		used[k] = 1; nk[kind[k]]++
		if (kind[k] == "feature" && off != "ok")
			say(0, where ": listed as kind feature (wabt accepts) but wabt reads " off)
		else if (kind[k] == "limit" && off != "implementation-limit")
			say(0, where ": listed as kind limit but wabt reads " off)
	} else if (k in kind) {
		used[k] = 1
		say(0, where ": listed in known-deviations.txt but wabt agrees with the spec now: remove the line")
	}
	if (path in differ) {
		spec_on = (want == "ok") == (on == "ok")
		if (kind[k] == "wabt" && !agree && spec_on)
			say(1, where ": the fast path follows the spec (" on ") where wabt deviates (" off ")")
		else
			say(0, where ": WG_FASTPATH=on and off differ: " differ[path])
	}
	total++; if (fail == fail0) pass++
}
END {
	for (k in kind) if (!(k in used)) say(0, "known-deviations.txt names no module of the spec run: " line[k])
	printf "spec: %d binary modules (%d valid, %d malformed or invalid):", total, n["ok"], n["bad"]
	for (t in types) printf " %s %d", t, types[t]
	printf "\nspec: known wabt deviations in use: wabt %d, feature %d, limit %d\n", nk["wabt"], nk["feature"], nk["limit"]
	printf "spec: how rejected modules were read (information):"
	for (c in cls) printf " [%s %d]", c, cls[c]
	printf "\n%d passed, %d failed\n", pass, fail
	exit fail > 0
}' "$tmp/manifest"
rc=$?
echo "$nwast .wast files read; WG_FASTPATH=on/off differences: $(wc -l <"$tmp/onoff")"
[ "$fail" = 0 ] || echo "and $fail failed reading the .wast files (above)"
[ "$fail" = 0 ] && [ $rc = 0 ]
