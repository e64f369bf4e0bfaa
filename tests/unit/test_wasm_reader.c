/*
 * test_wasm_reader.c - the module reader on valid modules: every field of
 * wg_module, feature detection (one WAT case per feature, table-driven),
 * function names and custom sections added as bytes, and opcode first-use
 * offsets found by searching the code section's bytes.
 */
#include "test_wasm_util.h"

static const char basic_wat[] =
	"(module\n"
	"  (type $t (func (param i32) (result i32)))\n"
	"  (import \"wasi_snapshot_preview1\" \"fd_write\" (func (param i32 i32 i32 i32) (result i32)))\n"
	"  (import \"env\" \"mem\" (memory 1 10))\n"
	"  (import \"env\" \"g\" (global i32))\n"
	"  (table 2 funcref)\n"
	"  (global $x i32 (i32.const 5))\n"
	"  (global $y (mut i64) (i64.const 7))\n"
	"  (func $add (export \"add\") (type $t) (i32.add (local.get 0) (i32.const 1)))\n"
	"  (func $grow (result i32) (memory.grow (i32.const 1)))\n"
	"  (func $start nop nop nop nop nop nop nop nop nop nop)\n"
	"  (start $start)\n"
	"  (export \"memory\" (memory 0))\n"
	"  (elem (i32.const 0) $add $grow)\n"
	"  (data (i32.const 0) \"hi\")\n"
	"  (data (i32.const 8) \"there\"))\n";

START_TEST(basic_fields)
{
	wg_module *m = module_of_wat("basic", basic_wat);

	ck_assert_int_eq(m->version, 1);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_ptr_null(m->error);
	ck_assert_ptr_nonnull(m->path);
	ck_assert_uint_eq(m->num_imports, 3);
	ck_assert_str_eq(m->imports[0].module, "wasi_snapshot_preview1");
	ck_assert_str_eq(m->imports[0].field, "fd_write");
	ck_assert_int_eq(m->imports[0].kind, WG_EXTERN_FUNC);
	ck_assert_int_eq(m->imports[1].kind, WG_EXTERN_MEMORY);
	ck_assert_int_eq(m->imports[2].kind, WG_EXTERN_GLOBAL);
	ck_assert_uint_lt(m->imports[0].offset, m->imports[1].offset);
	ck_assert_uint_eq(m->num_func_imports, 1);
	ck_assert_uint_eq(m->num_funcs, 3);
	ck_assert_uint_eq(m->num_globals, 3);
	ck_assert_uint_eq(m->num_memories, 1);
	ck_assert(m->memories[0].imported);
	ck_assert_uint_eq(m->memories[0].initial, 1);
	ck_assert(m->memories[0].has_max);
	ck_assert_uint_eq(m->memories[0].max, 10);
	ck_assert(!m->memories[0].shared && !m->memories[0].is64);
	ck_assert_uint_eq(m->num_tables, 1);
	ck_assert_uint_eq(m->tables[0].initial, 2);
	ck_assert(!m->tables[0].has_max && !m->tables[0].imported);
	ck_assert_uint_eq(m->num_exports, 2);
	ck_assert_str_eq(m->exports[0].name, "add");
	ck_assert_int_eq(m->exports[0].kind, WG_EXTERN_FUNC);
	ck_assert_uint_eq(m->exports[0].index, 1);
	ck_assert_str_eq(m->exports[1].name, "memory");
	ck_assert_int_eq(m->exports[1].kind, WG_EXTERN_MEMORY);
	ck_assert(m->has_start);
	ck_assert_uint_eq(m->start_func, 3);
	ck_assert_uint_eq(m->num_data_segments, 2);
	ck_assert_uint_eq(m->num_elem_segments, 1);
	ck_assert_uint_eq(m->num_tags, 0);
	/* $start: 10 nops + end + 1 byte of local decls = the largest body */
	ck_assert_uint_eq(m->largest_func, 3);
	ck_assert_uint_eq(m->largest_func_bytes, 12);
	ck_assert_uint_eq(m->features, 0);
	ck_assert_ptr_null(m->func_names);
	ck_assert_ptr_null(wg_module_func_name(m, 1));
	ck_assert_uint_eq(wg_module_opcode(m, "nop")->count, 10);
	ck_assert_uint_eq(wg_module_opcode(m, "nop")->first_func, 3);
	ck_assert_ptr_null(wg_module_opcode(m, "i64.add"));
	for (size_t i = 1; i < m->num_opcodes; i++)
		ck_assert_uint_lt(m->opcodes[i - 1].code, m->opcodes[i].code);
	wg_module_free(m);
}
END_TEST

