/*
 * exports.c - exports and the start function: WG1050 a name of
 * exports.require that no export has (checked only on a module read to
 * the end, see audit.c), WG1051 an export matching an exports.deny glob,
 * WG1060 a start function (start_function action; item "start", located
 * at the function).
 */
#include "audit/audit_int.h"
#include "util/util.h"

static bool has_export(const wg_module *m, const char *pattern)
{
	for (size_t i = 0; i < m->num_exports; i++)
		if (wg_glob_match(pattern, m->exports[i].name))
			return true;
	return false;
}

static int exports_required(wg_actx *c)
{
	const wg_strlist *req = &c->policy->exports.require;
	int rc = WG_OK;

	if (c->m->status != WG_MODULE_OK)
		return WG_OK;
	for (size_t i = 0; !rc && i < req->count; i++)
		if (!has_export(c->m, req->items[i]))
			rc = wg_audit_add(c, WG_RULE_EXPORT_MISSING, WG_SEV_ERROR, req->items[i],
					  WG_AT_NONE, "The module does not export %s, which the rules require (exports.require).",
					  req->items[i]);
	return rc;
}

static int exports_denied(wg_actx *c)
{
	const wg_strlist *deny = &c->policy->exports.deny;
	int rc = WG_OK;

	for (size_t i = 0; !rc && i < c->m->num_exports; i++) {
		const wg_export *e = &c->m->exports[i];

		for (size_t j = 0; j < deny->count; j++) {
			if (!wg_glob_match(deny->items[j], e->name))
				continue;
			rc = wg_audit_add(c, WG_RULE_EXPORT_DENIED, WG_SEV_ERROR, e->name,
					  WG_AT(e->offset), "The module exports %s %s, which the rules deny (exports.deny \"%s\").",
					  wg_extern_kind_name(e->kind), e->name, deny->items[j]);
			break;
		}
	}
	return rc;
}

static int start_function(wg_actx *c)
{
	const wg_module *m = c->m;
	const char *name = wg_module_func_name(m, m->start_func);
	wg_severity sev;

	if (!m->has_start || !wg_action_severity(c->policy->start_function, &sev))
		return WG_OK;
	return wg_audit_add(c, WG_RULE_START_FUNCTION, sev, "start",
			    (wg_aloc){ false, 0, true, m->start_func },
			    "The module has a start function (func %u%s%s%s) that runs as soon as it is instantiated (start_function: %s).",
			    m->start_func, name ? " <" : "", name ? name : "", name ? ">" : "",
			    wg_action_name(c->policy->start_function));
}

int wg_check_exports(wg_actx *c)
{
	int rc = exports_required(c);

	if (!rc)
		rc = exports_denied(c);
	if (!rc)
		rc = start_function(c);
	return rc;
}
