/*
 * main.c - the wasmgate entry point: dispatches to a subcommand
 * (cmd_*.c), prints --version and the command list.
 */
#include "cli/cli.h"
#include "wasmgate/common.h"
#include "wasmgate/text.h"
#include "util/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

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
	{ "build", cmd_build, "build plugin folders (plugin.yml) to .wasm" },
	{ "registry", cmd_registry, "a signed plugin registry (init, publish, verify, ...)" },
	{ "control", cmd_control, "the configuration service (control init, serve)" },
	{ "runtime", cmd_runtime, "install the configured, audited plugins (init), re-verify them (load)" },
};

#define ESC_RING 16
static char *esc_ring[ESC_RING];
static unsigned esc_next;

const char *cli_esc(const char *s)
{
	char **slot = &esc_ring[esc_next++ % ESC_RING];

	free(*slot);
	*slot = wg_text_escape(s ? s : "");
	return *slot ? *slot : "?";
}

void cli_esc_release(void)
{
	for (unsigned i = 0; i < ESC_RING; i++) {
		free(esc_ring[i]);
		esc_ring[i] = NULL;
	}
}

void cli_put_json(const char *json)
{
	for (const char *p = json; *p; p++) {
		if (p[0] == '#' && p[1] == '#' && p[2] == '[')
			fputs("#\\u0023", stdout), p++;
		else
			fputc(*p, stdout);
	}
	fputc('\n', stdout);
}

int cli_print_json(const json_t *j, size_t flags)
{
	char *s = j ? json_dumps(j, flags) : NULL;

	if (!s) {
		cli_error("out of memory writing JSON");
		return -1;
	}
	cli_put_json(s);
	free(s);
	return fflush(stdout) || ferror(stdout) ? -1 : 0;
}

void cli_error(const char *fmt, ...)
{
	char *msg = NULL;
	va_list ap;

	if (fmt) {
		va_start(ap, fmt);
		msg = wg_vasprintf(fmt, ap);
		va_end(ap);
	}
	fprintf(stderr, "wasmgate: %s\n", cli_esc(fmt ? (msg ? msg : "out of memory") : wg_error_last()));
	free(msg);
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
			int rc = commands[i].run(argc - 1, argv + 1);

			cli_esc_release();
			return rc;
		}
	}
	cli_error("unknown command '%s' (see 'wasmgate --help')", argv[1]);
	cli_esc_release();
	return WG_EXIT_ERROR;
}
