/*
 * test_report_sarif.c - the SARIF writer (engine/report/sarif.c) on reports
 * built by hand over real .wasm files: driver rules cover the catalogue,
 * results carry the right rule, level, location, suppression and
 * fingerprint, limits truncate deterministically, paths are relative to
 * the repository root, the plugin.yml is found (parent walk, plugins/ and
 * examples/plugins/ layouts, bounded search; plain plugin names only), and
 * the Multitool (when installed by tests/integration/lib/multitool.sh)
 * accepts the log with GitHub's rules.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/sarif.h"

#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAXF 8

/* A report of up to MAXF findings over a real file. */
typedef struct {
	wg_report r;
	wg_module m;
	wg_finding f[MAXF];
	wg_waiver w;
} fake;

static const char *hello_wat = "(module (import \"wasi_snapshot_preview1\" \"path_open\""
	" (func (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))"
	" (memory (export \"memory\") 1) (func (export \"run\") (drop (memory.grow (i32.const 1)))))";

static void fake_init(fake *x, const char *plugin, const char *path)
{
	memset(x, 0, sizeof(*x));
	x->r.version = 1;
	x->r.plugin = (char *)plugin;
	x->r.path = (char *)path;
	x->r.module = &x->m;
	x->m.size = 42;
	ck_assert_int_eq(wg_sha256_file(path, x->m.sha256), 0);
	x->r.findings = x->f;
	x->w = (wg_waiver){ "WG1041", "*", "memory.grow", "Needed for the heap | really",
			    "@alice", 0, "2099-12-31", 3, NULL, "" };
}

static wg_finding *add(fake *x, const char *rule, const char *item, const char *msg,
		       long offset)
{
	wg_finding *f = &x->f[x->r.num_findings++];

	f->rule = wg_rule_find(rule);
	ck_assert_msg(f->rule != NULL, "no rule %s", rule);
	f->severity = f->rule->default_severity;
	f->item = (char *)item;
	f->message = (char *)msg;
	f->has_offset = offset >= 0;
	f->offset = offset >= 0 ? (uint64_t)offset : 0;
	x->r.counts[f->severity]++;
	if (f->severity == WG_SEV_ERROR)
		x->r.decision = WG_DECISION_REJECT;
	else if (f->severity == WG_SEV_WARNING && x->r.decision < WG_DECISION_FLAG)
		x->r.decision = WG_DECISION_FLAG;
	return f;
}

static json_t *build(wg_report **rs, size_t n, const char *root, const char *category)
{
	wg_sarif_options o = WG_SARIF_OPTIONS_INIT;
	json_t *log = NULL;

	o.root = root;
	o.category = category;
	ck_assert_msg(wg_sarif_build(rs, n, NULL, &o, &log) == WG_OK, "%s", wg_error_last());
	return log;
}

static json_t *run0(json_t *log)
{
	return json_array_get(json_object_get(log, "runs"), 0);
}

static const char *sget(json_t *j, const char *path)
{
	/* path "a.b.c" of object keys */
	char *copy = strdup(path), *save = NULL;

	for (char *k = strtok_r(copy, ".", &save); k && j; k = strtok_r(NULL, ".", &save))
		j = json_object_get(j, k);
	free(copy);
	return json_string_value(j);
}

/* A repository: ROOT/plugins/p/plugin.yml and ROOT/plugins/p/build/p.wasm. */
static char *make_repo(char **wasm_out)
{
	char *root = wg_asprintf("%s/repo", wg_test_tmpdir());
	char *cmd = wg_asprintf("mkdir -p '%s/plugins/p/build' && echo 'name: p' > '%s/plugins/p/plugin.yml'",
				root, root);
	char *wasm = wg_test_wat("repo_p", hello_wat);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	*wasm_out = wg_asprintf("%s/plugins/p/build/p.wasm", root);
	ck_assert_int_eq(rename(wasm, *wasm_out), 0);
	free(wasm);
	return root;
}

