#!/usr/bin/env bash
# sign_audit_order.sh - what `sign --help` and engine/attest/README.md say
# about signing and auditing: the embedded signature section is no finding
# (the signed copy gets exactly the unsigned module's findings), it changes
# the sha256 (a waiver bound to the unsigned bytes does not approve the
# signed copy), and the plugin's name follows the file: `--out
# DIR/PLUGIN.wasm` keeps it, the default PLUGIN.signed.wasm is reported as
# PLUGIN.signed.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WAT2WASM:=wat2wasm}"
for t in jq "$WAT2WASM"; do command -v "$t" >/dev/null || { echo "SKIP: $t not installed"; exit 77; }; done
. "$WG_SRC/tests/integration/lib/check.sh"
W=$(realpath "$WASMGATE")
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
printf '(module (memory (export "memory") 1) (func (export "run") (result i32) (memory.grow (i32.const 1))))' >grow.wat
"$WAT2WASM" grow.wat -o grow.wasm && "$W" keygen --out k >/dev/null || exit 2
"$W" sign --key k.key --out signed/grow.wasm grow.wasm >/dev/null && "$W" sign --key k.key grow.wasm >/dev/null || exit 2
"$W" verify --embedded --key k.pub signed/grow.wasm >/dev/null && ok "signed copy verifies" || bad "signed copy does not verify"
findings() { "$W" audit --json --fail-on never "$1" | jq -c '.plugins[0] | {plugin, decision, f: [.findings[] | [.rule, .item]]}'; }
a=$(findings grow.wasm); b=$(findings signed/grow.wasm); c=$(findings grow.signed.wasm)
[ -n "$a" ] && [ "$a" = "$b" ] && ok "signed with --out DIR/grow.wasm: same name, same findings ($a)" || bad "unsigned $a / signed $b"
[ "$(jq -r .plugin <<<"$c")" = grow.signed ] && [ "$(jq -c .f <<<"$c")" = "$(jq -c .f <<<"$a")" ] &&
	ok "default output grow.signed.wasm: reported as grow.signed, same findings" || bad "default output: $c"
[ "$(sha256sum <grow.wasm)" != "$(sha256sum <signed/grow.wasm)" ] && ok "the signature changes the sha256" || bad "same sha256"
sed '/^waivers: \[\]$/d' "$WG_SRC/rules/default.yml" >r.yml
sha=$(sha256sum grow.wasm | cut -c1-64)
printf 'waivers:\n  - {rule: WG1011, sha256: "%s", item: "*", reason: r, approved_by: "@a", expires: 2099-01-01}\n  - {rule: WG1041, sha256: "%s", item: "*", reason: r, approved_by: "@a", expires: 2099-01-01}\n' "$sha" "$sha" >>r.yml
"$W" audit --rules r.yml grow.wasm | grep -q APPROVE && "$W" audit --rules r.yml signed/grow.wasm | grep -q FLAG &&
	ok "waivers bound to the unsigned sha256 approve it, not the signed copy" || bad "sha256 binding across signing"
"$W" sign --help | grep -q 'Audit first, then sign' && ok "sign --help says the order" || bad "sign --help"
check_done
