/*
 * code.c - what the code uses: features (WG1030 denied, WG1031 flagged;
 * item = feature name, located at the feature's first use: an instruction
 * or a declaration) and opcodes (WG1040 denied, WG1041 flagged; one
 * finding per distinct opcode matching opcodes.deny / opcodes.flag,
 * located at its first use with the function index and name).  Deny wins
 * over flag for the same feature or opcode.
 */
#include "audit/audit_int.h"

wg_aloc wg_at_feature(const wg_module *m, unsigned i)
{
	if (i >= WG_FEATURE_COUNT || !m->feature_offset[i])
		return WG_AT_NONE;
	if (m->feature_func[i] == WG_NO_FUNC)
		return WG_AT(m->feature_offset[i]);
	return WG_AT_FUNC(m->feature_offset[i], m->feature_func[i]);
}

int wg_check_features(wg_actx *c)
{
	const wg_policy *p = c->policy;
	int rc = WG_OK;

	for (unsigned i = 0; !rc && i < WG_FEATURE_COUNT; i++) {
		uint32_t bit = 1u << i;
		const char *name = wg_feature_name((wg_feature)bit);

		if (!(c->m->features & bit))
			continue;
		if (p->features.deny & bit)
			rc = wg_audit_add(c, WG_RULE_FEATURE_DENIED, WG_SEV_ERROR, name,
					  wg_at_feature(c->m, i), "The module uses the WebAssembly feature %s, which the rules deny (features.deny).",
					  name);
		else if (p->features.flag & bit)
			rc = wg_audit_add(c, WG_RULE_FEATURE_FLAGGED, WG_SEV_WARNING, name,
					  wg_at_feature(c->m, i), "The module uses the WebAssembly feature %s, which the rules flag for review (features.flag).",
					  name);
	}
	return rc;
}

/* The first pattern of `l` that matches opcode `name`, or NULL. */
static const char *opcode_match(const wg_strlist *l, const char *name)
{
	for (size_t i = 0; i < l->count; i++)
		if (wg_opcode_matches(l->items[i], name))
			return l->items[i];
	return NULL;
}

int wg_check_opcodes(wg_actx *c)
{
	const wg_policy *p = c->policy;
	int rc = WG_OK;

	for (size_t i = 0; !rc && i < c->m->num_opcodes; i++) {
		const wg_opcode_use *u = &c->m->opcodes[i];
		wg_aloc at = WG_AT_FUNC(u->first_offset, u->first_func);
		const char *pat;

		if (!u->name)
			continue;
		if ((pat = opcode_match(&p->opcodes.deny, u->name)))
			rc = wg_audit_add(c, WG_RULE_OPCODE_DENIED, WG_SEV_ERROR, u->name, at,
					  "The code uses %s (%llu use%s), which the rules deny (opcodes.deny \"%s\").",
					  u->name, (unsigned long long)u->count, u->count == 1 ? "" : "s", pat);
		else if ((pat = opcode_match(&p->opcodes.flag, u->name)))
			rc = wg_audit_add(c, WG_RULE_OPCODE_FLAGGED, WG_SEV_WARNING, u->name, at,
					  "The code uses %s (%llu use%s), which the rules flag for review (opcodes.flag \"%s\").",
					  u->name, (unsigned long long)u->count, u->count == 1 ? "" : "s", pat);
	}
	return rc;
}
