/*
 * build.h - `wasmgate build`: a plugin folder (plugin.yml + C / C++
 * sources, manifest.h) -> an audited-ready .wasm, by emcc or clang
 * --target=wasm32-wasi, then a binaryen post-pass (optimise, strip, memory
 * maximum, exports exactly the manifest's, the `wasmgate.plugin` section).
 *
 * Output of one build (a plugin x toolchain x variant):
 *   OUT/<name>/<version>/<toolchain>[-<variant>]/<name>.wasm
 *   OUT/<name>/<version>/<toolchain>[-<variant>]/build.json
 * written only when the whole build succeeded (temporary file + rename).
 * The cache (content-addressed, docs/plugin-yml.md "Cache") restores an
 * unchanged build without starting a compiler.
 */
#ifndef WASMGATE_BUILD_H
#define WASMGATE_BUILD_H

#include "common.h"
#include "manifest.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	int version;               /* struct version: 1 */
	const char *out_dir;       /* where outputs go (required) */
	const char *cache_dir;     /* content-addressed cache; NULL: none */
} wg_build_options;

/* One build: a plugin, a toolchain, a variant. */
typedef struct {
	const wg_manifest *manifest;
	wg_toolchain toolchain;
	const wg_variant *variant;         /* NULL: the default build */
} wg_build_target;

typedef struct {
	int rc;                            /* WG_OK or the failure's code */
	char *error;                       /* one line, or NULL */
	char *log;                         /* the compiler's output on failure, or NULL */
	char *wasm_path;                   /* written output */
	char *json_path;                   /* its build.json */
	char *label;                       /* "<toolchain>[-<variant>]" */
	uint8_t sha256[32];
	uint64_t size;
	bool cached;                       /* restored from the cache */
	double seconds;
	unsigned compiler_runs;            /* processes started */
} wg_build_result;

/**
 * Build one target.  Thread-safe: several targets may build at once (the
 * binaryen post-pass runs one at a time).  Returns r->rc; on failure nothing
 * was written to the output folder.
 */
int wg_build_run(const wg_build_target *t, const wg_build_options *o,
		 wg_build_result *r);
void wg_build_result_clear(wg_build_result *r);

typedef struct {
	size_t kept, removed;              /* cached modules */
	uint64_t kept_bytes, removed_bytes;
} wg_build_prune_stats;

/**
 * Bound the cache in `cache_dir` to `max_bytes` of modules: the least
 * recently used (built or restored) go first, with the dependency lists
 * older than every module kept.  A missing cache is empty.  `stats` may
 * be NULL.
 */
int wg_build_cache_prune(const char *cache_dir, uint64_t max_bytes,
			 wg_build_prune_stats *stats);

/** "<toolchain>" or "<toolchain>-<variant>" (malloc'd). */
char *wg_build_label(wg_toolchain t, const wg_variant *v);

/**
 * The JSON a workflow hands to strategy.matrix ({"include": [...]}) for the
 * plugin folders below `root` (every folder with a plugin.yml, sorted):
 * one entry per plugin x toolchain (of `toolchains`, a bit set; 0: every
 * toolchain the plugin lists) x variant ("" first), each with its folder,
 * name, version, toolchain, variant, label and cache key.  With
 * `changed_since` (a git ref), only plugins with a file changed since it.
 */
int wg_build_matrix(const char *root, unsigned toolchains,
		    const char *changed_since, char **json_out);

#ifdef __cplusplus
}
#endif
#endif
