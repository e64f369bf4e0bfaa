/*
 * helper_main.c - the entry point of wasmgate-build, wasmgate-control and
 * wasmgate-runtime (one executable per command that needs libraries an
 * audit does not: main.c execs them).  Compiled once per command with
 * WG_HELPER_CMD (its name) and WG_HELPER_FN (its cmd_<name> function).
 * argv is wasmgate's: argv[1] is the command's name.
 */
#include "cli/cli.h"

#include <string.h>

int main(int argc, char **argv)
{
	int rc;

	if (argc < 2 || strcmp(argv[1], WG_HELPER_CMD)) {
		cli_error("this is a part of wasmgate: run 'wasmgate %s ...'", WG_HELPER_CMD);
		return WG_EXIT_ERROR;
	}
	rc = WG_HELPER_FN(argc - 1, argv + 1);
	cli_esc_release();
	return rc;
}
