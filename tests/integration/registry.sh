#!/usr/bin/env bash
# registry.sh - `wasmgate registry`: init, publish, list, yank, refresh and
# verify, on plugins made from .wat here and on every built example plugin.
#  - publish -> verify round trip; the index's version, previous (the
#    sha256 of the index it replaced) and expires; immutable versions; the
#    same bytes again is a no-op; names and versions from the module's
#    wasmgate.plugin section; waivers carried from the attestation;
#  - refusals, each with one line on stderr, exit 2 and the registry's tree
#    byte for byte unchanged: a flagged or rejected decision, an attestation
#    by a key not in keys/audit, about other bytes, an existing version with
#    other bytes, bad names and versions, a section that disagrees with
#    --name, a symlink planted in the registry, the wrong registry key;
#  - verify catching a changed byte in any file, a removed file, another
#    registry key, an expired index, a fork / rollback / broken chain
#    (--since OLD_INDEX).
# Env (from ctest): WASMGATE, WG_SRC, WG_BUILD, WAT2WASM.
set -u
command -v jq >/dev/null || { echo "SKIP: jq not found"; exit 77; }
. "${WG_SRC:?}/tests/integration/lib/registry.sh"
reg_scratch

"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null || { echo "FAIL init"; exit 1; }
[ "$(index_field R .version)" = 1 ] && [ "$(index_field R .previous)" = null ] &&
	ok "init: index version 1, previous null" || bad "init: index version/previous"
"$W" registry verify R >/dev/null && ok "init: a new registry verifies" || bad "init: verify"
WANT="not empty" refused "init over an existing registry" R "$W" registry init R --key reg.key --audit-key audit.pub

# ---- publish ---------------------------------------------------------------
plugin p1 1; plugin p2 2; attest p1.wasm; attest p2.wasm
old_sha=$(sha256sum <R/index.json | cut -c1-64)
cp R/index.json v1.json
if "$W" registry publish --registry R --key reg.key --name p1 --version 1.0.0 p1.wasm \
	--attestation att/p1.intoto.json --sarif sarif/p1.sarif >out.txt 2>&1; then
	ok "publish p1@1.0.0: $(cat out.txt)"
else bad "publish p1@1.0.0"; cat out.txt; fi
[ "$(index_field R .version)" = 2 ] && ok "version went 1 -> 2" || bad "version after publish"
[ "$(index_field R .previous)" = "$old_sha" ] && ok "previous is the sha256 of the replaced index" ||
	bad "previous is not the old index's digest"
exp=$(index_field R .expires); days=$((($(date -d "$exp" +%s) - $(date +%s) + 3600) / 86400))
[ "$days" = 30 ] && ok "expires in 30 days by default ($exp)" || bad "expires $exp ($days days)"
[ "$(index_field R '.plugins.p1["1.0.0"].sha256')" = "$(sha256sum <p1.wasm | cut -c1-64)" ] &&
	ok "the entry's sha256 is the plugin's" || bad "entry sha256"
cmp -s p1.wasm R/plugins/p1/1.0.0/p1.wasm && cmp -s att/p1.intoto.json R/plugins/p1/1.0.0/p1.intoto.json &&
	cmp -s sarif/p1.sarif R/plugins/p1/1.0.0/p1.sarif && ok "the files are stored under plugins/p1/1.0.0" ||
	bad "stored files"
"$W" registry verify R >out.txt && ok "verify after publish" || { bad "verify after publish"; cat out.txt; }
before=$(tree_hash R)
"$W" registry publish --registry R --key reg.key --name p1 --version 1.0.0 p1.wasm \
	--attestation att/p1.intoto.json >out.txt 2>&1 && grep -q "nothing to do" out.txt &&
	[ "$before" = "$(tree_hash R)" ] && ok "the same bytes again: a no-op, tree unchanged" ||
	{ bad "republish the same bytes"; cat out.txt; }
