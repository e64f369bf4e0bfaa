/*
 * test_interp_api.c - wg_interp on bad input (no bytes, garbage, a
 * truncated module, a missing file, a limits struct of another version,
 * NULL arguments): an error code and a message, never a crash; and on a
 * real example plugin built by `wasmgate build` (cxxsum, when the build
 * made it): its exports keep a window of pushed integers on one instance.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/interp.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char add_wat[] =
	"(module (func (export \"add\") (param i32 i32) (result i32)"
	" local.get 0 local.get 1 i32.add))";

START_TEST(bad_bytes)
{
	static const uint8_t garbage[] = "not a wasm module at all";
	static const uint8_t header_only[] = { 0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1 };
	wg_interp *in = (wg_interp *)1;

	ck_assert_int_eq(wg_interp_new(garbage, sizeof(garbage), NULL, &in), WG_EPARSE);
	ck_assert_ptr_null(in);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "malformed"));
	/* decodes, but () -> i32 with an empty body does not validate */
	static const uint8_t invalid[] = { 0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, 1, 0x60, 0, 1, 0x7f,
					   3, 2, 1, 0, 10, 4, 1, 2, 0, 0x0b };

	ck_assert_int_eq(wg_interp_new(invalid, sizeof(invalid), NULL, &in), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "invalid"));
	ck_assert_int_eq(wg_interp_new(header_only, sizeof(header_only), NULL, &in), WG_EPARSE);
	ck_assert_int_eq(wg_interp_new(NULL, 0, NULL, &in), WG_EPARSE);
	ck_assert_int_eq(wg_interp_new(NULL, 10, NULL, &in), WG_EINVAL);
	ck_assert_ptr_null(in);
}
END_TEST

/* Every prefix of a valid module either is a module itself (it ends where a
 * section ends: the header alone is the empty module) or is refused as
 * malformed; the prefix one byte short always is. */
START_TEST(truncated)
{
	char *path = wg_test_wat("add", add_wat);
	char *bytes = NULL;
	size_t len;
	wg_interp *in = NULL;

	ck_assert_int_eq(wg_file_read(path, 0, &bytes, &len), 0);
	for (size_t n = 1; n < len; n++) {
		int rc = wg_interp_new((const uint8_t *)bytes, n, NULL, &in);

		ck_assert_msg(rc == WG_OK ? in != NULL : rc == WG_EPARSE && !in,
			      "prefix %zu: rc %d", n, rc);
		ck_assert_msg(n >= 8 || rc == WG_EPARSE, "prefix %zu: rc %d", n, rc);
		ck_assert_msg(n != len - 1 || rc == WG_EPARSE, "prefix %zu: rc %d", n, rc);
		wg_interp_free(in);
		in = NULL;
	}
	ck_assert_int_eq(wg_interp_new((const uint8_t *)bytes, len, NULL, &in), WG_OK);
	wg_interp_free(in);
	free(bytes);
	free(path);
}
END_TEST

START_TEST(bad_args)
{
	char *path = wg_test_wat("add", add_wat);
	wg_interp_limits v2 = { 2, 0, 0 };
	wg_interp *in = NULL, *in2 = NULL;
	wg_val args[2] = { { WG_VAL_I32, { .i32 = 1 } }, { WG_VAL_I32, { .i32 = 2 } } }, res[1];
	wg_val_type pt[WG_INTERP_MAX_VALUES], rt[WG_INTERP_MAX_VALUES];
	size_t np = 0, nr = 0;

	ck_assert_int_eq(wg_interp_open("/nonexistent/x.wasm", NULL, &in), WG_EIO);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "/nonexistent/x.wasm"));
	ck_assert_int_eq(wg_interp_open(path, &v2, &in), WG_EINVAL);
	ck_assert_int_eq(wg_interp_open(path, NULL, &in), WG_OK);
	ck_assert_int_eq(wg_interp_signature(in, "add", pt, &np, rt, &nr), WG_OK);
	ck_assert(np == 2 && nr == 1 && pt[0] == WG_VAL_I32 && pt[1] == WG_VAL_I32 && rt[0] == WG_VAL_I32);
	ck_assert_int_eq(wg_interp_signature(in, "nope", NULL, NULL, NULL, NULL), WG_EINVAL);
	ck_assert_int_eq(wg_interp_call(NULL, "add", args, 2, res, 1, &nr), WG_EINVAL);
	ck_assert_int_eq(wg_interp_call(in, "add", args, 2, res, 1, NULL), WG_EINVAL);
	ck_assert_int_eq(wg_interp_signature(NULL, "add", pt, &np, rt, &nr), WG_EINVAL);
	ck_assert_int_eq(wg_interp_open(NULL, NULL, &in2), WG_EINVAL);
	ck_assert_int_eq(wg_interp_new(NULL, 0, NULL, NULL), WG_EINVAL);
	ck_assert_int_eq(wg_interp_call(in, NULL, args, 2, res, 1, &nr), WG_EINVAL);
	ck_assert_int_eq(wg_interp_call(in, "add", NULL, 2, res, 1, &nr), WG_EINVAL);
	ck_assert_int_eq(wg_interp_call(in, "add", args, 2, NULL, 1, &nr), WG_EINVAL);
	ck_assert_int_eq(wg_interp_call(in, "add", args, 2, res, 0, &nr), WG_EINVAL);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "returns 1 results, room for 0"));
	ck_assert_int_eq(wg_interp_call(in, "add", args, 2, res, 1, &nr), WG_OK);
	ck_assert(nr == 1 && res[0].type == WG_VAL_I32 && res[0].of.i32 == 3);
	wg_interp_free(in);
	wg_interp_free(NULL);
	ck_assert_str_eq(wg_val_type_name(WG_VAL_F64), "f64");
	free(path);
}
END_TEST

/* examples/plugins/cxxsum: push(x) returns how many values the window of
 * the last 64 holds; total() their sum. */
START_TEST(example_cxxsum)
{
	const char *build = getenv("WG_BUILD");
	char *path = wg_asprintf("%s/examples/cxxsum.wasm", build ? build : ".");
	wg_interp *in = NULL;
	wg_val v, r;
	size_t n;
	int32_t sum = 0;

	if (access(path, R_OK) != 0) {
		fprintf(stderr, "skip example_cxxsum: %s not built\n", path);
		free(path);
		return;
	}
	ck_assert_msg(wg_interp_open(path, NULL, &in) == WG_OK, "%s", wg_error_last());
	v.type = WG_VAL_I32;
	for (int i = 1; i <= 70; i++) {
		v.of.i32 = i;
		ck_assert_int_eq(wg_interp_call(in, "cxxsum_push", &v, 1, &r, 1, &n), WG_OK);
		ck_assert_int_eq(r.of.i32, i < 64 ? i : 64);
		if (i > 70 - 64)
			sum += i;
	}
	ck_assert_int_eq(wg_interp_call(in, "cxxsum_total", NULL, 0, &r, 1, &n), WG_OK);
	ck_assert_int_eq(r.of.i32, sum);   /* 7 + ... + 70 */
	wg_interp_free(in);
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("interp_api");
	TCase *tc = tcase_create("api");

	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, bad_bytes);
	tcase_add_test(tc, truncated);
	tcase_add_test(tc, bad_args);
	tcase_add_test(tc, example_cxxsum);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
