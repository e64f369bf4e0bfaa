/*
 * test_wasm_limits.c - the implementation limits (module.h WG_IMPL_*: the
 * WebAssembly JS API's list plus wasmgate's own bounds) on modules built
 * byte by byte per the binary format spec: one item past each limit gives
 * status IMPL_LIMIT, the limit itself does not.  Counts are checked before
 * the items are read, so a section holding `count` filler bytes (what the
 * decoder asks for before it believes a count) is enough for most cases.
 * Also the validation budget that keeps reading linear in the size.
 */
#include "test_wasm_util.h"

/* A module under construction: the header, then whole sections. */
typedef struct {
	wg_buf b;
} mod_t;

static void mod_init(mod_t *m)
{
	m->b = (wg_buf)WG_BUF_INIT;
	ck_assert_int_eq(wg_buf_put(&m->b, "\0asm\1\0\0\0", 8), 0);
}

static void put(wg_buf *w, const void *p, size_t n)
{
	ck_assert_int_eq(wg_buf_put(w, p, n), 0);
}

static void put_byte(wg_buf *w, uint8_t c)
{
	put(w, &c, 1);
}

static void put_leb64(wg_buf *w, uint64_t v)
{
	do {
		uint8_t c = v & 0x7f;
		v >>= 7;
		put_byte(w, (uint8_t)(c | (v ? 0x80 : 0)));
	} while (v);
}

static void put_fill(wg_buf *w, uint8_t c, size_t n)
{
	char *z = malloc(n ? n : 1);

	ck_assert_ptr_nonnull(z);
	memset(z, c, n);
	put(w, z, n);
	free(z);
}

static void mod_section(mod_t *m, uint8_t id, wg_buf *payload)
{
	put_byte(&m->b, id);
	put_leb(&m->b, (uint32_t)payload->len);
	put(&m->b, payload->ptr, payload->len);
	wg_buf_free(payload);
}

/* A section of `count` items, each `item_len` bytes of `filler`. */
static void count_section(mod_t *m, uint8_t id, uint32_t count, uint8_t filler, size_t item_len)
{
	wg_buf p = WG_BUF_INIT;

	put_leb(&p, count);
	put_fill(&p, filler, (size_t)count * item_len);
	mod_section(m, id, &p);
}

/* Type section: one function type with np i32 params and nr i32 results. */
static void one_type(mod_t *m, uint32_t np, uint32_t nr)
{
	wg_buf p = WG_BUF_INIT;

	put_leb(&p, 1);
	put_byte(&p, 0x60);
	put_leb(&p, np);
	put_fill(&p, 0x7f, np);
	put_leb(&p, nr);
	put_fill(&p, 0x7f, nr);
	mod_section(m, 1, &p);
}

static wg_module_status status_of(mod_t *m, char **msg)
{
	wg_module *w = module_of_bytes((const uint8_t *)m->b.ptr, m->b.len);
	wg_module_status s = w->status;

	if (msg)
		*msg = wg_strdup(w->error ? w->error : "");
	wg_module_free(w);
	wg_buf_free(&m->b);
	return s;
}

/* Over the limit: IMPL_LIMIT; at it: anything else. */
static void expect(mod_t *m, bool over, const char *what)
{
	char *msg = NULL;
	wg_module_status s = status_of(m, &msg);

	if (over)
		ck_assert_msg(s == WG_MODULE_IMPL_LIMIT, "%s over the limit: status %s (%s)", what,
			      wg_module_status_name(s), msg);
	else
		ck_assert_msg(s != WG_MODULE_IMPL_LIMIT, "%s at the limit: %s", what, msg);
	free(msg);
}

/* Section counts checked before their items: id, limit, bytes per item. */
static const struct {
	uint8_t id;
	uint32_t max;
	const char *what;
} counts[] = {
	{ 1, WG_IMPL_MAX_TYPES, "types" },
	{ 2, WG_IMPL_MAX_IMPORTS, "imports" },
	{ 3, WG_IMPL_MAX_FUNCTIONS, "functions" },
	{ 4, WG_IMPL_MAX_TABLES, "tables" },
	{ 5, WG_IMPL_MAX_MEMORIES, "memories" },
	{ 6, WG_IMPL_MAX_GLOBALS, "globals" },
	{ 7, WG_IMPL_MAX_EXPORTS, "exports" },
	{ 11, WG_IMPL_MAX_DATA_SEGMENTS, "data segments" },
	{ 13, WG_IMPL_MAX_TAGS, "tags" },
};

START_TEST(section_counts)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;

		mod_init(&m);
		count_section(&m, counts[_i].id, counts[_i].max + (uint32_t)over, 0, 1);
		expect(&m, over, counts[_i].what);
	}
}
END_TEST