START_TEST(driver_rules_cover_catalogue)
{
	char *wasm = wg_test_wat("cat", hello_wat);
	fake x;
	wg_report *rs[1] = { &x.r };
	size_t count;
	const wg_rule_info *all = wg_rule_all(&count);
	json_t *log, *rules;

	fake_init(&x, "cat", wasm);
	log = build(rs, 1, wg_test_tmpdir(), NULL);
	ck_assert_str_eq(json_string_value(json_object_get(log, "version")), "2.1.0");
	ck_assert_str_eq(sget(run0(log), "tool.driver.name"), "wasmgate");
	ck_assert_ptr_nonnull(sget(run0(log), "tool.driver.semanticVersion"));
	rules = json_object_get(json_object_get(json_object_get(run0(log), "tool"), "driver"), "rules");
	ck_assert_uint_eq(json_array_size(rules), count);
	for (size_t i = 0; i < count; i++) {
		json_t *r = json_array_get(rules, i);
		const char *lvl = all[i].default_severity == WG_SEV_ERROR ? "error"
				  : all[i].default_severity == WG_SEV_WARNING ? "warning" : "note";

		ck_assert_str_eq(sget(r, "id"), all[i].id);
		ck_assert_str_eq(sget(r, "name"), all[i].name);
		ck_assert_str_eq(sget(r, "defaultConfiguration.level"), lvl);
		ck_assert_ptr_nonnull(sget(r, "shortDescription.text"));
		ck_assert_ptr_nonnull(sget(r, "fullDescription.text"));
		ck_assert_ptr_nonnull(sget(r, "help.text"));
		ck_assert_ptr_nonnull(sget(r, "help.markdown"));
		ck_assert_ptr_nonnull(sget(r, "properties.security-severity"));
		ck_assert(json_array_size(json_object_get(json_object_get(r, "properties"), "tags")) > 0);
	}
	/* no findings: an empty results array, still one run */
	ck_assert_uint_eq(json_array_size(json_object_get(run0(log), "results")), 0);
	ck_assert_uint_eq(json_array_size(json_object_get(log, "runs")), 1);
	json_decref(log);
	free(wasm);
}
END_TEST

