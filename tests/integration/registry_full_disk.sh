#!/usr/bin/env bash
# registry_full_disk.sh - `registry publish` onto a full disk (a small
# tmpfs, as full_disk.sh does), with 0 to 96 KiB left free: each publish
# either lands whole (verify passes) or fails with exit 2 and one line
# saying the disk is full, leaving the registry byte for byte as it was
# (no staging folder, no temporary file, no history link).  At least the
# completely full disk must fail.  Needs root (mount); else skipped (77).
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
reg_scratch
D=$T/disk
mkdir -p "$D"
mount -t tmpfs -o size=2m,mode=0755 wasmgate-regfull "$D" 2>/dev/null ||
	{ echo "SKIP: cannot mount a tmpfs here (needs root)"; exit 77; }
trap 'umount "$D" 2>/dev/null; reg_cleanup' EXIT

"$W" registry init "$D/R" --key reg.key --audit-key audit.pub >/dev/null || exit 2
plugin p0 0; attest p0.wasm
"$W" registry publish --registry "$D/R" --key reg.key --name p0 --version 1 p0.wasm \
	--attestation att/p0.intoto.json --sarif sarif/p0.sarif >/dev/null || exit 2
landed=0 full=0
for kib in 0 4 8 16 32 48 52 56 60 64 68 72 80 96; do
	plugin q$kib $((kib + 1000)); attest q$kib.wasm
	rm -f "$D/filler"
	dd if=/dev/zero of="$D/filler" bs=4k 2>/dev/null
	[ "$kib" = 0 ] || truncate -s "-$((kib * 1024))" "$D/filler"
	before=$(tree_hash "$D/R")
	"$W" registry publish --registry "$D/R" --key reg.key --name q$kib --version 1 q$kib.wasm \
		--attestation att/q$kib.intoto.json --sarif sarif/q$kib.sarif >out.txt 2>err.txt
	rc=$?
	if [ "$rc" = 0 ]; then
		landed=$((landed + 1))
		"$W" registry verify "$D/R" >out.txt 2>&1 && ok "$kib KiB free: published, verify passes" ||
			{ bad "$kib KiB free: published but verify fails"; cat out.txt; }
	elif [ "$rc" = 2 ] && [ "$(wc -l <err.txt)" = 1 ] && grep -q "No space left" err.txt &&
		[ "$before" = "$(tree_hash "$D/R")" ]; then
		full=$((full + 1))
		ok "$kib KiB free: refused, registry unchanged: $(cat err.txt)"
	else
		bad "$kib KiB free: exit $rc, tree $([ "$before" = "$(tree_hash "$D/R")" ] && echo same || echo CHANGED)"
		cat err.txt
	fi
done
[ "$full" -gt 0 ] && ok "$full publishes hit the full disk, $landed landed" || bad "no publish hit the full disk"
rm -f "$D/filler"
"$W" registry verify "$D/R" >out.txt && ok "the registry verifies afterwards" || { bad "final verify"; cat out.txt; }
check_done
