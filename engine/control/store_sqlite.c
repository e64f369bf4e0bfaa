/*
 * store_sqlite.c - the embedded SQLite backend of the store seam: WAL,
 * foreign keys, a busy timeout, schema migrations recorded in
 * schema_version.  Each write is one BEGIN IMMEDIATE transaction that also
 * appends to audit_log, so a crash loses no committed revision.
 */
#include "control/store.h"
#include "util/util.h"

#include <sqlite3.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	wg_store base;
	sqlite3 *db;
} sq_store;

#define DB(s) (((sq_store *)(s))->db)

static const char *const migrations[] = {
	/* 1 */
	"CREATE TABLE admins(name TEXT PRIMARY KEY, created_at INTEGER NOT NULL,"
	" created_by TEXT NOT NULL, reason TEXT NOT NULL, removed_at INTEGER);"
	"CREATE TABLE instances(id TEXT PRIMARY KEY, created_at INTEGER NOT NULL,"
	" created_by TEXT NOT NULL, reason TEXT NOT NULL, removed_at INTEGER);"
	"CREATE TABLE tokens(lookup TEXT PRIMARY KEY, hash TEXT NOT NULL,"
	" kind TEXT NOT NULL CHECK(kind IN ('admin','instance')), subject TEXT NOT NULL,"
	" created_at INTEGER NOT NULL, created_by TEXT NOT NULL, revoked_at INTEGER);"
	"CREATE INDEX tokens_subject ON tokens(kind, subject);"
	"CREATE TABLE revisions(instance TEXT NOT NULL REFERENCES instances(id),"
	" revision INTEGER NOT NULL, plugins TEXT NOT NULL, index_version INTEGER NOT NULL,"
	" created_at INTEGER NOT NULL, created_by TEXT NOT NULL, reason TEXT NOT NULL,"
	" PRIMARY KEY(instance, revision));"
	"CREATE TABLE status(instance TEXT PRIMARY KEY REFERENCES instances(id),"
	" revision INTEGER, result TEXT NOT NULL, error TEXT, reported_at INTEGER NOT NULL);"
	"CREATE TABLE audit_log(seq INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL,"
	" admin TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL, reason TEXT NOT NULL);",
};
#define NUM_MIGRATIONS ((int)(sizeof(migrations) / sizeof(migrations[0])))

static int sq_err(sqlite3 *db, const char *what)
{
	return wg_error_set(WG_EIO, "sqlite: %s: %s", what, sqlite3_errmsg(db));
}

static int exec(sqlite3 *db, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		int rc = wg_error_set(WG_EIO, "sqlite: %s", msg ? msg : sqlite3_errmsg(db));
		sqlite3_free(msg);
		return rc;
	}
	return WG_OK;
}

/* prepare + bind: fmt chars 's' text, 'i' int64, 'n' NULL-able text */
static int prep(sqlite3 *db, sqlite3_stmt **st, const char *sql, const char *fmt, ...)
{
	va_list ap;
	int i = 1;

	if (sqlite3_prepare_v2(db, sql, -1, st, NULL) != SQLITE_OK)
		return sq_err(db, "prepare");
	va_start(ap, fmt);
	for (const char *f = fmt; *f; f++, i++) {
		if (*f == 'i') {
			sqlite3_bind_int64(*st, i, va_arg(ap, long long));
		} else {
			const char *s = va_arg(ap, const char *);
			if (s)
				sqlite3_bind_text(*st, i, s, -1, SQLITE_TRANSIENT);
			else
				sqlite3_bind_null(*st, i);
		}
	}
	va_end(ap);
	return WG_OK;
}

