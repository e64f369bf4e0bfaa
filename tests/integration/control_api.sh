#!/bin/bash
# control_api.sh - the control plane end to end against a real
# `wasmgate control serve` (SQLite) on 127.0.0.1: instances and their
# tokens, plugin versions accepted only when the signed registry index lists
# them approved and not yanked (else 409, nothing stored), bad bodies (400 /
# 413, nothing stored), the signed config verified with openssl alone (PAE
# rebuilt here from the DSSE spec), ETag / 304, a long poll woken by a PUT,
# two signing keys (rotation), history and rollback, token rotation, the
# fleet view, 8 concurrent PUTs (revisions strictly increase, none lost),
# a restart and a kill -9 during writes losing no committed revision.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/control.sh"
ctl_registry
trap ctl_cleanup EXIT
DB=sqlite:$T/cp.db
ctl_init "$DB"
[[ $ADMIN =~ ^wga_[0-9a-f]{64}$ ]] && ok "init prints an admin token" || bad "init token '$ADMIN'"
grep -q "$ADMIN" "$T/cp.db"* && bad "the token is in the database in clear" || ok "only the token's hash is stored"
"$W" control init --db "$DB" --admin again >/dev/null 2>err.txt && bad "second init" ||
	{ grep -q "already has" err.txt && ok "a second init is refused: $(cat err.txt)" || bad "second init message"; }
ctl_start "$DB" --key cp2.key

# expect NAME STATUS METHOD PATH TOKEN [BODY]
expect() {
	local name=$1 want=$2 got
	shift 2
	got=$(api "$@")
	if [ "$got" = "$want" ]; then ok "$name ($got)"; else bad "$name: got $got, want $want: $(cat resp.json)"; fi
}
revs() { api GET /v1/instances/edge-1/history "$ADMIN" >/dev/null; jq -c '[.history[].revision]' resp.json; }

expect "add instance edge-1" 201 POST /v1/instances "$ADMIN" '{"id":"edge-1","reason":"first"}'
IT=$(jq -r .token resp.json)
expect "add instance edge-2" 201 POST /v1/instances "$ADMIN" '{"id":"edge-2","reason":"second"}'
IT2=$(jq -r .token resp.json)
expect "the same id again" 409 POST /v1/instances "$ADMIN" '{"id":"edge-1","reason":"dup"}'
expect "a bad id" 400 POST /v1/instances "$ADMIN" '{"id":"../x","reason":"bad"}'
expect "no reason" 400 POST /v1/instances "$ADMIN" '{"id":"edge-3"}'
expect "list instances" 200 GET /v1/instances "$ADMIN"
[ "$(jq -c '[.instances[].id]' resp.json)" = '["edge-1","edge-2"]' ] && ok "list shows both" || bad "list: $(cat resp.json)"

set1='{"plugins":[{"name":"p2","version":"1.0.0"},{"name":"p1","version":"1.0.0"}],"reason":"roll out"}'
expect "PUT approved versions" 200 PUT /v1/instances/edge-1/plugins "$ADMIN" "$set1"
[ "$(jq -r .revision resp.json)" = 1 ] && ok "revision 1" || bad "revision $(jq .revision resp.json)"
[ "$(jq -r '.plugins[0].sha256' resp.json)" = "$(sha256sum <p1.wasm | cut -c1-64)" ] &&
	ok "sorted by name, with the registry's sha256" || bad "resolved plugins: $(cat resp.json)"
for case in "yanked:p1:1.1.0:yanked" "unknown version:p1:9.9.9:not in the registry" "unknown plugin:nope:1.0.0:not in the registry"; do
	IFS=: read -r what n v msg <<<"$case"
	expect "$what $n@$v refused" 409 PUT /v1/instances/edge-1/plugins "$ADMIN" \
		"{\"plugins\":[{\"name\":\"$n\",\"version\":\"$v\"}],\"reason\":\"x\"}"
	jq -r .error resp.json | grep -q "$msg" && ok "  says '$(jq -r .error resp.json)'" || bad "  message: $(cat resp.json)"
