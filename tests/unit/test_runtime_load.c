/*
 * test_runtime_load.c - the wg_runtime_load() C API on a generation laid
 * out by hand the way install writes one (DIR/current -> generations/1,
 * p.wasm with a wasmgate.plugin section, p.intoto.json signed by an audit
 * key made here, manifest.json, state.json): it loads with a verified path
 * and the progress callback; then a table of changes on disk, each refused
 * with its reason and no path handed out.  Runs under ASan and valgrind
 * like the other unit tests.  The CLI and real installs:
 * tests/integration/runtime_load.sh.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/attest.h"
#include "wasmgate/policy.h"
#include "wasmgate/runtime.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const P_WAT = "(module (memory (export \"memory\") 1 2) (func (export \"run\") (result i32) i32.const 1))";
static const char *const Q_WAT = "(module (memory (export \"memory\") 1 2) (func (export \"run\") (result i32) i32.const 2))";
static const char *const SECTION = "{\"abi\":\"wasmgate-plugin/1\",\"name\":\"p\",\"version\":\"1.0.0\"}";

static char *dir, *gen;
static wg_host *host;

/* TMP/name.wasm from WAT plus a wasmgate.plugin custom section, in memory */
static void plugin_bytes(const char *name, const char *wat, char **out, size_t *len)
{
	char *path = wg_test_wat(name, wat), *raw = NULL;
	size_t rl = 0, sl = strlen(SECTION), body = 1 + 15 + sl;
	wg_buf b = WG_BUF_INIT;

	ck_assert_int_eq(wg_file_read(path, 1 << 20, &raw, &rl), 0);
	ck_assert(body < 128);   /* one LEB128 byte */
	wg_buf_put(&b, raw, rl);
	wg_buf_put(&b, "\x00", 1);
	wg_buf_printf(&b, "%c%cwasmgate.plugin%s", (char)body, 15, SECTION);
	*len = b.len;
	*out = wg_buf_detach(&b);
	free(raw);
	free(path);
}

/* a signed attestation (decision approve) about `wasm` */
static char *attest(const wg_key *k, const char *wasm_path)
{
	wg_report r = { .version = 1, .plugin = "p", .path = (char *)wasm_path,
			.decision = WG_DECISION_APPROVE };
	wg_policy pol = { .version = 1, .name = "default", .path = "rules/default.yml" };
	json_t *st = NULL;
	char *env = NULL;

	wg_sha256("rules", 5, pol.sha256);
	ck_assert_msg(wg_attestation_build(&r, &pol, NULL, &st) == 0, "%s", wg_error_last());
	ck_assert_int_eq(wg_attestation_sign(st, k, &env), 0);
	json_decref(st);
	return env;
}

static void put(const char *rel, const void *data, size_t len)
{
	char *p = wg_asprintf("%s/%s", dir, rel);

	unlink(p);
	ck_assert_int_eq(wg_file_write_atomic(p, data, len, 0644, 0), 0);
	free(p);
}

/* DIR with generation 1 holding p; the host profile trusting the audit key */
static void setup(void)
{
	char *wasm, *env, *sha_hex, *text, *yaml, *keyname;
	size_t wl;
	uint8_t h[32];
	wg_key *k = NULL;
	const char *src = wg_test_src();

	dir = wg_asprintf("%s/inst", wg_test_tmpdir());
	gen = wg_asprintf("%s/generations/1", dir);
	ck_assert_int_eq(wg_dir_create(gen, 0755), 0);
	plugin_bytes("p", P_WAT, &wasm, &wl);
	put("generations/1/p.wasm", wasm, wl);
	ck_assert_int_eq(wg_key_generate(&k), 0);
	keyname = wg_asprintf("%s/audit", wg_test_tmpdir());
	ck_assert_int_eq(wg_key_write_files(k, keyname), 0);
	text = wg_asprintf("%s/p.wasm", gen);
	env = attest(k, text);
	free(text);
	put("generations/1/p.intoto.json", env, strlen(env));
	wg_sha256(wasm, wl, h);
	sha_hex = wg_calloc(65, 1);
	wg_hex(h, 32, sha_hex);
	text = wg_asprintf("{\"revision\": 3, \"index_version\": 5, \"index_sha256\": \"\", \"plugins\": "
			   "[{\"name\": \"p\", \"version\": \"1.0.0\", \"sha256\": \"%.64s\"}]}", sha_hex);
	put("generations/1/manifest.json", text, strlen(text));
	free(text);
	text = "{\"revision\": 3, \"etag\": \"\", \"index_version\": 5, \"index_sha256\": \"\", \"generation\": 1}";
	put("state.json", text, strlen(text));
	text = wg_asprintf("%s/current", dir);
	unlink(text);
	ck_assert_int_eq(symlink("generations/1", text), 0);
	free(text);
	yaml = wg_asprintf(
		"version: 1\nabi: {name: wasmgate-plugin, min: 1, max: 1}\nfeatures: {supported: []}\n"
		"imports: {provided: []}\nmemory: {max_pages: 16}\nkeys:\n"
		"  control: [%s/tests/host/keys/control.pub]\n  registry: [%s/tests/host/keys/registry.pub]\n"
		"  audit: [%s.pub]\ncontrol: {url: \"file:///nonexistent\", instance: edge-1}\n"
		"registry: {url: \"file:///nonexistent\"}\ninstall: {dir: \"%s\"}\n",
		src, src, keyname, dir);
	ck_assert_int_eq(wg_host_parse(yaml, strlen(yaml), "host.yml", ".", &host), 0);
	free(yaml);
	free(keyname);
	free(sha_hex);
	free(env);
	free(wasm);
	wg_key_free(k);
}

