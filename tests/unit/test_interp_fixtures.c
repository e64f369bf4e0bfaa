/*
 * test_interp_fixtures.c - the data-driven interpreter tests: every
 * tests/fixtures/interp/<case>.wat is compiled, instantiated with its
 * `;; limits:` and its `;; call:` lines run in order on that one instance,
 * each compared with the result or error it names (format:
 * tests/fixtures/interp/README.md).
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/interp.h"

#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CASES 200

static char *cases[MAX_CASES];
static size_t num_cases;

static void collect_cases(void)
{
	num_cases = wg_test_cases("interp", ".wat", cases, MAX_CASES);
}

static int code_of(const char *name)
{
	static const struct { const char *name; int code; } codes[] = {
		{ "EINVAL", WG_EINVAL }, { "ELIMIT", WG_ELIMIT }, { "EVERIFY", WG_EVERIFY },
		{ "EPARSE", WG_EPARSE }, { "EIO", WG_EIO }, { "ERROR", WG_ERROR },
	};
	for (size_t i = 0; i < sizeof(codes) / sizeof(codes[0]); i++)
		if (!strcmp(codes[i].name, name))
			return codes[i].code;
	ck_abort_msg("unknown error code %s", name);
	return 0;
}

/* "i32:5" -> a value */
static wg_val parse_val(const char *tok)
{
	wg_val v;

	memset(&v, 0, sizeof(v));
	if (!strncmp(tok, "i32:", 4)) {
		v.type = WG_VAL_I32;
		v.of.i32 = (int32_t)strtol(tok + 4, NULL, 10);
	} else if (!strncmp(tok, "i64:", 4)) {
		v.type = WG_VAL_I64;
		v.of.i64 = strtoll(tok + 4, NULL, 10);
	} else if (!strncmp(tok, "f32:", 4)) {
		v.type = WG_VAL_F32;
		v.of.f32 = strtof(tok + 4, NULL);
	} else if (!strncmp(tok, "f64:", 4)) {
		v.type = WG_VAL_F64;
		v.of.f64 = strtod(tok + 4, NULL);
	} else {
		ck_abort_msg("bad value '%s'", tok);
	}
	return v;
}

static int val_eq(wg_val a, wg_val b)
{
	if (a.type != b.type)
		return 0;
	switch (a.type) {
	case WG_VAL_I32: return a.of.i32 == b.of.i32;
	case WG_VAL_I64: return a.of.i64 == b.of.i64;
	case WG_VAL_F32: return a.of.f32 == b.of.f32;
	case WG_VAL_F64: return a.of.f64 == b.of.f64;
	}
	return 0;
}

/* "error CODE TEXT": the call must fail with CODE and TEXT in the message. */
static void want_error(const char *where, int rc, const char *spec)
{
	char code[16];
	const char *text;

	ck_assert_msg(sscanf(spec, "error %15s", code) == 1, "%s: bad expectation '%s'", where, spec);
	text = strstr(spec, code) + strlen(code);
	text += strspn(text, " ");
	ck_assert_msg(rc == code_of(code), "%s: returned %d, expected %s (%s)", where, rc, code,
		      wg_error_last());
	ck_assert_msg(strstr(wg_error_last(), text), "%s: message '%s' lacks '%s'", where,
		      wg_error_last(), text);
}

/* "NAME ARGS... -> RESULTS..." or "NAME ARGS... -> error CODE TEXT" */
static void run_call(const char *name, wg_interp *in, char *line)
{
	char *arrow = strstr(line, "->"), *save = NULL, *tok;
	wg_val args[WG_INTERP_MAX_VALUES], res[WG_INTERP_MAX_VALUES];
	size_t nargs = 0, nres = 99;
	const char *fn;
	char *want;
	int rc;

	ck_assert_msg(arrow, "%s: call without '->': %s", name, line);
	*arrow = '\0';
	want = arrow + 2 + strspn(arrow + 2, " ");
	fn = strtok_r(line, " ", &save);
	while ((tok = strtok_r(NULL, " ", &save)) && nargs < WG_INTERP_MAX_VALUES)
		args[nargs++] = parse_val(tok);
	rc = wg_interp_call(in, fn, args, nargs, res, WG_INTERP_MAX_VALUES, &nres);
	if (!strncmp(want, "error ", 6)) {
		want_error(name, rc, want);
		ck_assert_msg(nres == 0, "%s: %s failed but gave %zu results", name, fn, nres);
		return;
	}
	ck_assert_msg(rc == WG_OK, "%s: %s: %s", name, fn, wg_error_last());
	size_t i = 0;
	for (tok = strtok_r(want, " \n", &save); tok; tok = strtok_r(NULL, " \n", &save), i++) {
		ck_assert_msg(i < nres, "%s: %s gave %zu results, expected more", name, fn, nres);
		ck_assert_msg(val_eq(res[i], parse_val(tok)), "%s: %s result %zu is not %s", name,
			      fn, i, tok);
	}
	ck_assert_msg(i == nres, "%s: %s gave %zu results, expected %zu", name, fn, nres, i);
}

START_TEST(fixture)
{
	const char *name = cases[_i];
	char *src = wg_asprintf("%s/tests/fixtures/interp/%s.wat", wg_test_src(), name);
	char *text = NULL, *wasm, *line, *save = NULL, *load = NULL;
	size_t len;
	wg_interp_limits lim = WG_INTERP_LIMITS_INIT;
	wg_interp *in = NULL;
	unsigned long long fuel = 0, pages = 0;
	int rc;

	ck_assert_int_eq(wg_file_read(src, 0, &text, &len), 0);
	wasm = wg_test_wat(name, text);
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (sscanf(line, ";; limits: fuel %llu pages %llu", &fuel, &pages) >= 1 ||
		    sscanf(line, ";; limits: pages %llu", &pages) == 1) {
			lim.fuel = fuel;
			lim.max_memory_pages = (uint32_t)pages;
		} else if (!strncmp(line, ";; load: ", 9)) {
			load = line + 9;
		}
	}
	rc = wg_interp_open(wasm, &lim, &in);
	if (load) {
		want_error(name, rc, load);
		ck_assert_ptr_null(in);
	} else {
		ck_assert_msg(rc == WG_OK, "%s: %s", name, wg_error_last());
		free(text);
		ck_assert_int_eq(wg_file_read(src, 0, &text, &len), 0);
		for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save))
			if (!strncmp(line, ";; call: ", 9))
				run_call(name, in, line + 9);
	}
	wg_interp_free(in);
	free(wasm);
	free(text);
	free(src);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("interp_fixtures");
	TCase *tc = tcase_create("fixtures");

	collect_cases();
	if (!num_cases) {
		fprintf(stderr, "no fixtures under %s/tests/fixtures/interp\n", wg_test_src());
		return 1;
	}
	tcase_set_timeout(tc, 120);
	tcase_add_loop_test(tc, fixture, 0, (int)num_cases);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
