/*
 * install.c - step 6 and the state kept between runs.  A new generation is
 * written under generations/.new.<pid>/ (each file a hard link to the
 * verified, fsynced cache file, or an fsynced copy), renamed to
 * generations/<N>, then DIR/current (a symlink) is replaced by one rename;
 * the previous generation is kept, older ones are removed.  state.json
 * (last applied revision and ETag, last trusted index version and digest,
 * current generation) is written atomically after the switch.  Until the
 * rename of `current` nothing the host reads has changed.  What a killed
 * run leaves (a stage, a temporary link, partial downloads, a state.json
 * temp file) is removed by the next run, under the lock.
 */
#include "runtime/runtime_int.h"
#include "registry/registry_int.h"
#include "util/util.h"

#include <dirent.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* state.json read without following a symlink; a field of the wrong type
 * or a cut-off file is an error (never read as "nothing installed") */
static int state_read(const char *dir, const char *name, rt_state *s)
{
	char *text = NULL;
	const char *ix = NULL, *etag = NULL;
	size_t len;
	json_t *j;
	json_error_t je;
	int rc, fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	memset(s, 0, sizeof(*s));
	if (fd < 0)
		return wg_error_set(WG_EIO, "%s: %m", dir);
	if (faccessat(fd, name, F_OK, AT_SYMLINK_NOFOLLOW)) {
		close(fd);
		return 0;
	}
	rc = reg_file_read(fd, name, 65536, &text, &len);
	close(fd);
	if (rc)
		return rc;
	j = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
	free(text);
	if (!json_is_object(j))
		rc = wg_error_set(WG_EPARSE, "%s/%s: not a JSON object (cut off?): %s", dir, name,
				  j ? "" : je.text);
	else if (json_unpack_ex(j, &je, 0, "{s:I, s:I, s:I, s?s, s?s}", "revision", &s->revision,
				"index_version", &s->index_version, "generation", &s->generation,
				"index_sha256", &ix, "etag", &etag))
		rc = wg_error_set(WG_EPARSE, "%s/%s: %s", dir, name, je.text);
	else if (s->generation < 0 || s->revision < 0)
		rc = wg_error_set(WG_EPARSE, "%s/%s: a negative generation or revision", dir, name);
	snprintf(s->index_sha256, sizeof(s->index_sha256), "%s", ix ? ix : "");
	snprintf(s->etag, sizeof(s->etag), "%s", etag ? etag : "");
	json_decref(j);
	return rc;
}

int rt_state_load(const char *dir, rt_state *s)
{
	return state_read(dir, "state.json", s);
}

static int state_write(const char *dir, const char *name, const rt_state *s)
{
	json_t *j = json_pack("{s:I, s:s, s:I, s:s, s:I}", "revision", (json_int_t)s->revision,
			      "etag", s->etag, "index_version", (json_int_t)s->index_version,
			      "index_sha256", s->index_sha256, "generation", (json_int_t)s->generation);
	char *text = j ? json_dumps(j, JSON_SORT_KEYS | JSON_INDENT(2)) : NULL, *path;
	int rc = WG_ENOMEM;

	json_decref(j);
	if (text && (path = wg_asprintf("%s/%s", dir, name))) {
		rc = wg_file_write_atomic(path, text, strlen(text), 0644, 0);
		free(path);
	}
	free(text);
	return rc;
}

int rt_state_save(const char *dir, const rt_state *s)
{
	return state_write(dir, "state.json", s);
}

static int copy_in(rt_run *r, const char *stage, const char *sha, const char *name)
{
	char *src = wg_asprintf("%s/cache/%s", r->dir, sha), *dst = wg_asprintf("%s/%s", stage, name);
	char *data = NULL;
	size_t len = 0;
	int rc = WG_ENOMEM;

	/* the cache's file was fsynced when it was downloaded: a hard link costs
	 * no copy and no fsync; a copy (fsynced) where links do not work */
	if (src && dst && !link(src, dst))
		rc = 0;
	else if (src && dst && !(rc = wg_file_read(src, UINT32_MAX, &data, &len)))
		rc = wg_file_write_atomic(dst, data, len, 0644, 1);
	free(data);
	free(src);
	free(dst);
	return rc;
}