static void teardown(void)
{
	char *cmd = wg_asprintf("rm -rf '%s' '%s/audit.key' '%s/audit.pub'", dir, wg_test_tmpdir(),
				wg_test_tmpdir());

	ck_assert_int_eq(system(cmd), 0);
	free(cmd);
	wg_host_free(host);
	free(dir);
	free(gen);
}

static int verified;
static void progress(void *user, const char *stage, const char *plugin, uint64_t done, uint64_t total)
{
	(void)done; (void)total;
	ck_assert_ptr_eq(user, &verified);
	if (!strcmp(stage, "verify") && plugin && !strcmp(plugin, "p"))
		verified++;
}

START_TEST(options_checked)
{
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result r;

	ck_assert_int_eq(wg_runtime_load(&o, &r), WG_EINVAL);
	wg_runtime_result_free(&r);
	ck_assert_int_eq(wg_runtime_load(NULL, &r), WG_EINVAL);
	wg_runtime_result_free(&r);
}
END_TEST

START_TEST(untouched_loads)
{
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result r;
	char *real = realpath(dir, NULL), *want = wg_asprintf("%s/generations/1/p.wasm", real);

	o.host = host;
	o.progress = progress;
	o.progress_user = &verified;
	verified = 0;
	ck_assert_msg(wg_runtime_load(&o, &r) == WG_OK, "%s", wg_error_last());
	ck_assert_int_eq(r.num_errors, 0);
	ck_assert_int_eq(r.num_plugins, 1);
	ck_assert_str_eq(r.plugins[0].name, "p");
	ck_assert_str_eq(r.plugins[0].version, "1.0.0");
	ck_assert_int_eq(r.plugins[0].num_reasons, 0);
	ck_assert_str_eq(r.plugins[0].path, want);
	ck_assert_int_eq(r.revision, 3);
	ck_assert_int_eq(r.index_version, 5);
	ck_assert_int_eq(verified, 1);
	json_t *j = wg_runtime_result_json(&r);
	ck_assert_str_eq(json_string_value(json_object_get(json_array_get(json_object_get(j, "plugins"), 0), "path")), want);
	json_decref(j);
	wg_runtime_result_free(&r);
	free(real);
	free(want);
}
END_TEST

/* each case changes DIR after setup(); load must refuse with `want` */
typedef void (*mutate_fn)(void);
static void flip_byte(void)
{
	char *p = wg_asprintf("%s/p.wasm", gen), *data = NULL;
	size_t len;

	ck_assert_int_eq(wg_file_read(p, 1 << 20, &data, &len), 0);
	data[len - 3] ^= 1;
	put("generations/1/p.wasm", data, len);
	free(data);
	free(p);
}
static void other_bytes(void)
{
	char *q;
	size_t ql;

	plugin_bytes("q", Q_WAT, &q, &ql);
	put("generations/1/p.wasm", q, ql);
	free(q);
}
static void current_elsewhere(void)
{
	char *c = wg_asprintf("%s/current", dir);

	unlink(c);
	ck_assert_int_eq(symlink(gen, c), 0);   /* absolute: the same folder, but not generations/N */
	free(c);
}
static void cut_manifest(void) { put("generations/1/manifest.json", "{\"revision\": 3, \"plu", 19); }
static void state_ahead(void)
{
	const char *s = "{\"revision\": 4, \"etag\": \"\", \"index_version\": 5, \"index_sha256\": \"\", \"generation\": 2}";
	put("state.json", s, strlen(s));
}
static void no_attestation(void)
{
	char *p = wg_asprintf("%s/p.intoto.json", gen);

	ck_assert_int_eq(unlink(p), 0);
	free(p);
}
static void cut_state(void) { put("state.json", "{\"revision\": 3, \"gen", 20); }

static const struct {
	const char *name;
	mutate_fn mutate;
	bool overall;            /* the reason is in errors, not in the plugin's reasons */
	const char *want;
} cases[] = {
	{ "a byte of the plugin", flip_byte, false, "(tampered)" },
	{ "other bytes", other_bytes, false, "(tampered)" },
	{ "current elsewhere", current_elsewhere, true, "not to a generation in" },
	{ "cut-off manifest", cut_manifest, true, "not whole JSON (cut off?)" },
	{ "older generation than state.json", state_ahead, true, "older than generation 2 in state.json" },
	{ "no attestation", no_attestation, false, "p.intoto.json: cannot open" },
	{ "cut-off state.json", cut_state, true, "state.json: not a JSON object" },
};

START_TEST(changed_on_disk)
{
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result r;
	const char *got;

	cases[_i].mutate();
	o.host = host;
	ck_assert_int_eq(wg_runtime_load(&o, &r), WG_EVERIFY);
	if (cases[_i].overall) {
		ck_assert_int_ge(r.num_errors, 1);
		got = r.errors[0];
	} else {
		ck_assert_int_eq(r.num_plugins, 1);
		ck_assert_int_ge(r.plugins[0].num_reasons, 1);
		got = r.plugins[0].reasons[0];
	}
	ck_assert_msg(strstr(got, cases[_i].want), "%s: got '%s', want '%s'", cases[_i].name, got,
		      cases[_i].want);
	ck_assert_msg(strstr(wg_error_last(), cases[_i].want), "wg_error_last: %s", wg_error_last());
	for (size_t i = 0; i < r.num_plugins; i++)
		ck_assert_ptr_null(r.plugins[i].path);
	wg_runtime_result_free(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime_load");
	TCase *t = tcase_create("load");

	tcase_add_checked_fixture(t, setup, teardown);
	tcase_add_test(t, options_checked);
	tcase_add_test(t, untouched_loads);
	tcase_add_loop_test(t, changed_on_disk, 0, sizeof(cases) / sizeof(cases[0]));
	suite_add_tcase(s, t);
	return wg_test_run(s);
}
