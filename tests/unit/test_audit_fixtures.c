/*
 * test_audit_fixtures.c - the data-driven audit tests: every
 * tests/fixtures/<case>.wat is compiled with wat2wasm, audited through the
 * library and compared with the expectations in its header comment:
 *
 *   ;; rules: default           default | strict (rules/NAME.yml) or a file in
 *                               tests/fixtures/rules/
 *   ;; decision: reject
 *   ;; finding: WG1001 error wasi_snapshot_preview1.sock_open
 *   ;; finding: WG1041 warning memory.grow waived
 *                               the COMPLETE set of findings: rule id,
 *                               severity, item (may hold spaces), "waived"
 *                               or "granted" (tests/fixtures/rules/ paths are
 *                               relative to the temporary folder: <case>.wasm)
 *   ;; at: ID ITEM func N       where that finding points: in function N
 *   ;; at: ID ITEM declaration  ... or at an offset outside function bodies
 *   ;; baseline: NAME.wat       tests/fixtures/baseline/NAME.wat as --baseline
 *   ;; plugin: NAME             plugin name (default: the case name)
 *   ;; now: YYYY-MM-DD          the audit's date for waivers (default 2026-06-15)
 *   ;; wat2wasm: FLAGS          extra wat2wasm flags (e.g. --no-check)
 *   ;; custom: NAME [HEX..]     append a custom section with that payload
 *   ;; custom-size: NAME N      append a custom section of N zero bytes
 *   ;; append: HEX..            append raw bytes
 *   ;; patch: OFFSET HEX..      overwrite bytes at OFFSET
 *   ;; truncate: N              keep the first N bytes (-N: drop the last N)
 *
 * A key is a lower-case word right after ";; "; other comment lines are
 * prose.  Byte edits apply in the order written.  Adding a case = adding a file.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/audit.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#define MAX_CASES 512

static char *cases[MAX_CASES];
static size_t num_cases;

typedef struct {
	char *rules, *decision, *baseline, *plugin, *flags;
	time_t now;
	wg_buf expect;           /* sorted "ID SEV ITEM[ waived]\n" lines */
	const char *at[16];      /* ";; at:" values (pointing into the header text) */
	size_t num_at;
} expectations;

static char *fixture_path(const char *dir, const char *name)
{
	return wg_asprintf("%s/tests/fixtures%s%s/%s", wg_test_src(), *dir ? "/" : "",
			   dir, name);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect_cases(void)
{
	num_cases = wg_test_cases("", ".wat", cases, MAX_CASES);
}

/* Join sorted lines into one text for comparison and messages. */
static char *sorted_text(char **lines, size_t n)
{
	wg_buf b = WG_BUF_INIT;

	if (n)
		qsort(lines, n, sizeof(char *), str_cmp);
	wg_buf_puts(&b, "");
	for (size_t i = 0; i < n; i++)
		wg_buf_printf(&b, "  %s\n", lines[i]);
	return wg_buf_detach(&b);
}

static time_t parse_day(const char *s)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	ck_assert_msg(strptime(s, "%Y-%m-%d", &tm) != NULL, "bad date %s", s);
	tm.tm_hour = 12;
	return timegm(&tm);
}

static size_t hex_bytes(const char *s, uint8_t *out, size_t cap)
{
	size_t n = 0;
	unsigned v;

	while (*s) {
		if (*s == ' ') {
			s++;
			continue;
		}
		ck_assert_msg(sscanf(s, "%2x", &v) == 1 && n < cap, "bad hex at '%s'", s);
		out[n++] = (uint8_t)v;
		s += 2;
	}
	return n;
}

static void uleb(wg_buf *b, uint64_t v)
{
	do {
		char byte = (char)(v & 0x7f);

		v >>= 7;
		if (v)
			byte = (char)(byte | 0x80);
		wg_buf_put(b, &byte, 1);
	} while (v);
}

