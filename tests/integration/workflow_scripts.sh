#!/usr/bin/env bash
# workflow_scripts.sh - the shell and JavaScript inside the workflows, run
# here on hostile file names (what a pull request chooses):
#   plugin-audit.yml `plan`: a name that exists is that file, never a glob
#     (plugins/hell[o].wasm next to plugins/hello.wasm), `literal: true`
#     never globs, a name with a control character is refused (exit 1, one
#     ::error line), and no listed name becomes a workflow command;
#   the registry template's `changed` job: git's NUL-delimited names,
#     passed on literally; a newline in a name is refused, loudly;
#   the PR comment's and the issue's esc(): no @mention gets through;
#   the "wasmgate" status is posted for every pull request: one that only
#   changes docs or only deletes a plugin gives no path, plan an empty
#   matrix, decide "none", status success "nothing to audit" (gh faked).
# The step scripts are taken from the YAML (python3 + PyYAML); missing
# python3-yaml, git, jq, openssl, iconv or node: skip (77).
set -uo pipefail
: "${WG_SRC:?}"
for t in python3 git jq openssl iconv node; do
	command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "SKIP: python3-yaml not installed"; exit 77; }
source "$WG_SRC/tests/integration/lib/check.sh"
WF=$WG_SRC/.github/workflows/plugin-audit.yml
REG=$WG_SRC/examples/registry/.github/workflows/plugin-audit.yml
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wg-wfs.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# step FILE JOB ID-OR-NAME KEY: print a step's `run` (KEY=run) or its
# github-script `with.script` (KEY=script).
step() {
	python3 - "$@" <<'PY'
import sys, yaml
f, job, which, key = sys.argv[1:5]
for s in yaml.safe_load(open(f))["jobs"][job]["steps"]:
    if which in (s.get("id"), s.get("name"), s.get("uses", "").split("@")[0]):
        sys.stdout.write(s["run"] if key == "run" else s["with"]["script"])
        break
else:
    sys.exit("no step " + which)
PY
}
step "$WF" plan list run >"$WORK/plan.sh" || { bad "plan step not found"; check_done; exit; }
step "$REG" changed diff run >"$WORK/changed.sh" || { bad "changed step not found"; check_done; exit; }

# commands_outside_fence FILE: lines the runner would take as workflow
# commands other than ::error / ::stop-commands / the resume token, or
# "##[" outside the stop-commands fence.
commands_outside_fence() {
	awk '/^::stop-commands::/ {tok = substr($0, 17); next}
	     tok != "" && $0 == "::" tok "::" {tok = ""; next}
	     tok != "" {next}
	     /##\[/ || (/^[[:space:]]*::/ && !/^::error title=plugin-audit::/) {print}' "$1"
}

# plan WS LITERAL PATTERNS: run the plan step in WS; stdout in WS.out, the matrix in WS.matrix.
plan() {
	local ws=$1; : >"$ws.ghout"
	(cd "$ws" && env PATTERNS="$3" LITERAL="$2" FROM_ARTIFACT=false BATCH_SIZE="${BATCH_SIZE:-20}" GITHUB_OUTPUT="$ws.ghout" \
		bash -e "$WORK/plan.sh" >"$ws.out" 2>&1)
	local rc=$?
	sed -n 's/^matrix=//p' "$ws.ghout" >"$ws.matrix"
	return $rc
}
files_of() { jq -r '.[].plugins[].file' "$1.matrix" | sort | tr '\n' '|'; }

ws=$WORK/ws; mkdir -p "$ws/plugins"
for f in hello.wasm 'hell[o].wasm' 'star*.wasm' star_ok.wasm '##[add-mask]x.wasm' '::set-output name=x::y.wasm'; do
	printf 'wasm' >"$ws/plugins/$f"
done
for lit in false true; do
	if plan "$ws" $lit 'plugins/hell[o].wasm' && [ "$(files_of "$ws")" = 'plugins/hell[o].wasm|' ]; then
		ok "plan literal=$lit: plugins/hell[o].wasm is itself, not hello.wasm"
	else
		bad "plan literal=$lit: hell[o].wasm gave '$(files_of "$ws")' ($(head -c 300 "$ws.out"))"
	fi
	if plan "$ws" $lit 'plugins/star*.wasm' && [ "$(files_of "$ws")" = 'plugins/star*.wasm|' ]; then
		ok "plan literal=$lit: plugins/star*.wasm is itself"
	else
		bad "plan literal=$lit: star*.wasm gave '$(files_of "$ws")'"
	fi
done
if plan "$ws" true 'plugins/hell?.wasm'; then
	bad "plan literal=true: a missing name was globbed ($(files_of "$ws"))"
elif grep -q '^::error title=plugin-audit::not a regular file' "$ws.out"; then
	ok "plan literal=true: a missing name is an error, never a pattern"
