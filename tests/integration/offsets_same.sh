#!/usr/bin/env bash
# offsets_same.sh - `inspect` and `audit` print offsets the same way
# ("offset 0x<hex>", then "func N <name>"): the first memory.grow inspect
# lists is where the audit's WG1041 finding points, the same text; a
# malformed module's stop offset reads the same in both; the JSON views
# give the same number.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
for t in jq "$WAT2WASM"; do command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }; done
. "$WG_SRC/tests/integration/lib/check.sh"
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
printf '(module (memory (export "memory") 1) (func $f (export "run") (result i32) (memory.grow (i32.const 1))))' >"$T/g.wat"
"$WAT2WASM" --debug-names "$T/g.wat" -o "$T/g.wasm" || exit 2
i=$("$WASMGATE" inspect "$T/g.wasm" | sed -n 's/^ *memory.grow .*first at \(offset 0x[0-9a-f]*, func [0-9]*.*\)$/\1/p')
a=$("$WASMGATE" audit "$T/g.wasm" | awk '/WG1041/ {f = 1; next} f && /^ +at / {sub(/^ +at /, ""); print; exit}')
[ -n "$i" ] && [ "$i" = "$a" ] && ok "memory.grow: inspect and audit both say '$a'" || bad "inspect '$i' vs audit '$a'"
ji=$("$WASMGATE" inspect --json "$T/g.wasm" | jq '.opcodes[] | select(.name == "memory.grow") | .first_offset')
ja=$("$WASMGATE" audit --json "$T/g.wasm" | jq '.plugins[0].findings[] | select(.rule == "WG1041") | .offset')
[ -n "$ji" ] && [ "$ji" = "$ja" ] && [ "$(printf 'offset 0x%x' "$ji")" = "${a%%,*}" ] && ok "JSON: the same number ($ji)" ||
	bad "JSON: inspect $ji audit $ja text $a"
printf '\0asm\1\0\0\0\1\5' >"$T/bad.wasm"
i=$("$WASMGATE" inspect "$T/bad.wasm" 2>&1 | grep -o 'at offset 0x[0-9a-f]*' | sort -u)
a=$("$WASMGATE" audit "$T/bad.wasm" 2>&1 | grep -o 'at offset 0x[0-9a-f]*' | sort -u)
[ "$i" = "at offset 0xa" ] && [ "$a" = "$i" ] && ok "malformed: both 'at offset 0xa'" || bad "malformed: inspect '$i' audit '$a'"
check_done