START_TEST(results_locations_and_suppressions)
{
	char *wasm, *root = make_repo(&wasm);
	fake x;
	wg_report *rs[1] = { &x.r };
	json_t *log, *res, *r0, *r1, *rules, *region;

	fake_init(&x, "p", wasm);
	add(&x, "WG1003", "wasi_snapshot_preview1.path_open",
	    "Import wasi_snapshot_preview1.path_open is of denied class filesystem", 11);
	add(&x, "WG1041", "memory.grow", "Opcode memory.grow is flagged.", 77)->waiver = &x.w;
	x.r.counts[WG_SEV_WARNING]--;
	x.r.num_waived = 1;
	log = build(rs, 1, root, NULL);
	res = json_object_get(run0(log), "results");
	ck_assert_uint_eq(json_array_size(res), 2);
	r0 = json_array_get(res, 0);
	r1 = json_array_get(res, 1);
	ck_assert_str_eq(sget(r0, "ruleId"), "WG1003");
	ck_assert_str_eq(sget(r0, "level"), "error");
	rules = json_object_get(json_object_get(json_object_get(run0(log), "tool"), "driver"), "rules");
	ck_assert_str_eq(sget(json_array_get(rules, json_integer_value(json_object_get(r0, "ruleIndex"))), "id"),
			 "WG1003");
	/* message is a sentence */
	ck_assert(strstr(sget(r0, "message.text"), "path_open is of denied class filesystem.") != NULL);
	/* the location: relative to the repository root, startLine 1, byte offset */
	{
		json_t *pl = json_object_get(json_array_get(json_object_get(r0, "locations"), 0),
					     "physicalLocation");
		ck_assert_str_eq(sget(pl, "artifactLocation.uri"), "plugins/p/build/p.wasm");
		ck_assert_str_eq(sget(pl, "artifactLocation.uriBaseId"), "%SRCROOT%");
		region = json_object_get(pl, "region");
		ck_assert_int_eq(json_integer_value(json_object_get(region, "startLine")), 1);
		ck_assert_int_eq(json_integer_value(json_object_get(region, "byteOffset")), 11);
	}
	/* related location: the plugin.yml found in a parent directory */
	ck_assert_str_eq(sget(json_object_get(json_array_get(json_object_get(r0, "relatedLocations"), 0),
					      "physicalLocation"), "artifactLocation.uri"),
			 "plugins/p/plugin.yml");
	ck_assert_ptr_null(json_object_get(r0, "suppressions"));
	/* the waived finding stays, suppressed with the justification */
	ck_assert_str_eq(sget(r1, "ruleId"), "WG1041");
	{
		json_t *s = json_array_get(json_object_get(r1, "suppressions"), 0);

		ck_assert_str_eq(sget(s, "kind"), "external");
		ck_assert_str_eq(sget(s, "status"), "accepted");
		ck_assert(strstr(sget(s, "justification"), "Needed for the heap | really") != NULL);
		ck_assert(strstr(sget(s, "justification"), "@alice") != NULL);
	}
	/* run: category per plugin, decision, artifact hash, %SRCROOT% */
	ck_assert_str_eq(sget(run0(log), "automationDetails.id"), "wasmgate/p/");
	ck_assert_str_eq(sget(run0(log), "properties.decision"), "reject");
	{
		json_t *a = json_array_get(json_object_get(run0(log), "artifacts"), 0);
		char hex[65];

		wg_hex(x.m.sha256, 32, hex);
		ck_assert_str_eq(sget(a, "hashes.sha-256"), hex);
		ck_assert_str_eq(sget(a, "location.uri"), "plugins/p/build/p.wasm");
	}
	ck_assert(strncmp(sget(json_object_get(run0(log), "originalUriBaseIds"), "%SRCROOT%.uri"),
			  "file:///", 8) == 0);
	ck_assert_int_eq(json_is_true(json_object_get(json_array_get(
		json_object_get(run0(log), "invocations"), 0), "executionSuccessful")), 1);
	json_decref(log);
	free(wasm);
	free(root);
}
END_TEST

/* The fingerprint the spec asks for: sha256(plugin NUL rule NUL item NUL). */
static void expected_fp(const char *plugin, const char *rule, const char *item, char out[65])
{
	crypto_hash_sha256_state st;
	uint8_t md[32];

	crypto_hash_sha256_init(&st);
	crypto_hash_sha256_update(&st, (const uint8_t *)plugin, strlen(plugin) + 1);
	crypto_hash_sha256_update(&st, (const uint8_t *)rule, strlen(rule) + 1);
	crypto_hash_sha256_update(&st, (const uint8_t *)item, strlen(item) + 1);
	crypto_hash_sha256_final(&st, md);
	wg_hex(md, 32, out);
}

static const char *fp_of(json_t *log, size_t i)
{
	return sget(json_array_get(json_object_get(run0(log), "results"), i),
		    "partialFingerprints.wasmgate/v1");
}

