/*
 * test_report_views.c - the JSON (report_json.c) and text (text.c) views
 * of audit reports: the JSON shape json.h promises, valid JSON even for
 * names that are not UTF-8, waived findings with their waiver, and a text
 * report that says the decision, the rule ids and locations, and escapes
 * control bytes so a module cannot send terminal escapes.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/json.h"
#include "wasmgate/text.h"

#include <stdlib.h>
#include <string.h>

static const char *RULES =
	"version: 1\nname: views\n"
	"imports: {deny: [\"bad.*\"], unlisted: flag}\n"
	"opcodes: {flag: [\"memory.grow\"]}\n"
	"waivers:\n"
	"  - {rule: WG1041, item: \"memory.grow\", reason: \"grows its heap\", approved_by: \"@rev\", expires: 2999-12-31}\n";

/* An import with an ESC sequence in its name.  (Names that are not UTF-8
 * make the module malformed: wabt checks names while reading.) */
static const char *WAT =
	"(module (import \"bad\" \"x~\" (func)) (import \"env\" \"\\1b[31mred\" (func))"
	" (memory 1 2) (func (drop (memory.grow (i32.const 1)))))";

static wg_report *audit(wg_policy **p)
{
	char *wasm = wg_test_wat("views", WAT);
	wg_report *r;

	ck_assert(wg_policy_load_string(RULES, strlen(RULES), "views.yml", p) == 0);
	ck_assert_int_eq(wg_audit_run(*p, wasm, NULL, &r), 0);
	free(wasm);
	return r;
}

START_TEST(report_json_shape)
{
	wg_policy *p;
	wg_report *r = audit(&p);
	json_t *j = wg_reports_to_json(&r, 1, p), *pl, *f, *back;
	char *s = json_dumps(j, JSON_COMPACT);
	size_t i;

	ck_assert_ptr_nonnull(s);
	back = json_loads(s, 0, NULL);                 /* valid JSON, valid UTF-8 */
	ck_assert_ptr_nonnull(back);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "tool"), "name")), "wasmgate");
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(j, "rules"), "name")), "views");
	ck_assert_str_eq(json_string_value(json_object_get(j, "decision")), "reject");
	pl = json_array_get(json_object_get(j, "plugins"), 0);
	ck_assert_str_eq(json_string_value(json_object_get(pl, "plugin")), "views");
	ck_assert_uint_eq(strlen(json_string_value(json_object_get(pl, "sha256"))), 64);
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(pl, "counts"), "error")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(pl, "counts"), "warning")), 1);
	ck_assert_int_eq(json_integer_value(json_object_get(pl, "waived")), 1);
	ck_assert(json_is_object(json_object_get(pl, "module")));
	json_array_foreach(json_object_get(pl, "findings"), i, f) {
		const char *rule = json_string_value(json_object_get(f, "rule"));

		ck_assert_ptr_nonnull(json_object_get(f, "message"));
		if (!strcmp(rule, "WG1001")) {
			ck_assert_str_eq(json_string_value(json_object_get(f, "item")), "bad.x~");
			ck_assert_str_eq(json_string_value(json_object_get(f, "severity")), "error");
			ck_assert(json_is_integer(json_object_get(f, "offset")));
			ck_assert(json_is_null(json_object_get(f, "waiver")));
		} else if (!strcmp(rule, "WG1041")) {
			json_t *w = json_object_get(f, "waiver"), *fn = json_object_get(f, "function");

			ck_assert(json_is_true(json_object_get(f, "waived")));
			ck_assert_str_eq(json_string_value(json_object_get(w, "approved_by")), "@rev");
			ck_assert_str_eq(json_string_value(json_object_get(w, "expires")), "2999-12-31");
			ck_assert_int_eq(json_integer_value(json_object_get(fn, "index")), 2);
		}
	}
	json_decref(back);
	json_decref(j);
	free(s);
	wg_report_free(r);
	wg_policy_free(p);
}
END_TEST

START_TEST(text_report)
{
	wg_policy *p;
	wg_report *r = audit(&p);
	wg_text_options o = WG_TEXT_OPTIONS_INIT;
	char *plain = wg_text_report(r, &o), *sum;

	ck_assert_ptr_nonnull(strstr(plain, "views ("));
	ck_assert_ptr_nonnull(strstr(plain, "REJECT  1 error, 1 warning, 0 notes, 1 waived"));
	ck_assert_ptr_nonnull(strstr(plain, "error    WG1001 import-denied  bad.x~"));
	ck_assert_ptr_nonnull(strstr(plain, "env.\\x1b[31mred"));
	ck_assert_ptr_nonnull(strstr(plain, "waived   WG1041 opcode-flagged  memory.grow"));
	ck_assert_ptr_nonnull(strstr(plain, "at offset 0x"));
	ck_assert_ptr_nonnull(strstr(plain, ", func 2"));
	ck_assert_ptr_nonnull(strstr(plain, "by @rev until 2999-12-31: grows its heap"));
	ck_assert_ptr_null(strchr(plain, '\033'));     /* no raw ESC, no colour */
	o.color = true;
	free(plain);
	plain = wg_text_report(r, &o);
	ck_assert_ptr_nonnull(strstr(plain, "\033[31mREJECT\033[0m"));
	sum = wg_text_summary(&r, 1, NULL);
	ck_assert_str_eq(sum, "1 plugin: 0 approve, 0 flag, 1 reject -> reject\n");
	free(sum);
	free(plain);
	wg_report_free(r);
	wg_policy_free(p);
}
END_TEST

/* wg_text_escape(): nothing printed can start a workflow command or move
 * to another line, whatever the name holds. */
START_TEST(text_escape_for_logs)
{
	static const struct { const char *in, *out; } cases[] = {
		{ "plain name.wasm", "plain name.wasm" },
		{ "a\n::notice::pwned", "a\\x0a\\x3a:notice\\x3a:pwned" },
		{ "::add-mask::approve", "\\x3a:add-mask\\x3a:approve" },
		{ ":::x", "\\x3a\\x3a:x" },
		{ "x ##[set-output name=decision]approve", "x \\x23#[set-output name=decision]approve" },
		{ "###[x", "#\\x23#[x" },
		{ "%0A::error::x", "%0A\\x3a:error\\x3a:x" },
		{ "cr\rtab\tdel\x7f", "cr\\x0dtab\\x09del\\x7f" },
		{ "bad \xff\xfe utf8", "bad \\xFF\\xFE utf8" },
		{ "c1 \xc2\x85 nel", "c1 \\x85 nel" },
		{ "ls \xe2\x80\xa8 rlo \xe2\x80\xae", "ls \\u2028 rlo \\u202e" },
		{ "caf\xc3\xa9", "caf\xc3\xa9" },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *e = wg_text_escape(cases[i].in);

		ck_assert_str_eq(e, cases[i].out);
		ck_assert_ptr_null(strstr(e, "::"));
		ck_assert_ptr_null(strstr(e, "##["));
		free(e);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_views");
	TCase *tc = tcase_create("views");

	tcase_add_test(tc, report_json_shape);
	tcase_add_test(tc, text_report);
	tcase_add_test(tc, text_escape_for_logs);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