else
	bad "plan literal=true: missing name: $(head -c 300 "$ws.out")"
fi
if plan "$ws" false 'plugins/*.wasm' && [ "$(jq '[.[].plugins[]] | length' "$ws.matrix")" = 6 ] &&
	[ -z "$(commands_outside_fence "$ws.out")" ]; then
	ok "plan: hostile names listed with no workflow command outside ::stop-commands::"
else
	bad "plan: glob listing: $(commands_outside_fence "$ws.out" | head -3) $(head -c 300 "$ws.out")"
fi
for name in $'nl\n::notice title=pwned::x.wasm' $'tab\tx.wasm' $'cr\rx.wasm' $'bad\xffx.wasm'; do
	w=$WORK/ctl$RANDOM; mkdir -p "$w/plugins"; printf 'wasm' >"$w/plugins/$name"
	if plan "$w" false 'plugins/*.wasm'; then
		bad "plan: accepted $(printf %q "$name")"
	elif grep -q '^::error title=plugin-audit::refused' "$w.out" && [ -z "$(commands_outside_fence "$w.out")" ]; then
		ok "plan: refused $(printf %q "$name") loudly"
	else
		bad "plan: $(printf %q "$name"): $(head -c 300 "$w.out")"
	fi
done

# The registry's `changed` job on a real history: base, then a head that adds NAMES.
changed() {
	local repo=$1; shift
	rm -rf "$repo"; mkdir -p "$repo/plugins/hello" "$repo/rules"
	git -C "$repo" init -q && git -C "$repo" config user.email t@t && git -C "$repo" config user.name t
	printf 'version: 1\n' >"$repo/rules/registry.yml"; printf 'wasm' >"$repo/plugins/hello/hello.wasm"
	git -C "$repo" add -A && git -C "$repo" commit -qm base
	local base; base=$(git -C "$repo" rev-parse HEAD)
	for n in "$@"; do printf 'new' >"$repo/plugins/hello/$n"; done
	git -C "$repo" add -A && git -C "$repo" commit -qm head
	: >"$repo.ghout"
	(cd "$repo" && env EVENT=pull_request BASE="$base" HEAD="$(git rev-parse HEAD)" \
		GITHUB_OUTPUT="$repo.ghout" RUNNER_TEMP="$WORK" bash -e "$WORK/changed.sh" >"$repo.out" 2>&1)
}
if changed "$WORK/reg" 'hell[o].wasm' 'a b*.wasm' &&
	grep -qxF 'plugins/hello/hell[o].wasm' "$WORK/reg.ghout" && grep -qxF 'plugins/hello/a b*.wasm' "$WORK/reg.ghout" &&
	grep -qx 'literal=true' "$WORK/reg.ghout"; then
	ok "changed: git's names passed on as they are, literal=true"
else
	bad "changed: $(cat "$WORK/reg.ghout" "$WORK/reg.out" | head -c 400)"
fi
if changed "$WORK/reg2" $'x\n::notice title=pwned::.wasm'; then
	bad "changed: a newline in a name was accepted"
elif grep -q '^::error title=plugin-audit::refused' "$WORK/reg2.out" && ! grep -q '^::notice' "$WORK/reg2.out"; then
	ok "changed: a newline in a name is refused loudly"
else
	bad "changed: newline: $(head -c 300 "$WORK/reg2.out")"
fi

# audit's "Rules and baseline from the base branch" on a pull request whose
# checkout loosens the rules, swaps the baseline and commits .wasmgate-base
# as a symlink out of the workspace: the base branch's files are used, in a
# fresh directory, and nothing is written through the symlink.
step "$WF" audit rules run >"$WORK/rules.sh" || bad "audit: no rules step"
base=$WORK/origin; pr=$WORK/pr; mkdir -p "$base/rules" "$base/approved" "$WORK/outside"
git -C "$base" init -q -b main && git -C "$base" config user.email t@t && git -C "$base" config user.name t
printf 'version: 1\nname: base\n' >"$base/rules/registry.yml"; printf 'old' >"$base/approved/hello.wasm"
git -C "$base" add -A && git -C "$base" commit -qm base
git clone -q "$base" "$pr" && git -C "$pr" config user.email t@t && git -C "$pr" config user.name t
printf 'version: 1\nname: loosened\n' >"$pr/rules/registry.yml"; printf 'swapped' >"$pr/approved/hello.wasm"
ln -s "$WORK/outside" "$pr/.wasmgate-base"
git -C "$pr" add -A && git -C "$pr" commit -qm pr
: >"$pr.ghout"
(cd "$pr" && env RULES=rules/registry.yml BASELINE=approved FROM_BASE=true IS_PR=true EACH=false PLUGINS=[] BASE_REF=main \
	SERVER="file://$WORK" REPO=origin GITHUB_OUTPUT="$pr.ghout" bash -e "$WORK/rules.sh" >"$pr.out" 2>&1)
