#!/bin/bash
# attest_interop.sh - attestations and keys checked by other people's code:
# an attestation made by `wasmgate audit --sign-key` verifies with
# `openssl pkeyutl -verify -rawin` and Node's crypto.verify (PAE rebuilt here
# from the DSSE spec, not by wasmgate); an envelope signed by openssl with an
# openssl-made key verifies with `wasmgate verify`; our PEM keys are read by
# openssl and openssl's by us; the embedded module signature is checked
# against the Signatures.md byte layout and its signature with openssl.
# Also the key handling of the CLI: wrong PEM type, RSA / EC keys, truncated
# PEM, a world-readable key (warning), the key in $WASMGATE_SIGNING_KEY
# (never printed), refusing to overwrite.
set -u
for tool in openssl node jq; do
	command -v $tool >/dev/null || { echo "SKIP: $tool not installed"; exit 77; }
done
W=${WASMGATE:?} WAT2WASM=${WAT2WASM:-wat2wasm}
RULES=${WG_SRC:?}/rules/default.yml
T=$(mktemp -d "${TMPDIR:-/tmp}/attest_interop.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2
. "${WG_SRC:?}/tests/integration/lib/check.sh"
# expect NAME WANT_RC WANT_TEXT CMD...: exit code and a line of output
expect() {
	local name=$1 want_rc=$2 want=$3 rc
	shift 3
	"$@" >out.txt 2>&1
	rc=$?
	if [ "$rc" = "$want_rc" ] && grep -qF -- "$want" out.txt; then ok "$name"
	else bad "$name (exit $rc, want $want_rc and '$want'):"; sed 's/^/     /' out.txt; fi
}

echo '(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 7))' >hello.wat
"$WAT2WASM" hello.wat -o hello.wasm || exit 2

# --- keys ------------------------------------------------------------------
expect "keygen" 0 "key id" "$W" keygen --out k
[ "$(stat -c %a k.key)" = 600 ] && ok "private key mode 0600" || bad "private key mode $(stat -c %a k.key)"
expect "keygen refuses to overwrite" 2 "already exists, not overwriting" "$W" keygen --out k
openssl pkey -in k.key -pubout 2>/dev/null | cmp -s - k.pub && ok "openssl reads our private key" \
	|| bad "openssl reads our private key"
openssl pkey -pubin -in k.pub -noout 2>/dev/null && ok "openssl reads our public key" \
	|| bad "openssl reads our public key"
# key id = sha256 of the SubjectPublicKeyInfo DER
kid=$(openssl pkey -pubin -in k.pub -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1)

# --- attestation by wasmgate audit, verified by openssl and node -----------
expect "audit --sign-key" 0 "APPROVE" "$W" audit --rules "$RULES" --sign-key k.key --attest-dir att hello.wasm
[ -s att/hello.intoto.json ] && [ -s att/hello.predicate.json ] && ok "envelope and predicate written" \
	|| bad "envelope and predicate written"
node -e '
	const fs = require("fs");
	const env = JSON.parse(fs.readFileSync("att/hello.intoto.json", "utf8"));
	const body = Buffer.from(env.payload, "base64");
	const type = Buffer.from(env.payloadType);
	// PAE per the DSSE spec: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body
	const pae = Buffer.concat([Buffer.from(`DSSEv1 ${type.length} `), type,
				   Buffer.from(` ${body.length} `), body]);
	fs.writeFileSync("pae.bin", pae);
	fs.writeFileSync("sig.bin", Buffer.from(env.signatures[0].sig, "base64"));
	fs.writeFileSync("keyid.txt", env.signatures[0].keyid);
	fs.writeFileSync("payload.json", body);
	const ok = require("crypto").verify(null, pae, fs.readFileSync("k.pub", "utf8"),
					    Buffer.from(env.signatures[0].sig, "base64"));
	process.exit(ok ? 0 : 1);
' && ok "node crypto.verify accepts our signature" || bad "node crypto.verify accepts our signature"
openssl pkeyutl -verify -pubin -inkey k.pub -rawin -in pae.bin -sigfile sig.bin >/dev/null 2>&1 \
	&& ok "openssl pkeyutl -verify accepts our signature" || bad "openssl pkeyutl -verify accepts our signature"
[ "$(cat keyid.txt)" = "$kid" ] && ok "keyid is sha256 of the public key DER" || bad "keyid $(cat keyid.txt) != $kid"
node -e '
	const s = JSON.parse(require("fs").readFileSync("payload.json", "utf8"));
	const sha = require("crypto").createHash("sha256").update(require("fs").readFileSync("hello.wasm")).digest("hex");
	const p = s.predicate;
	const good = s._type === "https://in-toto.io/Statement/v1" &&
		s.predicateType === "https://slsa.dev/verification_summary/v1" &&
		s.subject[0].name === "hello" && s.subject[0].digest.sha256 === sha &&
		p.verificationResult === "PASSED" && p.wasmgate.decision === "approve" &&
		p.verifier.id === "https://github.com/wasmgate/wasmgate" &&
		/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(p.timeVerified) &&
		JSON.stringify(p) === JSON.stringify(JSON.parse(require("fs").readFileSync("att/hello.predicate.json")));
	process.exit(good ? 0 : 1);
' && ok "statement content and bare predicate" || bad "statement content and bare predicate"
expect "wasmgate verify" 0 "verified attestation" "$W" verify --key k.pub --attestation att/hello.intoto.json \
	--policy "$RULES" hello.wasm

# --- an envelope signed by openssl verifies with wasmgate ------------------
openssl genpkey -algorithm ed25519 -out o.key 2>/dev/null && chmod 600 o.key
openssl pkey -in o.key -pubout -out o.pub
type="application/vnd.in-toto+json"
{ printf 'DSSEv1 %d %s %d ' ${#type} "$type" "$(stat -c %s payload.json)"; cat payload.json; } >opae.bin
openssl pkeyutl -sign -rawin -inkey o.key -in opae.bin -out osig.bin
node -e '
	const fs = require("fs");
	fs.writeFileSync("o.intoto.json", JSON.stringify({
		payload: fs.readFileSync("payload.json").toString("base64"),
		payloadType: "application/vnd.in-toto+json",
		signatures: [{ keyid: "", sig: fs.readFileSync("osig.bin").toString("base64") }] }));
'
expect "openssl-signed envelope verifies" 0 "verified attestation" "$W" verify --key o.pub \
	--attestation o.intoto.json hello.wasm
expect "openssl-signed envelope, only our key trusted" 1 "not signed by a trusted key" \
	"$W" verify --key k.pub --attestation o.intoto.json hello.wasm
expect "either trusted key is enough" 0 "verified attestation" "$W" verify --key k.pub --key o.pub \
	--attestation o.intoto.json hello.wasm
expect "audit signs with an openssl key" 0 "APPROVE" "$W" audit --rules "$RULES" --sign-key o.key \
	--attest-dir oatt hello.wasm
expect "... and it verifies" 0 "verified attestation" "$W" verify --key o.pub \
	--attestation oatt/hello.intoto.json hello.wasm

# --- two plugins of one name in one run: two attestations, none overwritten --
mkdir -p a b c && cp hello.wasm a/plugin.wasm
echo '(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 8))' >b.wat
"$WAT2WASM" b.wat -o b/plugin.wasm || exit 2
cp b/plugin.wasm c/plugin.wasm   # same name and same bytes as b: a third file, not b's
expect "same-name plugins" 0 "APPROVE" "$W" audit --rules "$RULES" --sign-key k.key --attest-dir same \
	a/plugin.wasm b/plugin.wasm c/plugin.wasm
bsha=$(sha256sum b/plugin.wasm | cut -c1-12)
for f in plugin "plugin-$bsha" "plugin-$bsha-2"; do
	[ -s "same/$f.intoto.json" ] && [ -s "same/$f.predicate.json" ] && ok "same-name: $f written" \
		|| bad "same-name: $f.intoto.json / .predicate.json missing ($(ls same | tr '\n' ' '))"
done
expect "same-name: the first is a's" 0 "verified attestation" "$W" verify --key k.pub \
	--attestation same/plugin.intoto.json a/plugin.wasm
expect "same-name: the second is b's" 0 "verified attestation" "$W" verify --key k.pub \
	--attestation "same/plugin-$bsha.intoto.json" b/plugin.wasm
[ "$(jq -r .payload "same/plugin-$bsha-2.intoto.json" | base64 -d | jq -r .predicate.resourceUri)" = c/plugin.wasm ] \
	&& ok "same-name: the third names c/plugin.wasm" || bad "same-name: the third does not name c/plugin.wasm"

# --- output folders that do not exist yet are made (mkdir -p) ----------------
expect "new nested output folders" 0 "APPROVE" "$W" audit --rules "$RULES" --sign-key k.key \
	--attest-dir new/deep/att --sarif new/sarif/dir/out.sarif hello.wasm
[ -s new/deep/att/hello.intoto.json ] && [ -s new/sarif/dir/out.sarif ] && ok "... written there" \
	|| bad "nested output folders: $(find new | tr '\n' ' ')"
: >blocker
expect "a file in the way of the attestation folder" 2 "blocker: exists and is not a directory" \
	"$W" audit --rules "$RULES" --sign-key k.key --attest-dir blocker/att hello.wasm

# --- key handling ------------------------------------------------------------
expect "public key as signing key" 2 "PEM label is 'PUBLIC KEY', expected 'PRIVATE KEY'" \
	"$W" audit --rules "$RULES" --sign-key k.pub --attest-dir x hello.wasm
openssl genpkey -algorithm rsa -pkeyopt rsa_keygen_bits:1024 -out rsa.key 2>/dev/null
expect "RSA key refused" 2 "is an RSA private key, only Ed25519 keys are supported" \
	"$W" sign --key rsa.key hello.wasm
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec.key 2>/dev/null
openssl pkey -in ec.key -pubout -out ec.pub
expect "EC public key refused" 2 "is an EC public key" "$W" verify --key ec.pub --embedded hello.wasm
openssl rsa -in rsa.key -traditional -out rsa-trad.key 2>/dev/null
expect "traditional RSA PEM refused" 2 "PEM label is 'RSA PRIVATE KEY'" "$W" sign --key rsa-trad.key hello.wasm
head -n 2 k.key >trunc.key
expect "truncated PEM refused" 2 "truncated PEM" "$W" sign --key trunc.key hello.wasm
cp k.key loose.key && chmod 644 loose.key
expect "world-readable key: warning" 0 "readable by group or others" "$W" sign --key loose.key \
	--out loose.wasm hello.wasm
[ -s loose.wasm ] && ok "... and still signs" || bad "... and still signs"
secret=$(sed -n 2p k.key)
WASMGATE_SIGNING_KEY="$(cat k.key)" "$W" audit --rules "$RULES" --attest-dir envatt hello.wasm >env.out 2>&1
expect "key from WASMGATE_SIGNING_KEY" 0 "verified attestation" "$W" verify --key k.pub \
	--attestation envatt/hello.intoto.json hello.wasm
if grep -rqF -- "$secret" env.out envatt; then bad "the key leaked into output"; else ok "the key is never printed"; fi
WASMGATE_SIGNING_KEY="garbage" "$W" audit --rules "$RULES" --attest-dir envbad hello.wasm >out.txt 2>&1
rc=$?
[ $rc = 2 ] && grep -qF '$WASMGATE_SIGNING_KEY: not a PEM file' out.txt && [ ! -e envbad/hello.intoto.json ] \
	&& ok "bad key in env: error, no attestation" || { bad "bad key in env (exit $rc)"; cat out.txt; }

# --- embedded signature: Signatures.md layout, checked with openssl ---------
expect "sign (embedded)" 0 "signed hello.wasm -> hello.signed.wasm" "$W" sign --key k.key hello.wasm
cmp -s hello.wasm <("$WAT2WASM" hello.wat --output=-) && ok "input left unchanged" || bad "input left unchanged"
node -e '
	const fs = require("fs"), crypto = require("crypto");
	const m = fs.readFileSync("hello.signed.wasm"), orig = fs.readFileSync("hello.wasm");
	let p = 8;
	const leb = () => { let r = 0, s = 0, b; do { b = m[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80); return r; };
	const fail = (w) => { console.error(w); process.exit(1); };
	if (m[p++] !== 0) fail("first section is not custom");
	const size = leb(), end = p + size;
	const nlen = leb(), name = m.subarray(p, p + nlen).toString(); p += nlen;
	if (name !== "signature") fail("first section is " + name);
	if (m[p++] !== 1 || m[p++] !== 1 || m[p++] !== 1) fail("spec/content/hash ids");
	if (leb() !== 1) fail("signed hash sets");
	leb();                                       // set length
	if (leb() !== 1) fail("hash count");
	const h = m.subarray(p, p + 32); p += 32;
	if (leb() !== 1) fail("signature count");
	leb();                                       // record length
	const kidlen = leb(); p += kidlen;
	if (m[p++] !== 1) fail("algorithm is not Ed25519");
	if (leb() !== 64) fail("signature length");
	const sig = m.subarray(p, p + 64); p += 64;
	if (p !== end) fail("section does not end with the signature");
	if (!m.subarray(end).equals(orig.subarray(8))) fail("other sections changed");
	if (!crypto.createHash("sha256").update(m.subarray(end)).digest().equals(h)) fail("hash is not sha256 of the sections");
	fs.writeFileSync("msg.bin", Buffer.concat([Buffer.from("wasmsig"), Buffer.from([1, 1, 1]), h]));
	fs.writeFileSync("msig.bin", sig);
' && ok "embedded signature layout (Signatures.md)" || bad "embedded signature layout (Signatures.md)"
openssl pkeyutl -verify -pubin -inkey k.pub -rawin -in msg.bin -sigfile msig.bin >/dev/null 2>&1 \
	&& ok "openssl verifies the embedded signature" || bad "openssl verifies the embedded signature"
expect "verify --embedded" 0 "verified embedded signature" "$W" verify --embedded --key k.pub hello.signed.wasm
expect "verify --embedded, other key" 1 "no embedded signature is by a trusted key" \
	"$W" verify --embedded --key o.pub hello.signed.wasm
expect "verify --embedded, unsigned" 1 "not signed" "$W" verify --embedded --key k.pub hello.wasm
if command -v wasm-validate >/dev/null; then
	wasm-validate hello.signed.wasm && ok "signed module still valid" || bad "signed module still valid"
fi

check_done
