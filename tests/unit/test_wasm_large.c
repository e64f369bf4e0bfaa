/*
 * test_wasm_large.c - large valid modules, generated at test time, read
 * fine and in bounded memory: 100k imports, blocks nested 10k deep, and a
 * ~50 MB module (one big data segment written per the binary format spec),
 * and the digest of modules either side of the size from which the reader
 * hashes on a second thread, valid or not.  No timing assertions; memory is checked loosely through the peak RSS.
 */
#include "test_wasm_util.h"

#include <stdio.h>
#include <sys/resource.h>

static long peak_rss_kb(void)
{
	struct rusage ru;

	getrusage(RUSAGE_SELF, &ru);
	return ru.ru_maxrss;
}

START_TEST(many_imports)
{
	enum { N = 100000 };
	wg_buf w = WG_BUF_INIT;
	wg_module *m;

	wg_buf_puts(&w, "(module\n");
	for (int i = 0; i < N; i++)
		ck_assert_int_eq(wg_buf_printf(&w, "(import \"env\" \"f%d\" (func))\n", i), 0);
	wg_buf_puts(&w, "(func (export \"run\") (call 99999)))\n");
	m = module_of_wat("imports100k", w.ptr);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_uint_eq(m->num_imports, N);
	ck_assert_uint_eq(m->num_func_imports, N);
	ck_assert_str_eq(m->imports[N - 1].field, "f99999");
	ck_assert_uint_eq(wg_module_opcode(m, "call")->first_func, N);
	wg_module_free(m);
	wg_buf_free(&w);
}
END_TEST

START_TEST(deep_blocks)
{
	enum { DEPTH = 10000 };
	wg_buf w = WG_BUF_INIT;
	wg_module *m;

	wg_buf_puts(&w, "(module (func\n");
	for (int i = 0; i < DEPTH; i++)
		wg_buf_puts(&w, "block\n");
	wg_buf_puts(&w, "nop\n");
	for (int i = 0; i < DEPTH; i++)
		wg_buf_puts(&w, "end\n");
	wg_buf_puts(&w, "))\n");
	m = module_of_wat("deep", w.ptr);
	ck_assert_msg(m->status == WG_MODULE_OK, "%s", m->error ? m->error : "");
	ck_assert_uint_eq(wg_module_opcode(m, "block")->count, DEPTH);
	ck_assert_uint_eq(wg_module_opcode(m, "end")->count, DEPTH + 1);
	wg_module_free(m);
	wg_buf_free(&w);
}
END_TEST

/* memory section: 1 memory of 800 pages; data section: one active segment
 * at i32.const 0 holding `n` bytes. */
static char *write_big_module(size_t n)
{
	static const uint8_t head[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
					0x05, 0x04, 0x01, 0x00, 0xa0, 0x06 };
	wg_buf seg = WG_BUF_INIT, sec = WG_BUF_INIT;
	char *path, *buf = malloc(n);

	ck_assert_ptr_nonnull(buf);
	memset(buf, 0x5a, n);
	put_leb(&seg, 1);
	ck_assert_int_eq(wg_buf_put(&seg, "\x00\x41\x00\x0b", 4), 0);
	put_leb(&seg, (uint32_t)n);
	ck_assert_int_eq(wg_buf_put(&seg, buf, n), 0);
	free(buf);
	ck_assert_int_eq(wg_buf_put(&sec, (const char *)head, sizeof(head)), 0);
	ck_assert_int_eq(wg_buf_put(&sec, "\x0b", 1), 0);
	put_leb(&sec, (uint32_t)seg.len);
	ck_assert_int_eq(wg_buf_put(&sec, seg.ptr, seg.len), 0);
	wg_buf_free(&seg);
	path = wg_test_write("big.wasm", sec.ptr, sec.len);
	wg_buf_free(&sec);
	return path;
}

START_TEST(fifty_megabytes)
{
	size_t n = 50u << 20;
	char *path = write_big_module(n);
	long before = peak_rss_kb();
	wg_module *m;

	ck_assert_int_eq(wg_module_read_file(path, NULL, &m), 0);
	ck_assert_msg(m->status == WG_MODULE_OK, "%s", m->error ? m->error : "");
	ck_assert_uint_gt(m->size, n);
	ck_assert_uint_eq(m->num_data_segments, 1);
	ck_assert_uint_eq(m->memories[0].initial, 800);
	/* the mapped file may be resident once; nothing may copy it twice */
	ck_assert_int_lt(peak_rss_kb() - before, (long)(2 * n / 1024));
	wg_module_free(m);
	free(path);
}
END_TEST

/* The SHA-256 of a file as sha256sum(1) prints it, into out[32]. */
static void sha256sum_of(const char *path, uint8_t out[32])
{
	char cmd[4096], hex[65] = "";
	FILE *p;

	snprintf(cmd, sizeof(cmd), "sha256sum '%s'", path);
	ck_assert_ptr_nonnull(p = popen(cmd, "r"));
	ck_assert_int_eq(fscanf(p, "%64s", hex), 1);
	ck_assert_int_eq(pclose(p), 0);
	for (int i = 0; i < 32; i++)
		ck_assert_int_eq(sscanf(hex + 2 * i, "%2hhx", &out[i]), 1);
}

/* Large and small modules, valid or not, through both entry points: the
 * sha256 field is the file's SHA-256 on every path. */
START_TEST(digest_either_side_of_threshold)
{
	static const struct {
		size_t n;               /* data segment bytes */
		int edit;               /* 0 none, 1 truncate, 2 component, 3 over limit */
		wg_module_status want;
	} cases[] = {
		{ 1u << 20, 0, WG_MODULE_OK },
		{ 3u << 20, 1, WG_MODULE_MALFORMED },
		{ 2u << 20, 2, WG_MODULE_COMPONENT },
		{ 2u << 20, 3, WG_MODULE_LIMIT },
		{ 1000, 0, WG_MODULE_OK },
		{ 1000, 1, WG_MODULE_MALFORMED },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		wg_module_limits lim = { .max_module_bytes = 1u << 20 };
		char *path = write_big_module(cases[i].n), *buf = NULL;
		size_t len = 0;
		uint8_t want[32];
		wg_module *m;

		ck_assert_int_eq(wg_file_read(path, 0, &buf, &len), 0);
		if (cases[i].edit == 1)
			len -= 100;
		if (cases[i].edit == 2)
			memcpy(buf + 4, "\x0d\x00\x01\x00", 4);
		free(path);
		path = wg_test_write("digest.wasm", buf, len);
		sha256sum_of(path, want);
		ck_assert_int_eq(wg_module_read_file(path, cases[i].edit == 3 ? &lim : NULL, &m), 0);
		ck_assert_msg(m->status == cases[i].want, "case %zu: %s", i, m->error ? m->error : "");
		ck_assert_mem_eq(m->sha256, want, 32);
		wg_module_free(m);
		ck_assert_int_eq(wg_module_read_mem((uint8_t *)buf, len,
						    cases[i].edit == 3 ? &lim : NULL, &m), 0);
		ck_assert_int_eq(m->status, cases[i].want);
		ck_assert_uint_eq(m->size, len);
		ck_assert_mem_eq(m->sha256, want, 32);
		wg_module_free(m);
		free(buf);
		free(path);
	}
}
END_TEST

static Suite *large_suite(void)
{
	Suite *s = suite_create("wasm_large");
	TCase *tc = tcase_create("large");

	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, many_imports);
	tcase_add_test(tc, deep_blocks);
	tcase_add_test(tc, fifty_megabytes);
	tcase_add_test(tc, digest_either_side_of_threshold);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return wg_test_run(large_suite());
}
