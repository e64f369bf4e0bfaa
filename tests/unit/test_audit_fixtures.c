/*
 * test_audit_fixtures.c - the data-driven audit tests: every
 * tests/fixtures/<case>.wat is compiled with wat2wasm, audited through the
 * library and compared with the expectations in its header comment:
 *
 *   ;; rules: default           default | strict (rules/*.yml) or a file in
 *                               tests/fixtures/rules/
 *   ;; decision: reject
 *   ;; finding: WG1001 error wasi_snapshot_preview1.sock_open
 *   ;; finding: WG1041 warning memory.grow waived
 *                               the COMPLETE set of findings: rule id,
 *                               severity, item (may hold spaces), "waived"
 *   ;; baseline: NAME.wat       tests/fixtures/baseline/NAME.wat as --baseline
 *   ;; plugin: NAME             plugin name (default: the case name)
 *   ;; now: YYYY-MM-DD          the audit's date for waivers (default 2026-06-15)
 *   ;; wat2wasm: FLAGS          extra wat2wasm flags (e.g. --no-check)
 *   ;; custom: NAME [HEX..]     append a custom section with that payload
 *   ;; custom-size: NAME N      append a custom section of N zero bytes
 *   ;; append: HEX..            append raw bytes
 *   ;; patch: OFFSET HEX..      overwrite bytes at OFFSET
 *   ;; truncate: N              keep the first N bytes
 *
 * Byte edits apply in the order written.  Adding a case = adding a file.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/audit.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define MAX_CASES 512

static char *cases[MAX_CASES];
static size_t num_cases;

typedef struct {
	char *rules, *decision, *baseline, *plugin, *flags;
	time_t now;
	wg_buf expect;           /* sorted "ID SEV ITEM[ waived]\n" lines */
} expectations;

static char *fixture_path(const char *dir, const char *name)
{
	return wg_asprintf("%s/tests/fixtures%s%s/%s", wg_test_src(), *dir ? "/" : "",
			   dir, name);
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void collect_cases(void)
{
	char *dir = fixture_path("", "");
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d) {
		fprintf(stderr, "cannot open %s\n", dir);
		exit(2);
	}
	while ((e = readdir(d)) && num_cases < MAX_CASES) {
		size_t n = strlen(e->d_name);

		if (n > 4 && !strcmp(e->d_name + n - 4, ".wat"))
			cases[num_cases++] = wg_strndup(e->d_name, n - 4);
	}
	closedir(d);
	free(dir);
	qsort(cases, num_cases, sizeof(char *), str_cmp);
}

/* Join sorted lines into one text for comparison and messages. */
static char *sorted_text(char **lines, size_t n)
{
	wg_buf b = WG_BUF_INIT;

	qsort(lines, n, sizeof(char *), str_cmp);
	wg_buf_puts(&b, "");
	for (size_t i = 0; i < n; i++)
		wg_buf_printf(&b, "  %s\n", lines[i]);
	return wg_buf_detach(&b);
}

static time_t parse_day(const char *s)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	ck_assert_msg(strptime(s, "%Y-%m-%d", &tm) != NULL, "bad date %s", s);
	tm.tm_hour = 12;
	return timegm(&tm);
}

static size_t hex_bytes(const char *s, uint8_t *out, size_t cap)
{
	size_t n = 0;
	unsigned v;

	while (*s) {
		if (*s == ' ') {
			s++;
			continue;
		}
		ck_assert_msg(sscanf(s, "%2x", &v) == 1 && n < cap, "bad hex at '%s'", s);
		out[n++] = (uint8_t)v;
		s += 2;
	}
	return n;
}

static void uleb(wg_buf *b, uint64_t v)
{
	do {
		char byte = (char)(v & 0x7f);

		v >>= 7;
		if (v)
			byte = (char)(byte | 0x80);
		wg_buf_put(b, &byte, 1);
	} while (v);
}

