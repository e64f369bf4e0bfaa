/*
 * config.c - step 1: GET the instance's configuration from the control
 * plane and accept it only when it is a DSSE envelope of the config type
 * signed by a control key of the host profile (never unsigned, never an
 * unknown key id), names this instance, has not expired, and its revision
 * is not lower than the last one applied.  A 304 (If-None-Match with the
 * last applied ETag) means nothing changed.
 */
#include "runtime/runtime_int.h"
#include "wasmgate/control.h"
#include "wasmgate/dsse.h"
#include "wasmgate/registry.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

int rt_plugin_list_check(rt_run *r, const char *what, json_t *plugins)
{
	size_t i;
	json_t *p;

	if (!json_is_array(plugins) || json_array_size(plugins) > WG_RUNTIME_MAX_PLUGINS)
		return rt_error(r, "%s: 'plugins' is not a list of at most %d", what, WG_RUNTIME_MAX_PLUGINS);
	json_array_foreach(plugins, i, p) {
		const char *n = json_string_value(json_object_get(p, "name"));
		const char *v = json_string_value(json_object_get(p, "version"));
		const char *s = json_string_value(json_object_get(p, "sha256"));

		if (!n || !v || !s || strlen(s) != 64 || strspn(s, "0123456789abcdef") != 64)
			return rt_error(r, "%s: plugin %zu needs name, version and a sha256", what, i);
		if (wg_registry_name_check("name", n) || wg_registry_name_check("version", v))
			return rt_error(r, "%s: plugin %zu: %s", what, i, wg_error_last());
		for (size_t j = 0; j < i; j++)
			if (!strcmp(n, json_string_value(json_object_get(json_array_get(plugins, j), "name"))))
				return rt_error(r, "%s: plugin '%s' is listed twice", what, n);
	}
	return 0;
}

static int check_payload(rt_run *r, json_t *c)
{
	const char *inst = json_string_value(json_object_get(c, "instance"));
	const char *exp = json_string_value(json_object_get(c, "expires"));
	json_t *rev = json_object_get(c, "revision"), *iv = json_object_get(c, "index_version");
	time_t t;

	if (json_integer_value(json_object_get(c, "format")) != WG_CONTROL_FORMAT)
		return rt_error(r, "config: unknown format (this wasmgate reads %d)", WG_CONTROL_FORMAT);
	if (!inst || strcmp(inst, r->h->instance))
		return rt_error(r, "config: it is for instance '%s', not this instance '%s'",
				inst ? inst : "(none)", r->h->instance);
	if (!exp || rt_time_parse(exp, &t))
		return rt_error(r, "config: 'expires' is missing or not a UTC time");
	if (t <= r->now)
		return rt_error(r, "config: expired at %s (a replayed or stale configuration)", exp);
	if (!json_is_integer(rev) || json_integer_value(rev) < 1 || !json_is_integer(iv))
		return rt_error(r, "config: 'revision' and 'index_version' must be integers");
	r->res->revision = json_integer_value(rev);
	if (r->res->revision < r->state.revision)
		return rt_error(r, "config: revision %lld is lower than the last applied %lld (rollback)",
				r->res->revision, r->state.revision);
	return rt_plugin_list_check(r, "config", json_object_get(c, "plugins"));
}

static int open_envelope(rt_run *r, const char *body, size_t len)
{
	wg_dsse_envelope *env = NULL;
	json_error_t je;
	int rc;

	if ((rc = wg_dsse_parse(body, len, "config", &env)))
		return rt_error(r, "config: %s", wg_error_last());
	if (strcmp(env->payload_type, WG_CONTROL_CONFIG_TYPE))
		rc = rt_error(r, "config: payloadType '%s' is not a configuration", env->payload_type);
	else if (wg_dsse_verify(env, (const wg_key *const *)r->h->control_keys,
				r->h->num_control_keys, NULL))
		rc = rt_error(r, "config: signature: %s", wg_error_last());
	else if (!(r->config = json_loadb((const char *)env->payload, env->payload_len,
					  JSON_REJECT_DUPLICATES, &je)) || !json_is_object(r->config))
		rc = rt_error(r, "config: the signed payload is not a JSON object");
	wg_dsse_envelope_free(env);
	return rc ? rc : check_payload(r, r->config);
}

int rt_config_fetch(rt_run *r)
{
	char *base = wg_asprintf("/v1/instances/%s/config", r->h->instance), *url;
	rt_get g = { r->o->token, r->state.etag, WG_RUNTIME_MAX_CONFIG, 0, 0 };
	char *body = NULL, etag[80];
	size_t len;
	long status;
	int rc;

	url = base ? rt_url(r->h->control_url, base + 1) : NULL;
	free(base);
	if (!url)
		return WG_ENOMEM;
	g.connect_timeout = r->o->connect_timeout;
	g.timeout = r->o->timeout;
	if (r->state.generation == 0)
		g.etag = NULL;
	rt_progress(r, "config", NULL, 0, 1);
	rc = rt_fetch(url, &g, &body, &len, &status, etag);
	free(url);
	if (rc)
		return rt_error(r, "config: %s", wg_error_last());
	if (status == 304) {
		free(body);
		r->res->unchanged = true;
		r->res->revision = r->state.revision;
		return 0;
	}
	if (status != 200)
		rc = rt_error(r, "config: the control plane answered HTTP %ld: %.200s", status, body);
	else
		rc = open_envelope(r, body, len);
	free(body);
	if (!rc)
		snprintf(r->state.etag, sizeof(r->state.etag), "%s", etag);
	return rc;
}
