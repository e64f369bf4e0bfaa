/*
 * fuzz_fastpath.c - fuzz target: the reader's C fast path against wabt
 * (the differential oracle of docs/DESIGN.md).
 *
 * The same bytes are read twice, with WG_FASTPATH=off (wabt only) and
 * WG_FASTPATH=on (fast path, wabt as fallback), each audited under
 * rules/default.yml; the two reports' JSON (json.h wg_report_to_json():
 * verdict, message and offset, imports, exports, features, opcode
 * histogram, findings, decision) must be byte for byte the same.  The
 * reader reads WG_FASTPATH on every call, so one process switches it.
 * Before the fast path exists both reads are wabt's and this checks that
 * reading is deterministic.
 */
#include "fuzz.h"
#include "wasmgate/audit.h"
#include "wasmgate/json.h"

#include <stdlib.h>
#include <string.h>

static wg_policy *policy;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	policy = fuzz_policy_load();
	return 0;
}

/* The report of `data` read with WG_FASTPATH=mode, as compact JSON (NULL
 * only on out-of-memory). */
static char *report(const uint8_t *data, size_t size, const char *mode, int *status)
{
	wg_audit_options opts = WG_AUDIT_OPTIONS_INIT;
	wg_module *m = NULL;
	wg_report *r = NULL;
	json_t *j;
	char *text;

	opts.plugin = "fuzz";
	opts.now = 1767225600;  /* 2026-01-01: deterministic waiver expiry */
	setenv("WG_FASTPATH", mode, 1);
	if (wg_module_read_mem(data, size, NULL, &m) != WG_OK)
		return NULL;
	if (wg_audit_module(policy, m, "fuzz.wasm", &opts, &r) != WG_OK)
		return NULL;
	*status = (int)r->module->status;
	j = wg_report_to_json(r);
	text = j ? json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
	json_decref(j);
	wg_report_free(r);
	return text;
}

/* Say where two reports part (the first differing bytes of each). */
static void show(const char *off, const char *on, int s_off, int s_on)
{
	size_t i = 0;

	while (off[i] && off[i] == on[i])
		i++;
	i = i > 60 ? i - 60 : 0;
	fprintf(stderr, "WG_FASTPATH=off: %s: ...%.200s\nWG_FASTPATH=on:  %s: ...%.200s\n",
		wg_module_status_name((wg_module_status)s_off), off + i,
		wg_module_status_name((wg_module_status)s_on), on + i);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	int s_off = -1, s_on = -1;
	char *off = report(data, size, "off", &s_off);
	char *on = off ? report(data, size, "on", &s_on) : NULL;

	if (off && on && strcmp(off, on))
		show(off, on, s_off, s_on);
	FUZZ_CHECK(!off || !on || !strcmp(off, on),
		   "WG_FASTPATH=on and off give the same report");
	free(off);
	free(on);
	return 0;
}
