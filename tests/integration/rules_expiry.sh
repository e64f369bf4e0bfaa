#!/usr/bin/env bash
# rules_expiry.sh - 'wasmgate rules check' on the waiver lifecycle:
#   every tests/rules/expiry/*.yml is judged on its "# today:" day (and
#   "# warn-days:"): --json gives each waiver the state and days its
#   "# expect:" lines state, and stderr has exactly one "FILE:LINE:
#   warning:" line per expired or expiring waiver (exit 0 all the same);
#   --today and --warn-days refuse what is not a date / a day count;
#   the summary's suggested waivers, reason and approver still the
#   template's placeholders, are refused (exit 2), not loaded.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
command -v jq >/dev/null || { echo "SKIP: jq not installed"; exit 77; }
. "$WG_SRC/tests/integration/lib/check.sh"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

n=0
for f in "$WG_SRC"/tests/rules/expiry/*.yml; do
	n=$((n + 1))
	today=$(sed -n 's/^# today: //p' "$f"); days=$(sed -n 's/^# warn-days: //p' "$f")
	"$WASMGATE" rules check --json --today "$today" ${days:+--warn-days "$days"} "$f" \
		>"$tmp/out" 2>"$tmp/err"; rc=$?
	want=$(sed -n 's/^# expect: //p' "$f" | sort)
	got=$(jq -r '.[].waivers[] | "\(.line) \(.state) \(.days_left)"' "$tmp/out" 2>/dev/null | sort)
	[ $rc = 0 ] && [ -n "$want" ] && [ "$got" = "$want" ] && ok "$(basename "$f"): states" ||
		bad "$(basename "$f"): rc=$rc want '$want' got '$got' $(head -c 300 "$tmp/err")"
	# one warning line per waiver that is not valid, at its line, nothing else
	wl=$(sed -n 's/^# expect: \([0-9]*\) \(expired\|expiring\) .*/\1/p' "$f" | sort -n)
	gl=$(sed -n "s|^$f:\\([0-9]*\\): warning: waiver .*|\\1|p" "$tmp/err" | sort -n)
	other=$(grep -vc ': warning: waiver ' "$tmp/err")
	[ "$wl" = "$gl" ] && [ "$other" = 0 ] && ok "$(basename "$f"): warnings" ||
		bad "$(basename "$f"): warning lines '$gl' want '$wl': $(cat "$tmp/err")"
done
[ $n -ge 3 ] && ok "$n expiry cases" || bad "only $n expiry cases"

# the lines say what happened and what to do
f=$WG_SRC/tests/rules/expiry/window_14.yml
"$WASMGATE" rules check --today 2027-03-17 "$f" >"$tmp/out" 2>"$tmp/err"
grep -q "^$f:17: warning: waiver WG1011 \"memory 3\" (plugin \*, approved by @a) expired on 2027-03-16 (1 day ago)" "$tmp/err" &&
	grep -q "^$f:11: warning: .* expires on 2027-03-31 (in 14 days): renew it" "$tmp/err" &&
	grep -q "^$f:15: warning: .* (today is its last day)" "$tmp/err" &&
	grep -qx "$f: ok (rules 'window_14', 5 waivers)" "$tmp/out" && ok "warning text" ||
	bad "warning text: $(cat "$tmp/out" "$tmp/err")"

for arg in "--today 2027-02-30" "--today tomorrow" "--warn-days -1" "--warn-days 3x" "--warn-days 99999"; do
	# shellcheck disable=SC2086
	"$WASMGATE" rules check $arg "$f" >"$tmp/out" 2>"$tmp/err"; rc=$?
	[ $rc = 2 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l <"$tmp/err")" = 1 ] && ok "refused $arg" ||
		bad "$arg: rc=$rc $(cat "$tmp/err")"
done

# a waiver pasted from the summary and not filled in is an error
cat >"$tmp/pasted.yml" <<'YML'
version: 1
waivers:
  - rule: WG1011   # memory-no-maximum
    sha256: 1b4f0e9851971998e732078544c96b36c3d01cedf7caa332359d6f1d83567014   # plugin x
    item: "memory 0"
    reason: "<why this is acceptable>"
    approved_by: "<reviewer>"
    expires: 2099-01-01
YML
"$WASMGATE" rules check "$tmp/pasted.yml" >"$tmp/out" 2>"$tmp/err"; rc=$?
[ $rc = 2 ] && grep -q "pasted.yml:6:13: waivers\[0\].reason: '<why this is acceptable>' still holds a placeholder" "$tmp/err" &&
	ok "placeholder refused" || bad "placeholder: rc=$rc $(cat "$tmp/err")"
check_done