done
expect "a plugin listed twice" 400 PUT /v1/instances/edge-1/plugins "$ADMIN" \
	'{"plugins":[{"name":"p1","version":"1.0.0"},{"name":"p1","version":"1.0.0"}],"reason":"x"}'
expect "malformed JSON" 400 PUT /v1/instances/edge-1/plugins "$ADMIN" '{"plugins":['
expect "an unknown field" 400 PUT /v1/instances/edge-1/plugins "$ADMIN" '{"plugins":[],"reason":"x","force":true}'
expect "an unknown field in a plugin" 400 PUT /v1/instances/edge-1/plugins "$ADMIN" \
	'{"plugins":[{"name":"p1","version":"1.0.0","sha256":"00"}],"reason":"x"}'
expect "plugins not an array" 400 PUT /v1/instances/edge-1/plugins "$ADMIN" '{"plugins":{},"reason":"x"}'
expect "a JSON array body" 400 PUT /v1/instances/edge-1/plugins "$ADMIN" '[1]'
big=$(python3 -c 'print("{\"reason\":\"" + "a" * 70000 + "\",\"plugins\":[]}")')
expect "a body over 64 KiB" 413 PUT /v1/instances/edge-1/plugins "$ADMIN" "$big"
expect "an unknown instance" 404 PUT /v1/instances/ghost/plugins "$ADMIN" "$set1"
[ "$(revs)" = "[1]" ] && ok "nothing stored by the refusals" || bad "history after refusals: $(revs)"

# ---- the signed config ------------------------------------------------------
expect "runtime GETs its config" 200 GET /v1/instances/edge-1/config "$IT"
cp resp.json env.json
jq -r .payload env.json | base64 -d >payload.json
[ "$(jq -c '[.format, .instance, .revision, .index_version, (.plugins|map(.name+"@"+.version))]' payload.json)" = \
	"[1,\"edge-1\",1,$(jq .version R/index.json),[\"p1@1.0.0\",\"p2@1.0.0\"]]" ] &&
	ok "payload: instance, revision, index version, plugins" || bad "payload: $(cat payload.json)"
[ "$(jq -r .index_sha256 payload.json)" = "$(printf %s "$(cat R/index.json)" | sha256sum | cut -c1-64)" ] &&
	ok "index_sha256 is the signed index's digest" || bad "index_sha256"
exp=$(date -d "$(jq -r .expires payload.json)" +%s); iss=$(date -d "$(jq -r .issued payload.json)" +%s)
[ $((exp - iss)) = 86400 ] && [ "$iss" -le "$(date +%s)" ] && ok "issued <= now, expires = issued + 1 day" ||
	bad "issued/expires $(jq -c '[.issued,.expires]' payload.json)"
type=$(jq -r .payloadType env.json)
[ "$type" = application/vnd.wasmgate.control-config+json ] && ok "payloadType" || bad "payloadType $type"
[ "$(jq '.signatures | length' env.json)" = 2 ] && ok "two signatures (two --key)" || bad "signature count"
# PAE = "DSSEv1" SP len(type) SP type SP len(body) SP body
{ printf 'DSSEv1 %d %s %d ' "${#type}" "$type" "$(stat -c %s payload.json)"; cat payload.json; } >pae.bin
for k in cp cp2; do
	kid=$(openssl pkey -pubin -in $k.pub -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1)
	jq -r --arg k "$kid" '.signatures[] | select(.keyid == $k) | .sig' env.json | base64 -d >sig.bin
	openssl pkeyutl -verify -pubin -inkey $k.pub -rawin -in pae.bin -sigfile sig.bin >/dev/null 2>&1 &&
		ok "openssl verifies the $k signature (by key id)" || bad "openssl verify $k"
done
printf 'x' >>pae.bin
openssl pkeyutl -verify -pubin -inkey cp.pub -rawin -in pae.bin -sigfile sig.bin >/dev/null 2>&1 &&
	bad "openssl accepts an altered payload" || ok "an altered payload does not verify"

etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $IT" "$URL/v1/instances/edge-1/config" | tr -d '\r' |
	awk 'tolower($1)=="etag:" {print $2}')
