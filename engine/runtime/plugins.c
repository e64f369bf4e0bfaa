/*
 * plugins.c - step 3: every plugin the config names must be in the index
 * with the same sha256 and not yanked (mix-and-match); its .wasm and its
 * attestation are fetched in parallel into DIR/cache/<sha256> (content
 * addressed: a file already there is not fetched again), each capped at the
 * index's size and checked against the index's sha256 while streaming.
 */
#include "runtime/runtime_int.h"
#include "wasmgate/registry.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static json_t *entry_of(rt_run *r, const char *name, const char *version)
{
	return json_object_get(json_object_get(json_object_get(r->index, "plugins"), name), version);
}

/* file ref {path, sha256, size} -> a download unless cached; false if bad */
static bool want_file(rt_run *r, json_t *ref, rt_download *d, size_t *n, bool *cached)
{
	const char *path = json_string_value(json_object_get(ref, "path"));
	const char *sha = json_string_value(json_object_get(ref, "sha256"));
	json_t *size = json_object_get(ref, "size");
	struct stat st;
	char *local;

	if (!path || !sha || strlen(sha) != 64 || strspn(sha, "0123456789abcdef") != 64 ||
	    !json_is_integer(size) || json_integer_value(size) < 0 ||
	    json_integer_value(size) > WG_REGISTRY_MAX_PLUGIN || strncmp(path, "plugins/", 8) ||
	    strstr(path, ".."))
		return false;
	if (!(local = wg_asprintf("%s/cache/%s", r->dir, sha)))
		return false;
	if (!lstat(local, &st) && S_ISREG(st.st_mode) && st.st_size == json_integer_value(size)) {
		free(local);
		return true;            /* re-hashed when checked (check.c) */
	}
	*cached = false;
	for (size_t i = 0; i < *n; i++)
		if (!strcmp(d[i].sha256, sha)) {   /* the same bytes under two names: one download */
			free(local);
			return true;
		}
	d[*n].url = rt_url(r->h->registry_url, path);
	d[*n].path = local;
	d[*n].size = (uint64_t)json_integer_value(size);
	snprintf(d[*n].sha256, sizeof(d[*n].sha256), "%s", sha);
	(*n)++;
	return true;
}

static int plan(rt_run *r, rt_download *d, size_t *n)
{
	json_t *ps = json_object_get(r->config, "plugins"), *p;
	size_t i;
	int bad = 0;

	json_array_foreach(ps, i, p) {
		wg_runtime_plugin *rp = &r->res->plugins[i];
		json_t *e = entry_of(r, rp->name, rp->version), *files = json_object_get(e, "files");
		const char *isha = json_string_value(json_object_get(e, "sha256"));

		rp->cached = true;
		if (!e)
			bad |= rt_reason(rp, "%s@%s is not in registry index %lld (mix-and-match)", rp->name,
					 rp->version, r->res->index_version);
		else if (!isha || strcmp(isha, rp->sha256))
			bad |= rt_reason(rp, "the config's sha256 %.16s... is not the index's %.16s... (mix-and-match)",
					 rp->sha256, isha ? isha : "(none)");
		else if (json_is_true(json_object_get(e, "yanked")))
			bad |= rt_reason(rp, "%s@%s is yanked in the index", rp->name, rp->version);
		else if (strcmp(json_string_value(json_object_get(json_object_get(files, "wasm"), "sha256")) ?: "", isha) ||
			 !want_file(r, json_object_get(files, "wasm"), d, n, &rp->cached) ||
			 !want_file(r, json_object_get(files, "attestation"), d, n, &rp->cached))
			bad |= rt_reason(rp, "the index's file entries for %s@%s are malformed", rp->name, rp->version);
	}
	return bad;
}

int rt_plugins_fetch(rt_run *r)
{
	size_t np = r->res->num_plugins, n = 0;
	rt_download *d = wg_calloc(2 * np + 1, sizeof(*d));
	char *cache = wg_asprintf("%s/cache", r->dir);
	int bad = 0;

	if (!d || !cache || wg_dir_create(cache, 0755)) {
		free(d);
		free(cache);
		return rt_error(r, "cannot create %s/cache", r->dir);
	}
	free(cache);
	bad = plan(r, d, &n);
	rt_progress(r, "download", NULL, 0, n);
	if (!bad && n)
		rt_download_all(d, n, r->o->connect_timeout, r->o->timeout, r->o);
	for (size_t k = 0; k < n; k++) {
		for (size_t i = 0; !bad && d[k].rc && i < np; i++) {
			json_t *e = entry_of(r, r->res->plugins[i].name, r->res->plugins[i].version);
			json_t *f = json_object_get(e, "files");
			const char *ws = json_string_value(json_object_get(json_object_get(f, "wasm"), "sha256"));
			const char *as = json_string_value(json_object_get(json_object_get(f, "attestation"), "sha256"));
			if ((ws && !strcmp(ws, d[k].sha256)) || (as && !strcmp(as, d[k].sha256)))
				rt_reason(&r->res->plugins[i], "%s: %s", d[k].url, d[k].error ?: "failed");
		}
		free(d[k].url);
		free(d[k].path);
		free(d[k].error);
	}
	free(d);
	for (size_t i = 0; i < np; i++)
		bad |= r->res->plugins[i].num_reasons > 0;
	return bad ? WG_EVERIFY : 0;
}
