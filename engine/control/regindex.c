/*
 * regindex.c - the registry's signed index as the control plane sees it:
 * DIR/index.json.sig verified with the pinned registry key (or
 * DIR/keys/registry.pub), payload type checked, unexpired; reloaded when the
 * file changes.  A plugin version is accepted only when the index lists it
 * with decision "approve" and not yanked.
 */
#include "control/control_int.h"
#include "wasmgate/dsse.h"
#include "wasmgate/registry.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static time_t parse_time(const char *s)
{
	struct tm tm;
	const char *end;

	memset(&tm, 0, sizeof(tm));
	end = s ? strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm) : NULL;
	return end && !*end ? timegm(&tm) : (time_t)-1;
}

static int load(ctl_registry *r, const char *path)
{
	wg_dsse_envelope *env = NULL;
	wg_key *own = NULL;
	const wg_key *key = r->key;
	char *text = NULL, *kp;
	size_t len;
	json_t *idx = NULL;
	json_error_t jerr;
	uint8_t h[32];
	int rc;

	if ((rc = wg_file_read(path, WG_REGISTRY_MAX_INDEX, &text, &len)))
		return rc;
	if (!key) {
		kp = wg_asprintf("%s/keys/registry.pub", r->dir);
		rc = kp ? wg_key_load_public_file(kp, &own) : WG_ENOMEM;
		free(kp);
		key = own;
	}
	if (!rc)
		rc = wg_dsse_parse(text, len, "registry index.json.sig", &env);
	if (!rc)
		rc = wg_dsse_verify(env, &key, 1, NULL);
	if (!rc && strcmp(env->payload_type, WG_REGISTRY_INDEX_TYPE))
		rc = wg_error_set(WG_EVERIFY, "registry index: payloadType '%s' is not an index", env->payload_type);
	if (!rc && !(idx = json_loadb((const char *)env->payload, env->payload_len, JSON_REJECT_DUPLICATES, &jerr)))
		rc = wg_error_set(WG_EPARSE, "registry index: %s", jerr.text);
	if (!rc && (!json_is_object(idx) || !json_is_integer(json_object_get(idx, "version")) ||
		    !json_is_object(json_object_get(idx, "plugins")) ||
		    parse_time(json_string_value(json_object_get(idx, "expires"))) == (time_t)-1))
		rc = wg_error_set(WG_EPARSE, "registry index: not a wasmgate index (version, expires, plugins)");
	if (!rc) {
		json_decref(r->index);
		r->index = json_incref(idx);
		wg_sha256(env->payload, env->payload_len, h);
		wg_hex(h, 32, r->sha256);
		r->sha256[64] = '\0';
		r->version = json_integer_value(json_object_get(idx, "version"));
		r->expires = parse_time(json_string_value(json_object_get(idx, "expires")));
	}
	json_decref(idx);
	wg_dsse_envelope_free(env);
	wg_key_free(own);
	free(text);
	return rc;
}

int ctl_registry_current(ctl_registry *r, time_t now)
{
	char *path = wg_asprintf("%s/index.json.sig", r->dir);
	struct stat st;
	int rc = WG_OK;

	if (!path)
		return WG_ENOMEM;
	if (stat(path, &st) != 0) {
		rc = wg_error_set(WG_EIO, "registry index %s: cannot read", path);
	} else if (!r->index || st.st_mtim.tv_sec != r->mtime.tv_sec ||
		   st.st_mtim.tv_nsec != r->mtime.tv_nsec || st.st_size != r->size) {
		json_decref(r->index);
		r->index = NULL;
		rc = load(r, path);
		if (!rc)
			r->mtime = st.st_mtim, r->size = st.st_size;
	}
	free(path);
	if (!rc && r->expires <= now)
		rc = wg_error_set(WG_EVERIFY, "registry index version %lld expired", r->version);
	return rc;
}

void ctl_registry_release(ctl_registry *r)
{
	json_decref(r->index);
	r->index = NULL;
}

static int by_name(const void *a, const void *b)
{
	const json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	return strcmp(json_string_value(json_object_get(x, "name")),
		      json_string_value(json_object_get(y, "name")));
}

/* one {name, version} → {name, version, sha256}, or WG_EVERIFY saying why not */
static int resolve(ctl_registry *r, const char *name, const char *version, json_t **out)
{
	json_t *e = json_object_get(json_object_get(json_object_get(r->index, "plugins"), name), version);
	const char *decision = json_string_value(json_object_get(e, "decision"));
	const char *sha = json_string_value(json_object_get(e, "sha256"));

	if (!e)
		return wg_error_set(WG_EVERIFY, "%s@%s is not in the registry index (version %lld)",
				    name, version, r->version);
	if (json_is_true(json_object_get(e, "yanked")))
		return wg_error_set(WG_EVERIFY, "%s@%s is yanked: %s", name, version,
				    json_string_value(json_object_get(e, "yank_reason")) ?: "no reason given");
	if (!decision || strcmp(decision, "approve"))
		return wg_error_set(WG_EVERIFY, "%s@%s is not approved (decision %s)", name, version,
				    decision ? decision : "missing");
	if (!sha)
		return wg_error_set(WG_EVERIFY, "%s@%s has no sha256 in the index", name, version);
	*out = json_pack("{s:s, s:s, s:s}", "name", name, "version", version, "sha256", sha);
	return *out ? WG_OK : WG_ENOMEM;
}

int ctl_registry_check(ctl_registry *r, const json_t *plugins, json_t **resolved)
{
	size_t n = json_array_size(plugins), i;
	json_t **items = wg_calloc(n + 1, sizeof(*items)), *out;
	int rc = items ? WG_OK : WG_ENOMEM;

	for (i = 0; !rc && i < n; i++) {
		json_t *p = json_array_get(plugins, i);
		rc = resolve(r, json_string_value(json_object_get(p, "name")),
			     json_string_value(json_object_get(p, "version")), &items[i]);
		for (size_t j = 0; !rc && j < i; j++)
			if (!strcmp(json_string_value(json_object_get(items[j], "name")),
				    json_string_value(json_object_get(items[i], "name"))))
				rc = wg_error_set(WG_EINVAL, "plugin %s is listed twice",
						  json_string_value(json_object_get(items[i], "name")));
	}
	if (rc) {
		for (size_t j = 0; j < n; j++)
			json_decref(items[j]);
		free(items);
		return rc;
	}
	qsort(items, n, sizeof(*items), by_name);
	out = json_array();
	for (i = 0; i < n; i++)
		json_array_append_new(out, items[i]);
	free(items);
	*resolved = out;
	return WG_OK;
}
