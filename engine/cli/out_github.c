/*
 * out_github.c - the github output step of an audit run (stub until written).
 */
#include "cli/cli.h"

int cli_github_write(cli_audit *a)
{
	(void)a;
	return 0;
}
