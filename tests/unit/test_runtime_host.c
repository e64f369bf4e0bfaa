/*
 * test_runtime_host.c - data-driven tests of the host profile loader.
 *
 * tests/host/good/ *.yml must load; "# expect: KEY=VALUE [KEY=VALUE]" lines
 * say what (rendered by render() below).  tests/host/bad/ *.yml must fail
 * with WG_EPARSE; the first line is "# error: LINE:COL: <substring>".
 * Adding a case = adding a file.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/host.h"
#include "wasmgate/module.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void render(wg_buf *b, const wg_host *h)
{
	int first = 1;

	wg_buf_printf(b, "abi=%s/%llu..%llu\n", h->abi.name, (unsigned long long)h->abi.min,
		      (unsigned long long)h->abi.max);
	wg_buf_puts(b, "features=");
	for (int i = 0; i < 32; i++)
		if (h->features & (1u << i)) {
			wg_buf_printf(b, "%s%s", first ? "" : ",", wg_feature_name((wg_feature)(1u << i)));
			first = 0;
		}
	wg_buf_puts(b, "\nimports=");
	for (size_t i = 0; i < h->num_imports; i++)
		wg_buf_printf(b, "%s%s", i ? "," : "", h->imports[i]);
	wg_buf_printf(b, "\nmax_pages=%llu\n", (unsigned long long)h->max_memory_pages);
	wg_buf_printf(b, "keys=%zu,%zu,%zu\n", h->num_control_keys, h->num_registry_keys,
		      h->num_audit_keys);
	wg_buf_printf(b, "control=%s instance=%s\n", h->control_url, h->instance);
	wg_buf_printf(b, "registry=%s\n", h->registry_url);
	wg_buf_printf(b, "timeouts=%llu,%llu\n", (unsigned long long)h->connect_timeout,
		      (unsigned long long)h->timeout);
}

/* the "# expect:" lines of `path`, joined by "\n" */
static char *expected(const char *path)
{
	char *text = NULL, *line, *save = NULL;
	size_t len;
	wg_buf b = WG_BUF_INIT;

	ck_assert_int_eq(wg_file_read(path, 1 << 20, &text, &len), 0);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
		if (!strncmp(line, "# expect: ", 10))
			wg_buf_printf(&b, "%s\n", line + 10);
	free(text);
	return wg_buf_detach(&b);
}

typedef void (*case_fn)(const char *path, const char *file);

static int each(const char *sub, case_fn fn)
{
	char *dir = wg_asprintf("%s/tests/host/%s", wg_test_src(), sub);
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert_msg(d != NULL, "cannot open %s", dir);
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l < 5 || strcmp(e->d_name + l - 4, ".yml"))
			continue;
		char *path = wg_asprintf("%s/%s", dir, e->d_name);
		fn(path, e->d_name);
		free(path);
		n++;
	}
	closedir(d);
	free(dir);
	return n;
}

static void good_case(const char *path, const char *file)
{
	wg_host *h = NULL;
	wg_buf got = WG_BUF_INIT;
	char *want = expected(path);
	int rc = wg_host_load(path, &h);

	ck_assert_msg(rc == 0, "%s: %s", file, wg_error_last());
	render(&got, h);
	ck_assert_msg(!strcmp(got.ptr, want), "%s:\n got:\n%s want:\n%s", file, got.ptr, want);
	wg_buf_free(&got);
	free(want);
	wg_host_free(h);
}

static void bad_case(const char *path, const char *file)
{
	wg_host *h = NULL;
	char *text = NULL, want[512], *nl, *full;
	size_t len;
	int rc;

	ck_assert_int_eq(wg_file_read(path, 1 << 20, &text, &len), 0);
	ck_assert_msg(!strncmp(text, "# error: ", 9), "%s: first line must be '# error: '", file);
	snprintf(want, sizeof(want), "%s", text + 9);
	if ((nl = strchr(want, '\n')))
		*nl = '\0';
	free(text);
	rc = wg_host_load(path, &h);
	ck_assert_msg(rc == WG_EPARSE && !h, "%s: expected a parse error, got %d", file, rc);
	/* "PATH:LINE:COL: message": the position exactly, the message as a substring */
	nl = strchr(want, ' ');
	ck_assert_msg(nl != NULL, "%s: '# error: LINE:COL: message'", file);
	*nl = '\0';
	full = wg_asprintf("%s:%s ", path, want);
	ck_assert_msg(!strncmp(wg_error_last(), full, strlen(full)) && strstr(wg_error_last(), nl + 1),
		      "%s: expected '%s %s', got '%s'", file, want, nl + 1, wg_error_last());
	free(full);
}

START_TEST(good_profiles)
{
	ck_assert_int_ge(each("good", good_case), 2);
}
END_TEST

START_TEST(bad_profiles)
{
	ck_assert_int_ge(each("bad", bad_case), 15);
}
END_TEST

START_TEST(provides_globs)
{
	char *path = wg_asprintf("%s/tests/host/good/full.yml", wg_test_src());
	wg_host *h = NULL;

	ck_assert_int_eq(wg_host_load(path, &h), 0);
	ck_assert(wg_host_provides(h, "wasi_snapshot_preview1", "fd_write"));
	ck_assert(!wg_host_provides(h, "wasi_snapshot_preview1", "fd_read"));
	ck_assert(wg_host_provides(h, "env", "anything"));
	ck_assert(!wg_host_provides(h, "envx", "a"));
	wg_host_free(h);
	free(path);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("runtime_host");
	TCase *t = tcase_create("host");

	tcase_add_test(t, good_profiles);
	tcase_add_test(t, bad_profiles);
	tcase_add_test(t, provides_globs);
	suite_add_tcase(s, t);
	return wg_test_run(s);
}
