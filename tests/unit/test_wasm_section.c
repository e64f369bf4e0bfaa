/*
 * test_wasm_section.c - the one decoder of the `wasmgate.plugin` section
 * (plugin_section.h): strict and lenient modes, the "capabilities" list,
 * and reading the section out of a real module (wat2wasm + an appended
 * custom section) through the module reader.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/plugin_section.h"

#include <stdlib.h>
#include <string.h>

static int dec(const char *json, wg_plugin_section_mode mode, wg_plugin_id *out)
{
	return wg_plugin_section_decode((const uint8_t *)json, strlen(json), mode, out);
}

START_TEST(lenient_takes_name_and_version_only)
{
	wg_plugin_id id;

	ck_assert_int_eq(dec("{\"name\":\"x\",\"version\":\"1\",\"abi\":\"\"}", WG_PLUGIN_SECTION_LENIENT, &id), 0);
	ck_assert_str_eq(id.name, "x");
	ck_assert_ptr_null(id.abi);
	ck_assert_ptr_null(id.toolchain);
	ck_assert(!id.has_capabilities);
	wg_plugin_id_clear(&id);
	/* the same payload is not what `wasmgate build` writes */
	ck_assert_int_eq(dec("{\"name\":\"x\",\"version\":\"1\",\"abi\":\"\"}", WG_PLUGIN_SECTION_STRICT, &id), WG_EPARSE);
	ck_assert_int_eq(dec("{\"version\":\"1.0.0\"}", WG_PLUGIN_SECTION_LENIENT, &id), WG_EPARSE);
	ck_assert_int_eq(dec("{\"name\":1,\"version\":\"1.0.0\"}", WG_PLUGIN_SECTION_LENIENT, &id), WG_EPARSE);
	ck_assert_int_eq(dec("{\"name\":\"a\",\"name\":\"b\",\"version\":\"1\"}", WG_PLUGIN_SECTION_LENIENT, &id), WG_EPARSE);
}
END_TEST

START_TEST(capabilities_roundtrip)
{
	char *caps[] = { "filesystem", "wasi_snapshot_preview1.path_*" };
	wg_plugin_id id = { .name = "reader", .version = "1.0.0", .abi = "wasmgate-plugin/1",
			    .toolchain = "wasi", .variant = "", .capabilities = caps,
			    .num_capabilities = 2, .has_capabilities = true }, back;
	char *s;
	size_t len;

	ck_assert_int_eq(wg_plugin_section_encode(&id, &s, &len), 0);
	ck_assert_str_eq(s, "{\"abi\":\"wasmgate-plugin/1\",\"capabilities\":[\"filesystem\","
			    "\"wasi_snapshot_preview1.path_*\"],\"name\":\"reader\",\"toolchain\":\"wasi\","
			    "\"variant\":\"\",\"version\":\"1.0.0\"}");
	ck_assert_int_eq(wg_plugin_section_decode((const uint8_t *)s, len, WG_PLUGIN_SECTION_STRICT, &back), 0);
	ck_assert(back.has_capabilities);
	ck_assert_uint_eq(back.num_capabilities, 2);
	ck_assert_str_eq(back.capabilities[1], "wasi_snapshot_preview1.path_*");
	wg_plugin_id_clear(&back);
	free(s);
	/* an empty list is a declaration too: the plugin needs nothing */
	ck_assert_int_eq(dec("{\"capabilities\":[],\"name\":\"x\",\"version\":\"1\"}", WG_PLUGIN_SECTION_LENIENT, &back), 0);
	ck_assert(back.has_capabilities);
	ck_assert_uint_eq(back.num_capabilities, 0);
	wg_plugin_id_clear(&back);
}
END_TEST

