/*
 * fuzz_module.c - fuzz target: the module reader and every check.
 *
 * Bytes -> wg_module_read_mem() (wabt's BinaryReader + SharedValidator
 * behind engine/wasm) -> wg_audit_module() under rules/default.yml, which
 * is loaded once (the audit also decodes a wasmgate.plugin section's
 * declarations: engine/audit/declare.c).  Whatever the bytes, reading must return WG_OK with a
 * status (bad bytes are findings), and the report must be consistent:
 * a module that is not OK is always rejected.
 */
#include "fuzz.h"
#include "wasmgate/audit.h"

#include <stdlib.h>

static wg_policy *policy;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	policy = fuzz_policy_load();
	return 0;
}

static void check_report(const wg_report *r)
{
	size_t i;

	FUZZ_CHECK(r->module->status == WG_MODULE_OK || r->decision == WG_DECISION_REJECT,
		   "a module that is not OK is rejected");
	for (i = 0; i < r->num_findings; i++)
		FUZZ_CHECK(r->findings[i].rule && r->findings[i].message,
			   "every finding has a rule and a message");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wg_audit_options opts = WG_AUDIT_OPTIONS_INIT;
	wg_module *m = NULL;
	wg_report *r = NULL;

	opts.plugin = "fuzz";
	opts.now = 1767225600;  /* 2026-01-01: deterministic waiver expiry */
	if (wg_module_read_mem(data, size, &policy->limits, &m) != WG_OK)
		return 0;       /* only ENOMEM may get here */
	if (wg_audit_module(policy, m, "fuzz.wasm", &opts, &r) != WG_OK)
		return 0;
	check_report(r);
	wg_report_free(r);
	return 0;
}
