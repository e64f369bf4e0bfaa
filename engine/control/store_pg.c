/*
 * store_pg.c - the PostgreSQL backend of the store seam (libpq), so several
 * `control serve` processes share one database.  Same schema and contract
 * as store_sqlite.c; each write is one transaction that also appends to
 * audit_log; a new revision locks its instance row (SELECT ... FOR UPDATE)
 * so concurrent writers through different servers serialise; migrations
 * take a transaction-scoped advisory lock.  Built only with libpq
 * (WG_HAVE_LIBPQ); without it open() says so.
 */
#include "control/store.h"

#ifndef WG_HAVE_LIBPQ
static int pg_open(const char *target, wg_store **out)
{
	(void)target;
	*out = NULL;
	return wg_error_set(WG_EINVAL, "--db postgresql://: this wasmgate was built without libpq");
}

const wg_store_ops wg_store_pg = { 1, "postgresql", pg_open, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL };
#else
#include "util/util.h"

#include <libpq-fe.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	wg_store base;
	PGconn *c;
} pg_store;

#define CONN(s) (((pg_store *)(s))->c)
#define MAXP 8

static const char *const migrations[] = {
	/* 1 */
	"CREATE TABLE admins(name TEXT PRIMARY KEY, created_at BIGINT NOT NULL,"
	" created_by TEXT NOT NULL, reason TEXT NOT NULL, removed_at BIGINT);"
	"CREATE TABLE instances(id TEXT PRIMARY KEY, created_at BIGINT NOT NULL,"
	" created_by TEXT NOT NULL, reason TEXT NOT NULL, removed_at BIGINT);"
	"CREATE TABLE tokens(lookup TEXT PRIMARY KEY, hash TEXT NOT NULL,"
	" kind TEXT NOT NULL CHECK(kind IN ('admin','instance')), subject TEXT NOT NULL,"
	" created_at BIGINT NOT NULL, created_by TEXT NOT NULL, revoked_at BIGINT);"
	"CREATE INDEX tokens_subject ON tokens(kind, subject);"
	"CREATE TABLE revisions(instance TEXT NOT NULL REFERENCES instances(id),"
	" revision BIGINT NOT NULL, plugins TEXT NOT NULL, index_version BIGINT NOT NULL,"
	" created_at BIGINT NOT NULL, created_by TEXT NOT NULL, reason TEXT NOT NULL,"
	" PRIMARY KEY(instance, revision));"
	"CREATE TABLE status(instance TEXT PRIMARY KEY REFERENCES instances(id),"
	" revision BIGINT, result TEXT NOT NULL, error TEXT, reported_at BIGINT NOT NULL);"
	"CREATE TABLE audit_log(seq BIGSERIAL PRIMARY KEY, at BIGINT NOT NULL,"
	" admin TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, reason TEXT NOT NULL);",
};
#define NUM_MIGRATIONS ((int)(sizeof(migrations) / sizeof(migrations[0])))

/* run `sql` with params (fmt: 's' text or NULL, 'i' int64); *res kept when wanted */
static int q(PGconn *c, PGresult **res, const char *sql, const char *fmt, ...)
{
	char nums[MAXP][24];
	const char *vals[MAXP];
	int n = 0, rc = WG_OK;
	ExecStatusType st;
	PGresult *r;
	va_list ap;

	va_start(ap, fmt);
	for (const char *f = fmt; *f && n < MAXP; f++, n++) {
		if (*f == 'i') {
			snprintf(nums[n], sizeof(nums[n]), "%lld", va_arg(ap, long long));
			vals[n] = nums[n];
		} else {
			vals[n] = va_arg(ap, const char *);
		}
	}
	va_end(ap);
	if (PQstatus(c) != CONNECTION_OK)
		PQreset(c);   /* the server restarted: one reconnect attempt */
	r = PQexecParams(c, sql, n, NULL, vals, NULL, NULL, 0);
	st = PQresultStatus(r);
	if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
		const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
		if (state && !strcmp(state, "23505"))
			rc = wg_error_set(WG_EEXISTS, "postgresql: already exists");
		else
			rc = wg_error_set(WG_EIO, "postgresql: %s", PQerrorMessage(c));
	}
	if (res && !rc)
		*res = r;
	else
		PQclear(r);
	return rc;
}

