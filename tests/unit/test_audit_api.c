/*
 * test_audit_api.c - the audit library beyond the fixtures: decision
 * helpers, error paths (no policy, missing file, missing baseline),
 * locations (offset of the first use computed from the bytes, function
 * index and name from the name section), deterministic order of equal
 * items, and the waiver fences (unwaivable rules, expired waivers that
 * match nothing are not reported).
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/audit.h"

#include <stdlib.h>
#include <string.h>

static wg_policy *policy(const char *yaml)
{
	wg_policy *p = NULL;

	ck_assert_msg(wg_policy_load_string(yaml, strlen(yaml), "test.yml", &p) == 0, "%s",
		      wg_error_last());
	return p;
}

/* wat2wasm with --debug-names (a name section) to TMP/name.wasm. */
static char *wat_named(const char *name, const char *text)
{
	const char *w2w = getenv("WAT2WASM");
	char *wat = wg_asprintf("%s.wat", name);
	char *src = wg_test_write(wat, text, strlen(text));
	char *out = wg_asprintf("%s/%s.wasm", wg_test_tmpdir(), name);
	char *cmd = wg_asprintf("'%s' --enable-all --debug-names '%s' -o '%s'",
				w2w ? w2w : "wat2wasm", src, out);

	ck_assert(system(cmd) == 0);
	free(cmd);
	free(src);
	free(wat);
	return out;
}

START_TEST(decision_helpers)
{
	wg_report a = { .decision = WG_DECISION_FLAG }, b = { .decision = WG_DECISION_REJECT };
	wg_report *both[] = { &a, &b }, *one[] = { &a };

	ck_assert_str_eq(wg_decision_name(WG_DECISION_APPROVE), "approve");
	ck_assert_str_eq(wg_decision_name(WG_DECISION_FLAG), "flag");
	ck_assert_str_eq(wg_decision_name(WG_DECISION_REJECT), "reject");
	ck_assert_int_eq(wg_decision_worst(both, 2), WG_DECISION_REJECT);
	ck_assert_int_eq(wg_decision_worst(one, 1), WG_DECISION_FLAG);
	ck_assert_int_eq(wg_decision_worst(NULL, 0), WG_DECISION_APPROVE);
}
END_TEST

START_TEST(error_paths)
{
	wg_policy *p = policy("version: 1\n");
	wg_report *r = (wg_report *)1;
	wg_module *m = NULL;
	wg_audit_options o = WG_AUDIT_OPTIONS_INIT;
	char *wasm = wg_test_wat("err", "(module)");

	ck_assert_int_eq(wg_audit_run(p, "/nonexistent/x.wasm", NULL, &r), WG_EIO);
	ck_assert_ptr_null(r);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "/nonexistent/x.wasm"));
	ck_assert_int_eq(wg_module_read_file(wasm, NULL, &m), 0);
	ck_assert_int_eq(wg_audit_module(NULL, m, wasm, NULL, &r), WG_EINVAL);  /* m freed */
	o.baseline = "/nonexistent/base.wasm";
	ck_assert_int_eq(wg_audit_run(p, wasm, &o, &r), WG_EIO);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "/nonexistent/base.wasm"));
	ck_assert_int_eq(wg_audit_run(p, wasm, NULL, &r), 0);
	ck_assert_str_eq(r->plugin, "err");
	ck_assert_int_eq(r->decision, WG_DECISION_APPROVE);
	ck_assert_uint_eq(r->num_findings, 0);
	wg_report_free(r);
	wg_policy_free(p);
	free(wasm);
}
END_TEST

/* Byte offset of `needle` in the file (the test's own look at the bytes). */
static long find_bytes(const char *path, const char *needle, size_t n)
{
	char *data;
	size_t len;
	long at = -1;

	ck_assert(wg_file_read(path, 0, &data, &len) == 0);
	for (size_t i = 0; at < 0 && i + n <= len; i++)
		if (!memcmp(data + i, needle, n))
			at = (long)i;
	free(data);
	return at;
}