[ -n "$etag" ] && ok "ETag $etag" || bad "no ETag"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $IT" -H "If-None-Match: $etag" \
	"$URL/v1/instances/edge-1/config")
[ "$code" = 304 ] && ok "If-None-Match with the ETag: 304" || bad "If-None-Match gave $code"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $IT" -H 'If-None-Match: "other"' \
	"$URL/v1/instances/edge-1/config")
[ "$code" = 200 ] && ok "another ETag: 200" || bad "other ETag gave $code"
expect "?wait= out of range" 400 GET "/v1/instances/edge-1/config?wait=999" "$IT"

# long poll: held while unchanged, answered soon after a PUT
curl -s -o poll.json -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $IT" -H "If-None-Match: $etag" \
	"$URL/v1/instances/edge-1/config?wait=30" >poll.txt &
poll=$!
sleep 1.5
kill -0 $poll 2>/dev/null && ok "the long poll is held while nothing changes" || bad "the long poll returned early"
t0=$(date +%s%N)
expect "PUT a new set (p1 only)" 200 PUT /v1/instances/edge-1/plugins "$ADMIN" \
	'{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"drop p2"}'
wait $poll
t1=$(date +%s%N)
read -r pcode _ <poll.txt
[ "$pcode" = 200 ] && [ "$(jq -r .payload poll.json | base64 -d | jq .revision)" = 2 ] &&
	ok "the long poll returned revision 2 ($(( (t1 - t0) / 1000000 )) ms after the PUT)" || bad "long poll: $(cat poll.txt)"
[ $(( (t1 - t0) / 1000000 )) -lt 1000 ] && ok "within a second of the PUT" || bad "long poll took $(( (t1 - t0) / 1000000 )) ms"

# ---- history, rollback, delete, fleet ---------------------------------------
expect "rollback to 1" 200 POST /v1/instances/edge-1/rollback "$ADMIN" '{"revision":1,"reason":"p2 needed"}'
[ "$(jq -r .revision resp.json)" = 3 ] && [ "$(jq -c '[.plugins[].name]' resp.json)" = '["p1","p2"]' ] &&
	ok "rollback is revision 3 with revision 1's set" || bad "rollback: $(cat resp.json)"
expect "rollback to a missing revision" 404 POST /v1/instances/edge-1/rollback "$ADMIN" '{"revision":99,"reason":"x"}'
expect "history" 200 GET /v1/instances/edge-1/history "$ADMIN"
[ "$(jq -c '[.history[] | [.revision, .by, .reason]]' resp.json)" = \
	'[[3,"root","p2 needed"],[2,"root","drop p2"],[1,"root","roll out"]]' ] && ok "history: who and why per revision" ||
	bad "history: $(jq -c . resp.json)"
expect "GET current plugins" 200 GET /v1/instances/edge-1/plugins "$ADMIN"
[ "$(jq .revision resp.json)" = 3 ] && ok "current is 3" || bad "current $(cat resp.json)"
expect "runtime reports applied" 200 POST /v1/instances/edge-1/status "$IT" '{"revision":3,"result":"applied"}'
expect "runtime reports a bad result" 400 POST /v1/instances/edge-1/status "$IT" '{"revision":3,"result":"maybe"}'
expect "edge-2 reports a refusal" 200 POST /v1/instances/edge-2/status "$IT2" '{"revision":0,"result":"refused","error":"index too old"}'
expect "fleet view" 200 GET /v1/status "$ADMIN"
[ "$(jq -c '[.instances[] | [.id, .wanted, .applied, .result, .error]]' resp.json)" = \
	'[["edge-1",3,3,"applied",null],["edge-2",0,0,"refused","index too old"]]' ] && ok "fleet: wanted, applied, errors" ||
	bad "fleet: $(jq -c . resp.json)"