START_TEST(fingerprints_stable)
{
	char *wasm = wg_test_wat("fp", hello_wat), exp[65];
	fake a, b;
	wg_report *ra[1] = { &a.r }, *rb[1] = { &b.r };
	json_t *la, *la2, *lb;

	fake_init(&a, "fp", wasm);
	add(&a, "WG1003", "wasi_snapshot_preview1.path_open", "m", 11);
	add(&a, "WG1041", "memory.grow", "m", 77);
	la = build(ra, 1, wg_test_tmpdir(), NULL);
	la2 = build(ra, 1, wg_test_tmpdir(), NULL);
	ck_assert(json_equal(la, la2));        /* re-run: the same log */
	expected_fp("fp", "WG1003", "wasi_snapshot_preview1.path_open", exp);
	ck_assert_str_eq(fp_of(la, 0), exp);
	expected_fp("fp", "WG1041", "memory.grow", exp);
	ck_assert_str_eq(fp_of(la, 1), exp);
	ck_assert_str_ne(fp_of(la, 0), fp_of(la, 1));

	/* an unrelated finding first, and the offsets moved (a rebuild) */
	fake_init(&b, "fp", wasm);
	add(&b, "WG1001", "wasi_snapshot_preview1.sock_send", "m", 5);
	add(&b, "WG1003", "wasi_snapshot_preview1.path_open", "m", 999);
	add(&b, "WG1041", "memory.grow", "m", 1234);
	lb = build(rb, 1, wg_test_tmpdir(), NULL);
	ck_assert_str_eq(fp_of(lb, 1), fp_of(la, 0));
	ck_assert_str_eq(fp_of(lb, 2), fp_of(la, 1));
	json_decref(la), json_decref(la2), json_decref(lb);
	free(wasm);
}
END_TEST

START_TEST(truncation_deterministic)
{
	char *wasm = wg_test_wat("many", hello_wat);
	fake x;
	wg_report *rs[1] = { &x.r };
	wg_sarif_options o = WG_SARIF_OPTIONS_INIT;
	json_t *log, *res, *notes;

	fake_init(&x, "many", wasm);
	add(&x, "WG1041", "memory.grow", "w1", 1);
	add(&x, "WG1099", "WG1001 x", "n1", -1);
	add(&x, "WG1001", "a.b", "e1", 2);
	add(&x, "WG1002", "c.d", "w2", 3);
	add(&x, "WG1003", "wasi_snapshot_preview1.path_open", "e2", 4);
	o.root = wg_test_tmpdir();
	o.max_results = 3;
	ck_assert_int_eq(wg_sarif_build(rs, 1, NULL, &o, &log), WG_OK);
	res = json_object_get(run0(log), "results");
	/* the two errors and the first warning stay, in report order */
	ck_assert_uint_eq(json_array_size(res), 3);
	ck_assert_str_eq(sget(json_array_get(res, 0), "ruleId"), "WG1041");
	ck_assert_str_eq(sget(json_array_get(res, 1), "ruleId"), "WG1001");
	ck_assert_str_eq(sget(json_array_get(res, 2), "ruleId"), "WG1003");
	notes = json_object_get(json_array_get(json_object_get(run0(log), "invocations"), 0),
				"toolExecutionNotifications");
	ck_assert_uint_eq(json_array_size(notes), 1);
	ck_assert(strstr(sget(json_array_get(notes, 0), "message.text"), "2 of 5 results") != NULL);
	json_decref(log);

	/* a byte budget for one result keeps only the first error */
	o.max_results = 0;
	ck_assert_int_eq(wg_sarif_build(rs, 1, NULL, &o, &log), WG_OK);
	o.max_bytes = json_dumpb(json_array_get(json_object_get(run0(log), "results"), 2),
				 NULL, 0, JSON_COMPACT) + 8;
	ck_assert_str_eq(sget(json_array_get(json_object_get(run0(log), "results"), 2),
			      "ruleId"), "WG1001");
	json_decref(log);
	ck_assert_int_eq(wg_sarif_build(rs, 1, NULL, &o, &log), WG_OK);
	res = json_object_get(run0(log), "results");
	ck_assert_uint_eq(json_array_size(res), 1);
	ck_assert_str_eq(sget(json_array_get(res, 0), "ruleId"), "WG1001");
	json_decref(log);
	free(wasm);
}
END_TEST

