/*
 * declare.c - what the plugin declares it needs (plugin.yml
 * `capabilities:`, carried by `wasmgate build` in the module's
 * wasmgate.plugin section, read with the one section decoder,
 * plugin_section.h) against what the module imports:
 *   - WG1110 (error, unwaivable): an import of a capability class that no
 *     declared class and no declared import glob covers: the module uses
 *     more than it declares;
 *   - WG1111 (note): a declared entry no import matches (only on a module
 *     read to the end: what was not read may use it);
 *   - r->declarations: each entry, whether it is used, and who approves it:
 *     the first grant for this plugin that names it, and whether the rules
 *     alone allow it (used: none of its imports has a WG1001-WG1004
 *     finding; unused: its class is neither denied nor flagged / an
 *     imports.allow glob and no imports.deny glob matches the import).
 * Imports without a class (a host's own ABI functions) need no
 * declaration; a declared import glob still marks them used.  A section
 * that does not decode, or an entry naming no known class, is a WG1072
 * warning and declares nothing.  No section, or no `capabilities` key:
 * nothing here (the module is judged as before).
 */
#include "audit/audit_int.h"
#include "util/util.h"
#include "wasmgate/plugin_section.h"

#include <stdlib.h>
#include <string.h>

static uint64_t section_offset(const wg_module *m)
{
	for (size_t i = 0; i < m->num_customs; i++)
		if (!strcmp(m->customs[i].name, WG_PLUGIN_SECTION))
			return m->customs[i].offset;
	return 0;
}

static bool matches(const char *entry, const wg_import *im, const char *name)
{
	wg_capability cls = wg_capability_from_name(entry);

	if (cls != WG_CAP_NONE)
		return wg_capability_of(im->module, im->field) == cls;
	return wg_glob_match(entry, name);
}

static bool rules_allow(const wg_policy *p, const char *entry)
{
	wg_capability cls = wg_capability_from_name(entry);
	bool allowed = false;

	if (cls != WG_CAP_NONE)
		return !((p->imports.cap_deny | p->imports.cap_flag) & cls);
	for (size_t i = 0; i < p->imports.deny.count; i++)
		if (wg_glob_match(p->imports.deny.items[i], entry))
			return false;
	for (size_t i = 0; !allowed && i < p->imports.allow.count; i++)
		allowed = wg_glob_match(p->imports.allow.items[i], entry);
	return allowed;
}

/* The section's entries into r->declarations (unknown class words: WG1072). */
static int take_entries(wg_actx *c, const wg_plugin_id *id, uint64_t at)
{
	wg_report *r = c->r;
	int rc = WG_OK;

	r->has_declarations = true;
	r->declarations = wg_calloc(id->num_capabilities + 1, sizeof(*r->declarations));
	if (!r->declarations)
		return WG_ENOMEM;
	for (size_t i = 0; !rc && i < id->num_capabilities; i++) {
		const char *e = id->capabilities[i];
		wg_declaration *d;

		if (!strchr(e, '.') && wg_capability_from_name(e) == WG_CAP_NONE) {
			rc = wg_audit_add(c, WG_RULE_CUSTOM_MALFORMED, WG_SEV_WARNING, WG_PLUGIN_SECTION,
					  WG_AT(at), "The wasmgate.plugin section declares '%s', which is no capability class; it declares nothing.", e);
			continue;
		}
		d = &r->declarations[r->num_declarations];
		if (!(d->entry = wg_strdup(e)))
			return WG_ENOMEM;
		r->num_declarations++;
		d->grant = wg_grant_for_declaration(c, e);
		d->rules_allow = rules_allow(c->policy, e);
	}
	return rc;
}

/* Which imports have an import finding (WG1001-WG1004) of the rules: a
 * used declaration is allowed by the rules when none of its imports has. */
static bool *judged_imports(const wg_actx *c)
{
	const wg_module *m = c->m;
	bool *judged = wg_calloc(m->num_imports + 1, sizeof(bool));

	for (size_t i = 0; judged && i < c->r->num_findings; i++) {
		const wg_finding *f = &c->r->findings[i];
		wg_rule_kind k = f->rule->kind;
		const wg_import *im;

		if (k != WG_RULE_IMPORT_DENIED && k != WG_RULE_IMPORT_UNLISTED &&
		    k != WG_RULE_CAPABILITY_DENIED && k != WG_RULE_CAPABILITY_FLAGGED)
			continue;
		if (f->has_offset && (im = wg_import_at(m, f->offset)))
			judged[im - m->imports] = true;
	}
	return judged;
}

static int check_imports(wg_actx *c)
{
	const wg_module *m = c->m;
	wg_report *r = c->r;
	bool *judged = judged_imports(c), *blocked = wg_calloc(r->num_declarations + 1, sizeof(bool));
	int rc = judged && blocked ? WG_OK : WG_ENOMEM;

	for (size_t i = 0; !rc && i < m->num_imports; i++) {
		const wg_import *im = &m->imports[i];
		char *name = wg_asprintf("%s.%s", im->module, im->field);
		wg_capability cls = wg_capability_of(im->module, im->field);
		bool declared = false;

		if (!name) {
			rc = WG_ENOMEM;
			break;
		}
		for (size_t d = 0; d < r->num_declarations; d++)
			if (matches(r->declarations[d].entry, im, name)) {
				declared = r->declarations[d].used = true;
				blocked[d] |= judged[i];
			}
		if (!declared && cls != WG_CAP_NONE)
			rc = wg_audit_add(c, WG_RULE_CAPABILITY_UNDECLARED, WG_SEV_ERROR, name, WG_AT(im->offset),
					  "Imports %s (%s), which its plugin.yml does not declare (capabilities: in the wasmgate.plugin section).",
					  name, wg_capability_name(cls));
		free(name);
	}
	for (size_t d = 0; !rc && d < r->num_declarations; d++)
		if (r->declarations[d].used)
			r->declarations[d].rules_allow = !blocked[d];
	free(judged);
	free(blocked);
	return rc;
}

int wg_check_declarations(wg_actx *c)
{
	wg_plugin_id id;
	bool found = false;
	uint64_t at = section_offset(c->m);
	int rc = wg_plugin_section_read(c->m, WG_PLUGIN_SECTION_LENIENT, &id, &found);

	if (rc == WG_ENOMEM)
		return rc;
	if (rc)
		return wg_audit_add(c, WG_RULE_CUSTOM_MALFORMED, WG_SEV_WARNING, WG_PLUGIN_SECTION, WG_AT(at),
				    "%s; its declarations are ignored.", wg_error_last());
	if (found && id.has_capabilities)
		rc = take_entries(c, &id, at);
	wg_plugin_id_clear(&id);
	if (!rc && c->r->has_declarations)
		rc = check_imports(c);
	for (size_t d = 0; !rc && c->m->status == WG_MODULE_OK && d < c->r->num_declarations; d++)
		if (!c->r->declarations[d].used)
			rc = wg_audit_add(c, WG_RULE_CAPABILITY_UNUSED, WG_SEV_NOTE, c->r->declarations[d].entry,
					  WG_AT(at), "Declares %s, which the module does not use.",
					  c->r->declarations[d].entry);
	return rc;
}
