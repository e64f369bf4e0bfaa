#!/bin/bash
# fastpath_corpus.sh - the differential oracle (lib/fastpath.sh) on every
# module of the shared npm corpus: read with WG_FASTPATH=on and off, the
# same verdict, facts, findings and decision for each.  The corpus is
# $WG_CORPUS (default $WG_CACHE_DIR/corpus/npm), fetched there by
# ../shared/corpus/fetch-npm.sh when empty and the npm registry answers
# (scripts/test.sh fetches it before ctest too).  Exit 77 when there is no
# corpus.
set -u
WG_SRC=${WG_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
CORPUS=${WG_CORPUS:-${WG_CACHE_DIR:-/tmp/wasmgate-cache}/corpus/npm}
FETCH=$WG_SRC/../shared/corpus/fetch-npm.sh
. "$WG_SRC/tests/integration/lib/check.sh"
. "$WG_SRC/tests/integration/lib/fastpath.sh"
fp_require
have() { ls "$CORPUS"/*.wasm >/dev/null 2>&1; }
if ! have && [ -f "$FETCH" ] && timeout 20 npm ping >/dev/null 2>&1; then
	echo "fetching the npm corpus into $CORPUS"
	bash "$FETCH" "$CORPUS" || echo "fetch-npm.sh failed (no network?)"
fi
have || { echo "skip: no corpus in $CORPUS and no $FETCH"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# a private copy: the cache is shared, and a concurrent fetch-npm.sh empties
# and refills it (both settings must read the same bytes)
mkdir "$tmp/corpus"
cp "$CORPUS"/*.wasm "$tmp/corpus/" || { echo "skip: cannot copy $CORPUS"; exit 77; }
ls "$tmp/corpus"/*.wasm >"$tmp/list"
echo "corpus: $(wc -l <"$tmp/list") modules, $(du -ch "$CORPUS"/*.wasm | tail -1 | cut -f1) in $CORPUS"
fp_facts "$tmp/list" "$tmp/facts" || exit 1
fp_judge "$tmp/facts"
fp_summary "$tmp/facts"
check_done