START_TEST(data_count_section)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;
		wg_buf p = WG_BUF_INIT;

		mod_init(&m);
		put_leb(&p, WG_IMPL_MAX_DATA_SEGMENTS + (uint32_t)over);
		mod_section(&m, 12, &p);
		expect(&m, over, "data count");
	}
}
END_TEST

START_TEST(params_and_results)
{
	for (int over = 0; over < 2; over++) {
		mod_t a, b;

		mod_init(&a);
		one_type(&a, WG_IMPL_MAX_PARAMS + (uint32_t)over, 0);
		expect(&a, over, "params");
		mod_init(&b);
		one_type(&b, 0, WG_IMPL_MAX_RESULTS + (uint32_t)over);
		expect(&b, over, "results");
	}
}
END_TEST

/* Table section with one funcref table: initial n (no max), or 0..n. */
static void table_of(mod_t *m, uint32_t n, bool as_max, bool imported)
{
	wg_buf p = WG_BUF_INIT;

	put_leb(&p, 1);
	if (imported)
		put(&p, "\1e\1t\1", 5);      /* "e" "t", kind table */
	put_byte(&p, 0x70);
	put_byte(&p, as_max ? 1 : 0);
	if (as_max)
		put_leb(&p, 0);
	put_leb(&p, n);
	mod_section(m, imported ? 2 : 4, &p);
}

START_TEST(table_size)
{
	for (int over = 0; over < 2; over++)
		for (int k = 0; k < 3; k++) {
			mod_t m;

			mod_init(&m);
			table_of(&m, WG_IMPL_MAX_TABLE_SIZE + (uint32_t)over, k == 1, k == 2);
			expect(&m, over, k == 0 ? "table initial" : k == 1 ? "table max" : "imported table");
		}
}
END_TEST

START_TEST(memory_pages)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;
		wg_buf p = WG_BUF_INIT;

		mod_init(&m);
		put_leb(&p, 1);
		put_byte(&p, 0x04);             /* memory64, no maximum */
		put_leb64(&p, WG_IMPL_MAX_PAGES64 + (uint64_t)over);
		mod_section(&m, 5, &p);
		expect(&m, over, "memory64 pages");
	}
}
END_TEST

/* type () -> () (or with np params), one function, its body as given. */
static void one_body(mod_t *m, uint32_t np, const wg_buf *body)
{
	wg_buf f = WG_BUF_INIT, c = WG_BUF_INIT;

	one_type(m, np, 0);
	put(&f, "\1\0", 2);
	mod_section(m, 3, &f);
	put_leb(&c, 1);
	put_leb(&c, (uint32_t)body->len);
	put(&c, body->ptr, body->len);
	mod_section(m, 10, &c);
}

START_TEST(function_body_bytes)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;
		wg_buf body = WG_BUF_INIT;

		mod_init(&m);
		/* bytes that do not decode (an unending LEB128): the size is
		 * judged before the body, and at the limit reading fails at
		 * once instead of validating 7 MB (slow under valgrind) */
		put_fill(&body, 0xff, WG_IMPL_MAX_FUNCTION_BYTES + (size_t)over);
		one_body(&m, 0, &body);
		wg_buf_free(&body);
		expect(&m, over, "function body bytes");
	}
}
END_TEST

START_TEST(locals)
{
	for (int over = 0; over < 2; over++)
		for (uint32_t np = 0; np <= 1000; np += 1000) {
			mod_t m;
			wg_buf body = WG_BUF_INIT;

			mod_init(&m);
			put_leb(&body, 2);      /* two groups: the limit counts them all */
			put_leb(&body, 10);
			put_byte(&body, 0x7e);
			put_leb(&body, WG_IMPL_MAX_LOCALS - np - 10 + (uint32_t)over);
			put_byte(&body, 0x7f);
			put_byte(&body, 0x0b);
			one_body(&m, np, &body);
			wg_buf_free(&body);
			expect(&m, over, np ? "locals with params" : "locals");
		}
}
END_TEST

START_TEST(nesting)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;
		wg_buf body = WG_BUF_INIT;
		uint32_t n = WG_IMPL_MAX_NESTING + (uint32_t)over;

		mod_init(&m);
		put_byte(&body, 0);
		for (uint32_t i = 0; i < n; i++)
			put(&body, "\x02\x40", 2);      /* block (empty type) */
		put_fill(&body, 0x0b, n + 1);
		one_body(&m, 0, &body);
		wg_buf_free(&body);
		expect(&m, over, "nesting");
	}
}
END_TEST

START_TEST(custom_sections)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;

		mod_init(&m);
		for (uint32_t i = 0; i < WG_IMPL_MAX_CUSTOM_SECTIONS + (uint32_t)over; i++)
			put(&m.b, "\0\1\0", 3);   /* id 0, size 1, empty name */
		expect(&m, over, "custom sections");
	}
}
END_TEST

