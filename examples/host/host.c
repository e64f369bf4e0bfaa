/*
 * host.c - the example host: what a program embedding wasmgate does at
 * start.  It brings the installed plugin set up to what the control plane
 * configures (wg_runtime_init: signed config, signed index, audited and
 * compatible bytes, atomic install), then runs exports of one installed
 * plugin in wabt's interpreter (wg_interp) and prints their results.
 * Built outside the project against the installed library:
 *
 *     PKG_CONFIG_PATH=PREFIX/lib/pkgconfig make          (see README.md)
 *
 * usage: host --host host.yml --token-file F [--dir DIR] PLUGIN CALL...
 *   CALL is EXPORT or EXPORT:ARG,ARG,...; each argument is read as the
 *   type the export declares (i32, i64: integers; f32, f64: decimals).
 *   The calls share one instance, so state carries from one to the next.
 * Output: one line for init, then "EXPORT(ARGS) = RESULTS" per call.
 * Exit: 0 done, 1 init refused or a call failed, 2 usage or unreadable input.
 */
#include <wasmgate/host.h>
#include <wasmgate/interp.h>
#include <wasmgate/runtime.h>

#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int usage(void)
{
	fprintf(stderr, "usage: host --host host.yml --token-file F [--dir DIR] PLUGIN EXPORT[:ARG,...]...\n");
	return 2;
}

/* The instance token: the file's first line. */
static char *read_token(const char *path)
{
	char buf[4096];
	FILE *f = fopen(path, "r");

	if (!f || !fgets(buf, sizeof(buf), f)) {
		fprintf(stderr, "host: %s: cannot read the token\n", path);
		if (f)
			fclose(f);
		return NULL;
	}
	fclose(f);
	buf[strcspn(buf, "\r\n")] = '\0';
	return strdup(buf);
}

/* Install what the control plane configures; the current generation's path. */
static char *init(const wg_host *host, const char *token, const char *dir)
{
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result r;
	size_t cached = 0;
	char *gen = NULL;
	int rc;

	o.host = host;
	o.token = token;
	o.dir = dir;
	rc = wg_runtime_init(&o, &r);
	for (size_t i = 0; i < r.num_plugins; i++)
		cached += r.plugins[i].cached;
	if (rc == WG_OK && r.unchanged)
		printf("init: unchanged, revision %lld\n", r.revision);
	else if (rc == WG_OK)
		printf("init: installed revision %lld, %zu plugin(s), %zu downloaded, %zu from the cache\n",
		       r.revision, r.num_plugins, r.num_plugins - cached, cached);
	for (size_t i = 0; i < r.num_errors; i++)
		fprintf(stderr, "host: refused: %s\n", r.errors[i]);
	for (size_t i = 0; i < r.num_plugins; i++)
		for (size_t k = 0; k < r.plugins[i].num_reasons; k++)
			fprintf(stderr, "host: refused: %s@%s: %s\n", r.plugins[i].name,
				r.plugins[i].version, r.plugins[i].reasons[k]);
	if (rc != WG_OK)
		fprintf(stderr, "host: init: %s\n", wg_error_last());
	else if (r.generation)
		gen = strdup(r.generation);
	wg_runtime_result_free(&r);
	return gen;
}

/* One argument as the type the export declares. */
static int parse_arg(const char *s, wg_val_type t, wg_val *v)
{
	char *end;

	errno = 0;
	v->type = t;
	switch (t) {
	case WG_VAL_I32: {
		long long x = strtoll(s, &end, 0);
		if (x < INT32_MIN || x > UINT32_MAX)
			return -1;
		v->of.i32 = (int32_t)x;
		break;
	}
	case WG_VAL_I64: v->of.i64 = strtoll(s, &end, 0); break;
	case WG_VAL_F32: v->of.f32 = strtof(s, &end); break;
	case WG_VAL_F64: v->of.f64 = strtod(s, &end); break;
	default: return -1;
	}
	return errno || end == s || *end ? -1 : 0;
}

