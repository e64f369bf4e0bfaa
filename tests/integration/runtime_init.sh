#!/bin/bash
# runtime_init.sh - `wasmgate runtime init` end to end against a real
# `wasmgate control serve` on 127.0.0.1 and a registry read over file://:
# the happy path installs the configured set as a generation behind
# DIR/current; a changed config swaps the generation (the previous one is
# kept); then every attack is refused with exit 1, the reason named and the
# installed set byte-identical.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
rt_setup
trap ctl_cleanup EXIT

# ---- happy path --------------------------------------------------------------
set_plugins '[{"name":"good","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token --json >init1.json 2>err.txt
rc=$?
[ "$rc" = 0 ] && ok "init installs revision 1" || { bad "init exit $rc"; cat err.txt init1.json; }
cmp -s inst/current/good.wasm good.wasm && ok "current/good.wasm is the audited bytes" || bad "installed bytes"
[ "$(jq -r '.plugins[0].name' inst/current/manifest.json)" = good ] && ok "manifest names the plugin" || bad "manifest"
[ "$(jq .revision inst/state.json)" = 1 ] && [ "$(jq .index_version inst/state.json)" = "$(jq .version R/index.json)" ] &&
	ok "state.json: revision 1, index version $(jq .version R/index.json)" || bad "state $(cat inst/state.json)"
api GET /v1/status "$ADMIN" >/dev/null
jq -c '.instances[] | select(.id == "edge-1")' resp.json >fleet.json
[ "$(jq -c '[.result, .applied, .wanted]' fleet.json)" = '["applied",1,1]' ] &&
	ok "the control plane's fleet view shows revision 1 applied" || bad "fleet view: $(cat fleet.json)"
gen1=$(readlink inst/current)
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt &&
	grep -q unchanged out.txt && [ "$(readlink inst/current)" = "$gen1" ] &&
	ok "same config again: unchanged ($(cat out.txt))" || { bad "second init"; cat out.txt err.txt; }

list='[{"name":"good","version":"1.0.0"},{"name":"good2","version":"1.0.0"}'
for e in "${EXAMPLES[@]}"; do list+=",{\"name\":\"${e%@*}\",\"version\":\"${e#*@}\"}"; done
list+=']'
set_plugins "$list"
"$W" runtime init --host host.yml --token-file token --json >init2.json 2>err.txt
rc=$?
[ "$rc" = 0 ] && [ "$(readlink inst/current)" != "$gen1" ] && [ -d "inst/$gen1" ] &&
	ok "a new config swaps the generation, the previous one is kept (${#EXAMPLES[@]} example plugins: ${EXAMPLES[*]})" ||
	{ bad "second config: exit $rc"; cat err.txt init2.json; }
[ "$(jq '[.plugins[] | select(.cached)] | length' init2.json)" = 1 ] && ok "good was taken from the cache" ||
	bad "cache: $(jq -c '[.plugins[] | {name, cached}]' init2.json)"
for e in "${EXAMPLES[@]}"; do
	cmp -s "inst/current/${e%@*}.wasm" "${e%@*}.wasm" && ok "example ${e%@*} installed" || bad "example $e"
done

# the same set from a static HTTP server (python3 http.server) into another dir
HPORT=$(free_port)
python3 -m http.server --bind 127.0.0.1 "$HPORT" --directory "$T/M" >http.log 2>&1 &
SERVERS="${SERVERS:-} $!"
for i in $(seq 100); do curl -fs "http://127.0.0.1:$HPORT/index.json.sig" >/dev/null 2>&1 && break; sleep 0.1; done
REGURL=http://127.0.0.1:$HPORT DIR=inst_http host host_http.yml
"$W" runtime init --host host_http.yml --token-file token >out.txt 2>err.txt &&
	cmp -s inst_http/current/good2.wasm good2.wasm && ok "over http://: $(cat out.txt)" || { bad "http registry"; cat err.txt; }

# two inits on one DIR at once: the second waits for nobody, it refuses
exec 9>inst/.lock; flock 9
attack "a second init while one holds the lock" "another runtime init holds its lock"
exec 9>&-

