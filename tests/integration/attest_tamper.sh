#!/bin/bash
# attest_tamper.sh - the tamper suite through the CLI: attestations made by
# `wasmgate audit --sign-key`, then altered one way each (the table below:
# adding a case is adding a line), and `wasmgate verify` must refuse each
# with its own message (exit 1), or accept where the spec says so.
# Mutations of the envelope are done with node, outside wasmgate.
set -u
command -v node >/dev/null || { echo "SKIP: node not installed"; exit 77; }
W=${WASMGATE:?} WAT2WASM=${WAT2WASM:-wat2wasm}
RULES=${WG_SRC:?}/rules/default.yml
T=$(mktemp -d "${TMPDIR:-/tmp}/attest_tamper.XXXXXX")
trap 'rm -rf "$T"' EXIT
cd "$T" || exit 2

# name | plugin | envelope | mutation | extra verify options | exit | message
CASES='
genuine            | hello.wasm   | hello  | none          |                 | 0 | verified attestation
plugin-byte        | flipped.wasm | hello  | none          |                 | 1 | does not match the attested subject
payload-byte       | hello.wasm   | hello  | payload-byte  |                 | 1 | does not verify: the payload or the signature was altered
signature-byte     | hello.wasm   | hello  | sig-byte      |                 | 1 | does not verify: the payload or the signature was altered
other-key          | hello.wasm   | byother| none          |                 | 1 | not signed by a trusted key
payload-type       | hello.wasm   | hello  | payload-type  |                 | 1 | payloadType is '"'"'application/json'"'"'
other-subject      | hello.wasm   | other  | none          |                 | 1 | does not match the attested subject '"'"'other'"'"'
decision-approve   | fileio.wasm  | fileio | decision      | --require any   | 1 | decision '"'"'approve'"'"' contradicts verificationResult '"'"'FAILED'"'"'
reject-default     | fileio.wasm  | fileio | none          |                 | 1 | decision is '"'"'reject'"'"', but '"'"'approve'"'"' is required
reject-any         | fileio.wasm  | fileio | none          | --require any   | 0 | decision   reject
truncated-json     | hello.wasm   | hello  | truncate      |                 | 1 | envelope is not valid JSON
garbage            | hello.wasm   | hello  | garbage       |                 | 1 | envelope is not valid JSON
zero-signatures    | hello.wasm   | hello  | zero-sigs     |                 | 1 | envelope has no signatures
many-one-trusted   | hello.wasm   | hello  | many          |                 | 0 | verified attestation
many-none-trusted  | hello.wasm   | hello  | many-none     |                 | 1 | none of the 3 signatures is by a trusted key
other-rules        | hello.wasm   | hello  | none          | --policy other.yml | 1 | attested rules digest
'

cat >hello.wat <<'EOF'
(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 7))
EOF
cat >other.wat <<'EOF'
(module (memory (export "memory") 1 3))
EOF
cat >fileio.wat <<'EOF'
(module
  (import "wasi_snapshot_preview1" "path_open"
    (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))
  (memory (export "memory") 1 2))
EOF
for p in hello other fileio; do "$WAT2WASM" $p.wat -o $p.wasm || exit 2; done
node -e 'const f = require("fs"), b = f.readFileSync("hello.wasm"); b[b.length - 1] ^= 1; f.writeFileSync("flipped.wasm", b)'
{ cat "$RULES"; echo "# another rules file"; } >other.yml

"$W" keygen --out k >/dev/null && "$W" keygen --out x >/dev/null || exit 2
"$W" audit --rules "$RULES" --sign-key k.key --attest-dir a --fail-on never hello.wasm other.wasm fileio.wasm >/dev/null || exit 2
"$W" audit --rules "$RULES" --sign-key x.key --attest-dir b hello.wasm >/dev/null || exit 2
cp a/hello.intoto.json hello.env; cp a/other.intoto.json other.env; cp a/fileio.intoto.json fileio.env
cp b/hello.intoto.json byother.env

# mutate MODE IN OUT: one alteration of an envelope.
mutate() {
	node -e '
	const fs = require("fs"), [mode, inp, out] = process.argv.slice(1);
	let text = fs.readFileSync(inp, "utf8"), env = JSON.parse(text);
	const body = () => Buffer.from(env.payload, "base64");
	const other = JSON.parse(fs.readFileSync("byother.env", "utf8")).signatures[0];
	switch (mode) {
	case "none": break;
	case "payload-byte": { const b = body(); const i = b.indexOf("timeVerified") + 15; b[i] ^= 1; env.payload = b.toString("base64"); break; }
	case "sig-byte": { const s = Buffer.from(env.signatures[0].sig, "base64"); s[5] ^= 1; env.signatures[0].sig = s.toString("base64"); break; }
	case "payload-type": env.payloadType = "application/json"; break;
	case "decision": { const s = JSON.parse(body()); s.predicate.wasmgate.decision = "approve";
		env.payload = Buffer.from(JSON.stringify(s)).toString("base64"); break; }
	case "truncate": text = text.slice(0, text.length / 2); env = null; break;
	case "garbage": text = "\u0001garbage{"; env = null; break;
	case "zero-sigs": env.signatures = []; break;
	case "many": env.signatures = [other, other, env.signatures[0]]; break;
	case "many-none": env.signatures = [other, other, other]; break;
	default: throw new Error("unknown mutation " + mode);
	}
	fs.writeFileSync(out, env ? JSON.stringify(env) : text);
	' "$@"
}

fails=0 n=0
while IFS='|' read -r name plugin envname mode extra want_rc want; do
	name=$(echo $name)
	[ -z "$name" ] && continue
	n=$((n + 1))
	plugin=$(echo $plugin) envname=$(echo $envname) mode=$(echo $mode) want_rc=$(echo $want_rc)
	want=$(echo "$want" | sed 's/^ *//; s/ *$//')
	mutate "$mode" "$envname.env" "case.env" || { echo "FAIL $name: mutation"; fails=$((fails + 1)); continue; }
	# shellcheck disable=SC2086
	"$W" verify --key k.pub --attestation case.env $extra "$plugin" >out.txt 2>&1
	rc=$?
	if [ "$rc" = "$want_rc" ] && grep -qF -- "$want" out.txt; then
		echo "ok   $name"
	else
		echo "FAIL $name: exit $rc (want $want_rc), want a line with: $want"
		sed 's/^/     /' out.txt
		fails=$((fails + 1))
	fi
done <<<"$CASES"
[ $n -ge 16 ] || { echo "FAIL: only $n cases read"; exit 1; }
echo "$fails of $n case(s) failed"
[ $fails = 0 ]
