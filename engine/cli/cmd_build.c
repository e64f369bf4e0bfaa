/*
 * cmd_build.c - 'wasmgate build': parse arguments, load every manifest
 * (any error: exit 2 before anything builds), build each plugin x
 * toolchain x variant on -j threads with the library (build.h), print one
 * progress line per build as it finishes, the compiler's output on failure;
 * or print the --matrix JSON.  Thin: the work lives in engine/builder.
 */
#include "cli/cli.h"
#include "wasmgate/build.h"
#include "wasmgate/manifest.h"
#include "util/util.h"

#include <errno.h>
#include <getopt.h>
#include <jansson.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void build_usage(FILE *f)
{
	fprintf(f,
		"usage: wasmgate build [OPTIONS] PLUGIN_DIR...\n"
		"       wasmgate build --matrix [--toolchains T,T] [--changed-since REF] ROOT\n"
		"\n"
		"Build each plugin folder (plugin.yml + sources; docs/plugin-yml.md) to\n"
		"OUT/<name>/<version>/<toolchain>[-<variant>]/<name>.wasm and build.json.\n"
		"\n"
		"  -t, --toolchain T     emscripten, wasi, or all (the plugin's toolchains);\n"
		"                        default: the manifest's toolchain\n"
		"  -V, --variant V       a variant name, 'default' (no variant), or 'all'\n"
		"                        (default: the default build and every variant)\n"
		"  -o, --out DIR         output folder (default: build/plugins)\n"
		"      --cache DIR       build cache (default: .wasmgate-cache)\n"
		"      --no-cache        neither read nor write the cache\n"
		"      --cache-max SIZE  after building, delete the least recently used\n"
		"                        cached modules past SIZE bytes (K, M, G suffixes;\n"
		"                        default: 512M; 0: no limit)\n"
		"  -j, --jobs N          builds at a time (default: 1)\n"
		"      --json            print the results as JSON on stdout\n"
		"  -q, --quiet           no progress lines\n"
		"      --matrix          print the strategy.matrix JSON for ROOT's plugins\n"
		"      --toolchains LIST with --matrix: only these toolchains (comma-separated)\n"
		"      --changed-since REF  with --matrix: only plugins changed since git REF\n"
		"\n"
		"Exit: 0 all built, 2 a manifest, a source or a compiler failed.\n");
}

typedef struct {
	const char *toolchain, *variant, *toolchains, *changed_since;
	bool json, quiet, matrix;
	int jobs;
	uint64_t cache_max;
	wg_build_options o;
	wg_manifest **manifests;  size_t num_manifests;
	wg_build_target *targets; size_t num_targets;
	wg_build_result *results;
	size_t next, done;
	pthread_mutex_t lock;
} cli_build;

/* "N", "NK", "NM", "NG" (binary units) -> bytes */
static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	unsigned shift = 0;

	if (*s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (*end && end[1])
		return -1;
	switch (*end) {
	case '\0': break;
	case 'K': case 'k': shift = 10; break;
	case 'M': case 'm': shift = 20; break;
	case 'G': case 'g': shift = 30; break;
	default: return -1;
	}
	if (errno || v > (UINT64_MAX >> shift))
		return -1;
	*out = (uint64_t)v << shift;
	return 0;
}

static int parse_args(cli_build *b, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "toolchain", required_argument, NULL, 't' }, { "variant", required_argument, NULL, 'V' },
		{ "out", required_argument, NULL, 'o' }, { "cache", required_argument, NULL, 'c' },
		{ "no-cache", no_argument, NULL, 'N' }, { "jobs", required_argument, NULL, 'j' },
		{ "json", no_argument, NULL, 'J' }, { "quiet", no_argument, NULL, 'q' },
		{ "matrix", no_argument, NULL, 'm' }, { "toolchains", required_argument, NULL, 'T' },
		{ "changed-since", required_argument, NULL, 'C' }, { "help", no_argument, NULL, 'h' },
		{ "cache-max", required_argument, NULL, 'M' },
		{ NULL, 0, NULL, 0 },
	};
	char *end;
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "t:V:o:j:qh", opts, NULL)) != -1) {
		switch (c) {
		case 't': b->toolchain = optarg; break;
		case 'V': b->variant = optarg; break;
		case 'o': b->o.out_dir = optarg; break;
		case 'c': b->o.cache_dir = optarg; break;
		case 'N': b->o.cache_dir = NULL; break;
		case 'J': b->json = true; break;
		case 'q': b->quiet = true; break;
		case 'm': b->matrix = true; break;
		case 'T': b->toolchains = optarg; break;
		case 'C': b->changed_since = optarg; break;
		case 'M':
			if (parse_size(optarg, &b->cache_max)) {
				cli_error("--cache-max: '%s' is not a size (N, NK, NM or NG)", optarg);
				return -1;
			}
			break;
		case 'j':
			b->jobs = (int)strtol(optarg, &end, 10);
			if (*end || b->jobs < 1 || b->jobs > 256) {
				cli_error("--jobs: '%s' is not a number from 1 to 256", optarg);
				return -1;
			}
			break;
		case 'h': build_usage(stdout); return 1;
		default: build_usage(stderr); return -1;
		}
	}
	if (optind >= argc) {
		cli_error("build: no plugin folder given (see 'wasmgate build --help')");
		return -1;
	}
	return 0;
}

