/*
 * test_util_strset.c - the string-pair set behind the baseline diff: it
 * answers membership right (pairs, not concatenations: ("ab","c") is not
 * ("a","bc")), and its work is linear: many module.field pairs shaped
 * like a hostile module's imports (one module, names differing in the last
 * digits; 100k here, a million in integration/large_findings.sh) cost at
 * most a few key comparisons each.  Counted, not timed.
 */
#include "testutil.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>

START_TEST(pairs_are_pairs)
{
	wg_strset s;
	bool added;

	wg_strset_init(&s);
	ck_assert(!wg_strset_has(&s, "a", "b"));
	ck_assert_int_eq(wg_strset_add(&s, "ab", "c", &added), 0);
	ck_assert(added);
	ck_assert_int_eq(wg_strset_add(&s, "ab", "c", &added), 0);
	ck_assert(!added);
	ck_assert(wg_strset_has(&s, "ab", "c"));
	ck_assert(!wg_strset_has(&s, "a", "bc"));
	ck_assert(!wg_strset_has(&s, "abc", ""));
	ck_assert(!wg_strset_has(&s, "c", "ab"));
	ck_assert_int_eq(wg_strset_add(&s, "x", NULL, &added), 0);
	ck_assert(added && wg_strset_has(&s, "x", ""));
	ck_assert_uint_eq(s.count, 2);
	wg_strset_free(&s);
}
END_TEST

START_TEST(many_pairs_linear)
{
	enum { N = 100000 };
	char (*names)[12] = malloc((size_t)N * sizeof(*names));
	wg_strset s;
	bool added;
	size_t found = 0;

	ck_assert_ptr_nonnull(names);
	wg_strset_init(&s);
	for (int i = 0; i < N; i++) {
		snprintf(names[i], sizeof(names[i]), "f%07d", i);
		ck_assert_int_eq(wg_strset_add(&s, "m", names[i], &added), 0);
		ck_assert(added);
	}
	for (int i = 0; i < N; i++)
		found += wg_strset_has(&s, "m", names[i]);
	ck_assert(!wg_strset_has(&s, "m", "f1000000"));
	ck_assert(!wg_strset_has(&s, "n", "f0000001"));
	ck_assert_uint_eq(found, N);
	ck_assert_uint_eq(s.count, N);
	/* 2N operations at load <= 1/2: about 1.5 comparisons per lookup on
	 * average; a quadratic scan would make N^2/2 = 5e9. */
	ck_assert_msg(s.probes <= 8ull * N, "%llu key comparisons for %d pairs",
		      (unsigned long long)s.probes, N);
	wg_strset_free(&s);
	free(names);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("util_strset");
	TCase *tc = tcase_create("strset");

	tcase_set_timeout(tc, 300);   /* valgrind */
	tcase_add_test(tc, pairs_are_pairs);
	tcase_add_test(tc, many_pairs_linear);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