# ---- attacks: each refused, exit 1, reason named, installed set byte-identical --
sha() { sha256sum <"$1" | cut -c1-64; }
sync_m() { rm -rf M; cp -a R M; }
set_plugins '[{"name":"good2","version":"1.0.0"}]'
G2=plugins/good2/1.0.0/good2.wasm
fresh() { rm -f "inst/cache/$(sha good2.wasm)"; sync_m; }
fresh; printf '\xff' | dd of=M/$G2 bs=1 seek=20 conv=notrunc status=none
attack "tampered plugin byte" "good2@1.0.0: .*tampered"
fresh; truncate -s -10 M/$G2
attack "truncated download" "good2@1.0.0: .*truncated"
fresh; printf 'more' >>M/$G2
attack "oversized download" "good2@1.0.0: .*more than the [0-9]+ bytes the index gives"
fresh; rm M/$G2
attack "missing file" "good2@1.0.0: .*download failed"
fresh
CPKEY=cp2.pub host host_cp2.yml
attack "config signed by another key" "config: signature: not signed by a trusted key" host_cp2.yml
AUDITKEY=other.pub host host_audit.yml
attack "attestation by an unknown audit key" "good2@1.0.0: attestation: " host_audit.yml
[ "$(keyid cp.key)" = "$(curl -fs -H "Authorization: Bearer $(cat token)" "$URL/v1/instances/edge-1/config" | jq -r '.signatures[0].keyid')" ] &&
	ok "keyid() matches the control plane's envelope" || bad "keyid() differs from the server's"
payload >p.json
envelope p.json cp.key >env.json; serve_cfg env.json
"$W" runtime init --host host_file.yml --token-file token >out.txt 2>err.txt &&
	ok "a config read over file:// (signed with openssl) installs: $(cat out.txt)" || { bad "file:// config"; cat err.txt; }
gen=$(readlink inst/current)
"$W" runtime init --host host_file.yml --token-file token >out.txt 2>err.txt && grep -q '^unchanged' out.txt &&
	[ "$(readlink inst/current)" = "$gen" ] && ok "the same revision again (no ETag over file://): unchanged, no new generation" ||
	{ bad "same revision over file://"; cat out.txt err.txt; }
envelope p.json none >env.json; serve_cfg env.json
attack "unsigned config" "config: signature: .*no signature" host_file.yml
envelope p.json other.key >env.json; serve_cfg env.json
attack "config signed by an unknown key id" "config: signature" host_file.yml
jq -c '.expires = "2020-01-01T00:00:00Z"' p.json >q.json; envelope q.json cp.key >env.json; serve_cfg env.json
attack "expired config" "config: expired at 2020-01-01" host_file.yml
cp env.json old_env.json
payload >old.json                       # revision R
set_plugins '[{"name":"good","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token >/dev/null 2>&1 || bad "init of the newer revision"
envelope old.json cp.key >env.json; serve_cfg env.json
attack "replayed older config revision" "config: revision [0-9]+ is lower than the last applied [0-9]+ \\(rollback\\)" host_file.yml
set_plugins '[{"name":"good2","version":"1.0.0"}]'
api PUT /v1/instances/edge-2/plugins "$ADMIN" '{"plugins":[{"name":"good","version":"1.0.0"}],"reason":"b"}' >/dev/null
payload token2 edge-2 >b.json; envelope b.json cp.key >env.json; serve_cfg env.json
attack "instance B's config served to A" "config: it is for instance 'edge-2', not this instance 'edge-1'" host_file.yml
payload >p.json
jq -c '.plugins[0].sha256 = "'"$(sha good.wasm)"'"' p.json >q.json; envelope q.json cp.key >env.json; serve_cfg env.json
attack "mix-and-match (the config's sha256 is another plugin's)" "good2@1.0.0: .*mix-and-match" host_file.yml
jq -c '.plugins[0].version = "7.7.7"' p.json >q.json; envelope q.json cp.key >env.json; serve_cfg env.json
attack "a version the index lacks" "good2@7.7.7 is not in registry index" host_file.yml
for c in "abi9:incompatible ABI 'wasmgate-plugin/9'" "imp:imports env.secret, which the host does not provide" \
	 "bigmem:memory 0 maximum 1000 pages is over the host's 256" "p1:no abi in its wasmgate.plugin section"; do
	set_plugins "[{\"name\":\"${c%%:*}\",\"version\":\"1.0.0\"}]"
	attack "incompatible ${c%%:*}" "${c%%:*}@1.0.0: .*${c#*:}"
done
api GET /v1/status "$ADMIN" >/dev/null
jq -c '.instances[] | select(.id == "edge-1")' resp.json >fleet.json
[ "$(jq -r .result fleet.json)" = refused ] && jq -r .error fleet.json | grep -q 'p1: incompatible: no abi' &&
	ok "a refusal is reported to the control plane with its reason" || bad "fleet view after a refusal: $(cat fleet.json)"
if printf '%s\n' "${EXAMPLES[@]}" | grep -q '^simd@'; then
	set_plugins '[{"name":"simd","version":"1.0.0"}]'
	sed 's/, simd\]/]/' host.yml >host_nosimd.yml
	attack "incompatible feature (host engine without simd)" "simd@1.0.0: .*feature 'simd'" host_nosimd.yml
fi

# a registry that redirects to another host: redirects are never followed
RPORT=$(free_port)
python3 -c 'import http.server, sys
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(s):
        s.send_response(302); s.send_header("Location", "http://127.0.0.2:9" + s.path); s.end_headers()
    def log_message(s, *a): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()' "$RPORT" &
