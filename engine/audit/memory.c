/*
 * memory.c - memory and table limits: WG1010 initial pages, WG1011 no
 * maximum, WG1012 maximum (or initial) over memory.max_pages, WG1013 shared,
 * WG1014 memory64, WG1020 table size, WG1021 table without a maximum.  Imported memories and tables count
 * too: their import type is what the host is asked to provide.
 * Items are "memory N" / "table N" (index space, imports first).
 */
#include "audit/audit_int.h"

#include <stdio.h>

#define ULL(x) ((unsigned long long)(x))

/* `what` starts the messages: "Memory 0" or "Imported memory 0". */
static int memory_limits(wg_actx *c, const wg_memory *mem, const char *item,
			 const char *what)
{
	const wg_policy *p = c->policy;
	wg_aloc at = WG_AT(mem->offset);
	int rc = WG_OK;

	if (p->memory.has_max_initial_pages && mem->initial > p->memory.max_initial_pages)
		rc = wg_audit_add(c, WG_RULE_MEMORY_INITIAL, WG_SEV_ERROR, item, at,
				  "%s starts at %llu pages (64 KiB each), over memory.max_initial_pages (%llu).",
				  what, ULL(mem->initial), ULL(p->memory.max_initial_pages));
	if (!rc && p->memory.require_maximum && !mem->has_max)
		rc = wg_audit_add(c, WG_RULE_MEMORY_NO_MAXIMUM, WG_SEV_WARNING, item, at,
				  "%s declares no maximum size, so it can grow without bound (memory.require_maximum).",
				  what);
	if (!rc && p->memory.has_max_pages && mem->has_max && mem->max > p->memory.max_pages)
		rc = wg_audit_add(c, WG_RULE_MEMORY_MAXIMUM, WG_SEV_ERROR, item, at,
				  "%s may grow to %llu pages, over memory.max_pages (%llu).",
				  what, ULL(mem->max), ULL(p->memory.max_pages));
	else if (!rc && p->memory.has_max_pages && mem->initial > p->memory.max_pages)
		rc = wg_audit_add(c, WG_RULE_MEMORY_MAXIMUM, WG_SEV_ERROR, item, at,
				  "%s starts at %llu pages, over memory.max_pages (%llu).",
				  what, ULL(mem->initial), ULL(p->memory.max_pages));
	return rc;
}

static int memory_kind(wg_actx *c, const wg_memory *mem, const char *item,
		       const char *what)
{
	const wg_policy *p = c->policy;
	wg_aloc at = WG_AT(mem->offset);
	wg_severity sev;
	int rc = WG_OK;

	if (mem->shared && wg_action_severity(p->memory.shared, &sev))
		rc = wg_audit_add(c, WG_RULE_MEMORY_SHARED, sev, item, at,
				  "%s is shared between threads (memory.shared: %s).",
				  what, wg_action_name(p->memory.shared));
	if (!rc && mem->is64 && wg_action_severity(p->memory.memory64, &sev))
		rc = wg_audit_add(c, WG_RULE_MEMORY64, sev, item, at,
				  "%s is a 64-bit memory (memory.memory64: %s).",
				  what, wg_action_name(p->memory.memory64));
	return rc;
}

static int table_size(wg_actx *c, const wg_table *t, const char *item)
{
	uint64_t lim = c->policy->tables.max_elements;
	bool over_max = t->has_max && t->max > lim;

	if (!c->policy->tables.has_max_elements || (t->initial <= lim && !over_max))
		return WG_OK;
	return wg_audit_add(c, WG_RULE_TABLE_SIZE, WG_SEV_ERROR, item, WG_AT(t->offset),
			    "%s%s %s %llu elements, over tables.max_elements (%llu).",
			    t->imported ? "Imported t" : "T", item + 1,   /* "Table 0" */
			    over_max ? "may grow to" : "starts at",
			    ULL(over_max ? t->max : t->initial), ULL(lim));
}

/* An absent maximum lets table.grow take the table past max_elements (the
 * engine stops at 10,000,000 elements): tables.require_maximum. */
static int table_maximum(wg_actx *c, const wg_table *t, const char *item)
{
	if (!c->policy->tables.require_maximum || t->has_max)
		return WG_OK;
	return wg_audit_add(c, WG_RULE_TABLE_NO_MAXIMUM, WG_SEV_WARNING, item, WG_AT(t->offset),
			    "%s%s declares no maximum size, so table.grow can take it past tables.max_elements (tables.require_maximum).",
			    t->imported ? "Imported t" : "T", item + 1);
}

int wg_check_memory(wg_actx *c)
{
	const wg_module *m = c->m;
	char item[32], what[48];
	int rc = WG_OK;

	for (size_t i = 0; !rc && i < m->num_memories; i++) {
		snprintf(item, sizeof(item), "memory %zu", i);
		snprintf(what, sizeof(what), "%s %zu",
			 m->memories[i].imported ? "Imported memory" : "Memory", i);
		rc = memory_limits(c, &m->memories[i], item, what);
		if (!rc)
			rc = memory_kind(c, &m->memories[i], item, what);
	}
	for (size_t i = 0; !rc && i < m->num_tables; i++) {
		snprintf(item, sizeof(item), "table %zu", i);
		rc = table_size(c, &m->tables[i], item);
		if (!rc)
			rc = table_maximum(c, &m->tables[i], item);
	}
	return rc;
}
