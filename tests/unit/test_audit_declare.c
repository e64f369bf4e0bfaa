/*
 * test_audit_declare.c - a plugin's declared capabilities through the
 * audit API: r->declarations says, per entry, whether the module uses it,
 * which grant approves it and whether the rules alone allow it; a grant
 * binds to name + path (GITHUB_WORKSPACE-relative), so the same module
 * elsewhere gets no grant.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/audit.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char rules[] =
	"version: 1\n"
	"imports:\n"
	"  allow: [\"wasi_snapshot_preview1.fd_write\"]\n"
	"  capabilities: {deny: [filesystem, network], flag: [clock]}\n"
	"grants:\n"
	"  - {plugin: reader, path: \"plugins/reader/*.wasm\", capabilities: [filesystem],\n"
	"     reason: \"reads the folder the host preopens\", approved_by: \"@alice\"}\n";

/* reader.wasm with a wasmgate.plugin section declaring `caps` (JSON list). */
static char *plugin(const char *dir, const char *caps)
{
	char *wasm = wg_test_wat("reader",
		"(module (import \"wasi_snapshot_preview1\" \"path_open\"\n"
		"  (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))\n"
		"  (import \"wasi_snapshot_preview1\" \"fd_write\" (func (param i32 i32 i32 i32) (result i32)))\n"
		"  (import \"wasi_snapshot_preview1\" \"clock_time_get\" (func (param i32 i64 i32) (result i32))))");
	char *payload = wg_asprintf("{\"capabilities\":%s,\"name\":\"reader\",\"version\":\"1.0.0\"}", caps);
	char *out = wg_asprintf("%s/%s/reader.wasm", wg_test_tmpdir(), dir);
	char *sub = wg_asprintf("%s/plugins", wg_test_tmpdir());
	char *d = wg_asprintf("%s/%s", wg_test_tmpdir(), dir);
	wg_buf b = WG_BUF_INIT;
	size_t len, n = 1 + 15 + strlen(payload);
	char head[3] = { 0, (char)n, 15 };

	ck_assert(n < 128);
	mkdir(sub, 0755);
	mkdir(d, 0755);
	ck_assert(wg_file_read(wasm, 0, &b.ptr, &len) == 0);
	b.len = b.cap = len;
	wg_buf_put(&b, head, 3);
	wg_buf_puts(&b, "wasmgate.plugin");
	wg_buf_puts(&b, payload);
	ck_assert(wg_file_write_atomic(out, b.ptr, b.len, 0644, 0) == 0);
	wg_buf_free(&b);
	free(wasm); free(payload); free(sub); free(d);
	return out;
}

static const wg_declaration *decl(const wg_report *r, const char *entry)
{
	for (size_t i = 0; i < r->num_declarations; i++)
		if (!strcmp(r->declarations[i].entry, entry))
			return &r->declarations[i];
	ck_abort_msg("no declaration %s", entry);
	return NULL;
}

static wg_policy *policy;   /* the report points into it: freed after the report */

static wg_report *audit(const char *path)
{
	wg_report *r = NULL;

	ck_assert_int_eq(wg_policy_load_string(rules, strlen(rules), "r.yml", &policy), 0);
	setenv("GITHUB_WORKSPACE", wg_test_tmpdir(), 1);
	ck_assert_int_eq(wg_audit_run(policy, path, NULL, &r), 0);
	return r;
}

static void done(wg_report *r, char *path)
{
	wg_report_free(r);
	wg_policy_free(policy);
	policy = NULL;
	free(path);
}

START_TEST(declared_and_granted)
{
	char *path = plugin("plugins/reader", "[\"filesystem\",\"stdio\",\"clock\",\"network\"]");
	wg_report *r = audit(path);

	ck_assert(r->has_declarations);
	ck_assert_uint_eq(r->num_declarations, 4);
	ck_assert(decl(r, "filesystem")->used && decl(r, "filesystem")->grant);
	ck_assert_str_eq(decl(r, "filesystem")->grant->approved_by, "@alice");
	ck_assert(!decl(r, "filesystem")->rules_allow);        /* denied: only the grant */
	ck_assert(decl(r, "stdio")->used && decl(r, "stdio")->rules_allow && !decl(r, "stdio")->grant);
	ck_assert(decl(r, "clock")->used && !decl(r, "clock")->rules_allow);   /* flagged */
	ck_assert(!decl(r, "network")->used && !decl(r, "network")->rules_allow);
	ck_assert_int_eq(r->decision, WG_DECISION_FLAG);       /* clock: WG1004 */
	ck_assert_uint_eq(r->num_granted, 1);
	done(r, path);
}
END_TEST

START_TEST(elsewhere_no_grant)
{
	char *path = plugin("elsewhere", "[\"filesystem\",\"stdio\",\"clock\"]");
	wg_report *r = audit(path);

	ck_assert_ptr_null(decl(r, "filesystem")->grant);
	ck_assert_uint_eq(r->num_granted, 0);
	ck_assert_int_eq(r->decision, WG_DECISION_REJECT);
	done(r, path);
}
END_TEST

START_TEST(undeclared)
{
	char *path = plugin("plugins/reader", "[\"stdio\"]");
	wg_report *r = audit(path);
	size_t undeclared = 0;

	for (size_t i = 0; i < r->num_findings; i++)
		if (r->findings[i].rule->kind == WG_RULE_CAPABILITY_UNDECLARED) {
			undeclared++;
			ck_assert_ptr_null(r->findings[i].grant);
			ck_assert_ptr_null(r->findings[i].waiver);
		}
	ck_assert_uint_eq(undeclared, 2);                      /* path_open, clock_time_get */
	ck_assert_int_eq(r->decision, WG_DECISION_REJECT);
	done(r, path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("audit_declare");
	TCase *tc = tcase_create("declare");

	tcase_add_test(tc, declared_and_granted);
	tcase_add_test(tc, elsewhere_no_grant);
	tcase_add_test(tc, undeclared);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
