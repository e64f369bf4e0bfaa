/*
 * cmd_rules.c - 'wasmgate rules' (not written yet).
 */
#include "cli/cli.h"

int cmd_rules(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'rules' is not implemented yet");
	return WG_EXIT_ERROR;
}
