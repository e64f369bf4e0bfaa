#!/usr/bin/env bash
# registry_concurrency.sh - 8 `registry publish` at once into one registry
# (the lock file serialises them): all 8 exit 0, the index lists all 8,
# its version went up by exactly 8, each history link is there and
# verify passes, including the chain from the index before them.
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
reg_scratch

"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null || exit 2
for i in 1 2 3 4 5 6 7 8; do plugin c$i $((100 + i)); attest c$i.wasm; done
v0=$(index_field R .version)
cp R/index.json before.json
pids=()
for i in 1 2 3 4 5 6 7 8; do
	"$W" registry publish --registry R --key reg.key --name c$i --version 1.0.0 c$i.wasm \
		--attestation att/c$i.intoto.json --sarif sarif/c$i.sarif >out$i.txt 2>&1 &
	pids+=($!)
done
failed=0
for i in "${!pids[@]}"; do wait "${pids[$i]}" || { failed=$((failed + 1)); cat "out$((i + 1)).txt"; }; done
[ "$failed" = 0 ] && ok "8 concurrent publishes all exit 0" || bad "$failed of 8 publishes failed"
n=$(jq '[.plugins[] | keys[]] | length' R/index.json)
[ "$n" = 8 ] && ok "the index lists all 8" || bad "the index lists $n"
[ "$(index_field R .version)" = $((v0 + 8)) ] && ok "version went up by 8 ($v0 -> $((v0 + 8)))" ||
	bad "version is $(index_field R .version), expected $((v0 + 8))"
[ "$(ls R/history | wc -l)" = $((v0 + 8)) ] && ok "one history link per version" || bad "history links: $(ls R/history)"
"$W" registry verify R --since before.json >out.txt && ok "verify --since the index before them" ||
	{ bad "verify"; cat out.txt; }
[ -z "$(find R -name '.*tmp*' -o -name '.staging*')" ] && ok "no temporary file left" || bad "temporary files left"
check_done
