#!/bin/bash
# runtime_init.sh - `wasmgate runtime init` end to end against a real
# `wasmgate control serve` on 127.0.0.1 and a registry read over file://:
# the happy path installs the configured set as a generation behind
# DIR/current; a changed config swaps the generation (the previous one is
# kept); then every attack is refused with exit 1, the reason named and the
# installed set byte-identical.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
rt_setup
trap ctl_cleanup EXIT

# ---- happy path --------------------------------------------------------------
set_plugins '[{"name":"good","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token --json >init1.json 2>err.txt
rc=$?
[ "$rc" = 0 ] && ok "init installs revision 1" || { bad "init exit $rc"; cat err.txt init1.json; }
cmp -s inst/current/good.wasm good.wasm && ok "current/good.wasm is the audited bytes" || bad "installed bytes"
[ "$(jq -r '.plugins[0].name' inst/current/manifest.json)" = good ] && ok "manifest names the plugin" || bad "manifest"
[ "$(jq .revision inst/state.json)" = 1 ] && [ "$(jq .index_version inst/state.json)" = "$(jq .version R/index.json)" ] &&
	ok "state.json: revision 1, index version $(jq .version R/index.json)" || bad "state $(cat inst/state.json)"
gen1=$(readlink inst/current)
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt &&
	grep -q unchanged out.txt && [ "$(readlink inst/current)" = "$gen1" ] &&
	ok "same config again: unchanged ($(cat out.txt))" || { bad "second init"; cat out.txt err.txt; }

list='[{"name":"good","version":"1.0.0"},{"name":"good2","version":"1.0.0"}'
for e in "${EXAMPLES[@]}"; do list+=",{\"name\":\"${e%@*}\",\"version\":\"${e#*@}\"}"; done
list+=']'
set_plugins "$list"
"$W" runtime init --host host.yml --token-file token --json >init2.json 2>err.txt
rc=$?
[ "$rc" = 0 ] && [ "$(readlink inst/current)" != "$gen1" ] && [ -d "inst/$gen1" ] &&
	ok "a new config swaps the generation, the previous one is kept (${#EXAMPLES[@]} example plugins: ${EXAMPLES[*]})" ||
	{ bad "second config: exit $rc"; cat err.txt init2.json; }
[ "$(jq '[.plugins[] | select(.cached)] | length' init2.json)" = 1 ] && ok "good was taken from the cache" ||
	bad "cache: $(jq -c '[.plugins[] | {name, cached}]' init2.json)"
for e in "${EXAMPLES[@]}"; do
	cmp -s "inst/current/${e%@*}.wasm" "${e%@*}.wasm" && ok "example ${e%@*} installed" || bad "example $e"
done
check_done
