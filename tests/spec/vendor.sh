#!/bin/bash
# tests/spec/vendor.sh - refresh the vendored copy of the WebAssembly spec
# testsuite (tests/spec/core, tests/spec/proposals, LICENSE) from a git
# mirror of github.com/WebAssembly/testsuite.  Run by hand, never by the
# tests (CI has no network).  Each .wast is copied through strip-wast.py
# (commands that only run code are dropped: every module stays, byte for
# byte); then update COMMIT in README.md and re-check known-deviations.txt
# and skip.txt with tests/integration/fastpath_spec.sh.
# Usage: tests/spec/vendor.sh [GIT_DIR] [COMMIT]
#   GIT_DIR default /work/.mirror/WebAssembly+testsuite/repo
#   COMMIT  default 3a04b2c (2022-11-09: the testsuite of wabt 1.0.32's
#           time, whose text format wast2json 1.0.32 parses)
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GIT_DIR=${1:-/work/.mirror/WebAssembly+testsuite/repo}
COMMIT=${2:-3a04b2c}
PROPOSALS="threads exception-handling tail-call extended-const relaxed-simd memory64 multi-memory"

tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
git --git-dir="$GIT_DIR" archive "$COMMIT" | tar x -C "$tmp"
rm -rf "$HERE/core" "$HERE/proposals"
mkdir -p "$HERE/core"
for f in "$tmp"/*.wast; do
	python3 "$HERE/strip-wast.py" "$f" "$HERE/core/$(basename "$f")"
done
for p in $PROPOSALS; do
	mkdir -p "$HERE/proposals/$p"
	for f in "$tmp/proposals/$p"/*.wast; do
		python3 "$HERE/strip-wast.py" "$f" "$HERE/proposals/$p/$(basename "$f")"
	done
done
cp "$tmp/LICENSE" "$HERE/LICENSE"
echo "vendored $(git --git-dir="$GIT_DIR" rev-parse "$COMMIT") ($(find "$HERE/core" "$HERE/proposals" -name '*.wast' | wc -l) files, $(du -sh --apparent-size "$HERE/core" "$HERE/proposals" | cut -f1 | tr '\n' ' '))"
