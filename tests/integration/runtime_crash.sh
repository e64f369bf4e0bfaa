#!/bin/bash
# runtime_crash.sh - kill -9 in the middle of `runtime init`, at 20
# different moments spread over one whole run (measured first): 8 plugins
# with 3 MiB custom sections, read from a registry over http:// on
# 127.0.0.1, the cache emptied every other round so downloads are cut too.
# Each round installs a new revision whose set differs from the one
# installed.  After every kill `runtime load` must pass and list exactly
# the old set or the new one (current is always a complete set), and the
# next init must succeed; at the end nothing a killed run left remains.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
rt_setup
trap ctl_cleanup EXIT

printf 'version: 1\nname: big\ncustom_sections: {max_bytes: 8388608}\n' >big.yml
BIG=()
for i in 1 2 3 4 5 6 7 8; do
	padplug b$i $((100 + i)) 3145728
	attest b$i.wasm big.yml
	"$W" registry publish --registry R --key reg.key --name b$i --version 1.0.0 b$i.wasm \
		--attestation att/b$i.intoto.json >/dev/null 2>pub.err || { bad "publish b$i: $(cat pub.err)"; exit 1; }
	BIG+=("{\"name\":\"b$i\",\"version\":\"1.0.0\"}")
done
rm -rf M; cp -a R M
HPORT=$(free_port)
http_static "$HPORT" "$T/M"
REGURL=http://127.0.0.1:$HPORT host host.yml

# two sets that differ in one plugin; loaded NAMES are compared sorted
big=$(IFS=,; echo "${BIG[*]}")
SET_A="[$big,{\"name\":\"good\",\"version\":\"1.0.0\"}]"
SET_B="[$big,{\"name\":\"good2\",\"version\":\"1.0.0\"}]"
NAMES_A=$(printf '%s\n' b1 b2 b3 b4 b5 b6 b7 b8 good | sort | tr '\n' ' ')
NAMES_B=$(printf '%s\n' b1 b2 b3 b4 b5 b6 b7 b8 good2 | sort | tr '\n' ' ')
names_of() { local v=NAMES_$1; echo "${!v}"; }
loaded() { "$W" runtime load --host host.yml 2>load.err | cut -d' ' -f1 | sort | tr '\n' ' '; }

set_plugins "$SET_A"
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt || { bad "first init"; cat err.txt; exit 1; }
[ "$(loaded)" = "$NAMES_A" ] && ok "set A installed and loads" || { bad "set A: $(loaded) $(cat load.err)"; exit 1; }
# one uncut cold run of set B, to spread the kills over its length
set_plugins "$SET_B"; rm -rf inst/cache
t0=$(date +%s%N)
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt || { bad "uncut init of B"; cat err.txt; exit 1; }
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$(loaded)" = "$NAMES_B" ] && ok "set B installed and loads (an uncut cold run: $ms ms)" || bad "set B"
cur=B
killed=0 landed=0 phases=''
for i in $(seq 1 20); do
	[ "$cur" = A ] && { want=B; set_plugins "$SET_B"; } || { want=A; set_plugins "$SET_A"; }
	[ $((i % 2)) = 1 ] && rm -rf inst/cache
	"$W" runtime init --host host.yml --token-file token >/dev/null 2>&1 &
	pid=$!
	sleep "$(awk -v ms="$ms" -v i="$i" 'BEGIN { printf "%.3f", (i - 1) * ms * 1.2 / 19 / 1000 }')"
	kill -9 "$pid" 2>/dev/null
	wait "$pid" 2>/dev/null
	# what the kill interrupted (for the tally): partial downloads, a stage, the commit
	[ -n "$(find inst/cache -name '*.part.*' 2>/dev/null)" ] && phases+=d
	[ -n "$(find inst/generations -maxdepth 1 -name '.new.*' 2>/dev/null)" ] && phases+=s
	[ -e inst/state.json.new ] && phases+=c
	got=$(loaded)
	if [ "$got" = "$(names_of $cur)" ]; then killed=$((killed + 1))
	elif [ "$got" = "$(names_of $want)" ]; then landed=$((landed + 1)); cur=$want
	else bad "after kill -9 #$i: runtime load lists '$got' ($(head -1 load.err))"; fi
done
ok "after each of 20 kills runtime load passed with a complete set ($killed old, $landed new)"
[ "$killed" -gt 0 ] && ok "at least one init was killed before its switch" || bad "no init was killed before its switch"
d=${phases//[^d]/} s=${phases//[^s]/} c=${phases//[^c]/}
echo "     kills that left: partial downloads ${#d}, a stage ${#s}, state.json.new ${#c} (cleared by the next init)"
[ "$cur" = A ] && { want=B; set_plugins "$SET_B"; } || { want=A; set_plugins "$SET_A"; }
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && [ "$(loaded)" = "$(names_of $want)" ] &&
	ok "the next init succeeds: $(cat out.txt)" || { bad "init after the kills"; cat err.txt; }
[ "$(readlink inst/current)" = "generations/$(jq .generation inst/state.json)" ] &&
	ok "state.json names the current generation" || bad "state.json $(jq -c . inst/state.json) vs $(readlink inst/current)"
# the instant between the switch and state.json, made by hand: state.json.new
# names current (the switch happened) -> the next init finishes it; one
# naming another generation (killed before the switch) -> dropped
cp inst/state.json good_state.json
jq '.generation -= 1 | .revision -= 1 | .etag = ""' good_state.json >inst/state.json
cp good_state.json inst/state.json.new
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && cmp -s inst/state.json good_state.json &&
	[ ! -e inst/state.json.new ] && ok "state.json.new naming current is finished by the next init: $(cat out.txt)" ||
	{ bad "roll forward"; cat err.txt; jq -c . inst/state.json; }
jq '.generation += 5' good_state.json >inst/state.json.new
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && cmp -s inst/state.json good_state.json &&
	[ ! -e inst/state.json.new ] && ok "state.json.new naming another generation is dropped" ||
	{ bad "drop state.json.new"; cat err.txt; jq -c . inst/state.json; }
# a cache file whose bytes are not its name's (a crash on a disk that lost
# them): refused once, dropped from the cache, fetched again by the next init
[ "$want" = A ] && { want=B; set_plugins "$SET_B"; } || { want=A; set_plugins "$SET_A"; }
c=inst/cache/$(sha256sum <b3.wasm | cut -c1-64)
printf '\xff' | dd of="$c" bs=1 seek=100 conv=notrunc status=none
before=$(installed inst)
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt
[ $? = 1 ] && grep -q "b3@1.0.0: .*tampered" err.txt && grep -q "removed; the next init fetches it again" err.txt &&
	[ ! -e "$c" ] && [ "$before" = "$(installed inst)" ] && ok "a corrupted cache file: refused and dropped" ||
	{ bad "corrupted cache file"; cat err.txt; }
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && [ "$(loaded)" = "$(names_of $want)" ] &&
	ok "the next init fetches it again and installs: $(cat out.txt)" || { bad "init after the corrupted cache file"; cat err.txt; }
left=$(find inst \( -name '*.part.*' -o -name '.new.*' -o -name '.current.*' -o -name 'state.json.new' -o -name '*.tmp.*' \) | head -5)
[ -z "$left" ] && ok "nothing a killed run left remains" || bad "leftovers: $left"
[ "$(find inst/generations -mindepth 1 -maxdepth 1 | wc -l)" = 2 ] && ok "two generations kept (current and previous)" ||
	bad "generations: $(ls inst/generations)"
check_done
