/*
 * cmd_control.c - 'wasmgate control init|serve': create the control-plane
 * database with its first administrator; run the HTTP server until SIGINT
 * or SIGTERM.  The HTTP API: docs/control-api.md.
 */
#include "cli/cli.h"
#include "cli/control_admin.h"
#include "wasmgate/control.h"
#include "wasmgate/key.h"

#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static volatile int stop_flag;

static void on_signal(int sig)
{
	(void)sig;
	stop_flag = 1;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: wasmgate control init --db URL --admin NAME\n"
		"       wasmgate control routes      (the HTTP route table as JSON)\n"
		"       wasmgate control serve --db URL --listen ADDR:PORT --registry DIR --key CP.key\n"
		"                [--key CP2.key] [--registry-key REG.pub] [--tls-cert C --tls-key K]\n"
		"                [--config-ttl SECONDS]\n\n"
		"URL: sqlite:PATH.  init prints the first admin token once (only its hash is stored).\n"
		"serve signs each instance's configuration with every --key (key rotation).\n\n"
		"Admin commands (over the HTTP API): 'wasmgate control --help'.\n");
}

static int control_init(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' }, { "admin", required_argument, NULL, 'a' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
	};
	const char *db = NULL, *admin = NULL;
	char token[WG_CONTROL_TOKEN_LEN + 1];
	int c;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': db = optarg; break;
		case 'a': admin = optarg; break;
		case 'h': usage(stdout); return WG_EXIT_OK;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (!db || !admin || optind != argc) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (wg_control_init(db, admin, token)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	printf("%s\n", token);
	fprintf(stderr, "wasmgate: admin '%s' created; the token above is shown once: keep it secret\n", admin);
	memset(token, 0, sizeof(token));
	return WG_EXIT_OK;
}

#define MAX_KEYS 8

static int control_serve(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "db", required_argument, NULL, 'd' }, { "listen", required_argument, NULL, 'l' },
		{ "registry", required_argument, NULL, 'r' }, { "key", required_argument, NULL, 'k' },
		{ "registry-key", required_argument, NULL, 'R' }, { "tls-cert", required_argument, NULL, 'c' },
		{ "tls-key", required_argument, NULL, 'K' }, { "config-ttl", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 }
	};
	wg_control_serve_options o = WG_CONTROL_SERVE_OPTIONS_INIT;
	wg_key *keys[MAX_KEYS] = { NULL }, *regkey = NULL;
	const char *key_paths[MAX_KEYS], *regkey_path = NULL;
	size_t nk = 0;
	int c, rc = WG_EXIT_ERROR;
	char *end;

	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'd': o.db_url = optarg; break;
		case 'l': o.listen = optarg; break;
		case 'r': o.registry = optarg; break;
		case 'k':
			if (nk == MAX_KEYS) {
				cli_error("--key: at most %d keys", MAX_KEYS);
				return WG_EXIT_ERROR;
			}
			key_paths[nk++] = optarg;
			break;
		case 'R': regkey_path = optarg; break;
		case 'c': o.tls_cert = optarg; break;
		case 'K': o.tls_key = optarg; break;
		case 't':
			o.config_ttl = strtol(optarg, &end, 10);
			if (*end || o.config_ttl < 60) {
				cli_error("--config-ttl: at least 60 seconds");
				return WG_EXIT_ERROR;
			}
			break;
		case 'h': usage(stdout); return WG_EXIT_OK;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (!o.db_url || !o.listen || !o.registry || !nk || optind != argc) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	for (size_t i = 0; i < nk; i++)
		if (cli_signing_key_load(key_paths[i], &keys[i]) || !keys[i])
			goto out;
	if (regkey_path && wg_key_load_public_file(regkey_path, &regkey)) {
		cli_error(NULL);
		goto out;
	}
	o.keys = (const wg_key *const *)keys;
	o.num_keys = nk;
	o.registry_key = regkey;
	o.stop = &stop_flag;
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	signal(SIGPIPE, SIG_IGN);
	if (wg_control_serve(&o))
		cli_error(NULL);
	else
		rc = WG_EXIT_OK;
out:
	for (size_t i = 0; i < nk; i++)
		wg_key_free(keys[i]);
	wg_key_free(regkey);
	return rc;
}

int cmd_control(int argc, char **argv)
{
	if (argc < 2) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? WG_EXIT_ERROR : WG_EXIT_OK;
	}
	if (!strcmp(argv[1], "init"))
		return control_init(argc - 1, argv + 1);
	if (!strcmp(argv[1], "serve"))
		return control_serve(argc - 1, argv + 1);
	if (!strcmp(argv[1], "routes")) {
		char *j = NULL;
		if (wg_control_routes_json(&j)) {
			cli_error(NULL);
			return WG_EXIT_ERROR;
		}
		printf("%s\n", j);
		free(j);
		return WG_EXIT_OK;
	}
	return cli_control_admin(argc, argv);
}