START_TEST(several_plugins_one_category)
{
	char *w1 = wg_test_wat("one", hello_wat), *w2 = wg_test_wat("two", hello_wat);
	fake a, b;
	wg_report *rs[2] = { &a.r, &b.r };
	json_t *log;

	fake_init(&a, "one", w1);
	fake_init(&b, "two", w2);
	add(&b, "WG1001", "a.b", "e", 2);
	log = build(rs, 2, wg_test_tmpdir(), "audit/linux/");
	ck_assert_uint_eq(json_array_size(json_object_get(log, "runs")), 1);
	ck_assert_str_eq(sget(run0(log), "automationDetails.id"), "audit/linux/");
	ck_assert_uint_eq(json_array_size(json_object_get(run0(log), "artifacts")), 2);
	ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(json_object_get(
		json_array_get(json_object_get(json_array_get(json_object_get(run0(log), "results"), 0),
		"locations"), 0), "physicalLocation"), "artifactLocation"), "index")), 1);
	json_decref(log);
	log = build(rs, 1, wg_test_tmpdir(), "audit");
	ck_assert_str_eq(sget(run0(log), "automationDetails.id"), "audit/one/");
	json_decref(log);
	a.r.plugin = "a/b\nc%d";
	log = build(rs, 1, wg_test_tmpdir(), NULL);
	ck_assert_str_eq(sget(run0(log), "automationDetails.id"), "wasmgate/a_b_c_d/");
	json_decref(log);
	free(w1), free(w2);
}
END_TEST

START_TEST(paths_and_text)
{
	char *s;
	char fp[65];

	s = wg_sarif_relpath("/r/a/b.wasm", "/r");
	ck_assert_str_eq(s, "a/b.wasm");
	free(s);
	s = wg_sarif_relpath("/r/a/../c/./b.wasm", "/r/");
	ck_assert_str_eq(s, "c/b.wasm");
	free(s);
	s = wg_sarif_relpath("/other/b.wasm", "/r/x");
	ck_assert_str_eq(s, "../../other/b.wasm");
	free(s);
	s = wg_sarif_relpath("/rx/b.wasm", "/r");    /* /rx is not inside /r */
	ck_assert_str_eq(s, "../rx/b.wasm");
	free(s);
	s = wg_sarif_uri_encode("dir with space/50%#?.wasm");
	ck_assert_str_eq(s, "dir%20with%20space/50%25%23%3F.wasm");
	free(s);
	s = wg_text_utf8("ok \xc3\xa9 bad \xff\xc3 end");
	ck_assert_str_eq(s, "ok \xc3\xa9 bad \\xFF\\xC3 end");
	free(s);
	s = wg_text_utf8("\xed\xa0\x80");             /* a UTF-16 surrogate: invalid */
	ck_assert_str_eq(s, "\\xED\\xA0\\x80");
	free(s);
	wg_sarif_fingerprint("p", "WG1001", "x", fp);
	ck_assert_uint_eq(strlen(fp), 64);
}
END_TEST

START_TEST(bytes_in_names_stay_json)
{
	char *wasm = wg_test_wat("bytes", hello_wat), *path, *text;
	fake x;
	wg_report *rs[1] = { &x.r };
	json_error_t err;
	json_t *back;
	size_t len;

	fake_init(&x, "bytes\xff", wasm);
	add(&x, "WG1002", "env.\xfe\x01\nx::%", "Import env.\xfe is unlisted", 9);
	path = wg_asprintf("%s/bytes.sarif", wg_test_tmpdir());
	ck_assert_int_eq(wg_sarif_write(path, rs, 1, NULL, NULL), WG_OK);
	ck_assert_int_eq(wg_file_read(path, 0, &text, &len), 0);
	back = json_loads(text, 0, &err);
	ck_assert_msg(back != NULL, "%s", err.text);
	ck_assert_str_eq(sget(json_array_get(json_object_get(run0(back), "results"), 0),
			      "properties.item"), "env.\\xFE\x01\nx::%");
	/* unwritable place: an error naming it, no file */
	ck_assert_int_ne(wg_sarif_write("/nonexistent/dir/x.sarif", rs, 1, NULL, NULL), WG_OK);
	ck_assert(strstr(wg_error_last(), "/nonexistent/dir") != NULL);
	json_decref(back);
	free(text), free(path), free(wasm);
}
END_TEST