"$W" registry publish --registry R --key reg.key --name p1 --version 1.1.0 p1.wasm \
	--attestation att/p1.intoto.json --expires-in 2d >/dev/null && ok "p1@1.1.0 (same bytes, new version)" ||
	bad "publish p1@1.1.0"
exp=$(index_field R .expires); days=$((($(date -d "$exp" +%s) - $(date +%s) + 3600) / 86400))
[ "$days" = 2 ] && ok "--expires-in 2d" || bad "--expires-in 2d gave $exp"

# ---- refusals: nothing written ---------------------------------------------
plugin flagged 0; sed -i 's/(module/(module (func $s) (start $s)/' flagged.wat
"$WAT2WASM" flagged.wat -o flagged.wasm && attest flagged.wasm
printf '(module (import "wasi_snapshot_preview1" "sock_accept" (func (param i32 i32 i32) (result i32))) (memory (export "memory") 1 2))\n' >rejected.wat
"$WAT2WASM" rejected.wat -o rejected.wasm && attest rejected.wasm
plugin stranger 3; attest stranger.wasm "$RULES" other.key
pub() { "$W" registry publish --registry R --key reg.key "$@"; }
WANT="decision is 'flag'" refused "flagged decision" R pub --name flagged --version 1.0.0 flagged.wasm --attestation att/flagged.intoto.json
WANT="decision is 'reject'" refused "rejected decision" R pub --name rejected --version 1.0.0 rejected.wasm --attestation att/rejected.intoto.json
WANT="untrusted|not signed by|no trusted" refused "attestation by a key not in keys/audit" R pub --name stranger --version 1.0.0 stranger.wasm --attestation att/stranger.intoto.json
WANT="does not match" refused "attestation about other bytes" R pub --name p2 --version 1.0.0 p2.wasm --attestation att/p1.intoto.json
WANT="immutable" refused "p1@1.0.0 again with other bytes" R pub --name p1 --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
for bad_name in .. ../x a/b Upper 'a..b' -lead .hidden "$(printf 'x%.0s' $(seq 300))" ''; do
	WANT="plugin name" refused "name '${bad_name:0:20}'" R pub --name "$bad_name" --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
done
for bad_version in .. 1.0/2 1.0.0-RC1 '1 0' "$(printf '9%.0s' $(seq 300))"; do
	WANT="plugin version" refused "version '${bad_version:0:20}'" R pub --name p2 --version "$bad_version" p2.wasm --attestation att/p2.intoto.json
done
add_section p2.wasm '{"name":"a\u0000b","version":"1.0.0"}' nul.wasm; attest nul.wasm
WANT="wasmgate.plugin" refused "a NUL in the section's name" R pub nul.wasm --attestation att/nul.intoto.json
WANT="no name" refused "no section and no --name" R pub --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
WANT="private key|registry's key" refused "another registry key" R "$W" registry publish --registry R --key other.key --name p2 --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
mkdir outside
ln -s "$T/outside" R/plugins/evil
WANT="symlink" refused "a symlink planted at plugins/evil" R pub --name evil --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
[ -z "$(ls -A outside)" ] && ok "nothing was written through the symlink" || bad "written through the symlink"
rm R/plugins/evil
mkdir -p R/plugins/p2 && ln -s "$T/outside" R/plugins/p2/1.0.0
WANT="symlink" refused "a symlink planted at plugins/p2/1.0.0" R pub --name p2 --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
rm -r R/plugins/p2
mv R/index.json.sig sig.bak && ln -s "$T/sig.bak" R/index.json.sig
WANT="symlink" refused "index.json.sig a symlink" R pub --name p2 --version 1.0.0 p2.wasm --attestation att/p2.intoto.json
rm R/index.json.sig && mv sig.bak R/index.json.sig
"$W" registry verify R >/dev/null && ok "verify passes after the refusals" || bad "verify after the refusals"