START_TEST(types_count)
{
	wg_module *m = module_of_wat("types",
		"(module (type (func)) (type (func (param i32))) (type (func (result f64))))");

	ck_assert_uint_eq(m->num_types, 3);
	ck_assert_uint_eq(m->num_funcs, 0);
	ck_assert_uint_eq(m->num_opcodes, 0);
	wg_module_free(m);
}
END_TEST

START_TEST(digest_and_size)
{
	bytes_t b = bytes_of_wat("digest", "(module)");
	uint8_t want[32];
	wg_module *m = module_of_bytes(b.data, b.len);

	wg_sha256(b.data, b.len, want);
	ck_assert_uint_eq(m->size, 8);
	ck_assert_mem_eq(m->sha256, want, 32);
	ck_assert_ptr_null(m->path);
	wg_module_free(m);
	free(b.data);
}
END_TEST

/* One case per feature: the WAT uses it, the reader must say so. */
static const struct {
	const char *name;
	uint32_t feature;
	const char *wat;
} feature_cases[] = {
	{ "simd", WG_FEATURE_SIMD,
	  "(module (func (drop (i32x4.add (v128.const i32x4 1 2 3 4) (v128.const i32x4 0 0 0 0)))))" },
	{ "threads-atomic", WG_FEATURE_THREADS,
	  "(module (memory 1 1 shared) (func (drop (i32.atomic.load (i32.const 0)))))" },
	{ "threads-shared", WG_FEATURE_THREADS, "(module (memory 1 2 shared))" },
	{ "memory64", WG_FEATURE_MEMORY64, "(module (memory i64 1))" },
	{ "multi-memory", WG_FEATURE_MULTI_MEMORY, "(module (memory 1) (memory 1))" },
	{ "bulk-memory", WG_FEATURE_BULK_MEMORY,
	  "(module (memory 1) (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 1))))" },
	{ "bulk-passive", WG_FEATURE_BULK_MEMORY, "(module (memory 1) (data \"x\"))" },
	{ "ref-externref", WG_FEATURE_REFERENCE_TYPES, "(module (func (param externref)))" },
	{ "ref-two-tables", WG_FEATURE_REFERENCE_TYPES, "(module (table 1 funcref) (table 1 funcref))" },
	{ "ref-table-get", WG_FEATURE_REFERENCE_TYPES,
	  "(module (table 1 funcref) (func (drop (table.get 0 (i32.const 0)))))" },
	{ "multi-value", WG_FEATURE_MULTI_VALUE,
	  "(module (func (result i32 i32) (i32.const 1) (i32.const 2)))" },
	{ "multi-value-block", WG_FEATURE_MULTI_VALUE,
	  "(module (type $p (func (param i32) (result i32)))"
	  " (func (result i32) (i32.const 1) (block (type $p) (param i32) (result i32))))" },
	{ "sign-extension", WG_FEATURE_SIGN_EXTENSION,
	  "(module (func (result i32) (i32.extend8_s (i32.const 1))))" },
	{ "saturating-float-to-int", WG_FEATURE_SAT_FLOAT_TO_INT,
	  "(module (func (result i32) (i32.trunc_sat_f32_s (f32.const 1))))" },
	{ "tail-call", WG_FEATURE_TAIL_CALL, "(module (func $f (return_call $f)))" },
	{ "exceptions-tag", WG_FEATURE_EXCEPTIONS, "(module (tag $e (param i32)))" },
	{ "exceptions-try", WG_FEATURE_EXCEPTIONS,
	  "(module (tag $e) (func (try (do (throw $e)) (catch $e))))" },
	{ "extended-const", WG_FEATURE_EXTENDED_CONST,
	  "(module (global i32 (i32.add (i32.const 1) (i32.const 2))))" },
	{ "relaxed-simd", WG_FEATURE_RELAXED_SIMD,
	  "(module (func (result v128) (i8x16.relaxed_swizzle (v128.const i64x2 0 0) (v128.const i64x2 0 0))))" },
	{ "mutable-global-import", WG_FEATURE_MUTABLE_GLOBALS,
	  "(module (import \"env\" \"g\" (global (mut i32))))" },
	{ "mutable-global-export", WG_FEATURE_MUTABLE_GLOBALS,
	  "(module (global (export \"g\") (mut i32) (i32.const 0)))" },
};

