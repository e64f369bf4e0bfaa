#!/usr/bin/env bash
# action_entrypoint.sh - `wasmgate action` run the way the GitHub runner
# runs the Docker action's entry point: `env -i` with only the INPUT_*
# variables (every input of action.yml with its default, as the runner sets
# them: INPUT_FAIL-ON keeps its hyphen), GITHUB_WORKSPACE, GITHUB_OUTPUT,
# GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH, cwd the workspace.  Cases and
# checks: tests/container/cases.sh (approve / flag / reject per
# rules/default.yml, globs, custom rules, bad inputs).  A signed run checks
# the attestations output when `wasmgate keygen` works.
# Skipped (77) until `wasmgate action --help` works.
set -uo pipefail
: "${WASMGATE:?}" "${WAT2WASM:?}" "${WG_SRC:?}"
"$WASMGATE" action --help >/dev/null 2>&1 || { echo "SKIP: wasmgate action not built yet"; exit 77; }
command -v node >/dev/null || { echo "SKIP: node is needed to read JSON"; exit 77; }
WG_ACTION_YML=$WG_SRC/action.yml
source "$WG_SRC/tests/container/cases.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/wg-action.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
wg_make_workspace "$WORK/template" || { echo "FAIL: cannot build the workspace"; exit 1; }

# run_local WS OUT ENV...: the runner's environment, nothing else.
run_local() {
	local ws=$1 out=$2; shift 2
	: >"$out/output"; : >"$out/summary"; echo '{}' >"$out/event.json"
	(cd "$ws" && exec env -i "$@" GITHUB_WORKSPACE="$ws" GITHUB_OUTPUT="$out/output" \
		GITHUB_STEP_SUMMARY="$out/summary" GITHUB_EVENT_PATH="$out/event.json" \
		"$WASMGATE" action >"$out/stdout" 2>"$out/stderr")
}

wg_run_all run_local "$WORK/template" "$WORK/runs"
status=$?

# Signed: the key as PEM text in INPUT_SIGN-KEY (how a secret arrives).
if "$WASMGATE" keygen --help >/dev/null 2>&1 && "$WASMGATE" keygen --out "$WORK/k" >/dev/null 2>&1; then
	mkdir -p "$WORK/signed/out"; cp -a "$WORK/template" "$WORK/signed/ws"
	wg_action_env "$WG_ACTION_YML" "PATH=plugins/hello.wasm;SIGN-KEY=$(cat "$WORK/k.key")"
	rc=0; run_local "$WORK/signed/ws" "$WORK/signed/out" "${WG_ENV[@]}" || rc=$?
	wg_outputs_parse "$WORK/signed/out/output"
	printf '%s' "${WG_OUT[attestations]:-[]}" >"$WORK/signed/att.json"
	env_path=$(wg_node "$WORK/signed/att.json" 'j.length ? j[0].envelope : ""')
	if [ "$rc" != 0 ] || [ -z "$env_path" ] || [ ! -s "$WORK/signed/ws/$env_path" ]; then
		echo "FAIL signed: rc=$rc attestations=${WG_OUT[attestations]:-unset}"; status=1
	elif grep -rq "PRIVATE KEY" "$WORK/signed/out"; then
		echo "FAIL signed: the private key shows in the outputs"; status=1
	else
		echo "ok   signed (attestation $env_path)"
	fi
else
	echo "skip signed: wasmgate keygen not available yet"
fi

# The runner's ownership: workspace 1001:121, the action as root (this
# test's user when run as root), the next step as 1001 (setpriv).
wg_check_runner_owner run_local "$WORK/template" "$WORK/runs"
case $? in 1) status=1 ;; esac

# Anything on the command line is refused: the action reads INPUT_* only.
rc=0; (cd "$WORK/template" && env -i "$WASMGATE" action plugins/hello.wasm >"$WORK/args.out" 2>&1) || rc=$?
if [ "$rc" != 2 ] || ! grep -q '^::error' "$WORK/args.out"; then
	echo "FAIL args: exit $rc"; status=1
else
	echo "ok   args refused"
fi
exit $status
