/*
 * test_wasm_malformed.c - bad bytes never crash the reader, never make the
 * call fail, and always give a status, a one-line message and an offset
 * inside the file: empty / bad magic / bad version, every truncation of a
 * multi-section module, sizes and counts that point past the end, an
 * over-long LEB128, broken custom sections (module stays ok), component
 * binaries and the read limits.  Byte arrays follow the binary format spec.
 */
#include "test_wasm_util.h"

static const char multi_wat[] =
	"(module (type (func (param i32) (result i32)))"
	" (import \"env\" \"f\" (func (type 0)))"
	" (memory 1 2) (table 1 funcref) (global i32 (i32.const 1))"
	" (func (type 0) (i32.add (local.get 0) (call 0 (i32.const 2))))"
	" (export \"run\" (func 1)) (export \"memory\" (memory 0))"
	" (elem (i32.const 0) 1) (data (i32.const 0) \"abc\"))";

static void expect_status(const uint8_t *data, size_t len, wg_module_status want)
{
	wg_module *m = module_of_bytes(data, len);

	ck_assert_msg(m->status == want, "status %s, wanted %s (%s)",
		      wg_module_status_name(m->status), wg_module_status_name(want),
		      m->error ? m->error : "");
	if (want != WG_MODULE_OK) {
		ck_assert_ptr_nonnull(m->error);
		ck_assert_ptr_null(strchr(m->error, '\n'));
		ck_assert_uint_gt(strlen(m->error), 0);
		ck_assert_uint_le(m->error_offset, len);
	}
	wg_module_free(m);
}

START_TEST(empty_file)
{
	char *path = wg_test_write("empty.wasm", "", 0);
	wg_module *m = NULL;

	ck_assert_int_eq(wg_module_read_file(path, NULL, &m), 0);
	ck_assert_int_eq(m->status, WG_MODULE_MALFORMED);
	ck_assert_uint_eq(m->error_offset, 0);
	wg_module_free(m);
	free(path);
	expect_status(NULL, 0, WG_MODULE_MALFORMED);
}
END_TEST

START_TEST(bad_magic_and_version)
{
	expect_status((const uint8_t *)"\0asn\1\0\0\0", 8, WG_MODULE_MALFORMED);
	expect_status((const uint8_t *)"\0as", 3, WG_MODULE_MALFORMED);
	expect_status((const uint8_t *)"\0asm\2\0\0\0", 8, WG_MODULE_MALFORMED);
	expect_status((const uint8_t *)"\0asm\1\0", 6, WG_MODULE_MALFORMED);
	expect_status((const uint8_t *)"\0asm\1\0\0\0", 8, WG_MODULE_OK);
}
END_TEST

/* Every prefix that cuts a section is malformed; a prefix that ends on a
 * section boundary may be a valid (smaller) module or not, but never a
 * crash, and its offset stays inside the prefix. */
START_TEST(every_truncation)
{
	bytes_t b = bytes_of_wat("multi", multi_wat);
	size_t bounds[64], nb = section_bounds(&b, bounds, 64);

	ck_assert_uint_ge(nb, 10);
	for (size_t len = 0; len < b.len; len++) {
		wg_module *m = module_of_bytes(b.data, len);
		int boundary = len == 8;

		for (size_t k = 0; k < nb; k++)
			boundary |= bounds[k] == len;
		if (!boundary)
			ck_assert_msg(m->status == WG_MODULE_MALFORMED, "prefix %zu: %s", len,
				      wg_module_status_name(m->status));
		if (m->status != WG_MODULE_OK) {
			ck_assert_ptr_nonnull(m->error);
			ck_assert_uint_le(m->error_offset, len);
		}
		wg_module_free(m);
	}
	expect_status(b.data, b.len, WG_MODULE_OK);
	free(b.data);
}
END_TEST

START_TEST(section_past_end)
{
	/* type section (id 1) claiming 100 bytes, 3 present */
	static const uint8_t d[] = { 0, 'a', 's', 'm', 1, 0, 0, 0, 0x01, 0x64, 0x01, 0x60, 0x00 };

	expect_status(d, sizeof(d), WG_MODULE_MALFORMED);
}
END_TEST

