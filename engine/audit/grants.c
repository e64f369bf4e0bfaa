/*
 * grants.c - applying the rules' grants (policy.h wg_grant) to one report.
 *
 * A grant applies to a plugin when its `plugin` glob matches the report's
 * plugin name (the file name without ".wasm", or the caller's name: never
 * the module's wasmgate.plugin section) and its `path` glob matches the
 * file's path relative to the repository root with FNM_PATHNAME
 * (relpath.c).  It then approves, among the findings no waiver suppresses,
 * the first grant in file order winning:
 *   - import findings (WG1001-WG1004, WG1100) of an import it covers: its
 *     class is in the grant's `capabilities`, or an `imports` entry names
 *     it exactly, or an `imports` glob matches it and its class is one the
 *     rules neither deny nor flag (as in imports.allow, a glob never grants
 *     a denied or flagged class: name the import or the class);
 *   - WG1101 (new capability class) of a class in `capabilities`;
 *   - WG1010 when the memory starts within memory.max_initial_pages, and
 *     WG1012 when its maximum (or initial size) is within memory.max_pages.
 * A granted finding stays in the report with f->grant set and does not
 * count.  Nothing else is grantable (status findings, WG1110, ...).
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

bool wg_grant_binds(const wg_actx *c, const wg_grant *g)
{
	return c->r->plugin && c->relpath && wg_glob_match(g->plugin, c->r->plugin) &&
	       fnmatch(g->path, c->relpath, FNM_PATHNAME) == 0;
}

const wg_import *wg_import_at(const wg_module *m, uint64_t off)
{
	size_t lo = 0, hi = m->num_imports;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (m->imports[mid].offset == off)
			return &m->imports[mid];
		if (m->imports[mid].offset < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static bool covers_import(const wg_policy *p, const wg_grant *g, const wg_import *im,
			  const char *name)
{
	wg_capability cap = wg_capability_of(im->module, im->field);
	bool classed = cap != WG_CAP_NONE && ((p->imports.cap_deny | p->imports.cap_flag) & cap);

	if (cap != WG_CAP_NONE && (g->capabilities & cap))
		return true;
	for (size_t i = 0; i < g->imports.count; i++) {
		const char *e = g->imports.items[i];

		if (strpbrk(e, "*?[\\") ? !classed && wg_glob_match(e, name) : !strcmp(e, name))
			return true;
	}
	return false;
}

static bool covers_memory(const wg_module *m, const wg_grant *g, const wg_finding *f)
{
	unsigned long long i;
	char *end;
	const wg_memory *mem;

	if (strncmp(f->item, "memory ", 7))
		return false;
	i = strtoull(f->item + 7, &end, 10);
	if (*end || i >= m->num_memories)
		return false;
	mem = &m->memories[i];
	if (f->rule->kind == WG_RULE_MEMORY_INITIAL)
		return g->has_max_initial_pages && mem->initial <= g->max_initial_pages;
	return g->has_max_pages && mem->initial <= g->max_pages &&
	       (!mem->has_max || mem->max <= g->max_pages);
}

static bool covers(const wg_actx *c, const wg_grant *g, const wg_finding *f)
{
	const wg_import *im;

	switch (f->rule->kind) {
	case WG_RULE_IMPORT_DENIED:
	case WG_RULE_IMPORT_UNLISTED:
	case WG_RULE_CAPABILITY_DENIED:
	case WG_RULE_CAPABILITY_FLAGGED:
	case WG_RULE_NEW_IMPORT:
		im = f->has_offset ? wg_import_at(c->m, f->offset) : NULL;
		return im && covers_import(c->policy, g, im, f->item);
	case WG_RULE_NEW_CAPABILITY:
		return (g->capabilities & (uint32_t)wg_capability_from_name(f->item)) != 0;
	case WG_RULE_MEMORY_INITIAL:
	case WG_RULE_MEMORY_MAXIMUM:
		return covers_memory(c->m, g, f);
	default:
		return false;
	}
}

void wg_audit_grants(wg_actx *c)
{
	const wg_policy *p = c->policy;
	wg_report *r = c->r;

	for (size_t gi = 0; gi < p->num_grants; gi++) {
		const wg_grant *g = &p->grants[gi];

		if (!wg_grant_binds(c, g))
			continue;
		for (size_t i = 0; i < r->num_findings; i++) {
			wg_finding *f = &r->findings[i];

			if (!f->waiver && !f->grant && covers(c, g, f))
				f->grant = g;
		}
	}
}

const wg_grant *wg_grant_for_declaration(const wg_actx *c, const char *entry)
{
	wg_capability cls = wg_capability_from_name(entry);

	for (size_t gi = 0; gi < c->policy->num_grants; gi++) {
		const wg_grant *g = &c->policy->grants[gi];

		if (!wg_grant_binds(c, g))
			continue;
		if (cls != WG_CAP_NONE && (g->capabilities & cls))
			return g;
		for (size_t i = 0; cls == WG_CAP_NONE && i < g->imports.count; i++)
			if (!strcmp(g->imports.items[i], entry) || wg_glob_match(g->imports.items[i], entry))
				return g;
	}
	return NULL;
}