static int begin(PGconn *c) { return q(c, NULL, "BEGIN", ""); }
static int finish(PGconn *c, int rc)
{
	if (rc == WG_OK && q(c, NULL, "COMMIT", "") == WG_OK)
		return WG_OK;
	PGresult *r = PQexec(c, "ROLLBACK");
	PQclear(r);
	return rc == WG_OK ? WG_EIO : rc;
}

static int audit(PGconn *c, const wg_store_write *w, const char *action, const char *target)
{
	return q(c, NULL, "INSERT INTO audit_log(at, admin, action, target, reason) VALUES($1,$2,$3,$4,$5)",
		 "issss", w->at, w->admin, action, target, w->reason);
}

/* one integer from the first row; NOTFOUND without rows */
static int one_int(PGconn *c, long long *out, const char *sql, const char *fmt, const char *a)
{
	PGresult *r = NULL;
	int rc = q(c, &r, sql, fmt, a);

	if (rc)
		return rc;
	if (PQntuples(r) == 0)
		rc = WG_STORE_NOTFOUND;
	else
		*out = PQgetisnull(r, 0, 0) ? 0 : strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return rc;
}

static int pg_open(const char *target, wg_store **out)
{
	pg_store *s = wg_calloc(1, sizeof(*s));

	*out = NULL;
	if (!s)
		return WG_ENOMEM;
	s->base.ops = &wg_store_pg;
	s->c = PQconnectdb(target);
	if (!s->c || PQstatus(s->c) != CONNECTION_OK) {
		/* the message, not the URL: it may carry a password */
		int rc = wg_error_set(WG_EIO, "postgresql: cannot connect: %s",
				      s->c ? strtok(PQerrorMessage(s->c), "\n") : "out of memory");
		PQfinish(s->c);
		free(s);
		return rc;
	}
	PQclear(PQexec(s->c, "SET client_min_messages = warning"));
	*out = &s->base;
	return WG_OK;
}

static void pg_close(wg_store *s)
{
	if (!s)
		return;
	PQfinish(CONN(s));
	free(s);
}

static int pg_schema_version(wg_store *s, int *out)
{
	long long v = 0;
	int rc = one_int(CONN(s), &v, "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0"
			 " ELSE (SELECT coalesce(max(version), 0) FROM schema_version) END", "", NULL);

	*out = (int)v;
	return rc == WG_STORE_NOTFOUND ? WG_OK : rc;
}

static int pg_migrate(wg_store *s)
{
	PGconn *c = CONN(s);
	int v = 0, rc = begin(c);

	if (!rc)
		rc = q(c, NULL, "SELECT pg_advisory_xact_lock(7304)", "");
	if (!rc)
		rc = q(c, NULL, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)", "");
	if (!rc)
		rc = pg_schema_version(s, &v);
	if (!rc && v > NUM_MIGRATIONS)
		rc = wg_error_set(WG_EINVAL, "postgresql: schema version %d is newer than this wasmgate (%d)",
				  v, NUM_MIGRATIONS);
	for (int i = v; !rc && i < NUM_MIGRATIONS; i++) {
		PGresult *r = PQexec(c, migrations[i]);
		if (PQresultStatus(r) != PGRES_COMMAND_OK)
			rc = wg_error_set(WG_EIO, "postgresql: migration %d: %s", i + 1, PQerrorMessage(c));
		PQclear(r);
	}
	if (!rc && v < NUM_MIGRATIONS) {
		rc = q(c, NULL, "DELETE FROM schema_version", "");
		if (!rc)
			rc = q(c, NULL, "INSERT INTO schema_version VALUES($1)", "i", (long long)NUM_MIGRATIONS);
	}
	return finish(c, rc);
}