expect "rotate edge-2's token" 200 POST /v1/instances/edge-2/token "$ADMIN" '{"reason":"leaked"}'
NEW2=$(jq -r .token resp.json)
expect "the old token is refused" 401 POST /v1/instances/edge-2/status "$IT2" '{"revision":0,"result":"applied"}'
expect "the new token works" 200 POST /v1/instances/edge-2/status "$NEW2" '{"revision":0,"result":"applied"}'
expect "add admin ops" 201 POST /v1/admins "$ADMIN" '{"name":"ops","reason":"on call"}'
OPS=$(jq -r .token resp.json)
expect "ops lists instances" 200 GET /v1/instances "$OPS"
expect "root removes ops" 200 DELETE "/v1/admins/ops?reason=left" "$ADMIN"
expect "ops's token is revoked" 401 GET /v1/instances "$OPS"
expect "delete edge-2 without a reason" 400 DELETE /v1/instances/edge-2 "$ADMIN"
expect "delete edge-2" 200 DELETE "/v1/instances/edge-2?reason=decommissioned" "$ADMIN"
expect "edge-2's token no longer works" 401 GET /v1/instances/edge-2/config "$NEW2"
expect "edge-2 id is not reused" 409 POST /v1/instances "$ADMIN" '{"id":"edge-2","reason":"again"}'

# ---- yanked after being set: the config is refused, not served ------------
expect "set p2 on edge-1" 200 PUT /v1/instances/edge-1/plugins "$ADMIN" '{"plugins":[{"name":"p2","version":"1.0.0"}],"reason":"p2"}'
"$W" registry yank --registry R --key reg.key p2@1.0.0 --reason "CVE" >/dev/null || bad "yank p2"
expect "config with a since-yanked plugin" 409 GET /v1/instances/edge-1/config "$IT"
jq -r .error resp.json | grep -q "yanked: CVE" && ok "  says why: $(jq -r .error resp.json)" || bad "  $(cat resp.json)"
expect "back to p1" 200 PUT /v1/instances/edge-1/plugins "$ADMIN" '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"p2 yanked"}'

# ---- concurrency: 8 writers -------------------------------------------------
for i in $(seq 8); do
	curl -s -o "c$i.json" -X PUT -H "Authorization: Bearer $ADMIN" \
		--data-binary '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"writer '$i'"}' \
		"$URL/v1/instances/edge-1/plugins" &
done
wait $(jobs -p | grep -v "^$SERVER_PID$") 2>/dev/null
before=$(jq -s 'map(.revision) | sort | .[0]' c*.json)
[ "$(jq -s 'map(.revision) | unique | length' c*.json)" = 8 ] && ok "8 concurrent PUTs got 8 distinct revisions" ||
	bad "concurrent revisions: $(jq -s -c 'map(.revision)' c*.json)"
h=$(revs)
[ "$(jq 'length' <<<"$h")" = "$(jq '.[0]' <<<"$h")" ] && [ "$(jq -c '. == (sort | reverse)' <<<"$h")" = true ] &&
	ok "history is 1..$(jq '.[0]' <<<"$h") without gaps" || bad "history $h"

# ---- restart keeps everything; kill -9 loses no committed revision ----------
last=$(jq '.[0]' <<<"$h")
ctl_stop
ctl_start "$DB"
[ "$(revs)" = "$h" ] && ok "restart keeps every revision" || bad "after restart: $(revs)"
expect "the old token still works after restart" 200 GET /v1/instances/edge-1/config "$IT"
: >acks.txt
( for i in $(seq 200); do
	curl -s -X PUT -H "Authorization: Bearer $ADMIN" \
		--data-binary '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"burst"}' \
		"$URL/v1/instances/edge-1/plugins" | jq -r '.revision // empty' >>acks.txt 2>/dev/null || break
  done ) &
burst=$!
sleep 1
kill -9 "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null
wait $burst 2>/dev/null
acked=$(sort -n acks.txt | tail -1)
ctl_start "$DB"
now=$(revs | jq '.[0]')
[ -n "$acked" ] && [ "$now" -ge "$acked" ] && [ "$acked" -gt "$last" ] &&
	ok "kill -9 during a burst: every acknowledged revision kept (acked $acked, stored $now)" ||
	bad "kill -9: acked ${acked:-none}, stored $now"
check_done