/* Functions of a 1,000-parameter type: the validator copies each
 * signature, so their sum is bounded. */
START_TEST(signature_copies)
{
	uint32_t at = WG_IMPL_MAX_SIGNATURE_TYPES / WG_IMPL_MAX_PARAMS;

	for (int over = 0; over < 2; over++) {
		mod_t m;

		mod_init(&m);
		one_type(&m, WG_IMPL_MAX_PARAMS, 0);
		count_section(&m, 3, at + (uint32_t)over, 0, 1);
		expect(&m, over, "signature copies");
	}
}
END_TEST

START_TEST(element_segment_entries)
{
	for (int over = 0; over < 2; over++) {
		mod_t m;
		wg_buf p = WG_BUF_INIT, t = WG_BUF_INIT, f = WG_BUF_INIT;
		uint32_t n = WG_IMPL_MAX_TABLE_INIT + (uint32_t)over;

		mod_init(&m);
		one_type(&m, 0, 0);
		put(&f, "\1\0", 2);
		mod_section(&m, 3, &f);
		put(&t, "\1\x70\0\1", 4);       /* one funcref table of 1 */
		mod_section(&m, 4, &t);
		put_leb(&p, 1);
		put(&p, "\0\x41\0\x0b", 4);     /* active, table 0, offset i32.const 0 */
		put_leb(&p, n);
		put_fill(&p, 0xff, n);          /* undecodable entries: judged by their count first */
		mod_section(&m, 9, &p);
		expect(&m, over, "element segment entries");
	}
}
END_TEST

/* Calls that move 1,000 values each cost the validator 1,000 checks for a
 * few bytes: the budget (WG_IMPL_WORK_BASE + WG_IMPL_WORK_PER_BYTE per
 * byte) stops such a module; a module below it reads fine. */
START_TEST(validation_work)
{
	/* f0: () -> 1000 x i32; f1: 1000 x i32 -> (); f2: (call 0, call 1) x n */
	for (int over = 0; over < 2; over++) {
		uint32_t n = over ? 9000 : 8000;        /* x 2000 checks: 16 M / 18 M */
		mod_t m;
		wg_buf t = WG_BUF_INIT, f = WG_BUF_INIT, c = WG_BUF_INIT, b0 = WG_BUF_INIT,
		       b2 = WG_BUF_INIT;

		mod_init(&m);
		put_leb(&t, 3);
		put_byte(&t, 0x60); put_leb(&t, 0); put_leb(&t, 1000); put_fill(&t, 0x7f, 1000);
		put_byte(&t, 0x60); put_leb(&t, 1000); put_fill(&t, 0x7f, 1000); put_leb(&t, 0);
		put(&t, "\x60\0\0", 3);
		mod_section(&m, 1, &t);
		put(&f, "\3\0\1\2", 4);
		mod_section(&m, 3, &f);
		put_byte(&b0, 0);
		for (int i = 0; i < 1000; i++)
			put(&b0, "\x41\0", 2);          /* i32.const 0 */
		put_byte(&b0, 0x0b);
		put_byte(&b2, 0);
		for (uint32_t i = 0; i < n; i++)
			put(&b2, "\x10\0\x10\1", 4);    /* call 0, call 1 */
		put_byte(&b2, 0x0b);
		put_leb(&c, 3);
		put_leb(&c, (uint32_t)b0.len);
		put(&c, b0.ptr, b0.len);
		put(&c, "\2\0\x0b", 3);
		put_leb(&c, (uint32_t)b2.len);
		put(&c, b2.ptr, b2.len);
		mod_section(&m, 10, &c);
		wg_buf_free(&b0);
		wg_buf_free(&b2);
		ck_assert_uint_lt(m.b.len, 100000);
		expect(&m, over, "validation work");
	}
}
END_TEST

static Suite *limits_suite(void)
{
	Suite *s = suite_create("wasm_limits");
	TCase *tc = tcase_create("limits");

	tcase_set_timeout(tc, 600);
	tcase_add_loop_test(tc, section_counts, 0, (int)(sizeof(counts) / sizeof(counts[0])));
	tcase_add_test(tc, data_count_section);
	tcase_add_test(tc, params_and_results);
	tcase_add_test(tc, table_size);
	tcase_add_test(tc, memory_pages);
	tcase_add_test(tc, function_body_bytes);
	tcase_add_test(tc, locals);
	tcase_add_test(tc, nesting);
	tcase_add_test(tc, custom_sections);
	tcase_add_test(tc, signature_copies);
	tcase_add_test(tc, element_segment_entries);
	tcase_add_test(tc, validation_work);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return wg_test_run(limits_suite());
}
