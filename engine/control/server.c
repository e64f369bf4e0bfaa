/*
 * server.c - the HTTP side of the control plane on libmicrohttpd: one
 * thread per connection (long polls wait without blocking others), request
 * bodies collected up to WG_CONTROL_MAX_BODY, bearer-token authentication
 * against the route table's `who`, one log line per request (method, path,
 * status; never a token), JSON error bodies.  Routes: routes.c.
 */
#include "control/server_int.h"
#include "util/util.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	wg_buf body;
	int too_big;
} conn_state;

int ctl_fail(ctl_req *x, int status, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	msg = wg_vasprintf(fmt, ap);
	va_end(ap);
	json_decref(x->resp);
	x->resp = json_pack("{s:s}", "error", msg ? msg : "out of memory");
	free(msg);
	x->status = status;
	return status;
}

int ctl_ok(ctl_req *x, int status, json_t *resp)
{
	json_decref(x->resp);
	x->resp = resp;
	x->status = resp ? status : 500;
	if (!resp)
		return ctl_fail(x, 500, "out of memory");
	return status;
}

static int split(const char *url, char seg[CTL_MAX_SEGS][WG_CONTROL_MAX_ID + 1])
{
	int n = 0;
	const char *p = url;

	if (*p != '/')
		return -1;
	while (*p == '/') {
		const char *e = strchr(p + 1, '/');
		size_t len = e ? (size_t)(e - p - 1) : strlen(p + 1);
		if (n == CTL_MAX_SEGS || len > WG_CONTROL_MAX_ID || (len == 0 && e))
			return -1;
		memcpy(seg[n], p + 1, len);
		seg[n][len] = '\0';
		if (len)
			n++;
		p = e ? e : p + 1 + len;
	}
	return n;
}

/* which route matches; *path_ok tells "path known, method not" (405) */
static const ctl_route *match(const char *method, const char *url, char *id, int *path_ok)
{
	char seg[CTL_MAX_SEGS][WG_CONTROL_MAX_ID + 1], pat[CTL_MAX_SEGS][WG_CONTROL_MAX_ID + 1];
	int n = split(url, seg);

	*path_ok = 0;
	if (n < 0)
		return NULL;
	for (const ctl_route *r = ctl_routes; r->method; r++) {
		int m = split(r->pattern, pat), i;
		if (m != n)
			continue;
		for (i = 0; i < n; i++) {
			if (!strcmp(pat[i], "{id}"))
				memcpy(id, seg[i], strlen(seg[i]) + 1);
			else if (strcmp(pat[i], seg[i]))
				break;
		}
		if (i < n)
			continue;
		*path_ok = 1;
		if (!strcmp(r->method, method))
			return r;
	}
	return NULL;
}

static int authenticate(ctl_server *S, struct MHD_Connection *c, const ctl_route *r, ctl_req *x)
{
	const char *h = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
	int rc;

	if (r->who == CTL_PUBLIC)
		return 0;
	if (!h || strncmp(h, "Bearer ", 7))
		return ctl_fail(x, 401, "missing bearer token (Authorization: Bearer TOKEN)");
	pthread_mutex_lock(&S->lock);
	rc = ctl_token_check(S->store, h + 7, &x->who);
	pthread_mutex_unlock(&S->lock);
	if (rc == WG_STORE_NOTFOUND)
		return ctl_fail(x, 401, "invalid or revoked token");
	if (rc)
		return ctl_fail(x, 503, "database: %s", wg_error_last());
	if (r->who == CTL_ADMIN && strcmp(x->who.kind, "admin"))
		return ctl_fail(x, 403, "this route needs an admin token");
	if (r->who == CTL_INSTANCE && (strcmp(x->who.kind, "instance") || strcmp(x->who.subject, x->id)))
		return ctl_fail(x, 403, "this token is not instance '%s''s token", x->id);
	return 0;
}

static int parse_body(const conn_state *cs, ctl_req *x)
{
	json_error_t jerr;

	if (cs->too_big)
		return ctl_fail(x, 413, "request body over %u bytes", WG_CONTROL_MAX_BODY);
	if (!cs->body.len)
		return 0;
	x->body = json_loadb(cs->body.ptr, cs->body.len, JSON_REJECT_DUPLICATES, &jerr);
	if (!x->body)
		return ctl_fail(x, 400, "body is not JSON: %s (line %d, column %d)", jerr.text, jerr.line, jerr.column);
	if (!json_is_object(x->body))
		return ctl_fail(x, 400, "body must be a JSON object");
	return 0;
}

static enum MHD_Result respond(struct MHD_Connection *c, ctl_req *x, const char *method, const char *url)
{
	struct MHD_Response *resp;
	char *text = NULL;
	size_t len = 0;
	enum MHD_Result ret;

