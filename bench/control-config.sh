#!/usr/bin/env bash
# control-config.sh - how fast the control plane answers config reads:
# wrk (loopback, 64 connections, WG_BENCH_SECONDS each, default 10) against
# GET /v1/instances/{id}/config, full signed answers and 304s, on SQLite
# and (when PostgreSQL is installed and we are root) on a throw-away
# PostgreSQL; then the server's RSS with 10,000 instances (inserted with
# SQL) after listing them and the fleet view.  Information, not a test.
#   bench/control-config.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export WASMGATE=${WASMGATE:-$here/build/wasmgate} WG_SRC=$here
SECS=${WG_BENCH_SECONDS:-10}
command -v wrk >/dev/null || { echo "needs wrk (scripts/deps.sh)"; exit 1; }
set +u
. "$here/tests/integration/lib/control.sh"
set -u
ctl_registry >/dev/null
PGD=
cleanup() {
	set +e
	ctl_cleanup
	[ -n "$PGD" ] && { runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD/data" -m fast stop >/dev/null 2>&1; rm -rf "$PGD"; }
}
trap 'cleanup || true' EXIT

rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$SERVER_PID/status"; }
run() { # DBURL LABEL
	ctl_init "$1"
	ctl_start "$1"
	api POST /v1/instances "$ADMIN" '{"id":"edge","reason":"bench"}' >/dev/null; local it
	it=$(jq -r .token resp.json)
	api PUT /v1/instances/edge/plugins "$ADMIN" '{"plugins":[{"name":"p1","version":"1.0.0"},{"name":"p2","version":"1.0.0"}],"reason":"bench"}' >/dev/null
	local etag
	etag=$(curl -s -D - -o /dev/null -H "Authorization: Bearer $it" "$URL/v1/instances/edge/config" | tr -d '\r' |
		awk 'tolower($1)=="etag:" {print $2}')
	for mode in full 304; do
		local h=()
		[ $mode = 304 ] && h=(-H "If-None-Match: $etag")
		wrk -t2 -c64 -d"${SECS}s" --latency -H "Authorization: Bearer $it" "${h[@]}" \
			"$URL/v1/instances/edge/config" >wrk.txt 2>&1
		printf '%-10s %-5s %10s req/s  p99 %-9s errors: %s\n' "$2" "$mode" \
			"$(awk '/Requests\/sec/ {print $2}' wrk.txt)" "$(awk '$1=="99%" {print $2}' wrk.txt)" \
			"$(grep -E 'Socket errors|Non-2xx' wrk.txt | tr -s ' ' | tr '\n' ' ' || true)"
	done
	echo "$2 server RSS after the runs: $(rss)"
	ctl_stop
}

echo "config reads, 64 connections, ${SECS}s each ($(nproc) cores, shared)"
run "sqlite:$T/bench.db" sqlite
SQLITE_ADMIN=$ADMIN
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -n "$PGBIN" ] && [ "$(id -u)" = 0 ]; then
	PGD=$(mktemp -d); chown postgres "$PGD"; PORT=$(free_port); cd /
	runuser -u postgres -- "$PGBIN/initdb" -D "$PGD/data" -A trust -U postgres >/dev/null
	runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGD/data" -l "$PGD/log" -w \
		-o "-p $PORT -k $PGD -c listen_addresses=127.0.0.1" start >/dev/null
	cd "$T"
	run "postgresql://postgres@127.0.0.1:$PORT/postgres" postgresql
else
	echo "postgresql: skipped (not installed or not root)"
fi

sqlite3 "$T/bench.db" "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000)
	INSERT INTO instances(id, created_at, created_by, reason) SELECT 'bulk-' || i, 0, 'root', 'bench' FROM n;"
ADMIN=$SQLITE_ADMIN
ctl_start "sqlite:$T/bench.db"
echo "sqlite server RSS at start with 10,001 instances: $(rss)"
api GET /v1/instances "$ADMIN" >/dev/null; api GET /v1/status "$ADMIN" >/dev/null
echo "  after listing them and the fleet view ($(jq '.instances | length' resp.json) rows): $(rss)"
exit 0
