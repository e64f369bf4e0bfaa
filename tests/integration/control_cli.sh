#!/bin/bash
# control_cli.sh - the `wasmgate control` admin subcommands against a real
# server: the URL and token file from the environment, --reason required for
# changes, text and --json views, the server's refusal printed as one line
# with exit 2, a server that is not there, and the fleet view after a
# runtime reported back.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/control.sh"
ctl_registry
trap ctl_cleanup EXIT
ctl_init "sqlite:$T/cp.db"
ctl_start "sqlite:$T/cp.db"
echo "$ADMIN" >admin.tok
export WASMGATE_CONTROL_URL=$URL WASMGATE_CONTROL_TOKEN_FILE=$T/admin.tok

# run NAME WANT_EXIT PATTERN CMD...: exit status and a stdout+stderr pattern
run() {
	local name=$1 want=$2 pat=$3 rc
	shift 3
	"$@" >out.txt 2>err.txt; rc=$?
	if [ "$rc" = "$want" ] && grep -Eq -- "$pat" out.txt err.txt; then ok "$name"
	else bad "$name: exit $rc (want $want), no /$pat/"; sed 's/^/     /' out.txt err.txt; fi
}
run "instance add without --reason" 2 "reason TEXT is required" "$W" control instance add edge-1
run "instance add" 0 "^wgi_[0-9a-f]{64}$" "$W" control instance add edge-1 --reason "new box"
IT=$(cat out.txt)
run "instance add edge-2" 0 "^wgi_" "$W" control instance add edge-2 --reason "new box"
run "instance list" 0 "^edge-2 " "$W" control instance list
run "set approved versions" 0 "edge-1 revision 1" "$W" control set edge-1 p1@1.0.0 p2@1.0.0 --reason "roll out"
run "set a yanked version: the server's reason" 2 "HTTP 409: p1@1.1.0 is yanked: bad build" \
	"$W" control set edge-1 p1@1.1.0 --reason x
[ "$(wc -l <err.txt)" = 1 ] && ok "  one line" || bad "  $(wc -l <err.txt) lines"
run "set with a malformed argument" 2 "expected name@version" "$W" control set edge-1 p1 --reason x
run "show" 0 "p2@1.0.0  sha256:[0-9a-f]{64}" "$W" control show edge-1
run "set p1 only" 0 "revision 2" "$W" control set edge-1 p1@1.0.0 --reason "drop p2"
run "rollback" 0 "revision 3" "$W" control rollback edge-1 1 --reason "p2 back"
run "history" 0 "revision 3 .* by root: p2 back" "$W" control history edge-1
run "history --json" 0 '"reason": "drop p2"' "$W" control --json history edge-1
run "rotate-token" 0 "^wgi_" "$W" control instance rotate-token edge-2 --reason leaked
curl -s -o /dev/null -X POST -H "Authorization: Bearer $IT" --data-binary '{"revision":3,"result":"applied"}' \
	"$URL/v1/instances/edge-1/status"
run "status shows wanted and applied" 0 "^edge-1 +3 +3 +applied" "$W" control status
run "status: edge-2 never reported" 0 "^edge-2 +0 +- +- +never" "$W" control status
run "status --json" 0 '"applied": 3' "$W" control status --json
run "instance rm" 0 "ok" "$W" control instance rm edge-2 --reason gone
run "show an unknown instance" 2 "HTTP 404" "$W" control show edge-2
echo "wga_$(printf '1%.0s' $(seq 64))" >bad.tok
run "a wrong token" 2 "HTTP 401: invalid or revoked token" "$W" control --token-file bad.tok status
run "no token file" 2 "no such file|cannot|No such" "$W" control --token-file missing.tok status
run "no server" 2 "Couldn't connect|Could not connect" "$W" control --url http://127.0.0.1:1 status
run "unknown subcommand" 2 "usage: wasmgate control" "$W" control frobnicate
grep -q "$ADMIN" server.log && bad "token in the server log" || ok "no token in the server log"
check_done
