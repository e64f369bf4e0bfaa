/*
 * test_wasm_fastval.c - the fast path's function-body validator
 * (engine/wasm/fastval.c):
 *   - data-driven: every tests/fixtures/fastval/ case (a .wat), built with
 *     wat2wasm --enable-all --no-check, gets the verdict its first line
 *     states (from the spec), and the fast path's read reports every fact
 *     exactly as wabt's read does;
 *   - hostile bytes built here (LEB128 too long or with unused bits,
 *     truncated bodies, unknown opcodes, instructions after the end, deep
 *     nesting, huge local and br_table counts): the fast path never
 *     accepts them, and the reads agree (wabt's message and offset);
 *   - bodies split across threads report the same facts as one thread;
 *   - the WG_FASTPATH switch and wg_module_set_fastpath().
 */
#include "test_wasm_same.h"
#include "test_wasm_util.h"
#include "wasm/fastval.h"
#include "wasm/reader.h"

#include <dirent.h>
#include <stdio.h>

#define MAX_CASES 256

static char *cases[MAX_CASES];
static size_t num_cases;

static void find_cases(void)
{
	char *dir = wg_asprintf("%s/tests/fixtures/fastval", wg_test_src());
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d) {
		fprintf(stderr, "cannot open %s\n", dir);
		exit(EXIT_FAILURE);
	}
	while ((e = readdir(d)) && num_cases < MAX_CASES) {
		size_t n = strlen(e->d_name);

		if (n > 4 && !strcmp(e->d_name + n - 4, ".wat"))
			cases[num_cases++] = wg_strndup(e->d_name, n - 4);
	}
	closedir(d);
	free(dir);
}

/* The case's ";; expect:" word. */
static char *expectation(const char *path)
{
	char *text = NULL, *p, *word;
	size_t len = 0;

	ck_assert_int_eq(wg_file_read(path, 0, &text, &len), 0);
	p = strstr(text, ";; expect: ");
	ck_assert_msg(p == text, "%s: the first line must be ';; expect: valid|invalid'", path);
	p += strlen(";; expect: ");
	word = wg_strndup(p, strcspn(p, " \r\n"));
	free(text);
	return word;
}

static bytes_t build(const char *name)
{
	const char *w2w = getenv("WAT2WASM");
	char *wat = wg_asprintf("%s/tests/fixtures/fastval/%s.wat", wg_test_src(), name);
	char *wasm = wg_asprintf("%s/fastval_%s.wasm", wg_test_tmpdir(), name);
	char *cmd = wg_asprintf("'%s' --enable-all --no-check '%s' -o '%s'",
				w2w ? w2w : "wat2wasm", wat, wasm);
	char *buf = NULL;
	size_t len = 0;

	ck_assert_msg(system(cmd) == 0, "wat2wasm failed on %s", wat);
	ck_assert_int_eq(wg_file_read(wasm, 0, &buf, &len), 0);
	free(cmd);
	free(wasm);
	free(wat);
	return (bytes_t){ (uint8_t *)buf, len };
}

START_TEST(fixtures_found)
{
	ck_assert_uint_gt(num_cases, 10);
}
END_TEST

START_TEST(fixture_case)
{
	const char *name = cases[_i];
	char *path = wg_asprintf("%s/tests/fixtures/fastval/%s.wat", wg_test_src(), name);
	char *want = expectation(path);
	bytes_t b = build(name);
	int verdict = wg_wasm_fast_verdict(b.data, b.len), status = -1;
	const char *why = fast_vs_wabt(b.data, b.len, &status);

	ck_assert_msg(why == NULL, "%s: fast path and wabt differ: %s", name, why);
	if (!strcmp(want, "valid")) {
		ck_assert_msg(verdict == WG_FV_OK, "%s: fast path verdict %d, want accepted", name,
			      verdict);
		ck_assert_msg(status == WG_MODULE_OK, "%s: status %d", name, status);
	} else {
		ck_assert_str_eq(want, "invalid");
		ck_assert_msg(verdict == WG_FV_REJECT, "%s: fast path verdict %d, want rejected",
			      name, verdict);
		/* wabt's decoder reports some validation errors itself (a load
		 * without a memory): malformed then */
		ck_assert_msg(status == WG_MODULE_INVALID || status == WG_MODULE_MALFORMED,
			      "%s: status %d", name, status);
	}
	free(b.data);
	free(want);
	free(path);
}
END_TEST