/* run a statement that returns no rows; *changes = rows changed */
static int run(sqlite3 *db, int *changes, const char *sql, const char *fmt, ...)
{
	sqlite3_stmt *st;
	va_list ap;
	int i = 1, rc;

	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
		return sq_err(db, "prepare");
	va_start(ap, fmt);
	for (const char *f = fmt; *f; f++, i++) {
		if (*f == 'i') {
			sqlite3_bind_int64(st, i, va_arg(ap, long long));
		} else {
			const char *s = va_arg(ap, const char *);
			if (s)
				sqlite3_bind_text(st, i, s, -1, SQLITE_TRANSIENT);
			else
				sqlite3_bind_null(st, i);
		}
	}
	va_end(ap);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return rc == SQLITE_CONSTRAINT ? wg_error_set(WG_EEXISTS, "sqlite: already exists")
					       : sq_err(db, "write");
	if (changes)
		*changes = sqlite3_changes(db);
	return WG_OK;
}

static int begin(sqlite3 *db) { return exec(db, "BEGIN IMMEDIATE"); }
static int finish(sqlite3 *db, int rc)
{
	if (rc == WG_OK && exec(db, "COMMIT") == WG_OK)
		return WG_OK;
	sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
	return rc == WG_OK ? WG_EIO : rc;
}

static int audit(sqlite3 *db, const wg_store_write *w, const char *action, const char *target)
{
	return run(db, NULL, "INSERT INTO audit_log(at, admin, action, target, reason) VALUES(?,?,?,?,?)",
		   "issss", w->at, w->admin, action, target, w->reason);
}

static int sq_open(const char *target, wg_store **out)
{
	sq_store *s = wg_calloc(1, sizeof(*s));

	if (!s)
		return WG_ENOMEM;
	s->base.ops = &wg_store_sqlite;
	if (sqlite3_open_v2(target, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE |
			    SQLITE_OPEN_FULLMUTEX, NULL) != SQLITE_OK) {
		int rc = wg_error_set(WG_EIO, "sqlite: %s: %s", target,
				      s->db ? sqlite3_errmsg(s->db) : "cannot open");
		sqlite3_close(s->db);
		free(s);
		return rc;
	}
	sqlite3_busy_timeout(s->db, 10000);
	if (exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=FULL")) {
		int rc = wg_error_set(WG_EIO, "sqlite: %s: %s", target, wg_error_last());
		sqlite3_close(s->db);
		free(s);
		return rc;
	}
	*out = &s->base;
	return WG_OK;
}

static void sq_close(wg_store *s)
{
	if (!s)
		return;
	sqlite3_close(DB(s));
	free(s);
}

static int sq_schema_version(wg_store *s, int *out)
{
	sqlite3_stmt *st;
	int rc;

	*out = 0;
	if (sqlite3_prepare_v2(DB(s), "SELECT version FROM schema_version", -1, &st, NULL) != SQLITE_OK)
		return WG_OK;   /* no table yet: version 0 */
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? WG_OK : sq_err(DB(s), "schema_version");
}

static int sq_migrate(wg_store *s)
{
	sqlite3 *db = DB(s);
	int v, rc;

	if ((rc = begin(db)))
		return rc;
	rc = exec(db, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER NOT NULL)");
	if (!rc)
		rc = sq_schema_version(s, &v);
	if (!rc && v > NUM_MIGRATIONS)
		rc = wg_error_set(WG_EINVAL, "sqlite: schema version %d is newer than this wasmgate (%d)",
				  v, NUM_MIGRATIONS);
	for (int i = v; !rc && i < NUM_MIGRATIONS; i++)
		rc = exec(db, migrations[i]);
	if (!rc && v < NUM_MIGRATIONS) {
		rc = run(db, NULL, "DELETE FROM schema_version", "");
		if (!rc)
			rc = run(db, NULL, "INSERT INTO schema_version VALUES(?)", "i", (long long)NUM_MIGRATIONS);
	}
	return finish(db, rc);
}

static int sq_ping(wg_store *s)
{
	int v;
	return sq_schema_version(s, &v) || v != NUM_MIGRATIONS
		? wg_error_set(WG_EIO, "sqlite: schema not ready") : WG_OK;
}

/* one integer from a query; NOTFOUND when no row */
static int one_int(sqlite3 *db, long long *out, const char *sql, const char *fmt, const char *a)
{
	sqlite3_stmt *st;
	int rc;

	if (prep(db, &st, sql, fmt, a))
		return WG_EIO;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = sqlite3_column_type(st, 0) == SQLITE_NULL ? 0 : sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return WG_OK;
	return rc == SQLITE_DONE ? WG_STORE_NOTFOUND : sq_err(db, "read");
}