START_TEST(feature_detected)
{
	wg_module *m = module_of_wat(feature_cases[_i].name, feature_cases[_i].wat);

	ck_assert_msg(m->status == WG_MODULE_OK, "%s: %s", feature_cases[_i].name,
		      m->error ? m->error : "");
	ck_assert_msg(m->features & feature_cases[_i].feature, "%s: features %#x lack %s",
		      feature_cases[_i].name, m->features,
		      wg_feature_name(feature_cases[_i].feature));
	wg_module_free(m);
}
END_TEST

START_TEST(mvp_uses_no_feature)
{
	wg_module *m = module_of_wat("mvp",
		"(module (memory 1) (global (mut i32) (i32.const 0)) (table 1 funcref)"
		" (func (param i32) (result i32) (local i64)"
		"  (block (result i32) (i32.add (local.get 0) (i32.load (i32.const 0))))))");

	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_uint_eq(m->features, 0);
	wg_module_free(m);
}
END_TEST

START_TEST(feature_names_round_trip)
{
	for (int i = 0; i < WG_FEATURE_COUNT; i++) {
		wg_feature f = (wg_feature)(1u << i);
		ck_assert_int_eq(wg_feature_from_name(wg_feature_name(f)), f);
	}
	ck_assert_str_eq(wg_feature_name(WG_FEATURE_BULK_MEMORY), "bulk-memory");
	ck_assert_int_eq(wg_feature_from_name("no-such-feature"), 0);
	ck_assert_str_eq(wg_extern_kind_name(WG_EXTERN_TAG), "tag");
	ck_assert_str_eq(wg_module_status_name(WG_MODULE_COMPONENT), "component");
}
END_TEST

/* memory.grow is 0x40 0x00 and memory.atomic.notify is 0xfe 0x00 in the
 * binary format: find them in the code section and compare. */
START_TEST(opcode_first_offsets)
{
	bytes_t b = bytes_of_wat("offsets",
		"(module (import \"env\" \"f\" (func))"
		" (memory 1 1 shared)"
		" (func (nop))"
		" (func (drop (memory.grow (i32.const 1))) (drop (memory.grow (i32.const 2))))"
		" (func (drop (memory.atomic.notify (i32.const 0) (i32.const 1)))))");
	static const uint8_t grow[] = { 0x40, 0x00 }, notify[] = { 0xfe, 0x00 };
	size_t start, payload, at;
	uint32_t plen;
	wg_module *m = module_of_bytes(b.data, b.len);
	const wg_opcode_use *u;

	ck_assert(find_section(&b, 10, &start, &payload, &plen));
	at = find_bytes(&b, payload, payload + plen, grow, 2);
	ck_assert_uint_ne(at, (size_t)-1);
	u = wg_module_opcode(m, "memory.grow");
	ck_assert_ptr_nonnull(u);
	ck_assert_uint_eq(u->count, 2);
	ck_assert_uint_eq(u->first_offset, at);
	ck_assert_uint_eq(u->first_func, 2);        /* import 0, nop 1, grow 2 */
	ck_assert_uint_eq(u->code, 0x40);
	at = find_bytes(&b, payload, payload + plen, notify, 2);
	u = wg_module_opcode(m, "memory.atomic.notify");
	ck_assert_ptr_nonnull(u);
	ck_assert_uint_eq(u->first_offset, at);
	ck_assert_uint_eq(u->first_func, 3);
	ck_assert_uint_eq(u->code, 0xfe00);
	ck_assert(m->features & WG_FEATURE_THREADS);
	wg_module_free(m);
	free(b.data);
}
END_TEST

/* A name section written by hand: subsection 1 (function names),
 * entries (index, name). */
START_TEST(function_names)
{
	bytes_t b = bytes_of_wat("names", "(module (import \"env\" \"f\" (func)) (func) (func))");
	static const uint8_t names[] = { 0x01, 0x0c, 0x02, 0x00, 0x03, 'i', 'm', 'p',
					 0x02, 0x04, 'm', 'a', 'i', 'n' };
	wg_module *m;

	append_custom(&b, "name", names, sizeof(names));
	m = module_of_bytes(b.data, b.len);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_uint_eq(m->num_func_names, 3);
	ck_assert_str_eq(wg_module_func_name(m, 0), "imp");
	ck_assert_ptr_null(wg_module_func_name(m, 1));
	ck_assert_str_eq(wg_module_func_name(m, 2), "main");
	ck_assert_ptr_null(wg_module_func_name(m, 3));
	ck_assert_uint_eq(m->num_customs, 1);
	ck_assert_ptr_null(m->customs[0].error);
	wg_module_free(m);
	free(b.data);
}
END_TEST

