#!/bin/bash
# control_auth.sh - the auth matrix: walks the server's own route table
# (`wasmgate control routes`) and calls every route with no token, a garbage
# token, a revoked token, another instance's token, this instance's token
# and an admin token; the status must be exactly what the route's `who`
# says (docs/control-api.md): public routes answer everyone; admin routes
# 401 without a valid token and 403 for runtime tokens; instance routes 401
# without a valid token and 403 for admins and other instances.  Requests
# that are refused store nothing.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/control.sh"
ctl_registry
trap ctl_cleanup EXIT
DB=sqlite:$T/cp.db
ctl_init "$DB"
ctl_start "$DB"

[ "$(api POST /v1/instances "$ADMIN" '{"id":"a","reason":"t"}')" = 201 ] || { echo "FAIL setup"; exit 1; }
TOK_A=$(jq -r .token resp.json)
api POST /v1/instances "$ADMIN" '{"id":"b","reason":"t"}' >/dev/null; TOK_B=$(jq -r .token resp.json)
api POST /v1/instances/a/token "$ADMIN" '{"reason":"make a revoked one"}' >/dev/null
REVOKED=$TOK_A; TOK_A=$(jq -r .token resp.json)
api PUT /v1/instances/a/plugins "$ADMIN" '{"plugins":[{"name":"p1","version":"1.0.0"}],"reason":"t"}' >/dev/null
GARBAGE=wga_$(printf '0%.0s' $(seq 64))

"$W" control routes >routes.json || { echo "FAIL control routes"; exit 1; }
n=$(jq length routes.json)
[ "$n" -ge 16 ] && ok "the route table has $n routes" || bad "route table: $n routes"
hist() { sqlite3 "$T/cp.db" 'select count(*) from revisions; select count(*) from audit_log' 2>/dev/null | tr '\n' ' '; }
command -v sqlite3 >/dev/null && SQL=1 || SQL=

for i in $(seq 0 $((n - 1))); do
	m=$(jq -r ".[$i].method" routes.json)
	p=$(jq -r ".[$i].path" routes.json | sed 's/{id}/a/')
	who=$(jq -r ".[$i].who" routes.json)
	for t in none garbage revoked other self admin; do
		case $t in
		none) tok= ;; garbage) tok=$GARBAGE ;; revoked) tok=$REVOKED ;;
		other) tok=$TOK_B ;; self) tok=$TOK_A ;; admin) tok=$ADMIN ;;
		esac
		case $who:$t in
		public:*) want=2xx ;;
		*:none | *:garbage | *:revoked) want=401 ;;
		admin:admin | instance:self) want=pass ;;
		*) want=403 ;;
		esac
		[ -n "$SQL" ] && before=$(hist)
		# an empty JSON object: enough to get past authentication (the
		# handler then refuses it with 400, or answers a GET)
		body=
		case $m in POST | PUT) body='{}' ;; esac
		got=$(api "$m" "$p" "$tok" "$body")
		case $want in
		2xx) [[ $got == 2* ]] ;;
		pass) [ "$got" != 401 ] && [ "$got" != 403 ] ;;
		*) [ "$got" = "$want" ] ;;
		esac && r=ok || r=bad
		if [[ $got == 4* ]] && ! jq -e '.error | type == "string"' resp.json >/dev/null 2>&1; then
			r=bad; got="$got without a JSON error"
		fi
		if [ "$want" = 401 ] || [ "$want" = 403 ]; then
			[ -n "$SQL" ] && [ "$before" != "$(hist)" ] && { r=bad; got="$got and it STORED something"; }
		fi
		$r "$m $p as $t: $got (want $want)"
	done
done
api GET /nope "" >/dev/null; [ "$(api GET /nope "$ADMIN")" = 404 ] && ok "unknown path: 404" || bad "unknown path"
[ "$(api PATCH /v1/instances "$ADMIN")" = 405 ] && ok "unknown method on a known path: 405" || bad "405"
grep -q 'wg[ai]_' server.log && bad "a token appears in the server log" || ok "no token in the server log ($(wc -l <server.log) lines)"
check_done
