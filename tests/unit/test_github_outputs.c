/*
 * test_github_outputs.c - the runner interface (engine/github/): escaping
 * of workflow commands, GITHUB_OUTPUT entries parsed back with the
 * runner's file-command rules, the outputs of an audit, annotations (order,
 * limits, escaping), the job summary (content, Markdown escaping, size cap)
 * and appending to the runner's files.  Reports are built by hand.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/github.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/*
 * The runner's GITHUB_OUTPUT format (docs: "Setting an output parameter",
 * "Multiline strings"): lines split at LF; "NAME=VALUE" when '=' comes
 * before any "<<"; else "NAME<<DELIM" followed by value lines up to a line
 * equal to DELIM, joined with LF.  Returns the value of `want` (caller
 * frees), NULL when absent; fails the test on a malformed file.
 */
static char *runner_output(const char *text, const char *want)
{
	char *copy = strdup(text), *save = text[0] ? copy : NULL, *found = NULL;
	char *line;

	while (save && (line = strsep(&save, "\n")) != NULL) {
		char *eq = strchr(line, '='), *hd = strstr(line, "<<");
		char *name, *value;

		if (!*line && !save)
			break;                          /* after the last LF */
		ck_assert_msg(eq || hd, "bad output line '%s'", line);
		if (eq && (!hd || eq < hd)) {
			*eq = '\0';
			name = line;
			value = strdup(eq + 1);
		} else {
			wg_buf v = WG_BUF_INIT;
			char *delim = hd + 2, *l;
			int n = 0;

			*hd = '\0';
			name = line;
			ck_assert_msg(*name && *delim, "bad heredoc header");
			for (;;) {
				ck_assert_msg(save != NULL, "heredoc %s never ends", delim);
				l = strsep(&save, "\n");
				if (!strcmp(l, delim))
					break;
				if (n++)
					wg_buf_puts(&v, "\n");
				wg_buf_puts(&v, l);
			}
			value = v.ptr ? wg_buf_detach(&v) : strdup("");
		}
		if (!strcmp(name, want)) {
			free(found);
			found = value;
		} else {
			free(value);
		}
	}
	free(copy);
	return found;
}

static void roundtrip(const char *value)
{
	char *e, *back;

	ck_assert_int_eq(wg_github_output_entry("v", value, &e), WG_OK);
	back = runner_output(e, "v");
	ck_assert_msg(back && !strcmp(back, value), "'%s' came back as '%s'", value,
		      back ? back : "(null)");
	free(e), free(back);
}

START_TEST(output_entries_roundtrip)
{
	char *e;

	roundtrip("plain");
	roundtrip("");
	roundtrip("a=b<<c");
	roundtrip("line1\nline2");
	roundtrip("crlf\r\nnext\r");
	roundtrip("ends with a newline\n");
	roundtrip("\n\nghadelimiter_\nEOF\n");
	roundtrip("100% :: done, really");
	ck_assert_int_eq(wg_github_output_entry("v", "one\ntwo", &e), WG_OK);
	ck_assert(strncmp(e, "v<<ghadelimiter_", 16) == 0);
	free(e);
	ck_assert_int_eq(wg_github_output_entry("v", "x", &e), WG_OK);
	ck_assert_str_eq(e, "v=x\n");
	free(e);
	ck_assert_int_eq(wg_github_output_entry("a=b", "x", &e), WG_EINVAL);
	ck_assert_int_eq(wg_github_output_entry("a\nb", "x", &e), WG_EINVAL);
	ck_assert_int_eq(wg_github_output_entry("", "x", &e), WG_EINVAL);
}
END_TEST

START_TEST(command_escaping)
{
	char *s;

	s = wg_github_escape_data("50% done\r\nnext::line, a:b");
	ck_assert_str_eq(s, "50%25 done%0D%0Anext::line, a:b");
	free(s);
	s = wg_github_escape_property("dir/a:b,c%d\ne");
	ck_assert_str_eq(s, "dir/a%3Ab%2Cc%25d%0Ae");
	free(s);
	s = wg_github_escape_data("bad \xff byte");
	ck_assert_str_eq(s, "bad \\xFF byte");
	free(s);
	s = wg_github_escape_markdown("cc @octocat and @org/team");
	ck_assert_str_eq(s, "cc @\xe2\x80\x8d" "octocat and @\xe2\x80\x8d" "org/team");
	free(s);
	s = wg_github_escape_markdown("a|b `c` <script>&*x*_[l](u)\nnext");
	ck_assert_str_eq(s, "a\\|b \\`c\\` &lt;script&gt;&amp;\\*x\\*\\_\\[l\\](u)<br>next");
	free(s);
}
END_TEST