static int write_stage(rt_run *r, const char *stage)
{
	json_t *m = json_pack("{s:I, s:I, s:s, s:[]}", "revision", (json_int_t)r->res->revision,
			      "index_version", (json_int_t)r->res->index_version, "index_sha256",
			      r->index_sha256, "plugins");
	char *text, *name, *path;
	int rc = m ? 0 : WG_ENOMEM;

	for (size_t i = 0; !rc && i < r->res->num_plugins; i++) {
		wg_runtime_plugin *p = &r->res->plugins[i];
		json_t *e = json_object_get(json_object_get(json_object_get(r->index, "plugins"), p->name), p->version);
		const char *as = json_string_value(json_object_get(json_object_get(json_object_get(e, "files"), "attestation"), "sha256"));

		if (!(name = wg_asprintf("%s.wasm", p->name)))
			return WG_ENOMEM;
		rc = copy_in(r, stage, p->sha256, name);
		free(name);
		if (!rc && (name = wg_asprintf("%s.intoto.json", p->name))) {
			rc = copy_in(r, stage, as, name);
			free(name);
		}
		json_array_append_new(json_object_get(m, "plugins"),
				      json_pack("{s:s, s:s, s:s}", "name", p->name, "version", p->version,
						"sha256", p->sha256));
	}
	text = rc ? NULL : json_dumps(m, JSON_SORT_KEYS | JSON_INDENT(2));
	json_decref(m);
	if (!rc && (!text || !(path = wg_asprintf("%s/manifest.json", stage))))
		rc = WG_ENOMEM;
	else if (!rc) {
		rc = wg_file_write_atomic(path, text, strlen(text), 0644, 1);
		free(path);
	}
	free(text);
	return rc;
}

static void remove_dir(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;

	while (d && (e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			char *f = wg_asprintf("%s/%s", path, e->d_name);
			if (f)
				unlink(f);
			free(f);
		}
	if (d)
		closedir(d);
	rmdir(path);
}

static void fsync_dir(const char *path)
{
	int fd = open(path, O_RDONLY | O_DIRECTORY);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* keep generations `keep` and `prev`; remove the others and stale stages */
static void prune(const char *gens, long long keep, long long prev)
{
	DIR *d = opendir(gens);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		char *end, *path;
		long long n = strtoll(e->d_name, &end, 10);

		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		if (!*end && (n == keep || n == prev))
			continue;
		if ((path = wg_asprintf("%s/%s", gens, e->d_name)))
			remove_dir(path);
		free(path);
	}
	if (d)
		closedir(d);
}

static int switch_current(rt_run *r, long long n)
{
	char *target = wg_asprintf("generations/%lld", n), *tmp = wg_asprintf("%s/.current.%ld", r->dir, (long)getpid());
	char *cur = wg_asprintf("%s/current", r->dir);
	int rc = 0;

	if (!target || !tmp || !cur)
		rc = WG_ENOMEM;
	else if ((unlink(tmp), symlink(target, tmp)) || rename(tmp, cur))
		rc = rt_error(r, "install: cannot switch %s: %m", cur);
	else
		fsync_dir(r->dir);
	if (rc && tmp)
		unlink(tmp);
	free(target);
	free(tmp);
	free(cur);
	return rc;
}

/* remove the entries of `dir` matching `glob` (files; folders with `tree`) */
static void remove_matching(const char *dir, const char *glob, bool tree)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		char *path;
		if (fnmatch(glob, e->d_name, 0) || !(path = wg_asprintf("%s/%s", dir, e->d_name)))
			continue;
		if (tree)
			remove_dir(path);
		else
			unlink(path);
		free(path);
	}
	if (d)
		closedir(d);
}