START_TEST(overlong_leb)
{
	/* section size as a 6-byte u32 LEB128: at most 5 bytes are allowed */
	static const uint8_t d[] = { 0, 'a', 's', 'm', 1, 0, 0, 0, 0x01, 0x81, 0x80, 0x80,
				     0x80, 0x80, 0x00, 0x00 };

	expect_status(d, sizeof(d), WG_MODULE_MALFORMED);
}
END_TEST

START_TEST(huge_function_body)
{
	/* type () -> (), one function, a code section whose body claims 4 GiB - 1 */
	static const uint8_t d[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
				     0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
				     0x03, 0x02, 0x01, 0x00,
				     0x0a, 0x07, 0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00 };

	/* over the JS API's 7,654,321-byte bodies: refused before its end is checked */
	expect_status(d, sizeof(d), WG_MODULE_IMPL_LIMIT);
}
END_TEST

START_TEST(huge_counts)
{
	/* 4 billion types / imports / functions declared in a few bytes */
	static const uint8_t types[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
					 0x01, 0x06, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x60 };
	static const uint8_t imports[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
					   0x02, 0x05, 0xfe, 0xff, 0xff, 0xff, 0x0f };
	static const uint8_t funcs[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
					 0x03, 0x06, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00 };

	expect_status(types, sizeof(types), WG_MODULE_MALFORMED);
	expect_status(imports, sizeof(imports), WG_MODULE_MALFORMED);
	expect_status(funcs, sizeof(funcs), WG_MODULE_MALFORMED);
}
END_TEST

START_TEST(broken_name_section)
{
	bytes_t b = bytes_of_wat("brokenname", "(module (func) (func))");
	/* function-names subsection claiming 0x20 bytes with 3 present */
	static const uint8_t names[] = { 0x01, 0x20, 0x01, 0x00, 0x01 };
	wg_module *m;

	append_custom(&b, "name", names, sizeof(names));
	m = module_of_bytes(b.data, b.len);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_ptr_null(m->error);
	ck_assert_uint_eq(m->num_customs, 1);
	ck_assert_str_eq(m->customs[0].name, "name");
	ck_assert_ptr_nonnull(m->customs[0].error);
	ck_assert_uint_eq(m->num_funcs, 2);
	wg_module_free(m);
	free(b.data);
}
END_TEST

START_TEST(broken_custom_then_more)
{
	/* a broken name section followed by another custom section: both read */
	bytes_t b = bytes_of_wat("brokenname2", "(module (func))");
	static const uint8_t names[] = { 0x01, 0x05, 0x09, 0x00 };
	wg_module *m;

	append_custom(&b, "name", names, sizeof(names));
	append_custom(&b, "after", "x", 1);
	m = module_of_bytes(b.data, b.len);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_uint_eq(m->num_customs, 2);
	ck_assert_ptr_nonnull(m->customs[0].error);
	ck_assert_str_eq(m->customs[1].name, "after");
	ck_assert_ptr_null(m->customs[1].error);
	wg_module_free(m);
	free(b.data);
}
END_TEST

START_TEST(component_binary)
{
	static const uint8_t d[] = { 0, 'a', 's', 'm', 0x0d, 0x00, 0x01, 0x00 };
	wg_module *m = module_of_bytes(d, sizeof(d));

	ck_assert_int_eq(m->status, WG_MODULE_COMPONENT);
	ck_assert_ptr_nonnull(strstr(m->error, "component"));
	ck_assert_ptr_nonnull(strstr(m->error, "not a core module"));
	wg_module_free(m);
}
END_TEST

