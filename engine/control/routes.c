/*
 * routes.c - the route table of the control plane's HTTP API and the admin
 * and runtime handlers (the signed config: config.c).  Each write runs as
 * one store transaction with who / when / why; a refused request stores
 * nothing.  docs/control-api.md documents every route.
 */
#include "control/server_int.h"
#include "util/util.h"

#include <microhttpd.h>
#include <string.h>

#define MAX_REASON 500
#define MAX_PLUGINS 256

/* refuse keys of the body not in `allowed` (NULL-terminated) */
static int fields(ctl_req *x, const char *const *allowed)
{
	const char *k;
	json_t *v;

	if (!x->body)
		return ctl_fail(x, 400, "a JSON body is required");
	json_object_foreach(x->body, k, v) {
		const char *const *a = allowed;
		while (*a && strcmp(*a, k))
			a++;
		if (!*a)
			return ctl_fail(x, 400, "unknown field '%.64s'", k);
	}
	return 0;
}

/* why: body "reason", or ?reason= for DELETE */
static const char *reason(ctl_req *x)
{
	const char *r = x->body ? json_string_value(json_object_get(x->body, "reason"))
			: MHD_lookup_connection_value(x->conn, MHD_GET_ARGUMENT_KIND, "reason");

	if (!r || !*r || strlen(r) > MAX_REASON) {
		ctl_fail(x, 400, "'reason' is required (1-%d characters): every change records why", MAX_REASON);
		return NULL;
	}
	return r;
}

static int store_fail(ctl_req *x, int rc, const char *what)
{
	if (rc == WG_STORE_NOTFOUND)
		return ctl_fail(x, 404, "%s '%s' not found", what, x->id);
	if (rc == WG_EEXISTS)
		return ctl_fail(x, 409, "%s", wg_error_last());
	return ctl_fail(x, 503, "database: %s", wg_error_last());
}

static int h_healthz(ctl_server *S, ctl_req *x)
{
	(void)S;
	return ctl_ok(x, 200, json_pack("{s:b}", "ok", 1));
}

static int h_readyz(ctl_server *S, ctl_req *x)
{
	int rc;

	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->ping(S->store);
	pthread_mutex_unlock(&S->lock);
	return rc ? ctl_fail(x, 503, "database not ready: %s", wg_error_last())
		  : ctl_ok(x, 200, json_pack("{s:b}", "ok", 1));
}

/* POST /v1/admins and POST /v1/instances: {name|id, reason} → token */
static int add_subject(ctl_server *S, ctl_req *x, char kind)
{
	static const char *const a_fields[] = { "name", "reason", NULL }, *const i_fields[] = { "id", "reason", NULL };
	const char *key = kind == 'a' ? "name" : "id", *name, *why;
	char token[WG_CONTROL_TOKEN_LEN + 1];
	wg_store_write w;
	int rc;

	if (fields(x, kind == 'a' ? a_fields : i_fields) || !(why = reason(x)))
		return x->status;
	name = json_string_value(json_object_get(x->body, key));
	if (wg_control_id_check(key, name))
		return ctl_fail(x, 400, "%s", wg_error_last());
	w = (wg_store_write){ x->who.subject, (long long)time(NULL), why };
	pthread_mutex_lock(&S->lock);
	rc = kind == 'a' ? S->store->ops->admin_add(S->store, name, &w)
			 : S->store->ops->instance_add(S->store, name, &w);
	if (!rc)
		rc = ctl_token_issue(S->store, kind, name, &w, 0, token);
	pthread_mutex_unlock(&S->lock);
	if (rc)
		return store_fail(x, rc, key);
	return ctl_ok(x, 201, json_pack("{s:s, s:s}", key, name, "token", token));
}

static int h_admin_add(ctl_server *S, ctl_req *x) { return add_subject(S, x, 'a'); }
static int h_instance_add(ctl_server *S, ctl_req *x) { return add_subject(S, x, 'i'); }

static int h_admin_remove(ctl_server *S, ctl_req *x)
{
	const char *why = reason(x);
	wg_store_write w;
	int rc;

	if (!why)
		return x->status;
	if (!strcmp(x->id, x->who.subject))
		return ctl_fail(x, 409, "an admin cannot remove itself");
	w = (wg_store_write){ x->who.subject, (long long)time(NULL), why };
	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->admin_remove(S->store, x->id, &w);
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "admin") : ctl_ok(x, 200, json_pack("{s:s, s:b}", "name", x->id, "removed", 1));
}

static int h_instances(ctl_server *S, ctl_req *x)
{
	json_t *list = NULL;
	int rc;

	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_list(S->store, &list);
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "instances") : ctl_ok(x, 200, json_pack("{s:o}", "instances", list));
}

static int h_instance_remove(ctl_server *S, ctl_req *x)
{
	const char *why = reason(x);
	wg_store_write w;
	int rc;

	if (!why)
		return x->status;
	w = (wg_store_write){ x->who.subject, (long long)time(NULL), why };
	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_remove(S->store, x->id, &w);
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "instance") : ctl_ok(x, 200, json_pack("{s:s, s:b}", "id", x->id, "removed", 1));
}