static int sq_admin_count(wg_store *s, long long *n)
{
	return one_int(DB(s), n, "SELECT count(*) FROM admins WHERE removed_at IS NULL", "", NULL);
}

static int sq_admin_add(wg_store *s, const char *name, const wg_store_write *w)
{
	sqlite3 *db = DB(s);
	int rc = begin(db);

	if (rc)
		return rc;
	rc = run(db, NULL, "INSERT INTO admins(name, created_at, created_by, reason) VALUES(?,?,?,?)",
		 "siss", name, w->at, w->admin, w->reason);
	if (rc == WG_EEXISTS)
		wg_error_set(WG_EEXISTS, "admin '%s' exists (or existed)", name);
	if (!rc)
		rc = audit(db, w, "admin.add", name);
	return finish(db, rc);
}

static int sq_admin_remove(wg_store *s, const char *name, const wg_store_write *w)
{
	sqlite3 *db = DB(s);
	int n = 0, rc = begin(db);

	if (rc)
		return rc;
	rc = run(db, &n, "UPDATE admins SET removed_at=? WHERE name=? AND removed_at IS NULL", "is", w->at, name);
	if (!rc && n == 0)
		rc = WG_STORE_NOTFOUND;
	if (!rc)
		rc = run(db, NULL, "UPDATE tokens SET revoked_at=? WHERE kind='admin' AND subject=?"
			 " AND revoked_at IS NULL", "is", w->at, name);
	if (!rc)
		rc = audit(db, w, "admin.remove", name);
	if (rc == WG_STORE_NOTFOUND) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	return finish(db, rc);
}

static int token_insert(sqlite3 *db, const char *lookup, const char *hash, const char *kind,
			const char *subject, const wg_store_write *w)
{
	return run(db, NULL, "INSERT INTO tokens(lookup, hash, kind, subject, created_at, created_by)"
		   " VALUES(?,?,?,?,?,?)", "ssssis", lookup, hash, kind, subject, w->at, w->admin);
}

static int sq_token_add(wg_store *s, const char *lookup, const char *hash, const char *kind,
			const char *subject, const wg_store_write *w)
{
	sqlite3 *db = DB(s);
	int rc = begin(db);

	if (!rc)
		rc = token_insert(db, lookup, hash, kind, subject, w);
	if (!rc)
		rc = audit(db, w, "token.add", subject);
	return rc ? finish(db, rc) : finish(db, WG_OK);
}

static int sq_token_replace(wg_store *s, const char *lookup, const char *hash, const char *kind,
			    const char *subject, const wg_store_write *w)
{
	sqlite3 *db = DB(s);
	int rc = begin(db);

	if (!rc)
		rc = run(db, NULL, "UPDATE tokens SET revoked_at=? WHERE kind=? AND subject=?"
			 " AND revoked_at IS NULL", "iss", w->at, kind, subject);
	if (!rc)
		rc = token_insert(db, lookup, hash, kind, subject, w);
	if (!rc)
		rc = audit(db, w, "token.rotate", subject);
	return finish(db, rc);
}

static int sq_token_find(wg_store *s, const char *lookup, wg_store_token *out)
{
	sqlite3_stmt *st;
	int rc;

	if (prep(DB(s), &st, "SELECT hash, kind, subject, revoked_at IS NOT NULL FROM tokens"
		 " WHERE lookup=?", "s", lookup))
		return WG_EIO;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		snprintf(out->hash, sizeof(out->hash), "%s", (const char *)sqlite3_column_text(st, 0));
		snprintf(out->kind, sizeof(out->kind), "%s", (const char *)sqlite3_column_text(st, 1));
		snprintf(out->subject, sizeof(out->subject), "%s", (const char *)sqlite3_column_text(st, 2));
		out->revoked = sqlite3_column_int(st, 3);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return WG_OK;
	return rc == SQLITE_DONE ? WG_STORE_NOTFOUND : sq_err(DB(s), "token");
}

