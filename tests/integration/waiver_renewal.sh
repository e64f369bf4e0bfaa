#!/usr/bin/env bash
# waiver_renewal.sh - the renewal deadlock and its way out (issue 10, item 4).
#   scripts/waiver-renewal.sh, on a real git history per case of
#   tests/workflows/renewal/*.json (event payload, the base's CODEOWNERS,
#   the reviews and team memberships `gh` answers, what the pull request
#   changes): the pull request's waivers count only when a code owner of
#   the rules file (base CODEOWNERS) approved its head commit; otherwise the
#   base's waivers judge, with a line saying why.
#   `wasmgate audit --waivers`: the renewal's waivers approve the plugin the
#   expired ones no longer do, and nothing but the waivers is taken from
#   that file (a loosened rule in it changes nothing); never with a key.
#   plugin-audit.yml wires it: base rules on pull_request_review too, the
#   script's output goes to the action's `waivers` input.
# Needs git, jq, python3 + PyYAML (wiring) and wat2wasm; else skip (77).
set -uo pipefail
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
for t in git jq python3 "$WAT2WASM"; do
	command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }
done
. "$WG_SRC/tests/integration/lib/check.sh"
W=$(realpath "$WASMGATE")
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wg-renewal.XXXXXX"); trap 'rm -rf "$WORK"' EXIT
SCRIPT=$WG_SRC/scripts/waiver-renewal.sh

# grow: WG1011 (no memory maximum) and WG1041 (memory.grow), two warnings
printf '(module (memory (export "memory") 1) (func (export "run") (result i32) (memory.grow (i32.const 1))))' >"$WORK/grow.wat"
"$WAT2WASM" "$WORK/grow.wat" -o "$WORK/grow.wasm" || exit 2
rules_with() {   # rules_with EXPIRES [EXTRA-SED]: default.yml with both waivers expiring then
	sed -e '/^waivers: \[\]$/d' ${2:+-e "$2"} "$WG_SRC/rules/default.yml"
	printf 'waivers:\n'
	printf '  - {rule: WG1011, item: "memory 0", reason: "host caps it", approved_by: "@alice", expires: %s}\n' "$1"
	printf '  - {rule: WG1041, item: memory.grow, reason: "heap", approved_by: "@alice", expires: %s}\n' "$1"
}

