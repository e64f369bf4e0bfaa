/*
 * test_policy_waivers.c - the waiver lifecycle (waiver.h): valid through
 * the end of the expiry day UTC, "expiring" inside the warning window in
 * calendar days whatever the hour, expired from the next day; and the
 * loader refusing a waiver that still holds a template's "<...>" text
 * while loading angle brackets that are no placeholder.
 */
#include "testutil.h"
#include "wasmgate/policy.h"
#include "wasmgate/waiver.h"

#include <check.h>
#include <stdio.h>
#include <string.h>

static wg_waiver waiver_until(const char *day)
{
	wg_waiver w;

	memset(&w, 0, sizeof(w));
	ck_assert_int_eq(wg_date_parse(day, &w.expires), 0);
	memcpy(w.expires_text, day, 11);
	return w;
}

/* seconds since the epoch of DAY at HH:MM:SS UTC */
static time_t at(const char *day, int h, int m, int s)
{
	time_t end;

	ck_assert_int_eq(wg_date_parse(day, &end), 0);
	return end - 86400 + h * 3600 + m * 60 + s;
}

START_TEST(state_boundaries)
{
	wg_waiver w = waiver_until("2027-03-31");
	long left = 99;

	/* its last day, first and last second: still valid, 0 days left */
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-31", 0, 0, 0), 14, &left), WG_WAIVER_EXPIRING);
	ck_assert_int_eq(left, 0);
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-31", 23, 59, 59), 14, &left), WG_WAIVER_EXPIRING);
	ck_assert_int_eq(left, 0);
	/* the next day: expired, one day ago */
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-04-01", 0, 0, 0), 14, &left), WG_WAIVER_EXPIRED);
	ck_assert_int_eq(left, -1);
	/* 14 calendar days before, at any hour: inside the window */
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-17", 0, 0, 0), 14, &left), WG_WAIVER_EXPIRING);
	ck_assert_int_eq(left, 14);
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-17", 23, 0, 0), 14, &left), WG_WAIVER_EXPIRING);
	ck_assert_int_eq(left, 14);
	/* 15 days before: valid */
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-16", 12, 0, 0), 14, &left), WG_WAIVER_VALID);
	ck_assert_int_eq(left, 15);
	/* window 0: only the last day warns; a negative window counts as 0 */
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-30", 12, 0, 0), 0, NULL), WG_WAIVER_VALID);
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2027-03-31", 12, 0, 0), -5, NULL), WG_WAIVER_EXPIRING);
	/* across a leap day */
	w = waiver_until("2028-03-01");
	ck_assert_int_eq(wg_waiver_state_at(&w, at("2028-02-28", 8, 0, 0), 14, &left), WG_WAIVER_EXPIRING);
	ck_assert_int_eq(left, 2);
}
END_TEST

static int load(const char *reason, const char *approver, const char *item)
{
	char doc[512];
	wg_policy *p = NULL;
	int rc;

	snprintf(doc, sizeof(doc), "version: 1\nwaivers:\n  - rule: WG1002\n    item: \"%s\"\n"
		 "    reason: \"%s\"\n    approved_by: \"%s\"\n    expires: 2099-01-01\n",
		 item, reason, approver);
	rc = wg_policy_load_string(doc, strlen(doc), "w.yml", &p);
	wg_policy_free(p);
	return rc;
}

START_TEST(placeholders)
{
	/* the job summary's template text, and placeholders inside a sentence */
	ck_assert_int_eq(load("<why this is acceptable>", "@alice", "env.f"), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "w.yml:5:"));
	ck_assert_int_eq(load("fine", "<reviewer>", "env.f"), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "w.yml:6:"));
	ck_assert_int_eq(load("needed for <TODO>", "@alice", "env.f"), WG_EPARSE);
	ck_assert_int_eq(load("fine", "@alice", "<item>"), WG_EPARSE);
	/* not placeholders: comparisons, C++ names, an item with brackets inside */
	ck_assert_int_eq(load("stays < 4 GiB > 1 MiB", "@alice", "env.f"), WG_OK);
	ck_assert_int_eq(load("uses vector<int>", "@alice", "env.f"), WG_OK);
	ck_assert_int_eq(load("a<b and c>d", "@alice", "env.f"), WG_OK);
	ck_assert_int_eq(load("fine", "@alice", "env.foo<int>"), WG_OK);
	ck_assert_int_eq(load("<>", "@alice", "env.f"), WG_OK);
	ck_assert_int_eq(load("the host provides <host_log>", "@alice", "env.f"), WG_OK);
	ck_assert_int_eq(load("fine", "@sec<img src=x>", "env.f"), WG_OK);
	ck_assert_int_eq(load("</b> closes", "@alice", "env.f"), WG_OK);
	/* prose with an apostrophe, a number, a dot: a placeholder */
	ck_assert_int_eq(load("<why it's ok, v2.0>", "@alice", "env.f"), WG_EPARSE);
	ck_assert_int_eq(load("ok", "@alice", "env.f"), WG_OK);
}
END_TEST

/* audit --waivers: the waivers of one file, every other rule of another. */
START_TEST(swap_waivers)
{
	static const char base[] = "version: 1\nname: base\nmemory: {require_maximum: true}\n"
		"waivers:\n  - {rule: WG1011, item: a, reason: r, approved_by: x, expires: 2020-01-01}\n";
	static const char pr[] = "version: 1\nname: pr\nmemory: {require_maximum: false}\n"
		"waivers:\n  - {rule: WG1011, item: a, reason: r, approved_by: x, expires: 2099-01-01}\n"
		"  - {rule: WG1041, item: b, reason: r, approved_by: x, expires: 2099-01-01}\n";
	wg_policy *p = NULL, *w = NULL;

	ck_assert_int_eq(wg_policy_load_string(base, strlen(base), "base.yml", &p), WG_OK);
	ck_assert_int_eq(wg_policy_load_string(pr, strlen(pr), "pr.yml", &w), WG_OK);
	wg_policy_swap_waivers(p, w);
	ck_assert_uint_eq(p->num_waivers, 2);
	ck_assert_str_eq(p->waivers[0].expires_text, "2099-01-01");
	ck_assert_str_eq(p->waivers[1].item, "b");
	ck_assert_str_eq(p->name, "base");
	ck_assert(p->memory.require_maximum);          /* the base's rule, not the file's */
	ck_assert_uint_eq(w->num_waivers, 1);
	ck_assert_str_eq(w->waivers[0].expires_text, "2020-01-01");
	wg_policy_free(w);
	wg_policy_free(p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("policy_waivers");
	TCase *tc = tcase_create("waivers");

	tcase_add_test(tc, state_boundaries);
	tcase_add_test(tc, placeholders);
	tcase_add_test(tc, swap_waivers);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