/* ---- modules built from bytes ---- */

typedef struct {
	uint8_t *p;
	size_t len, cap;
} buf_t;

static void put(buf_t *b, const void *data, size_t n)
{
	if (b->len + n > b->cap) {
		b->cap = (b->len + n) * 2 + 64;
		b->p = realloc(b->p, b->cap);
		ck_assert_ptr_nonnull(b->p);
	}
	memcpy(b->p + b->len, data, n);
	b->len += n;
}

static void put_uleb(buf_t *b, uint32_t v)
{
	do {
		uint8_t c = v & 0x7f;

		v >>= 7;
		put(b, &(uint8_t){ (uint8_t)(c | (v ? 0x80 : 0)) }, 1);
	} while (v);
}

/* A module with one memory, type () -> (i32) and one function whose
 * body (local declarations, instructions, end) is `body`. */
static bytes_t module_with_body(const uint8_t *body, size_t n)
{
	static const uint8_t head[] = {
		0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
		0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f,       /* type () -> (i32) */
		0x03, 0x02, 0x01, 0x00,                         /* func 0: type 0 */
		0x05, 0x03, 0x01, 0x00, 0x01,                   /* memory 1 */
	};
	buf_t b = { 0 }, code = { 0 };

	put(&b, head, sizeof(head));
	put_uleb(&code, 1);
	put_uleb(&code, (uint32_t)n);
	put(&code, body, n);
	put(&b, &(uint8_t){ 0x0a }, 1);
	put_uleb(&b, (uint32_t)code.len);
	put(&b, code.p, code.len);
	free(code.p);
	return (bytes_t){ b.p, b.len };
}

/* The fast path refuses `body`, and both reads say the same. */
static void refused(const char *what, const uint8_t *body, size_t n, int want_status)
{
	bytes_t m = module_with_body(body, n);
	int verdict = wg_wasm_fast_verdict(m.data, m.len), status = -1;
	const char *why = fast_vs_wabt(m.data, m.len, &status);

	ck_assert_msg(verdict != WG_FV_OK, "%s: accepted by the fast path", what);
	ck_assert_msg(why == NULL, "%s: fast path and wabt differ: %s", what, why);
	ck_assert_msg(status == want_status, "%s: status %d, want %d", what, status, want_status);
	free(m.data);
}

START_TEST(control_sample_accepted)
{
	/* the builder itself: (i32.const 7) end is valid and accepted */
	static const uint8_t body[] = { 0x00, 0x41, 0x07, 0x0b };
	bytes_t m = module_with_body(body, sizeof(body));

	ck_assert_int_eq(wg_wasm_fast_verdict(m.data, m.len), WG_FV_OK);
	free(m.data);
}
END_TEST

START_TEST(hostile_leb)
{
	/* local.get with a 6-byte index; with the 5th byte's unused bits set */
	static const uint8_t too_long[] = { 0x01, 0x01, 0x7f, 0x20, 0x80, 0x80, 0x80, 0x80, 0x80,
					    0x00, 0x0b };
	static const uint8_t unused_bits[] = { 0x01, 0x01, 0x7f, 0x20, 0x80, 0x80, 0x80, 0x80,
					       0x10, 0x0b };
	/* i32.const whose 5th byte is not a sign extension; i64.const 11 bytes */
	static const uint8_t s32_bad[] = { 0x00, 0x41, 0xff, 0xff, 0xff, 0xff, 0x4f, 0x0b };
	static const uint8_t s64_long[] = { 0x00, 0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
					    0x80, 0x80, 0x80, 0x00, 0x1a, 0x41, 0x00, 0x0b };
	/* a LEB that runs into the end of the body */
	static const uint8_t cut[] = { 0x00, 0x41, 0x80 };

	refused("u32 LEB128 of 6 bytes", too_long, sizeof(too_long), WG_MODULE_MALFORMED);
	refused("u32 LEB128 with unused bits", unused_bits, sizeof(unused_bits),
		WG_MODULE_MALFORMED);
	refused("s32 LEB128 with bad sign bits", s32_bad, sizeof(s32_bad), WG_MODULE_MALFORMED);
	refused("s64 LEB128 of 11 bytes", s64_long, sizeof(s64_long), WG_MODULE_MALFORMED);
	refused("LEB128 cut by the body's end", cut, sizeof(cut), WG_MODULE_MALFORMED);
}
END_TEST