# fake gh: the reviews of PR 7 and team memberships from the case
mkdir -p "$WORK/bin"
cat >"$WORK/bin/gh" <<'SH'
#!/bin/sh
[ "$1" = api ] || exit 2
case "$*" in
*"--paginate repos/o/r/pulls/7/reviews"*) cat "$GH_REVIEWS" ;;
*orgs/*/teams/*/memberships/*)
	key=$(printf '%s\n' "$*" | sed -n 's|.*orgs/\([^/]*\)/teams/\([^/]*\)/memberships/\([^ ]*\).*|\1/\2/\3|p')
	s=$(jq -r --arg k "$key" '.[$k] // empty' "$GH_TEAMS")
	[ -n "$s" ] || { echo "gh: HTTP 404" >&2; exit 1; }
	echo "$s" ;;
*) echo "gh: unexpected $*" >&2; exit 2 ;;
esac
SH
chmod +x "$WORK/bin/gh"

n=0
for case_file in "$WG_SRC"/tests/workflows/renewal/*.json; do
	n=$((n + 1)); name=$(basename "$case_file" .json)
	o=$WORK/$name/o/r pr=$WORK/$name/pr
	mkdir -p "$o/rules" "$o/plugins/grow" "$o/.github"
	git -C "$o" init -q -b main && git -C "$o" config user.email t@t && git -C "$o" config user.name t
	rules_with 2020-01-31 >"$o/rules/registry.yml"; cp "$WORK/grow.wasm" "$o/plugins/grow/"
	jq -j .codeowners "$case_file" >"$o/.github/CODEOWNERS"; [ -s "$o/.github/CODEOWNERS" ] || rm "$o/.github/CODEOWNERS"
	git -C "$o" add -A && git -C "$o" commit -qm base
	git clone -q "$o" "$pr" && git -C "$pr" config user.email t@t && git -C "$pr" config user.name t
	echo first >"$pr/NOTES" && git -C "$pr" add -A && git -C "$pr" commit -qm first
	old=$(git -C "$pr" rev-parse HEAD)
	case $(jq -r .change "$case_file") in
	rules) rules_with 2099-12-31 >"$pr/rules/registry.yml" ;;
	plugin) echo doc >"$pr/plugins/grow/README" ;;
	symlink) rules_with 2099-12-31 >"$pr/renewed.yml"; ln -sf ../renewed.yml "$pr/rules/registry.yml" ;;
	rules+codeowners) rules_with 2099-12-31 >"$pr/rules/registry.yml"; mkdir -p "$pr/.github"
		printf '* @mallory2\n' >"$pr/.github/CODEOWNERS" ;;
	esac
	git -C "$pr" add -A && git -C "$pr" commit -qm change
	head=$(git -C "$pr" rev-parse HEAD)
	jq --arg h "$head" '.event | .pull_request.head.sha = $h' "$case_file" >"$WORK/$name/event.json"
	jq --arg h "$head" --arg o "$old" '.reviews | map(.commit_id |= (if . == "HEAD" then $h else $o end))' \
		"$case_file" >"$WORK/$name/reviews.json"
	jq .teams "$case_file" >"$WORK/$name/teams.json"
	rm -rf "$pr/.wasmgate-base" && mkdir "$pr/.wasmgate-base"; : >"$WORK/$name/ghout"
	(cd "$pr" && env PATH="$WORK/bin:$PATH" GH_REVIEWS="$WORK/$name/reviews.json" GH_TEAMS="$WORK/$name/teams.json" \
		EVENT_NAME="$(jq -r .event_name "$case_file")" EVENT_PATH="$WORK/$name/event.json" REPO=o/r \
		RULES=rules/registry.yml BASE_REF=main SERVER="file://$WORK/$name" OUT_DIR=.wasmgate-base \
		GITHUB_OUTPUT="$WORK/$name/ghout" bash "$SCRIPT" >"$WORK/$name/out" 2>&1)
	rc=$?
	got=$(sed -n 's/^waivers=//p' "$WORK/$name/ghout")
	want=$(jq -r .expect "$case_file") line=$(jq -r .expect_line "$case_file")
	if [ $rc = 0 ] && grep -qF -- "$line" "$WORK/$name/out" &&
		{ { [ "$want" = pr ] && [ "$got" = .wasmgate-base/renewal-waivers.yml ] &&
		    cmp -s "$pr/$got" "$pr/rules/registry.yml"; } ||
		  { [ "$want" = base ] && [ -z "$got" ] && [ ! -e "$pr/.wasmgate-base/renewal-waivers.yml" ]; }; }; then
		ok "$name: $want ($(jq -r .about "$case_file"))"
	else
		bad "$name: want $want got '$got' rc=$rc: $(cat "$WORK/$name/out")"
	fi
done
[ $n -ge 10 ] && ok "$n renewal cases" || bad "only $n renewal cases"

# --- audit --waivers: the renewal's waivers, every other rule from the base ---
cd "$WORK" || exit 2
rules_with 2020-01-31 >base.yml
rules_with 2099-12-31 >renewal.yml
rules_with 2099-12-31 's/^  require_maximum: true/  require_maximum: false/; s/^  flag: \["memory.grow"\]/  flag: []/' >loose.yml
grep -q 'require_maximum: false' loose.yml || bad "loose.yml did not loosen memory.require_maximum"
"$W" audit --rules base.yml grow.wasm >out 2>&1
grep -q 'FLAG  0 errors, 2 warnings, 2 notes, 0 waived' out && ok "base: the expired waivers leave it flagged" || bad "base: $(cat out)"
"$W" audit --rules base.yml --waivers renewal.yml grow.wasm >out 2>&1
grep -q 'APPROVE  0 errors, 0 warnings, 0 notes, 2 waived' out && grep -qx 'waivers: renewal.yml (every other rule from the rules file)' out &&
	ok "--waivers: the renewed waivers approve, and the report says where they came from" || bad "--waivers: $(cat out)"
rules_with 2099-12-31 | sed '/WG1041/d' >only1011.yml
"$W" audit --rules base.yml --waivers only1011.yml grow.wasm >out 2>&1
grep -q 'FLAG  0 errors, 1 warning' out && grep -q 'WG1041' out &&
	ok "--waivers: a waiver the renewal drops no longer counts" || bad "dropped waiver: $(cat out)"
# the loosened file: its rules are not taken, only its waivers (which match as before)
sed -i 's/item: memory.grow/item: "memory.grow*"/' loose.yml
"$W" audit --rules base.yml --waivers loose.yml --json grow.wasm >out.json 2>/dev/null
jq -e '.plugins[0].findings | map(select((.rule == "WG1011" or .rule == "WG1041") and .waived)) | length == 2' \
	out.json >/dev/null 2>&1 &&
	ok "--waivers: the file's loosened rules are ignored (both findings still raised, waived)" ||
	bad "loosened rules taken: $(head -c 600 out.json)"
"$W" audit --rules base.yml --waivers missing.yml grow.wasm >out 2>&1; rc=$?
[ $rc = 2 ] && ok "--waivers: a missing file is an error" || bad "missing waivers file: rc=$rc"
printf 'version: 1\nwaivers:\n  - {rule: WG1011, item: "<item>", reason: r, approved_by: "@a", expires: 2099-01-01}\n' >ph.yml
"$W" audit --rules base.yml --waivers ph.yml grow.wasm >out 2>&1; rc=$?
[ $rc = 2 ] && grep -q 'ph.yml:3:.*placeholder' out && ok "--waivers: a file that does not load is an error" || bad "bad waivers file: rc=$rc $(cat out)"
"$W" keygen --out k >/dev/null 2>&1
"$W" audit --rules base.yml --waivers renewal.yml --sign-key k.key --attest-dir att grow.wasm >out 2>&1; rc=$?
[ $rc = 2 ] && grep -q 'cannot be used with a signing key' out && [ ! -e att ] &&
	ok "--waivers with a signing key: refused, nothing attested" || bad "--waivers + key: rc=$rc $(cat out)"

# --- the wiring in plugin-audit.yml and the registry template ---------------
if python3 -c 'import yaml' 2>/dev/null; then
	python3 - "$WG_SRC/.github/workflows/plugin-audit.yml" "$WG_SRC/examples/registry/.github/workflows/plugin-audit.yml" \
		>"$WORK/wiring.out" 2>&1 <<'PY'
import sys, yaml
wf, reg = (yaml.safe_load(open(f)) for f in sys.argv[1:3])
steps = wf["jobs"]["audit"]["steps"]
rules = next(s for s in steps if s.get("id") == "rules")
assert "pull_request_review" in rules["env"]["FROM_BASE"], "base rules not used on pull_request_review"
ren = next(s for s in steps if s.get("id") == "renewal")
assert "scripts/waiver-renewal.sh" in ren["run"], "renewal step does not run the script"
act = next(s for s in steps if s.get("id") == "batch")   # runs the action's image per plugin
assert act["env"].get("WAIVERS") == "${{ steps.renewal.outputs.waivers }}", "batch not given the renewal's waivers"
assert '"INPUT_WAIVERS=$WAIVERS"' in act["run"] and "-e INPUT_WAIVERS " in act["run"], "the action's waivers input not passed"
assert steps.index(ren) > steps.index(rules) and steps.index(ren) < steps.index(act)
assert "renewal" not in str(act["env"].get("SIGN_KEY")), "sign-key mixed with renewal"
assert wf["jobs"]["audit"]["permissions"].get("pull-requests") in ("read", "write"), "audit cannot read reviews"
on = reg.get(True, reg.get("on"))
assert "submitted" in on["pull_request_review"]["types"], "registry template: no pull_request_review trigger"
# a review that does not approve must not cancel the pull request's audit (same concurrency group)
g = reg["concurrency"]["group"]
assert "github.run_id" in g and "review.state != 'approved'" in g, "registry template: any review cancels the audit"
PY
	[ $? = 0 ] && ok "wiring: base rules on reviews too, the script's waivers reach the action, a comment review cancels nothing" || bad "wiring: $(cat "$WORK/wiring.out")"
else
	echo "skip wiring check: python3-yaml missing"
fi
check_done
