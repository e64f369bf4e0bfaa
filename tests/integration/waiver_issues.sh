#!/usr/bin/env bash
# waiver_issues.sh - the scheduled re-audit (registry-reaudit.yml) on
# prepared data: `rules check --json` and `audit --json` of a registry
# whose rules hold a valid, an expiring and an expired waiver, then
# scripts/waiver-issues.sh against a fake `gh` that keeps issues in a file:
#   day 1: one issue per expiring/expired waiver (none for the valid one),
#          naming the plugins each covers, its approver mentioned, the
#          module-derived item escaped (no @mention, no Markdown, no HTML);
#   same day again: nothing opened, nothing edited (idempotent);
#   14 days later: the expiring one has expired: ITS issue is updated
#          (title "expired"), no second issue;
#   renewed in the rules: both issues closed, none opened.
# Also the workflow wiring: schedule, least permissions, the steps call
# the CLI and the script.  Needs jq, wat2wasm (python3 + PyYAML for the
# wiring); else skip (77).
set -uo pipefail
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
for t in jq "$WAT2WASM" sha256sum; do
	command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }
done
. "$WG_SRC/tests/integration/lib/check.sh"
W=$(realpath "$WASMGATE")
T=$(mktemp -d "${TMPDIR:-/tmp}/wg-wissues.XXXXXX"); trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2

# a registry: grow (WG1011 + WG1041 warnings) and odd (an unlisted import
# whose name tries a mention, Markdown and HTML)
mkdir -p plugins/grow plugins/odd bin
printf '(module (memory (export "memory") 1) (func (export "run") (result i32) (memory.grow (i32.const 1))))' >grow.wat
printf '(module (import "h" "@octocat*<b>x</b>|" (func)) (memory (export "memory") 1 1))' >odd.wat
"$WAT2WASM" grow.wat -o plugins/grow/grow.wasm && "$WAT2WASM" odd.wat -o plugins/odd/odd.wasm || exit 2
rules() {   # rules WG1011-EXPIRES WG1041-EXPIRES ODD-EXPIRES
	sed '/^waivers: \[\]$/d; s/^  unlisted: .*/  unlisted: flag/' "$WG_SRC/rules/default.yml"
	cat <<YML
waivers:
  - {rule: WG1011, plugin: grow, item: "memory 0", reason: "host caps it", approved_by: "@alice", expires: $1}
  - {rule: opcode-flagged, plugin: grow, item: memory.grow, reason: "heap", approved_by: "@bob", expires: $2}
  - {rule: WG1002, plugin: odd, item: "h.@octocat\\\\*<b>x</b>|", reason: "host <i class=x>log</i> @everyone", approved_by: "security team", expires: $3}
YML
}
# fake gh: issues in issues.json, every call in calls.log
cat >bin/gh <<'SH'
#!/usr/bin/env bash
set -eu
S=$GH_STATE; [ -s "$S" ] || echo '[]' >"$S"
echo "$*" >>"$GH_CALLS"
arg() { local k=$1; shift; while [ $# -gt 0 ]; do [ "$1" = "$k" ] && { echo "$2"; return; }; shift; done; }
case "$1 $2" in
"label create") exit 0 ;;
"issue list") jq '[.[] | select(.state == "open") | {number, title, body}]' "$S" ;;
"issue create")
	n=$(( $(jq length "$S") + 1 ))
	jq --arg t "$(arg --title "$@")" --rawfile b "$(arg --body-file "$@")" --arg l "$(arg --label "$@")" --argjson n $n \
		'. + [{number: $n, title: $t, body: $b, labels: [$l], state: "open", edits: 0}]' "$S" >"$S.new" && mv "$S.new" "$S"
	echo "https://github.com/o/r/issues/$n" ;;
"issue edit")
	jq --argjson n "$3" --arg t "$(arg --title "$@")" --rawfile b "$(arg --body-file "$@")" \
		'map(if .number == $n then .title = $t | .body = $b | .edits += 1 else . end)' "$S" >"$S.new" && mv "$S.new" "$S" ;;
"issue close")
	jq --argjson n "$3" 'map(if .number == $n then .state = "closed" else . end)' "$S" >"$S.new" && mv "$S.new" "$S" ;;
*) echo "gh: unexpected $*" >&2; exit 2 ;;
esac
SH
chmod +x bin/gh
export GH_STATE=$T/issues.json GH_CALLS=$T/calls.log
echo '[]' >issues.json

run() {   # run TODAY: the workflow's three commands
	"$W" rules check --json --today "$1" rules/registry.yml >waivers.json 2>check.err || return 1
	"$W" audit --json --fail-on never --rules rules/registry.yml 'plugins/**/*.wasm' >audit.json 2>audit.err || return 1
	: >"$GH_CALLS"
	env PATH="$T/bin:$PATH" WAIVERS_JSON=waivers.json AUDIT_JSON=audit.json REPO=o/r RULES=rules/registry.yml \
		bash "$WG_SRC/scripts/waiver-issues.sh" >run.out 2>&1
}
issues() { jq -r "$1" issues.json; }
mkdir -p rules
rules 2027-03-31 2027-12-31 2027-03-01 >rules/registry.yml