static int pg_ping(wg_store *s)
{
	int v;

	if (PQstatus(CONN(s)) != CONNECTION_OK)
		PQreset(CONN(s));
	return pg_schema_version(s, &v) || v != NUM_MIGRATIONS
		? wg_error_set(WG_EIO, "postgresql: schema not ready") : WG_OK;
}

static int pg_admin_count(wg_store *s, long long *n)
{
	return one_int(CONN(s), n, "SELECT count(*) FROM admins WHERE removed_at IS NULL", "", NULL);
}

static int pg_admin_add(wg_store *s, const char *name, const wg_store_write *w)
{
	PGconn *c = CONN(s);
	int rc = begin(c);

	if (!rc) {
		rc = q(c, NULL, "INSERT INTO admins(name, created_at, created_by, reason) VALUES($1,$2,$3,$4)",
		       "siss", name, w->at, w->admin, w->reason);
		if (rc == WG_EEXISTS)
			wg_error_set(WG_EEXISTS, "admin '%s' exists (or existed)", name);
	}
	if (!rc)
		rc = audit(c, w, "admin.add", name);
	return finish(c, rc);
}

/* UPDATE ... RETURNING 1: NOTFOUND when no row changed */
static int update(PGconn *c, const char *sql, long long at, const char *a)
{
	PGresult *r = NULL;
	int rc = q(c, &r, sql, "is", at, a);

	if (!rc && PQntuples(r) == 0)
		rc = WG_STORE_NOTFOUND;
	PQclear(r);
	return rc;
}

static int pg_admin_remove(wg_store *s, const char *name, const wg_store_write *w)
{
	PGconn *c = CONN(s);
	int rc = begin(c);

	if (!rc)
		rc = update(c, "UPDATE admins SET removed_at=$1 WHERE name=$2 AND removed_at IS NULL RETURNING 1",
			    w->at, name);
	if (!rc)
		rc = q(c, NULL, "UPDATE tokens SET revoked_at=$1 WHERE kind='admin' AND subject=$2"
		       " AND revoked_at IS NULL", "is", w->at, name);
	if (!rc)
		rc = audit(c, w, "admin.remove", name);
	return finish(c, rc);
}

static int token_insert(PGconn *c, const char *lookup, const char *hash, const char *kind,
			const char *subject, const wg_store_write *w)
{
	return q(c, NULL, "INSERT INTO tokens(lookup, hash, kind, subject, created_at, created_by)"
		 " VALUES($1,$2,$3,$4,$5,$6)", "ssssis", lookup, hash, kind, subject, w->at, w->admin);
}

static int pg_token_add(wg_store *s, const char *lookup, const char *hash, const char *kind,
			const char *subject, const wg_store_write *w)
{
	PGconn *c = CONN(s);
	int rc = begin(c);

	if (!rc)
		rc = token_insert(c, lookup, hash, kind, subject, w);
	if (!rc)
		rc = audit(c, w, "token.add", subject);
	return finish(c, rc);
}

static int pg_token_replace(wg_store *s, const char *lookup, const char *hash, const char *kind,
			    const char *subject, const wg_store_write *w)
{
	PGconn *c = CONN(s);
	int rc = begin(c);

	if (!rc)
		rc = q(c, NULL, "UPDATE tokens SET revoked_at=$1 WHERE kind=$2 AND subject=$3"
		       " AND revoked_at IS NULL", "iss", w->at, kind, subject);
	if (!rc)
		rc = token_insert(c, lookup, hash, kind, subject, w);
	if (!rc)
		rc = audit(c, w, "token.rotate", subject);
	return finish(c, rc);
}

static int pg_token_find(wg_store *s, const char *lookup, wg_store_token *out)
{
	PGresult *r = NULL;
	int rc = q(CONN(s), &r, "SELECT hash, kind, subject, revoked_at IS NOT NULL FROM tokens"
		   " WHERE lookup=$1", "s", lookup);

	if (rc)
		return rc;
	if (PQntuples(r) == 0) {
		rc = WG_STORE_NOTFOUND;
	} else {
		snprintf(out->hash, sizeof(out->hash), "%s", PQgetvalue(r, 0, 0));
		snprintf(out->kind, sizeof(out->kind), "%s", PQgetvalue(r, 0, 1));
		snprintf(out->subject, sizeof(out->subject), "%s", PQgetvalue(r, 0, 2));
		out->revoked = PQgetvalue(r, 0, 3)[0] == 't';
	}
	PQclear(r);
	return rc;
}

