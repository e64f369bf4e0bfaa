/*
 * build.c - one build (build.h): plugin x toolchain x variant.
 *
 *   plan     label, sources (globs expanded, confined), include dirs
 *            confined, toolchain found, cache keys
 *   restore  a valid cache entry: no process started
 *   or run   compile each source, link (temporary folder), post-pass,
 *            headers from -MD, store in the cache
 *   write    OUT/<name>/<version>/<label>/<name>.wasm and build.json,
 *            each by temporary file + rename, only after all succeeded
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <limits.h>
#include <ftw.h>
#include <unistd.h>

char *wg_build_label(wg_toolchain t, const wg_variant *v)
{
	return v ? wg_asprintf("%s-%s", wg_toolchain_name(t), v->name)
		 : wg_strdup(wg_toolchain_name(t));
}

void wg_build_result_clear(wg_build_result *r)
{
	free(r->error);
	free(r->log);
	free(r->wasm_path);
	free(r->json_path);
	free(r->label);
	memset(r, 0, sizeof(*r));
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *f)
{
	(void)st; (void)flag; (void)f;
	return remove(path);
}

static void plan_free(wg_plan *p)
{
	if (p->tmp && p->tmp_made)
		nftw(p->tmp, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(p->tmp);
	for (size_t i = 0; i < p->num_compile; i++)
		wg_argv_free(&p->compile[i]);
	free(p->compile);
	wg_argv_free(&p->link);
	wg_tc_clear(&p->tc);
	wg_strlist_free(&p->sources);
	wg_strlist_free(&p->headers);
	free(p->dir_abs);
	free(p->label);
	free(p->who);
}

static int plan_make(wg_plan *p, json_t *inputs)
{
	const wg_manifest *m = p->t->manifest;
	char real[PATH_MAX];
	int rc;

	if (!(m->toolchains & (1u << p->t->toolchain)))
		return wg_error_set(WG_EINVAL, "%s: builds with no toolchain '%s' (plugin.yml toolchains)",
				    m->name, wg_toolchain_name(p->t->toolchain));
	if (!realpath(m->dir, real))
		return wg_error_set(WG_EIO, "%s: cannot resolve the plugin folder", m->dir);
	p->dir_abs = wg_strdup(real);
	if (!p->dir_abs)
		return WG_ENOMEM;
	rc = wg_manifest_source_files(m, &p->sources);
	for (size_t i = 0; !rc && i < m->include_dirs.count; i++) {
		rc = wg_build_confined(m->dir, m->include_dirs.items[i], true);
		if (rc) {
			char msg[512];
			snprintf(msg, sizeof(msg), "%s", wg_error_last());
			rc = wg_error_set(rc, "%s: include_dirs: %s", m->path, msg);
		}
	}
	if (!rc && (rc = wg_tc_probe(p->t->toolchain, m->language, p->o->cache_dir, &p->tc))) {
		char msg[512];
		snprintf(msg, sizeof(msg), "%s", wg_error_last());
		rc = wg_error_set(rc, "%s: %s", p->who, msg);
	}
	rc = rc ? rc : wg_cache_key0(p, inputs);
	rc = rc ? rc : wg_cache_headers_load(p);
	return rc ? rc : wg_cache_key(p, inputs);
}

/* Run one argument vector; a failure keeps the compiler's output. */
static int run(wg_plan *p, wg_argv *a, wg_build_result *r)
{
	const char *em = getenv("EM_CACHE");
	const char *env[] = { "SOURCE_DATE_EPOCH=0", em && *em ? "EM_FROZEN_CACHE=" : NULL, NULL };
	wg_buf log = WG_BUF_INIT;
	int status, rc = wg_spawn(a->v, p->t->manifest->dir, env, &log, &status);

	r->compiler_runs++;
	if (!rc && status) {
		rc = wg_error_set(WG_EINVAL, "%s: %s failed (exit %d); its output follows",
				  p->who, p->tc.path, status);
		r->log = wg_buf_detach(&log);
	}
	wg_buf_free(&log);
	return rc;
}

