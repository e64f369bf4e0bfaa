/*
 * cmd_action.c - 'wasmgate action' (not written yet).
 */
#include "cli/cli.h"

int cmd_action(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'action' is not implemented yet");
	return WG_EXIT_ERROR;
}
