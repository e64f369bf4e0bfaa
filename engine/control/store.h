/*
 * store.h - the storage seam of the control plane: a table of function
 * pointers (as sqlite3_vfs is) that each backend fills.  The service calls
 * only these; both backends (store_sqlite.c, store_pg.c) pass the same
 * Check suite (tests/unit/test_control_store.c).
 *
 * Return values: WG_OK, WG_STORE_NOTFOUND (the instance / token / revision
 * does not exist), WG_EEXISTS (already there), or a negative WG_E* code with
 * wg_error_last() set.  Every write takes a wg_store_write (who, when, why)
 * and appends one row to the audit log in the same transaction.
 */
#ifndef WG_CONTROL_STORE_H
#define WG_CONTROL_STORE_H

#include "wasmgate/common.h"
#include <jansson.h>

#define WG_STORE_NOTFOUND 1
#define WG_STORE_SCHEMA_VERSION 1

typedef struct wg_store wg_store;

typedef struct {
	const char *admin;     /* who */
	long long at;          /* when (Unix seconds) */
	const char *reason;    /* why */
} wg_store_write;

typedef struct {
	char hash[65];         /* hex SHA-256 of the token */
	char kind[16];         /* "admin" | "instance" */
	char subject[65];      /* admin name or instance id */
	int revoked;
} wg_store_token;

typedef struct wg_store_ops {
	int version;
	const char *scheme;    /* "sqlite", "postgresql" */
	int (*open)(const char *target, wg_store **out);
	void (*close)(wg_store *s);
	int (*migrate)(wg_store *s);                 /* create / upgrade the schema */
	int (*schema_version)(wg_store *s, int *out);
	int (*ping)(wg_store *s);

	int (*admin_count)(wg_store *s, long long *n);
	int (*admin_add)(wg_store *s, const char *name, const wg_store_write *w);
	int (*admin_remove)(wg_store *s, const char *name, const wg_store_write *w); /* revokes its tokens */
	int (*token_add)(wg_store *s, const char *lookup, const char *hash, const char *kind,
			 const char *subject, const wg_store_write *w);
	int (*token_find)(wg_store *s, const char *lookup, wg_store_token *out);
	/* revoke every live token of (kind, subject), then add (lookup, hash) */
	int (*token_replace)(wg_store *s, const char *lookup, const char *hash, const char *kind,
			     const char *subject, const wg_store_write *w);

	int (*instance_add)(wg_store *s, const char *id, const wg_store_write *w);
	int (*instance_remove)(wg_store *s, const char *id, const wg_store_write *w);
	int (*instance_exists)(wg_store *s, const char *id);   /* WG_OK or NOTFOUND */
	int (*instance_list)(wg_store *s, json_t **out);        /* [{id, created, created_by}] */

	/* a new revision = last + 1 (or 1), atomically; plugins: JSON array text */
	int (*revision_add)(wg_store *s, const char *id, const char *plugins, long long index_version,
			    const wg_store_write *w, long long *revision);
	/* revision 0: the latest.  {revision, plugins, index_version, at, by, reason} */
	int (*revision_get)(wg_store *s, const char *id, long long revision, json_t **out);
	int (*history)(wg_store *s, const char *id, json_t **out);   /* newest first */

	int (*status_put)(wg_store *s, const char *id, long long revision, const char *result,
			  const char *error, long long at);
	/* [{id, wanted, applied, result, error, last_contact}] */
	int (*fleet)(wg_store *s, json_t **out);
} wg_store_ops;

/* Every backend's handle begins with this. */
struct wg_store {
	const wg_store_ops *ops;
};

extern const wg_store_ops wg_store_sqlite;
extern const wg_store_ops wg_store_pg;   /* its open() fails without libpq */

/* Open `url` ("sqlite:PATH" or "postgresql://..." / "postgres://...") with its backend. */
int wg_store_open(const char *url, wg_store **out);
void wg_store_close(wg_store *s);

#endif
