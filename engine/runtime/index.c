/*
 * index.c - step 2: the registry's signed index (index.json.sig; the signed
 * payload is the index, index.json is never trusted).  Refused: a signature
 * not by a registry key of the host profile, an expired index (freeze), a
 * version lower than the last trusted or than the config's index_version
 * (rollback), the same version with other bytes, or a newer index whose
 * signed history links (history/<v>.json) do not lead back to the digest of
 * the last trusted index (a rewritten history).
 */
#include "runtime/runtime_int.h"
#include "wasmgate/dsse.h"
#include "wasmgate/registry.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#define HISTORY_TYPE "application/vnd.wasmgate.registry-history+json"
#define MAX_LINK (64 * 1024)
#define MAX_CHAIN 100000

/* GET REGISTRY/rel, a DSSE envelope of `type` signed by a registry key:
 * *payload (JSON, new reference) and its sha256 in hex */
static int signed_get(rt_run *r, const char *rel, const char *type, size_t max,
		      json_t **payload, char hex[65])
{
	char *url = rt_url(r->h->registry_url, rel), *body = NULL;
	rt_get g = { NULL, NULL, max, r->o->connect_timeout, r->o->timeout };
	wg_dsse_envelope *env = NULL;
	uint8_t h[32];
	size_t len;
	long status;
	int rc;

	*payload = NULL;
	if (!url)
		return WG_ENOMEM;
	rc = rt_fetch(url, &g, &body, &len, &status, NULL);
	free(url);
	if (!rc && status != 200)
		rc = wg_error_set(WG_EIO, "%s: HTTP %ld", rel, status);
	if (!rc && !(rc = wg_dsse_parse(body, len, rel, &env))) {
		if (strcmp(env->payload_type, type))
			rc = wg_error_set(WG_EVERIFY, "%s: payloadType '%s' is not %s", rel,
					  env->payload_type, type);
		else if (!(rc = wg_dsse_verify(env, (const wg_key *const *)r->h->registry_keys,
					       r->h->num_registry_keys, NULL))) {
			wg_sha256(env->payload, env->payload_len, h);
			wg_hex(h, 32, hex);
			hex[64] = '\0';
			*payload = json_loadb((const char *)env->payload, env->payload_len,
					      JSON_REJECT_DUPLICATES, NULL);
			if (!json_is_object(*payload))
				rc = wg_error_set(WG_EPARSE, "%s: the signed payload is not a JSON object", rel);
		}
	}
	free(body);
	wg_dsse_envelope_free(env);
	return rc;
}

/* walk signed links from version `from` (digest `sha`) down to the trusted one */
static int chain(rt_run *r, long long from, const char *sha)
{
	char want[65], name[48], hex[65];

	snprintf(want, sizeof(want), "%s", sha);
	if (from - r->state.index_version > MAX_CHAIN)
		return rt_error(r, "index: more than %d versions since the last trusted one", MAX_CHAIN);
	for (long long v = from; v > r->state.index_version; v--) {
		json_t *link = NULL;
		const char *ls, *prev;

		snprintf(name, sizeof(name), "history/%lld.json", v);
		if (signed_get(r, name, HISTORY_TYPE, MAX_LINK, &link, hex))
			return rt_error(r, "index: history: %s", wg_error_last());
		ls = json_string_value(json_object_get(link, "sha256"));
		prev = json_string_value(json_object_get(link, "previous"));
		if (json_integer_value(json_object_get(link, "version")) != v || !ls || strcmp(ls, want) || !prev) {
			json_decref(link);
			return rt_error(r, "index: the history link of version %lld does not match (rewritten history)", v);
		}
		snprintf(want, sizeof(want), "%s", prev);
		json_decref(link);
	}
	if (strcmp(want, r->state.index_sha256))
		return rt_error(r, "index: version %lld does not descend from the last trusted index %lld (rewritten history)",
				from, r->state.index_version);
	return 0;
}

int rt_index_fetch(rt_run *r)
{
	const char *exp;
	long long v, want = json_integer_value(json_object_get(r->config, "index_version"));
	const char *csha = json_string_value(json_object_get(r->config, "index_sha256"));
	time_t t;

	rt_progress(r, "index", NULL, 0, 1);
	if (signed_get(r, "index.json.sig", WG_REGISTRY_INDEX_TYPE, WG_REGISTRY_MAX_INDEX,
		       &r->index, r->index_sha256))
		return rt_error(r, "index: %s", wg_error_last());
	v = json_integer_value(json_object_get(r->index, "version"));
	r->res->index_version = v;
	exp = json_string_value(json_object_get(r->index, "expires"));
	if (json_integer_value(json_object_get(r->index, "format")) != WG_REGISTRY_FORMAT || v < 1 ||
	    !json_is_object(json_object_get(r->index, "plugins")))
		return rt_error(r, "index: not a registry index this wasmgate reads");
	if (!exp || rt_time_parse(exp, &t) || t <= r->now)
		return rt_error(r, "index: expired at %s (freeze: a stale index)", exp ? exp : "(none)");
	if (v < r->state.index_version)
		return rt_error(r, "index: version %lld is lower than the last trusted %lld (rollback)", v,
				r->state.index_version);
	if (v < want)
		return rt_error(r, "index: version %lld is lower than the configuration's index_version %lld (rollback)",
				v, want);
	if (v == want && csha && strcmp(csha, r->index_sha256))
		return rt_error(r, "index: version %lld is not the index the configuration was made against (fork)", v);
	if (!r->state.index_version)
		return 0;
	if (v == r->state.index_version)
		return strcmp(r->index_sha256, r->state.index_sha256)
			? rt_error(r, "index: version %lld has other bytes than when last trusted (rewritten history)", v)
			: 0;
	return chain(r, v, r->index_sha256);
}