START_TEST(capabilities_refused)
{
	const char *bad[] = {
		"{\"capabilities\":\"filesystem\",\"name\":\"x\",\"version\":\"1\"}",
		"{\"capabilities\":[1],\"name\":\"x\",\"version\":\"1\"}",
		"{\"capabilities\":[\"\"],\"name\":\"x\",\"version\":\"1\"}",
		"{\"capabilities\":[\"File System\"],\"name\":\"x\",\"version\":\"1\"}",
		"{\"capabilities\":[\"env.[x\"],\"name\":\"x\",\"version\":\"1\"}",
		"{\"capabilities\":[\"env.a\\nb\"],\"name\":\"x\",\"version\":\"1\"}",
		NULL,
	};
	wg_plugin_id id;
	wg_buf many = WG_BUF_INIT;

	for (const char **b = bad; *b; b++) {
		ck_assert_msg(dec(*b, WG_PLUGIN_SECTION_LENIENT, &id) == WG_EPARSE, "accepted %s", *b);
		ck_assert_ptr_nonnull(strstr(wg_error_last(), "wasmgate.plugin: "));
		ck_assert_ptr_null(id.capabilities);
	}
	wg_buf_puts(&many, "{\"name\":\"x\",\"version\":\"1\",\"capabilities\":[");
	for (int i = 0; i <= WG_PLUGIN_CAPS_MAX; i++)
		wg_buf_printf(&many, "%s\"clock\"", i ? "," : "");
	wg_buf_puts(&many, "]}");
	ck_assert_int_eq(dec(many.ptr, WG_PLUGIN_SECTION_LENIENT, &id), WG_ELIMIT);
	wg_buf_free(&many);
}
END_TEST

/* A module with the given wasmgate.plugin payloads appended as sections. */
static wg_module *module_with(const char *const *payloads)
{
	char *path = wg_test_wat("sec", "(module)");
	wg_buf b = WG_BUF_INIT;
	size_t len;
	wg_module *m = NULL;

	ck_assert(wg_file_read(path, 0, &b.ptr, &len) == 0);
	b.len = b.cap = len;
	for (; *payloads; payloads++) {
		size_t n = 1 + strlen(WG_PLUGIN_SECTION) + strlen(*payloads);

		ck_assert(n < 128);   /* one LEB byte */
		char head[3] = { 0, (char)n, (char)strlen(WG_PLUGIN_SECTION) };

		wg_buf_put(&b, head, 3);
		wg_buf_puts(&b, WG_PLUGIN_SECTION);
		wg_buf_puts(&b, *payloads);
	}
	ck_assert(wg_module_read_mem((const uint8_t *)b.ptr, b.len, NULL, &m) == 0);
	ck_assert_int_eq(m->status, WG_MODULE_OK);
	wg_buf_free(&b);
	free(path);
	return m;
}

START_TEST(read_from_module)
{
	const char *none[] = { NULL };
	const char *two[] = { "{\"name\":\"first\",\"version\":\"1\"}",
			      "{\"name\":\"second\",\"version\":\"1\"}", NULL };
	wg_module *m = module_with(none);
	wg_plugin_id id;
	bool found = true;

	ck_assert_int_eq(wg_plugin_section_read(m, WG_PLUGIN_SECTION_LENIENT, &id, &found), 0);
	ck_assert(!found);
	wg_module_free(m);
	m = module_with(two);
	ck_assert_int_eq(wg_plugin_section_read(m, WG_PLUGIN_SECTION_LENIENT, &id, &found), 0);
	ck_assert(found);
	ck_assert_str_eq(id.name, "first");
	wg_plugin_id_clear(&id);
	/* strict: a second section is an error (which one would count?) */
	ck_assert_int_eq(wg_plugin_section_read(m, WG_PLUGIN_SECTION_STRICT, &id, &found), WG_EPARSE);
	wg_module_free(m);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("wasm_section");
	TCase *tc = tcase_create("section");

	tcase_add_test(tc, lenient_takes_name_and_version_only);
	tcase_add_test(tc, capabilities_roundtrip);
	tcase_add_test(tc, capabilities_refused);
	tcase_add_test(tc, read_from_module);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