/* Create ROOT/rel (and its directories) holding a one-line manifest. */
static void put_file(const char *root, const char *rel)
{
	char *cmd = wg_asprintf("mkdir -p \"$(dirname '%s/%s')\" && echo 'name: x' > '%s/%s'",
				root, rel, root, rel);

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
}

/* The manifest found for (wasm, plugin) relative to root, or NULL. */
static char *found_rel(const char *root, const char *wasm, const char *plugin)
{
	char *w = wg_asprintf("%s/%s", root, wasm);
	char *m = wg_sarif_find_manifest(w, plugin, root), *rel;

	free(w);
	if (!m)
		return NULL;
	rel = wg_sarif_relpath(m, root);
	free(m);
	return rel;
}

#define ck_found(root, wasm, plugin, want) do { \
	char *got_ = found_rel(root, wasm, plugin); \
	ck_assert_msg(got_ && !strcmp(got_, want), "%s (%s): got %s, want %s", \
		      wasm, plugin, got_ ? got_ : "(none)", want); \
	free(got_); \
} while (0)

#define ck_none(root, wasm, plugin) do { \
	char *got_ = found_rel(root, wasm, plugin); \
	ck_assert_msg(!got_, "%s (%s): got %s, want none", wasm, plugin, got_); \
} while (0)

START_TEST(manifest_found_by_layout)
{
	char *root = wg_asprintf("%s/layout", wg_test_tmpdir());

	put_file(root, "a/plugin.yml");
	put_file(root, "plugins/alpha/plugin.yml");
	put_file(root, "examples/plugins/beta/plugin.yml");
	put_file(root, "build/examples/beta.wasm");
	put_file(root, "alpha/plugin.yml");      /* shallower: the search would take these */
	put_file(root, "beta/plugin.yml");
	/* the parent walk first, whatever the plugin's name */
	ck_found(root, "a/out/x.wasm", "alpha", "a/plugin.yml");
	/* the registry layout and this repository's layout */
	ck_found(root, "build/alpha.wasm", "alpha", "plugins/alpha/plugin.yml");
	ck_found(root, "build/examples/beta.wasm", "beta", "examples/plugins/beta/plugin.yml");
	/* a .wasm outside the root still finds its plugin in the root */
	{
		char *w = wg_asprintf("%s/beta.wasm", wg_test_tmpdir());
		char *m = wg_sarif_find_manifest(w, "beta", root), *rel = m ? wg_sarif_relpath(m, root) : NULL;

		ck_assert_str_eq(rel ? rel : "(none)", "examples/plugins/beta/plugin.yml");
		free(w), free(m), free(rel);
	}
	ck_none(root, "build/gamma.wasm", "gamma");
	free(root);
}
END_TEST

START_TEST(manifest_found_by_search)
{
	char *root = wg_asprintf("%s/search", wg_test_tmpdir());

	/* 4 levels down is searched; a directory of the name without a
	 * plugin.yml is passed over */
	put_file(root, "a/b/c/gamma/plugin.yml");
	put_file(root, "gamma/README.md");
	ck_found(root, "build/gamma.wasm", "gamma", "a/b/c/gamma/plugin.yml");
	/* 5 levels down is not */
	put_file(root, "a/b/c/d/delta/plugin.yml");
	ck_none(root, "build/delta.wasm", "delta");
	/* the shallowest match wins, not the first name */
	put_file(root, "a/q/theta/plugin.yml");
	put_file(root, "z/theta/plugin.yml");
	ck_found(root, "build/theta.wasm", "theta", "z/theta/plugin.yml");
	/* hidden, node_modules and build* directories are not entered */
	put_file(root, ".git/eps/plugin.yml");
	put_file(root, "node_modules/eps/plugin.yml");
	put_file(root, "build-x/eps/plugin.yml");
	put_file(root, "build/eps/plugin.yml");
	ck_none(root, "out/eps.wasm", "eps");
	/* the name must match exactly */
	ck_none(root, "out/gam.wasm", "gam");
	ck_none(root, "out/Gamma.wasm", "Gamma");
	free(root);
}
END_TEST