static int sq_instance_add(wg_store *s, const char *id, const wg_store_write *w)
{
	sqlite3 *db = DB(s);
	int rc = begin(db);

	if (rc)
		return rc;
	rc = run(db, NULL, "INSERT INTO instances(id, created_at, created_by, reason) VALUES(?,?,?,?)",
		 "siss", id, w->at, w->admin, w->reason);
	if (rc == WG_EEXISTS)
		wg_error_set(WG_EEXISTS, "instance '%s' exists (or existed: ids are never reused)", id);
	if (!rc)
		rc = audit(db, w, "instance.add", id);
	return finish(db, rc);
}

static int sq_instance_remove(wg_store *s, const char *id, const wg_store_write *w)
{
	sqlite3 *db = DB(s);
	int n = 0, rc = begin(db);

	if (rc)
		return rc;
	rc = run(db, &n, "UPDATE instances SET removed_at=? WHERE id=? AND removed_at IS NULL", "is", w->at, id);
	if (!rc && n == 0) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return WG_STORE_NOTFOUND;
	}
	if (!rc)
		rc = run(db, NULL, "UPDATE tokens SET revoked_at=? WHERE kind='instance' AND subject=?"
			 " AND revoked_at IS NULL", "is", w->at, id);
	if (!rc)
		rc = audit(db, w, "instance.remove", id);
	return finish(db, rc);
}

static int sq_instance_exists(wg_store *s, const char *id)
{
	long long n;
	return one_int(DB(s), &n, "SELECT 1 FROM instances WHERE id=? AND removed_at IS NULL", "s", id);
}

static int sq_instance_list(wg_store *s, json_t **out)
{
	sqlite3_stmt *st;
	json_t *a = json_array();
	int rc;

	if (!a || prep(DB(s), &st, "SELECT i.id, i.created_at, i.created_by,"
		       " (SELECT max(revision) FROM revisions r WHERE r.instance=i.id)"
		       " FROM instances i WHERE removed_at IS NULL ORDER BY id", "")) {
		json_decref(a);
		return WG_EIO;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(a, json_pack("{s:s, s:I, s:s, s:I}",
			"id", sqlite3_column_text(st, 0), "created", (json_int_t)sqlite3_column_int64(st, 1),
			"created_by", sqlite3_column_text(st, 2), "revision",
			(json_int_t)sqlite3_column_int64(st, 3)));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(a);
		return sq_err(DB(s), "instances");
	}
	*out = a;
	return WG_OK;
}

static int sq_revision_add(wg_store *s, const char *id, const char *plugins, long long index_version,
			   const wg_store_write *w, long long *revision)
{
	sqlite3 *db = DB(s);
	long long last = 0;
	int rc = begin(db);

	if (rc)
		return rc;
	rc = one_int(db, &last, "SELECT 1 FROM instances WHERE id=? AND removed_at IS NULL", "s", id);
	if (!rc)
		rc = one_int(db, &last, "SELECT coalesce(max(revision), 0) FROM revisions WHERE instance=?",
			     "s", id);
	if (!rc)
		rc = run(db, NULL, "INSERT INTO revisions(instance, revision, plugins, index_version,"
			 " created_at, created_by, reason) VALUES(?,?,?,?,?,?,?)", "sisiiss",
			 id, last + 1, plugins, index_version, w->at, w->admin, w->reason);
	if (!rc)
		rc = audit(db, w, "plugins.set", id);
	if (rc == WG_STORE_NOTFOUND) {
		sqlite3_exec(db, "ROLLBACK", NULL, NULL, NULL);
		return rc;
	}
	rc = finish(db, rc);
	if (!rc)
		*revision = last + 1;
	return rc;
}

static json_t *revision_row(sqlite3_stmt *st)
{
	json_t *plugins = json_loads((const char *)sqlite3_column_text(st, 1), 0, NULL);

	return json_pack("{s:I, s:o, s:I, s:I, s:s, s:s}",
			 "revision", (json_int_t)sqlite3_column_int64(st, 0),
			 "plugins", plugins ? plugins : json_array(),
			 "index_version", (json_int_t)sqlite3_column_int64(st, 2),
			 "at", (json_int_t)sqlite3_column_int64(st, 3),
			 "by", sqlite3_column_text(st, 4), "reason", sqlite3_column_text(st, 5));
}

