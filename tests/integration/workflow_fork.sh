#!/usr/bin/env bash
# workflow_fork.sh - issue 10 items 2, 6, 7, 8: the shell and JavaScript of
# plugin-audit.yml and plugin-audit-post.yml run here on prepared inputs:
#   scale    plan splits 1,000 generated plugin paths (hostile names among
#            them) into at most 256 batches, every plugin in exactly one;
#            the batch step audits several plugins in one job with the real
#            CLI behind a fake `docker` (image loaded once, one run per
#            plugin, one SARIF category per plugin); SARIF goes up 20 runs
#            per upload (fake gh), each run keeping its category
#   fork     decide writes wasmgate-report (and says why no attestation was
#            made); plugin-audit-post.yml's check takes a good report and
#            refuses forged ones (PR number not the run's, other head sha,
#            not digits, decision outside the set or better than the
#            results, links, odd names, huge files, SARIF of another
#            category, no report at all) with fixed text -> status failure;
#            hostile plugin names are cut, escaped, never a workflow
#            command or an @mention; the shared scripts are the same text
#            in both files; no ${{ }} in any run:/script:, no checkout in
#            the post workflow; the direct jobs stand aside in post mode
#   private  every git fetch carries the job's token (an extra header
#            through GIT_CONFIG_*, checked on the real fetch), or follows a
#            checkout that keeps its credentials
#   baseline with baseline-from-base each plugin's baseline is its file on
#            the base branch, never the pull request's
# Missing python3-yaml, git, jq, node, openssl, iconv or wat2wasm: skip (77).
set -uo pipefail
: "${WG_SRC:?}" "${WASMGATE:?}"
WAT2WASM=${WAT2WASM:-wat2wasm}
for t in python3 git jq openssl iconv node gzip base64 "$WAT2WASM"; do
	command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }
