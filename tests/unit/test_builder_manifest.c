/*
 * test_builder_manifest.c - plugin.yml loading (data-driven) and the
 * `wasmgate.plugin` section.
 *
 * tests/manifest/bad/ *.yml must fail with WG_EPARSE; the first line of each is
 * "# error: LINE:COL: <substring of the message>".  Every example plugin's
 * manifest must load.  Source globs: symlinks out of the plugin folder and
 * globs that match nothing are refused.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/manifest.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void check_bad(const char *dir, const char *file)
{
	char *path = wg_asprintf("%s/%s", dir, file), *text = NULL, want[512], got[1024];
	size_t len;
	wg_manifest *m = NULL;
	int rc;

	ck_assert_int_eq(wg_file_read(path, 0, &text, &len), 0);
	ck_assert_msg(sscanf(text, "# error: %511[^\n]", want) == 1, "%s: no '# error:' line", file);
	rc = wg_manifest_parse(text, len, "plugin.yml", NULL, &m);
	ck_assert_msg(rc == WG_EPARSE, "%s: loaded (rc %d), expected: %s", file, rc, want);
	snprintf(got, sizeof(got), "%s", wg_error_last());
	ck_assert_msg(!strncmp(got, "plugin.yml:", 11) && strstr(got + 11, want) == got + 11,
		      "%s:\n  got:      %s\n  expected: plugin.yml:%s", file, got, want);
	ck_assert_ptr_null(m);
	free(text);
	free(path);
}

START_TEST(bad_manifests)
{
	char *dir = wg_asprintf("%s/tests/manifest/bad", wg_test_src());
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	ck_assert_ptr_nonnull(d);
	while ((e = readdir(d))) {
		size_t l = strlen(e->d_name);
		if (l > 4 && !strcmp(e->d_name + l - 4, ".yml")) {
			check_bad(dir, e->d_name);
			n++;
		}
	}
	closedir(d);
	ck_assert_int_gt(n, 20);
	free(dir);
}
END_TEST

START_TEST(examples_load)
{
	const char *names[] = { "hello", "simd", "fileio", "grow", "atomics", "cxxsum" };

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		char *dir = wg_asprintf("%s/examples/plugins/%s", wg_test_src(), names[i]);
		wg_manifest *m = NULL;
		wg_manifest_list files;

		ck_assert_msg(wg_manifest_load(dir, &m) == 0, "%s: %s", names[i], wg_error_last());
		ck_assert_str_eq(m->name, names[i]);
		ck_assert_uint_eq(m->toolchains, 3);     /* every example: both toolchains */
		ck_assert_msg(wg_manifest_source_files(m, &files) == 0, "%s", wg_error_last());
		ck_assert_uint_ge(files.count, 1);
		wg_manifest_list_free(&files);
		wg_manifest_free(m);
		free(dir);
	}
}
END_TEST

static const char good[] =
	"schema: 1\nname: p\nversion: 1.2.3-rc.1+b5\nabi: wasmgate-plugin/1\n"
	"toolchain: wasi\nlanguage: c++\nsources: ['*.c']\nexports: [memory, f]\n"
	"memory: {initial_pages: 2, max_pages: 16}\noptimisation: Oz\n"
	"toolchains: {emscripten: {link_flags: [-sTOTAL_STACK=65536]}, wasi: ~}\n"
	"variants: {simd: {flags: [-msimd128], defines: [USE_SIMD=1]}}\n";

START_TEST(good_values)
{
	wg_manifest *m = NULL;

	ck_assert_msg(wg_manifest_parse(good, strlen(good), "x.yml", ".", &m) == 0, "%s",
		      wg_error_last());
	ck_assert_str_eq(m->version_text, "1.2.3-rc.1+b5");
	ck_assert_int_eq(m->toolchain, WG_TOOLCHAIN_WASI);
	ck_assert_uint_eq(m->toolchains, 3);
	ck_assert_int_eq(m->language, WG_LANG_CXX);
	ck_assert(m->has_max_pages && m->max_pages == 16 && m->initial_pages == 2);
	ck_assert_str_eq(m->optimisation, "Oz");
	ck_assert_uint_eq(m->num_variants, 1);
	ck_assert_ptr_nonnull(wg_manifest_variant(m, "simd"));
	ck_assert_ptr_null(wg_manifest_variant(m, "threads"));
	ck_assert_str_eq(wg_manifest_variant(m, "simd")->set.defines.items[0], "USE_SIMD=1");
	ck_assert_uint_eq(m->toolchain_set[WG_TOOLCHAIN_EMSCRIPTEN].link_flags.count, 1);
	wg_manifest_free(m);
}
END_TEST

