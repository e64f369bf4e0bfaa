# control.sh - sourced by the control-plane tests (control_*.sh): a scratch
# registry with approved, yanked and flagged-out plugin versions, a
# control-plane key pair, a database with its first admin, and a real
# `wasmgate control serve` on a free 127.0.0.1 port, stopped on exit.
. "$WG_SRC/tests/integration/lib/registry.sh"
for t in curl jq openssl python3; do command -v $t >/dev/null || { echo "skip: no $t"; exit 77; }; done

# ctl_registry: R/ with p1@1.0.0, p1@1.1.0 (yanked), p2@1.0.0; keys cp.*, cp2.*
ctl_registry() {
	reg_scratch
	"$W" registry init R --key reg.key --audit-key audit.pub >/dev/null || exit 2
	plugin p1 1; plugin p2 2; attest p1.wasm; attest p2.wasm
	for nv in p1:1.0.0 p1:1.1.0 p2:1.0.0; do
		n=${nv%%:*} v=${nv#*:}
		"$W" registry publish --registry R --key reg.key --name "$n" --version "$v" "$n.wasm" \
			--attestation "att/$n.intoto.json" >/dev/null 2>&1 || { echo "FAIL publish $nv"; exit 2; }
	done
	"$W" registry yank --registry R --key reg.key p1@1.1.0 --reason "bad build" >/dev/null || exit 2
	for k in cp cp2; do "$W" keygen --out $k >/dev/null || exit 2; done
}

free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

# ctl_init DBURL: ADMIN holds the first admin token
ctl_init() { ADMIN=$("$W" control init --db "$1" --admin root 2>init.err) || { cat init.err; exit 2; }; }

# ctl_start DBURL [EXTRA ARGS]: serve in the background; URL, SERVER_PID
ctl_start() {
	local db=$1 port i
	shift
	port=$(free_port)
	URL=http://127.0.0.1:$port
	"$W" control serve --db "$db" --listen "127.0.0.1:$port" --registry R --key cp.key "$@" \
		2>>server.log &
	SERVER_PID=$!
	SERVERS="${SERVERS:-} $SERVER_PID"
	for i in $(seq 100); do
		curl -fs "$URL/healthz" >/dev/null 2>&1 && return 0
		kill -0 "$SERVER_PID" 2>/dev/null || { echo "FAIL server died"; cat server.log; exit 2; }
		sleep 0.1
	done
	echo "FAIL server did not start"; exit 2
}
ctl_stop() { kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; }
ctl_cleanup() { for p in ${SERVERS:-}; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done; reg_cleanup; }

# api METHOD PATH TOKEN [BODY]: prints the status; the body goes to resp.json
api() {
	local m=$1 p=$2 tok=$3 body=${4:-}
	local args=(-s -o resp.json -w '%{http_code}' -X "$m")
	[ -n "$tok" ] && args+=(-H "Authorization: Bearer $tok")
	[ -n "$body" ] && args+=(-H 'Content-Type: application/json' --data-binary "$body")
	curl "${args[@]}" "$URL$p"
}
