#!/usr/bin/env bash
# full_disk.sh - outputs written to a full disk: `wasmgate audit` with
# --sarif and --attest-dir on a small tmpfs that is full, `keygen`, and
# `sign` (--out and --in-place) there.  Each must exit 2 with one line on
# stderr naming the file and the cause, leave the good files of an earlier
# run byte for byte as they were (the plugin signed in place included),
# and leave no partial or temporary file behind.
# Needs root (mount -t tmpfs); skipped (77) where mounting is not allowed.
# Env (from ctest): WASMGATE, WG_SRC, WAT2WASM.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
W=$(realpath "$WASMGATE")
RULES=$WG_SRC/rules/default.yml

T=$(mktemp -d "${TMPDIR:-/tmp}/full_disk.XXXXXX")
D=$T/disk
mkdir -p "$D"
mount -t tmpfs -o size=1m,mode=0755 wasmgate-full "$D" 2>/dev/null \
	|| { rm -rf "$T"; echo "SKIP: cannot mount a tmpfs here (needs root)"; exit 77; }
trap 'umount "$D" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T" || exit 2
. "${WG_SRC:?}/tests/integration/lib/check.sh"

# expect_full NAME CMD...: exit 2, one stderr line saying the disk is full
expect_full() {
	local name=$1 rc lines
	shift
	"$@" >out.txt 2>err.txt
	rc=$?
	lines=$(wc -l <err.txt)
	if [ "$rc" = 2 ] && [ "$lines" = 1 ] && grep -q "No space left on device" err.txt; then
		ok "$name: $(cat err.txt)"
	else
		bad "$name (exit $rc, $lines stderr lines)"; sed 's/^/     /' err.txt
	fi
}

echo '(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 7))' >hello.wat
echo '(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 8))' >other.wat
"$WAT2WASM" hello.wat -o hello.wasm && "$WAT2WASM" other.wat -o other.wasm || exit 2
"$W" keygen --out k >/dev/null || exit 2

# A good run first, while there is room.
"$W" audit --rules "$RULES" --sign-key k.key --sarif "$D/out.sarif" --attest-dir "$D/att" \
	hello.wasm >/dev/null 2>&1 || { echo "FAIL the first run did not write its outputs"; exit 1; }
cp hello.wasm "$D/plugin.wasm"   # an unsigned plugin that sign --in-place must not lose
cp -a "$D" good
# Fill the disk to the last block.
dd if=/dev/zero of="$D/filler" bs=4k 2>/dev/null
[ "$(df --output=avail -B1 "$D" | tail -1)" -lt 4096 ] || { echo "FAIL could not fill $D"; exit 1; }

# other.wasm is named hello.wasm so the same attestation file is rewritten
mkdir -p p && cp other.wasm p/hello.wasm
expect_full "SARIF on a full disk" "$W" audit --rules "$RULES" --sarif "$D/out.sarif" p/hello.wasm
expect_full "attestation on a full disk" "$W" audit --rules "$RULES" --sign-key k.key \
	--attest-dir "$D/att" p/hello.wasm
expect_full "keygen on a full disk" "$W" keygen --out "$D/newkey"
expect_full "sign --out on a full disk" "$W" sign --key k.key --out "$D/signed.wasm" hello.wasm
expect_full "sign --in-place on a full disk" "$W" sign --key k.key --in-place "$D/plugin.wasm"

rm -f "$D/filler"
if diff -r good "$D" >diff.txt; then ok "the earlier outputs are unchanged, nothing else is there"
else bad "the disk's files changed:"; sed 's/^/     /' diff.txt; fi

check_done
