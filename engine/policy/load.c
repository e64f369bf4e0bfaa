/*
 * load.c - the rules loader (policy.h): schema version 1 of the rules file
 * (rules/README.md is the reference) -> wg_policy.
 *
 * Reads at most WG_RULES_MAX_BYTES, parses with ytree.c (no anchors,
 * aliases, tags; bounded depth), then walks the tree section by section
 * with the field tables below.  Every key is optional except `version`;
 * absent keys mean "no rule", except imports.unlisted which defaults to
 * flag.  Any error frees everything and sets "FILE:LINE:COL: what".
 */
#include "policy/policy_int.h"
#include "util/util.h"
#include "wasmgate/rule.h"

#include <stdlib.h>
#include <string.h>

static int load_capabilities(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "deny", WG_F_CAPS, &p->imports.cap_deny, NULL, NULL },
		{ "flag", WG_F_CAPS, &p->imports.cap_flag, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	uint32_t both;
	int rc = wg_pctx_walk(c, v, "imports.capabilities", f);

	if (rc)
		return rc;
	both = p->imports.cap_deny & p->imports.cap_flag;
	if (both)
		return wg_pctx_error(c, v, "imports.capabilities: class '%s' is both denied and flagged",
				     wg_capability_name((wg_capability)(both & -both)));
	return 0;
}

static int load_imports(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "allow", WG_F_GLOBS, &p->imports.allow, NULL, NULL },
		{ "deny", WG_F_GLOBS, &p->imports.deny, NULL, NULL },
		{ "capabilities", WG_F_CUSTOM, NULL, NULL, load_capabilities },
		{ "unlisted", WG_F_ACTION, &p->imports.unlisted, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "imports", f);
}

static int load_memory(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "max_initial_pages", WG_F_UINT, &p->memory.max_initial_pages,
		  &p->memory.has_max_initial_pages, NULL },
		{ "require_maximum", WG_F_BOOL, &p->memory.require_maximum, NULL, NULL },
		{ "max_pages", WG_F_UINT, &p->memory.max_pages, &p->memory.has_max_pages, NULL },
		{ "shared", WG_F_ACTION, &p->memory.shared, NULL, NULL },
		{ "memory64", WG_F_ACTION, &p->memory.memory64, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "memory", f);
}

static int load_tables(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "max_elements", WG_F_UINT, &p->tables.max_elements,
		  &p->tables.has_max_elements, NULL },
		{ "require_maximum", WG_F_BOOL, &p->tables.require_maximum, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "tables", f);
}

static int load_features(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "deny", WG_F_FEATURES, &p->features.deny, NULL, NULL },
		{ "flag", WG_F_FEATURES, &p->features.flag, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	uint32_t both;
	int rc = wg_pctx_walk(c, v, "features", f);

	if (rc)
		return rc;
	both = p->features.deny & p->features.flag;
	if (both)
		return wg_pctx_error(c, v, "features: '%s' is both denied and flagged",
				     wg_feature_name((wg_feature)(both & -both)));
	return 0;
}

static int load_opcodes(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "deny", WG_F_OPCODES, &p->opcodes.deny, NULL, NULL },
		{ "flag", WG_F_OPCODES, &p->opcodes.flag, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "opcodes", f);
}

static int load_exports(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "require", WG_F_NAMES, &p->exports.require, NULL, NULL },
		{ "deny", WG_F_GLOBS, &p->exports.deny, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	const wg_ynode *req;
	int rc = wg_pctx_walk(c, v, "exports", f);

	req = rc ? NULL : wg_ynode_get(v, "require");
	for (size_t i = 0; req && req->type == WG_YNODE_SEQ && i < req->count; i++) {
		wg_extern_kind kind;
		const char *name;

		if (wg_export_requirement(p->exports.require.items[i], &kind, &name))
			return wg_pctx_error(c, req->items[i], "exports.require: '%s' names no export "
					     "(write KIND:NAME, KIND one of func, table, memory, "
					     "global, tag)", p->exports.require.items[i]);
	}
	return rc;
}

int wg_export_requirement(const char *entry, wg_extern_kind *kind, const char **name)
{
	static const char *const kinds[] = { "func", "table", "memory", "global", "tag" };
	const char *colon = strchr(entry, ':');

	for (size_t k = 0; colon && k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if ((size_t)(colon - entry) == strlen(kinds[k]) &&
		    !strncmp(entry, kinds[k], strlen(kinds[k]))) {
			*kind = (wg_extern_kind)k;
			*name = colon + 1;
			return **name ? 0 : -1;
		}
	*kind = strcmp(entry, "memory") ? WG_EXTERN_FUNC : WG_EXTERN_MEMORY;
	*name = entry;
	return *entry ? 0 : -1;
}

static int load_customs(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "flag", WG_F_GLOBS, &p->custom_sections.flag, NULL, NULL },
		{ "max_bytes", WG_F_UINT, &p->custom_sections.max_bytes,
		  &p->custom_sections.has_max_bytes, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "custom_sections", f);
}

