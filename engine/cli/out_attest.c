/*
 * out_attest.c - the attest output step of an audit run (stub until written).
 */
#include "cli/cli.h"

int cli_attest_write(cli_audit *a)
{
	(void)a;
	return 0;
}
