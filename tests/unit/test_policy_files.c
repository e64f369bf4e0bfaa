/*
 * test_policy_files.c - data-driven tests of the rules loader.
 *
 * tests/rules/good/ *.yml must load; each states what it means in
 * "# expect: KEY=VALUE" comment lines (KEY as rendered by render() below:
 * dotted rules-file keys, lists joined with ","; "none" for absent numbers).
 * tests/rules/bad/ *.yml must fail with WG_EPARSE; the first line of each is
 * "# error: LINE:COL: <substring of the message>".
 * rules/default.yml and rules/strict.yml load with the values the agreed
 * rule semantics give them (written here, not read from the files).
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/policy.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_list(wg_buf *b, const wg_strlist *l)
{
	for (size_t i = 0; i < l->count; i++)
		wg_buf_printf(b, "%s%s", i ? "," : "", l->items[i]);
}

static void put_bits(wg_buf *b, uint32_t bits, int caps)
{
	int first = 1;

	for (int i = 0; i < 32; i++) {
		if (!(bits & (1u << i)))
			continue;
		wg_buf_printf(b, "%s%s", first ? "" : ",",
			      caps ? wg_capability_name((wg_capability)(1u << i))
				   : wg_feature_name((wg_feature)(1u << i)));
		first = 0;
	}
}

static void put_num(wg_buf *b, bool has, uint64_t v)
{
	if (has)
		wg_buf_printf(b, "%llu", (unsigned long long)v);
	else
		wg_buf_puts(b, "none");
}

static int render_waiver(wg_buf *b, const wg_policy *p, const char *key)
{
	unsigned i;
	char field[32];
	const wg_waiver *w;

	if (sscanf(key, "waivers[%u].%31s", &i, field) != 2 || i >= p->num_waivers)
		return -1;
	w = &p->waivers[i];
	if (!strcmp(field, "rule")) wg_buf_puts(b, w->rule);
	else if (!strcmp(field, "plugin")) wg_buf_puts(b, w->plugin);
	else if (!strcmp(field, "item")) wg_buf_puts(b, w->item);
	else if (!strcmp(field, "path")) wg_buf_puts(b, w->path ? w->path : "none");
	else if (!strcmp(field, "sha256")) wg_buf_puts(b, w->sha256[0] ? w->sha256 : "none");
	else if (!strcmp(field, "reason")) wg_buf_puts(b, w->reason);
	else if (!strcmp(field, "approved_by")) wg_buf_puts(b, w->approved_by);
	else if (!strcmp(field, "expires")) wg_buf_puts(b, w->expires_text);
	else if (!strcmp(field, "expires_epoch")) wg_buf_printf(b, "%lld", (long long)w->expires);
	else if (!strcmp(field, "line")) wg_buf_printf(b, "%u", w->line);
	else return -1;
	return 0;
}

static int render_grant(wg_buf *b, const wg_policy *p, const char *key)
{
	unsigned i;
	char field[40];
	const wg_grant *g;

	if (sscanf(key, "grants[%u].%39s", &i, field) != 2 || i >= p->num_grants)
		return -1;
	g = &p->grants[i];
	if (!strcmp(field, "plugin")) wg_buf_puts(b, g->plugin);
	else if (!strcmp(field, "path")) wg_buf_puts(b, g->path);
	else if (!strcmp(field, "imports")) put_list(b, &g->imports);
	else if (!strcmp(field, "capabilities")) put_bits(b, g->capabilities, 1);
	else if (!strcmp(field, "memory.max_pages")) put_num(b, g->has_max_pages, g->max_pages);
	else if (!strcmp(field, "memory.max_initial_pages"))
		put_num(b, g->has_max_initial_pages, g->max_initial_pages);
	else if (!strcmp(field, "reason")) wg_buf_puts(b, g->reason);
	else if (!strcmp(field, "approved_by")) wg_buf_puts(b, g->approved_by);
	else if (!strcmp(field, "line")) wg_buf_printf(b, "%u", g->line);
	else return -1;
	return 0;
}

/* The value of `key` in p as text; -1 for a key this test does not know. */
static int render(wg_buf *b, const wg_policy *p, const char *key)
{
#define IS(k) (!strcmp(key, k))
	if (IS("name")) wg_buf_puts(b, p->name);
	else if (IS("version")) wg_buf_printf(b, "%d", p->version);
	else if (IS("imports.allow")) put_list(b, &p->imports.allow);
	else if (IS("imports.deny")) put_list(b, &p->imports.deny);
	else if (IS("imports.capabilities.deny")) put_bits(b, p->imports.cap_deny, 1);
	else if (IS("imports.capabilities.flag")) put_bits(b, p->imports.cap_flag, 1);
	else if (IS("imports.unlisted")) wg_buf_puts(b, wg_action_name(p->imports.unlisted));
	else if (IS("memory.max_initial_pages"))
		put_num(b, p->memory.has_max_initial_pages, p->memory.max_initial_pages);
	else if (IS("memory.max_pages")) put_num(b, p->memory.has_max_pages, p->memory.max_pages);
	else if (IS("memory.require_maximum")) wg_buf_puts(b, p->memory.require_maximum ? "true" : "false");
	else if (IS("tables.require_maximum")) wg_buf_puts(b, p->tables.require_maximum ? "true" : "false");
	else if (IS("memory.shared")) wg_buf_puts(b, wg_action_name(p->memory.shared));
	else if (IS("memory.memory64")) wg_buf_puts(b, wg_action_name(p->memory.memory64));
	else if (IS("tables.max_elements"))
		put_num(b, p->tables.has_max_elements, p->tables.max_elements);
	else if (IS("features.deny")) put_bits(b, p->features.deny, 0);
	else if (IS("features.flag")) put_bits(b, p->features.flag, 0);
	else if (IS("opcodes.deny")) put_list(b, &p->opcodes.deny);
	else if (IS("opcodes.flag")) put_list(b, &p->opcodes.flag);
	else if (IS("exports.require")) put_list(b, &p->exports.require);
	else if (IS("exports.deny")) put_list(b, &p->exports.deny);
	else if (IS("start_function")) wg_buf_puts(b, wg_action_name(p->start_function));
	else if (IS("custom_sections.flag")) put_list(b, &p->custom_sections.flag);
	else if (IS("custom_sections.max_bytes"))
		put_num(b, p->custom_sections.has_max_bytes, p->custom_sections.max_bytes);
	else if (IS("limits.max_module_bytes")) put_num(b, true, p->limits.max_module_bytes);
	else if (IS("limits.max_functions")) put_num(b, true, p->limits.max_functions);
	else if (IS("limits.max_function_bytes")) put_num(b, true, p->limits.max_function_bytes);
	else if (IS("grants")) wg_buf_printf(b, "%zu", p->num_grants);
	else if (!strncmp(key, "grants[", 7)) return render_grant(b, p, key);
	else if (IS("waivers")) wg_buf_printf(b, "%zu", p->num_waivers);
	else return render_waiver(b, p, key);
#undef IS
	return 0;
}

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* Check one "KEY=VALUE"; returns the number of failures (0 or 1). */
static int check_expect(const char *file, const wg_policy *p, char *kv)
{
	char *eq = strchr(kv, '=');
	wg_buf b = WG_BUF_INIT;
	int bad = 0;

	if (!eq) {
		fprintf(stderr, "%s: bad expect line '%s'\n", file, kv);
		return 1;
	}
	*eq = '\0';
	wg_buf_puts(&b, "");
	if (render(&b, p, trim(kv))) {
		fprintf(stderr, "%s: unknown expect key '%s'\n", file, kv);
		bad = 1;
	} else if (strcmp(b.ptr, trim(eq + 1))) {
		fprintf(stderr, "%s: %s is '%s', expected '%s'\n", file, kv, b.ptr, trim(eq + 1));
		bad = 1;
	}
	wg_buf_free(&b);
	return bad;
}