static int load_limits(wg_pctx *c, const wg_ynode *v)
{
	wg_module_limits *l = &c->p->limits;
	const wg_field f[] = {
		{ "max_module_bytes", WG_F_UINT, &l->max_module_bytes, NULL, NULL },
		{ "max_functions", WG_F_UINT, &l->max_functions, NULL, NULL },
		{ "max_function_bytes", WG_F_UINT, &l->max_function_bytes, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "limits", f);
}

/* version first, so a file for another schema fails on that, not on a key. */
static int check_version(wg_pctx *c, const wg_ynode *root)
{
	const wg_ynode *v = wg_ynode_get(root, "version");
	uint64_t n = 0;
	int rc;

	if (!v)
		return wg_pctx_error(c, root, "missing required key 'version' (this wasmgate reads version: 1)");
	rc = wg_pctx_uint(c, v, "version", &n);
	if (rc)
		return rc;
	if (n != 1)
		return wg_pctx_error(c, v, "unsupported rules version %s (this wasmgate reads version: 1)",
				     v->value);
	return 0;
}

static int skip_version(wg_pctx *c, const wg_ynode *v)
{
	c->p->version = 1;
	(void)v;
	return 0;
}

static int load_root(wg_pctx *c, const wg_ynode *root)
{
	wg_policy *p = c->p;
	const wg_field f[] = {
		{ "version", WG_F_CUSTOM, NULL, NULL, skip_version },
		{ "name", WG_F_STRING, &p->name, NULL, NULL },
		{ "imports", WG_F_CUSTOM, NULL, NULL, load_imports },
		{ "memory", WG_F_CUSTOM, NULL, NULL, load_memory },
		{ "tables", WG_F_CUSTOM, NULL, NULL, load_tables },
		{ "features", WG_F_CUSTOM, NULL, NULL, load_features },
		{ "opcodes", WG_F_CUSTOM, NULL, NULL, load_opcodes },
		{ "exports", WG_F_CUSTOM, NULL, NULL, load_exports },
		{ "start_function", WG_F_ACTION, &p->start_function, NULL, NULL },
		{ "custom_sections", WG_F_CUSTOM, NULL, NULL, load_customs },
		{ "limits", WG_F_CUSTOM, NULL, NULL, load_limits },
		{ "waivers", WG_F_CUSTOM, NULL, NULL, wg_policy_load_waivers },
		{ "grants", WG_F_CUSTOM, NULL, NULL, wg_policy_load_grants },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc;

	if (root->type != WG_YNODE_MAP)
		return wg_pctx_error(c, root, "the rules document must be a map of keys (version, name, imports, ...), got %s",
				     wg_ynode_kind(root));
	rc = check_version(c, root);
	return rc ? rc : wg_pctx_walk(c, root, "", f);
}

/* The name when the file has no `name:` key: its base name without .yml. */
static int default_name(wg_policy *p, const char *name)
{
	const char *ext = strstr(name, ".yaml") ? ".yaml" : ".yml";

	if (p->name)
		return 0;
	p->name = wg_basename_noext(name, ext);
	return p->name ? 0 : WG_ENOMEM;
}

static int load(const char *yaml, size_t len, const char *name, const char *path,
		wg_policy **out)
{
	wg_pctx c = { name, NULL };
	wg_ynode *root = NULL;
	int rc;

	*out = NULL;
	if (len > WG_RULES_MAX_BYTES)
		return wg_error_set(WG_EPARSE, "%s: the rules file is %zu bytes, over the limit of %d bytes (1 MiB)",
				    name, len, WG_RULES_MAX_BYTES);
	rc = wg_ytree_parse(yaml, len, name, &root);
	if (rc)
		return rc;
	c.p = wg_calloc(1, sizeof(*c.p));
	if (!c.p) {
		wg_ytree_free(root);
		return WG_ENOMEM;
	}
	c.p->imports.unlisted = WG_ACTION_FLAG;
	if (!root)
		rc = wg_pctx_error(&c, NULL, "the rules file is empty (it needs at least 'version: 1')");
	else
		rc = load_root(&c, root);
	if (!rc)
		rc = default_name(c.p, name);
	if (!rc && path && !(c.p->path = wg_strdup(path)))
		rc = WG_ENOMEM;
	wg_ytree_free(root);
	if (rc) {
		wg_policy_free(c.p);
		return rc;
	}
	wg_sha256(yaml, len, c.p->sha256);
	*out = c.p;
	return 0;
}

int wg_policy_load_string(const char *yaml, size_t len, const char *name,
			  wg_policy **out)
{
	if (!out)
		return wg_error_set(WG_EINVAL, "wg_policy_load_string: no output pointer");
	*out = NULL;
	if (!yaml)
		return wg_error_set(WG_EINVAL, "wg_policy_load_string: no rules text");
	return load(yaml, len, name ? name : "<rules>", NULL, out);
}

int wg_policy_load_file(const char *path, wg_policy **out)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	if (!out)
		return wg_error_set(WG_EINVAL, "wg_policy_load_file: no output pointer");
	*out = NULL;
	if (!path)
		return wg_error_set(WG_EINVAL, "wg_policy_load_file: no path");
	rc = wg_file_read(path, WG_RULES_MAX_BYTES + 1, &text, &len);
	if (rc == WG_ELIMIT)
		return wg_error_set(WG_EPARSE, "%s: the rules file is over the limit of %d bytes (1 MiB)",
				    path, WG_RULES_MAX_BYTES);
	if (rc)
		return rc;
	rc = load(text, len, path, path, out);
	free(text);
	return rc;
}

void wg_policy_free(wg_policy *p)
{
	if (!p)
		return;
	free(p->name);
	free(p->path);
	wg_strlist_free(&p->imports.allow);
	wg_strlist_free(&p->imports.deny);
	wg_strlist_free(&p->opcodes.deny);
	wg_strlist_free(&p->opcodes.flag);
	wg_strlist_free(&p->exports.require);
	wg_strlist_free(&p->exports.deny);
	wg_strlist_free(&p->custom_sections.flag);
	for (size_t i = 0; i < p->num_waivers; i++) {
		wg_waiver *w = &p->waivers[i];
		free(w->rule);
		free(w->plugin);
		free(w->path);
		free(w->item);
		free(w->reason);
		free(w->approved_by);
	}
	free(p->waivers);
	wg_policy_grants_free(p);
	free(p);
}