static int h_instance_token(ctl_server *S, ctl_req *x)
{
	static const char *const f[] = { "reason", NULL };
	char token[WG_CONTROL_TOKEN_LEN + 1];
	const char *why;
	wg_store_write w;
	int rc;

	if (fields(x, f) || !(why = reason(x)))
		return x->status;
	w = (wg_store_write){ x->who.subject, (long long)time(NULL), why };
	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_exists(S->store, x->id);
	if (!rc)
		rc = ctl_token_issue(S->store, 'i', x->id, &w, 1, token);
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "instance") : ctl_ok(x, 200, json_pack("{s:s, s:s}", "id", x->id, "token", token));
}

/* [{name, version}] shape check */
static int plugin_list(ctl_req *x, const json_t *list)
{
	size_t i;
	json_t *p;

	if (!json_is_array(list))
		return ctl_fail(x, 400, "'plugins' must be an array of {name, version}");
	if (json_array_size(list) > MAX_PLUGINS)
		return ctl_fail(x, 413, "more than %d plugins", MAX_PLUGINS);
	json_array_foreach(list, i, p) {
		const char *n = json_string_value(json_object_get(p, "name"));
		const char *v = json_string_value(json_object_get(p, "version"));
		if (!json_is_object(p) || json_object_size(p) != 2 || !n || !v)
			return ctl_fail(x, 400, "plugins[%zu]: must be exactly {name, version} (strings)", i);
		if (wg_registry_name_check("name", n) || wg_registry_name_check("version", v))
			return ctl_fail(x, 400, "plugins[%zu]: %s", i, wg_error_last());
	}
	return 0;
}

/* new revision with `list` (checked against the registry now); caller holds no lock */
static int set_plugins(ctl_server *S, ctl_req *x, const json_t *list, const char *why)
{
	wg_store_write w = { x->who.subject, (long long)time(NULL), why };
	json_t *resolved = NULL;
	long long rev = 0, iv = 0;
	char *text = NULL;
	int rc, status = 0;

	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_exists(S->store, x->id);
	if (rc)
		status = store_fail(x, rc, "instance");
	else if ((rc = ctl_registry_current(&S->reg, time(NULL))))
		status = ctl_fail(x, 503, "registry index: %s", wg_error_last());
	else if ((rc = ctl_registry_check(&S->reg, list, &resolved)))
		status = ctl_fail(x, rc == WG_EVERIFY ? 409 : 400, "%s", wg_error_last());
	if (!status) {
		iv = S->reg.version;
		text = json_dumps(resolved, JSON_SORT_KEYS | JSON_COMPACT);
		rc = text ? S->store->ops->revision_add(S->store, x->id, text, iv, &w, &rev) : WG_ENOMEM;
		if (rc)
			status = store_fail(x, rc, "instance");
		else
			pthread_cond_broadcast(&S->changed);
	}
	pthread_mutex_unlock(&S->lock);
	free(text);
	if (status) {
		json_decref(resolved);
		return status;
	}
	return ctl_ok(x, 200, json_pack("{s:s, s:I, s:I, s:o}", "instance", x->id, "revision",
					 (json_int_t)rev, "index_version", (json_int_t)iv, "plugins", resolved));
}

static int h_plugins_put(ctl_server *S, ctl_req *x)
{
	static const char *const f[] = { "plugins", "reason", NULL };
	const char *why;

	if (fields(x, f) || !(why = reason(x)) || plugin_list(x, json_object_get(x->body, "plugins")))
		return x->status;
	return set_plugins(S, x, json_object_get(x->body, "plugins"), why);
}

static int h_plugins_delete(ctl_server *S, ctl_req *x)
{
	const char *why = reason(x);
	json_t *empty = json_array();
	int st;

	if (!why) {
		json_decref(empty);
		return x->status;
	}
	st = set_plugins(S, x, empty, why);
	json_decref(empty);
	return st;
}

static int h_plugins_get(ctl_server *S, ctl_req *x)
{
	json_t *row = NULL;
	int rc;

	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_exists(S->store, x->id);
	if (!rc)
		rc = S->store->ops->revision_get(S->store, x->id, 0, &row);
	pthread_mutex_unlock(&S->lock);
	if (rc == WG_STORE_NOTFOUND)
		return ctl_fail(x, 404, "instance '%s' not found or has no plugin versions set", x->id);
	if (rc)
		return store_fail(x, rc, "instance");
	json_object_set_new(row, "instance", json_string(x->id));
	return ctl_ok(x, 200, row);
}

static int h_history(ctl_server *S, ctl_req *x)
{
	json_t *h = NULL;
	int rc;

	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_exists(S->store, x->id);
	if (!rc)
		rc = S->store->ops->history(S->store, x->id, &h);
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "instance")
		  : ctl_ok(x, 200, json_pack("{s:s, s:o}", "instance", x->id, "history", h));
}

