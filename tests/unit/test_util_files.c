/*
 * test_util_files.c - the file helpers every output goes through: atomic
 * writes (the old file survives a refused write, exclusive mode refuses to
 * overwrite) and output directories made with their parents; SHA-256
 * (nettle) against FIPS 180-2 vectors, one-shot and streamed.
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

/* FIPS 180-2 B.1 and B.2, and one million 'a' (B.3) streamed in odd pieces */
START_TEST(sha256_vectors)
{
	static const char *abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
	static const char *two = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
	static const char *mil = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
	const char *m2 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char *a = malloc(1000000), hex[65];
	uint8_t h[32];
	wg_sha256_ctx *c = wg_sha256_new();

	ck_assert_ptr_nonnull(a);
	ck_assert_ptr_nonnull(c);
	memset(a, 'a', 1000000);
	wg_sha256("abc", 3, h);
	wg_hex(h, 32, hex);
	ck_assert_str_eq(hex, abc);
	wg_sha256(m2, strlen(m2), h);
	wg_hex(h, 32, hex);
	ck_assert_str_eq(hex, two);
	wg_sha256(a, 1000000, h);
	wg_hex(h, 32, hex);
	ck_assert_str_eq(hex, mil);
	for (size_t at = 0, k = 1; at < 1000000; at += k, k = k * 3 + 1)
		wg_sha256_update(c, a + at, at + k > 1000000 ? 1000000 - at : k);
	wg_sha256_final(c, h);
	wg_hex(h, 32, hex);
	ck_assert_str_eq(hex, mil);
	wg_sha256_free(c);
	free(a);
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
	tcase_add_test(tc, sha256_vectors);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