/* Load `path` and check its "# expect:" lines; returns failures. */
static int check_good(const char *path, int *nexpect)
{
	char *text = NULL, *line, *save = NULL;
	wg_policy *p = NULL;
	int bad = 0;

	ck_assert_int_eq(wg_file_read(path, 0, &text, NULL), 0);
	if (wg_policy_load_file(path, &p)) {
		fprintf(stderr, "%s: should load, got: %s\n", path, wg_error_last());
		free(text);
		return 1;
	}
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (strncmp(line, "# expect:", 9))
			continue;
		bad += check_expect(path, p, line + 9);
		(*nexpect)++;
	}
	wg_policy_free(p);
	free(text);
	return bad;
}

/* Fail to load `path` as its first line "# error: L:C: text" says. */
static int check_bad(const char *path)
{
	char *text = NULL, *nl, *want, *pos, *msg;
	wg_policy *p = (wg_policy *)1;
	const char *err;
	int rc, bad = 0;

	ck_assert_int_eq(wg_file_read(path, 0, &text, NULL), 0);
	nl = strchr(text, '\n');
	if (strncmp(text, "# error: ", 9) || !nl) {
		fprintf(stderr, "%s: first line must be '# error: LINE:COL: text'\n", path);
		free(text);
		return 1;
	}
	*nl = '\0';
	want = text + 9;
	msg = strstr(want, ": ");
	ck_assert_msg(msg != NULL, "%s: bad error line", path);
	*msg = '\0';
	msg += 2;
	rc = wg_policy_load_file(path, &p);
	err = wg_error_last();
	pos = wg_asprintf("%s:%s: ", path, want);
	if (rc != WG_EPARSE || p != NULL) {
		fprintf(stderr, "%s: should fail with WG_EPARSE, got %d (%s)\n", path, rc, err);
		bad = 1;
	} else if (strncmp(err, pos, strlen(pos)) || !strstr(err + strlen(pos), msg)) {
		fprintf(stderr, "%s: expected '%s...%s', got '%s'\n", path, pos, msg, err);
		bad = 1;
	}
	free(pos);
	free(text);
	return bad;
}

