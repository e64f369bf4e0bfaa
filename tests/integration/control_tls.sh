#!/bin/bash
# control_tls.sh - `control serve --tls-cert --tls-key`: HTTPS (libmicrohttpd
# with GnuTLS) with a test CA made here by openssl; curl and the admin CLI
# with --cacert get answers, plain HTTP on the TLS port and a client that
# does not trust the CA get none; mismatched TLS options are refused.
set -u
: "${WASMGATE:?}" "${WG_SRC:?}"
. "$WG_SRC/tests/integration/lib/control.sh"
ctl_registry
trap ctl_cleanup EXIT
ctl_init "sqlite:$T/cp.db"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 -subj /CN=127.0.0.1 \
	-addext subjectAltName=IP:127.0.0.1 -keyout tls.key -out tls.crt >/dev/null 2>&1 || { echo "FAIL openssl req"; exit 2; }
"$W" control serve --db "sqlite:$T/cp.db" --listen 127.0.0.1:1 --registry R --key cp.key --tls-cert tls.crt \
	>/dev/null 2>err.txt && bad "--tls-cert without --tls-key" ||
	{ grep -q "go together" err.txt && ok "--tls-cert without --tls-key: $(cat err.txt)" || bad "tls option message: $(cat err.txt)"; }
port=$(free_port)
"$W" control serve --db "sqlite:$T/cp.db" --listen "127.0.0.1:$port" --registry R --key cp.key \
	--tls-cert tls.crt --tls-key tls.key 2>>server.log &
SERVER_PID=$!; SERVERS=$SERVER_PID
URL=https://127.0.0.1:$port
for i in $(seq 100); do curl -fs --cacert tls.crt "$URL/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
[ "$(curl -s --cacert tls.crt -o /dev/null -w '%{http_code}' "$URL/healthz")" = 200 ] && ok "HTTPS with the CA: 200" ||
	{ bad "HTTPS healthz"; cat server.log; }
curl -s -o /dev/null "$URL/healthz" && bad "a client without the CA connected" || ok "a client that does not trust the CA is refused"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/healthz")" = 200 ] && bad "plain HTTP answered" ||
	ok "plain HTTP on the TLS port gets no answer"
echo "$ADMIN" >admin.tok
"$W" control --url "$URL" --token-file admin.tok --cacert tls.crt --reason t instance add edge >out.txt 2>&1 &&
	grep -q '^wgi_' out.txt && ok "the admin CLI over HTTPS (--cacert)" || { bad "CLI over HTTPS"; cat out.txt; }
"$W" control --url "$URL" --token-file admin.tok status >out.txt 2>&1 && bad "CLI without the CA" ||
	ok "the CLI refuses an untrusted certificate: $(head -1 out.txt)"
check_done
