#!/bin/bash
# fastpath_fixtures.sh - the differential oracle (lib/fastpath.sh) on the
# test fixtures: every tests/fixtures/**/*.wat compiled with $WAT2WASM
# --enable-all, or with --no-check when it is meant to be invalid (one
# that does not even parse is skipped), read with WG_FASTPATH=on and off:
# the same verdict, facts, findings and decision for each; and WG_FASTPATH
# unset reads like on.
set -u
WG_SRC=${WG_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
WAT2WASM=${WAT2WASM:-wat2wasm}
. "$WG_SRC/tests/integration/lib/check.sh"
. "$WG_SRC/tests/integration/lib/fastpath.sh"
fp_require
command -v "$WAT2WASM" >/dev/null || { echo "skip: $WAT2WASM not found"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

: >"$tmp/list"
while IFS= read -r -d '' wat; do
	rel=${wat#"$WG_SRC/tests/fixtures/"}
	out="$tmp/$(echo "${rel%.wat}" | tr '/' '_').wasm"
	if "$WAT2WASM" --enable-all "$wat" -o "$out" 2>/dev/null ||
	   "$WAT2WASM" --enable-all --no-check "$wat" -o "$out" 2>/dev/null; then
		echo "$out" >>"$tmp/list"
	else
		echo "skip $rel (does not parse: meant as bad input)"
	fi
done < <(find "$WG_SRC/tests/fixtures" -name '*.wat' -print0 | sort -z)
find "$WG_SRC/tests/fixtures" -name '*.wasm' | sort >>"$tmp/list"
[ -s "$tmp/list" ] || { echo "skip: no fixtures"; exit 77; }
fp_facts "$tmp/list" "$tmp/facts" || exit 1
fp_judge "$tmp/facts"
# unset means on
(unset WG_FASTPATH; "$WG_FACTS" "$WG_SRC/rules/default.yml" <"$tmp/list" >"$tmp/facts.unset")
if cmp -s "$tmp/facts.on" "$tmp/facts.unset"; then
	ok "WG_FASTPATH unset reads like WG_FASTPATH=on"
else
	bad "WG_FASTPATH unset and =on differ: $(diff "$tmp/facts.on" "$tmp/facts.unset" | head -2 | cut -c1-200)"
fi
fp_summary "$tmp/facts"
check_done
