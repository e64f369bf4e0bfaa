#!/bin/bash
# control_load.sh - a bounded wrk run (5 s, loopback only, 64 connections)
# of config reads against a real server, full answers and then 304s
# (If-None-Match): zero socket errors, zero non-2xx/3xx answers, and every
# answer of the 304 run a 304 (the server counts them in its log).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
command -v wrk >/dev/null || { echo "skip: no wrk"; exit 77; }
. "$WG_SRC/tests/integration/lib/control.sh"
ctl_registry
trap ctl_cleanup EXIT
ctl_init "sqlite:$T/cp.db"
ctl_start "sqlite:$T/cp.db"
api POST /v1/instances "$ADMIN" '{"id":"edge","reason":"t"}' >/dev/null; IT=$(jq -r .token resp.json)
api PUT /v1/instances/edge/plugins "$ADMIN" '{"plugins":[{"name":"p1","version":"1.0.0"},{"name":"p2","version":"1.0.0"}],"reason":"t"}' >/dev/null
etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $IT" "$URL/v1/instances/edge/config" | tr -d '\r' |
	awk 'tolower($1)=="etag:" {print $2}')
[ -n "$etag" ] || { echo "FAIL no ETag"; exit 1; }

# settle: wait until the server has logged the requests still in flight
settle() {
	local a=-1 b
	while b=$(wc -l <server.log); [ "$a" != "$b" ]; do a=$b; sleep 0.3; done
}

# load NAME [HEADER...]: wrk output in NAME.txt
load() {
	local name=$1 hdr=()
	shift
	for h in "$@"; do hdr+=(-H "$h"); done
	: >server.log
	wrk -t2 -c64 -d5s --latency -H "Authorization: Bearer $IT" "${hdr[@]}" "$URL/v1/instances/edge/config" >"$name.txt" 2>&1
	settle
	local reqs
	reqs=$(awk '/requests in/ {print $1}' "$name.txt")
	if [ -n "$reqs" ] && [ "$reqs" -gt 0 ] && ! grep -qE 'Socket errors|Non-2xx' "$name.txt"; then
		ok "$name: $reqs requests, no errors ($(awk '/Requests\/sec/ {print $2}' "$name.txt") req/s, p99 $(awk '$1=="99%" {print $2}' "$name.txt"))"
	else
		bad "$name"; cat "$name.txt"
	fi
}
load "64 connections, full configs"
n200=$(grep -c 'config 200$' server.log)
[ "$n200" -gt 0 ] && [ "$(grep -c 'config ' server.log)" = "$n200" ] && ok "  every answer a 200 ($n200)" || bad "  answers: $(grep -o 'config [0-9]*$' server.log | sort | uniq -c)"
load "64 connections, If-None-Match" "If-None-Match: $etag"
n304=$(grep -c 'config 304$' server.log)
[ "$n304" -gt 0 ] && [ "$(grep -c 'config ' server.log)" = "$n304" ] && ok "  every answer a 304 ($n304)" || bad "  answers: $(grep -o 'config [0-9]*$' server.log | sort | uniq -c)"
curl -fs "$URL/readyz" >/dev/null && ok "the server still answers after the load" || bad "server after load"
check_done
