/*
 * cmd_inspect.c - 'wasmgate inspect' (not written yet).
 */
#include "cli/cli.h"

int cmd_inspect(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'inspect' is not implemented yet");
	return WG_EXIT_ERROR;
}
