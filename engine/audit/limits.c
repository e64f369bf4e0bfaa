/*
 * limits.c - findings about the module as a whole: why reading stopped
 * (WG1000 malformed, WG1090 invalid, WG1091 component, WG1093 beyond an
 * implementation limit, with the decoder's message and byte offset) and
 * the size limits of the rules (WG1080 module bytes, WG1081 defined
 * functions, WG1082 largest function body).
 *
 * A limit is reported once: from the module's own counts when the read got
 * that far, else from the reader's LIMIT status (m->limit says which).
 * Items are fixed words ("module", "functions", "function-body") so
 * waivers can name them.  A read that stopped at a limit also gets WG1092
 * (unwaivable): what follows was never checked, so the module cannot be
 * approved; audit.c reads it again without a limit whose finding is waived.
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
	case WG_MODULE_IMPL_LIMIT:
		return wg_audit_add(c, WG_RULE_IMPL_LIMIT, WG_SEV_ERROR, "module", at,
				    "The module is beyond an implementation limit no engine accepts, so reading stopped: %s",
				    msg);
	case WG_MODULE_LIMIT:
		return wg_audit_add(c, WG_RULE_MODULE_INCOMPLETE, WG_SEV_ERROR, "module", at,
				    "Reading stopped at a size limit of the rules (%s); the rest of the module was not checked, so it cannot be approved. Waiving that limit makes wasmgate read and judge all of it.",
				    msg);
	default:
		return WG_OK;
	}
}

/* The rule of the limit a LIMIT status names (module bytes when unknown). */
static wg_rule_kind limit_rule(wg_limit_kind k)
{
	switch (k) {
	case WG_LIMIT_FUNCTIONS:
		return WG_RULE_TOO_MANY_FUNCTIONS;
	case WG_LIMIT_FUNCTION_BYTES:
		return WG_RULE_FUNCTION_TOO_LARGE;
	default:
		return WG_RULE_MODULE_TOO_LARGE;
	}
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
	wg_rule_kind k = limit_rule(m->limit);
	const char *item = k == WG_RULE_TOO_MANY_FUNCTIONS ? "functions"
			 : k == WG_RULE_FUNCTION_TOO_LARGE ? "function-body" : "module";

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

	if (rc || c->m->status == WG_MODULE_COMPONENT || c->m->status == WG_MODULE_IMPL_LIMIT)
		return rc;
	rc = limit_counts(c, found);
	if (!rc && c->m->status == WG_MODULE_LIMIT)
		rc = limit_status(c, found);
	return rc;
}
