/*
 * test_audit_limits.c - size limits and waivers on modules too big for a
 * fixture file, under the bundled rules (issue 9, item 1): strict rules
 * stop reading at a function body over limits.max_function_bytes; without
 * a waiver the module is rejected as not read (WG1092) and the atomic in
 * the next function is never seen; with a WG1082 waiver the module is
 * read to the end and the atomic is found.  Also: a module beyond an
 * implementation limit is WG1093 whatever the waivers say.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/audit.h"

#include <stdlib.h>
#include <string.h>

/* rules/NAME.yml with `waivers` appended in place of its "waivers: []". */
static wg_policy *bundled_with(const char *name, const char *waivers)
{
	char *path = wg_asprintf("%s/rules/%s.yml", wg_test_src(), name), *text = NULL, *cut;
	char *yaml;
	size_t len = 0;
	wg_policy *p = NULL;

	ck_assert_int_eq(wg_file_read(path, 0, &text, &len), 0);
	ck_assert_ptr_nonnull(cut = strstr(text, "\nwaivers: []"));
	*cut = '\0';
	yaml = wg_asprintf("%s\nwaivers:\n%s", text, waivers);
	ck_assert_msg(wg_policy_load_string(yaml, strlen(yaml), path, &p) == 0, "%s",
		      wg_error_last());
	free(yaml);
	free(text);
	free(path);
	return p;
}

/* Function 0: a body of ~300 KiB (over strict's 256 KiB); function 1: an
 * atomic add.  Exports memory so strict's exports.require holds. */
static char *big_then_atomic(void)
{
	wg_buf w = WG_BUF_INIT;
	char *path;

	wg_buf_puts(&w, "(module (memory (export \"memory\") 1 1)\n(func\n");
	for (int i = 0; i < 100000; i++)
		wg_buf_puts(&w, "i32.const 1 drop\n");
	wg_buf_puts(&w, ")\n(func (result i32) (i32.atomic.rmw.add (i32.const 0) (i32.const 1))))\n");
	path = wg_test_wat("big_then_atomic", w.ptr);
	wg_buf_free(&w);
	return path;
}

static const wg_finding *finding(const wg_report *r, const char *id)
{
	for (size_t i = 0; i < r->num_findings; i++)
		if (!strcmp(r->findings[i].rule->id, id))
			return &r->findings[i];
	return NULL;
}

static wg_report *audit(const wg_policy *p, const char *wasm, const char *plugin)
{
	wg_audit_options o = WG_AUDIT_OPTIONS_INIT;
	wg_report *r = NULL;

	o.plugin = plugin;
	o.now = 1781481600;     /* 2026-06-15 */
	ck_assert_msg(wg_audit_run(p, wasm, &o, &r) == 0, "%s", wg_error_last());
	return r;
}

START_TEST(strict_body_limit_unwaived)
{
	wg_policy *p = bundled_with("strict", "  []\n");
	char *wasm = big_then_atomic();
	wg_report *r = audit(p, wasm, "big");

	ck_assert_int_eq(r->decision, WG_DECISION_REJECT);
	ck_assert_ptr_nonnull(finding(r, "WG1082"));
	ck_assert_ptr_null(finding(r, "WG1082")->waiver);
	ck_assert_ptr_nonnull(finding(r, "WG1092"));
	ck_assert_ptr_null(finding(r, "WG1040"));       /* never read */
	ck_assert_int_eq(r->module->status, WG_MODULE_LIMIT);
	wg_report_free(r);
	wg_policy_free(p);
	free(wasm);
}
END_TEST

START_TEST(strict_body_limit_waived)
{
	wg_policy *p = bundled_with("strict",
		"  - {rule: WG1082, plugin: big, item: function-body, reason: generated,"
		" approved_by: \"@sec\", expires: 2027-01-31}\n");
	char *wasm = big_then_atomic();
	wg_report *r = audit(p, wasm, "big");
	const wg_finding *atomic;

	ck_assert_int_eq(r->module->status, WG_MODULE_OK);
	ck_assert_ptr_nonnull(finding(r, "WG1082"));
	ck_assert_ptr_nonnull(finding(r, "WG1082")->waiver);
	ck_assert_ptr_null(finding(r, "WG1092"));
	ck_assert_ptr_nonnull(atomic = finding(r, "WG1040"));
	ck_assert_str_eq(atomic->item, "i32.atomic.rmw.add");
	ck_assert(atomic->has_func && atomic->func_index == 1);
	ck_assert_int_eq(r->decision, WG_DECISION_REJECT);
	wg_report_free(r);
	/* the same waiver for another plugin lifts nothing */
	r = audit(p, wasm, "other");
	ck_assert_ptr_nonnull(finding(r, "WG1092"));
	ck_assert_ptr_null(finding(r, "WG1040"));
	wg_report_free(r);
	wg_policy_free(p);
	free(wasm);
}
END_TEST

/* A table of 10,000,001 elements: beyond the JS API's limit, WG1093;
 * waivers of every size limit change nothing. */
START_TEST(implementation_limit_unwaivable)
{
	wg_policy *p = bundled_with("default",
		"  - {rule: WG1080, plugin: \"*\", item: \"*\", reason: r, approved_by: a, expires: 2027-01-31}\n"
		"  - {rule: WG1020, plugin: \"*\", item: \"*\", reason: r, approved_by: a, expires: 2027-01-31}\n");
	char *wasm = wg_test_wat("huge_table", "(module (memory (export \"memory\") 1 1)"
				 " (table 10000001 10000001 funcref))");
	wg_report *r = audit(p, wasm, "huge");

	ck_assert_int_eq(r->module->status, WG_MODULE_IMPL_LIMIT);
	ck_assert_ptr_nonnull(finding(r, "WG1093"));
	ck_assert_ptr_null(finding(r, "WG1093")->waiver);
	ck_assert_int_eq(r->decision, WG_DECISION_REJECT);
	wg_report_free(r);
	wg_policy_free(p);
	free(wasm);
}
END_TEST

static Suite *limits_suite(void)
{
	Suite *s = suite_create("audit_limits");
	TCase *tc = tcase_create("limits");

	tcase_set_timeout(tc, 600);
	tcase_add_test(tc, strict_body_limit_unwaived);
	tcase_add_test(tc, strict_body_limit_waived);
	tcase_add_test(tc, implementation_limit_unwaivable);
	suite_add_tcase(s, tc);
	return s;
}

int main(void)
{
	return wg_test_run(limits_suite());
}
