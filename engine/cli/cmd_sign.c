/*
 * cmd_sign.c - 'wasmgate sign' (not written yet).
 */
#include "cli/cli.h"

int cmd_sign(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'sign' is not implemented yet");
	return WG_EXIT_ERROR;
}