# ---- the wasmgate.plugin section -------------------------------------------
add_section p2.wasm '{"abi":"wasmgate-plugin/1","name":"sectioned","toolchain":"wasi","variant":"","version":"2.0.0"}' sectioned.wasm
attest sectioned.wasm
"$W" registry publish --registry R --key reg.key sectioned.wasm --attestation att/sectioned.intoto.json >out.txt 2>&1 &&
	grep -q "sectioned@2.0.0: published" out.txt && ok "name and version from the section" || { bad "section publish"; cat out.txt; }
[ "$(index_field R '.plugins.sectioned["2.0.0"] | "\(.abi) \(.toolchain)"')" = "wasmgate-plugin/1 wasi" ] &&
	ok "abi and toolchain from the section" || bad "abi/toolchain"
[ "$(index_field R '.plugins.p1["1.0.0"].abi')" = null ] && ok "no section: abi null" || bad "abi not null"
WANT="section says name" refused "section and --name disagree" R pub --name other sectioned.wasm --attestation att/sectioned.intoto.json

# ---- waivers carried from the attestation ----------------------------------
until=$(date -d '+1 year' +%F)
cat >waived.yml <<YML
version: 1
name: waived
imports:
  unlisted: flag
waivers:
  - rule: import-unlisted
    plugin: "hostlog"
    item: "env.host_log"
    reason: "the host provides <host_log>"
    approved_by: "@security-team"
    expires: $until
YML
printf '(module (import "env" "host_log" (func (param i32))) (memory (export "memory") 1 2))\n' >hostlog.wat
"$WAT2WASM" hostlog.wat -o hostlog.wasm && attest hostlog.wasm waived.yml
"$W" registry publish --registry R --key reg.key --name hostlog --version 1.0.0 hostlog.wasm \
	--attestation att/hostlog.intoto.json >/dev/null 2>&1 && ok "a flagged finding waived: published" || bad "waived publish"
[ "$(index_field R '.plugins.hostlog["1.0.0"].waivers[0] | "\(.rule) \(.item) \(.approved_by) \(.expires)"')" = \
	"WG1002 env.host_log @security-team $until" ] && ok "the waiver is in the index (rule, item, approver, expiry)" ||
	bad "waiver in the index: $(index_field R '.plugins.hostlog["1.0.0"].waivers')"

# ---- yank, refresh, list ---------------------------------------------------
v=$(index_field R .version)
"$W" registry yank --registry R --key reg.key p1@1.1.0 --reason "superseded" >/dev/null && ok "yank p1@1.1.0" || bad "yank"
[ "$(index_field R '.plugins.p1["1.1.0"] | "\(.yanked) \(.yank_reason)"')" = "true superseded" ] &&
	[ "$(index_field R .version)" = $((v + 1)) ] && ok "yanked with its reason, version + 1" || bad "yank in the index"
[ -f R/plugins/p1/1.1.0/p1.wasm ] && ok "a yanked version's files stay" || bad "yank removed files"
WANT="already yanked" refused "yank twice" R "$W" registry yank --registry R --key reg.key p1@1.1.0 --reason again
WANT="not in the registry" refused "yank an unknown version" R "$W" registry yank --registry R --key reg.key p1@9.9.9 --reason x
"$W" registry list R >out.txt && grep -q "p1@1.1.0 approve .* yanked: superseded" out.txt && ok "list shows the yank" || bad "list"
"$W" registry list R --json | jq -e '.plugins.p1["1.0.0"].decision == "approve"' >/dev/null && ok "list --json" || bad "list --json"
cp R/index.json mid.json
"$W" registry refresh R --key reg.key >/dev/null && [ "$(index_field R .version)" = $((v + 2)) ] &&
	ok "refresh: version + 1" || bad "refresh"
"$W" registry verify R --since v1.json >out.txt && ok "verify --since version 1: the chain holds" || { bad "verify --since"; cat out.txt; }
"$W" registry verify R --since mid.json >/dev/null && ok "verify --since a middle version" || bad "verify --since mid"

