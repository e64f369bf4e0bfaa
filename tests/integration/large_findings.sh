#!/bin/bash
# large_findings.sh - a hostile module with a million unlisted imports
# (a million WG1002 findings, 13 MB, inside the default size limit):
#  - SARIF memory follows what is written, not the number of findings: the
#    peak RSS of the audit with --sarif stays within 256 MB of the same
#    audit without it (a JSON object per finding took 5 GB), and under 1 GB;
#    the log keeps at most 25,000 results and says how many it left out,
#    per rule, in a notification and in run properties.omitted;
#  - the baseline diff is linear: against a baseline holding all but the
#    last of those imports it finishes (the quadratic diff took about an
#    hour, past ctest's timeout) with exactly one WG1100, the new import.
#    Linearity itself is counted in test_util_strset.c.
# Peak RSS from /usr/bin/time (Debian package `time`); skipped (77) without
# it or jq.  No timing assertions.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
command -v jq >/dev/null || { echo "jq not found: skipped"; exit 77; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found: skipped"; exit 77; }
command -v perl >/dev/null || { echo "perl not found: skipped"; exit 77; }
W=$(realpath "$WASMGATE")
T=$(mktemp -d "${TMPDIR:-/tmp}/large_findings.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
export GITHUB_WORKSPACE=$T
. "$WG_SRC/tests/integration/lib/check.sh"
GEN="$WG_SRC/tests/integration/lib/gen-imports.pl"
RULES="$WG_SRC/rules/default.yml"
N=1000000

perl "$GEN" big.wasm $N 0 && perl "$GEN" base.wasm $((N - 1)) 1 || exit 2

# peak RSS in KB of: wasmgate audit ARGS...
peak() { /usr/bin/time -f %M -o rss.txt "$W" audit -q --fail-on never "$@" >/dev/null 2>err.txt \
	|| { cat err.txt; echo 0 >rss.txt; }; tail -1 rss.txt; }

# Under AddressSanitizer freed memory sits in its quarantine (256 MB) and
# every allocation has redzones: allow that much more on top.
slack=262144
ldd "$W" 2>/dev/null | grep -q libasan && slack=$((slack + 786432))
plain=$(peak --rules "$RULES" big.wasm)
sarif=$(peak --rules "$RULES" --sarif big.sarif big.wasm)
echo "peak RSS: $plain KB without SARIF, $sarif KB with"
[ "$plain" -gt 0 ] && [ "$sarif" -gt 0 ] && [ "$sarif" -le $((plain + slack)) ] \
	&& ok "SARIF adds at most $((slack / 1024)) MB to the peak RSS ($plain -> $sarif KB)" \
	|| bad "SARIF peak RSS $sarif KB against $plain KB without it"
if [ "$slack" = 262144 ]; then
	[ "$sarif" -gt 0 ] && [ "$sarif" -le 1048576 ] && ok "peak RSS with SARIF under 1 GB" \
		|| bad "peak RSS with SARIF $sarif KB"
fi
kept=$(jq '.runs[0].results | length' big.sarif)
omitted=$(jq '.runs[0].properties.omitted.total' big.sarif)
by_rule=$(jq '.runs[0].properties.omitted.byRule.WG1002' big.sarif)
[ "$kept" -gt 0 ] && [ "$kept" -le 25000 ] && ok "$kept results kept (at most 25,000)" \
	|| bad "$kept results kept"
[ "$((kept + omitted))" = "$N" ] && [ "$by_rule" = "$omitted" ] \
	&& ok "properties.omitted counts the other $omitted, all WG1002" \
	|| bad "kept $kept + omitted $omitted (WG1002: $by_rule) != $N"
jq -e --arg n "$omitted" '.runs[0].invocations[0].toolExecutionNotifications[0].message.text
	| startswith($n + " of ")' big.sarif >/dev/null \
	&& ok "a notification says how many were left out" || bad "no truncation notification"
[ "$(stat -c %s big.sarif)" -le 10000000 ] || jq -c . big.sarif | [ "$(wc -c)" -le 10000000 ] \
	&& ok "the log fits GitHub's 10 MB (compact)" || bad "the log is over 10 MB"

# The baseline diff over a million imports on both sides (rules that let
# unlisted imports pass without a finding - an import imports.allow grants
# is no new permission - so the diff's findings are the only ones); the
# baseline is the same plugin: approved/big.wasm.
printf 'version: 1\nname: allow-m\nimports: {unlisted: approve}\n' >allow.yml
mkdir -p approved && ln -f base.wasm approved/big.wasm
"$W" audit --fail-on never --json --rules allow.yml --baseline approved big.wasm >diff.json 2>err.txt \
	|| { bad "audit with --baseline failed"; cat err.txt; }
new=$(jq -r '[.. | objects | select(.rule? == "WG1100") | .item] | join(",")' diff.json 2>/dev/null)
[ "$new" = "m.f0000000" ] && ok "baseline: exactly one new import, m.f0000000" \
	|| bad "baseline: new imports '$(echo "$new" | cut -c1-200)'"
check_done