START_TEST(manifest_search_bounded)
{
	char *root = wg_asprintf("%s/bounded", wg_test_tmpdir());

	put_file(root, "zzz/omega/plugin.yml");
	ck_found(root, "build/omega.wasm", "omega", "zzz/omega/plugin.yml");
	/* more entries than the budget before it: the search gives up */
	put_file(root, "aaa/f0");
	for (int i = 1; i < 5000; i++) {
		char *f = wg_asprintf("%s/aaa/f%d", root, i);
		FILE *fp = fopen(f, "w");

		ck_assert_ptr_nonnull(fp);
		fclose(fp);
		free(f);
	}
	ck_none(root, "build/omega.wasm", "omega");
	free(root);
}
END_TEST

START_TEST(manifest_name_refused)
{
	char *root = wg_asprintf("%s/refuse", wg_test_tmpdir());
	char *out = wg_asprintf("%s/outside", wg_test_tmpdir());
	char *cmd;

	/* ROOT/plugins/../plugin.yml is ROOT/plugin.yml: only a plain name
	 * reaches the path; the .wasm is outside ROOT so no parent walk */
	put_file(root, "plugin.yml");
	put_file(root, "plugins/good/plugin.yml");
	put_file(root, "examples/plugins/x/plugin.yml");
	{
		char *w = wg_asprintf("%s/good.wasm", out), *m = wg_sarif_find_manifest(w, "good", root);
		char *rel = m ? wg_sarif_relpath(m, root) : NULL;

		ck_assert_str_eq(rel ? rel : "(none)", "plugins/good/plugin.yml");
		free(w), free(m), free(rel);
	}
	{
		const char *bad[] = { "..", ".", "", "a..b", "x/..", "../plugins/good",
				      "good/../..", NULL };

		for (int i = 0; bad[i]; i++) {
			char *w = wg_asprintf("%s/x.wasm", out);
			char *m = wg_sarif_find_manifest(w, bad[i], root);

			ck_assert_msg(!m, "name '%s' gave %s", bad[i], m);
			free(w);
		}
		ck_assert_ptr_null(wg_sarif_find_manifest("/nonexistent/x.wasm", NULL, root));
	}
	/* a plugin directory that is a symlink out of the root: not followed */
	put_file(out, "evil/plugin.yml");
	cmd = wg_asprintf("ln -s '%s/evil' '%s/plugins/evil'", out, root);
	ck_assert_int_eq(system(cmd), 0);
	{
		char *w = wg_asprintf("%s/x.wasm", out), *m = wg_sarif_find_manifest(w, "evil", root);

		ck_assert_msg(!m, "symlink out of the root gave %s", m);
		free(w);
	}
	free(cmd), free(root), free(out);
}
END_TEST

/* A plugin built into a build directory links to its source manifest. */
START_TEST(related_location_from_build_dir)
{
	char *root = wg_asprintf("%s/builddir", wg_test_tmpdir());
	char *src = wg_test_wat("bd_hello", hello_wat), *wasm;
	fake x;
	wg_report *rs[1] = { &x.r };
	json_t *log, *r0;

	put_file(root, "examples/plugins/hello/plugin.yml");
	put_file(root, "build/examples/.keep");
	wasm = wg_asprintf("%s/build/examples/hello.wasm", root);
	ck_assert_int_eq(rename(src, wasm), 0);
	fake_init(&x, "hello", wasm);
	add(&x, "WG1041", "memory.grow", "Flagged opcode", 77);
	log = build(rs, 1, root, NULL);
	r0 = json_array_get(json_object_get(run0(log), "results"), 0);
	ck_assert_str_eq(sget(json_object_get(json_array_get(json_object_get(r0, "relatedLocations"), 0),
					      "physicalLocation"), "artifactLocation.uri"),
			 "examples/plugins/hello/plugin.yml");
	json_decref(log);
	/* another plugin's name: no related location */
	x.r.plugin = "other";
	log = build(rs, 1, root, NULL);
	r0 = json_array_get(json_object_get(run0(log), "results"), 0);
	ck_assert_ptr_null(json_object_get(r0, "relatedLocations"));
	json_decref(log);
	free(src), free(wasm), free(root);
}
END_TEST

