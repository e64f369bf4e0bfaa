/*
 * cmd_runtime.c - 'wasmgate runtime init': install the plugin set the
 * control plane configures for this host (wg_runtime_init), or keep what is
 * installed and print one reason per problem; 'wasmgate runtime load':
 * re-verify the installed generation (wg_runtime_load) and print the
 * verified plugin paths.  Exit 0 installed/unchanged/verified, 1 refused,
 * 2 usage or unreadable input.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/runtime.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
	fprintf(f, "usage: wasmgate runtime init --host host.yml --token-file F [--dir DIR] [--json]\n"
		"       wasmgate runtime load --host host.yml [--dir DIR] [--json]\n\n"
		"init fetches the signed configuration from the control plane, the signed registry\n"
		"index and the plugins it names, verifies them against host.yml and installs\n"
		"them as a new generation (DIR/current).  Any refusal keeps the installed set.\n"
		"load re-verifies the installed generation offline (digests, attestations,\n"
		"compatibility) and prints 'NAME VERSION SHA256 PATH' per plugin; exit 1 with\n"
		"one reason per problem (and no paths) when anything fails.\n");
}

static int read_token(const char *path, char **out)
{
	size_t len = 0;

	if (wg_file_read(path, 4096, out, &len))
		return -1;
	while (len && ((*out)[len - 1] == '\n' || (*out)[len - 1] == '\r' || (*out)[len - 1] == ' '))
		(*out)[--len] = '\0';
	if (!len || strpbrk(*out, "\r\n") || strlen(*out) != len)
		return wg_error_set(WG_EPARSE, "%s: expected one line with the instance token", path);
	return 0;
}

static void print_refusals(const wg_runtime_result *r)
{
	for (size_t i = 0; i < r->num_errors; i++)
		fprintf(stderr, "wasmgate: refused: %s\n", r->errors[i]);
	for (size_t i = 0; i < r->num_plugins; i++)
		for (size_t k = 0; k < r->plugins[i].num_reasons; k++)
			fprintf(stderr, "wasmgate: refused: %s@%s: %s\n", r->plugins[i].name,
				r->plugins[i].version, r->plugins[i].reasons[k]);
}

static void print_text(const wg_runtime_result *r, int rc)
{
	print_refusals(r);
	if (!rc && r->unchanged)
		printf("unchanged: revision %lld in %s\n", r->revision, r->generation ? r->generation : "(none)");
	else if (!rc)
		printf("installed: revision %lld, %zu plugin(s) in %s\n", r->revision, r->num_plugins,
		       r->generation ? r->generation : "(none)");
}

static int runtime_init(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "host", required_argument, NULL, 'H' }, { "token-file", required_argument, NULL, 't' },
		{ "dir", required_argument, NULL, 'd' }, { "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
	};
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result res;
	const char *host_path = NULL, *token_path = NULL;
	wg_host *host = NULL;
	char *token = NULL;
	int c, json = 0, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'H': host_path = optarg; break;
		case 't': token_path = optarg; break;
		case 'd': o.dir = optarg; break;
		case 'j': json = 1; break;
		case 'h': usage(stdout); return WG_EXIT_OK;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (!host_path || !token_path || optind != argc) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (wg_host_load(host_path, &host) || read_token(token_path, &token)) {
		cli_error(NULL);
		wg_host_free(host);
		return WG_EXIT_ERROR;
	}
	o.host = host;
	o.token = token;
	rc = wg_runtime_init(&o, &res);
	if (json) {
		json_t *j = wg_runtime_result_json(&res);

		cli_print_json(j, JSON_INDENT(2) | JSON_SORT_KEYS);
		json_decref(j);
	}
	print_text(&res, rc);
	if (rc && !res.num_errors && !res.num_plugins)
		cli_error(NULL);
	wg_runtime_result_free(&res);
	wg_host_free(host);
	free(token);
	return rc == 0 ? WG_EXIT_OK : rc == WG_EVERIFY ? WG_EXIT_FAIL : WG_EXIT_ERROR;
}

static int runtime_load(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "host", required_argument, NULL, 'H' }, { "dir", required_argument, NULL, 'd' },
		{ "json", no_argument, NULL, 'j' }, { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result res;
	const char *host_path = NULL;
	wg_host *host = NULL;
	int c, json = 0, rc;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'H': host_path = optarg; break;
		case 'd': o.dir = optarg; break;
		case 'j': json = 1; break;
		case 'h': usage(stdout); return WG_EXIT_OK;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (!host_path || optind != argc) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (wg_host_load(host_path, &host)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	o.host = host;
	rc = wg_runtime_load(&o, &res);
	if (json) {
		json_t *j = wg_runtime_result_json(&res);

		cli_print_json(j, JSON_INDENT(2) | JSON_SORT_KEYS);
		json_decref(j);
	}
	print_refusals(&res);
	for (size_t i = 0; !rc && !json && i < res.num_plugins; i++)
		printf("%s %s %s %s\n", res.plugins[i].name, res.plugins[i].version,
		       res.plugins[i].sha256, res.plugins[i].path);
	if (rc && !res.num_errors && !res.num_plugins)
		cli_error(NULL);
	wg_runtime_result_free(&res);
	wg_host_free(host);
	return rc == 0 ? WG_EXIT_OK : rc == WG_EVERIFY ? WG_EXIT_FAIL : WG_EXIT_ERROR;
}

int cmd_runtime(int argc, char **argv)
{
	if (argc >= 2 && !strcmp(argv[1], "init"))
		return runtime_init(argc - 1, argv + 1);
	if (argc >= 2 && !strcmp(argv[1], "load"))
		return runtime_load(argc - 1, argv + 1);
	usage(argc >= 2 && !strcmp(argv[1], "--help") ? stdout : stderr);
	return argc >= 2 && !strcmp(argv[1], "--help") ? WG_EXIT_OK : WG_EXIT_ERROR;
}