#define REV_COLS "SELECT revision, plugins, index_version, created_at, created_by, reason FROM revisions"

static int sq_revision_get(wg_store *s, const char *id, long long revision, json_t **out)
{
	sqlite3_stmt *st;
	int rc;

	if (revision ? prep(DB(s), &st, REV_COLS " WHERE instance=? AND revision=?", "si", id, revision)
		     : prep(DB(s), &st, REV_COLS " WHERE instance=? ORDER BY revision DESC LIMIT 1", "s", id))
		return WG_EIO;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*out = revision_row(st);
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return *out ? WG_OK : WG_ENOMEM;
	return rc == SQLITE_DONE ? WG_STORE_NOTFOUND : sq_err(DB(s), "revision");
}

static int sq_history(wg_store *s, const char *id, json_t **out)
{
	sqlite3_stmt *st;
	json_t *a = json_array();
	int rc;

	if (!a || prep(DB(s), &st, REV_COLS " WHERE instance=? ORDER BY revision DESC", "s", id)) {
		json_decref(a);
		return WG_EIO;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		json_array_append_new(a, revision_row(st));
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(a);
		return sq_err(DB(s), "history");
	}
	*out = a;
	return WG_OK;
}

static int sq_status_put(wg_store *s, const char *id, long long revision, const char *result,
			 const char *error, long long at)
{
	return run(DB(s), NULL, "INSERT INTO status(instance, revision, result, error, reported_at)"
		   " VALUES(?,?,?,?,?) ON CONFLICT(instance) DO UPDATE SET revision=excluded.revision,"
		   " result=excluded.result, error=excluded.error, reported_at=excluded.reported_at",
		   "sissi", id, revision, result, error, at);
}

static int sq_fleet(wg_store *s, json_t **out)
{
	sqlite3_stmt *st;
	json_t *a = json_array();
	int rc;

	if (!a || prep(DB(s), &st, "SELECT i.id, (SELECT max(revision) FROM revisions r WHERE r.instance=i.id),"
		       " st.revision, st.result, st.error, st.reported_at FROM instances i"
		       " LEFT JOIN status st ON st.instance=i.id WHERE i.removed_at IS NULL ORDER BY i.id", "")) {
		json_decref(a);
		return WG_EIO;
	}
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		json_t *o = json_pack("{s:s, s:I}", "id", sqlite3_column_text(st, 0),
				      "wanted", (json_int_t)sqlite3_column_int64(st, 1));
		int seen = sqlite3_column_type(st, 3) != SQLITE_NULL;
		json_object_set_new(o, "applied", seen && sqlite3_column_type(st, 2) != SQLITE_NULL
				    ? json_integer(sqlite3_column_int64(st, 2)) : json_null());
		json_object_set_new(o, "result", seen ? json_string((const char *)sqlite3_column_text(st, 3)) : json_null());
		json_object_set_new(o, "error", sqlite3_column_type(st, 4) != SQLITE_NULL
				    ? json_string((const char *)sqlite3_column_text(st, 4)) : json_null());
		json_object_set_new(o, "last_contact", seen ? json_integer(sqlite3_column_int64(st, 5)) : json_null());
		json_array_append_new(a, o);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		json_decref(a);
		return sq_err(DB(s), "fleet");
	}
	*out = a;
	return WG_OK;
}

const wg_store_ops wg_store_sqlite = {
	1, "sqlite", sq_open, sq_close, sq_migrate, sq_schema_version, sq_ping,
	sq_admin_count, sq_admin_add, sq_admin_remove, sq_token_add, sq_token_find, sq_token_replace,
	sq_instance_add, sq_instance_remove, sq_instance_exists, sq_instance_list,
	sq_revision_add, sq_revision_get, sq_history, sq_status_put, sq_fleet,
};
