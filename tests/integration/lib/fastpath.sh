# fastpath.sh - the fast-path differential oracle, sourced by
# integration/fastpath_*.sh (after check.sh).  The reader's C fast path
# (issue 16) is switched by the environment: WG_FASTPATH unset or "on" =
# fast path with wabt as fallback, "off" = wabt only.  Both settings read
# the same modules through $WG_FACTS (tests/diff/facts.c: one line per
# module, "path \t status \t decision \t report-json") and every line must
# be the same: verdict, message and offset, imports, exports, features,
# opcode histogram, findings and decision.
#
# fp_require: exit 77 unless $WG_FACTS and jq are there.
# fp_facts LIST OUT: read the files listed in LIST (one path a line) with
#   both settings into OUT.off and OUT.on.
# fp_compare OUT [ALLOW]: one line "path \t keys that differ" per module
#   whose lines differ, on stdout; a path listed in the file ALLOW (one a
#   line) is left out (the caller judges those).  Returns 1 when a line is
#   missing on either side.

fp_require() {
	[ -n "${WG_FACTS:-}" ] && [ -x "$WG_FACTS" ] || { echo "skip: WG_FACTS (tests/diff wg_facts) not built"; exit 77; }
	command -v jq >/dev/null || { echo "skip: jq not found"; exit 77; }
	[ -f "${WG_SRC:?}/rules/default.yml" ] || { echo "skip: rules/default.yml not found"; exit 77; }
}

fp_facts() {
	local list=$1 out=$2 mode
	for mode in off on; do
		WG_FASTPATH=$mode "$WG_FACTS" "$WG_SRC/rules/default.yml" <"$list" >"$out.$mode" ||
			{ echo "FAIL wg_facts (WG_FASTPATH=$mode) exited $?"; return 1; }
	done
}

# The keys of two report lines that differ: status/decision first, then
# the module view's keys, then findings.
fp_keys() {
	jq -rn --argjson a "$1" --argjson b "$2" '
		[ ($a.module | keys[]) as $k | select($a.module[$k] != $b.module[$k]) | "module." + $k ]
		+ (if $a.findings != $b.findings then ["findings"] else [] end)
		+ (if $a.decision != $b.decision then ["decision"] else [] end) | join(",")' 2>/dev/null ||
		echo "(not JSON)"
}

fp_compare() {
	local out=$1 allow=${2:-/dev/null} noff non
	noff=$(wc -l <"$out.off"); non=$(wc -l <"$out.on")
	[ "$noff" = "$non" ] || { echo "FAIL on/off line counts differ: $non vs $noff"; return 1; }
	paste -d '\n' "$out.off" "$out.on" | awk -F'\t' -v allow="$allow" '
		BEGIN { while ((getline l < allow) > 0) skip[l] = 1 }
		NR % 2 == 1 { off = $0; next }
		$0 != off && !($1 in skip) { n = split(off, o, "\t"); print $1 "\t" o[2] "\t" o[3] "\t" o[4] "\t" $2 "\t" $3 "\t" $4 }' |
	while IFS=$'\t' read -r path soff doff joff son don jon; do
		printf '%s\t%s/%s vs %s/%s: %s\n' "$path" "$son" "$don" "$soff" "$doff" "$(fp_keys "$joff" "$jon")"
	done
}

# fp_judge OUT: ok/bad (check.sh) per module of OUT.off / OUT.on: the same
# line, or a module listed in tests/spec/known-deviations.txt as
# "sha256:HEX - wabt why" where V8 (node's WebAssembly.validate) agrees
# with the fast path's verdict and not with wabt's.  One ok line for the
# modules that agree, a bad line for each that does not.
fp_judge() {
	local out=$1 path desc sum v8 on same
	fp_compare "$out" >"$out.diff" || { bad "on/off outputs do not line up"; return; }
	same=$(($(wc -l <"$out.off") - $(wc -l <"$out.diff")))
	[ "$same" -gt 0 ] && ok "$same module(s): WG_FASTPATH=on and off give the same verdict, facts, findings and decision"
	while IFS=$'\t' read -r path desc; do
		sum=$(sha256sum "$path" | cut -c1-64)
		on=$(awk -F'\t' -v p="$path" '$1 == p { print $2; exit }' "$out.on")
		if grep -q "^sha256:$sum [^ ]* wabt " "$WG_SRC/tests/spec/known-deviations.txt" 2>/dev/null &&
		   v8=$(node -e 'process.stdout.write(WebAssembly.validate(require("fs").readFileSync(process.argv[1])) ? "ok" : "bad")' "$path" 2>/dev/null) &&
		   [ "$v8" = "$([ "$on" = ok ] && echo ok || echo bad)" ]; then
			ok "$path: the fast path follows V8 ($v8) where wabt deviates (known-deviations.txt)"
		else
			bad "$path: WG_FASTPATH=on and off differ: $desc"
		fi
	done <"$out.diff"
}

# fp_summary OUT: how the modules read (information).
fp_summary() {
	echo "verdicts (WG_FASTPATH=off): $(cut -f2,3 "$1.off" | sort | uniq -c | awk '{ printf "%s%s %s/%s", (NR > 1 ? ", " : ""), $1, $2, $3 }')"
}