# ---- the example plugins: approve ones publish, the others are refused ---
shopt -s nullglob
for w in "${WG_BUILD:-/nonexistent}"/examples/*.wasm; do
	n=$(basename "$w" .wasm); cp "$w" "ex-$n.wasm"; attest "ex-$n.wasm"
	d=$(jq -r '.payload' "att/ex-$n.intoto.json" | base64 -d | jq -r .predicate.wasmgate.decision)
	if [ "$d" = approve ]; then
		"$W" registry publish --registry R --key reg.key --name "$n" --version 1.0.0 "ex-$n.wasm" \
			--attestation "att/ex-$n.intoto.json" --sarif "sarif/ex-$n.sarif" >/dev/null 2>&1 &&
			ok "example $n (approve): published" || bad "example $n (approve) not published"
	else
		WANT="decision is '$d'" refused "example $n ($d): refused" R pub --name "$n" --version 1.0.0 "ex-$n.wasm" --attestation "att/ex-$n.intoto.json"
	fi
done
"$W" registry verify R >out.txt && ok "the registry verifies after everything" || { bad "final verify"; cat out.txt; }

# ---- verify catches ---------------------------------------------------------
expect_fail() {   # NAME DIR WANT [ARGS...]
	local name=$1 dir=$2 want=$3
	shift 3
	"$W" registry verify "$dir" "$@" >out.txt 2>&1
	local rc=$?
	if [ "$rc" = 1 ] && grep -Eq -- "$want" out.txt; then ok "verify: $name ($(head -1 out.txt))"
	else bad "verify: $name (exit $rc)"; sed 's/^/     /' out.txt; fi
}
while IFS= read -r f; do
	rm -rf C && cp -a R C
	size=$(stat -c %s "C/$f"); off=$((size / 2))
	byte=$(dd if="C/$f" bs=1 skip=$off count=1 2>/dev/null | od -An -tu1 | tr -d ' ')
	new=$(((byte + 1) % 256))
	# a base64 character stays one (a key file must still parse and be another key): A<->B
	case $(printf "\\x$(printf %02x "$byte")") in [A-Za-z0-9+/]) [ "$byte" = 65 ] && new=66 || new=65 ;; esac
	printf "\\x$(printf %02x "$new")" | dd of="C/$f" bs=1 seek=$off conv=notrunc 2>/dev/null
	expect_fail "a changed byte in $f" C "$f|index|signature|verify|not the signed|JSON|parse|key"
done < <(cd R && find . -type f ! -name .lock ! -path './status/*' ! -path './history/*' | sed 's|^\./||' | LC_ALL=C sort)
rm -rf C && cp -a R C && rm C/plugins/p1/1.0.0/p1.sarif
expect_fail "a removed file" C "p1.sarif"
rm -rf C && cp -a R C && rm C/plugins/p1/1.0.0/p1.intoto.json
expect_fail "a removed attestation" C "p1.intoto.json"
expect_fail "an index signed by another key" R "signature|untrusted|not signed" --key other.pub
rm -rf C && cp -a R C && cp other.pub C/keys/registry.pub
expect_fail "keys/registry.pub swapped for another key" C "signature|untrusted|not signed"
"$W" registry init E --key reg.key --audit-key audit.pub --expires-in 1s >/dev/null
sleep 2
expect_fail "an expired index" E "expired"
"$W" registry init F --key reg.key --audit-key other.pub >/dev/null
expect_fail "a fork (another history at version 1)" R "fork" --since F/index.json
rm -rf C && cp -a R C
"$W" registry refresh R --key reg.key >/dev/null
expect_fail "a rollback (an older index than the trusted one)" C "rollback" --since R/index.json
rm -rf C && cp -a R C && cp C/history/3.json C/history/2.json
expect_fail "a broken chain (history link replaced)" C "broken chain|fork" --since v1.json

check_done
