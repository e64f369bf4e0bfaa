/*
 * config.c - GET /v1/instances/{id}/config: the instance's latest revision,
 * re-checked against the current registry index (a version yanked since it
 * was set is refused with 409), as a DSSE envelope (payload type
 * WG_CONTROL_CONFIG_TYPE) signed by every control-plane key.  The payload
 * is deterministic within half a TTL (issued is rounded down), so its
 * SHA-256 is the ETag: If-None-Match → 304; ?wait=SECONDS (<= 60) holds a
 * 304 until the config changes or the time is up.
 */
#include "control/server_int.h"
#include "wasmgate/dsse.h"
#include "util/util.h"

#include <errno.h>
#include <microhttpd.h>
#include <stdlib.h>
#include <string.h>

#define MAX_WAIT 60

static void rfc3339(time_t t, char out[32])
{
	struct tm tm;
	gmtime_r(&t, &tm);
	strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

/* the payload text for the latest revision; status set on failure (lock held) */
static int build(ctl_server *S, ctl_req *x, char **payload)
{
	json_t *row = NULL, *resolved = NULL, *p;
	time_t now = time(NULL), half = S->ttl / 2 > 0 ? S->ttl / 2 : 1, issued = now - now % half;
	char is[32], ex[32];
	int rc;

	rc = S->store->ops->revision_get(S->store, x->id, 0, &row);
	if (rc == WG_STORE_NOTFOUND)
		return ctl_fail(x, 404, "instance '%s' has no plugin versions set", x->id);
	if (rc)
		return ctl_fail(x, 503, "database: %s", wg_error_last());
	if ((rc = ctl_registry_current(&S->reg, now))) {
		json_decref(row);
		return ctl_fail(x, 503, "registry index: %s", wg_error_last());
	}
	if ((rc = ctl_registry_check(&S->reg, json_object_get(row, "plugins"), &resolved)) ||
	    !json_equal(resolved, json_object_get(row, "plugins"))) {
		ctl_fail(x, 409, "revision %lld is no longer valid against registry index %lld: %s",
			 (long long)json_integer_value(json_object_get(row, "revision")), S->reg.version,
			 rc ? wg_error_last() : "a plugin's sha256 changed");
		json_decref(row);
		json_decref(resolved);
		return x->status;
	}
	rfc3339(issued, is);
	rfc3339(issued + S->ttl, ex);
	p = json_pack("{s:i, s:s, s:O, s:s, s:s, s:s, s:I, s:s, s:o}", "format", WG_CONTROL_FORMAT,
		      "instance", x->id, "revision", json_object_get(row, "revision"), "issued", is,
		      "expires", ex, "registry", S->reg.dir, "index_version", (json_int_t)S->reg.version,
		      "index_sha256", S->reg.sha256, "plugins", resolved);
	json_decref(row);
	*payload = p ? json_dumps(p, JSON_SORT_KEYS | JSON_COMPACT) : NULL;
	json_decref(p);
	return *payload ? 0 : ctl_fail(x, 500, "out of memory");
}

static void etag_of(const char *payload, char out[80])
{
	uint8_t h[32];
	char hex[65];

	wg_sha256(payload, strlen(payload), h);
	wg_hex(h, 32, hex);
	hex[64] = '\0';
	snprintf(out, 80, "\"%.32s\"", hex);
}

static int wait_seconds(ctl_req *x, long *out)
{
	const char *w = MHD_lookup_connection_value(x->conn, MHD_GET_ARGUMENT_KIND, "wait");
	char *end;

	*out = 0;
	if (!w)
		return 0;
	errno = 0;
	*out = strtol(w, &end, 10);
	if (errno || *end || !*w || *out < 0 || *out > MAX_WAIT)
		return ctl_fail(x, 400, "?wait= must be 0-%d seconds", MAX_WAIT);
	return 0;
}

int ctl_config_get(ctl_server *S, ctl_req *x)
{
	const char *inm = MHD_lookup_connection_value(x->conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_IF_NONE_MATCH);
	char *payload = NULL;
	time_t deadline;
	long wait;
	int rc;

	if (wait_seconds(x, &wait))
		return x->status;
	deadline = time(NULL) + wait;
	pthread_mutex_lock(&S->lock);
	for (;;) {
		free(payload);
		payload = NULL;
		if (build(S, x, &payload))
			break;
		etag_of(payload, x->etag);
		if (!inm || strcmp(inm, x->etag) || time(NULL) >= deadline || *S->opts->stop)
			break;
		/* woken by a local write, else re-read each second (other servers' writes) */
		struct timespec ts = { time(NULL) + 1, 0 };
		pthread_cond_timedwait(&S->changed, &S->lock, &ts);
	}
	pthread_mutex_unlock(&S->lock);
	if (!payload)
		return x->status;
	if (inm && !strcmp(inm, x->etag)) {
		free(payload);
		x->status = 304;
		return 304;
	}
	rc = wg_dsse_sign(WG_CONTROL_CONFIG_TYPE, payload, strlen(payload), S->opts->keys,
			  S->opts->num_keys, &x->raw);
	free(payload);
	if (rc)
		return ctl_fail(x, 500, "signing: %s", wg_error_last());
	x->raw_len = strlen(x->raw);
	x->status = 200;
	return 200;
}
