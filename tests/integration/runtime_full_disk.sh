#!/bin/bash
# runtime_full_disk.sh - `runtime init` with its install dir on a small
# tmpfs that is nearly full (as full_disk.sh and registry_full_disk.sh do),
# from 0 KiB free up to room for the whole set: three plugins of 1 MiB
# must first be downloaded into the cache, then copied into a generation.
# (The install step hard-links the verified cache files: it needs space
# only for manifest.json and state.json.new.)  Each run either installs the set (runtime load passes) or is refused
# with exit 1, "No space left on device" named, current, state.json and
# the installed files byte-identical, and no partial download, stage or
# temporary file left.  Both the download and the install step must hit
# the full disk at least once.  Needs root (mount); else skipped (77).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
rt_setup
trap 'umount "$T/disk" 2>/dev/null; ctl_cleanup' EXIT
D=$T/disk
mkdir -p "$D"
mount -t tmpfs -o size=16m,mode=0755 wasmgate-rtfull "$D" 2>/dev/null ||
	{ echo "SKIP: cannot mount a tmpfs here (needs root)"; exit 77; }

printf 'version: 1\nname: big\ncustom_sections: {max_bytes: 8388608}\n' >big.yml
for i in 1 2 3; do
	padplug c$i $((200 + i)) 1048576
	attest c$i.wasm big.yml
	"$W" registry publish --registry R --key reg.key --name c$i --version 1.0.0 c$i.wasm \
		--attestation att/c$i.intoto.json >/dev/null 2>pub.err || { bad "publish c$i: $(cat pub.err)"; exit 1; }
done
rm -rf M; cp -a R M
DIR=$D/inst host host.yml
set_plugins '[{"name":"good","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt || { bad "first init"; cat err.txt; exit 1; }
SET='[{"name":"c1","version":"1.0.0"},{"name":"c2","version":"1.0.0"},{"name":"c3","version":"1.0.0"}]'
# what the downloads take on the tmpfs (4 KiB pages): at exactly that much
# free, and a page or two more, the install step's own files hit the full disk
need=0
for f in M/plugins/c*/1.0.0/*.wasm M/plugins/c*/1.0.0/*.intoto.json; do need=$((need + ($(stat -c %s "$f") + 4095) / 4096 * 4)); done
landed=0 dl_full=0 inst_full=0
for kib in 0 8 64 512 1024 2048 $(seq $((need - 16)) 4 $((need + 8))) $((need + 64)) 5000 7000; do
	set_plugins "$SET"
	rm -rf "$D/inst/cache" "$D/filler"
	dd if=/dev/zero of="$D/filler" bs=4k 2>/dev/null
	[ "$kib" = 0 ] || truncate -s "-$((kib * 1024))" "$D/filler"
	before=$(installed "$D/inst")
	"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt
	rc=$?
	left=$(find "$D/inst" \( -name '*.part.*' -o -name '.new.*' -o -name '.current.*' -o -name 'state.json.new' \
		-o -name '*.tmp.*' \) | head -3)
	if [ "$rc" = 0 ]; then
		landed=$((landed + 1))
		"$W" runtime load --host host.yml >load.txt 2>&1 && [ "$(wc -l <load.txt)" = 3 ] &&
			ok "$kib KiB free: installed, runtime load passes" || { bad "$kib KiB free: installed but load fails"; cat load.txt; }
	elif [ "$rc" = 1 ] && grep -q "No space left on device" err.txt && [ "$before" = "$(installed "$D/inst")" ] &&
		[ -z "$left" ]; then
		grep -q '^wasmgate: refused: install: ' err.txt && inst_full=$((inst_full + 1)) || dl_full=$((dl_full + 1))
		ok "$kib KiB free: refused, installed set unchanged: $(head -1 err.txt | cut -c1-150)"
	else
		bad "$kib KiB free: exit $rc, installed set $([ "$before" = "$(installed "$D/inst")" ] && echo same || echo CHANGED), leftovers: ${left:-none}"
		sed 's/^/     /' err.txt
	fi
done
[ "$dl_full" -gt 0 ] && ok "$dl_full runs hit the full disk while downloading" || bad "no run hit the full disk while downloading"
[ "$inst_full" -gt 0 ] && ok "$inst_full runs hit the full disk while installing" || bad "no run hit the full disk while installing"
[ "$landed" -gt 0 ] && ok "$landed runs had room and installed" || bad "no run installed"
rm -f "$D/filler"
set_plugins "$SET"
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && "$W" runtime load --host host.yml >/dev/null 2>&1 &&
	ok "with room again: init and load pass" || { bad "final init"; cat err.txt; }
check_done