START_TEST(hostile_structure)
{
	static const uint8_t no_end[] = { 0x00, 0x41, 0x01 };
	static const uint8_t after_end[] = { 0x00, 0x41, 0x01, 0x0b, 0x01, 0x0b };
	static const uint8_t bad_op[] = { 0x00, 0xff, 0x0b };
	static const uint8_t bad_fc[] = { 0x00, 0xfc, 0x7f, 0x0b };
	static const uint8_t bad_fd[] = { 0x00, 0xfd, 0xff, 0x03, 0x0b };
	static const uint8_t gc_prefix[] = { 0x00, 0xfb, 0x00, 0x0b };
	static const uint8_t else_alone[] = { 0x00, 0x41, 0x01, 0x05, 0x0b };
	static const uint8_t end_extra[] = { 0x00, 0x41, 0x01, 0x0b, 0x0b };
	static const uint8_t huge_br_table[] = { 0x00, 0x41, 0x00, 0x0e, 0xff, 0xff, 0xff, 0xff,
						 0x0f, 0x00, 0x0b };
	static const uint8_t huge_locals[] = { 0x01, 0xff, 0xff, 0xff, 0x7f, 0x7f, 0x41, 0x00,
					       0x0b };
	static const uint8_t shuffle_cut[] = { 0x00, 0xfd, 0x0d, 0x00, 0x01 };
	static const uint8_t block_type_bad[] = { 0x00, 0x02, 0x05, 0x0b, 0x41, 0x00, 0x0b };

	refused("no end", no_end, sizeof(no_end), WG_MODULE_MALFORMED);
	refused("instruction after the end", after_end, sizeof(after_end), WG_MODULE_MALFORMED);
	refused("opcode 0xff", bad_op, sizeof(bad_op), WG_MODULE_MALFORMED);
	refused("opcode 0xfc 0x7f", bad_fc, sizeof(bad_fc), WG_MODULE_MALFORMED);
	refused("opcode 0xfd 0x1ff", bad_fd, sizeof(bad_fd), WG_MODULE_MALFORMED);
	refused("GC prefix", gc_prefix, sizeof(gc_prefix), WG_MODULE_MALFORMED);
	refused("else without if", else_alone, sizeof(else_alone), WG_MODULE_MALFORMED);
	refused("end after the function's end", end_extra, sizeof(end_extra),
		WG_MODULE_MALFORMED);
	refused("br_table of 2^32-1 targets", huge_br_table, sizeof(huge_br_table),
		WG_MODULE_MALFORMED);
	refused("2^28-1 locals", huge_locals, sizeof(huge_locals), WG_MODULE_IMPL_LIMIT);
	refused("shuffle cut short", shuffle_cut, sizeof(shuffle_cut), WG_MODULE_MALFORMED);
	refused("block type past the types", block_type_bad, sizeof(block_type_bad),
		WG_MODULE_INVALID);
}
END_TEST

/* `depth` nested blocks around (i32.const 0): WG_IMPL_MAX_NESTING is
 * accepted, one more is the implementation limit in both reads. */