START_TEST(limits)
{
	bytes_t b = bytes_of_wat("limits", multi_wat);
	wg_module_limits lim = { 0 };
	wg_module *m;

	lim.max_module_bytes = b.len - 1;
	ck_assert_int_eq(wg_module_read_mem(b.data, b.len, &lim, &m), 0);
	ck_assert_int_eq(m->status, WG_MODULE_LIMIT);
	ck_assert_ptr_nonnull(strstr(m->error, "max_module_bytes"));
	wg_module_free(m);

	memset(&lim, 0, sizeof(lim));
	lim.max_functions = 0;
	lim.max_function_bytes = 3;     /* the body is longer than 3 bytes */
	ck_assert_int_eq(wg_module_read_mem(b.data, b.len, &lim, &m), 0);
	ck_assert_int_eq(m->status, WG_MODULE_LIMIT);
	ck_assert_ptr_nonnull(strstr(m->error, "max_function_bytes"));
	wg_module_free(m);

	memset(&lim, 0, sizeof(lim));
	lim.max_module_bytes = b.len;
	lim.max_function_bytes = 1000;
	lim.max_functions = 1;          /* exactly at the limit: fine */
	ck_assert_int_eq(wg_module_read_mem(b.data, b.len, &lim, &m), 0);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	wg_module_free(m);
	free(b.data);
}
END_TEST

START_TEST(too_many_functions)
{
	bytes_t b = bytes_of_wat("manyfuncs", "(module (func) (func) (func))");
	wg_module_limits lim = { 0, 2, 0 };
	wg_module *m;

	ck_assert_int_eq(wg_module_read_mem(b.data, b.len, &lim, &m), 0);
	ck_assert_int_eq(m->status, WG_MODULE_LIMIT);
	ck_assert_ptr_nonnull(strstr(m->error, "max_functions"));
	wg_module_free(m);
	free(b.data);
}
END_TEST

START_TEST(missing_file)
{
	wg_module *m = NULL;

	ck_assert_int_eq(wg_module_read_file("/nonexistent/x.wasm", NULL, &m), WG_EIO);
	ck_assert_ptr_null(m);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "/nonexistent/x.wasm"));
}
END_TEST

/* One function () -> () whose body (no locals) is `code`; the code starts
 * at byte 23 (header 8, type section 6, function section 4, code section
 * id, size, count, body size, local count).  Returns the module's size. */
static size_t func_module(const uint8_t *code, size_t n, uint8_t *out)
{
	static const uint8_t head[] = { 0, 'a', 's', 'm', 1, 0, 0, 0,
					0x01, 0x04, 0x01, 0x60, 0x00, 0x00,
					0x03, 0x02, 0x01, 0x00 };

	ck_assert_uint_lt(n, 100);
	memcpy(out, head, sizeof(head));
	out[18] = 0x0a;
	out[19] = (uint8_t)(n + 3);     /* count, body size, local count */
	out[20] = 0x01;
	out[21] = (uint8_t)(n + 1);
	out[22] = 0x00;
	memcpy(out + 23, code, n);
	return 23 + n;
}

/* status, a word of the message and, unless `at` is NO_AT, the
 * instruction at code[at] as error offset (wabt's own validator messages
 * point after the immediates instead) */
#define NO_AT ((size_t)-1)
static void expect_code(const uint8_t *code, size_t n, wg_module_status want, size_t at,
			const char *word)
{
	uint8_t d[128];
	size_t len = func_module(code, n, d);
	wg_module *m = module_of_bytes(d, len);

	ck_assert_msg(m->status == want, "status %s, wanted %s (%s)",
		      wg_module_status_name(m->status), wg_module_status_name(want),
		      m->error ? m->error : "");
	if (want != WG_MODULE_OK) {
		ck_assert_ptr_nonnull(m->error);
		ck_assert_ptr_null(strchr(m->error, '\n'));
		ck_assert_msg(strstr(m->error, word), "\"%s\" lacks \"%s\"", m->error, word);
		if (at != NO_AT)
			ck_assert_uint_eq(m->error_offset, 23 + at);
	}
	wg_module_free(m);
}

/* call_ref (0x14) is wabt 1.0.32's pre-standard draft, whose validator
 * aborts on it after unreachable code (tests/fuzz/regressions/module/):
 * refused as undecodable wherever it is, never handed to wabt. */
