#!/bin/bash
# runtime_limits.sh - `runtime init` against a hostile static HTTP server on
# 127.0.0.1 (lib/hostile_http.py, started and stopped here): a plugin,
# the signed index and the config whose body never ends are cut at their
# caps (the index's size for a plugin, the index and config limits); one
# that trickles forever is cut by limits.timeout; a Content-Length over the
# index's size is refused.  Each is refused with exit 1, the reason named,
# the installed set byte-identical and no partial file left in the cache.
# The same server in "plain" mode installs the set (the server is honest
# otherwise).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/runtime.sh"
rt_setup
trap ctl_cleanup EXIT

HPORT=$(free_port)
python3 "$WG_SRC/tests/integration/lib/hostile_http.py" "$HPORT" "$T" >hostile.log 2>&1 &
SERVERS="${SERVERS:-} $!"
for i in $(seq 100); do curl -fs "http://127.0.0.1:$HPORT/plain-x/M/index.json.sig" >/dev/null 2>&1 && break; sleep 0.1; done
H=http://127.0.0.1:$HPORT

set_plugins '[{"name":"good","version":"1.0.0"}]'
REGURL=$H/plain-wasm/M host host_plain.yml
"$W" runtime init --host host_plain.yml --token-file token >out.txt 2>err.txt &&
	ok "the server in plain mode installs: $(cat out.txt)" || { bad "plain mode"; cat err.txt; }

G2=$(sha256sum <good2.wasm | cut -c1-64)
size=$(stat -c %s good2.wasm)
set_plugins '[{"name":"good2","version":"1.0.0"}]'
leftovers() { find inst/cache -name '*.part.*' | wc -l; }
# limit MODE TARGET NAME WANT-REGEX [CTLURL]
limit() {
	rm -f "inst/cache/$G2"
	REGURL=$H/$1-$2/M CTLURL=${5:-$URL} LIMITS='{connect_timeout: 2, timeout: 3}' host "host_$1_$2.yml"
	attack "$3" "$4" "host_$1_$2.yml"
	[ "$(leftovers)" = 0 ] || bad "$3: partial downloads left in the cache: $(find inst/cache -name '*.part.*')"
}
limit endless wasm "a plugin whose body never ends (no Content-Length)" \
	"good2@1.0.0: .*good2.wasm: more than the $size bytes the index gives"
limit trickle wasm "a plugin that trickles forever (limits.timeout 3 s)" \
	"good2@1.0.0: .*good2.wasm: download failed: Timeout was reached"
limit biglen wasm "a plugin announcing a Content-Length of 1 GB" \
	"good2@1.0.0: .*good2.wasm: more than the $size bytes the index gives"
limit endless index "an index signature whose body never ends" \
	"index: .*index.json.sig: the response is over [0-9]+ bytes"
limit trickle index "an index signature that trickles forever" "index: .*Timeout was reached"

# a control plane whose config never ends: cut at 1 MiB
set_plugins '[{"name":"good2","version":"1.0.0"}]'
payload >p.json; envelope p.json cp.key >env.json; serve_cfg env.json
limit endless config "a config whose body never ends" "config: .*the response is over 1048576 bytes" "$H/endless-config/cfg"
limit trickle config "a config that trickles forever" "config: .*Timeout was reached" "$H/trickle-config/cfg"
kill -0 "${SERVERS##* }" 2>/dev/null && ok "the hostile server is still up (nothing hung)" || bad "hostile server died"
check_done