START_TEST(custom_sections)
{
	bytes_t b = bytes_of_wat("customs", "(module (func))");
	size_t first = b.len, second;
	wg_module *m;

	append_custom(&b, "producers", "\x00", 1);
	second = b.len;
	append_custom(&b, "sourceMappingURL", "\x0chttp://x/map", 13);
	m = module_of_bytes(b.data, b.len);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_uint_eq(m->num_customs, 2);
	ck_assert_str_eq(m->customs[0].name, "producers");
	ck_assert_uint_eq(m->customs[0].offset, first);
	/* payload: name length (1) + "producers" (9) + 1 byte */
	ck_assert_uint_eq(m->customs[0].size, 11);
	ck_assert_str_eq(m->customs[1].name, "sourceMappingURL");
	ck_assert_uint_eq(m->customs[1].offset, second);
	ck_assert_uint_eq(m->customs[1].size, 1 + 16 + 13);
	wg_module_free(m);
	free(b.data);
}
END_TEST

START_TEST(long_names_are_capped)
{
	char wat[4096];
	char big[3001];
	wg_module *m;

	memset(big, 'a', 3000);
	big[3000] = '\0';
	snprintf(wat, sizeof(wat), "(module (import \"env\" \"%s\" (func)))", big);
	m = module_of_wat("longname", wat);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	ck_assert_uint_eq(strlen(m->imports[0].field), WG_MODULE_MAX_NAME);
	wg_module_free(m);
}
END_TEST

/* ref.func has type funcref in the standard (reference types): a funcref
 * global and table.set fed by ref.func are valid, whatever wabt's
 * pre-standard function-references would say. */
START_TEST(ref_func_is_funcref)
{
	/* wat2wasm with its default features (reference types on, the
	 * pre-standard function references off), as wasm-validate does */
	static const char wat[] = "(module (func $f) (elem declare func $f)"
		" (global funcref (ref.func $f)) (table 1 funcref)"
		" (func (table.set 0 (i32.const 0) (ref.func $f))))";
	const char *w2w = getenv("WAT2WASM");
	char *src = wg_test_write("ref_func.wat", wat, sizeof(wat) - 1);
	char *out = wg_asprintf("%s/ref_func.wasm", wg_test_tmpdir());
	char *cmd = wg_asprintf("'%s' '%s' -o '%s'", w2w ? w2w : "wat2wasm", src, out);
	wg_module *m = NULL;

	ck_assert_int_eq(system(cmd), 0);
	ck_assert_int_eq(wg_module_read_file(out, NULL, &m), WG_OK);
	ck_assert_msg(m->status == WG_MODULE_OK, "status %d: %s", m->status,
		      m->error ? m->error : "");
	ck_assert(m->features & WG_FEATURE_REFERENCE_TYPES);
	wg_module_free(m);
	free(cmd);
	free(out);
	free(src);
}
END_TEST

START_TEST(invalid_module)
{
	bytes_t b = bytes_of_wat("invalid_src", "(module (func (result i32) (i32.const 1)))");
	size_t start, payload;
	uint32_t plen;
	wg_module *m;
	uint8_t *p;

	/* turn the i32.const (0x41) into i64.const (0x42): decodes, does not validate */
	ck_assert(find_section(&b, 10, &start, &payload, &plen));
	p = memchr(b.data + payload, 0x41, plen);
	ck_assert_ptr_nonnull(p);
	*p = 0x42;
	m = module_of_bytes(b.data, b.len);
	ck_assert_int_eq(m->status, WG_MODULE_INVALID);
	ck_assert_ptr_nonnull(m->error);
	ck_assert_uint_ge(m->error_offset, payload);
	ck_assert_uint_le(m->error_offset, payload + plen);
	wg_module_free(m);
	free(b.data);
}
END_TEST

static Suite *reader_suite(void)
{
	Suite *s = suite_create("wasm_reader");
	TCase *tc = tcase_create("reader");

	tcase_add_test(tc, basic_fields);
	tcase_add_test(tc, types_count);
	tcase_add_test(tc, digest_and_size);
	tcase_add_loop_test(tc, feature_detected, 0,
			    (int)(sizeof(feature_cases) / sizeof(feature_cases[0])));
	tcase_add_test(tc, mvp_uses_no_feature);
	tcase_add_test(tc, feature_names_round_trip);
	tcase_add_test(tc, opcode_first_offsets);
	tcase_add_test(tc, function_names);
	tcase_add_test(tc, custom_sections);
	tcase_add_test(tc, long_names_are_capped);
	tcase_add_test(tc, invalid_module);
	tcase_add_test(tc, ref_func_is_funcref);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return wg_test_run(reader_suite());
}