static wg_manifest *plugin_in(const char *dir, const char *sources)
{
	char *text = wg_asprintf("schema: 1\nname: p\nversion: 1.0.0\nabi: wasmgate-plugin/1\n"
				 "toolchain: wasi\nsources: %s\nexports: [f]\n", sources);
	wg_manifest *m = NULL;

	ck_assert_int_eq(wg_manifest_parse(text, strlen(text), "plugin.yml", dir, &m), 0);
	free(text);
	return m;
}

START_TEST(sources_confined)
{
	const char *tmp = wg_test_tmpdir();
	char *dir = wg_asprintf("%s/plug", tmp), *link = wg_asprintf("%s/out.c", dir);
	char *in = wg_asprintf("%s/a.c", dir), *outside = wg_asprintf("%s/secret.c", tmp);
	wg_manifest *m;
	wg_manifest_list files;

	ck_assert_int_eq(mkdir(dir, 0755), 0);
	ck_assert_int_eq(wg_file_write_atomic(in, "int f;\n", 7, 0644, 0), 0);
	ck_assert_int_eq(wg_file_write_atomic(outside, "int s;\n", 7, 0644, 0), 0);
	m = plugin_in(dir, "['a.c']");
	ck_assert_int_eq(wg_manifest_source_files(m, &files), 0);
	ck_assert_uint_eq(files.count, 1);
	ck_assert_str_eq(files.items[0], "a.c");
	wg_manifest_list_free(&files);
	wg_manifest_free(m);

	ck_assert_int_eq(symlink(outside, link), 0);
	m = plugin_in(dir, "['*.c']");
	ck_assert_int_eq(wg_manifest_source_files(m, &files), WG_EINVAL);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "resolves outside the plugin folder"));
	wg_manifest_free(m);

	m = plugin_in(dir, "['*.cpp']");
	ck_assert_int_eq(wg_manifest_source_files(m, &files), WG_EINVAL);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "matches no file"));
	wg_manifest_free(m);
	free(dir); free(link); free(in); free(outside);
}
END_TEST

START_TEST(section_roundtrip)
{
	wg_plugin_id id = { .name = "hello", .version = "1.0.0", .abi = "wasmgate-plugin/1",
			    .toolchain = "wasi", .variant = "simd" }, back;
	char *s;
	size_t len;
	const char bad[] = "{\"abi\":\"wasmgate-plugin/1\",\"name\":\"../x\",\"toolchain\":\"wasi\","
			   "\"variant\":\"\",\"version\":\"1.0.0\"}";

	ck_assert_int_eq(wg_plugin_section_encode(&id, &s, &len), 0);
	ck_assert_str_eq(s, "{\"abi\":\"wasmgate-plugin/1\",\"name\":\"hello\",\"toolchain\":\"wasi\","
			    "\"variant\":\"simd\",\"version\":\"1.0.0\"}");
	ck_assert_int_eq(wg_plugin_section_decode((const uint8_t *)s, len, WG_PLUGIN_SECTION_STRICT, &back), 0);
	ck_assert_str_eq(back.variant, "simd");
	wg_plugin_id_clear(&back);
	free(s);
	ck_assert_int_eq(wg_plugin_section_decode((const uint8_t *)bad, strlen(bad), WG_PLUGIN_SECTION_STRICT, &back), WG_EPARSE);
	ck_assert_int_eq(wg_plugin_section_decode((const uint8_t *)"[1]", 3, WG_PLUGIN_SECTION_STRICT, &back), WG_EPARSE);
}
END_TEST

START_TEST(semver)
{
	const char *ok[] = { "0.0.0", "1.2.3", "10.20.30-alpha.1", "1.0.0+20130313144700",
			     "1.0.0-0.3.7", "1.0.0-x-y-z.--", NULL };
	const char *no[] = { "1", "1.2", "01.1.1", "1.2.3-01", "1.2.3-", "1.2.3+", "1.2.3.4",
			     "v1.2.3", "1.2.3-a..b", "", NULL };

	for (const char **s = ok; *s; s++)
		ck_assert_msg(wg_semver_valid(*s), "%s", *s);
	for (const char **s = no; *s; s++)
		ck_assert_msg(!wg_semver_valid(*s), "%s", *s);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("build_manifest");
	TCase *tc = tcase_create("core");

	tcase_add_test(tc, bad_manifests);
	tcase_add_test(tc, examples_load);
	tcase_add_test(tc, good_values);
	tcase_add_test(tc, sources_confined);
	tcase_add_test(tc, section_roundtrip);
	tcase_add_test(tc, semver);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
