/*
 * build_int.h - internals of the build part (not public API): manifest
 * value checks, toolchains, child processes, the binaryen post-pass, the
 * cache and build.json.
 */
#ifndef WG_BUILD_INT_H
#define WG_BUILD_INT_H

#include "policy/policy_int.h"
#include "wasmgate/build.h"
#include "wasmgate/manifest.h"

/* check.c */
int wg_mcheck_flagset(const wg_pctx *c, const wg_ynode *map, const char *where,
		      const wg_flagset *f);
int wg_mcheck_values(const wg_pctx *c, const wg_ynode *root, wg_manifest *m,
		     const char *tc, const char *lang, const char *opt);
int wg_mcheck_numbers(const wg_pctx *c, const wg_ynode *root, bool has_schema,
		      uint64_t schema, uint64_t initial, uint64_t max, bool has_initial,
		      bool has_max);
/* 1 when the relative path `p` has no '..', no empty part, is not absolute. */
int wg_path_confined(const char *p);



#include "util/util.h"

/* spawn.c: run argv (PATH searched) in `cwd` with `env_set` ("NAME=value",
 * NULL-terminated) overriding the environment; stdout+stderr into `log`
 * (NUL-terminated); *status = exit code (128+signal).  0, or WG_EIO when the
 * program could not start. */
int wg_spawn(char *const *argv, const char *cwd, const char *const *env_set,
	     wg_buf *log, int *status);
/* The first executable `prog` on PATH (malloc'd), or NULL. */
char *wg_which(const char *prog);

/* sources.c: is DIR/rel (symlinks resolved) inside DIR and a regular file
 * (or a folder with want_dir)?  WG_EINVAL with a message otherwise. */
int wg_build_confined(const char *dir, const char *rel, bool want_dir);
/* qsort comparator of char * by strcmp. */
int wg_cmp_str(const void *a, const void *b);

/* toolchain.c: a found toolchain. */
typedef struct {
	wg_toolchain toolchain;
	char *path;          /* the compiler found on PATH */
	char *version;       /* its `--version` first line */
} wg_tc;
const char *wg_tc_compiler(wg_toolchain t, wg_language l);
const char *wg_tc_sysroot(void);
/* Find the compiler for t/l and its version (remembered under `cache`,
 * may be NULL).  A missing toolchain: WG_EINVAL naming its package. */
int wg_tc_probe(wg_toolchain t, wg_language l, const char *cache, wg_tc *out);
void wg_tc_clear(wg_tc *tc);

/* argv.c: NULL-terminated argument vectors. */
typedef struct {
	char **v;
	size_t n, cap;
} wg_argv;
int wg_argv_add(wg_argv *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void wg_argv_free(wg_argv *a);

/* One build in progress (build.c). */
typedef struct {
	const wg_build_target *t;
	const wg_build_options *o;
	char *label;                  /* toolchain[-variant] */
	char *who;                    /* "name version label" for messages */
	wg_tc tc;
	char *dir_abs;                /* the plugin folder, symlinks resolved */
	wg_manifest_list sources;     /* relative to the plugin folder, sorted */
	wg_manifest_list headers;     /* from -MD, inside the folder, sorted */
	char *tmp;                    /* temporary build folder */
	bool tmp_made;                /* tmp exists (removed at the end) */
	wg_argv *compile;  size_t num_compile;
	wg_argv link;
	char key0[65], key[65];       /* cache keys: inputs without / with headers */
} wg_plan;
int wg_plan_argv(wg_plan *p);

/* postpass.c: the binaryen post-pass; *out is malloc'd. */
int wg_postpass(const wg_plan *p, const uint8_t *in, size_t len, uint8_t **out,
		size_t *out_len);

#include <jansson.h>
/* cache.c: keys (digests of inputs also go into `inputs`, may be NULL),
 * the header list of a key0, entries.  get: 1 hit (*data malloc'd), 0 miss. */
int wg_cache_key0(wg_plan *p, json_t *inputs);
int wg_cache_key(wg_plan *p, json_t *inputs);
int wg_cache_headers_load(wg_plan *p);
void wg_cache_headers_save(const wg_plan *p);
int wg_cache_get(const wg_plan *p, uint8_t **data, size_t *len);
void wg_cache_put(const wg_plan *p, const uint8_t *data, size_t len);
/* prune.c: mark p's entry as just used (a hit), for least-recently-used pruning */
void wg_cache_touch(const wg_plan *p);
/* deps.c: p->headers from the compile steps' .d files. */
int wg_deps_read(wg_plan *p);
/* buildjson.c: the build.json text (malloc'd). */
int wg_buildjson(const wg_plan *p, const wg_build_result *r, json_t *inputs, char **out);
#endif
