#!/usr/bin/env bash
# verify_waivers.sh - `wasmgate verify` on an approval that depended on
# waivers: it lists them; judged after one has expired (--today), the
# waived finding counts again, so --require approve fails (exit 1) with a
# line naming the waiver, its approver and expiry and the decision now;
# --require flag accepts it with a warning; an error-severity finding's
# expired waiver makes it reject (fails --require flag too); before the
# expiry day ends nothing changes.
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
for t in "$WAT2WASM" jq; do command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }; done
. "$WG_SRC/tests/integration/lib/check.sh"
W=$(realpath "$WASMGATE")
T=$(mktemp -d "${TMPDIR:-/tmp}/verify_waivers.XXXXXX"); trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2

# grow: no memory maximum (WG1011, warning), memory.grow (WG1041, warning)
# and, for the error case, a denied import (WG1001, error)
cat >grow.wat <<'WAT'
(module
  (import "wasi_snapshot_preview1" "sock_send" (func))
  (memory (export "memory") 1)
  (func (export "run") (result i32) (memory.grow (i32.const 1))))
WAT
"$WAT2WASM" grow.wat -o grow.wasm || exit 2
sed 's/^waivers: \[\]$//' "$WG_SRC/rules/default.yml" >r.yml
cat >>r.yml <<'YML'
waivers:
  - {rule: WG1011, item: "memory 0", reason: "host caps it", approved_by: "@alice", expires: 2099-06-30}
  - {rule: WG1041, item: "memory.grow", reason: "heap", approved_by: "@bob", expires: 2099-12-31}
  - {rule: WG1001, item: "wasi_snapshot_preview1.sock_send", reason: "proxy", approved_by: "@carol", expires: 2100-03-31}
YML
"$W" keygen --out k/audit >/dev/null || exit 2
"$W" audit --rules r.yml --sign-key k/audit.key --attest-dir att grow.wasm >audit.txt 2>&1
grep -q APPROVE audit.txt && [ -s att/grow.intoto.json ] || { cat audit.txt; bad "not approved"; check_done; exit; }

v() { "$W" verify --key k/audit.pub --attestation att/grow.intoto.json "$@" grow.wasm >out 2>err; }
v; rc=$?
[ $rc = 0 ] && grep -q '^  waiver     WG1011 "memory 0" approved by @alice until 2099-06-30$' out &&
	grep -q '^  waiver     WG1001 "wasi_snapshot_preview1.sock_send" approved by @carol until 2100-03-31$' out &&
	! grep -q EXPIRED out && [ ! -s err ] && ok "today: approve, the three waivers listed" ||
	bad "today: rc=$rc $(cat out err)"
v --today 2099-06-30; rc=$?
[ $rc = 0 ] && ! grep -q EXPIRED out && ok "on the expiry day: still approve" || bad "expiry day: rc=$rc $(cat out err)"
v --today 2099-07-01; rc=$?
[ $rc = 1 ] && grep -q "FAILED: att/grow.intoto.json: the approval depended on a waiver of WG1011 \"memory 0\" (approved by @alice) that expired on 2099-06-30: that warning counts again, so the decision now is 'flag'" err &&
	[ "$(grep -c FAILED err)" = 1 ] && ok "the day after: --require approve fails, naming the waiver" ||
	bad "day after: rc=$rc $(cat out err)"
v --today 2099-07-01 --require flag; rc=$?
[ $rc = 0 ] && grep -q 'until 2099-06-30: EXPIRED, counts again' out && grep -q '^  now        flag' out &&
	grep -q 'verify: warning: the waiver of WG1011 "memory 0" expired on 2099-06-30' err &&
	ok "--require flag: accepted, with the expired waiver shown and a warning" || bad "require flag: rc=$rc $(cat out err)"
v --today 2100-04-01 --require flag; rc=$?
[ $rc = 1 ] && grep -q "WG1001 .* that error counts again, so the decision now is 'reject'" err &&
	ok "an expired waiver of an error: reject, fails --require flag" || bad "error waiver: rc=$rc $(cat out err)"
v --today 2100-04-01 --require any; rc=$?
[ $rc = 0 ] && grep -q '^  now        reject' out && ok "--require any: passes, says reject now" || bad "any: rc=$rc $(cat out err)"
v --today 2099-02-30; rc=$?
[ $rc = 2 ] && grep -q -- "--today wants a date" err && ok "--today refuses a non-date" || bad "bad --today: rc=$rc $(cat err)"
# the predicate records each waiver's finding severity
jq -e '[.wasmgate.waivers[] | .severity] | sort == ["error", "warning", "warning"]' att/grow.predicate.json \
	>/dev/null 2>&1 && ok "predicate records severities" || bad "predicate: $(cat att/grow.predicate.json)"
check_done
