/*
 * cmd_verify.c - 'wasmgate verify' (not written yet).
 */
#include "cli/cli.h"

int cmd_verify(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'verify' is not implemented yet");
	return WG_EXIT_ERROR;
}
