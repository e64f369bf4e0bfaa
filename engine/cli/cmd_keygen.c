/*
 * cmd_keygen.c - 'wasmgate keygen' (not written yet).
 */
#include "cli/cli.h"

int cmd_keygen(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'keygen' is not implemented yet");
	return WG_EXIT_ERROR;
}