/* Does `md` hold an @mention: outside ``` fences (where GitHub makes
 * none), an '@' not followed by the zero-width joiner? */
static bool mentions(const char *md)
{
	bool fenced = false;

	for (const char *p = md; *p; p++) {
		if (!strncmp(p, "```", 3) && (p == md || p[-1] == '\n'))
			fenced = !fenced, p += 2;
		else if (*p == '@' && !fenced && strncmp(p + 1, "\xe2\x80\x8d", 3))
			return true;
	}
	return false;
}

/* Hand-made reports. */
#define MAXF 40
typedef struct {
	wg_report r;
	wg_finding f[MAXF];
} fake;

static wg_waiver waiver = { "WG1041", "*", "*", "heap growth is bounded | ok", "@bob", 0,
			    "2099-01-01", 4, NULL, "" };

static void fake_init(fake *x, const char *plugin, const char *path)
{
	memset(x, 0, sizeof(*x));
	x->r.version = 1;
	x->r.plugin = (char *)plugin;
	x->r.path = (char *)path;
	x->r.findings = x->f;
}

static wg_finding *add(fake *x, const char *rule, wg_severity sev, const char *item,
		       const char *msg)
{
	wg_finding *f = &x->f[x->r.num_findings++];

	f->rule = wg_rule_find(rule);
	ck_assert_msg(f->rule != NULL, "no rule %s", rule);
	f->severity = sev;
	f->item = (char *)item;
	f->message = (char *)msg;
	f->has_offset = true;
	f->offset = 16 + x->r.num_findings;
	x->r.counts[sev]++;
	if (sev == WG_SEV_ERROR)
		x->r.decision = WG_DECISION_REJECT;
	else if (sev == WG_SEV_WARNING && x->r.decision < WG_DECISION_FLAG)
		x->r.decision = WG_DECISION_FLAG;
	return f;
}

static void waive(fake *x, wg_finding *f)
{
	f->waiver = &waiver;
	x->r.counts[f->severity]--;
	x->r.num_waived++;
	x->r.decision = x->r.counts[WG_SEV_ERROR] ? WG_DECISION_REJECT
			: x->r.counts[WG_SEV_WARNING] ? WG_DECISION_FLAG : WG_DECISION_APPROVE;
}

START_TEST(outputs_parse_back)
{
	fake a, b;
	wg_report *rs[2] = { &a.r, &b.r };
	char *att[2] = { NULL, "out/b%::.intoto.json" }, *pred[2] = { NULL, "out/b.predicate.json" };
	wg_github_options o = WG_GITHUB_OPTIONS_INIT;
	char *text, *v;
	json_t *j;

	fake_init(&a, "clean", "plugins/clean.wasm");
	fake_init(&b, "we%ird\n::name", "plugins/we%ird.wasm");
	add(&b, "WG1003", WG_SEV_ERROR, "wasi_snapshot_preview1.path_open", "denied");
	add(&b, "WG1002", WG_SEV_WARNING, "env.a\nb::%c", "unlisted");
	waive(&b, add(&b, "WG1041", WG_SEV_WARNING, "memory.grow", "flagged"));
	add(&b, "WG1099", WG_SEV_NOTE, "WG1041 x", "expired");
	o.sarif_path = "out/audit\n.sarif";
	o.attestations = att;
	o.predicates = pred;
	ck_assert_int_eq(wg_github_outputs(rs, 2, &o, &text), WG_OK);
	v = runner_output(text, "decision");
	ck_assert_str_eq(v, "reject");
	free(v);
	v = runner_output(text, "sarif");
	ck_assert_str_eq(v, "out/audit\n.sarif");
	free(v);
	v = runner_output(text, "errors");
	ck_assert_str_eq(v, "1");
	free(v);
	v = runner_output(text, "warnings");
	ck_assert_str_eq(v, "1");
	free(v);
	v = runner_output(text, "notes");
	ck_assert_str_eq(v, "1");
	free(v);
	v = runner_output(text, "findings");
	ck_assert_str_eq(v, "3");
	free(v);
	v = runner_output(text, "waived");
	ck_assert_str_eq(v, "1");
	free(v);
	v = runner_output(text, "summary");
	ck_assert(strchr(v, '\n') == NULL);
	ck_assert(strncmp(v, "reject: 2 plugins", 17) == 0);
	free(v);
	v = runner_output(text, "attestation");
	ck_assert_str_eq(v, "out/b%::.intoto.json");
	free(v);
	v = runner_output(text, "plugins");
	j = json_loads(v, 0, NULL);
	ck_assert_ptr_nonnull(j);
	ck_assert_uint_eq(json_array_size(j), 2);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(j, 1), "plugin")),
			 "we%ird\n::name");
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(j, 0), "decision")),
			 "approve");
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(json_array_get(j, 1),
			 "counts"), "error")), 1);
	json_decref(j), free(v);
	v = runner_output(text, "attestations");
	j = json_loads(v, 0, NULL);
	ck_assert_uint_eq(json_array_size(j), 1);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(j, 0), "predicate")),
			 "out/b.predicate.json");
	json_decref(j), free(v);
	free(text);
}
END_TEST