/* A custom section: id 0, size, name, payload. */
static void custom_section(wg_buf *wasm, const char *name, const uint8_t *payload, size_t n)
{
	wg_buf body = WG_BUF_INIT;

	uleb(&body, strlen(name));
	wg_buf_puts(&body, name);
	if (n)
		wg_buf_put(&body, (const char *)payload, n);
	wg_buf_put(wasm, "", 1);
	uleb(wasm, body.len);
	wg_buf_put(wasm, body.ptr, body.len);
	wg_buf_free(&body);
}

static void apply_edit(wg_buf *wasm, const char *key, const char *val, const char *name)
{
	static uint8_t bytes[1 << 16];
	char word[256];
	unsigned long long a;
	size_t n;
	int used = 0;

	if (!strcmp(key, "append")) {
		n = hex_bytes(val, bytes, sizeof(bytes));
		wg_buf_put(wasm, (const char *)bytes, n);
	} else if (!strcmp(key, "truncate")) {
		long long t;

		ck_assert(sscanf(val, "%lld", &t) == 1);
		a = t < 0 ? wasm->len - (unsigned long long)-t : (unsigned long long)t;
		ck_assert_msg(a <= wasm->len, "%s: truncate past the end", name);
		wasm->len = a;
	} else if (!strcmp(key, "patch")) {
		ck_assert(sscanf(val, "%llu %n", &a, &used) == 1);
		n = hex_bytes(val + used, bytes, sizeof(bytes));
		ck_assert_msg(a + n <= wasm->len, "%s: patch past the end", name);
		memcpy(wasm->ptr + a, bytes, n);
	} else if (!strcmp(key, "custom")) {
		ck_assert(sscanf(val, "%255s %n", word, &used) == 1);
		n = hex_bytes(val + used, bytes, sizeof(bytes));
		custom_section(wasm, word, bytes, n);
	} else if (!strcmp(key, "custom-size")) {
		uint8_t *zero;

		ck_assert(sscanf(val, "%255s %llu", word, &a) == 2);
		zero = calloc(1, a + 1);
		custom_section(wasm, word, zero, a);
		free(zero);
	}
}

static bool is_edit(const char *key)
{
	static const char *const edits[] = { "append", "truncate", "patch", "custom",
					     "custom-size", NULL };

	for (size_t i = 0; edits[i]; i++)
		if (!strcmp(key, edits[i]))
			return true;
	return false;
}

/* Header lines ";; key: value" of `text`: fills `e`, collects edits. */
static void parse_header(const char *name, char *text, expectations *e,
			 char ***edits, size_t *num_edits)
{
	char **lines = NULL;
	size_t n = 0, cap = 0, ecap = 0;

	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char *colon, *key, *val;

		if (strncmp(line, ";; ", 3) || !(colon = strchr(line + 3, ':')) ||
		    strspn(line + 3, "abcdefghijklmnopqrstuvwxyz0123456789-") !=
		    (size_t)(colon - line - 3))
			continue;   /* prose, not "key:" */
		*colon = '\0';
		key = line + 3;
		val = colon + 1 + strspn(colon + 1, " ");
		if (!strcmp(key, "rules"))
			e->rules = wg_strdup(val);
		else if (!strcmp(key, "decision"))
			e->decision = wg_strdup(val);
		else if (!strcmp(key, "baseline"))
			e->baseline = wg_strdup(val);
		else if (!strcmp(key, "plugin"))
			e->plugin = wg_strdup(val);
		else if (!strcmp(key, "wat2wasm"))
			e->flags = wg_strdup(val);
		else if (!strcmp(key, "now"))
			e->now = parse_day(val);
		else if (!strcmp(key, "finding"))
			*(char **)WG_ARRAY_PUSH(lines, n, cap) = wg_strdup(val);
		else if (!strcmp(key, "at") && e->num_at < sizeof(e->at) / sizeof(e->at[0]))
			e->at[e->num_at++] = val;
		else if (is_edit(key))
			*(char **)WG_ARRAY_PUSH(*edits, *num_edits, ecap) =
				wg_asprintf("%s\n%s", key, val);
		else
			ck_abort_msg("%s.wat: unknown header key '%s'", name, key);
	}
	ck_assert_msg(e->rules && e->decision, "%s.wat: needs ';; rules:' and ';; decision:'", name);
	e->expect.ptr = sorted_text(lines, n);
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