static int for_each_yml(const char *dir, int (*fn)(const char *, void *), void *arg, int *n)
{
	struct dirent **ents;
	int count = scandir(dir, &ents, NULL, alphasort), bad = 0;

	ck_assert_msg(count >= 0, "cannot list %s", dir);
	for (int i = 0; i < count; i++) {
		size_t len = strlen(ents[i]->d_name);
		if (len > 4 && !strcmp(ents[i]->d_name + len - 4, ".yml")) {
			char *path = wg_asprintf("%s/%s", dir, ents[i]->d_name);
			bad += fn(path, arg);
			(*n)++;
			free(path);
		}
		free(ents[i]);
	}
	free(ents);
	return bad;
}

static int good_fn(const char *path, void *arg) { return check_good(path, arg); }
static int bad_fn(const char *path, void *arg) { (void)arg; return check_bad(path); }

START_TEST(good_files)
{
	char *dir = wg_asprintf("%s/tests/rules/good", wg_test_src());
	int n = 0, nexpect = 0, bad = for_each_yml(dir, good_fn, &nexpect, &n);

	ck_assert_msg(bad == 0, "%d good rules files failed (see stderr)", bad);
	ck_assert_msg(n >= 5, "only %d good files in %s", n, dir);
	ck_assert_msg(nexpect >= 3 * n, "too few '# expect:' lines (%d)", nexpect);
	free(dir);
}
END_TEST

START_TEST(bad_files)
{
	char *dir = wg_asprintf("%s/tests/rules/bad", wg_test_src());
	int n = 0, bad = for_each_yml(dir, bad_fn, NULL, &n);

	ck_assert_msg(bad == 0, "%d bad rules files did not fail as stated (see stderr)", bad);
	ck_assert_msg(n >= 25, "only %d bad files in %s", n, dir);
	free(dir);
}
END_TEST

/* Expected values from the agreed semantics (rulespec), per file. */
static const char *const default_expect[] = {
	"name=default", "version=1",
	"imports.allow=env.*,wasi_snapshot_preview1.fd_write,wasi_snapshot_preview1.fd_close,"
	"wasi_snapshot_preview1.fd_seek,wasi_snapshot_preview1.fd_fdstat_get,"
	"wasi_snapshot_preview1.proc_exit,env.proc_exit",
	"imports.deny=wasi_snapshot_preview1.sock_*",
	"imports.capabilities.deny=filesystem,network",
	"imports.capabilities.flag=clock,environment,process,poll",
	"imports.unlisted=flag",
	"memory.max_initial_pages=256", "memory.require_maximum=true", "memory.max_pages=4096",
	"memory.shared=reject", "memory.memory64=reject",
	"tables.max_elements=65536", "tables.require_maximum=true",
	"features.deny=threads,memory64,multi-memory", "features.flag=exceptions,gc",
	"opcodes.deny=@atomics", "opcodes.flag=memory.grow",
	"exports.require=memory", "exports.deny=", "start_function=flag",
	"custom_sections.flag=sourceMappingURL,external_debug_info",
	"custom_sections.max_bytes=1048576",
	"limits.max_module_bytes=33554432", "limits.max_functions=200000",
	"limits.max_function_bytes=1048576", "waivers=0", NULL
};