done
python3 -c 'import yaml' 2>/dev/null || { echo "SKIP: python3-yaml not installed"; exit 77; }
WASMGATE=$(realpath "$WASMGATE")
source "$WG_SRC/tests/integration/lib/check.sh"
WF=$WG_SRC/.github/workflows/plugin-audit.yml
POSTWF=$WG_SRC/.github/workflows/plugin-audit-post.yml
REGPOST=$WG_SRC/examples/registry/.github/workflows/plugin-audit-post.yml
REG=$WG_SRC/examples/registry/.github/workflows/plugin-audit.yml
WORK=$(mktemp -d "${TMPDIR:-/tmp}/wg-fork.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
export RUNNER_TEMP=$WORK/runner-temp
mkdir -p "$RUNNER_TEMP" "$WORK/bin"

# step FILE JOB ID-OR-NAME KEY: a step's `run` (KEY=run) or github-script `with.script` (KEY=script)
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
for s in "plan list run" "audit rules run" "audit batch run" "audit Upload_SARIF run" "decide sum run" \
	"status Commit_status run"; do
	set -- $s
	step "$WF" "$1" "${2//_/ }" "$3" >"$WORK/$1-$2.sh" || { bad "plugin-audit.yml: no step $1/$2"; check_done; exit; }
done
step "$POSTWF" post check run >"$WORK/check.sh" || { bad "plugin-audit-post.yml: no check step"; check_done; exit; }
step "$POSTWF" post "Commit status" run >"$WORK/post-status.sh" || { bad "post: no status step"; check_done; exit; }
step "$POSTWF" post "Comment and label" script >"$WORK/comment.js" || { bad "post: no comment step"; check_done; exit; }
step "$POSTWF" post Issues script >"$WORK/issues.js" || { bad "post: no issues step"; check_done; exit; }

# the value of KEY in a GITHUB_OUTPUT file (KEY=VALUE or KEY<<DELIM)
out_value() {
	awk -v k="$1" 'index($0, k "=") == 1 { print substr($0, length(k) + 2); exit }
		index($0, k "<<") == 1 { d = substr($0, length(k) + 3); on = 1; next }
		on && $0 == d { exit } on { print }' "$2"
}
# lines the runner would take as workflow commands outside a ::stop-commands:: fence
commands_outside_fence() {
	awk '/^::stop-commands::/ {tok = substr($0, 17); next}
	     tok != "" && $0 == "::" tok "::" {tok = ""; next}
	     tok != "" {next}
	     /##\[/ || /^[[:space:]]*::/ {print}' "$1"
}

# --- scale: the planner on 1,000 plugins --------------------------------
# plan WS SIZE: run plan on plugins/**/*.wasm in WS with batch-size SIZE
plan() {
	: >"$1.ghout"
	(cd "$1" && env PATTERNS='plugins/**/*.wasm' LITERAL=false FROM_ARTIFACT=false BATCH_SIZE="$2" \
		GITHUB_OUTPUT="$1.ghout" bash -e "$WORK/plan-list.sh" >"$1.out" 2>&1)
}
big=$WORK/big
mkdir -p "$big/plugins"
hostile=('a b.wasm' 'hell[o].wasm' 'star*.wasm' '##[add-mask]x.wasm' '::warning::y.wasm' '@octocat.wasm'
	'-n.wasm' 'ü-ünï.wasm' "it's.wasm" 'back\slash.wasm')
for ((i = 0; i < 1000 - ${#hostile[@]}; i++)); do
	d=$big/plugins/p$((i % 37)); mkdir -p "$d"; : >"$d/plugin-$i.wasm"
done
for h in "${hostile[@]}"; do : >"$big/plugins/$h"; done
(cd "$big" && find plugins -name '*.wasm' -printf '%p\n' | LC_ALL=C sort) >"$WORK/big.want"
for size in 20 1 7 1000; do
	if plan "$big" $size; then
		m=$(sed -n 's/^matrix=//p' "$big.ghout")
		printf '%s\n' "$m" >"$WORK/big.matrix.$size"
		batches=$(jq length <<<"$m")
		got=$(jq -r '.[].plugins[].file' <<<"$m" | LC_ALL=C sort)
		dups=$(jq -r '[.[].plugins[].id] | length - (unique | length)' <<<"$m")
		maxb=$(jq '[.[].plugins | length] | max' <<<"$m")
		count=$(sed -n 's/^count=//p' "$big.ghout")
		if [ "$batches" -le 256 ] && [ "$got" = "$(cat "$WORK/big.want")" ] && [ "$dups" = 0 ] && [ "$count" = 1000 ] &&
			[ -z "$(commands_outside_fence "$big.out" | grep -v '^::error')" ]; then
			ok "plan batch-size $size: 1000 plugins in $batches batches (at most $maxb each), each once, no workflow command"
		else
			bad "plan batch-size $size: $batches batches, count $count, dups $dups, files match: $([ "$got" = "$(cat "$WORK/big.want")" ] && echo yes || echo no); $(commands_outside_fence "$big.out" | head -2)"
		fi
	else
		bad "plan batch-size $size failed: $(head -c 300 "$big.out")"
	fi
done
m=$(cat "$WORK/big.matrix.20")
[ "$(jq length <<<"$m")" = 50 ] && ok "plan: batch-size 20 -> 50 batches for 1000 plugins" || bad "plan: batch-size 20 gave $(jq length <<<"$m") batches"
m=$(cat "$WORK/big.matrix.1")
[ "$(jq length <<<"$m")" = 250 ] && [ "$(jq '[.[].plugins | length] | max' <<<"$m")" = 4 ] &&
	ok "plan: batch-size 1 over 256 batches -> 250 batches of 4" || bad "plan: batch-size 1 gave $(jq length <<<"$m") batches"
for size in 0 -3 abc '1;id' ''; do
	if plan "$big" "$size"; then bad "plan: batch-size '$size' accepted"
	elif grep -q '^::error title=plugin-audit::batch-size' "$big.out"; then ok "plan: batch-size '$size' refused"
	else bad "plan: batch-size '$size': $(head -c 200 "$big.out")"; fi
done

# --- scale: one job audits a batch (fake docker running the real CLI) -------
cat >"$WORK/bin/docker" <<'PY'
#!/usr/bin/env python3
# fake docker: load/pull are counted; run executes wasmgate with only the -e variables, in -w
import os, sys
log = open(os.environ["DOCKER_LOG"], "a")
a = sys.argv[1:]
log.write(a[0] + "\n"); log.close()
if a[0] in ("load", "pull"):
    sys.stdin.read() if a[0] == "load" else None
    sys.exit(0)
assert a[0] == "run"
env, cwd, i = {"PATH": os.environ["PATH"]}, None, 1
while a[i].startswith("-"):
    o = a[i]
    if o == "--rm": i += 1; continue
    v = a[i + 1]; i += 2
    if o == "-w": cwd = v
    elif o == "-e":
        k, eq, val = v.partition("=")
        if eq: env[k] = val
        elif k in os.environ: env[k] = os.environ[k]
image, cmd = a[i], a[i + 1:]
os.chdir(cwd)
os.execve(os.environ["WASMGATE"], ["wasmgate"] + cmd, env)
PY
chmod +x "$WORK/bin/docker"
ws=$WORK/ws
WAT2WASM=$WAT2WASM bash -c 'source "$1/tests/container/cases.sh" && wg_make_workspace "$2"' _ "$WG_SRC" "$ws" ||
	{ bad "cannot build the fixture workspace"; check_done; exit; }
cp "$ws/plugins/hello.wasm" "$ws/plugins/##[warning]@octocat.wasm"
batch='[{"id":"0","file":"plugins/hello.wasm","plugin":"hello"},
	{"id":"1","file":"plugins/grow.wasm","plugin":"grow"},
	{"id":"2","file":"plugins/fileio.wasm","plugin":"fileio"},
	{"id":"3","file":"plugins/##[warning]@octocat.wasm","plugin":"##[warning]@octocat"}]'
: >"$WORK/docker.log"
(cd "$ws" && env PATH="$WORK/bin:$PATH" DOCKER_LOG="$WORK/docker.log" WASMGATE="$WASMGATE" PLUGINS="$batch" \
	RULES= BASELINE= BASELINE_EACH= CATEGORY=registry PULL= IMAGE_TAR=/dev/null SIGN_KEY= GITHUB_ACTIONS=true \
	bash -e "$WORK/audit-batch.sh" >"$WORK/batch.out" 2>&1)
rc=$?
decisions=$(for i in 0 1 2 3; do jq -r .decision "$ws/wasmgate-results/$i/result.json" 2>/dev/null || echo missing; done | tr '\n' ' ')
if [ $rc = 0 ] && [ "$decisions" = "approve flag reject approve " ]; then
	ok "batch: one job audits 4 plugins: $decisions"
else
	bad "batch: rc=$rc decisions '$decisions' $(tail -c 400 "$WORK/batch.out")"
fi
[ "$(grep -c '^load$' "$WORK/docker.log")" = 1 ] && [ "$(grep -c '^run$' "$WORK/docker.log")" = 4 ] &&
	ok "batch: the image loaded once, run once per plugin" || bad "batch: docker calls: $(sort "$WORK/docker.log" | uniq -c | tr '\n' ' ')"
cats=$(for i in 0 1 2 3; do jq -r '.runs[].automationDetails.id' "$ws/wasmgate-results/$i/plugin.sarif" 2>/dev/null; done | tr '\n' ' ')
runs=$(for i in 0 1 2 3; do jq '.runs | length' "$ws/wasmgate-results/$i/plugin.sarif" 2>/dev/null; done | tr -d '\n')
[ "$runs" = 1111 ] && [ "$cats" = "registry/hello/ registry/grow/ registry/fileio/ registry/___warning_@octocat/ " ] &&
	ok "batch: one SARIF run per plugin, each its own category" || bad "batch: SARIF runs '$runs', categories '$cats'"

# the Upload SARIF step: 45 plugins' SARIF -> 20 + 20 + 5 runs, categories kept
printf '#!/bin/sh\nn=$(ls "$GH_DIR" | wc -l); printf "%%s\\n" "$@" >"$GH_DIR/$n.args"; cat >"$GH_DIR/$n.body"; echo "{\\"id\\": \\"u$n\\"}" | jq -r .id\n' >"$WORK/bin/gh"
chmod +x "$WORK/bin/gh"
up=$WORK/up; mkdir -p "$up/sarif" "$WORK/ghcalls"
for ((i = 0; i < 45; i++)); do
	mkdir -p "$up/sarif/$i"
	jq --arg c "registry/p$i/" '.runs[0].automationDetails.id = $c' "$ws/wasmgate-results/0/plugin.sarif" >"$up/sarif/$i/plugin.sarif"
done
(cd "$up" && env PATH="$WORK/bin:$PATH" GH_DIR="$WORK/ghcalls" REPO=o/r SHA=0123 REF=refs/pull/7/merge SARIF_DIR=sarif \
	bash -e "$WORK/audit-Upload_SARIF.sh" >"$up.out" 2>&1)
rc=$?
sizes=""; allcats=""
for b in "$WORK"/ghcalls/*.body; do
	s=$(jq -r .sarif "$b" | base64 -d | gzip -dc)
	sizes+="$(jq '.runs | length' <<<"$s") "
	allcats+="$(jq -r '.runs[].automationDetails.id' <<<"$s")"$'\n'
	[ "$(jq -r '.commit_sha + " " + .ref' "$b")" = "0123 refs/pull/7/merge" ] || sizes+="(wrong sha/ref) "
done
want=$(for ((i = 0; i < 45; i++)); do echo "registry/p$i/"; done | sort)
if [ $rc = 0 ] && [ "$sizes" = "20 20 5 " ] && [ "$(sort <<<"${allcats%$'\n'}")" = "$want" ] &&
	grep -qx 'repos/o/r/code-scanning/sarifs' "$WORK/ghcalls/0.args"; then
	ok "SARIF upload: 45 plugins in 3 uploads (20/20/5 runs), every category once"
else
	bad "SARIF upload: rc=$rc runs per upload '$sizes' $(head -c 300 "$up.out")"
fi

# --- fork: decide writes the report, the summary says why no attestation -----
dec=$WORK/decide; mkdir -p "$dec/results"
cp -r "$ws"/wasmgate-results/* "$dec/results/"
head_sha=$(printf '%040d' 7 | tr 0 a)
: >"$dec.ghout"; : >"$dec.summary"
(cd "$dec" && env COUNT=4 EVENT=pull_request ON_DEFAULT=false HAS_KEY=false PR=42 HEAD_SHA="$head_sha" POST=true \
	CATEGORY=registry GITHUB_OUTPUT="$dec.ghout" GITHUB_STEP_SUMMARY="$dec.summary" bash -e "$WORK/decide-sum.sh" >"$dec.out" 2>&1)
r=$dec/wasmgate-report
if [ "$(out_value decision "$dec.ghout")" = reject ] && [ "$(jq -r '"\(.number) \(.head_sha) \(.decision) \(.post)"' "$r/pr.json")" = "42 $head_sha reject true" ] &&
	[ "$(ls "$r/sarif" | tr '\n' ' ')" = "0.sarif 1.sarif 2.sarif 3.sarif " ] && [ "$(jq length "$r/results.json")" = 4 ]; then
	ok "decide: wasmgate-report with PR number, head sha, decision, results, SARIF"
else
	bad "decide: $(cat "$dec.ghout" "$dec.out" | head -c 400)"
fi
grep -q '^No attestation was made: attestations are signed only on a push to the default branch' "$dec.summary" &&
	ok "decide: the summary says plainly that no attestation was made, and why" || bad "decide: summary: $(head -5 "$dec.summary")"
: >"$dec.ghout"; : >"$dec.summary"
(cd "$dec" && env COUNT=4 EVENT=push ON_DEFAULT=true HAS_KEY=false PR= HEAD_SHA="$head_sha" POST=false CATEGORY=registry \
	GITHUB_OUTPUT="$dec.ghout" GITHUB_STEP_SUMMARY="$dec.summary" bash -e "$WORK/decide-sum.sh" >/dev/null 2>&1)
grep -q '^No attestation was made: no sign-key' "$dec.summary" && ok "decide: push without a key: says no key was given" ||
	bad "decide: push without key: $(head -3 "$dec.summary")"
: >"$dec.ghout"; : >"$dec.summary"
(cd "$dec" && env COUNT=4 EVENT=pull_request PR=42 HEAD_SHA="$head_sha" POST=false FORK=true CATEGORY=registry \
	GITHUB_OUTPUT="$dec.ghout" GITHUB_STEP_SUMMARY="$dec.summary" bash -e "$WORK/decide-sum.sh" >"$dec.out" 2>&1)
grep -q '^This pull request comes from a fork: its token is read-only' "$dec.summary" &&
	grep -q '^::warning title=plugin-audit::pull request from a fork' "$dec.out" &&
	ok "decide: a fork's run without post-from-workflow-run says why nothing is posted" ||
	bad "decide: fork notice: $(head -5 "$dec.summary")"
: >"$dec.ghout"
(cd "$dec" && rm -rf results/3 && env COUNT=4 EVENT=pull_request PR=42 HEAD_SHA="$head_sha" POST=true CATEGORY=registry \
	GITHUB_OUTPUT="$dec.ghout" GITHUB_STEP_SUMMARY=/dev/null bash -e "$WORK/decide-sum.sh" >"$dec.out" 2>&1)
[ "$(out_value decision "$dec.ghout")" = reject ] && grep -q '3 of 4 plugin audits left a result' "$dec.out" &&
	ok "decide: a batch that left no result is a reject" || bad "decide: missing result: $(cat "$dec.ghout")"
cp -r "$ws/wasmgate-results/3" "$dec/results/"

# --- fork: the post workflow's check on good and forged reports --------------
good=$WORK/good-report
rm -rf "$good" && cp -r "$r" "$good"
(cd "$dec" && env COUNT=4 EVENT=pull_request PR=42 HEAD_SHA="$head_sha" POST=true CATEGORY=registry \
	GITHUB_OUTPUT=/dev/null GITHUB_STEP_SUMMARY=/dev/null bash -e "$WORK/decide-sum.sh" >/dev/null 2>&1)
rm -rf "$good" && cp -r "$r" "$good"
# fake gh for the check: GitHub's record of PR 42 has head $GH_HEAD
cat >"$WORK/bin/gh" <<'SH'
#!/bin/sh
case "$*" in
*statuses*) printf '%s\n' "$@" >"$GH_ARGS" ;;
*pulls/42*) echo "$GH_HEAD" ;;
*) echo "gh: not found" >&2; exit 1 ;;
esac
SH
chmod +x "$WORK/bin/gh"
# check REPORT RUN_PRS [GH_HEAD]: run the check step; outputs in $WORK/check.ghout
check() {
	: >"$WORK/check.ghout"
	env PATH="$WORK/bin:$PATH" GH_HEAD="${3:-$head_sha}" GH_TOKEN=t REPO=o/r HEAD_SHA="$head_sha" RUN_PRS="$2" \
		CATEGORY=registry REPORT="$1" VALID="$WORK/valid" GITHUB_OUTPUT="$WORK/check.ghout" \
		bash -e "$WORK/check.sh" >"$WORK/check.out" 2>&1
}
cv() { out_value "$1" "$WORK/check.ghout"; }
check "$good" '[]'
if [ "$(cv valid)" = true ] && [ "$(cv pr)" = 42 ] && [ "$(cv decision)" = reject ] && [ -z "$(cv reason)" ] &&
	[ "$(ls "$WORK/valid/sarif" | wc -l)" = 4 ]; then
	ok "post check: a fork's report (no pull_requests in the event, GitHub's head matches) is taken"
else
	bad "post check: good fork report: $(cat "$WORK/check.ghout" "$WORK/check.out" | head -c 400)"
fi
check "$good" '[{"number": 42, "head": {"sha": "x"}}]' "$(printf '%040d' 0)"
[ "$(cv valid)" = true ] && [ "$(cv pr)" = 42 ] && ok "post check: a same-repo report (the event lists PR 42) is taken" ||
	bad "post check: same-repo: $(cat "$WORK/check.ghout")"
# the hostile name is cut and kept as data; the comment and issue escape it
name=$(jq -r '.[3].plugin' "$WORK/valid/results.json")
[ "$name" = '##[warning]@octocat' ] && ok "post check: names stay data ($name)" || bad "post check: name '$name'"

# forge NAME JQ-ON-PR.JSON: a copy of the good report with pr.json changed
forge() { rm -rf "$WORK/f-$1"; cp -r "$good" "$WORK/f-$1"; [ -z "$2" ] || { jq "$2" "$good/pr.json" >"$WORK/f-$1/pr.json"; }; echo "$WORK/f-$1"; }
# refused NAME REPORT RUN_PRS [GH_HEAD]: the check refuses, with fixed text and no artifact data in the log
refused() {
	local name=$1; shift
	check "$@"
	if [ "$(cv valid)" = false ] && [ "$(cv decision)" = reject ] && [ -n "$(cv reason)" ] &&
		grep -q '^::error title=plugin-audit-post::refused: ' "$WORK/check.out" &&
		! grep -qiE 'octocat|pwned|##\[warning' "$WORK/check.out" && [ "$(jq length "$WORK/valid/results.json")" = 0 ]; then
		ok "post check refuses $name: $(cv reason)"
	else
		bad "post check took $name: $(cat "$WORK/check.ghout" "$WORK/check.out" | head -c 400)"
	fi
}
refused "a PR number that is not the run's" "$(forge n43 '.number = 43')" '[{"number": 42}]'
refused "a fork PR whose head is another commit" "$(forge fork '')" '[]' "$(printf '%040d' 1)"
refused "a PR number of words" "$(forge words '.number = "42; echo ::warning::pwned"')" '[]'
refused "a PR number with a leading zero" "$(forge zero '.number = "042"')" '[]'
refused "a fractional PR number" "$(forge frac '.number = 42.5')" '[]'
refused "another head sha" "$(forge sha ".head_sha = \"$(printf '%040d' 2)\"")" '[]'
refused "a decision outside the set" "$(forge lgtm '.decision = "lgtm\n::warning::pwned"')" '[]'
refused "a decision better than the results" "$(forge better '.decision = "approve"')" '[]'
refused "a decision 'none' with results" "$(forge none '.decision = "none"')" '[]'
f=$(forge link ''); ln -s /etc/passwd "$f/attestation.txt" 2>/dev/null || ln -sf /etc/passwd "$f/attestation.txt"
refused "a symlink" "$f" '[]'
f=$(forge extra ''); : >"$f/run.sh"; refused "an unexpected file" "$f" '[]'
f=$(forge nlname ''); : >"$f/sarif/$'1.sarif\npr.json'"; refused "a file name with a newline" "$f" '[]'
f=$(forge huge ''); head -c 21000000 /dev/zero | tr '\0' ' ' >>"$f/results.json"; refused "a 21 MB file" "$f" '[]'
f=$(forge bigpr ''); jq --arg x "$(head -c 5000 /dev/zero | tr '\0' x)" '.pad = $x' "$good/pr.json" >"$f/pr.json"
refused "a large pr.json" "$f" '[]'
f=$(forge cat ''); jq '.runs[0].automationDetails.id = "other/hello/"' "$good/sarif/0.sarif" >"$f/sarif/0.sarif"
refused "SARIF of another category" "$f" '[]'
f=$(forge runs ''); jq '.runs += .runs' "$good/sarif/0.sarif" >"$f/sarif/0.sarif"
refused "SARIF with two runs" "$f" '[]'
f=$(forge notlist ''); echo '{"plugin": "x"}' >"$f/results.json"; refused "results that are not a list" "$f" '[]'
refused "no report at all" "$WORK/no-such-report" '[]'
f=$(forge direct '.post = false'); check "$f" '[]'
[ "$(cv valid)" = skip ] && ok "post check: a report of a direct run (post false) posts nothing" || bad "post check: post=false: $(cat "$WORK/check.ghout")"

# fields are rebuilt: long strings cut, unknown decisions and levels -> reject / error
f=$(forge wild '')
jq --arg long "$(head -c 100000 /dev/zero | tr '\0' a)" '.[0].plugin = $long + "\n::warning::pwned"
	| .[0].counts = {error: "9; rm", warning: -1, note: 1e300} | .[3].decision = "approve\n"
	| .[1].findings = [{rule: {x: 1}, level: "##[error]", message: "@octocat\nline", waived: "yes"}]' \
	"$good/results.json" >"$f/results.json"
check "$f" '[]'
v=$WORK/valid/results.json
if [ "$(cv valid)" = true ] && [ "$(jq -r '.[0].plugin | length' "$v")" = 200 ] &&
	[ "$(jq -c '.[0].counts' "$v")" = '{"error":0,"warning":0,"note":0}' ] && [ "$(jq -r '.[3].decision' "$v")" = reject ] &&
	[ "$(jq -c '.[1].findings[0] | [.rule, .level, .waived]' "$v")" = '["","error",false]' ]; then
	ok "post check: fields rebuilt (name cut to 200, counts bounded, decision/level from the set)"
else
	bad "post check: wild fields: $(head -c 400 "$v") $(cat "$WORK/check.out" | head -c 200)"
fi

# the status the post workflow sends: refused -> failure on the run's head, fixed text
refused "a PR number that is not the run's (status)" "$(forge n44 '.number = 44')" '[{"number": 42}]'
rm -f "$WORK/gh.args"
env PATH="$WORK/bin:$PATH" GH_ARGS="$WORK/gh.args" REPO=o/r SHA="$head_sha" DECISION="$(cv decision)" REASON="$(cv reason)" \
	RUN_URL=u bash -e "$WORK/post-status.sh" >/dev/null 2>&1
grep -qx 'state=failure' "$WORK/gh.args" 2>/dev/null && grep -qx 'context=wasmgate' "$WORK/gh.args" &&
	grep -qx "repos/o/r/statuses/$head_sha" "$WORK/gh.args" && grep -q '^description=refused: the pull request number' "$WORK/gh.args" &&
	ok "post status: a refused report -> wasmgate failure 'refused: ...' on the run's head" ||
	bad "post status: $(tr '\n' ' ' <"$WORK/gh.args" 2>/dev/null)"

# the comment and the issues on hostile names (github mocked): no @mention, no
# raw newline inside a row, the issue title no workflow command
check "$WORK/f-wild" '[]'
cat >"$WORK/run.js" <<'JS'
const fs = require('fs');
const [script, mode] = process.argv.slice(2);
const calls = [];
const rec = (name) => async (args) => { calls.push([name, args]); return { data: { number: 9 } }; };
const github = { paginate: async () => [], rest: { issues: {
  listComments: 1, listForRepo: 1, updateComment: rec('updateComment'), createComment: rec('createComment'),
  createLabel: rec('createLabel'), addLabels: rec('addLabels'), removeLabel: rec('removeLabel'),
  update: rec('update'), create: rec('create') } } };
const context = { repo: { owner: 'o', repo: 'r' } };
const core = { info: (s) => calls.push(['info', s]) };
const AsyncFunction = Object.getPrototypeOf(async function () {}).constructor;
new AsyncFunction('github', 'context', 'core', 'require', fs.readFileSync(script, 'utf8'))(github, context, core, require)
  .then(() => console.log(JSON.stringify(calls)), (e) => { console.log('ERROR ' + e.message); process.exit(1); });
JS
calls=$(cd "$WORK" && env DECISION=reject REASON= PR_NUMBER=42 RESULTS_FILE="$WORK/valid/results.json" RUN_URL=u \
	node run.js comment.js 2>&1)
body=$(jq -r '.[] | select(.[0] == "createComment") | .[1].body' <<<"$calls" 2>/dev/null)
if [ -n "$body" ] && ! grep -qE '(^|[^[:alnum:]])@[[:alnum:]]' <<<"$body" && ! grep -q '^::' <<<"$body" &&
	[ "$(jq -r '.[] | select(.[0] == "createComment") | .[1].issue_number' <<<"$calls")" = 42 ] &&
	grep -q 'No attestation was made' <<<"$body"; then
	ok "post comment: PR 42, no @mention, no line of a hostile name, says no attestation was made"
else
	bad "post comment: $(head -c 400 <<<"$calls")"
fi
calls=$(cd "$WORK" && env DECISION=reject REASON='the pull request number is not the audit run'"'"'s' PR_NUMBER=42 \
	RESULTS_FILE=/nonexistent RUN_URL=u node run.js comment.js 2>&1)
jq -r '.[] | select(.[0] == "createComment") | .[1].body' <<<"$calls" 2>/dev/null | grep -q "report was refused: the pull request number" &&
	ok "post comment: a refused report says so (fixed text)" || bad "post comment refused: $(head -c 300 <<<"$calls")"
calls=$(cd "$WORK" && env PR_NUMBER=42 SHA="$head_sha" RESULTS_FILE="$WORK/valid/results.json" RUN_URL=u \
	node run.js issues.js 2>&1)
titles=$(jq -r '.[] | select(.[0] == "create") | .[1].title' <<<"$calls" 2>/dev/null)
if [ "$(wc -l <<<"$titles")" = 2 ] && ! grep -qE '::|##\[|@[[:alnum:]]|[[:cntrl:]]' <<<"$titles" &&
	! jq -r '.[] | select(.[0] == "info") | .[1]' <<<"$calls" | grep -qE '^::|##\['; then
	ok "post issues: one per rejected plugin, titles with no workflow command or @mention"
else
	bad "post issues: $(head -c 400 <<<"$calls")"
fi

# --- the workflows' text ----------------------------------------------------
python3 - "$WF" "$POSTWF" "$REG" "$REGPOST" "$WG_SRC" >"$WORK/static.out" 2>&1 <<'PY'
import glob, os, re, sys, yaml
wf_path, post_path, reg_path, regpost_path, src = sys.argv[1:6]
wf, post, reg, regpost = (yaml.safe_load(open(p)) for p in (wf_path, post_path, reg_path, regpost_path))
bad = []
def steps(d, job): return d["jobs"][job].get("steps", [])
def find(d, job, key):
    for s in steps(d, job):
        if key in (s.get("id"), s.get("name"), s.get("uses", "").split("@")[0]): return s
# 1. the shared scripts are the same text in both files
pairs = [(("status", "Commit status"), ("post", "Commit status"), "run"),
         (("review", "actions/github-script"), ("post", "Comment and label"), "script"),
         (("issue", "actions/github-script"), ("post", "Issues"), "script"),
         (("audit", "Upload SARIF"), ("post", "Upload SARIF"), "run")]
for a, b, key in pairs:
    x, y = find(wf, *a), find(post, *b)
    tx = x["run"] if key == "run" else x["with"]["script"]
    ty = y["run"] if key == "run" else y["with"]["script"]
    if tx != ty: bad.append(f"{a} and {b} differ")
# 2. no ${{ }} inside any run: or script: of any workflow
files = glob.glob(os.path.join(src, ".github/workflows/*.yml")) + glob.glob(os.path.join(src, "examples/registry/.github/workflows/*.yml"))
for f in files:
    d = yaml.safe_load(open(f))
    for jn, j in d.get("jobs", {}).items():
        for s in j.get("steps", []):
            for body in (s.get("run"), (s.get("with") or {}).get("script")):
                if body and "${{" in body: bad.append(f"{os.path.basename(f)} {jn}: ${{{{ }}}} inside a script")
# 3. the post workflow checks out nothing, runs on workflow_run, every job has permissions
for jn, j in post["jobs"].items():
    if "permissions" not in j: bad.append(f"post {jn}: no permissions")
    for s in j.get("steps", []):
        if "actions/checkout" in s.get("uses", ""): bad.append(f"post {jn}: checks out code")
if "workflow_run" not in str(post["jobs"]["post"]["if"]) or "'pull_request'" not in post["jobs"]["post"]["if"]:
    bad.append("post: not limited to workflow_run of pull requests")
if post.get("permissions") != {}: bad.append("post: permissions at the top")
# 4. in post mode on pull requests plugin-audit.yml posts nothing itself
cond = "inputs.post-from-workflow-run"
for jn in ("status", "review", "merge", "issue"):
    if cond not in wf["jobs"][jn]["if"]: bad.append(f"plugin-audit.yml {jn}: posts in post mode")
if cond not in find(wf, "audit", "Upload SARIF")["if"]: bad.append("plugin-audit.yml: SARIF upload in post mode")
# ... nor on a fork's pull request without it (its token is read-only: no 403s)
for jn in ("status", "review", "merge", "issue"):
    if "github.event.pull_request.head.repo.full_name" not in wf["jobs"][jn]["if"]:
        bad.append(f"plugin-audit.yml {jn}: posts on a fork's pull request")
# 5. the registry template: audit in post mode, the post workflow on its completion with the same category
on = regpost.get(True, regpost.get("on"))
regbuild = yaml.safe_load(open(os.path.join(src, "examples/registry/.github/workflows/plugin-build.yml")))
if sorted(on.get("workflow_run", {}).get("workflows") or []) != sorted([reg["name"], regbuild["name"]]):
    bad.append("template post: not on plugin-audit's and plugin-build's completion")
if "'pull_request_review'" not in regpost["jobs"]["post"]["if"]: bad.append("template post: a review's run (waiver renewal) is not posted")
# the build workflow audits in post mode too, and forwards the input to plugin-audit.yml
if regbuild["jobs"]["build"]["with"].get("post-from-workflow-run") is not True: bad.append("template plugin-build: post-from-workflow-run not true")
bwf = yaml.safe_load(open(os.path.join(src, ".github/workflows/plugin-build.yml")))
if bwf["jobs"]["audit"]["with"].get("post-from-workflow-run") != "${{ inputs.post-from-workflow-run }}":
    bad.append("plugin-build.yml: post-from-workflow-run not passed to plugin-audit.yml")
a, p = reg["jobs"]["audit"]["with"], regpost["jobs"]["post"]["with"]
if a.get("post-from-workflow-run") is not True: bad.append("template: post-from-workflow-run not true")
if a.get("category") != p.get("category"): bad.append("template: categories differ")
if a.get("baseline-from-base") is not True: bad.append("template: baseline-from-base not true")
# 6. private repositories: a git command that talks to a remote carries the token
# (the workflow files, and README.md's workflow example)
net = re.compile(r"\bgit\b[^\n|;&]*\b(fetch|clone|pull|push|ls-remote|submodule)\b")
readme = re.search(r"### In a workflow\n\n```yaml\n(.*?)```", open(os.path.join(src, "README.md")).read(), re.S)
docs = [(f, yaml.safe_load(open(f))) for f in files] + ([("README.md", yaml.safe_load(readme.group(1)))] if readme else [])
if not readme: bad.append("README.md: no workflow example")
for f, d in docs:
    for jn, j in d.get("jobs", {}).items():
        kept = False   # an earlier actions/checkout that keeps its credentials
        for s in j.get("steps", []):
            if "actions/checkout" in s.get("uses", "") and not (s.get("with") or {}).get("repository"):
                kept = kept or (s.get("with") or {}).get("persist-credentials", True) is not False
            body = s.get("run") or ""
            if net.search(body) and not kept:
                env = s.get("env") or {}
                if not ("github.token" in str(env.values()) and "extraheader" in body and "GIT_CONFIG_VALUE_0" in body):
                    bad.append(f"{os.path.basename(f)} {jn}: a git fetch without the token")
print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
[ $? = 0 ] && ok "workflows: shared scripts identical, no \${{ }} in scripts, post checks out nothing, direct jobs stand aside, template wired, every fetch authenticated" ||
	bad "workflows: $(cat "$WORK/static.out")"

# --- private: the rules step's fetch carries the token (fake git wrapper) ----
base=$WORK/origin pr=$WORK/pr
mkdir -p "$base/rules" "$base/plugins/a" "$base/plugins/dir.wasm"
git -C "$base" init -q -b main && git -C "$base" config user.email t@t && git -C "$base" config user.name t
printf 'version: 1\n' >"$base/rules/registry.yml"; printf 'approved-a' >"$base/plugins/a/x.wasm"
printf 'x' >"$base/plugins/dir.wasm/f"
# a published registry on the base branch: reg 1.0.0, 1.1.0 (newest), 2.0.0 yanked; bad points outside
mkdir -p "$base/registry/plugins/reg/1.0.0" "$base/registry/plugins/reg/1.1.0" "$base/registry/plugins/reg/2.0.0" "$base/registry/plugins/liar/1.0.0"
for v in 1.0.0 1.1.0 2.0.0; do printf 'reg-%s' $v >"$base/registry/plugins/reg/$v/reg.wasm"; done
printf 'liar' >"$base/registry/plugins/liar/1.0.0/liar.wasm"
sha() { printf '%s' "$1" | sha256sum | cut -d' ' -f1; }
jq -n --arg a "$(sha reg-1.0.0)" --arg b "$(sha reg-1.1.0)" --arg c "$(sha reg-2.0.0)" --arg z "$(sha other)" '
	def e($v; $p; $s; $y): {($v): {published: $p, yanked: $y, sha256: $s, files: {wasm: {path: "plugins/reg/\($v)/reg.wasm"}}}};
	{plugins: {reg: (e("1.1.0"; "2026-02-01T00:00:00Z"; $b; false) + e("1.0.0"; "2026-01-01T00:00:00Z"; $a; false)
	                 + e("2.0.0"; "2026-03-01T00:00:00Z"; $c; true)),
	           bad: {"1.0.0": {published: "2026-01-01T00:00:00Z", sha256: $a, files: {wasm: {path: "../../rules/registry.yml"}}}},
	           liar: {"1.0.0": {published: "2026-01-01T00:00:00Z", sha256: $z, files: {wasm: {path: "plugins/liar/1.0.0/liar.wasm"}}}}}}' \
	>"$base/registry/index.json"
git -C "$base" add -A && git -C "$base" commit -qm base
git clone -q "$base" "$pr" && git -C "$pr" config user.email t@t && git -C "$pr" config user.name t
printf 'pr-a' >"$pr/plugins/a/x.wasm"; printf 'new' >"$pr/plugins/new.wasm"; printf 'pr-reg' >"$pr/plugins/reg.wasm"
printf 'pr' >"$pr/plugins/bad.wasm"; printf 'pr' >"$pr/plugins/liar.wasm"
git -C "$pr" add -A && git -C "$pr" commit -qm pr
real_git=$(command -v git)
cat >"$WORK/bin/git" <<SH
#!/bin/sh
[ "\$1" = fetch ] && printf '%s\n%s\n%s\n' "\${GIT_CONFIG_COUNT:-}" "\${GIT_CONFIG_KEY_0:-}" "\${GIT_CONFIG_VALUE_0:-}" >"$WORK/git-fetch.env"
exec "$real_git" "\$@"
SH
chmod +x "$WORK/bin/git"
plugins='[{"id":"0","file":"plugins/a/x.wasm","plugin":"x"},{"id":"1","file":"plugins/new.wasm","plugin":"new"},
	{"id":"2","file":"plugins/dir.wasm","plugin":"dir"},{"id":"3","file":"plugins/reg.wasm","plugin":"reg"}]'
: >"$pr.ghout"; rm -f "$WORK/git-fetch.env"
(cd "$pr" && env PATH="$WORK/bin:$PATH" RULES=rules/registry.yml BASELINE= FROM_BASE=true IS_PR=true EACH=true REGISTRY=registry \
	PLUGINS="$plugins" BASE_REF=main SERVER="file://$WORK" REPO=origin GH_TOKEN=s3cret GITHUB_OUTPUT="$pr.ghout" \
	bash -e "$WORK/audit-rules.sh" >"$pr.out" 2>&1)
rc=$?
want_auth="AUTHORIZATION: basic $(printf 'x-access-token:s3cret' | base64 -w0)"
if [ $rc = 0 ] && [ "$(sed -n 1p "$WORK/git-fetch.env" 2>/dev/null)" = 1 ] &&
	[ "$(sed -n 2p "$WORK/git-fetch.env")" = "http.file://$WORK/.extraheader" ] &&
	[ "$(sed -n 3p "$WORK/git-fetch.env")" = "$want_auth" ] && ! grep -q s3cret "$pr.out"; then
	ok "private: the base-branch fetch sends the job's token as an extra header (environment, not argv)"
else
	bad "private: rc=$rc env '$(tr '\n' '|' <"$WORK/git-fetch.env" 2>/dev/null)' $(head -c 300 "$pr.out")"
fi
# --- baseline: each plugin's baseline is its file on the base branch ---------
each=$(out_value baseline-each "$pr.ghout")
if [ "$each" = .wasmgate-base/each ] && [ "$(cat "$pr/$each/0/x.wasm" 2>/dev/null)" = approved-a ] &&
	[ -d "$pr/$each/1" ] && [ -z "$(ls -A "$pr/$each/1")" ] && [ -z "$(ls -A "$pr/$each/2")" ] &&
	[ -z "$(out_value baseline "$pr.ghout")" ] && [ "$(out_value rules "$pr.ghout")" = .wasmgate-base/rules/registry.yml ]; then
	ok "baseline-from-base: the base branch's file (not the PR's); a new plugin and a folder give none"
else
	bad "baseline-from-base: each='$each' $(ls -R "$pr/.wasmgate-base" 2>&1 | head -c 300) $(head -c 200 "$pr.out")"
fi
[ "$(cat "$pr/$each/3/reg.wasm" 2>/dev/null)" = reg-1.1.0 ] &&
	ok "baseline-registry: a plugin without a base file: the registry's newest published, not yanked version" ||
	bad "baseline-registry: got '$(cat "$pr/$each/3/reg.wasm" 2>&1)'"
for p in bad liar; do
	: >"$pr.ghout"
	(cd "$pr" && env PATH="$WORK/bin:$PATH" RULES= BASELINE= FROM_BASE=true IS_PR=true EACH=false REGISTRY=registry \
		PLUGINS="[{\"id\":\"0\",\"file\":\"plugins/$p.wasm\",\"plugin\":\"$p\"}]" BASE_REF=main SERVER="file://$WORK" \
		REPO=origin GH_TOKEN=t GITHUB_OUTPUT="$pr.ghout" bash -e "$WORK/audit-rules.sh" >"$pr.out" 2>&1)
	rc=$?
	if [ $rc != 0 ] && grep -q '^::error title=plugin-audit::registry' "$pr.out" && [ ! -s "$pr.ghout" ]; then
		ok "baseline-registry: $p (a path out of the registry / a sha256 that does not match) is an error"
	else
		bad "baseline-registry: $p: rc=$rc $(head -c 300 "$pr.out")"
	fi
done
check_done