static int compile_and_link(wg_plan *p, wg_build_result *r, uint8_t **out, size_t *len)
{
	const char *tmpdir = getenv("TMPDIR");
	char *linked = NULL, *text = NULL;
	size_t n = 0;
	int rc;

	p->tmp = wg_asprintf("%s/wasmgate-build.XXXXXX", tmpdir && *tmpdir == '/' ? tmpdir : "/tmp");
	if (!p->tmp)
		return WG_ENOMEM;
	if (!mkdtemp(p->tmp))
		return wg_error_set(WG_EIO, "%s: cannot make a temporary folder", p->tmp);
	p->tmp_made = true;
	rc = wg_plan_argv(p);
	for (size_t i = 0; !rc && i < p->num_compile; i++)
		rc = run(p, &p->compile[i], r);
	rc = rc ? rc : run(p, &p->link, r);
	if (!rc) {
		linked = wg_asprintf("%s/link.wasm", p->tmp);
		rc = linked ? wg_file_read(linked, 256u * 1024 * 1024, &text, &n) : WG_ENOMEM;
	}
	rc = rc ? rc : wg_postpass(p, (const uint8_t *)text, n, out, len);
	rc = rc ? rc : wg_deps_read(p);
	free(linked);
	free(text);
	return rc;
}

static int write_outputs(wg_plan *p, wg_build_result *r, const uint8_t *data, size_t len,
			 json_t *inputs)
{
	const wg_manifest *m = p->t->manifest;
	char *dir = wg_asprintf("%s/%s/%s/%s", p->o->out_dir, m->name, m->version_text, p->label);
	char *json = NULL;
	int rc;

	if (!dir)
		return WG_ENOMEM;
	r->wasm_path = wg_asprintf("%s/%s.wasm", dir, m->name);
	r->json_path = wg_asprintf("%s/build.json", dir);
	rc = r->wasm_path && r->json_path ? 0 : WG_ENOMEM;
	rc = rc ? rc : wg_buildjson(p, r, inputs, &json);
	rc = rc ? rc : wg_dir_create(dir, 0755);
	rc = rc ? rc : wg_file_write_atomic(r->wasm_path, data, len, 0644, 0);
	rc = rc ? rc : wg_file_write_atomic(r->json_path, json, strlen(json), 0644, 0);
	free(json);
	free(dir);
	return rc;
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int build(wg_plan *p, wg_build_result *r, json_t *inputs)
{
	uint8_t *data = NULL;
	size_t len = 0;
	double t0 = now();
	int rc = plan_make(p, inputs), hit = 0;

	if (!rc)
		hit = wg_cache_get(p, &data, &len);
	if (!rc && hit < 0)
		rc = hit;
	if (!rc && !hit) {
		rc = compile_and_link(p, r, &data, &len);
		if (!rc) {
			/* the key with the headers the compiler really read */
			json_object_clear(inputs);
			rc = wg_cache_key0(p, inputs);
			rc = rc ? rc : wg_cache_key(p, inputs);
		}
		if (!rc) {
			wg_cache_headers_save(p);
			wg_cache_put(p, data, len);
		}
	}
	r->cached = hit > 0;
	if (!rc && hit > 0)
		wg_cache_touch(p);
	if (!rc && hit) {        /* what would have run, for build.json */
		p->tmp = wg_strdup("$TMP");
		rc = p->tmp ? wg_plan_argv(p) : WG_ENOMEM;
	}
	if (!rc) {
		wg_sha256(data, len, r->sha256);
		r->size = len;
		r->seconds = now() - t0;
		rc = write_outputs(p, r, data, len, inputs);
	}
	free(data);
	return rc;
}

int wg_build_run(const wg_build_target *t, const wg_build_options *o, wg_build_result *r)
{
	wg_plan p;
	json_t *inputs = json_object();
	int rc;

	memset(r, 0, sizeof(*r));
	memset(&p, 0, sizeof(p));
	p.t = t;
	p.o = o;
	p.label = wg_build_label(t->toolchain, t->variant);
	r->label = wg_build_label(t->toolchain, t->variant);
	p.who = p.label ? wg_asprintf("%s %s %s", t->manifest->name, t->manifest->version_text,
				      p.label) : NULL;
	rc = inputs && p.who && r->label ? build(&p, r, inputs) : WG_ENOMEM;
	if (rc) {
		r->error = wg_strdup(wg_error_last());
		free(r->wasm_path);
		free(r->json_path);
		r->wasm_path = r->json_path = NULL;
	}
	r->rc = rc;
	json_decref(inputs);
	plan_free(&p);
	return rc;
}
