/*
 * grants.c - the `grants:` list of a rules file -> wg_policy.grants.
 *
 * A grant is a reviewed, per-plugin permission without expiry.  Each needs
 * plugin (a glob over the plugin's name), path (a glob over the file's
 * path relative to the repository root: relative, no "." or ".." segment;
 * required, so a grant never applies by a name a pull request chose
 * alone), reason and approved_by (real text, not placeholders such as
 * "<reviewer>" or "TODO"), and at least one of what it may use: imports
 * (globs over "module.field"), capabilities (class names, capability.h)
 * and memory {max_initial_pages, max_pages} (64 KiB pages).  There is no
 * expires.  Applying grants to findings is the audit's job (engine/audit/grants.c).
 */
#include "policy/policy_int.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int later(wg_pctx *c, const wg_ynode *v)
{
	(void)c;
	(void)v;
	return 0;      /* read after the walk (needs the grant) */
}

static int load_memory(wg_pctx *c, const wg_ynode *map, wg_grant *g, const char *where)
{
	const wg_ynode *v = wg_ynode_get(map, "memory");
	char what[48];
	const wg_field f[] = {
		{ "max_initial_pages", WG_F_UINT, &g->max_initial_pages, &g->has_max_initial_pages, NULL },
		{ "max_pages", WG_F_UINT, &g->max_pages, &g->has_max_pages, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	if (!v)
		return 0;
	snprintf(what, sizeof(what), "%s.memory", where);
	return wg_pctx_walk(c, v, what, f);
}

static int check_text(wg_pctx *c, const wg_ynode *map, const char *where, const char *key,
		      const char *s)
{
	if (!wg_text_placeholder(s))
		return 0;
	return wg_pctx_error(c, wg_ynode_get(map, key),
			     "%s.%s: '%s' is placeholder text; write the real %s", where, key, s,
			     strcmp(key, "reason") ? "reviewer (e.g. @alice)" : "reason this plugin needs it");
}

/* After the walk: required keys, globs, real text, something granted. */
static int check_grant(wg_pctx *c, const wg_ynode *map, wg_grant *g, const char *where)
{
	static const char *const required[] = { "plugin", "path", "reason", "approved_by", NULL };
	int rc;

	for (const char *const *k = required; *k; k++)
		if (!wg_ynode_get(map, *k))
			return wg_pctx_error(c, map, "%s: missing required key '%s'%s", where, *k,
					     strcmp(*k, "path") ? "" :
					     " (where the plugin lives, e.g. plugins/NAME/NAME.wasm: "
					     "a grant never applies by name alone)");
	if (!wg_glob_valid(g->plugin))
		return wg_pctx_error(c, wg_ynode_get(map, "plugin"),
				     "%s.plugin: invalid glob '%s' (unbalanced '[' or a trailing '\\')",
				     where, g->plugin);
	if ((rc = wg_pctx_check_path(c, map, where, g->path)) ||
	    (rc = check_text(c, map, where, "reason", g->reason)) ||
	    (rc = check_text(c, map, where, "approved_by", g->approved_by)))
		return rc;
	if (!g->imports.count && !g->capabilities && !g->has_max_pages && !g->has_max_initial_pages)
		return wg_pctx_error(c, map, "%s: grants nothing (give imports, capabilities or memory)",
				     where);
	return 0;
}

static int load_grant(wg_pctx *c, const wg_ynode *map, wg_grant *g, size_t i)
{
	char where[32];
	const wg_field f[] = {
		{ "plugin", WG_F_STRING, &g->plugin, NULL, NULL },
		{ "path", WG_F_STRING, &g->path, NULL, NULL },
		{ "imports", WG_F_GLOBS, &g->imports, NULL, NULL },
		{ "capabilities", WG_F_CAPS, &g->capabilities, NULL, NULL },
		{ "memory", WG_F_CUSTOM, NULL, NULL, later },
		{ "reason", WG_F_STRING, &g->reason, NULL, NULL },
		{ "approved_by", WG_F_STRING, &g->approved_by, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc;

	snprintf(where, sizeof(where), "grants[%zu]", i);
	g->line = map->line;
	rc = wg_pctx_walk(c, map, where, f);
	if (!rc)
		rc = load_memory(c, map, g, where);
	if (!rc)
		rc = check_grant(c, map, g, where);
	return rc;
}

int wg_policy_load_grants(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	int rc;

	if (v->type != WG_YNODE_SEQ)
		return wg_pctx_error(c, v, "grants: expected a list, got %s", wg_ynode_kind(v));
	p->grants = wg_calloc(v->count + 1, sizeof(*p->grants));
	if (!p->grants)
		return WG_ENOMEM;
	p->num_grants = v->count;
	for (size_t i = 0; i < v->count; i++) {
		rc = load_grant(c, v->items[i], &p->grants[i], i);
		if (rc)
			return rc;
	}
	return 0;
}

void wg_policy_grants_free(wg_policy *p)
{
	for (size_t i = 0; i < p->num_grants; i++) {
		wg_grant *g = &p->grants[i];

		free(g->plugin);
		free(g->path);
		wg_strlist_free(&g->imports);
		free(g->reason);
		free(g->approved_by);
	}
	free(p->grants);
	p->grants = NULL;
	p->num_grants = 0;
}
