/*
 * store_pg.c - the PostgreSQL backend of the store seam (libpq).  Not yet
 * implemented: open() says so, and postgresql:// URLs are refused.
 */
#include "control/store.h"

static int pg_open(const char *target, wg_store **out)
{
	(void)target;
	*out = NULL;
	return wg_error_set(WG_EINVAL, "--db postgresql://: this build has no PostgreSQL backend yet");
}

const wg_store_ops wg_store_pg = { 1, "postgresql", pg_open, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