START_TEST(call_ref_refused)
{
	static const uint8_t after_unreachable[] = { 0x00, 0x14, 0x0b };
	static const uint8_t after_return[] = { 0x0f, 0x14, 0x0b };
	static const uint8_t after_br[] = { 0x02, 0x40, 0x0c, 0x00, 0x14, 0x0b, 0x0b };
	static const uint8_t empty_stack[] = { 0x14, 0x0b };
	static const uint8_t on_i32[] = { 0x41, 0x00, 0x14, 0x0b };

	expect_code(after_unreachable, 3, WG_MODULE_MALFORMED, 1, "call_ref");
	expect_code(after_return, 3, WG_MODULE_MALFORMED, 1, "call_ref");
	expect_code(after_br, 7, WG_MODULE_MALFORMED, 4, "call_ref");
	expect_code(empty_stack, 2, WG_MODULE_MALFORMED, 0, "call_ref");
	expect_code(on_i32, 4, WG_MODULE_MALFORMED, 2, "call_ref");
}
END_TEST

/* try ... delegate N: N counts the labels outside the try, so inside one
 * try in a function only 0 (the function) is valid.  wabt 1.0.32 adds 1
 * in 32 bits and accepts 0xffffffff. */
START_TEST(delegate_depth)
{
	static const uint8_t to_func[] = { 0x06, 0x40, 0x18, 0x00, 0x0b };
	static const uint8_t too_deep[] = { 0x06, 0x40, 0x18, 0x01, 0x0b };
	static const uint8_t wraps[] = { 0x06, 0x40, 0x18, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x0b };

	expect_code(to_func, 5, WG_MODULE_OK, 0, NULL);
	expect_code(too_deep, 5, WG_MODULE_INVALID, NO_AT, "depth");
	expect_code(wraps, 9, WG_MODULE_INVALID, 2, "depth");
}
END_TEST

/* else / catch / catch_all / delegate with no if / try open: the binary
 * grammar has no place for them (malformed); the message names them. */
START_TEST(block_parts_outside_their_block)
{
	static const uint8_t else_[] = { 0x05, 0x0b };
	static const uint8_t catch_all[] = { 0x19, 0x0b };
	static const uint8_t delegate[] = { 0x18, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x0b };
	static const uint8_t catch_in_block[] = { 0x02, 0x40, 0x19, 0x0b, 0x0b };

	expect_code(else_, 2, WG_MODULE_MALFORMED, 0, "else");
	expect_code(catch_all, 2, WG_MODULE_MALFORMED, 0, "catch_all");
	expect_code(delegate, 7, WG_MODULE_MALFORMED, 0, "delegate");
	expect_code(catch_in_block, 5, WG_MODULE_MALFORMED, 2, "catch_all");
}
END_TEST

/* Flip every byte of a valid module one at a time: whatever the status,
 * no crash, no leak, and a message for every non-ok status. */
START_TEST(byte_flips)
{
	bytes_t b = bytes_of_wat("flips", multi_wat);

	for (size_t i = 8; i < b.len; i++) {
		static const uint8_t vals[] = { 0x00, 0x7f, 0x80, 0xff };
		uint8_t keep = b.data[i];

		for (size_t k = 0; k < sizeof(vals); k++) {
			wg_module *m;

			b.data[i] = vals[k];
			m = module_of_bytes(b.data, b.len);
			if (m->status != WG_MODULE_OK) {
				ck_assert_ptr_nonnull(m->error);
				ck_assert_uint_le(m->error_offset, b.len);
			}
			wg_module_free(m);
		}
		b.data[i] = keep;
	}
	free(b.data);
}
END_TEST

static Suite *malformed_suite(void)
{
	Suite *s = suite_create("wasm_malformed");
	TCase *tc = tcase_create("malformed");

	tcase_add_test(tc, empty_file);
	tcase_add_test(tc, bad_magic_and_version);
	tcase_add_test(tc, every_truncation);
	tcase_add_test(tc, section_past_end);
	tcase_add_test(tc, overlong_leb);
	tcase_add_test(tc, huge_function_body);
	tcase_add_test(tc, huge_counts);
	tcase_add_test(tc, broken_name_section);
	tcase_add_test(tc, broken_custom_then_more);
	tcase_add_test(tc, component_binary);
	tcase_add_test(tc, limits);
	tcase_add_test(tc, too_many_functions);
	tcase_add_test(tc, missing_file);
	tcase_add_test(tc, byte_flips);
	tcase_add_test(tc, call_ref_refused);
	tcase_add_test(tc, delegate_depth);
	tcase_add_test(tc, block_parts_outside_their_block);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return wg_test_run(malformed_suite());
}