/* wat2wasm `src` to TMP/<out>.wasm, then the byte edits; returns the path. */
static char *compile(const char *src, const char *out, const char *flags,
		     char **edits, size_t num_edits)
{
	const char *w2w = getenv("WAT2WASM");
	char *wasm = wg_asprintf("%s/%s.wasm", wg_test_tmpdir(), out);
	char *cmd = wg_asprintf("'%s' --enable-all %s '%s' -o '%s'", w2w ? w2w : "wat2wasm",
				flags ? flags : "", src, wasm);
	wg_buf b = WG_BUF_INIT;
	size_t len;

	ck_assert_msg(system(cmd) == 0, "wat2wasm failed: %s", cmd);
	free(cmd);
	if (!num_edits)
		return wasm;
	ck_assert(wg_file_read(wasm, 0, &b.ptr, &len) == 0);
	b.len = b.cap = len;
	for (size_t i = 0; i < num_edits; i++) {
		char *nl = strchr(edits[i], '\n');

		*nl = '\0';
		apply_edit(&b, edits[i], nl + 1, out);
	}
	ck_assert(wg_file_write_atomic(wasm, b.ptr ? b.ptr : "", b.len, 0644, 0) == 0);
	wg_buf_free(&b);
	return wasm;
}

static wg_policy *load_rules(const char *rules)
{
	wg_policy *p = NULL;
	char *path;

	if (!strcmp(rules, "default") || !strcmp(rules, "strict"))
		path = wg_asprintf("%s/rules/%s.yml", wg_test_src(), rules);
	else
		path = fixture_path("rules", rules);
	ck_assert_msg(wg_policy_load_file(path, &p) == 0, "rules %s: %s", path, wg_error_last());
	free(path);
	return p;
}

/* The report's findings as sorted "ID SEV ITEM[ waived]" lines. */
static char *actual_text(const wg_report *r)
{
	char **lines = calloc(r->num_findings + 1, sizeof(char *));
	char *text;

	for (size_t i = 0; i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];

		lines[i] = wg_asprintf("%s %s %s%s", f->rule->id, wg_severity_name(f->severity),
				       f->item, f->waiver ? " waived" : f->grant ? " granted" : "");
	}
	text = sorted_text(lines, r->num_findings);
	for (size_t i = 0; i < r->num_findings; i++)
		free(lines[i]);
	free(lines);
	return text;
}

/* Invariants every report keeps, whatever the case. */
static void check_invariants(const char *name, const wg_report *r)
{
	size_t counts[3] = { 0, 0, 0 }, waived = 0, granted = 0;

	for (size_t i = 0; i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];

		ck_assert_msg(f->message && *f->message && !strchr(f->message, '\n'),
			      "%s: finding %zu needs a one-line message", name, i);
		if (i)
			ck_assert_msg(strcmp(r->findings[i - 1].rule->id, f->rule->id) <= 0,
				      "%s: findings not sorted by rule id", name);
		ck_assert_msg(!(f->waiver && f->grant), "%s: finding %zu both waived and granted", name, i);
		if (f->waiver)
			waived++;
		else if (f->grant)
			granted++;
		else
			counts[f->severity]++;
	}
	ck_assert_msg(!memcmp(counts, r->counts, sizeof(counts)) && waived == r->num_waived &&
		      granted == r->num_granted,
		      "%s: counts do not match the findings", name);
}

