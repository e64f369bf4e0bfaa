/*
 * load.c - wg_runtime_load(): what a host calls at every start.  A file on
 * disk can change after install, so the installed generation is verified
 * again before any path is handed out: DIR/current must be a symlink to
 * generations/<N> (nothing else), N not older than state.json's generation;
 * the folders on the way are opened without following symlinks;
 * manifest.json must be whole and list well-formed plugins; each plugin's
 * .wasm and .intoto.json (regular files, O_NOFOLLOW) go through the checks
 * init runs on downloaded bytes (rt_check_bytes: sha256, attestation,
 * compatibility).  A path is set only for a plugin that passed them all.
 * Nothing under DIR is written; no network.
 */
#include "runtime/runtime_int.h"
#include "registry/registry_int.h"
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* DIR/current -> generations/<N>: *n = N, or an overall error.  N newer
 * than state.json's generation (or no state.json) is accepted: install
 * switches current before it writes state.json, and a kill -9 in between
 * leaves exactly that; the generation itself is verified in full. */
static int current_target(rt_run *r, int rootfd, long long *n)
{
	char t[256], *end;
	ssize_t k = readlinkat(rootfd, "current", t, sizeof(t) - 1);

	if (k < 0 && errno == ENOENT)
		return rt_error(r, "%s: nothing is installed (no current): run 'wasmgate runtime init'", r->dir);
	if (k < 0 && errno == EINVAL)
		return rt_error(r, "%s/current is not a symlink (replaced?): refusing", r->dir);
	if (k < 0)
		return rt_error(r, "%s/current: %s", r->dir, strerror(errno));
	t[k] = '\0';
	*n = strncmp(t, "generations/", 12) || t[12] < '1' || t[12] > '9' || k > 30 ? 0
		: strtoll(t + 12, &end, 10);
	if (*n <= 0 || *end)
		return rt_error(r, "%s/current points to '%s', not to a generation in %s/generations (replaced?)",
				r->dir, t, r->dir);
	if (*n < r->state.generation)
		return rt_error(r, "%s/current points to generation %lld, older than generation %lld in "
				"state.json (an older generation put back?)", r->dir, *n, r->state.generation);
	return 0;
}

/* openat a folder, never through a symlink */
static int open_dir(rt_run *r, int at, const char *name, const char *shown, int *fd)
{
	*fd = openat(at, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (*fd >= 0)
		return 0;
	if (errno == ELOOP || errno == ENOTDIR)
		return rt_error(r, "%s is a symlink or not a folder: refusing", shown);
	return rt_error(r, "%s: %s", shown, strerror(errno));
}

/* generations/N/manifest.json, whole, consistent with state.json */
static int read_manifest(rt_run *r, int genfd, long long n, const char *what, json_t **m)
{
	char *text = NULL;
	size_t len;
	json_t *plugins = NULL;
	json_error_t je;
	json_int_t rev = 0, iv = 0;

	if (reg_file_read(genfd, "manifest.json", WG_RUNTIME_MAX_CONFIG, &text, &len))
		return rt_error(r, "%s/generations/%lld/%s", r->dir, n, wg_error_last());
	*m = json_loadb(text, len, JSON_REJECT_DUPLICATES, &je);
	free(text);
	if (!*m)
		return rt_error(r, "%s: not whole JSON (cut off?): %s at byte %d", what, je.text, je.position);
	if (json_unpack_ex(*m, &je, 0, "{s:I, s:I, s:o}", "revision", &rev, "index_version", &iv,
			   "plugins", &plugins))
		return rt_error(r, "%s: %s", what, je.text);
	r->res->revision = rev;
	r->res->index_version = iv;
	if (rev < 1 || rev < r->state.revision)
		return rt_error(r, "%s: revision %lld is older than the last applied %lld (an older generation put back?)",
				what, (long long)rev, r->state.revision);
	if (n == r->state.generation && rev != r->state.revision)
		return rt_error(r, "%s: revision %lld, but state.json applied %lld to this generation",
				what, (long long)rev, r->state.revision);
	if (rt_plugin_list_check(r, what, plugins))
		return WG_EVERIFY;
	return rt_plugins_from(r, plugins);
}

static bool is_link(int dirfd, const char *name)
{
	struct stat st;

	return !fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) && S_ISLNK(st.st_mode);
}