START_TEST(opcode_location)
{
	wg_policy *p = policy("version: 1\nimports: {allow: [\"env.*\"]}\n"
			      "opcodes: {flag: [\"memory.grow\"]}\n");
	char *wasm = wat_named("loc", "(module (import \"env\" \"f\" (func))"
			       " (memory 1 2) (func $other)"
			       " (func $grower (drop (memory.grow (i32.const 7)))))");
	long at = find_bytes(wasm, "\x41\x07\x40\x00", 4);   /* i32.const 7; memory.grow 0 */
	wg_report *r;

	ck_assert(at > 0);
	ck_assert_int_eq(wg_audit_run(p, wasm, NULL, &r), 0);
	ck_assert_uint_eq(r->num_findings, 1);
	ck_assert_str_eq(r->findings[0].rule->id, "WG1041");
	ck_assert(r->findings[0].has_offset && r->findings[0].offset == (uint64_t)at + 2);
	ck_assert(r->findings[0].has_func);
	ck_assert_uint_eq(r->findings[0].func_index, 2);      /* env.f, $other, $grower */
	ck_assert_str_eq(r->findings[0].func_name, "grower");
	wg_report_free(r);
	wg_policy_free(p);
	free(wasm);
}
END_TEST

START_TEST(equal_items_by_offset)
{
	wg_policy *p = policy("version: 1\nimports: {unlisted: reject}\n");
	char *wasm = wg_test_wat("dup", "(module (import \"m\" \"b\" (func))"
				 " (import \"m\" \"a\" (func)) (import \"m\" \"b\" (func (param i32))))");
	wg_report *r;

	ck_assert_int_eq(wg_audit_run(p, wasm, NULL, &r), 0);
	ck_assert_uint_eq(r->num_findings, 3);
	ck_assert_str_eq(r->findings[0].item, "m.a");
	ck_assert_str_eq(r->findings[1].item, "m.b");
	ck_assert_str_eq(r->findings[2].item, "m.b");
	ck_assert(r->findings[1].offset < r->findings[2].offset);
	ck_assert_uint_eq(r->counts[WG_SEV_ERROR], 3);
	wg_report_free(r);
	wg_policy_free(p);
	free(wasm);
}
END_TEST

START_TEST(waiver_fences)
{
	/* An expired waiver for a finding this module does not have: no note. */
	wg_policy *p = policy("version: 1\nimports: {unlisted: flag}\nwaivers:\n"
			      "  - {rule: WG1001, item: \"x.y\", reason: r, approved_by: me, expires: 2020-01-01}\n");
	char *bad = wg_test_wat("bad", "(module (import \"m\" \"f\" (func)))");
	wg_waiver *saved = p->waivers, w = p->waivers[0];
	wg_audit_options o = WG_AUDIT_OPTIONS_INIT;
	wg_report *r;
	FILE *f;

	ck_assert_int_eq(wg_audit_run(p, bad, NULL, &r), 0);
	ck_assert_uint_eq(r->num_findings, 1);            /* WG1002 m.f only */
	ck_assert_str_eq(r->findings[0].rule->id, "WG1002");
	wg_report_free(r);

	/* A WG1000 waiver the loader would refuse is still not applied. */
	f = fopen(bad, "r+b");
	ck_assert(f && fwrite("XXXX", 1, 4, f) == 4);
	fclose(f);
	w.rule = "WG1000";
	w.item = "*";
	w.plugin = "*";
	w.expires = (time_t)4102444800;                 /* 2100-01-01 */
	p->waivers = &w;
	o.now = 1;
	ck_assert_int_eq(wg_audit_run(p, bad, &o, &r), 0);
	p->waivers = saved;
	ck_assert_uint_eq(r->num_findings, 1);
	ck_assert_str_eq(r->findings[0].rule->id, "WG1000");
	ck_assert_ptr_null(r->findings[0].waiver);
	ck_assert_int_eq(r->decision, WG_DECISION_REJECT);
	wg_report_free(r);
	wg_policy_free(p);
	free(bad);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("audit_api");
	TCase *tc = tcase_create("api");

	tcase_add_test(tc, decision_helpers);
	tcase_add_test(tc, error_paths);
	tcase_add_test(tc, opcode_location);
	tcase_add_test(tc, equal_items_by_offset);
	tcase_add_test(tc, waiver_fences);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