/* The Multitool from tests/integration/lib/multitool.sh's cache, or NULL. */
static char *multitool(void)
{
	const char *cache = getenv("WG_CACHE_DIR");
	char *p = wg_asprintf("%s/npm/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool",
			      cache ? cache : "/tmp/wasmgate-cache");
	struct stat st;

	if (stat(p, &st) == 0)
		return p;
	free(p);
	return NULL;
}

/* Errors + warnings the Multitool reports for `sarif` (GitHub rules on). */
static int multitool_problems(const char *mt, const char *sarif)
{
	char *out = wg_asprintf("%s.mt.sarif", sarif);
	char *cmd = wg_asprintf("'%s' validate '%s' --rule-kind 'Sarif;Gh' --output '%s' --log ForceOverwrite "
				">/dev/null 2>&1", mt, sarif, out);
	json_t *log, *res;
	int bad = 0;

	(void)system(cmd);
	log = json_load_file(out, 0, NULL);
	ck_assert_msg(log != NULL, "the Multitool wrote no log for %s", sarif);
	res = json_object_get(run0(log), "results");
	for (size_t i = 0; i < json_array_size(res); i++) {
		json_t *r = json_array_get(res, i);
		const char *lvl = sget(r, "level");

		if (!lvl || !strcmp(lvl, "error") || !strcmp(lvl, "warning")) {
			fprintf(stderr, "%s: %s %s\n", sarif, sget(r, "ruleId"),
				json_dumps(json_object_get(r, "message"), JSON_COMPACT));
			bad++;
		}
	}
	json_decref(log);
	free(out), free(cmd);
	return bad;
}

START_TEST(multitool_accepts)
{
	char *mt = multitool(), *wasm, *root, *path;
	fake x;
	wg_report *rs[1] = { &x.r };
	wg_sarif_options o = WG_SARIF_OPTIONS_INIT;

	if (!mt) {
		fprintf(stderr, "multitool_accepts: Multitool not installed, skipped\n");
		return;
	}
	root = make_repo(&wasm);
	fake_init(&x, "p", wasm);
	add(&x, "WG1003", "wasi_snapshot_preview1.path_open", "Denied class filesystem", 11);
	add(&x, "WG1041", "memory.grow", "Flagged opcode", 77)->waiver = &x.w;
	add(&x, "WG1099", "WG1041 memory.grow", "Waiver expired", -1);
	x.f[1].has_func = true, x.f[1].func_index = 1, x.f[1].func_name = "run";
	o.root = root;
	path = wg_asprintf("%s/p.sarif", root);
	ck_assert_int_eq(wg_sarif_write(path, rs, 1, NULL, &o), WG_OK);
	ck_assert_int_eq(multitool_problems(mt, path), 0);
	free(path), free(wasm), free(root), free(mt);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("report_sarif");
	TCase *tc = tcase_create("sarif");

	tcase_add_test(tc, driver_rules_cover_catalogue);
	tcase_add_test(tc, results_locations_and_suppressions);
	tcase_add_test(tc, fingerprints_stable);
	tcase_add_test(tc, truncation_deterministic);
	tcase_add_test(tc, several_plugins_one_category);
	tcase_add_test(tc, paths_and_text);
	tcase_add_test(tc, bytes_in_names_stay_json);
	tcase_add_test(tc, manifest_found_by_layout);
	tcase_add_test(tc, manifest_found_by_search);
	tcase_add_test(tc, manifest_search_bounded);
	tcase_add_test(tc, manifest_name_refused);
	tcase_add_test(tc, related_location_from_build_dir);
	tcase_add_test(tc, multitool_accepts);
	tcase_set_timeout(tc, 300);   /* the Multitool takes seconds to start */
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
