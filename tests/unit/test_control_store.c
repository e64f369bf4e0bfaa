/*
 * test_control_store.c - the storage seam's contract, run against every
 * backend: SQLite (a new file per test) always, and PostgreSQL when
 * $WG_TEST_PG_URL names a database (control_pg.sh starts a throw-away
 * cluster and runs this binary with it).  Names carry a per-test random
 * suffix so tests on one shared database do not meet.  Also the tokens:
 * only hashes stored, revoked tokens and near-misses refused.
 */
#include "testutil.h"
#include "control/control_int.h"
#include "util/util.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

static wg_store *S;
static char sfx[17];

static char *nm(const char *base) { return wg_asprintf("%s-%s", base, sfx); }

static void setup(void)
{
	const char *pg = getenv("WG_TEST_PG_URL");
	char *url = NULL;
	uint8_t r[8];

	randombytes_buf(r, sizeof(r));
	wg_hex(r, sizeof(r), sfx);
	sfx[16] = '\0';
	if (!pg || !*pg)
		url = wg_asprintf("sqlite:%s/store-%s.db", wg_test_tmpdir(), sfx);
	ck_assert_msg(wg_store_open(pg && *pg ? pg : url, &S) == WG_OK, "open: %s", wg_error_last());
	ck_assert_msg(S->ops->migrate(S) == WG_OK, "migrate: %s", wg_error_last());
	free(url);
}

static void teardown(void)
{
	wg_store_close(S);
	S = NULL;
}

static wg_store_write W = { "root", 1000, "test" };

START_TEST(migrate_is_idempotent)
{
	int v = 0;

	ck_assert_int_eq(S->ops->migrate(S), WG_OK);
	ck_assert_int_eq(S->ops->schema_version(S, &v), WG_OK);
	ck_assert_int_eq(v, WG_STORE_SCHEMA_VERSION);
	ck_assert_int_eq(S->ops->ping(S), WG_OK);
}
END_TEST

START_TEST(admins)
{
	char *a = nm("alice");
	long long n0 = -1, n1 = -1;

	ck_assert_int_eq(S->ops->admin_count(S, &n0), WG_OK);
	ck_assert_int_eq(S->ops->admin_add(S, a, &W), WG_OK);
	ck_assert_int_eq(S->ops->admin_count(S, &n1), WG_OK);
	ck_assert_int_eq(n1, n0 + 1);
	ck_assert_int_eq(S->ops->admin_add(S, a, &W), WG_EEXISTS);
	ck_assert_int_eq(S->ops->admin_remove(S, a, &W), WG_OK);
	ck_assert_int_eq(S->ops->admin_remove(S, a, &W), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->admin_count(S, &n1), WG_OK);
	ck_assert_int_eq(n1, n0);
	free(a);
}
END_TEST

START_TEST(tokens)
{
	char *a = nm("bob"), tok[WG_CONTROL_TOKEN_LEN + 1], tok2[WG_CONTROL_TOKEN_LEN + 1];
	wg_store_token who;

	ck_assert_int_eq(S->ops->admin_add(S, a, &W), WG_OK);
	ck_assert_int_eq(ctl_token_issue(S, 'a', a, &W, 0, tok), WG_OK);
	ck_assert_int_eq((int)strlen(tok), WG_CONTROL_TOKEN_LEN);
	ck_assert(!strncmp(tok, "wga_", 4));
	ck_assert_int_eq(ctl_token_check(S, tok, &who), WG_OK);
	ck_assert_str_eq(who.kind, "admin");
	ck_assert_str_eq(who.subject, a);
	ck_assert(strstr(who.hash, tok + 4) == NULL);        /* a hash, not the token */
	tok[WG_CONTROL_TOKEN_LEN - 1] ^= 1;                   /* one bit off */
	ck_assert_int_eq(ctl_token_check(S, tok, &who), WG_STORE_NOTFOUND);
	tok[WG_CONTROL_TOKEN_LEN - 1] ^= 1;
	ck_assert_int_eq(ctl_token_check(S, "", &who), WG_STORE_NOTFOUND);
	ck_assert_int_eq(ctl_token_issue(S, 'a', a, &W, 1, tok2), WG_OK);   /* rotate */
	ck_assert_int_eq(ctl_token_check(S, tok, &who), WG_STORE_NOTFOUND);
	ck_assert_int_eq(ctl_token_check(S, tok2, &who), WG_OK);
	ck_assert_int_eq(S->ops->admin_remove(S, a, &W), WG_OK);          /* revokes */
	ck_assert_int_eq(ctl_token_check(S, tok2, &who), WG_STORE_NOTFOUND);
	free(a);
}
END_TEST