/* state.json.new of a run killed after its switch: finish; before it: drop */
static void state_roll_forward(const char *dir)
{
	rt_state ns;
	char *cur = wg_asprintf("%s/current", dir), *snew = wg_asprintf("%s/state.json.new", dir);
	char *sold = wg_asprintf("%s/state.json", dir), want[64] = "-", got[64] = "";
	ssize_t k = cur ? readlink(cur, got, sizeof(got) - 1) : -1;

	if (k >= 0)
		got[k] = '\0';
	if (snew && sold && !access(snew, F_OK) && !state_read(dir, "state.json.new", &ns) && ns.generation > 0)
		snprintf(want, sizeof(want), "generations/%lld", ns.generation);
	if (!strcmp(got, want) && !rename(snew, sold))
		fsync_dir(dir);
	else if (snew)
		unlink(snew);
	free(cur);
	free(snew);
	free(sold);
}

void rt_clear_leftovers(const char *dir)
{
	char *cache = wg_asprintf("%s/cache", dir), *gens = wg_asprintf("%s/generations", dir);

	state_roll_forward(dir);
	remove_matching(dir, ".current.*", false);
	remove_matching(dir, "state.json*.tmp.*", false);
	if (cache)
		remove_matching(cache, "*.part.*", false);
	if (gens)
		remove_matching(gens, ".new.*", true);
	free(cache);
	free(gens);
}

/* every byte the new state needs is written (state.json.new) before the
 * switch; after it only a rename, so a full disk cannot leave current
 * switched and state.json behind.  A failure after the switch puts the
 * previous current back. */
static int commit(rt_run *r, long long n, long long prev)
{
	rt_state ns = r->state;
	char *snew = wg_asprintf("%s/state.json.new", r->dir), *sold = wg_asprintf("%s/state.json", r->dir);
	char *cur = NULL;
	int rc;

	ns.generation = n;
	ns.revision = r->res->revision;
	ns.index_version = r->res->index_version;
	snprintf(ns.index_sha256, sizeof(ns.index_sha256), "%s", r->index_sha256);
	if (!snew || !sold)
		rc = WG_ENOMEM;
	else if (state_write(r->dir, "state.json.new", &ns))
		rc = rt_error(r, "install: state.json: %s", wg_error_last());
	else if (!(rc = switch_current(r, n)) && rename(snew, sold)) {
		rc = rt_error(r, "install: state.json: %m");
		if (prev)
			switch_current(r, prev);
		else if ((cur = wg_asprintf("%s/current", r->dir)))
			unlink(cur);
	}
	if (rc && snew)
		unlink(snew);
	if (!rc) {
		fsync_dir(r->dir);
		r->state = ns;
	}
	free(snew);
	free(sold);
	free(cur);
	return rc;
}

int rt_install(rt_run *r)
{
	char *gens = wg_asprintf("%s/generations", r->dir), *stage = NULL, *final = NULL;
	long long n = r->state.generation + 1, prev = r->state.generation;
	int rc;

	rt_progress(r, "install", NULL, 0, 1);
	if (!gens || wg_dir_create(gens, 0755)) {
		free(gens);
		return rt_error(r, "install: cannot create %s/generations", r->dir);
	}
	stage = wg_asprintf("%s/.new.%ld", gens, (long)getpid());
	remove_dir(stage);
	if (!stage || mkdir(stage, 0755)) {
		rc = rt_error(r, "install: cannot create the new generation: %m");
		goto out;
	}
	if (write_stage(r, stage)) {
		rc = rt_error(r, "install: %s", wg_error_last());
		remove_dir(stage);
		goto out;
	}
	fsync_dir(stage);
	for (;; n++) {   /* a number a crashed run may have left behind is skipped */
		free(final);
		if (!(final = wg_asprintf("%s/%lld", gens, n)) || access(final, F_OK))
			break;
	}
	if (!final || rename(stage, final)) {
		rc = rt_error(r, "install: cannot rename the new generation: %m");
		remove_dir(stage);
		goto out;
	}
	fsync_dir(gens);
	if ((rc = commit(r, n, prev))) {
		remove_dir(final);
		goto out;
	}
	r->res->installed = true;
	r->res->generation = wg_strdup(final);
	prune(gens, n, prev);
out:
	free(gens);
	free(stage);
	free(final);
	return rc;
}
