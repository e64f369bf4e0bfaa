/*
 * init.c - `control init`: create or migrate the schema and add the first
 * administrator, whose token is returned once.
 */
#include "control/control_int.h"

#include <time.h>

int wg_control_init(const char *db_url, const char *admin, char token[WG_CONTROL_TOKEN_LEN + 1])
{
	wg_store_write w = { admin, (long long)time(NULL), "control init" };
	wg_store *s = NULL;
	long long n = 0;
	int rc;

	if ((rc = wg_control_id_check("--admin", admin)))
		return rc;
	if ((rc = wg_store_open(db_url, &s)))
		return rc;
	rc = s->ops->migrate(s);
	if (!rc)
		rc = s->ops->admin_count(s, &n);
	if (!rc && n > 0)
		rc = wg_error_set(WG_EEXISTS, "the database already has %lld administrator(s); "
				  "they add others (POST /v1/admins)", n);
	if (!rc)
		rc = s->ops->admin_add(s, admin, &w);
	if (!rc)
		rc = ctl_token_issue(s, 'a', admin, &w, 0, token);
	wg_store_close(s);
	return rc;
}