rc=$?
r=$(sed -n 's/^rules=//p' "$pr.ghout"); b=$(sed -n 's/^baseline=//p' "$pr.ghout")
if [ $rc = 0 ] && [ ! -L "$pr/.wasmgate-base" ] && grep -q 'name: base' "$pr/$r" &&
	[ "$(cat "$pr/$b/hello.wasm")" = old ] && [ -z "$(ls -A "$WORK/outside")" ]; then
	ok "audit: rules and baseline from the base branch, not through the PR's symlink"
else
	bad "audit: rules step rc=$rc rules=$r baseline=$b $(head -c 300 "$pr.out")"
fi

# Signing: plugin-audit.yml passes the key only on a push to the default
# branch; the README's workflow example too, and takes its rules from the base.
python3 - "$WF" "$WG_SRC/README.md" >"$WORK/sign.out" 2>&1 <<'PY'
import re, sys, yaml
wf, readme = sys.argv[1:3]
bad = []
for s in yaml.safe_load(open(wf))["jobs"]["audit"]["steps"]:
    w = s.get("with") or {}
    if "sign-key" in w and not re.search(r"github\.event_name == 'push' && github\.ref == format\('refs/heads/\{0\}', github\.event\.repository\.default_branch\)", w["sign-key"]):
        bad.append("plugin-audit.yml signs outside a push to the default branch: " + w["sign-key"])
    if "baseline-dir" in w and "inputs." in w["baseline-dir"]:
        bad.append("plugin-audit.yml: baseline-dir from the PR checkout: " + w["baseline-dir"])
text = open(readme).read()
block = re.search(r"### In a workflow\n\n```yaml\n(.*?)```", text, re.S)
doc = yaml.safe_load(block.group(1)) if block else None
for job in (doc or {}).get("jobs", {}).values():
    for s in job["steps"]:
        w = s.get("with") or {}
        if "sign-key" in w and "github.event_name == 'push'" not in w["sign-key"]:
            bad.append("README example signs on pull_request: " + w["sign-key"])
        if "rules" in w and not w["rules"].startswith(".wasmgate-base/"):
            bad.append("README example reads rules from the PR checkout: " + w["rules"])
if not doc:
    bad.append("README: no workflow example")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] && ok "signing only on push to the default branch; rules from the base (workflow, README)" ||
	bad "$(cat "$WORK/sign.out")"

