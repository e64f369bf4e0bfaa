/*
 * sections.c - custom sections: WG1070 a name matching custom_sections.flag,
 * WG1071 a payload over custom_sections.max_bytes, WG1072 a section whose
 * content is broken (name, producers, ...; always a warning: the spec says
 * custom sections never make a module invalid).  Item = the section name.
 */
#include "audit/audit_int.h"
#include "util/util.h"

static int one_section(wg_actx *c, const wg_custom_section *s)
{
	const wg_policy *p = c->policy;
	const wg_strlist *flag = &p->custom_sections.flag;
	wg_aloc at = WG_AT(s->offset);
	int rc = WG_OK;

	for (size_t j = 0; !rc && j < flag->count; j++) {
		if (!wg_glob_match(flag->items[j], s->name))
			continue;
		rc = wg_audit_add(c, WG_RULE_CUSTOM_FLAGGED, WG_SEV_WARNING, s->name, at,
				  "The module has a custom section \"%s\" (%llu bytes), which the rules flag (custom_sections.flag \"%s\").",
				  s->name, (unsigned long long)s->size, flag->items[j]);
		break;
	}
	if (!rc && p->custom_sections.has_max_bytes && s->size > p->custom_sections.max_bytes)
		rc = wg_audit_add(c, WG_RULE_CUSTOM_TOO_LARGE, WG_SEV_WARNING, s->name, at,
				  "The custom section \"%s\" is %llu bytes, over custom_sections.max_bytes (%llu).",
				  s->name, (unsigned long long)s->size,
				  (unsigned long long)p->custom_sections.max_bytes);
	if (!rc && s->error)
		rc = wg_audit_add(c, WG_RULE_CUSTOM_MALFORMED, WG_SEV_WARNING, s->name, at,
				  "The custom section \"%s\" is malformed (%s); it was ignored.",
				  s->name, s->error);
	return rc;
}

int wg_check_sections(wg_actx *c)
{
	int rc = WG_OK;

	for (size_t i = 0; !rc && i < c->m->num_customs; i++)
		rc = one_section(c, &c->m->customs[i]);
	return rc;
}
