/*
 * limits.c - findings about the module as a whole: why reading stopped
 * (WG1000 malformed, WG1090 invalid, WG1091 component, with the decoder's
 * message and byte offset) and the size limits of the rules (WG1080
 * module bytes, WG1081 defined functions, WG1082 largest function body).
 *
 * A limit is reported once: from the module's own counts when the read got
 * that far, else from the reader's LIMIT status, whose message names the
 * rules key (module.h: "a message naming the limit").  Items are fixed
 * words ("module", "functions", "function-body") so waivers can name them.
 */
#include "audit/audit_int.h"

#include <string.h>

#define ULL(x) ((unsigned long long)(x))

static int status_finding(wg_actx *c)
{
	const wg_module *m = c->m;
	const char *msg = m->error && *m->error ? m->error : "no message";
	wg_aloc at = WG_AT(m->error_offset);

	switch (m->status) {
	case WG_MODULE_MALFORMED:
		return wg_audit_add(c, WG_RULE_MODULE_MALFORMED, WG_SEV_ERROR, "module",
				    at, "The file is not a well-formed WebAssembly module: %s", msg);
	case WG_MODULE_INVALID:
		return wg_audit_add(c, WG_RULE_MODULE_INVALID, WG_SEV_ERROR, "module",
				    at, "The module decodes but fails validation: %s", msg);
	case WG_MODULE_COMPONENT:
		return wg_audit_add(c, WG_RULE_COMPONENT, WG_SEV_ERROR, "module", at,
				    "Not a core WebAssembly module (%s); wasmgate audits core modules only.",
				    msg);
	default:
		return WG_OK;
	}
}

/* Which limit a LIMIT status names; WG_RULE__COUNT when none. */
static wg_rule_kind limit_named(const char *msg)
{
	if (!msg)
		return WG_RULE__COUNT;
	if (strstr(msg, "max_module_bytes"))
		return WG_RULE_MODULE_TOO_LARGE;
	if (strstr(msg, "max_functions"))
		return WG_RULE_TOO_MANY_FUNCTIONS;
	if (strstr(msg, "max_function_bytes"))
		return WG_RULE_FUNCTION_TOO_LARGE;
	return WG_RULE__COUNT;
}

static int limit_counts(wg_actx *c, bool *found)
{
	const wg_module *m = c->m;
	const wg_module_limits *l = &c->policy->limits;
	int rc = WG_OK;

	if (l->max_module_bytes && m->size > l->max_module_bytes) {
		found[0] = true;
		rc = wg_audit_add(c, WG_RULE_MODULE_TOO_LARGE, WG_SEV_ERROR, "module",
				  WG_AT_NONE, "The module is %llu bytes, over limits.max_module_bytes (%llu).",
				  ULL(m->size), ULL(l->max_module_bytes));
	}
	if (!rc && l->max_functions && m->num_funcs > l->max_functions) {
		found[1] = true;
		rc = wg_audit_add(c, WG_RULE_TOO_MANY_FUNCTIONS, WG_SEV_ERROR, "functions",
				  WG_AT_NONE, "The module defines %u functions, over limits.max_functions (%llu).",
				  m->num_funcs, ULL(l->max_functions));
	}
	if (!rc && l->max_function_bytes && m->largest_func_bytes > l->max_function_bytes) {
		found[2] = true;
		rc = wg_audit_add(c, WG_RULE_FUNCTION_TOO_LARGE, WG_SEV_ERROR, "function-body",
				  (wg_aloc){ false, 0, true, m->largest_func },
				  "Function %u has a %llu-byte body, over limits.max_function_bytes (%llu).",
				  m->largest_func, ULL(m->largest_func_bytes),
				  ULL(l->max_function_bytes));
	}
	return rc;
}

static int limit_status(wg_actx *c, const bool *found)
{
	const wg_module *m = c->m;
	wg_rule_kind k = limit_named(m->error);
	const char *item = k == WG_RULE_TOO_MANY_FUNCTIONS ? "functions"
			 : k == WG_RULE_FUNCTION_TOO_LARGE ? "function-body" : "module";

	if (k == WG_RULE__COUNT)
		k = WG_RULE_MODULE_TOO_LARGE;   /* an unnamed limit: the module as a whole */
	if (found[k - WG_RULE_MODULE_TOO_LARGE])
		return WG_OK;
	return wg_audit_add(c, k, WG_SEV_ERROR, item, WG_AT(m->error_offset),
			    "Reading stopped at a limit of the rules: %s",
			    m->error ? m->error : "no message");
}

int wg_check_status(wg_actx *c)
{
	bool found[3] = { false, false, false };
	int rc = status_finding(c);

	if (rc || c->m->status == WG_MODULE_COMPONENT)
		return rc;
	rc = limit_counts(c, found);
	if (!rc && c->m->status == WG_MODULE_LIMIT)
		rc = limit_status(c, found);
	return rc;
}
