#!/usr/bin/env bash
# registry_crash.sh - kill -9 in the middle of `registry publish`, at
# many different moments (a plugin with a 4 MiB custom section so the
# writes take a while): after each kill `registry verify` must pass (the
# previous index, or the new one, is in force and every file it names is
# intact), and publishing the same plugin afterwards must work (it clears
# what the killed run left) and verify again.
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
reg_scratch

"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null || exit 2
plugin base 1
# a 4 MiB custom section "pad"
{ cat base.wasm; printf "\\x00$(leb $((4 + 4194304)))\\x03pad"; head -c 4194304 /dev/zero; } >big.wasm
printf 'version: 1\nname: big\ncustom_sections: {max_bytes: 8388608}\n' >big.yml
attest big.wasm big.yml
"$W" registry publish --registry R --key reg.key --name first --version 1.0.0 base.wasm \
	--attestation att/base.intoto.json 2>/dev/null || { attest base.wasm; "$W" registry publish --registry R \
	--key reg.key --name first --version 1.0.0 base.wasm --attestation att/base.intoto.json >/dev/null || exit 2; }
killed=0 landed=0
for i in $(seq 1 25); do
	"$W" registry publish --registry R --key reg.key --name big --version "1.0.$i" big.wasm \
		--attestation att/big.intoto.json >/dev/null 2>&1 &
	pid=$!
	sleep "0.$(printf %03d $(((i - 1) * 14)))"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	if jq -e --arg v "1.0.$i" '.plugins.big[$v]' R/index.json >/dev/null 2>&1; then
		landed=$((landed + 1))
	else killed=$((killed + 1)); fi
	if "$W" registry verify R >out.txt 2>&1; then :; else bad "verify after kill -9 #$i"; cat out.txt; fi
done
ok "verify passed after each of 25 runs ($killed killed before their index was written, $landed landed)"
[ "$killed" -gt 0 ] && ok "at least one publish was killed before its index was written" || bad "no publish was killed (too fast?)"
for i in $(seq 1 25); do
	"$W" registry publish --registry R --key reg.key --name big --version "1.0.$i" big.wasm \
		--attestation att/big.intoto.json >out.txt 2>&1 || { bad "publish 1.0.$i after the kills"; cat out.txt; }
done
"$W" registry verify R >out.txt && ok "after re-publishing all 25: verify passes" || { bad "final verify"; cat out.txt; }
[ "$(jq '.plugins.big | length' R/index.json)" = 25 ] && ok "all 25 versions are in the index" || bad "versions missing"
[ -z "$(find R -name '.staging*' -o -name '.*.tmp.*')" ] && ok "what the killed runs left is cleared" ||
	{ bad "leftovers remain:"; find R -name '.staging*' -o -name '.*.tmp.*'; }
check_done
