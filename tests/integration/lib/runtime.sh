# runtime.sh - sourced by the runtime init tests (runtime_*.sh): a registry
# R with the approved example plugins (built from source by CMake, audited
# and published as the registry-publish workflow does) plus small .wat
# plugins carrying a wasmgate.plugin section (good ones and ones a host must
# refuse as incompatible), a real `wasmgate control serve` on 127.0.0.1, a
# mirror M of R the runtime reads (file://), a host.yml trusting cp/reg/audit.
. "$WG_SRC/tests/integration/lib/control.sh"
shopt -s nullglob

# wplug NAME ABI WAT-BODY: NAME.wasm from a module body, with a section
wplug() {
	printf '(module %s)\n' "$3" >"$1.wat"
	"$WAT2WASM" --enable-all "$1.wat" -o "$1.raw" || exit 2
	add_section "$1.raw" "{\"abi\":\"$2\",\"name\":\"$1\",\"version\":\"1.0.0\"}" "$1.wasm"
}
# padplug PATH VALUE BYTES [FILL]: PATH.wasm, a plugin named after PATH's
# base name (wasmgate.plugin section, abi wasmgate-plugin/1) whose run()
# returns VALUE, padded to size with a BYTES-byte custom section "pad" of
# FILL's bytes (default /dev/zero)
padplug() {
	printf '(module (memory (export "memory") 1 2) (func (export "run") (result i32) i32.const %d))\n' "$2" >"$1.wat"
	"$WAT2WASM" "$1.wat" -o "$1.raw" || exit 2
	{ cat "$1.raw"; printf "\\x00$(leb $((4 + $3)))\\x03pad"; head -c "$3" "${4:-/dev/zero}"; } >"$1.padded"
	add_section "$1.padded" "{\"abi\":\"wasmgate-plugin/1\",\"name\":\"${1##*/}\",\"version\":\"1.0.0\"}" "$1.wasm"
	rm -f "$1.raw" "$1.padded"
}
publish() { # NAME VERSION WASM
	attest "$3"
	"$W" registry publish --registry R --key reg.key --name "$1" --version "$2" "$3" \
		--attestation "att/$(basename "$3" .wasm).intoto.json" >/dev/null 2>pub.err ||
		{ echo "FAIL publish $1@$2: $(cat pub.err)"; exit 2; }
}

rt_setup() {
	ctl_registry   # R with p1, p2 (no section: incompatible for this host), keys cp.*, cp2.*
	local run='(memory (export "memory") 1 2) (func (export "run") (result i32) i32.const'
	wplug good wasmgate-plugin/1 "$run 1)"
	wplug good2 wasmgate-plugin/1 "$run 2)"
	wplug abi9 wasmgate-plugin/9 "$run 3)"
	wplug imp wasmgate-plugin/1 "(import \"env\" \"secret\" (func)) $run 4)"
	wplug bigmem wasmgate-plugin/1 "(memory (export \"memory\") 1 1000) (func (export \"run\") (result i32) i32.const 5)"
	for n in good good2 abi9 imp bigmem; do publish $n 1.0.0 $n.wasm; done
	EXAMPLES=()
	for w in "${WG_BUILD:?}"/examples/*.wasm; do
		n=$(basename "$w" .wasm)
		v=$(sed -n 's/^version:[[:space:]]*//p' "$WG_SRC/examples/plugins/$n/plugin.yml")
		"$W" audit --rules "$RULES" --fail-on flag "$w" >/dev/null 2>&1 || continue
		a=$(sed -n 's/^abi:[[:space:]]*//p' "$WG_SRC/examples/plugins/$n/plugin.yml")
		# the section `wasmgate build` embeds (the CMake build of the examples does not)
		add_section "$w" "{\"abi\":\"$a\",\"name\":\"$n\",\"version\":\"$v\"}" "$n.wasm"
		publish "$n" "$v" "$n.wasm"; EXAMPLES+=("$n@$v")
	done
	cp -a R M
	ctl_init "sqlite:$T/cp.db"
	ctl_start "sqlite:$T/cp.db"
	api POST /v1/instances "$ADMIN" '{"id":"edge-1","reason":"t"}' >/dev/null
	jq -r .token resp.json >token
	api POST /v1/instances "$ADMIN" '{"id":"edge-2","reason":"t"}' >/dev/null
	jq -r .token resp.json >token2
	host host.yml
}

