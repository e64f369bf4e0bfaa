#!/bin/bash
# sarif_fingerprints.sh - partialFingerprints survive re-runs and unrelated
# changes: auditing the same plugin twice gives identical fingerprints (and
# an identical log); a rebuilt plugin with one more, unrelated finding (a
# new import, code moved so every offset changes) keeps the fingerprints of
# the findings it had.  The fingerprint is sha256(plugin NUL rule NUL item
# NUL), checked here with sha256sum.  Skipped (77) without the CLI or jq.
set -u
: "${WASMGATE:?}" "${WAT2WASM:=wat2wasm}"
command -v jq >/dev/null || { echo "jq not found: skipped"; exit 77; }
"$WASMGATE" audit --help >/dev/null 2>&1 || { echo "audit not implemented: skipped"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 2
export GITHUB_WORKSPACE=$tmp
. "${WG_SRC:?}/tests/integration/lib/check.sh"

mkdir v1 v2
cat > v1/p.wat <<'W'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "run") (drop (memory.grow (i32.const 1)))))
W
cat > v2/p.wat <<'W'
(module
  (import "wasi_snapshot_preview1" "clock_time_get" (func (param i32 i64 i32) (result i32)))
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1)
  (func (export "other") (nop) (nop) (nop))
  (func (export "run") (drop (i32.add (i32.const 2) (i32.const 3)))
    (drop (memory.grow (i32.const 1)))))
W
"$WAT2WASM" v1/p.wat -o v1/p.wasm && "$WAT2WASM" v2/p.wat -o v2/p.wasm || exit 2

audit() { "$WASMGATE" audit -q --fail-on never --sarif "$2" "$1" || bad "audit $1"; }
audit v1/p.wasm a.sarif
audit v1/p.wasm b.sarif
audit v2/p.wasm c.sarif
fps() { jq -r '.runs[0].results[] | [.ruleId, .properties.item, .partialFingerprints["wasmgate/v1"]] | @tsv' "$1" | sort; }

n=$(fps a.sarif | wc -l)
[ "$n" -ge 3 ] || bad "expected at least 3 findings in v1 (path_open, no maximum, memory.grow), got $n"
cmp -s a.sarif b.sarif || bad "the same plugin audited twice gives different SARIF"
[ "$(fps a.sarif)" = "$(fps b.sarif)" ] || bad "fingerprints changed between identical runs"

# every v1 finding is in v2 with the same fingerprint; v2 has one more
while IFS=$'\t' read -r rule item fp; do
	grep -qxF "$rule"$'\t'"$item"$'\t'"$fp" <(fps c.sarif) || bad "$rule $item: fingerprint changed after an unrelated change"
	want=$(printf '%s\0%s\0%s\0' p "$rule" "$item" | sha256sum | cut -d' ' -f1)
	[ "$fp" = "$want" ] || bad "$rule $item: fingerprint $fp is not sha256(plugin, rule, item) $want"
done < <(fps a.sarif)
[ "$(fps c.sarif | wc -l)" -eq $((n + 1)) ] || bad "v2 should have exactly one more finding"
# the offsets did move, so stability does not come from identical bytes
[ "$(jq -c '[.runs[0].results[].locations[0].physicalLocation.region.byteOffset]' a.sarif)" != \
  "$(jq -c '[.runs[0].results[].locations[0].physicalLocation.region.byteOffset]' c.sarif)" ] ||
	bad "test is void: offsets did not change between v1 and v2"

check_done
