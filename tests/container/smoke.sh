#!/usr/bin/env bash
# tests/container/smoke.sh IMAGE [ENGINE] - run the action's image on the
# cases of cases.sh the way the GitHub runner runs a Docker action:
# `ENGINE run --workdir /github/workspace --network none`, the workspace
# mounted at /github/workspace, every INPUT_* (action.yml defaults + the
# case's inputs) as -e, GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files in a mounted
# /github/file_commands, GITHUB_EVENT_PATH in /github/workflow.  ENGINE:
# docker (CI) or podman (tests/integration/container.sh; CONTAINERS_CONF as
# tests/container/podman.sh sets it).  Needs $WAT2WASM (or wat2wasm) and node.
# Prints "N passed, N failed"; exit 0 when none failed.
set -uo pipefail
IMAGE=${1:?usage: smoke.sh IMAGE [docker|podman]}
ENGINE=${2:-docker}
HERE=$(cd "$(dirname "$0")" && pwd)
export WAT2WASM=${WAT2WASM:-$(command -v wat2wasm)}
source "$HERE/cases.sh"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/wg-smoke.XXXXXX")
# files the container made (as root) are removable by root only: the engine removes them
cleanup() { "$ENGINE" run --rm --network none -v "$WORK:/w" --entrypoint find "$IMAGE" /w -mindepth 1 -delete >/dev/null 2>&1; rm -rf "$WORK"; }
trap cleanup EXIT

run_engine() {
	local ws out fc kv envs=() rc=0
	ws=$(realpath "$1"); out=$(realpath "$2"); shift 2
	fc=$out/file_commands
	mkdir -p "$fc" "$out/home" "$out/workflow"
	: >"$fc/set_output"; : >"$fc/step_summary"; echo '{}' >"$out/workflow/event.json"
	for kv; do envs+=(-e "$kv"); done
	"$ENGINE" run --rm --network none --workdir /github/workspace "${envs[@]}" \
		-e HOME=/github/home -e GITHUB_WORKSPACE=/github/workspace \
		-e GITHUB_EVENT_PATH=/github/workflow/event.json \
		-e GITHUB_OUTPUT=/github/file_commands/set_output \
		-e GITHUB_STEP_SUMMARY=/github/file_commands/step_summary \
		-e GITHUB_ACTIONS=true -e CI=true -e RUNNER_OS=Linux \
		-v "$out/home:/github/home" -v "$out/workflow:/github/workflow" \
		-v "$fc:/github/file_commands" -v "$ws:/github/workspace" \
		"$IMAGE" >"$out/stdout" 2>"$out/stderr" || rc=$?
	cp "$fc/set_output" "$out/output"; cp "$fc/step_summary" "$out/summary"
	return $rc
}

wg_make_workspace "$WORK/template" || { echo "FAIL: cannot build the workspace"; exit 1; }
wg_run_all run_engine "$WORK/template" "$WORK/runs"
status=$?
wg_check_runner_owner run_engine "$WORK/template" "$WORK/runs"
case $? in 1) status=1 ;; esac
exit $status