static int h_rollback(ctl_server *S, ctl_req *x)
{
	static const char *const f[] = { "revision", "reason", NULL };
	json_t *rev = json_object_get(x->body, "revision"), *row = NULL, *list;
	const char *why;
	int rc, st;

	if (fields(x, f) || !(why = reason(x)))
		return x->status;
	if (!json_is_integer(rev) || json_integer_value(rev) < 1)
		return ctl_fail(x, 400, "'revision' must be a positive integer");
	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->instance_exists(S->store, x->id);
	if (!rc)
		rc = S->store->ops->revision_get(S->store, x->id, json_integer_value(rev), &row);
	pthread_mutex_unlock(&S->lock);
	if (rc == WG_STORE_NOTFOUND)
		return ctl_fail(x, 404, "instance '%s' has no revision %lld", x->id, (long long)json_integer_value(rev));
	if (rc)
		return store_fail(x, rc, "instance");
	list = json_array();
	for (size_t i = 0; i < json_array_size(json_object_get(row, "plugins")); i++) {
		json_t *p = json_array_get(json_object_get(row, "plugins"), i);
		json_array_append_new(list, json_pack("{s:O, s:O}", "name", json_object_get(p, "name"),
						      "version", json_object_get(p, "version")));
	}
	json_decref(row);
	st = set_plugins(S, x, list, why);
	json_decref(list);
	return st;
}

static int h_status_post(ctl_server *S, ctl_req *x)
{
	static const char *const f[] = { "revision", "result", "error", NULL };
	json_t *rev = json_object_get(x->body, "revision");
	const char *result = json_string_value(json_object_get(x->body, "result"));
	json_t *err = json_object_get(x->body, "error");
	int rc;

	if (fields(x, f))
		return x->status;
	if (!json_is_integer(rev) || json_integer_value(rev) < 0)
		return ctl_fail(x, 400, "'revision' must be a non-negative integer");
	if (!result || (strcmp(result, "applied") && strcmp(result, "refused")))
		return ctl_fail(x, 400, "'result' must be \"applied\" or \"refused\"");
	if (err && !json_is_null(err) && (!json_is_string(err) || json_string_length(err) > MAX_REASON))
		return ctl_fail(x, 400, "'error' must be a string of at most %d characters", MAX_REASON);
	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->status_put(S->store, x->id, json_integer_value(rev), result,
				       json_string_value(err), (long long)time(NULL));
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "instance") : ctl_ok(x, 200, json_pack("{s:b}", "ok", 1));
}

static int h_fleet(ctl_server *S, ctl_req *x)
{
	json_t *f = NULL;
	int rc;

	pthread_mutex_lock(&S->lock);
	rc = S->store->ops->fleet(S->store, &f);
	pthread_mutex_unlock(&S->lock);
	return rc ? store_fail(x, rc, "fleet") : ctl_ok(x, 200, json_pack("{s:o}", "instances", f));
}

const ctl_route ctl_routes[] = {
	{ "GET", "/healthz", CTL_PUBLIC, h_healthz },
	{ "GET", "/readyz", CTL_PUBLIC, h_readyz },
	{ "POST", "/v1/admins", CTL_ADMIN, h_admin_add },
	{ "DELETE", "/v1/admins/{id}", CTL_ADMIN, h_admin_remove },
	{ "GET", "/v1/instances", CTL_ADMIN, h_instances },
	{ "POST", "/v1/instances", CTL_ADMIN, h_instance_add },
	{ "DELETE", "/v1/instances/{id}", CTL_ADMIN, h_instance_remove },
	{ "POST", "/v1/instances/{id}/token", CTL_ADMIN, h_instance_token },
	{ "PUT", "/v1/instances/{id}/plugins", CTL_ADMIN, h_plugins_put },
	{ "GET", "/v1/instances/{id}/plugins", CTL_ADMIN, h_plugins_get },
	{ "DELETE", "/v1/instances/{id}/plugins", CTL_ADMIN, h_plugins_delete },
	{ "GET", "/v1/instances/{id}/history", CTL_ADMIN, h_history },
	{ "POST", "/v1/instances/{id}/rollback", CTL_ADMIN, h_rollback },
	{ "GET", "/v1/instances/{id}/config", CTL_INSTANCE, ctl_config_get },
	{ "POST", "/v1/instances/{id}/status", CTL_INSTANCE, h_status_post },
	{ "GET", "/v1/status", CTL_ADMIN, h_fleet },
	{ NULL, NULL, 0, NULL }
};

int wg_control_routes_json(char **out)
{
	static const char *const who[] = { "public", "admin", "instance" };
	json_t *a = json_array();

	for (const ctl_route *r = ctl_routes; a && r->method; r++)
		json_array_append_new(a, json_pack("{s:s, s:s, s:s}", "method", r->method,
						   "path", r->pattern, "who", who[r->who]));
	*out = a ? json_dumps(a, JSON_INDENT(2)) : NULL;
	json_decref(a);
	return *out ? WG_OK : wg_error_set(WG_ENOMEM, "out of memory");
}