static int parse_toolchains(const char *list, unsigned *out)
{
	char buf[128], *save = NULL;

	*out = 0;
	snprintf(buf, sizeof(buf), "%s", list);
	for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		int v = wg_toolchain_from_name(t);
		if (v < 0) {
			cli_error("--toolchains: unknown toolchain '%s' (expected emscripten, wasi)", t);
			return -1;
		}
		*out |= 1u << v;
	}
	return 0;
}

static int run_matrix(cli_build *b, int argc, char **argv)
{
	unsigned tcs = 0;
	char *json = NULL;

	if (argc - optind != 1) {
		cli_error("--matrix takes one ROOT folder");
		return WG_EXIT_ERROR;
	}
	if (b->toolchains && parse_toolchains(b->toolchains, &tcs))
		return WG_EXIT_ERROR;
	if (wg_build_matrix(argv[optind], tcs, b->changed_since, &json)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	puts(json);
	free(json);
	return WG_EXIT_OK;
}

static int add_target(cli_build *b, const wg_manifest *m, int t, const wg_variant *v)
{
	wg_build_target *n = realloc(b->targets, (b->num_targets + 1) * sizeof(*n));

	if (!n)
		return -1;
	b->targets = n;
	n[b->num_targets++] = (wg_build_target){ m, (wg_toolchain)t, v };
	return 0;
}

/* The variants of `m` to build: NULL (default) and/or named ones. */
static int add_variants(cli_build *b, const wg_manifest *m, int t)
{
	const char *v = b->variant ? b->variant : "all";
	bool all = !strcmp(v, "all");
	int rc = 0;

	if (all || !strcmp(v, "default"))
		rc = add_target(b, m, t, NULL);
	if (all) {
		for (size_t i = 0; !rc && i < m->num_variants; i++)
			rc = add_target(b, m, t, &m->variants[i]);
	} else if (strcmp(v, "default")) {
		const wg_variant *var = wg_manifest_variant(m, v);
		if (!var) {
			cli_error("%s: unknown variant '%s' (plugin.yml variants)", m->path, v);
			return -1;
		}
		rc = add_target(b, m, t, var);
	}
	return rc;
}

static int add_targets(cli_build *b, const wg_manifest *m)
{
	int want = -1;

	if (b->toolchain && strcmp(b->toolchain, "all")) {
		want = wg_toolchain_from_name(b->toolchain);
		if (want < 0) {
			cli_error("--toolchain: unknown toolchain '%s' (expected emscripten, wasi or all)",
				  b->toolchain);
			return -1;
		}
		if (!(m->toolchains & (1u << want))) {
			cli_error("%s: %s does not build with %s (plugin.yml toolchains)", m->path,
				  m->name, b->toolchain);
			return -1;
		}
	}
	for (int t = 0; t < WG_TOOLCHAIN_COUNT; t++) {
		bool pick = b->toolchain ? (want < 0 ? (m->toolchains >> t) & 1 : t == want)
					 : t == (int)m->toolchain;
		if (pick && add_variants(b, m, t))
			return -1;
	}
	return 0;
}

/* Two targets writing the same output (same name, version, label)? */
static int check_unique(const cli_build *b)
{
	for (size_t i = 0; i < b->num_targets; i++)
		for (size_t k = 0; k < i; k++) {
			const wg_build_target *x = &b->targets[i], *y = &b->targets[k];
			if (!strcmp(x->manifest->name, y->manifest->name) &&
			    !strcmp(x->manifest->version_text, y->manifest->version_text) &&
			    x->toolchain == y->toolchain && !x->variant == !y->variant &&
			    (!x->variant || !strcmp(x->variant->name, y->variant->name))) {
				cli_error("%s and %s both build %s %s %s: give each plugin its own name or version",
					  y->manifest->path, x->manifest->path, x->manifest->name,
					  x->manifest->version_text, wg_toolchain_name(x->toolchain));
				return -1;
			}
		}
	return 0;
}

static void print_result(cli_build *b, const wg_build_target *t, const wg_build_result *r)
{
	if (!b->quiet)
		fprintf(stderr, "[%zu/%zu] %s %s %s ... %s%.1f s%s\n", b->done, b->num_targets,
			t->manifest->name, t->manifest->version_text, r->label ? r->label : "?",
			r->rc ? "FAILED after " : "", r->seconds, r->cached ? " (cached)" : "");
	if (r->rc) {
		cli_error("%s", r->error ? r->error : "build failed");
		if (r->log && *r->log)
			fprintf(stderr, "%s%s", r->log, r->log[strlen(r->log) - 1] == '\n' ? "" : "\n");
	}
}

static void *worker(void *arg)
{
	cli_build *b = arg;

	for (;;) {
		size_t i;
		pthread_mutex_lock(&b->lock);
		i = b->next++;
		pthread_mutex_unlock(&b->lock);
		if (i >= b->num_targets)
			return NULL;
		wg_build_run(&b->targets[i], &b->o, &b->results[i]);
		pthread_mutex_lock(&b->lock);
		b->done++;
		print_result(b, &b->targets[i], &b->results[i]);
		pthread_mutex_unlock(&b->lock);
	}
}

static void print_json(const cli_build *b)
{
	json_t *arr = json_array();

	for (size_t i = 0; arr && i < b->num_targets; i++) {
		const wg_build_result *r = &b->results[i];
		char sha[65] = "";
		if (!r->rc)
			wg_hex(r->sha256, 32, sha);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:s, s:s?, s:s?, s:s?, s:b, s:f, s:s?}",
			"name", b->targets[i].manifest->name, "version", b->targets[i].manifest->version_text,
			"label", r->label ? r->label : "", "wasm", r->wasm_path, "build_json", r->json_path,
			"sha256", r->rc ? NULL : sha, "cached", r->cached, "seconds", r->seconds,
			"error", r->error));
	}
	cli_print_json(arr, JSON_INDENT(2) | JSON_SORT_KEYS);
	json_decref(arr);
}