static bytes_t nested(uint32_t depth)
{
	buf_t body = { 0 };
	bytes_t m;

	put(&body, &(uint8_t){ 0x00 }, 1);
	for (uint32_t i = 0; i < depth; i++)
		put(&body, (const uint8_t[]){ 0x02, 0x40 }, 2);
	for (uint32_t i = 0; i < depth; i++)
		put(&body, &(uint8_t){ 0x0b }, 1);
	put(&body, (const uint8_t[]){ 0x41, 0x00, 0x0b }, 3);
	m = module_with_body(body.p, body.len);
	free(body.p);
	return m;
}

START_TEST(nesting_limit)
{
	bytes_t ok = nested(WG_IMPL_MAX_NESTING), over = nested(WG_IMPL_MAX_NESTING + 1);
	int status = -1;
	const char *why;

	ck_assert_int_eq(wg_wasm_fast_verdict(ok.data, ok.len), WG_FV_OK);
	why = fast_vs_wabt(ok.data, ok.len, &status);
	ck_assert_msg(why == NULL, "%s", why);
	ck_assert_int_eq(status, WG_MODULE_OK);
	ck_assert_int_eq(wg_wasm_fast_verdict(over.data, over.len), WG_FV_REJECT);
	why = fast_vs_wabt(over.data, over.len, &status);
	ck_assert_msg(why == NULL, "%s", why);
	ck_assert_int_eq(status, WG_MODULE_IMPL_LIMIT);
	free(ok.data);
	free(over.data);
}
END_TEST

/* Many local groups: the bisection finds each group's type. */
START_TEST(local_groups)
{
	buf_t body = { 0 };
	bytes_t m;
	const uint32_t groups = 1000;

	put_uleb(&body, groups);
	for (uint32_t g = 0; g < groups; g++) {
		put_uleb(&body, 3);
		put(&body, &(uint8_t){ g % 2 ? 0x7e : 0x7f }, 1);
	}
	for (uint32_t g = 0; g < groups; g += 97) {     /* i64.eqz (local.get i64) */
		put(&body, &(uint8_t){ 0x20 }, 1);
		put_uleb(&body, g * 3 + (g % 2 ? 2 : 0));
		put(&body, (const uint8_t[]){ g % 2 ? 0x50 : 0x45, 0x1a }, 2);
	}
	put(&body, (const uint8_t[]){ 0x20, 0x00, 0x0b }, 3);  /* local 0: i32 */
	m = module_with_body(body.p, body.len);
	ck_assert_int_eq(wg_wasm_fast_verdict(m.data, m.len), WG_FV_OK);
	ck_assert_ptr_null(fast_vs_wabt(m.data, m.len, NULL));
	free(m.data);
	/* the same with the last get naming an i64 local: invalid */
	body.len -= 3;
	put(&body, (const uint8_t[]){ 0x20, 0x03, 0x0b }, 3);
	m = module_with_body(body.p, body.len);
	ck_assert_int_eq(wg_wasm_fast_verdict(m.data, m.len), WG_FV_REJECT);
	ck_assert_ptr_null(fast_vs_wabt(m.data, m.len, NULL));
	free(m.data);
	free(body.p);
}
END_TEST

/* `n` functions () -> (i32) of about 600 bytes each; function 3n/4 is the
 * first to use f32.neg, function n-2 the first to use SIMD. */
