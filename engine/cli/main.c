/*
 * main.c - the wasmgate entry point: dispatches to a subcommand
 * (cmd_*.c), prints --version and the command list.
 *
 * The audit commands are in this executable.  build, control and runtime
 * need libraries an audit never uses (binaryen; libcurl, libmicrohttpd,
 * SQLite, libpq), so they are executables of their own, wasmgate-<command>
 * (helper_main.c), found beside this one or in ../libexec/wasmgate/ and
 * exec'd with the same arguments: an audit starts without loading them.
 */
#include "cli/cli.h"
#include "wasmgate/common.h"
#include "util/util.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *summary;
} commands[] = {
	{ "audit", cmd_audit, "audit .wasm plugins against YAML rules" },
	{ "rules", cmd_rules, "check a rules file (rules check FILE)" },
	{ "keygen", cmd_keygen, "make an Ed25519 signing key pair (PEM)" },
	{ "sign", cmd_sign, "embed a signature in a .wasm module" },
	{ "verify", cmd_verify, "verify an attestation or an embedded signature" },
	{ "action", cmd_action, "run as the GitHub Docker action (reads INPUT_*)" },
	{ "inspect", cmd_inspect, "print what a .wasm module contains (--json)" },
	{ "build", NULL, "build plugin folders (plugin.yml) to .wasm" },
	{ "registry", cmd_registry, "a signed plugin registry (init, publish, verify, ...)" },
	{ "control", NULL, "the configuration service (control init, serve)" },
	{ "runtime", NULL, "runtime init: install the configured, audited plugins" },
};

/* The path of the executable wasmgate-<cmd>: beside this one, else in its
 * ../libexec/wasmgate/; NULL (errno set) when neither is there. */
char *cli_helper_path(const char *cmd)
{
	char *self = realpath("/proc/self/exe", NULL);
	char *slash = self ? strrchr(self, '/') : NULL;
	const char *where[] = { "%s/wasmgate-%s", "%s/../libexec/wasmgate/wasmgate-%s" };

	if (slash) {
		*slash = '\0';
		for (size_t i = 0; i < sizeof(where) / sizeof(where[0]); i++) {
			char *path = wg_asprintf(where[i], self, cmd);

			if (path && access(path, X_OK) == 0) {
				free(self);
				return path;
			}
			free(path);
		}
		errno = ENOENT;
	}
	free(self);
	return NULL;
}

/* Exec wasmgate-<cmd> with wasmgate's own argv (argv[1] == cmd); returns
 * only on failure, with the exit code. */
static int run_helper(const char *cmd, char **argv)
{
	char *path = cli_helper_path(cmd);

	if (path)
		execv(path, argv);
	cli_error("'wasmgate %s' is not installed here (no executable wasmgate-%s beside wasmgate "
		  "or in its ../libexec/wasmgate): %s", cmd, cmd, strerror(errno));
	free(path);
	return WG_EXIT_ERROR;
}

static void usage(FILE *f)
{
	fprintf(f, "usage: wasmgate [--version] [--help] COMMAND [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(f, "  %-8s %s\n", commands[i].name, commands[i].summary);
	fprintf(f, "\n'wasmgate COMMAND --help' describes a command.\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		cli_version_print(stdout);
		return WG_EXIT_OK;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return WG_EXIT_OK;
	}
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (!strcmp(argv[1], commands[i].name)) {
			int rc = commands[i].run ? commands[i].run(argc - 1, argv + 1)
						 : run_helper(commands[i].name, argv);

			cli_esc_release();
			return rc;
		}
	}
	cli_error("unknown command '%s' (see 'wasmgate --help')", argv[1]);
	cli_esc_release();
	return WG_EXIT_ERROR;
}