# host FILE [KEY=VALUE overrides via sed]: a host profile
host() {
	cat >"$1" <<YML
version: 1
abi: {name: wasmgate-plugin, min: 1, max: 2}
features: {supported: [bulk-memory, sign-extension, mutable-globals, multi-value, saturating-float-to-int, reference-types, simd]}
imports: {provided: ["wasi_snapshot_preview1.fd_write", "wasi_snapshot_preview1.proc_exit", "env.log"]}
memory: {max_pages: 256}
keys:
  control: [${CPKEY:-cp.pub}]
  registry: [reg.pub]
  audit: [${AUDITKEY:-audit.pub}]
control: {url: "${CTLURL:-$URL}", instance: ${INSTANCE:-edge-1}}
registry: {url: "${REGURL:-file://$T/M}"}
install: {dir: ${DIR:-inst}}
YML
	[ -n "${LIMITS:-}" ] && echo "limits: $LIMITS" >>"$1"
	return 0
}

# set_plugins JSON-LIST: the admin sets edge-1's plugins (200 expected)
set_plugins() {
	local s
	s=$(api PUT /v1/instances/edge-1/plugins "$ADMIN" "{\"plugins\":$1,\"reason\":\"test\"}")
	[ "$s" = 200 ] || { echo "FAIL set plugins $1: $s $(cat resp.json)"; exit 2; }
}

# installed DIR: digest of what the host reads (current's target and files, state.json)
installed() {
	{ readlink "$1/current"; cat "$1/state.json" 2>/dev/null
	  [ -d "$1/current/" ] && (cd "$1/current/" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 -r sha256sum); } |
		sha256sum | cut -c1-64
}

# attack NAME WANT-REGEX [HOST]: init must exit 1, name the reason, leave the set byte-identical
attack() {
	local name=$1 want=$2 hostf=${3:-host.yml} before after rc
	before=$(installed inst)
	"$W" runtime init --host "$hostf" --token-file token >out.txt 2>err.txt
	rc=$?
	after=$(installed inst)
	if [ "$rc" = 1 ] && [ "$before" = "$after" ] && grep -Eq -- "$want" err.txt; then
		ok "$name: $(head -1 err.txt)"
	else
		bad "$name (exit $rc, installed set $([ "$before" = "$after" ] && echo same || echo CHANGED), want /$want/)"
		sed 's/^/     /' err.txt out.txt
	fi
}

# keyid KEY: the DSSE keyid of a private key (sha256 of its public key, SPKI DER)
keyid() { openssl pkey -in "$1" -pubout -outform DER | sha256sum | cut -c1-64; }
# dsse TYPE PAYLOAD-FILE KEY|none: a DSSE envelope signed with openssl alone
dsse() {
	local type=$1 sig=''
	printf 'DSSEv1 %d %s %d ' ${#type} "$type" "$(stat -c %s "$2")" >pae.bin
	cat "$2" >>pae.bin
	[ "$3" != none ] && sig=$(openssl pkeyutl -sign -inkey "$3" -rawin -in pae.bin | base64 -w0)
	jq -n --arg p "$(base64 -w0 <"$2")" --arg t "$type" --arg s "$sig" --arg k "$([ "$3" != none ] && keyid "$3")" \
		'{payload: $p, payloadType: $t, signatures: (if $s == "" then [] else [{keyid: $k, sig: $s}] end)}'
}
# envelope PAYLOAD-FILE KEY|none: a config envelope
envelope() { dsse application/vnd.wasmgate.control-config+json "$1" "$2"; }
# serve_cfg ENVELOPE-FILE: host_file.yml reads its config from a file:// control plane
serve_cfg() {
	mkdir -p cfg/v1/instances/edge-1
	cp "$1" cfg/v1/instances/edge-1/config
	CTLURL=file://$T/cfg host host_file.yml
}
# the current real config payload of edge-1 (TOKEN file)
payload() { curl -fs -H "Authorization: Bearer $(cat "${1:-token}")" "$URL/v1/instances/${2:-edge-1}/config" | jq -r .payload | base64 -d; }

# http_static PORT DIR: python's http.server on 127.0.0.1 serving DIR, in the
# background (SERVERS), with a listen backlog of 256: its default of 5 drops
# SYNs under 8 parallel downloads (a 1 s retransmit)
http_static() {
	python3 -c 'import functools, http.server, sys
class S(http.server.ThreadingHTTPServer):
    request_queue_size = 256
    daemon_threads = True
S(("127.0.0.1", int(sys.argv[1])), functools.partial(http.server.SimpleHTTPRequestHandler,
  directory=sys.argv[2])).serve_forever()' "$1" "$2" >>http.log 2>&1 &
	SERVERS="${SERVERS:-} $!"
	for i in $(seq 100); do curl -fs "http://127.0.0.1:$1/index.json.sig" >/dev/null 2>&1 && return 0; sleep 0.1; done
	echo "FAIL the static server on port $1 did not start"; exit 2
}
