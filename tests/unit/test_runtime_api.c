/*
 * test_runtime_api.c - the wg_runtime_init() C API without a network:
 * option checks, a control plane that is not there (one overall reason,
 * nothing installed, DIR/current absent), a config file that is not a DSSE
 * envelope, and the progress callback.  The full path runs in
 * tests/integration/runtime_init.sh.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/runtime.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static wg_host *load_host(const char *control_url, const char *dir)
{
	const char *src = wg_test_src();
	char *yaml = wg_asprintf(
		"version: 1\nabi: {name: wasmgate-plugin, min: 1, max: 1}\nfeatures: {supported: []}\n"
		"imports: {provided: []}\nmemory: {max_pages: 16}\nkeys:\n"
		"  control: [%s/tests/host/keys/control.pub]\n  registry: [%s/tests/host/keys/registry.pub]\n"
		"  audit: [%s/tests/host/keys/audit.pub]\ncontrol: {url: \"%s\", instance: edge-1}\n"
		"registry: {url: \"file:///nonexistent\"}\ninstall: {dir: \"%s\"}\n",
		src, src, src, control_url, dir);
	wg_host *h = NULL;

	ck_assert_int_eq(wg_host_parse(yaml, strlen(yaml), "host.yml", ".", &h), 0);
	free(yaml);
	return h;
}

static int stages;
static void progress(void *user, const char *stage, const char *plugin, uint64_t done, uint64_t total)
{
	(void)plugin; (void)done; (void)total;
	ck_assert_ptr_eq(user, &stages);
	if (!strcmp(stage, "config"))
		stages++;
}

START_TEST(options_checked)
{
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result r;

	ck_assert_int_eq(wg_runtime_init(&o, &r), WG_EINVAL);   /* no host */
	wg_runtime_result_free(&r);
	o.version = 2;
	ck_assert_int_eq(wg_runtime_init(&o, &r), WG_EINVAL);
	wg_runtime_result_free(&r);
}
END_TEST

static void refused_with(const char *url, const char *want)
{
	char *dir = wg_asprintf("%s/inst", wg_test_tmpdir()), *cur = wg_asprintf("%s/current", dir);
	wg_host *h = load_host(url, dir);
	wg_runtime_options o = WG_RUNTIME_OPTIONS_INIT;
	wg_runtime_result r;

	o.host = h;
	o.token = "wgi_x";
	o.progress = progress;
	o.progress_user = &stages;
	stages = 0;
	ck_assert_int_eq(wg_runtime_init(&o, &r), WG_EVERIFY);
	ck_assert_int_eq(stages, 1);
	ck_assert_int_eq(r.num_errors, 1);
	ck_assert_msg(strstr(r.errors[0], want), "got '%s', want '%s'", r.errors[0], want);
	ck_assert(!r.installed && r.num_plugins == 0);
	ck_assert_int_ne(access(cur, F_OK), 0);
	json_t *j = wg_runtime_result_json(&r);
	ck_assert(json_is_false(json_object_get(j, "installed")));
	ck_assert_int_eq(json_array_size(json_object_get(j, "errors")), 1);
	json_decref(j);
	wg_runtime_result_free(&r);
	wg_host_free(h);
	free(dir);
	free(cur);
}

START_TEST(no_control_plane)
{
	refused_with("file:///nonexistent/control", "config: file:///nonexistent/control/v1/instances/edge-1/config");
}
END_TEST

START_TEST(not_an_envelope)
{
	char *d = wg_asprintf("%s/cp/v1/instances/edge-1", wg_test_tmpdir()), *f, *url;

	ck_assert_int_eq(wg_dir_create(d, 0755), 0);
	f = wg_asprintf("%s/config", d);
	ck_assert_int_eq(wg_file_write_atomic(f, "{\"payload\":1}", 13, 0644, 0), 0);
	url = wg_asprintf("file://%s/cp", wg_test_tmpdir());
	refused_with(url, "config: ");
	free(d);
	free(f);
	free(url);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime_api");
	TCase *t = tcase_create("api");

	tcase_add_test(t, options_checked);
	tcase_add_test(t, no_control_plane);
	tcase_add_test(t, not_an_envelope);
	suite_add_tcase(s, t);
	return wg_test_run(s);
}
