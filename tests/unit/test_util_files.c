/*
 * test_util_files.c - the file helpers every output goes through: atomic
 * writes (the old file survives a refused write, exclusive mode refuses to
 * overwrite) and output directories made with their parents.
 */
#include "testutil.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *tmp(const char *rel)
{
	return wg_asprintf("%s/%s", wg_test_tmpdir(), rel);
}

static bool is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

START_TEST(dir_create_nested)
{
	char *deep = tmp("a/b/c/"), *c = tmp("a/b/c");

	ck_assert_int_eq(wg_dir_create(deep, 0755), 0);
	ck_assert(is_dir(c));
	ck_assert_int_eq(wg_dir_create(c, 0755), 0);   /* exists: fine */
	free(deep);
	free(c);
}
END_TEST

START_TEST(dir_create_file_in_the_way)
{
	char *file = wg_test_write("plain", "x", 1), *below = tmp("plain/sub");

	ck_assert_int_eq(wg_dir_create(below, 0755), WG_EIO);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "plain"));
	ck_assert(!is_dir(below));
	free(file);
	free(below);
}
END_TEST

START_TEST(dir_create_parent_of_file)
{
	char *f = tmp("out/x/report.sarif"), *d = tmp("out/x");

	ck_assert_int_eq(wg_dir_create_parent(f, 0755), 0);
	ck_assert(is_dir(d));
	ck_assert_int_eq(access(f, F_OK), -1);          /* the file itself is not made */
	ck_assert_int_eq(wg_dir_create_parent("bare-name", 0755), 0);
	ck_assert_int_eq(wg_dir_create("", 0755), 0);
	free(f);
	free(d);
}
END_TEST

START_TEST(write_atomic_exclusive_keeps_old)
{
	char *f = tmp("keep.txt"), *text = NULL;
	size_t len;

	ck_assert_int_eq(wg_file_write_atomic(f, "good\n", 5, 0644, 1), 0);
	ck_assert_int_eq(wg_file_write_atomic(f, "evil\n", 5, 0644, 1), WG_EEXISTS);
	ck_assert_int_eq(wg_file_read(f, 0, &text, &len), 0);
	ck_assert_str_eq(text, "good\n");
	free(text);
	ck_assert_int_eq(wg_file_write_atomic(f, "new\n", 4, 0600, 0), 0);
	ck_assert_int_eq(wg_file_read(f, 0, &text, &len), 0);
	ck_assert_str_eq(text, "new\n");
	free(text);
	free(f);
}
END_TEST

START_TEST(write_atomic_missing_dir)
{
	char *f = tmp("nowhere/x.txt");

	ck_assert_int_eq(wg_file_write_atomic(f, "x", 1, 0644, 0), WG_EIO);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "nowhere/x.txt"));
	free(f);
}
END_TEST

/* Confined (the action): outputs whose directory resolves outside the
 * roots are refused before anything is made; a symlink at the final
 * component is never written through, confined or not. */
START_TEST(write_confined_to_roots)
{
	char *ws = tmp("ws"), *out = tmp("outside"), *link = tmp("ws/results");
	char *flink = tmp("ws/link.sarif"), *target = tmp("outside/stolen.sarif");
	char *ok = tmp("ws/sub/dir/ok.sarif"), *through = tmp("ws/results/x.sarif");
	char *dotdot = tmp("ws/sub/../../outside/y.sarif"), *made = tmp("outside/made");
	const char *roots[1];

	ck_assert_int_eq(wg_dir_create(ws, 0755), 0);
	ck_assert_int_eq(wg_dir_create(out, 0755), 0);
	ck_assert_int_eq(symlink(out, link), 0);
	ck_assert_int_eq(symlink(target, flink), 0);
	ck_assert_int_eq(wg_file_write_atomic(flink, "x", 1, 0644, 0), WG_EIO);   /* not confined */
	ck_assert_int_ne(access(target, F_OK), 0);
	roots[0] = ws;
	ck_assert_int_eq(wg_file_confine(roots, 1), 0);
	ck_assert_int_eq(wg_dir_create_parent(ok, 0755), 0);
	ck_assert_int_eq(wg_file_write_atomic(ok, "x", 1, 0644, 0), 0);
	ck_assert_int_eq(wg_file_write_atomic(through, "x", 1, 0644, 0), WG_EIO);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "outside the workspace"));
	ck_assert_int_eq(wg_dir_create(made, 0755), WG_EIO);
	ck_assert_int_eq(wg_dir_create_parent(dotdot, 0755), WG_EIO);
	ck_assert_int_eq(wg_file_write_atomic(dotdot, "x", 1, 0644, 0), WG_EIO);
	ck_assert_int_eq(wg_file_write_atomic(flink, "x", 1, 0644, 0), WG_EIO);
	ck_assert(!is_dir(made));
	ck_assert_int_ne(access(target, F_OK), 0);
	ck_assert_int_eq(wg_file_confine(NULL, 0), 0);
	free(ws), free(out), free(link), free(flink), free(target), free(ok), free(through);
	free(dotdot), free(made);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("util_files");
	TCase *tc = tcase_create("files");

	tcase_add_test(tc, dir_create_nested);
	tcase_add_test(tc, dir_create_file_in_the_way);
	tcase_add_test(tc, dir_create_parent_of_file);
	tcase_add_test(tc, write_atomic_exclusive_keeps_old);
	tcase_add_test(tc, write_atomic_missing_dir);
	tcase_add_test(tc, write_confined_to_roots);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