SERVERS="${SERVERS:-} $!"
for i in $(seq 100); do curl -s "http://127.0.0.1:$RPORT/" >/dev/null 2>&1 && break; sleep 0.1; done
REGURL=http://127.0.0.1:$RPORT host host_redirect.yml
set_plugins '[{"name":"good2","version":"1.0.0"}]'
attack "a redirect to another host" "index: index.json.sig: HTTP 302" host_redirect.yml

# a server that stalls mid-body: cut off by limits.timeout
SPORT=$(free_port)
python3 -c 'import http.server, sys, time
class H(http.server.BaseHTTPRequestHandler):
    def do_GET(s):
        s.send_response(200); s.send_header("Content-Length", "100000"); s.end_headers()
        s.wfile.write(b"{" * 10); s.wfile.flush(); time.sleep(60)
    def log_message(s, *a): pass
http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), H).serve_forever()' "$SPORT" &
SERVERS="${SERVERS:-} $!"
for i in $(seq 100); do python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])))' "$SPORT" 2>/dev/null && break; sleep 0.1; done
REGURL=http://127.0.0.1:$SPORT LIMITS='{connect_timeout: 2, timeout: 2}' host host_stall.yml
set_plugins '[{"name":"good","version":"1.0.0"}]'
attack "a server that stalls mid-body (limits.timeout 2 s)" "index: .*(Timeout|timed out)" host_stall.yml

# index rollback, rewritten history, freeze
set_plugins '[{"name":"good","version":"1.0.0"}]'
cp -a R Rold; OLDSIG=$(mktemp -p "$T"); cp R/index.json.sig "$OLDSIG"
wplug good3 wasmgate-plugin/1 '(memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 6)'
publish good3 1.0.0 good3.wasm; sync_m
set_plugins '[{"name":"good3","version":"1.0.0"}]'
"$W" runtime init --host host.yml --token-file token >out.txt 2>err.txt && ok "index $(jq .version R/index.json) trusted: $(cat out.txt)" ||
	{ bad "init on the newer index"; cat err.txt; }
# each index attack comes with a new config revision (an unchanged config is a 304: no index read)
cp "$OLDSIG" M/index.json.sig
set_plugins '[{"name":"good","version":"1.0.0"}]'
attack "index rollback (an older signed index)" "index: version [0-9]+ is lower than the last trusted [0-9]+ \\(rollback\\)"
mv R Rnew; mv Rold R
wplug evil wasmgate-plugin/1 '(memory (export "memory") 1 2) (func (export "run") (result i32) i32.const 7)'
publish evil 1.0.0 evil.wasm; publish good3 1.0.0 good3.wasm
rm -rf M; cp -a R M; mv R Rfork; mv Rnew R
set_plugins '[{"name":"good3","version":"1.0.0"}]'
attack "rewritten history (a fork of the index, newer version)" "rewritten history"
sync_m
"$W" registry refresh --registry M --key reg.key --expires-in 1 >/dev/null 2>&1 || bad "refresh of the mirror"
sleep 2
set_plugins '[{"name":"good","version":"1.0.0"}]'
attack "expired index (freeze)" "index: expired at"
sync_m

# unapproved attestation: a registry whose key signs an index naming a
# flagged attestation (the registry itself never publishes one; a stolen
# registry key could) - the runtime checks the decision itself
printf 'version: 1\nopcodes: {flag: ["i32.const"]}\n' >flag.yml
attest good2.wasm flag.yml
A=plugins/good2/1.0.0/good2.intoto.json
cp att/good2.intoto.json M/$A
jq -r .payload M/index.json.sig | base64 -d >idx_old.json
V=$(jq .version idx_old.json)
jq -cS --arg prev "$(sha idx_old.json)" --arg s "$(sha M/$A)" --argjson n "$(stat -c %s M/$A)" \
	'.version += 1 | .previous = $prev | .plugins.good2["1.0.0"].files.attestation.sha256 = $s |
	 .plugins.good2["1.0.0"].files.attestation.size = $n' idx_old.json | tr -d '\n' >idx_new.json
dsse application/vnd.wasmgate.registry-index+json idx_new.json reg.key >M/index.json.sig
jq -cS -n --arg p "$(sha idx_old.json)" --arg s "$(sha idx_new.json)" --argjson v $((V + 1)) \
	'{previous: $p, sha256: $s, version: $v}' | tr -d '\n' >link.json
dsse application/vnd.wasmgate.registry-history+json link.json reg.key >M/history/$((V + 1)).json
set_plugins '[{"name":"good2","version":"1.0.0"}]'
rm -f "inst/cache/$(sha good2.wasm)"
attack "unapproved attestation (decision flag) in a validly signed index" "good2@1.0.0: attestation: .*(decision|flag)"
check_done