static int run_builds(cli_build *b)
{
	int n = b->jobs < 1 ? 1 : b->jobs, status = WG_EXIT_OK;
	pthread_t th[256];

	b->results = calloc(b->num_targets ? b->num_targets : 1, sizeof(*b->results));
	if (!b->results)
		return WG_EXIT_ERROR;
	pthread_mutex_init(&b->lock, NULL);
	if ((size_t)n > b->num_targets)
		n = (int)b->num_targets;
	for (int i = 1; i < n; i++)
		if (pthread_create(&th[i], NULL, worker, b))
			n = i;
	worker(b);
	for (int i = 1; i < n; i++)
		pthread_join(th[i], NULL);
	pthread_mutex_destroy(&b->lock);
	for (size_t i = 0; i < b->num_targets; i++)
		if (b->results[i].rc)
			status = WG_EXIT_ERROR;
	if (b->json)
		print_json(b);
	return status;
}

/* Keep the cache within --cache-max; a failure costs only disk space. */
static void prune_cache(const cli_build *b)
{
	wg_build_prune_stats s;

	if (wg_build_cache_prune(b->o.cache_dir, b->cache_max, &s)) {
		cli_error("warning: cache %s not pruned: %s", b->o.cache_dir, wg_error_last());
		wg_error_clear();
	} else if (s.removed && !b->quiet) {
		fprintf(stderr, "cache %s: removed %zu least recently used module(s) (%llu bytes), kept %zu (%llu bytes)\n",
			cli_esc(b->o.cache_dir), s.removed, (unsigned long long)s.removed_bytes, s.kept,
			(unsigned long long)s.kept_bytes);
	}
}

static void release(cli_build *b)
{
	for (size_t i = 0; b->results && i < b->num_targets; i++)
		wg_build_result_clear(&b->results[i]);
	free(b->results);
	free(b->targets);
	for (size_t i = 0; i < b->num_manifests; i++)
		wg_manifest_free(b->manifests[i]);
	free(b->manifests);
}

int cmd_build(int argc, char **argv)
{
	cli_build b = { .jobs = 1, .cache_max = 512ull << 20 };
	int rc, status = WG_EXIT_ERROR;

	b.o.version = 1;
	b.o.out_dir = "build/plugins";
	b.o.cache_dir = ".wasmgate-cache";
	rc = parse_args(&b, argc, argv);
	if (rc)
		return rc > 0 ? WG_EXIT_OK : WG_EXIT_ERROR;
	if (b.matrix)
		return run_matrix(&b, argc, argv);
	b.manifests = calloc((size_t)(argc - optind), sizeof(*b.manifests));
	if (!b.manifests)
		return WG_EXIT_ERROR;
	for (int i = optind; i < argc; i++) {
		if (wg_manifest_load(argv[i], &b.manifests[b.num_manifests])) {
			cli_error(NULL);
			goto out;
		}
		if (add_targets(&b, b.manifests[b.num_manifests++]))
			goto out;
	}
	if (!check_unique(&b))
		status = run_builds(&b);
	if (b.o.cache_dir && b.cache_max)
		prune_cache(&b);
out:
	release(&b);
	return status;
}