static void print_val(const wg_val *v)
{
	switch (v->type) {
	case WG_VAL_I32: printf("%" PRId32, v->of.i32); break;
	case WG_VAL_I64: printf("%" PRId64, v->of.i64); break;
	case WG_VAL_F32: printf("%.9g", v->of.f32); break;
	case WG_VAL_F64: printf("%.17g", v->of.f64); break;
	}
}

/* "EXPORT:1,2": parse against the signature, call, print. */
static int run_call(wg_interp *in, char *spec)
{
	wg_val_type pt[WG_INTERP_MAX_VALUES];
	wg_val args[WG_INTERP_MAX_VALUES], res[WG_INTERP_MAX_VALUES];
	size_t np, nargs = 0, nres;
	char *list = strchr(spec, ':'), *save = NULL, *tok;

	if (list)
		*list++ = '\0';
	if (wg_interp_signature(in, spec, pt, &np, NULL, NULL) != WG_OK) {
		fprintf(stderr, "host: %s\n", wg_error_last());
		return 1;
	}
	for (tok = list ? strtok_r(list, ",", &save) : NULL; tok; tok = strtok_r(NULL, ",", &save)) {
		if (nargs == np || parse_arg(tok, pt[nargs], &args[nargs])) {
			fprintf(stderr, "host: %s: argument '%s' is not a %s\n", spec, tok,
				nargs < np ? wg_val_type_name(pt[nargs]) : "parameter it takes");
			return 2;
		}
		nargs++;
	}
	if (wg_interp_call(in, spec, args, nargs, res, WG_INTERP_MAX_VALUES, &nres) != WG_OK) {
		fprintf(stderr, "host: %s\n", wg_error_last());
		return 1;
	}
	printf("%s(", spec);
	for (size_t i = 0; i < nargs; i++) {
		printf(i ? "," : "");
		print_val(&args[i]);
	}
	printf(") =");
	for (size_t i = 0; i < nres; i++) {
		printf(" ");
		print_val(&res[i]);
	}
	printf("\n");
	return 0;
}

/* Run the calls on one instance of GEN/PLUGIN.wasm, within the host's memory limit. */
static int run_plugin(const wg_host *host, const char *gen, const char *plugin, int n, char **calls)
{
	wg_interp_limits lim = WG_INTERP_LIMITS_INIT;
	wg_interp *in = NULL;
	char path[4096];
	int rc = 0;

	if (strchr(plugin, '/') || plugin[0] == '.' ||
	    snprintf(path, sizeof(path), "%s/%s.wasm", gen, plugin) >= (int)sizeof(path)) {
		fprintf(stderr, "host: bad plugin name '%s'\n", plugin);
		return 2;
	}
	lim.max_memory_pages = host->max_memory_pages <= UINT32_MAX ? (uint32_t)host->max_memory_pages : 0;
	if (wg_interp_open(path, &lim, &in) != WG_OK) {
		fprintf(stderr, "host: %s\n", wg_error_last());
		return 1;
	}
	for (int i = 0; i < n && !rc; i++)
		rc = run_call(in, calls[i]);
	wg_interp_free(in);
	return rc;
}

int main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "host", required_argument, NULL, 'H' }, { "token-file", required_argument, NULL, 't' },
		{ "dir", required_argument, NULL, 'd' }, { NULL, 0, NULL, 0 }
	};
	const char *host_path = NULL, *token_path = NULL, *dir = NULL;
	wg_host *host = NULL;
	char *token, *gen;
	int c, rc;

	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'H': host_path = optarg; break;
		case 't': token_path = optarg; break;
		case 'd': dir = optarg; break;
		default: return usage();
		}
	}
	if (!host_path || !token_path || argc - optind < 2)
		return usage();
	if (wg_host_load(host_path, &host) != WG_OK) {
		fprintf(stderr, "host: %s\n", wg_error_last());
		return 2;
	}
	if (!(token = read_token(token_path))) {
		wg_host_free(host);
		return 2;
	}
	gen = init(host, token, dir);
	rc = gen ? run_plugin(host, gen, argv[optind], argc - optind - 1, argv + optind + 1) : 1;
	free(gen);
	free(token);
	wg_host_free(host);
	return rc;
}
