/*
 * store.c - picks the storage backend from a database URL.
 */
#include "control/store.h"

#include <string.h>

int wg_store_open(const char *url, wg_store **out)
{
	*out = NULL;
	if (!url || !*url)
		return wg_error_set(WG_EINVAL, "--db: missing (sqlite:PATH or postgresql://...)");
	if (!strncmp(url, "sqlite:", 7)) {
		if (!url[7])
			return wg_error_set(WG_EINVAL, "--db sqlite: needs a path (sqlite:PATH)");
		return wg_store_sqlite.open(url + 7, out);
	}
	if (!strncmp(url, "postgresql://", 13) || !strncmp(url, "postgres://", 11))
		return wg_store_pg.open(url, out);
	return wg_error_set(WG_EINVAL, "--db '%.40s': unknown database (sqlite:PATH or postgresql://...)", url);
}

void wg_store_close(wg_store *s)
{
	if (s)
		s->ops->close(s);
}