	if (x->raw) {
		text = x->raw, len = x->raw_len, x->raw = NULL;
	} else if (x->resp && x->status != 304) {
		text = json_dumps(x->resp, JSON_SORT_KEYS | JSON_INDENT(2));
		len = text ? strlen(text) : 0;
	}
	resp = MHD_create_response_from_buffer(len, text ? text : (char *)"", text ? MHD_RESPMEM_MUST_FREE
						: MHD_RESPMEM_PERSISTENT);
	if (!resp) {
		free(text);
		return MHD_NO;
	}
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE,
				x->content_type ? x->content_type : "application/json");
	MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
	if (x->etag[0])
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, x->etag);
	if (x->status == 405)
		MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, x->allow ? x->allow : "");
	ret = MHD_queue_response(c, (unsigned)x->status, resp);
	MHD_destroy_response(resp);
	fprintf(stderr, "control: %s %.200s %d\n", method, url, x->status);
	return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url,
				  const char *method, const char *version, const char *upload,
				  size_t *upload_size, void **ptr)
{
	ctl_server *S = cls;
	conn_state *cs = *ptr;
	ctl_req x;
	const ctl_route *r;
	int path_ok;
	enum MHD_Result ret;

	(void)version;
	if (!cs) {
		if (!(cs = wg_calloc(1, sizeof(*cs))))
			return MHD_NO;
		*ptr = cs;
		return MHD_YES;
	}
	if (*upload_size) {
		if (cs->too_big || cs->body.len + *upload_size > WG_CONTROL_MAX_BODY)
			cs->too_big = 1;
		else if (wg_buf_put(&cs->body, upload, *upload_size))
			return MHD_NO;
		*upload_size = 0;
		return MHD_YES;
	}
	memset(&x, 0, sizeof(x));
	x.conn = c;
	r = match(method, url, x.id, &path_ok);
	if (!r)
		path_ok ? ctl_fail(&x, 405, "method %s not allowed on %s", method, url)
			: ctl_fail(&x, 404, "no such route: %s %s", method, url);
	else if (!authenticate(S, c, r, &x) && !parse_body(cs, &x))
		r->handler(S, &x);
	ret = respond(c, &x, method, url);
	json_decref(x.resp);
	json_decref(x.body);
	free(x.raw);
	return ret;
}

static void on_done(void *cls, struct MHD_Connection *c, void **ptr, enum MHD_RequestTerminationCode tc)
{
	conn_state *cs = *ptr;

	(void)cls, (void)c, (void)tc;
	if (cs) {
		wg_buf_free(&cs->body);
		free(cs);
		*ptr = NULL;
	}
}

static int parse_listen(const char *listen, struct sockaddr_in *sa)
{
	char host[64];
	const char *colon = listen ? strrchr(listen, ':') : NULL;
	char *end;
	long port;

	memset(sa, 0, sizeof(*sa));
	if (!colon || (size_t)(colon - listen) >= sizeof(host))
		return wg_error_set(WG_EINVAL, "--listen '%s': expected ADDR:PORT", listen ? listen : "");
	memcpy(host, listen, colon - listen);
	host[colon - listen] = '\0';
	port = strtol(colon + 1, &end, 10);
	if (*end || port < 1 || port > 65535 || inet_pton(AF_INET, host, &sa->sin_addr) != 1)
		return wg_error_set(WG_EINVAL, "--listen '%s': expected an IPv4 ADDR:PORT", listen);
	sa->sin_family = AF_INET;
	sa->sin_port = htons((uint16_t)port);
	return WG_OK;
}

static struct MHD_Daemon *start(ctl_server *S, struct sockaddr_in *sa, char *cert, char *key)
{
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_THREAD_PER_CONNECTION | MHD_USE_ERROR_LOG;

	if (cert)
		return MHD_start_daemon(flags | MHD_USE_TLS, 0, NULL, NULL, on_request, S,
			MHD_OPTION_SOCK_ADDR, sa, MHD_OPTION_NOTIFY_COMPLETED, on_done, S,
			MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)120,
			MHD_OPTION_HTTPS_MEM_CERT, cert, MHD_OPTION_HTTPS_MEM_KEY, key, MHD_OPTION_END);
	return MHD_start_daemon(flags, 0, NULL, NULL, on_request, S,
		MHD_OPTION_SOCK_ADDR, sa, MHD_OPTION_NOTIFY_COMPLETED, on_done, S,
		MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)120, MHD_OPTION_END);
}

int wg_control_serve(const wg_control_serve_options *o)
{
	ctl_server S;
	struct sockaddr_in sa;
	struct MHD_Daemon *d;
	char *cert = NULL, *key = NULL;
	size_t len;
	int rc;

	if (!o || !o->num_keys || !o->registry || !o->stop)
		return wg_error_set(WG_EINVAL, "control serve: needs --key, --registry");
	if ((rc = parse_listen(o->listen, &sa)))
		return rc;
	if (!o->tls_cert != !o->tls_key)
		return wg_error_set(WG_EINVAL, "--tls-cert and --tls-key go together");
	if (o->tls_cert && ((rc = wg_file_read(o->tls_cert, 1 << 20, &cert, &len)) ||
			    (rc = wg_file_read(o->tls_key, 1 << 20, &key, &len)))) {
		free(cert);
		return rc;
	}
	memset(&S, 0, sizeof(S));
	S.opts = o;
	S.ttl = o->config_ttl > 0 ? o->config_ttl : 86400;
	S.reg.dir = (char *)o->registry;
	S.reg.key = o->registry_key;
	pthread_mutex_init(&S.lock, NULL);
	pthread_cond_init(&S.changed, NULL);
	rc = wg_store_open(o->db_url, &S.store);
	if (!rc && (rc = S.store->ops->ping(S.store)))
		wg_error_set(rc, "%s: database not initialised ('wasmgate control init')", o->db_url);
	d = rc ? NULL : start(&S, &sa, cert, key);
	if (!rc && !d)
		rc = wg_error_set(WG_EIO, "--listen %s: cannot start the server (port in use? TLS files?)", o->listen);
	if (d) {
		fprintf(stderr, "control: listening on %s%s\n", o->listen, cert ? " (TLS)" : "");
		while (!*o->stop)
			usleep(100 * 1000);
		pthread_mutex_lock(&S.lock);
		pthread_cond_broadcast(&S.changed);
		pthread_mutex_unlock(&S.lock);
		MHD_stop_daemon(d);
	}
	wg_store_close(S.store);
	ctl_registry_release(&S.reg);
	pthread_cond_destroy(&S.changed);
	pthread_mutex_destroy(&S.lock);
	if (key)
		memset(key, 0, strlen(key));
	free(cert);
	free(key);
	return rc;
}
