/*
 * out_sarif.c - the sarif output step of an audit run (stub until written).
 */
#include "cli/cli.h"

int cli_sarif_write(cli_audit *a)
{
	(void)a;
	return 0;
}