static int pg_instance_add(wg_store *s, const char *id, const wg_store_write *w)
{
	PGconn *c = CONN(s);
	int rc = begin(c);

	if (!rc) {
		rc = q(c, NULL, "INSERT INTO instances(id, created_at, created_by, reason) VALUES($1,$2,$3,$4)",
		       "siss", id, w->at, w->admin, w->reason);
		if (rc == WG_EEXISTS)
			wg_error_set(WG_EEXISTS, "instance '%s' exists (or existed: ids are never reused)", id);
	}
	if (!rc)
		rc = audit(c, w, "instance.add", id);
	return finish(c, rc);
}

static int pg_instance_remove(wg_store *s, const char *id, const wg_store_write *w)
{
	PGconn *c = CONN(s);
	int rc = begin(c);

	if (!rc)
		rc = update(c, "UPDATE instances SET removed_at=$1 WHERE id=$2 AND removed_at IS NULL RETURNING 1",
			    w->at, id);
	if (!rc)
		rc = q(c, NULL, "UPDATE tokens SET revoked_at=$1 WHERE kind='instance' AND subject=$2"
		       " AND revoked_at IS NULL", "is", w->at, id);
	if (!rc)
		rc = audit(c, w, "instance.remove", id);
	return finish(c, rc);
}

static int pg_instance_exists(wg_store *s, const char *id)
{
	long long n;
	return one_int(CONN(s), &n, "SELECT 1 FROM instances WHERE id=$1 AND removed_at IS NULL", "s", id);
}

static long long num(PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? 0 : strtoll(PQgetvalue(r, row, col), NULL, 10);
}

static int pg_instance_list(wg_store *s, json_t **out)
{
	PGresult *r = NULL;
	int rc = q(CONN(s), &r, "SELECT i.id, i.created_at, i.created_by,"
		   " (SELECT max(revision) FROM revisions r WHERE r.instance=i.id)"
		   " FROM instances i WHERE removed_at IS NULL ORDER BY id", "");
	json_t *a;

	if (rc)
		return rc;
	a = json_array();
	for (int i = 0; a && i < PQntuples(r); i++)
		json_array_append_new(a, json_pack("{s:s, s:I, s:s, s:I}", "id", PQgetvalue(r, i, 0),
			"created", (json_int_t)num(r, i, 1), "created_by", PQgetvalue(r, i, 2),
			"revision", (json_int_t)num(r, i, 3)));
	PQclear(r);
	*out = a;
	return a ? WG_OK : WG_ENOMEM;
}

static int pg_revision_add(wg_store *s, const char *id, const char *plugins, long long index_version,
			   const wg_store_write *w, long long *revision)
{
	PGconn *c = CONN(s);
	long long last = 0;
	int rc = begin(c);

	if (!rc)
		rc = one_int(c, &last, "SELECT 1 FROM instances WHERE id=$1 AND removed_at IS NULL FOR UPDATE",
			     "s", id);
	if (!rc)
		rc = one_int(c, &last, "SELECT coalesce(max(revision), 0) FROM revisions WHERE instance=$1", "s", id);
	if (!rc)
		rc = q(c, NULL, "INSERT INTO revisions(instance, revision, plugins, index_version,"
		       " created_at, created_by, reason) VALUES($1,$2,$3,$4,$5,$6,$7)", "sisiiss",
		       id, last + 1, plugins, index_version, w->at, w->admin, w->reason);
	if (!rc)
		rc = audit(c, w, "plugins.set", id);
	rc = finish(c, rc);
	if (!rc)
		*revision = last + 1;
	return rc;
}

