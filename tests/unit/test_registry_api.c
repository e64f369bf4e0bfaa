/*
 * test_registry_api.c - the registry's library API without the CLI: the
 * name/version rule (a table of good and bad names), init writing a
 * version-1 index that verifies and loads, the index's canonical bytes
 * (index.json = the signed payload, sorted keys, compact), verify failing
 * with one line for a changed index.json, another trusted key, and an
 * expired index, refresh moving version and previous, and
 * wg_file_write_atomic_at() never writing through a symlink.
 */
#include "testutil.h"
#include "registry/registry_int.h"
#include "util/util.h"
#include "wasmgate/registry.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *const good_names[] = { "a", "hello", "my-plugin", "p_1", "1.0.0",
					  "1.0.0-rc.1", "2.0.0+build.5", "x.y" };
static const char *const bad_names[] = { "", "..", "a..b", "../x", "a/b", "Upper", "-a", ".a",
					 "_a", "a b", "a\\b", "caf\xc3\xa9",
					 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" };

START_TEST(names_good)
{
	ck_assert_msg(wg_registry_name_check("name", good_names[_i]) == 0, "%s: %s", good_names[_i],
		      wg_error_last());
}
END_TEST

START_TEST(names_bad)
{
	ck_assert_int_eq(wg_registry_name_check("name", bad_names[_i]), WG_EINVAL);
	ck_assert(strstr(wg_error_last(), "plugin name") != NULL);
}
END_TEST

static char *make_registry(const char *sub, wg_key **reg, long expires_in)
{
	char *dir = wg_asprintf("%s/%s", wg_test_tmpdir(), sub);
	wg_key *audit = NULL;

	ck_assert_int_eq(wg_key_generate(reg), 0);
	ck_assert_int_eq(wg_key_generate(&audit), 0);
	ck_assert_int_eq(wg_registry_init(dir, *reg, (const wg_key *const *)&audit, 1, expires_in), 0);
	wg_key_free(audit);
	return dir;
}

static size_t verify_lines(const char *dir, const wg_key *key, time_t now, char **first)
{
	wg_registry_verify_options o = WG_REGISTRY_VERIFY_OPTIONS_INIT;
	char **lines = NULL;
	size_t n = 0;

	o.key = key;
	o.now = now;
	wg_registry_verify(dir, &o, &lines, &n);
	*first = n ? wg_strdup(lines[0]) : NULL;
	wg_registry_lines_free(lines, n);
	return n;
}

START_TEST(init_verifies_and_is_canonical)
{
	wg_key *reg = NULL;
	char *dir = make_registry("r1", &reg, 0), *first = NULL, *path, *bytes, *again;
	json_t *index = NULL;
	size_t len = 0, again_len = 0;

	ck_assert_uint_eq(verify_lines(dir, NULL, 0, &first), 0);
	ck_assert_int_eq(wg_registry_index_load(dir, &index), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(index, "version")), 1);
	ck_assert(json_is_null(json_object_get(index, "previous")));
	path = wg_asprintf("%s/index.json", dir);
	ck_assert_int_eq(wg_file_read(path, 0, &bytes, &len), 0);
	again = json_dumps(index, JSON_SORT_KEYS | JSON_COMPACT);
	again_len = strlen(again);
	ck_assert_uint_eq(len, again_len);
	ck_assert(memcmp(bytes, again, len) == 0);
	ck_assert(strchr(bytes, '\n') == NULL);
	free(again);
	free(bytes);
	free(path);
	json_decref(index);
	wg_key_free(reg);
	free(dir);
}
END_TEST

START_TEST(verify_catches)
{
	wg_key *reg = NULL, *other = NULL;
	char *dir = make_registry("r2", &reg, 3600), *first = NULL, *path;
	int fd;

	ck_assert_int_eq(wg_key_generate(&other), 0);
	ck_assert_uint_eq(verify_lines(dir, other, 0, &first), 1);
	ck_assert_msg(strstr(first, "trusted") != NULL, "%s", first);
	free(first);
	ck_assert_uint_eq(verify_lines(dir, NULL, time(NULL) + 7200, &first), 1);
	ck_assert_msg(strstr(first, "expired") != NULL, "%s", first);
	free(first);
	path = wg_asprintf("%s/index.json", dir);
	fd = open(path, O_WRONLY | O_APPEND);
	ck_assert(fd >= 0 && write(fd, " ", 1) == 1);
	close(fd);
	ck_assert_uint_eq(verify_lines(dir, NULL, 0, &first), 1);
	ck_assert_msg(strstr(first, "not the signed index") != NULL, "%s", first);
	free(first);
	free(path);
	wg_key_free(other);
	wg_key_free(reg);
	free(dir);
}
END_TEST

START_TEST(refresh_chains)
{
	wg_key *reg = NULL, *other = NULL;
	char *dir = make_registry("r3", &reg, 0), *first = NULL, *path;
	uint8_t sha[32];
	char hex[65];
	json_t *index = NULL;

	path = wg_asprintf("%s/index.json", dir);
	ck_assert_int_eq(wg_sha256_file(path, sha), 0);
	wg_hex(sha, 32, hex);
	ck_assert_int_eq(wg_registry_refresh(dir, reg, 60), 0);
	ck_assert_int_eq(wg_registry_index_load(dir, &index), 0);
	ck_assert_int_eq(json_integer_value(json_object_get(index, "version")), 2);
	ck_assert_str_eq(json_string_value(json_object_get(index, "previous")), hex);
	ck_assert_uint_eq(verify_lines(dir, NULL, 0, &first), 0);
	ck_assert_int_eq(wg_key_generate(&other), 0);
	ck_assert_int_eq(wg_registry_refresh(dir, other, 60), WG_EVERIFY);   /* not the registry's key */
	json_decref(index);
	wg_key_free(other);
	wg_key_free(reg);
	free(path);
	free(dir);
}
END_TEST

START_TEST(write_at_replaces_a_symlink_not_its_target)
{
	char *target = wg_test_write("target", "keep", 4), *dir = wg_asprintf("%s", wg_test_tmpdir());
	char *link_path = wg_asprintf("%s/link", dir), *back = NULL;
	size_t len = 0;
	int fd = open(dir, O_RDONLY | O_DIRECTORY);

	ck_assert_int_eq(symlink(target, link_path), 0);
	ck_assert_int_eq(wg_file_write_atomic_at(fd, "link", "new", 3, 0644), 0);
	ck_assert_int_eq(wg_file_read(target, 0, &back, &len), 0);
	ck_assert_str_eq(back, "keep");
	free(back);
	ck_assert_int_eq(wg_file_read(link_path, 0, &back, &len), 0);
	ck_assert_str_eq(back, "new");
	free(back);
	close(fd);
	free(link_path);
	free(dir);
	free(target);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("registry_api");
	TCase *tc = tcase_create("api");

	tcase_add_loop_test(tc, names_good, 0, sizeof(good_names) / sizeof(good_names[0]));
	tcase_add_loop_test(tc, names_bad, 0, sizeof(bad_names) / sizeof(bad_names[0]));
	tcase_add_test(tc, init_verifies_and_is_canonical);
	tcase_add_test(tc, verify_catches);
	tcase_add_test(tc, refresh_chains);
	tcase_add_test(tc, write_at_replaces_a_symlink_not_its_target);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
