/*
 * imports.c - import classification (WG1001-WG1004), first match wins:
 * imports.deny glob over "module.field" -> WG1001; an imports.allow entry
 * naming it exactly (no glob characters) -> fine; its capability class in
 * capabilities.deny -> WG1003, in capabilities.flag -> WG1004; an
 * imports.allow glob -> fine; else WG1002 with imports.unlisted's action.
 * A glob never grants a denied or flagged class ("env.*" does not allow
 * env.__syscall_openat); naming the import does.
 * Every import entry is classified (all kinds), item "module.field".
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

/* The first glob of `l` that matches `s`, or NULL. */
static const char *list_match(const wg_strlist *l, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (wg_glob_match(l->items[i], s))
			return l->items[i];
	return NULL;
}

/* Does `l` hold `s` itself: an entry without glob characters equal to it? */
static bool list_names(const wg_strlist *l, const char *s)
{
	for (size_t i = 0; i < l->count; i++)
		if (!strpbrk(l->items[i], "*?[\\") && !strcmp(l->items[i], s))
			return true;
	return false;
}

static int classify(wg_actx *c, const wg_import *im, const char *name)
{
	const wg_policy *p = c->policy;
	wg_capability cap = wg_capability_of(im->module, im->field);
	const char *cname = wg_capability_name(cap);
	const char *glob = list_match(&p->imports.deny, name);
	wg_aloc at = WG_AT(im->offset);
	wg_severity sev;

	if (glob)
		return wg_audit_add(c, WG_RULE_IMPORT_DENIED, WG_SEV_ERROR, name, at,
				    "Imports %s, which the rules deny (imports.deny \"%s\").",
				    name, glob);
	if (list_names(&p->imports.allow, name))
		return WG_OK;
	if (cname && (p->imports.cap_deny & cap))
		return wg_audit_add(c, WG_RULE_CAPABILITY_DENIED, WG_SEV_ERROR, name, at,
				    "Imports %s (%s), a capability class the rules deny.",
				    name, cname);
	if (cname && (p->imports.cap_flag & cap))
		return wg_audit_add(c, WG_RULE_CAPABILITY_FLAGGED, WG_SEV_WARNING, name, at,
				    "Imports %s (%s), a capability class the rules flag for review.",
				    name, cname);
	if (list_match(&p->imports.allow, name))
		return WG_OK;
	if (!wg_action_severity(p->imports.unlisted, &sev))
		return WG_OK;
	return wg_audit_add(c, WG_RULE_IMPORT_UNLISTED, sev, name, at,
			    "Imports %s%s%s%s, which no rule allows or denies (imports.unlisted: %s).",
			    name, cname ? " (" : "", cname ? cname : "", cname ? ")" : "",
			    wg_action_name(p->imports.unlisted));
}

bool wg_import_allowed(const wg_policy *p, const wg_import *im, const char *name)
{
	wg_capability cap = wg_capability_of(im->module, im->field);
	bool classed = wg_capability_name(cap) && ((p->imports.cap_deny | p->imports.cap_flag) & cap);

	if (list_match(&p->imports.deny, name))
		return false;
	if (list_names(&p->imports.allow, name))
		return true;
	return !classed && list_match(&p->imports.allow, name);
}

int wg_check_imports(wg_actx *c)
{
	const wg_module *m = c->m;
	int rc = WG_OK;

	for (size_t i = 0; !rc && i < m->num_imports; i++) {
		const wg_import *im = &m->imports[i];
		char *name = wg_asprintf("%s.%s", im->module, im->field);

		if (!name)
			return WG_ENOMEM;
		rc = classify(c, im, name);
		free(name);
	}
	return rc;
}