static const char *const strict_expect[] = {
	"name=strict", "imports.unlisted=reject", "memory.max_pages=1024",
	"start_function=reject", "memory.shared=reject", "memory.memory64=reject",
	"memory.require_maximum=true", "imports.capabilities.deny=filesystem,network",
	"tables.require_maximum=true", NULL
};

static void check_bundled(const char *file, const char *const *expect)
{
	char *path = wg_asprintf("%s/rules/%s", wg_test_src(), file);
	wg_policy *p = NULL;
	int bad = 0;

	ck_assert_msg(wg_policy_load_file(path, &p) == 0, "%s", wg_error_last());
	for (const char *const *e = expect; *e; e++) {
		char *kv = wg_strdup(*e);
		bad += check_expect(path, p, kv);
		free(kv);
	}
	ck_assert_msg(bad == 0, "%s: %d values differ (see stderr)", path, bad);
	ck_assert_str_eq(p->path, path);
	wg_policy_free(p);
	free(path);
}

START_TEST(bundled_default)
{
	check_bundled("default.yml", default_expect);
}
END_TEST

START_TEST(bundled_strict)
{
	wg_policy *d = NULL, *s = NULL;
	char *dp = wg_asprintf("%s/rules/default.yml", wg_test_src());
	char *sp = wg_asprintf("%s/rules/strict.yml", wg_test_src());

	check_bundled("strict.yml", strict_expect);
	/* stricter than default: everything default denies, strict denies too */
	ck_assert_int_eq(wg_policy_load_file(dp, &d), 0);
	ck_assert_int_eq(wg_policy_load_file(sp, &s), 0);
	ck_assert_uint_eq(s->imports.cap_deny & d->imports.cap_deny, d->imports.cap_deny);
	ck_assert_uint_eq(s->features.deny & d->features.deny, d->features.deny);
	ck_assert_uint_eq((s->imports.cap_flag | s->imports.cap_deny) & WG_CAP_RANDOM, WG_CAP_RANDOM);
	ck_assert((s->features.deny | s->features.flag) & WG_FEATURE_SIMD);
	ck_assert(s->features.deny & WG_FEATURE_RELAXED_SIMD);
	ck_assert(s->features.deny & WG_FEATURE_EXCEPTIONS);
	ck_assert(s->features.deny & WG_FEATURE_GC);
	ck_assert(s->features.deny & WG_FEATURE_TAIL_CALL);
	ck_assert_uint_le(s->memory.max_initial_pages, d->memory.max_initial_pages);
	ck_assert_uint_le(s->tables.max_elements, d->tables.max_elements);
	ck_assert_uint_le(s->limits.max_module_bytes, d->limits.max_module_bytes);
	wg_policy_free(d);
	wg_policy_free(s);
	free(dp);
	free(sp);
}
END_TEST

/* sha256 of the file bytes, computed independently by sha256sum(1). */
START_TEST(sha256_of_bytes)
{
	char *path = wg_asprintf("%s/rules/default.yml", wg_test_src());
	char *cmd = wg_asprintf("sha256sum '%s'", path), hex[65], want[65] = "";
	FILE *f = popen(cmd, "r");
	wg_policy *p = NULL;

	ck_assert(f != NULL);
	ck_assert_int_eq(fscanf(f, "%64s", want), 1);
	pclose(f);
	ck_assert_int_eq(wg_policy_load_file(path, &p), 0);
	wg_hex(p->sha256, 32, hex);
	ck_assert_str_eq(hex, want);
	wg_policy_free(p);
	free(cmd);
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("policy_files");
	TCase *tc = tcase_create("files");

	tcase_add_test(tc, good_files);
	tcase_add_test(tc, bad_files);
	tcase_add_test(tc, bundled_default);
	tcase_add_test(tc, bundled_strict);
	tcase_add_test(tc, sha256_of_bytes);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