START_TEST(instances)
{
	char *i = nm("edge");
	json_t *list = NULL, *it;
	size_t k;
	int seen = 0;

	ck_assert_int_eq(S->ops->instance_exists(S, i), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->instance_add(S, i, &W), WG_OK);
	ck_assert_int_eq(S->ops->instance_add(S, i, &W), WG_EEXISTS);
	ck_assert_int_eq(S->ops->instance_exists(S, i), WG_OK);
	ck_assert_int_eq(S->ops->instance_list(S, &list), WG_OK);
	json_array_foreach(list, k, it)
		seen += !strcmp(json_string_value(json_object_get(it, "id")), i);
	ck_assert_int_eq(seen, 1);
	json_decref(list);
	ck_assert_int_eq(S->ops->instance_remove(S, i, &W), WG_OK);
	ck_assert_int_eq(S->ops->instance_exists(S, i), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->instance_remove(S, i, &W), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->instance_add(S, i, &W), WG_EEXISTS);      /* never reused */
	free(i);
}
END_TEST

START_TEST(revisions)
{
	char *i = nm("rev");
	json_t *row = NULL, *h = NULL;
	long long r = 0;
	wg_store_write w2 = { "ops", 2000, "second" };

	ck_assert_int_eq(S->ops->instance_add(S, i, &W), WG_OK);
	ck_assert_int_eq(S->ops->revision_get(S, i, 0, &row), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->revision_add(S, "no-such-instance", "[]", 1, &W, &r), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->revision_add(S, i, "[{\"name\":\"a\"}]", 7, &W, &r), WG_OK);
	ck_assert_int_eq(r, 1);
	ck_assert_int_eq(S->ops->revision_add(S, i, "[]", 8, &w2, &r), WG_OK);
	ck_assert_int_eq(r, 2);
	ck_assert_int_eq(S->ops->revision_get(S, i, 0, &row), WG_OK);
	ck_assert_int_eq(json_integer_value(json_object_get(row, "revision")), 2);
	ck_assert_int_eq(json_integer_value(json_object_get(row, "index_version")), 8);
	ck_assert_str_eq(json_string_value(json_object_get(row, "by")), "ops");
	ck_assert_str_eq(json_string_value(json_object_get(row, "reason")), "second");
	ck_assert_int_eq(json_integer_value(json_object_get(row, "at")), 2000);
	json_decref(row);
	ck_assert_int_eq(S->ops->revision_get(S, i, 1, &row), WG_OK);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(row, "plugins"), 0), "name")), "a");
	json_decref(row);
	ck_assert_int_eq(S->ops->revision_get(S, i, 3, &row), WG_STORE_NOTFOUND);
	ck_assert_int_eq(S->ops->history(S, i, &h), WG_OK);
	ck_assert_int_eq(json_array_size(h), 2);
	ck_assert_int_eq(json_integer_value(json_object_get(json_array_get(h, 0), "revision")), 2);
	json_decref(h);
	free(i);
}
END_TEST

START_TEST(fleet_status)
{
	char *i = nm("fleet");
	json_t *f = NULL, *it, *mine = NULL;
	long long r;
	size_t k;

	ck_assert_int_eq(S->ops->instance_add(S, i, &W), WG_OK);
	ck_assert_int_eq(S->ops->revision_add(S, i, "[]", 1, &W, &r), WG_OK);
	ck_assert_int_eq(S->ops->status_put(S, i, 1, "refused", "bad index", 50), WG_OK);
	ck_assert_int_eq(S->ops->status_put(S, i, 1, "applied", NULL, 60), WG_OK);   /* upsert */
	ck_assert_int_eq(S->ops->fleet(S, &f), WG_OK);
	json_array_foreach(f, k, it)
		if (!strcmp(json_string_value(json_object_get(it, "id")), i))
			mine = it;
	ck_assert_ptr_nonnull(mine);
	ck_assert_int_eq(json_integer_value(json_object_get(mine, "wanted")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(mine, "applied")), 1);
	ck_assert_str_eq(json_string_value(json_object_get(mine, "result")), "applied");
	ck_assert(json_is_null(json_object_get(mine, "error")));
	ck_assert_int_eq(json_integer_value(json_object_get(mine, "last_contact")), 60);
	json_decref(f);
	free(i);
}
END_TEST

START_TEST(bad_urls)
{
	wg_store *s = NULL;

	ck_assert_int_eq(wg_store_open("mysql://x", &s), WG_EINVAL);
	ck_assert_int_eq(wg_store_open("sqlite:", &s), WG_EINVAL);
	ck_assert_int_ne(wg_store_open("sqlite:/nonexistent/dir/x.db", &s), WG_OK);
	ck_assert_ptr_null(s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("control_store");
	TCase *tc = tcase_create(getenv("WG_TEST_PG_URL") ? "postgresql" : "sqlite");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, migrate_is_idempotent);
	tcase_add_test(tc, admins);
	tcase_add_test(tc, tokens);
	tcase_add_test(tc, instances);
	tcase_add_test(tc, revisions);
	tcase_add_test(tc, fleet_status);
	tcase_add_test(tc, bad_urls);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
