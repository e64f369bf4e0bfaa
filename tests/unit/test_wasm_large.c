/*
 * test_wasm_large.c - large valid modules, generated at test time, read
 * fine and in bounded memory: 100k imports, blocks nested 10k deep, and a
 * ~50 MB module (one big data segment written per the binary format spec).
 * No timing assertions; memory is checked loosely through the peak RSS.
 */
#include "test_wasm_util.h"

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

static Suite *large_suite(void)
{
	Suite *s = suite_create("wasm_large");
	TCase *tc = tcase_create("large");

	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, many_imports);
	tcase_add_test(tc, deep_blocks);
	tcase_add_test(tc, fifty_megabytes);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return wg_test_run(large_suite());
}
