/*
 * opcodes.c - opcode patterns of the rules file (opcodes.deny/flag): exact
 * wabt names, fnmatch(3) globs, and @groups; plus wg_action_name.
 *
 * A group is a list of globs over wabt's text names of opcodes (the names
 * in wabt's opcode.def), so it covers opcodes wabt adds under the same
 * naming scheme without a change here.  rules/README.md lists the groups.
 */
#include "policy/policy_int.h"
#include "util/util.h"

#include <string.h>

typedef struct {
	const char *name;
	const char *const *globs;   /* NULL-terminated */
} opcode_group;

static const char *const g_atomics[] = {
	"memory.atomic.*", "*.atomic.*", "atomic.fence", NULL
};
static const char *const g_simd[] = {
	"v128.*", "i8x16.*", "i16x8.*", "i32x4.*", "i64x2.*", "f32x4.*",
	"f64x2.*", NULL
};
static const char *const g_bulk[] = {
	"memory.copy", "memory.fill", "memory.init", "data.drop",
	"table.copy", "table.init", "elem.drop", NULL
};
static const char *const g_ref[] = {
	"ref.*", "table.get", "table.set", "table.size", "table.grow",
	"table.fill", NULL
};
static const char *const g_exceptions[] = {
	"try", "catch", "catch_all", "throw", "rethrow", "delegate",
	"try_table", "throw_ref", NULL
};
static const char *const g_tail[] = {
	"return_call", "return_call_indirect", "return_call_ref", NULL
};
static const char *const g_grow[] = { "memory.grow", NULL };

static const opcode_group groups[] = {
	{ "@atomics", g_atomics },
	{ "@simd", g_simd },
	{ "@bulk-memory", g_bulk },
	{ "@reference-types", g_ref },
	{ "@exceptions", g_exceptions },
	{ "@tail-call", g_tail },
	{ "@memory-grow", g_grow },
};
#define NUM_GROUPS (sizeof(groups) / sizeof(groups[0]))

static const char *const group_names[NUM_GROUPS + 1] = {
	"@atomics", "@simd", "@bulk-memory", "@reference-types",
	"@exceptions", "@tail-call", "@memory-grow", NULL
};

static const opcode_group *group_find(const char *name)
{
	for (size_t i = 0; i < NUM_GROUPS; i++)
		if (!strcmp(groups[i].name, name))
			return &groups[i];
	return NULL;
}

bool wg_opcode_group_known(const char *group)
{
	return group && group_find(group) != NULL;
}

const char *const *wg_opcode_group_names(void)
{
	return group_names;
}

bool wg_opcode_matches(const char *pattern, const char *name)
{
	const opcode_group *g;

	if (!pattern || !name)
		return false;
	if (pattern[0] != '@')
		return !strcmp(pattern, name) || wg_glob_match(pattern, name);
	g = group_find(pattern);
	if (!g)
		return false;
	for (const char *const *p = g->globs; *p; p++)
		if (wg_glob_match(*p, name))
			return true;
	return false;
}

const char *wg_action_name(wg_action a)
{
	switch (a) {
	case WG_ACTION_APPROVE:
		return "approve";
	case WG_ACTION_FLAG:
		return "flag";
	case WG_ACTION_REJECT:
		return "reject";
	}
	return "unknown";
}
