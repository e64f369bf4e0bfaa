#!/bin/bash
# control_pg.sh - the control plane on PostgreSQL: a throw-away cluster
# (Debian's postgresql, started and stopped here), the store's Check suite
# run against it (the same suite SQLite passes), then two `control serve`
# processes on one database: both answer the same signed config (same
# ETag), 16 concurrent PUTs spread over both give 16 distinct revisions with
# no gap, and a kill -9 of one server during a burst loses no acknowledged
# revision.  Skips (77) without PostgreSQL or when not root (the cluster
# runs as the postgres user).
set -u
: "${WASMGATE:?}" "${WG_SRC:?}" "${WG_BUILD:?}"
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || { echo "skip: postgresql is not installed"; exit 77; }
[ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1 || { echo "skip: needs root and the postgres user"; exit 77; }
"$WASMGATE" control init --db postgresql://x 2>&1 | grep -q "without libpq" && { echo "skip: built without libpq"; exit 77; }
. "$WG_SRC/tests/integration/lib/control.sh"
ctl_registry
PGD=$(mktemp -d); chown postgres "$PGD"
pg_stop() { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD/data" -m immediate stop >/dev/null 2>&1; rm -rf "$PGD"; }
trap 'ctl_cleanup; pg_stop' EXIT
PORT=$(free_port)
runuser -u postgres -- "$PGBIN/initdb" -D "$PGD/data" -A trust -U postgres >"$PGD/initdb.log" 2>&1 ||
	{ cat "$PGD/initdb.log"; exit 2; }
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD/data" -l "$PGD/log" -w \
	-o "-p $PORT -k $PGD -c listen_addresses=127.0.0.1" start >/dev/null || { cat "$PGD/log"; exit 2; }
DB="postgresql://postgres@127.0.0.1:$PORT/postgres"
ok "a throw-away PostgreSQL on port $PORT"

WG_TEST_PG_URL=$DB "$WG_BUILD/tests/test_control_store" >unit.txt 2>&1 &&
	ok "the store suite passes on PostgreSQL: $(tail -1 unit.txt)" || { bad "store suite on PostgreSQL"; cat unit.txt; }

"$W" control init --db "postgresql://postgres@127.0.0.1:1/none" --admin x >/dev/null 2>err.txt &&
	bad "init against a closed port" || ok "no database: $(cat err.txt)"
ctl_init "$DB"
[[ $ADMIN =~ ^wga_ ]] && ok "init on PostgreSQL" || bad "init"
ctl_start "$DB"; URL1=$URL PID1=$SERVER_PID
ctl_start "$DB"; URL2=$URL PID2=$SERVER_PID

URL=$URL1
[ "$(api POST /v1/instances "$ADMIN" '{"id":"edge","reason":"t"}')" = 201 ] && ok "add instance via server 1" || bad "add"
IT=$(jq -r .token resp.json)
URL=$URL2
[ "$(api PUT /v1/instances/edge/plugins "$ADMIN" '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"t"}')" = 200 ] &&
	ok "set plugins via server 2" || bad "PUT via 2: $(cat resp.json)"
[ "$(api PUT /v1/instances/edge/plugins "$ADMIN" '{"plugins":[{"name":"p1","version":"1.1.0"}],"reason":"t"}')" = 409 ] &&
	ok "a yanked version refused via server 2" || bad "yanked via 2"
etag() { curl -s -D - -o "$2" -H "Authorization: Bearer $IT" "$1/v1/instances/edge/config" | tr -d '\r' |
	awk 'tolower($1)=="etag:" {print $2}'; }
e1=$(etag "$URL1" c1.json); e2=$(etag "$URL2" c2.json)
[ -n "$e1" ] && [ "$e1" = "$e2" ] && [ "$(jq -r .payload c1.json)" = "$(jq -r .payload c2.json)" ] &&
	ok "both servers answer the same config (ETag $e1)" || bad "configs differ: $e1 / $e2"

for i in $(seq 16); do
	u=$URL1; [ $((i % 2)) = 0 ] && u=$URL2
	curl -s -o "w$i.json" -X PUT -H "Authorization: Bearer $ADMIN" \
		--data-binary '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"writer '$i'"}' \
		"$u/v1/instances/edge/plugins" &
	pids="${pids:-} $!"
done
wait $pids
[ "$(jq -s 'map(.revision) | unique | length' w*.json)" = 16 ] && ok "16 PUTs through two servers: 16 distinct revisions" ||
	bad "revisions: $(jq -s -c 'map(.revision)' w*.json)"
api GET /v1/instances/edge/history "$ADMIN" >/dev/null
h=$(jq -c '[.history[].revision]' resp.json)
[ "$(jq length <<<"$h")" = 17 ] && [ "$(jq '.[0]' <<<"$h")" = 17 ] && ok "history 1..17, no gap, none lost" || bad "history $h"

: >acks.txt
( for i in $(seq 300); do
	curl -s -X PUT -H "Authorization: Bearer $ADMIN" \
		--data-binary '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"burst"}' \
		"$URL1/v1/instances/edge/plugins" | jq -r '.revision // empty' >>acks.txt 2>/dev/null || break
  done ) &
burst=$!
sleep 1
kill -9 "$PID1"; wait "$PID1" 2>/dev/null
wait $burst 2>/dev/null
acked=$(sort -n acks.txt | tail -1)
api GET /v1/instances/edge/history "$ADMIN" >/dev/null
now=$(jq '.history[0].revision' resp.json)
[ -n "$acked" ] && [ "$now" -ge "$acked" ] && [ "$acked" -gt 17 ] &&
	ok "kill -9 of server 1 in a burst: server 2 has every acknowledged revision ($acked, stored $now)" ||
	bad "kill -9: acked ${acked:-none}, stored $now"
[ "$(curl -s -o /dev/null -w '%{http_code}' "$URL2/readyz")" = 200 ] && ok "server 2 is ready" || bad "readyz"
check_done