static json_t *revision_row(PGresult *r, int i)
{
	json_t *plugins = json_loads(PQgetvalue(r, i, 1), 0, NULL);

	return json_pack("{s:I, s:o, s:I, s:I, s:s, s:s}", "revision", (json_int_t)num(r, i, 0),
			 "plugins", plugins ? plugins : json_array(), "index_version", (json_int_t)num(r, i, 2),
			 "at", (json_int_t)num(r, i, 3), "by", PQgetvalue(r, i, 4), "reason", PQgetvalue(r, i, 5));
}

#define REV_COLS "SELECT revision, plugins, index_version, created_at, created_by, reason FROM revisions"

static int pg_revision_get(wg_store *s, const char *id, long long revision, json_t **out)
{
	PGresult *r = NULL;
	int rc = revision
		? q(CONN(s), &r, REV_COLS " WHERE instance=$1 AND revision=$2", "si", id, revision)
		: q(CONN(s), &r, REV_COLS " WHERE instance=$1 ORDER BY revision DESC LIMIT 1", "s", id);

	if (rc)
		return rc;
	if (PQntuples(r) == 0)
		rc = WG_STORE_NOTFOUND;
	else if (!(*out = revision_row(r, 0)))
		rc = WG_ENOMEM;
	PQclear(r);
	return rc;
}

static int pg_history(wg_store *s, const char *id, json_t **out)
{
	PGresult *r = NULL;
	int rc = q(CONN(s), &r, REV_COLS " WHERE instance=$1 ORDER BY revision DESC", "s", id);
	json_t *a;

	if (rc)
		return rc;
	a = json_array();
	for (int i = 0; a && i < PQntuples(r); i++)
		json_array_append_new(a, revision_row(r, i));
	PQclear(r);
	*out = a;
	return a ? WG_OK : WG_ENOMEM;
}

static int pg_status_put(wg_store *s, const char *id, long long revision, const char *result,
			 const char *error, long long at)
{
	return q(CONN(s), NULL, "INSERT INTO status(instance, revision, result, error, reported_at)"
		 " VALUES($1,$2,$3,$4,$5) ON CONFLICT(instance) DO UPDATE SET revision=excluded.revision,"
		 " result=excluded.result, error=excluded.error, reported_at=excluded.reported_at",
		 "sissi", id, revision, result, error, at);
}

static int pg_fleet(wg_store *s, json_t **out)
{
	PGresult *r = NULL;
	int rc = q(CONN(s), &r, "SELECT i.id, (SELECT max(revision) FROM revisions r WHERE r.instance=i.id),"
		   " st.revision, st.result, st.error, st.reported_at FROM instances i"
		   " LEFT JOIN status st ON st.instance=i.id WHERE i.removed_at IS NULL ORDER BY i.id", "");
	json_t *a;

	if (rc)
		return rc;
	a = json_array();
	for (int i = 0; a && i < PQntuples(r); i++) {
		int seen = !PQgetisnull(r, i, 3);
		json_t *o = json_pack("{s:s, s:I}", "id", PQgetvalue(r, i, 0), "wanted", (json_int_t)num(r, i, 1));
		json_object_set_new(o, "applied", seen && !PQgetisnull(r, i, 2) ? json_integer(num(r, i, 2)) : json_null());
		json_object_set_new(o, "result", seen ? json_string(PQgetvalue(r, i, 3)) : json_null());
		json_object_set_new(o, "error", !PQgetisnull(r, i, 4) ? json_string(PQgetvalue(r, i, 4)) : json_null());
		json_object_set_new(o, "last_contact", seen ? json_integer(num(r, i, 5)) : json_null());
		json_array_append_new(a, o);
	}
	PQclear(r);
	*out = a;
	return a ? WG_OK : WG_ENOMEM;
}

const wg_store_ops wg_store_pg = {
	1, "postgresql", pg_open, pg_close, pg_migrate, pg_schema_version, pg_ping,
	pg_admin_count, pg_admin_add, pg_admin_remove, pg_token_add, pg_token_find, pg_token_replace,
	pg_instance_add, pg_instance_remove, pg_instance_exists, pg_instance_list,
	pg_revision_add, pg_revision_get, pg_history, pg_status_put, pg_fleet,
};
#endif
