/*
 * cmd_audit.c - 'wasmgate audit' (not written yet).
 */
#include "cli/cli.h"

int cmd_audit(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'audit' is not implemented yet");
	return WG_EXIT_ERROR;
}