# esc() of the PR comment and of the issue body: no @mention.
for job in review issue; do
	step "$WF" "$job" actions/github-script script >"$WORK/$job.js" || { bad "$job: no github-script step"; continue; }
	out=$(node -e '
		const src = require("fs").readFileSync(process.argv[1], "utf8");
		const m = src.match(/const esc = [\s\S]*?;\n/);
		if (!m) { console.log("no esc()"); process.exit(0); }
		const esc = eval(m[0].replace(/^const esc = /, "").replace(/;\n$/, ""));
		const s = esc("@octocat cc @org/security-team, mail a@b.c");
		console.log(/(^|[^\w])@[A-Za-z0-9]/.test(s) ? "mention: " + s : "none");' "$WORK/$job.js")
	[ "$out" = none ] && ok "$job: esc() neutralises @mentions" || bad "$job: $out"
done
# --- a required check that always reports (issue 10 item 3) ---------------
# changed_mode REPO docs|delete: a pull request that only edits a README, or only deletes a plugin.
changed_mode() {
	local repo=$1 mode=$2 base
	rm -rf "$repo"; mkdir -p "$repo/plugins/hello" "$repo/rules"
	git -C "$repo" init -q && git -C "$repo" config user.email t@t && git -C "$repo" config user.name t
	printf 'version: 1\n' >"$repo/rules/registry.yml"; printf 'wasm' >"$repo/plugins/hello/hello.wasm"
	printf 'doc\n' >"$repo/README.md"
	git -C "$repo" add -A && git -C "$repo" commit -qm base
	base=$(git -C "$repo" rev-parse HEAD)
	case $mode in
	docs) printf 'more doc\n' >>"$repo/README.md" ;;
	delete) git -C "$repo" rm -q plugins/hello/hello.wasm ;;
	esac
	git -C "$repo" add -A && git -C "$repo" commit -qm head
	: >"$repo.ghout"
	(cd "$repo" && env EVENT=pull_request BASE="$base" HEAD="$(git rev-parse HEAD)" \
		GITHUB_OUTPUT="$repo.ghout" RUNNER_TEMP="$WORK" bash -e "$WORK/changed.sh" >"$repo.out" 2>&1)
}
# the value of a KEY<<DELIM output in FILE
multiline_output() { awk -v k="$1" 'index($0, k "<<") == 1 {d = substr($0, length(k) + 3); on = 1; next} on && $0 == d {exit} on' "$2"; }
step "$WF" decide sum run >"$WORK/sum.sh" || bad "decide step not found"
step "$WF" status "Commit status" run >"$WORK/status.sh" || bad "status step not found"
mkdir -p "$WORK/bin"
printf '#!/bin/sh\nprintf "%%s\\n" "$@" >"$GH_ARGS"\n' >"$WORK/bin/gh"; chmod +x "$WORK/bin/gh"
for mode in docs delete; do
	changed_mode "$WORK/pr-$mode" $mode
	p=$(multiline_output path "$WORK/pr-$mode.ghout")
	if [ -z "$p" ] && grep -qx 'literal=true' "$WORK/pr-$mode.ghout"; then
		ok "changed ($mode only): no plugin to audit, path empty"
	else
		bad "changed ($mode only): path '$p' ($(head -c 300 "$WORK/pr-$mode.out"))"
	fi
	# plan with that empty path: an empty matrix, not an error
	mkdir -p "$WORK/plan-$mode"
	if plan "$WORK/plan-$mode" true "$p" && [ "$(cat "$WORK/plan-$mode.matrix")" = '[]' ]; then
		ok "plan ($mode only): empty path -> matrix [] (audit skipped)"
	else
		bad "plan ($mode only): $(cat "$WORK/plan-$mode.matrix") $(head -c 300 "$WORK/plan-$mode.out")"
	fi
	# decide with no results at all (the audit job was skipped): decision none
	mkdir -p "$WORK/decide-$mode"; : >"$WORK/decide-$mode.ghout"
	(cd "$WORK/decide-$mode" && env COUNT=0 EVENT=pull_request PR=7 HEAD_SHA=abc POST=false CATEGORY=c \
		GITHUB_OUTPUT="$WORK/decide-$mode.ghout" GITHUB_STEP_SUMMARY=/dev/null bash -e "$WORK/sum.sh" >/dev/null 2>&1)
	dec=$(sed -n 's/^decision=//p' "$WORK/decide-$mode.ghout")
	[ "$dec" = none ] && ok "decide ($mode only): decision none" || bad "decide ($mode only): decision '$dec'"
	# status: posted, success, context wasmgate
	rm -f "$WORK/gh.args"
	env PATH="$WORK/bin:$PATH" GH_ARGS="$WORK/gh.args" REPO=o/r SHA=abc DECISION="$dec" RUN_URL=u \
		bash -e "$WORK/status.sh" >/dev/null 2>&1
	if grep -qx 'state=success' "$WORK/gh.args" 2>/dev/null && grep -qx 'context=wasmgate' "$WORK/gh.args" &&
		grep -q 'nothing to audit' "$WORK/gh.args" && grep -qx 'repos/o/r/statuses/abc' "$WORK/gh.args"; then
		ok "status ($mode only): wasmgate success, nothing to audit"
	else
		bad "status ($mode only): gh got '$(tr '\n' ' ' <"$WORK/gh.args" 2>/dev/null)'"
	fi
done
for d in approve:success flag:pending reject:failure; do
	rm -f "$WORK/gh.args"
	env PATH="$WORK/bin:$PATH" GH_ARGS="$WORK/gh.args" REPO=o/r SHA=abc DECISION="${d%%:*}" RUN_URL=u \
		bash -e "$WORK/status.sh" >/dev/null 2>&1
	grep -qx "state=${d#*:}" "$WORK/gh.args" 2>/dev/null && ok "status ${d%%:*}: ${d#*:}" || bad "status ${d%%:*}: not ${d#*:}"
done
# the wiring: every pull request triggers the registry's workflow, which always
# calls the reusable one; there the audit is skipped on an empty matrix while
# decide and status still run.
if python3 - "$WF" "$REG" <<'PY'
import sys, yaml
wf, reg = (yaml.safe_load(open(f)) for f in sys.argv[1:3])
on = reg.get(True, reg.get("on"))
assert on["pull_request"] in (None, {}) or "paths" not in on["pull_request"], "pull_request has a paths filter"
assert "if" not in reg["jobs"]["audit"], "the registry skips the reusable workflow"
j = wf["jobs"]
assert "matrix != '[]'" in j["audit"]["if"], "audit not skipped on an empty matrix"
assert j["decide"]["if"].startswith("always()") and "audit" not in j["status"]["needs"], "status depends on audit"
assert "always()" in j["status"]["if"], "status not always()"
assert "!= 'none'" in j["review"]["if"], "review comments on nothing"
PY
then ok "wiring: every pull request reaches the status job"; else bad "wiring (see above)"; fi

check_done