/* read p's two files from the generation and check them like init does */
static void load_one(rt_run *r, int genfd, const char *gen, wg_runtime_plugin *p)
{
	char *wn = wg_asprintf("%s.wasm", p->name), *an = wg_asprintf("%s.intoto.json", p->name);
	char *wasm = NULL, *att = NULL;
	size_t wl = 0, al = 0;

	if (!wn || !an)
		rt_reason(p, "out of memory");
	else if (is_link(genfd, wn) || is_link(genfd, an))
		rt_reason(p, "%s/%s is a symlink: refusing", gen, is_link(genfd, wn) ? wn : an);
	else if (reg_file_read(genfd, wn, WG_REGISTRY_MAX_PLUGIN, &wasm, &wl) ||
		 reg_file_read(genfd, an, WG_REGISTRY_MAX_PLUGIN, &att, &al))
		rt_reason(p, "%s/%s", gen, wg_error_last());
	else if (!rt_check_bytes(r, p, wasm, wl, att, al) && !(p->path = wg_asprintf("%s/%s", gen, wn)))
		rt_reason(p, "out of memory");
	free(wasm);
	free(att);
	free(wn);
	free(an);
}

struct load_ctx {
	int genfd;
	const char *gen;
};

static void load_at(rt_run *r, size_t i, void *ctx)
{
	struct load_ctx *c = ctx;

	load_one(r, c->genfd, c->gen, &r->res->plugins[i]);
}

static int load(rt_run *r, int rootfd)
{
	long long n = 0;
	int gensfd = -1, genfd = -1, rc;
	char *real = realpath(r->dir, NULL), *gen = NULL, *what = NULL, *shown = NULL, *num;
	json_t *m = NULL;
	bool bad = false;

	if (!real)
		return rt_error(r, "%s: %s", r->dir, strerror(errno));
	if ((rc = current_target(r, rootfd, &n)))
		goto out;
	if (!(gen = wg_asprintf("%s/generations/%lld", real, n)) ||
	    !(what = wg_asprintf("%s/generations/%lld/manifest.json", r->dir, n)) ||
	    !(shown = wg_asprintf("%s/generations", r->dir))) {
		rc = WG_ENOMEM;
		goto out;
	}
	num = strrchr(gen, '/') + 1;
	if ((rc = open_dir(r, rootfd, "generations", shown, &gensfd)) ||
	    (rc = open_dir(r, gensfd, num, gen, &genfd)) ||
	    (rc = read_manifest(r, genfd, n, what, &m)))
		goto out;
	r->res->generation = wg_strdup(gen);
	struct load_ctx c = { genfd, gen };
	rt_each_plugin(r, load_at, &c);
	for (size_t i = 0; i < r->res->num_plugins; i++)
		bad |= r->res->plugins[i].num_reasons > 0;
	rc = bad ? WG_EVERIFY : 0;
out:
	if (genfd >= 0)
		close(genfd);
	if (gensfd >= 0)
		close(gensfd);
	json_decref(m);
	free(what);
	free(shown);
	free(gen);
	free(real);
	return rc;
}

int wg_runtime_load(const wg_runtime_options *o, wg_runtime_result *res)
{
	rt_run r = { 0 };
	int rc, rootfd;

	memset(res, 0, sizeof(*res));
	res->version = 1;
	if (!o || o->version != 1 || !o->host)
		return wg_error_set(WG_EINVAL, "wg_runtime_load: options need version 1 and a host profile");
	r.o = o;
	r.h = o->host;
	r.res = res;
	r.dir = o->dir ? o->dir : o->host->install_dir;
	if ((rootfd = open(r.dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return rt_error(&r, "%s: nothing is installed: %s", r.dir, strerror(errno));
	if (rt_state_load(r.dir, &r.state))
		rc = rt_error(&r, "state: %s", wg_error_last());
	else
		rc = load(&r, rootfd);
	close(rootfd);
	if (rc && !res->num_errors)
		rt_first_reason(res);
	return rc;
}