static bytes_t many_functions(uint32_t n)
{
	static const uint8_t head[] = { 0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
					0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7f };
	buf_t b = { 0 }, funcs = { 0 }, code = { 0 }, body = { 0 };

	put(&b, head, sizeof(head));
	put_uleb(&funcs, n);
	for (uint32_t i = 0; i < n; i++)
		put(&funcs, &(uint8_t){ 0x00 }, 1);
	put(&b, &(uint8_t){ 0x03 }, 1);
	put_uleb(&b, (uint32_t)funcs.len);
	put(&b, funcs.p, funcs.len);
	put_uleb(&code, n);
	for (uint32_t i = 0; i < n; i++) {
		body.len = 0;
		put(&body, &(uint8_t){ 0x00 }, 1);
		for (int k = 0; k < 200; k++)
			put(&body, (const uint8_t[]){ 0x41, 0x01, 0x1a }, 3);
		if (i == n * 3 / 4)
			put(&body, (const uint8_t[]){ 0x43, 0, 0, 0, 0, 0x8c, 0x1a }, 7);
		if (i == n - 2) {
			put(&body, (const uint8_t[]){ 0xfd, 0x0c }, 2);
			put(&body, (const uint8_t[16]){ 0 }, 16);
			put(&body, &(uint8_t){ 0x1a }, 1);
		}
		put(&body, (const uint8_t[]){ 0x41, 0x00, 0x0b }, 3);
		put_uleb(&code, (uint32_t)body.len);
		put(&code, body.p, body.len);
	}
	put(&b, &(uint8_t){ 0x0a }, 1);
	put_uleb(&b, (uint32_t)code.len);
	put(&b, code.p, code.len);
	free(funcs.p);
	free(code.p);
	free(body.p);
	return (bytes_t){ b.p, b.len };
}

/* Bodies split across threads (fastpar.c) report what one thread does. */
START_TEST(threads_same_facts)
{
	bytes_t m = many_functions(4000);       /* ~2.4 MB of bodies: several chunks */
	wg_module *one = NULL, *three = NULL;
	const wg_opcode_use *neg;
	const char *why;

	wg_module_set_fastpath(WG_FASTPATH_ON);
	ck_assert_int_eq(wg_module_read_mem(m.data, m.len, NULL, &one), 0);
	wg_module_set_threads(3);
	ck_assert_int_eq(wg_module_read_mem(m.data, m.len, NULL, &three), 0);
	ck_assert_int_eq(three->status, WG_MODULE_OK);
	why = module_diff(one, three);
	ck_assert_msg(why == NULL, "1 vs 3 threads: %s", why);
	ck_assert_int_eq(wg_wasm_fast_verdict(m.data, m.len), WG_FV_OK);
	why = fast_vs_wabt(m.data, m.len, NULL);
	ck_assert_msg(why == NULL, "3 threads vs wabt: %s", why);
	neg = wg_module_opcode(three, "f32.neg");
	ck_assert_ptr_nonnull(neg);
	ck_assert_uint_eq(neg->first_func, 3000);
	ck_assert_uint_eq(three->feature_func[4], 3998);        /* simd: bit 4 */
	wg_module_set_threads(1);
	wg_module_set_fastpath(WG_FASTPATH_DEFAULT);
	wg_module_free(one);
	wg_module_free(three);
	free(m.data);
}
END_TEST

/* WG_FASTPATH wins over wg_module_set_fastpath(); unset, the setting decides. */
START_TEST(switch_env)
{
	ck_assert(wg_wasm_fastpath());
	wg_module_set_fastpath(WG_FASTPATH_OFF);
	ck_assert(!wg_wasm_fastpath());
	setenv("WG_FASTPATH", "on", 1);
	ck_assert(wg_wasm_fastpath());
	wg_module_set_fastpath(WG_FASTPATH_DEFAULT);
	setenv("WG_FASTPATH", "off", 1);
	ck_assert(!wg_wasm_fastpath());
	unsetenv("WG_FASTPATH");
	ck_assert(wg_wasm_fastpath());
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("wasm_fastval");
	TCase *tc = tcase_create("fastval");

	find_cases();
	tcase_add_test(tc, fixtures_found);
	tcase_add_loop_test(tc, fixture_case, 0, (int)num_cases);
	tcase_add_test(tc, control_sample_accepted);
	tcase_add_test(tc, hostile_leb);
	tcase_add_test(tc, hostile_structure);
	tcase_add_test(tc, nesting_limit);
	tcase_add_test(tc, local_groups);
	tcase_add_test(tc, threads_same_facts);
	tcase_add_test(tc, switch_env);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	/* this test compares both paths itself: the environment must not
	 * force one */
	unsetenv("WG_FASTPATH");
	return wg_test_run(suite());
}