# day 1: WG1011 expires in 14 days, the odd waiver has expired, WG1041 is valid
if run 2027-03-17; then ok "day 1: the script ran"; else bad "day 1: $(cat check.err audit.err run.out)"; fi
[ "$(issues 'length')" = 2 ] && ok "day 1: two issues" || bad "day 1: $(issues 'map(.title)')"
t1=$(issues '.[] | select(.title | contains("WG1011")) | .title')
[ "$t1" = 'wasmgate: waiver WG1011 "memory 0" for grow expires on 2027-03-31' ] && ok "expiring title" || bad "title: $t1"
b1=$(issues '.[] | select(.title | contains("WG1011")) | .body')
grep -q '| approved by | @alice |' <<<"$b1" && grep -q 'Plugins it covers in the re-audit: grow\.' <<<"$b1" &&
	grep -q '<!-- wasmgate-waiver:[0-9a-f]\{16\} -->' <<<"$b1" && ok "expiring body: approver asked, plugin named, marker" ||
	bad "body: $b1"
t2=$(issues '.[] | select(.title | contains("WG1002")) | .title')
b2=$(issues '.[] | select(.title | contains("WG1002")) | .body')
[[ $t2 == *"for odd expired on 2027-03-01" ]] && ok "expired title" || bad "expired title: $t2"
grep -q 'Plugins it covers in the re-audit: odd\.' <<<"$b2" && ok "expired body: the plugin its WG1099 note names" || bad "expired body: $b2"
if grep -qE '(^|[^\w])@[A-Za-z0-9]' <<<"$(sed 's/<!-- wasmgate-waiver:[0-9a-f]* -->//' <<<"$b2")" || [ -z "$b2" ] || grep -qP '(?<!\\)<(?!!-- wasmgate-waiver)' <<<"$b2" ||
	grep -qE '(^|[^\w])@[A-Za-z0-9]' <<<"$t2"; then
	bad "odd: a mention or HTML got through: $t2 / $b2"
else
	ok "odd: item, reason and approver escaped (no @mention, no HTML)"
fi
[ "$(issues 'length')" = 2 ] && ! issues '.[].title' | grep -q WG1041 && ! issues '.[].title' | grep -q opcode && ok "no issue for the valid waiver" ||
	bad "valid waiver got an issue"

# the same day again: idempotent
run 2027-03-17
[ "$(issues 'length')" = 2 ] && [ "$(issues 'map(.edits) | add')" = 0 ] && ! grep -q 'issue create\|issue edit\|issue close' calls.log &&
	ok "again: nothing opened, edited or closed" || bad "again: $(cat run.out)"

# 14 days later WG1011 has expired: its issue is updated, not duplicated
run 2027-04-01
[ "$(issues 'length')" = 2 ] && [ "$(issues '.[] | select(.title | contains("WG1011")) | .edits')" = 1 ] &&
	issues '.[] | select(.title | contains("WG1011")) | .title' | grep -q 'expired on 2027-03-31' &&
	ok "expired later: the same issue updated" || bad "later: $(issues 'map({title, edits})') $(cat run.out)"

# renewed (new expiry dates, same bindings): both issues closed, none opened
rules 2028-03-31 2027-12-31 2028-03-01 >rules/registry.yml
run 2027-04-01
[ "$(issues 'length')" = 2 ] && [ "$(issues '[.[] | select(.state == "closed")] | length')" = 2 ] &&
	grep -q '^closed #1' run.out && grep -q '^closed #2' run.out && ok "renewed: both issues closed" ||
	bad "renewed: $(issues 'map({title, state})') $(cat run.out)"
# an unrelated open issue with the label but no marker is left alone
jq '. + [{number: 3, title: "by hand", body: "no marker", state: "open", edits: 0}]' issues.json >i && mv i issues.json
run 2027-04-01
[ "$(issues '.[] | select(.number == 3) | .state')" = open ] && ok "an issue without the marker is left open" || bad "closed a hand-made issue"

# the wiring
if command -v python3 >/dev/null && python3 -c 'import yaml' 2>/dev/null; then
	python3 - "$WG_SRC/.github/workflows/registry-reaudit.yml" "$WG_SRC/examples/registry/.github/workflows/registry-reaudit.yml" \
		>wiring.out 2>&1 <<'PY'
import sys, yaml
wf, reg = (yaml.safe_load(open(f)) for f in sys.argv[1:3])
assert wf.get("permissions") == {}, "top-level permissions not {}"
on = wf.get(True, wf.get("on"))
assert "workflow_call" in on
job = wf["jobs"]["reaudit"]
assert job["permissions"] == {"contents": "read", "issues": "write"}, job["permissions"]
runs = "\n".join(s.get("run", "") for s in job["steps"])
assert "rules check --json" in runs and "--warn-days" in runs, "no rules check --json"
assert "audit --json" in runs, "no re-audit"
assert "scripts/waiver-issues.sh" in runs, "no issue script"
ron = reg.get(True, reg.get("on"))
assert "schedule" in ron and "workflow_dispatch" in ron, "template not scheduled"
assert "registry-reaudit.yml" in reg["jobs"]["reaudit"]["uses"]
PY
	[ $? = 0 ] && ok "wiring: scheduled, least permissions, CLI + script" || bad "wiring: $(cat wiring.out)"
fi
check_done