static size_t count_prefix(const char *text, const char *prefix)
{
	size_t n = 0;

	for (const char *p = text; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		n += strncmp(p, prefix, strlen(prefix)) == 0;
	return n;
}

START_TEST(annotations_limits_and_escaping)
{
	fake x;
	wg_report *rs[1] = { &x.r };
	wg_github_options o = WG_GITHUB_OPTIONS_INIT;
	char *text, *first_warning, *last_error;

	fake_init(&x, "p:1,x", "/r/plugins/a,b:c.wasm");
	for (int i = 0; i < 12; i++)
		add(&x, "WG1041", WG_SEV_NOTE, "memory.grow", "a note");
	add(&x, "WG1002", WG_SEV_WARNING, "env.x\ny", "Import env.x%0A is 100% unlisted");
	for (int i = 0; i < 12; i++)
		add(&x, "WG1001", WG_SEV_ERROR, "wasi_snapshot_preview1.sock_send", "denied");
	waive(&x, add(&x, "WG1004", WG_SEV_WARNING, "wasi_snapshot_preview1.clock_time_get",
		      "waived one"));
	o.root = "/r";
	ck_assert_int_eq(wg_github_annotations(rs, 1, &o, &text), WG_OK);
	ck_assert_uint_eq(count_prefix(text, "::error "), 10);
	ck_assert_uint_eq(count_prefix(text, "::warning "), 1);
	/* nine notes and the line about the rest: ten notices */
	ck_assert_uint_eq(count_prefix(text, "::notice "), 10);
	ck_assert(strstr(text, "::notice title=wasmgate::5 more findings are not annotated "
			 "(2 errors, 0 warnings, 3 notes)") != NULL);
	/* errors first, then warnings, then notices */
	first_warning = strstr(text, "::warning ");
	last_error = strstr(text, "::error ");
	for (char *p = last_error; p; p = strstr(p + 1, "::error "))
		last_error = p;
	ck_assert(last_error < first_warning);
	ck_assert(first_warning < strstr(text, "::notice "));
	/* escaping: properties escape : and ,; data escapes % CR LF */
	ck_assert(strstr(text, "::warning file=plugins/a%2Cb%3Ac.wasm,title=WG1002 "
			 "import-unlisted::p:1,x: Import env.x%250A is 100%25 unlisted "
			 "(item: env.x%0Ay)\n") != NULL);
	ck_assert(strstr(text, "clock_time_get") == NULL);   /* waived: no annotation */
	free(text);

	/* nothing to say: nothing printed */
	fake_init(&x, "clean", "clean.wasm");
	ck_assert_int_eq(wg_github_annotations(rs, 1, &o, &text), WG_OK);
	ck_assert_str_eq(text, "");
	free(text);
}
END_TEST

START_TEST(summary_content_and_cap)
{
	fake a, b;
	wg_report *rs[2] = { &a.r, &b.r };
	wg_github_options o = WG_GITHUB_OPTIONS_INIT;
	char *md;

	fake_init(&a, "hello", "plugins/hello.wasm");
	fake_init(&b, "bad|<b>name</b>", "plugins/bad.wasm");
	add(&b, "WG1003", WG_SEV_ERROR, "wasi_snapshot_preview1.path_open", "denied");
	waive(&b, add(&b, "WG1041", WG_SEV_WARNING, "memory.grow", "flagged"));
	b.r.has_baseline = true;
	b.r.baseline_path = "old/bad.wasm";
	add(&b, "WG1100", WG_SEV_WARNING, "env.`new`", "new import");
	ck_assert_int_eq(wg_github_summary(rs, 2, NULL, &o, &md), WG_OK);
	ck_assert(strstr(md, "## wasmgate audit: REJECT") != NULL);
	ck_assert(strstr(md, "| hello | APPROVE | 0 | 0 | 0 | 0 |") != NULL);
	ck_assert(strstr(md, "| bad\\|&lt;b&gt;name&lt;/b&gt; | REJECT | 1 | 1 | 0 | 1 |") != NULL);
	ck_assert(strstr(md, "Rejected because of 1 unwaived error: WG1003 capability-denied "
			 "(wasi\\_snapshot\\_preview1.path\\_open).") != NULL);
	ck_assert(strstr(md, "| WG1041 memory-flagged") == NULL);
	ck_assert(strstr(md, "| WG1041 opcode-flagged | warning | memory.grow | offset 0x12 | "
			 "waived by @\xe2\x80\x8d" "bob until 2099-01-01: heap growth is bounded \\| ok |") != NULL);
	ck_assert(strstr(md, "- new import: env.\\`new\\`") != NULL);
	ck_assert(strstr(md, "Capability diff: no baseline given.") != NULL);
	ck_assert(strstr(md, "<b>") == NULL);
	free(md);

	/* @mentions from plugin, item, path and function names reach nobody */
	fake_init(&a, "@octocat", "plugins/@admins.wasm");
	add(&a, "WG1002", WG_SEV_WARNING, "env.@org/security-team", "unlisted");
	a.r.findings[0].has_func = true;
	a.r.findings[0].func_name = "cc_@someone";
	ck_assert_int_eq(wg_github_summary(rs, 1, NULL, &o, &md), WG_OK);
	ck_assert_msg(!mentions(md), "a mention in: %s", md);
	ck_assert(strstr(md, "octocat") != NULL);
	free(md);
	fake_init(&a, "hello", "plugins/hello.wasm");

	/* the cap: cut at a line, a closing line, never over the limit */
	for (int i = 0; i < 30; i++)
		add(&b, "WG1002", WG_SEV_WARNING, "env.some_long_import_name", "unlisted");
	o.max_summary_bytes = 1500;
	ck_assert_int_eq(wg_github_summary(rs, 2, NULL, &o, &md), WG_OK);
	ck_assert_uint_le(strlen(md), 1500);
	ck_assert(strstr(md, "**Summary truncated**") != NULL);
	ck_assert(strstr(md, "## wasmgate audit: REJECT") != NULL);
	free(md);
}
END_TEST

START_TEST(file_append)
{
	char *path = wg_asprintf("%s/summary.md", wg_test_tmpdir()), *text;
	size_t len;

	ck_assert_int_eq(wg_github_file_append(path, "one\n", 4), WG_OK);
	ck_assert_int_eq(wg_github_file_append(path, "two\n", 4), WG_OK);
	ck_assert_int_eq(wg_file_read(path, 0, &text, &len), 0);
	ck_assert_str_eq(text, "one\ntwo\n");
	ck_assert_int_eq(wg_github_file_append("/nonexistent/x/y", "a", 1), WG_EIO);
	ck_assert(strstr(wg_error_last(), "/nonexistent/x/y") != NULL);
	free(text), free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("github_outputs");
	TCase *tc = tcase_create("github");

	tcase_add_test(tc, output_entries_roundtrip);
	tcase_add_test(tc, command_escaping);
	tcase_add_test(tc, outputs_parse_back);
	tcase_add_test(tc, annotations_limits_and_escaping);
	tcase_add_test(tc, summary_content_and_cap);
	tcase_add_test(tc, file_append);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