/* One ";; at: ID ITEM func N | declaration" expectation. */
static void check_at(const char *name, const wg_report *r, const char *spec)
{
	char id[16], item[256], where[16];
	unsigned func = 0;
	int n = sscanf(spec, "%15s %255s %15s %u", id, item, where, &func);
	const wg_finding *f = NULL;

	ck_assert_msg(n == 4 || (n == 3 && !strcmp(where, "declaration")),
		      "%s.wat: bad ';; at: %s'", name, spec);
	for (size_t i = 0; i < r->num_findings && !f; i++)
		if (!strcmp(r->findings[i].rule->id, id) && !strcmp(r->findings[i].item, item))
			f = &r->findings[i];
	ck_assert_msg(f, "%s.wat: ';; at: %s': no such finding", name, spec);
	ck_assert_msg(f->has_offset, "%s.wat: %s %s has no offset", name, id, item);
	if (n == 4)
		ck_assert_msg(f->has_func && f->func_index == func,
			      "%s.wat: %s %s is in function %d, expected %u", name, id, item,
			      f->has_func ? (int)f->func_index : -1, func);
	else
		ck_assert_msg(!f->has_func, "%s.wat: %s %s is in function %u, expected a declaration",
			      name, id, item, f->func_index);
}

static void free_expect(expectations *e)
{
	free(e->rules);
	free(e->decision);
	free(e->baseline);
	free(e->plugin);
	free(e->flags);
	wg_buf_free(&e->expect);
}

START_TEST(fixture)
{
	const char *name = cases[_i];
	expectations e;
	char *src = wg_asprintf("%s/tests/fixtures/%s.wat", wg_test_src(), name);
	char *text = NULL, **edits = NULL, *wasm, *base = NULL, *got;
	size_t len, num_edits = 0;
	wg_audit_options o = WG_AUDIT_OPTIONS_INIT;
	wg_policy *p;
	wg_report *r = NULL;

	memset(&e, 0, sizeof(e));
	e.now = parse_day("2026-06-15");
	ck_assert(wg_file_read(src, 0, &text, &len) == 0);
	parse_header(name, text, &e, &edits, &num_edits);
	wasm = compile(src, name, e.flags, edits, num_edits);
	if (e.baseline) {
		char *bsrc = fixture_path("baseline", e.baseline);
		/* the same plugin's approved file: baseline/<plugin>.wasm (a
		 * differently named single-file baseline is an error) */
		char *bdir = wg_asprintf("%s/baseline", wg_test_tmpdir());
		char *bname = wg_asprintf("baseline/%s", e.plugin ? e.plugin : name);

		ck_assert(bdir && (mkdir(bdir, 0755) == 0 || errno == EEXIST));
		free(bdir);

		base = compile(bsrc, bname, NULL, NULL, 0);
		free(bsrc);
		free(bname);
	}
	p = load_rules(e.rules);
	/* grants bind to the path relative to the repository root: here the
	 * temporary folder, so a case's file is "<case>.wasm" */
	setenv("GITHUB_WORKSPACE", wg_test_tmpdir(), 1);
	o.plugin = e.plugin;
	o.baseline = base;
	o.now = e.now;
	ck_assert_msg(wg_audit_run(p, wasm, &o, &r) == 0, "%s: %s", name, wg_error_last());
	check_invariants(name, r);
	got = actual_text(r);
	ck_assert_msg(!strcmp(got, e.expect.ptr), "%s.wat: findings differ\nexpected:\n%sgot:\n%s",
		      name, e.expect.ptr, got);
	ck_assert_msg(!strcmp(wg_decision_name(r->decision), e.decision),
		      "%s.wat: decision %s, expected %s", name, wg_decision_name(r->decision),
		      e.decision);
	ck_assert_msg(!e.baseline || r->has_baseline, "%s: baseline not used", name);
	for (size_t i = 0; i < e.num_at; i++)
		check_at(name, r, e.at[i]);
	for (size_t i = 0; i < num_edits; i++)
		free(edits[i]);
	free(edits);
	free(got);
	wg_report_free(r);
	wg_policy_free(p);
	free_expect(&e);
	free(base);
	free(wasm);
	free(text);
	free(src);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("audit_fixtures");
	TCase *tc = tcase_create("fixtures");

	collect_cases();
	if (!num_cases) {
		fprintf(stderr, "no fixtures under %s/tests/fixtures\n", wg_test_src());
		return 1;
	}
	tcase_set_timeout(tc, 300);    /* limits_waived_33mib under valgrind */
	tcase_add_loop_test(tc, fixture, 0, (int)num_cases);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