/* A custom section: id 0, size, name, payload. */
static void custom_section(wg_buf *wasm, const char *name, const uint8_t *payload, size_t n)
{
	wg_buf body = WG_BUF_INIT;

	uleb(&body, strlen(name));
	wg_buf_puts(&body, name);
	if (n)
		wg_buf_put(&body, (const char *)payload, n);
	wg_buf_put(wasm, "", 1);
	uleb(wasm, body.len);
	wg_buf_put(wasm, body.ptr, body.len);
	wg_buf_free(&body);
}

static void apply_edit(wg_buf *wasm, const char *key, const char *val, const char *name)
{
	static uint8_t bytes[1 << 16];
	char word[256];
	unsigned long long a;
	size_t n;
	int used = 0;

	if (!strcmp(key, "append")) {
		n = hex_bytes(val, bytes, sizeof(bytes));
		wg_buf_put(wasm, (const char *)bytes, n);
	} else if (!strcmp(key, "truncate")) {
		ck_assert(sscanf(val, "%llu", &a) == 1 && a <= wasm->len);
		wasm->len = a;
	} else if (!strcmp(key, "patch")) {
		ck_assert(sscanf(val, "%llu %n", &a, &used) == 1);
		n = hex_bytes(val + used, bytes, sizeof(bytes));
		ck_assert_msg(a + n <= wasm->len, "%s: patch past the end", name);
		memcpy(wasm->ptr + a, bytes, n);
	} else if (!strcmp(key, "custom")) {
		ck_assert(sscanf(val, "%255s %n", word, &used) == 1);
		n = hex_bytes(val + used, bytes, sizeof(bytes));
		custom_section(wasm, word, bytes, n);
	} else if (!strcmp(key, "custom-size")) {
		uint8_t *zero;

		ck_assert(sscanf(val, "%255s %llu", word, &a) == 2);
		zero = calloc(1, a + 1);
		custom_section(wasm, word, zero, a);
		free(zero);
	}
}

static bool is_edit(const char *key)
{
	static const char *const edits[] = { "append", "truncate", "patch", "custom",
					     "custom-size", NULL };

	for (size_t i = 0; edits[i]; i++)
		if (!strcmp(key, edits[i]))
			return true;
	return false;
}

/* Header lines ";; key: value" of `text`: fills `e`, collects edits. */
static void parse_header(const char *name, char *text, expectations *e,
			 char ***edits, size_t *num_edits)
{
	char **lines = NULL;
	size_t n = 0, cap = 0, ecap = 0;

	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		char *colon, *key, *val;

		if (strncmp(line, ";; ", 3) || !(colon = strchr(line + 3, ':')))
			continue;
		*colon = '\0';
		key = line + 3;
		val = colon + 1 + strspn(colon + 1, " ");
		if (!strcmp(key, "rules"))
			e->rules = wg_strdup(val);
		else if (!strcmp(key, "decision"))
			e->decision = wg_strdup(val);
		else if (!strcmp(key, "baseline"))
			e->baseline = wg_strdup(val);
		else if (!strcmp(key, "plugin"))
			e->plugin = wg_strdup(val);
		else if (!strcmp(key, "wat2wasm"))
			e->flags = wg_strdup(val);
		else if (!strcmp(key, "now"))
			e->now = parse_day(val);
		else if (!strcmp(key, "finding"))
			*(char **)WG_ARRAY_PUSH(lines, n, cap) = wg_strdup(val);
		else if (is_edit(key))
			*(char **)WG_ARRAY_PUSH(*edits, *num_edits, ecap) =
				wg_asprintf("%s\n%s", key, val);
		else
			ck_abort_msg("%s.wat: unknown header key '%s'", name, key);
	}
	ck_assert_msg(e->rules && e->decision, "%s.wat: needs ';; rules:' and ';; decision:'", name);
	e->expect.ptr = sorted_text(lines, n);
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}
