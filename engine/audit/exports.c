/*
 * exports.c - exports and the start function: WG1050 an exports.require
 * entry ([KIND:]NAME, wg_export_requirement()) that no export of that name
 * AND kind satisfies (a function named "memory" is not the memory; checked
 * only on a module read to the end, see audit.c), WG1051 an export
 * matching an exports.deny glob, WG1060 a start function (start_function
 * action; item "start", located at the function) and, with the same
 * action, an exported function "_initialize" (item "_initialize"), which
 * WASI hosts call while instantiating a reactor, as if it were one.
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <string.h>

/* The export named `name` (exactly), or NULL. */
static const wg_export *find_export(const wg_module *m, const char *name)
{
	for (size_t i = 0; i < m->num_exports; i++)
		if (!strcmp(m->exports[i].name, name))
			return &m->exports[i];
	return NULL;
}

static int export_missing(wg_actx *c, const char *entry)
{
	wg_extern_kind kind;
	const char *name;
	const wg_export *e;

	if (wg_export_requirement(entry, &kind, &name))
		return WG_OK;                       /* the loader refuses these */
	e = find_export(c->m, name);
	if (e && e->kind == kind)
		return WG_OK;
	if (e)
		return wg_audit_add(c, WG_RULE_EXPORT_MISSING, WG_SEV_ERROR, entry, WG_AT(e->offset),
				    "The module exports %s as a %s, but the rules require a %s export of that name (exports.require \"%s\").",
				    name, wg_extern_kind_name(e->kind), wg_extern_kind_name(kind), entry);
	return wg_audit_add(c, WG_RULE_EXPORT_MISSING, WG_SEV_ERROR, entry, WG_AT_NONE,
			    "The module does not export the %s %s, which the rules require (exports.require).",
			    wg_extern_kind_name(kind), name);
}

static int exports_required(wg_actx *c)
{
	const wg_strlist *req = &c->policy->exports.require;
	int rc = WG_OK;

	if (c->m->status != WG_MODULE_OK)
		return WG_OK;
	for (size_t i = 0; !rc && i < req->count; i++)
		rc = export_missing(c, req->items[i]);
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

static int initialize_function(wg_actx *c, const wg_export *e, wg_severity sev)
{
	return wg_audit_add(c, WG_RULE_START_FUNCTION, sev, "_initialize",
			    (wg_aloc){ true, e->offset, true, e->index },
			    "The module exports _initialize (func %u), which WASI hosts call while instantiating it, like a start function (start_function: %s).",
			    e->index, wg_action_name(c->policy->start_function));
}

static int start_function(wg_actx *c)
{
	const wg_module *m = c->m;
	const char *name = wg_module_func_name(m, m->start_func);
	const wg_export *init;
	wg_severity sev;
	int rc;

	if (!wg_action_severity(c->policy->start_function, &sev))
		return WG_OK;
	if ((init = find_export(m, "_initialize")) && init->kind == WG_EXTERN_FUNC &&
	    (rc = initialize_function(c, init, sev)))
		return rc;
	if (!m->has_start)
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
