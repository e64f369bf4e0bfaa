/*
 * plugins.c - step 3: every plugin the config names must be in the index
 * with the same sha256 and not yanked (mix-and-match); its .wasm and its
 * attestation are fetched in parallel into DIR/cache/<sha256> (content
 * addressed: a file already there is not fetched again), each capped at the
 * index's size and checked against the index's sha256 while streaming.
 * Each plugin is handed to the check pool (check.c) as soon as its last
 * file is in the cache, so checks run while other downloads still do; the
 * cache is synced once at the end.
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

/* which plugins wait for which downloads; a plugin is checked as soon as
 * the last of its files is in the cache */
typedef struct {
	rt_run *r;
	rt_download *d;
	rt_pool *pool;
	const char **ws, **as;        /* each plugin's file digests (from the index) */
	unsigned char *pending;       /* downloads each plugin still waits for */
	bool *failed;                 /* one of its downloads failed (a reason follows) */
	bool *queued;                 /* handed to the check pool */
} waits;

static void ready(waits *w, size_t i)
{
	w->queued[i] = true;
	rt_check_ready(w->pool, i);
}

static bool uses(const waits *w, size_t i, const char *sha)
{
	return (w->ws[i] && !strcmp(w->ws[i], sha)) || (w->as[i] && !strcmp(w->as[i], sha));
}

static void done(void *ctx, size_t k)
{
	waits *w = ctx;

	for (size_t i = 0; i < w->r->res->num_plugins; i++) {
		if (!uses(w, i, w->d[k].sha256))
			continue;
		w->failed[i] |= w->d[k].rc != 0;
		if (--w->pending[i] == 0 && !w->failed[i])
			ready(w, i);
	}
}

/* download what is missing while the plugins already complete are checked */
static int fetch_and_check(rt_run *r, rt_download *d, size_t n, waits *w)
{
	size_t np = r->res->num_plugins;
	char *cache = wg_asprintf("%s/cache", r->dir);
	int rc = 0;

	for (size_t i = 0; i < np; i++) {
		json_t *f = json_object_get(entry_of(r, r->res->plugins[i].name, r->res->plugins[i].version), "files");
		w->ws[i] = json_string_value(json_object_get(json_object_get(f, "wasm"), "sha256"));
		w->as[i] = json_string_value(json_object_get(json_object_get(f, "attestation"), "sha256"));
		for (size_t k = 0; k < n; k++)
			w->pending[i] += uses(w, i, d[k].sha256);
	}
	if (!cache || !(w->pool = rt_check_start(r))) {
		free(cache);
		return WG_ENOMEM;
	}
	for (size_t i = 0; i < np; i++)
		if (!w->pending[i])
			ready(w, i);
	if (n && rt_download_all(d, n, r->o->connect_timeout, r->o->timeout, done, w))
		rc = rt_error(r, "downloads: out of memory");
	rt_check_finish(w->pool);
	/* a plugin that was not checked is never installed, whatever the reason */
	for (size_t i = 0; i < np; i++)
		if (!w->queued[i] && !w->failed[i])
			rt_reason(&r->res->plugins[i], "not checked: its files did not all reach the cache");
	/* one sync of the cache before anything is installed from it: also when
	 * nothing was downloaded now (a killed run may have renamed files into the
	 * cache that never reached the disk) */
	if (!rc && rt_sync_dir(cache))
		rc = rt_error(r, "%s", wg_error_last());
	free(cache);
	return rc;
}

/* steps 3-5: plan, download and check every plugin (check.c) */
int rt_plugins_fetch(rt_run *r)
{
	size_t np = r->res->num_plugins, n = 0;
	rt_download *d = wg_calloc(2 * np + 1, sizeof(*d));
	char *cache = wg_asprintf("%s/cache", r->dir);
	waits w = { r, d, NULL, wg_calloc(np + 1, sizeof(char *)), wg_calloc(np + 1, sizeof(char *)),
		    wg_calloc(np + 1, 1), wg_calloc(np + 1, sizeof(bool)), wg_calloc(np + 1, sizeof(bool)) };
	int bad = 0;

	if (!d || !cache || !w.ws || !w.as || !w.pending || !w.failed || !w.queued ||
	    wg_dir_create(cache, 0755)) {
		bad = rt_error(r, "cannot create %s/cache", r->dir);
		goto out;
	}
	bad = plan(r, d, &n);
	rt_progress(r, "download", NULL, 0, n);
	if (!bad && (bad = fetch_and_check(r, d, n, &w)))
		goto out;
	for (size_t k = 0; k < n; k++)
		for (size_t i = 0; d[k].rc && i < np; i++)
			if (uses(&w, i, d[k].sha256))
				rt_reason(&r->res->plugins[i], "%s: %s", d[k].url, d[k].error ?: "failed");
	for (size_t i = 0; i < np; i++)
		bad |= r->res->plugins[i].num_reasons > 0;
out:
	for (size_t k = 0; d && k < n; k++) {
		free(d[k].url);
		free(d[k].path);
		free(d[k].error);
	}
	free(d);
	free(cache);
	free(w.ws);
	free(w.as);
	free(w.pending);
	free(w.failed);
	free(w.queued);
	return bad ? (bad == WG_ENOMEM ? WG_ENOMEM : WG_EVERIFY) : 0;
}
