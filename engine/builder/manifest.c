/*
 * manifest.c - plugin.yml schema 1 (docs/plugin-yml.md) -> wg_manifest.
 *
 * Parses with the rules loader's YAML machinery (policy/ytree.c: no
 * anchors, aliases, tags; bounded depth; unique keys) and its table-driven
 * field walker (policy/fields.c), so every error is "FILE:LINE:COL: what".
 * After the walk, each value gets its own syntax check (names, semver,
 * paths that stay in the plugin folder, flags that name no file and load no
 * code); see check.c.  Any error frees everything.
 */
#include "builder/build_int.h"
#include "policy/policy_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

static void flagset_free(wg_flagset *f)
{
	wg_strlist_free(&f->flags);
	wg_strlist_free(&f->link_flags);
	wg_strlist_free(&f->defines);
}

void wg_manifest_list_free(wg_manifest_list *l)
{
	wg_strlist_free(l);
}

void wg_manifest_free(wg_manifest *m)
{
	if (!m)
		return;
	free(m->path);
	free(m->dir);
	free(m->name);
	free(m->version_text);
	free(m->abi);
	for (int i = 0; i < WG_TOOLCHAIN_COUNT; i++)
		flagset_free(&m->toolchain_set[i]);
	wg_strlist_free(&m->sources);
	wg_strlist_free(&m->include_dirs);
	wg_strlist_free(&m->exports);
	flagset_free(&m->common);
	for (size_t i = 0; i < m->num_variants; i++) {
		free(m->variants[i].name);
		flagset_free(&m->variants[i].set);
	}
	free(m->variants);
	wg_strlist_free(&m->capabilities);
	free(m);
}

const wg_variant *wg_manifest_variant(const wg_manifest *m, const char *name)
{
	for (size_t i = 0; i < m->num_variants; i++)
		if (!strcmp(m->variants[i].name, name))
			return &m->variants[i];
	return NULL;
}

/* ---- the walk --------------------------------------------------------- */

typedef struct {
	wg_pctx c;               /* first: callbacks get &ctx.c */
	wg_manifest *m;
	char *toolchain, *language, *optimisation;
	uint64_t schema, initial, max;
	bool has_schema, has_initial, has_max;
	const wg_ynode *root;
} mctx;

static int load_flagset(wg_pctx *c, const wg_ynode *v, const char *where, wg_flagset *f)
{
	const wg_field fields[] = {
		{ "flags", WG_F_NAMES, &f->flags, NULL, NULL },
		{ "link_flags", WG_F_NAMES, &f->link_flags, NULL, NULL },
		{ "defines", WG_F_NAMES, &f->defines, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc;

	if (v->type == WG_YNODE_SCALAR && !strcmp(wg_ynode_kind(v), "null"))
		return 0;   /* "wasi:" with nothing after it: no extras */
	rc = wg_pctx_walk(c, v, where, fields);
	return rc ? rc : wg_mcheck_flagset(c, v, where, f);
}

static int load_toolchains(wg_pctx *c, const wg_ynode *v)
{
	wg_manifest *m = ((mctx *)c)->m;

	if (v->type != WG_YNODE_MAP)
		return wg_pctx_error(c, v, "toolchains: expected a map (toolchain: {flags...}), got %s",
				     wg_ynode_kind(v));
	for (size_t i = 0; i + 1 < v->count; i += 2) {
		const wg_ynode *k = v->items[i];
		int t = wg_toolchain_from_name(k->value);
		char where[64];
		int rc;

		if (t < 0)
			return wg_pctx_error(c, k, "toolchains: unknown toolchain '%s' (expected emscripten or wasi)",
					     k->value);
		m->toolchains |= 1u << t;
		snprintf(where, sizeof(where), "toolchains.%s", k->value);
		rc = load_flagset(c, v->items[i + 1], where, &m->toolchain_set[t]);
		if (rc)
			return rc;
	}
	return 0;
}

static int load_variants(wg_pctx *c, const wg_ynode *v)
{
	wg_manifest *m = ((mctx *)c)->m;

	if (v->type != WG_YNODE_MAP)
		return wg_pctx_error(c, v, "variants: expected a map (name: {flags...}), got %s",
				     wg_ynode_kind(v));
	m->variants = wg_calloc(v->count / 2 + 1, sizeof(*m->variants));
	if (!m->variants)
		return WG_ENOMEM;
	for (size_t i = 0; i + 1 < v->count; i += 2) {
		const wg_ynode *k = v->items[i];
		wg_variant *var = &m->variants[m->num_variants];
		char where[96];
		int rc;

		if (!wg_plugin_name_valid(k->value) || k->len > 32)
			return wg_pctx_error(c, k, "variants: invalid variant name '%s' (expected [a-z0-9][a-z0-9-]{0,31})",
					     k->value);
		if (!strcmp(k->value, "default") || !strcmp(k->value, "all"))
			return wg_pctx_error(c, k, "variants: '%s' is reserved (wasmgate build --variant %s)",
					     k->value, k->value);
		var->name = wg_strdup(k->value);
		if (!var->name)
			return WG_ENOMEM;
		m->num_variants++;
		snprintf(where, sizeof(where), "variants.%s", k->value);
		rc = load_flagset(c, v->items[i + 1], where, &var->set);
		if (rc)
			return rc;
	}
	return 0;
}

static int load_memory(wg_pctx *c, const wg_ynode *v)
{
	mctx *x = (mctx *)c;
	const wg_field f[] = {
		{ "initial_pages", WG_F_UINT, &x->initial, &x->has_initial, NULL },
		{ "max_pages", WG_F_UINT, &x->max, &x->has_max, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};

	return wg_pctx_walk(c, v, "memory", f);
}

/* capabilities: known class names or "module.field" import globs, no
 * duplicates, at most WG_PLUGIN_CAPS_MAX (what wasmgate.plugin carries). */
static int load_capabilities(wg_pctx *c, const wg_ynode *v)
{
	mctx *x = (mctx *)c;
	wg_manifest_list *l = &x->m->capabilities;
	int rc;

	if (v->type != WG_YNODE_SEQ)
		return wg_pctx_error(c, v, "capabilities: expected a list, got %s", wg_ynode_kind(v));
	if (!(l->items = wg_calloc(v->count + 1, sizeof(char *))))
		return WG_ENOMEM;
	for (size_t i = 0; i < v->count; i++) {
		if ((rc = wg_pctx_string(c, v->items[i], "capabilities", &l->items[i])))
			return rc;
		l->count++;
	}
	x->m->has_capabilities = true;
	if (l->count > WG_PLUGIN_CAPS_MAX)
		return wg_pctx_error(c, v, "capabilities: more than %d entries", WG_PLUGIN_CAPS_MAX);
	for (size_t i = 0; i < l->count; i++) {
		const char *e = l->items[i];

		if (!wg_plugin_capability_valid(e) ||
		    (!strchr(e, '.') && wg_capability_from_name(e) == WG_CAP_NONE))
			return wg_pctx_error(c, v->items[i], "capabilities: '%s' is neither a capability "
					     "class (filesystem, network, clock, random, environment, args, "
					     "process, stdio, poll) nor a \"module.field\" import glob", e);
		for (size_t j = 0; j < i; j++)
			if (!strcmp(l->items[j], e))
				return wg_pctx_error(c, v->items[i], "capabilities: '%s' is listed twice", e);
	}
	return 0;
}

static int walk(mctx *x, const wg_ynode *root)
{
	wg_manifest *m = x->m;
	const wg_field f[] = {
		{ "schema", WG_F_UINT, &x->schema, &x->has_schema, NULL },
		{ "name", WG_F_STRING, &m->name, NULL, NULL },
		{ "version", WG_F_STRING, &m->version_text, NULL, NULL },
		{ "abi", WG_F_STRING, &m->abi, NULL, NULL },
		{ "toolchain", WG_F_STRING, &x->toolchain, NULL, NULL },
		{ "toolchains", WG_F_CUSTOM, NULL, NULL, load_toolchains },
		{ "language", WG_F_STRING, &x->language, NULL, NULL },
		{ "sources", WG_F_NAMES, &m->sources, NULL, NULL },
		{ "include_dirs", WG_F_NAMES, &m->include_dirs, NULL, NULL },
		{ "defines", WG_F_NAMES, &m->common.defines, NULL, NULL },
		{ "exports", WG_F_NAMES, &m->exports, NULL, NULL },
		{ "flags", WG_F_NAMES, &m->common.flags, NULL, NULL },
		{ "link_flags", WG_F_NAMES, &m->common.link_flags, NULL, NULL },
		{ "memory", WG_F_CUSTOM, NULL, NULL, load_memory },
		{ "optimisation", WG_F_STRING, &x->optimisation, NULL, NULL },
		{ "keep_debug", WG_F_BOOL, &m->keep_debug, NULL, NULL },
		{ "variants", WG_F_CUSTOM, NULL, NULL, load_variants },
		{ "capabilities", WG_F_CUSTOM, NULL, NULL, load_capabilities },
		{ NULL, 0, NULL, NULL, NULL },
	};

	if (root->type != WG_YNODE_MAP)
		return wg_pctx_error(&x->c, root, "expected a map of manifest keys, got %s",
				     wg_ynode_kind(root));
	return wg_pctx_walk(&x->c, root, "", f);
}

int wg_manifest_parse(const char *text, size_t len, const char *name,
		      const char *dir, wg_manifest **out)
{
	mctx x;
	wg_ynode *root = NULL;
	int rc;

	*out = NULL;
	memset(&x, 0, sizeof(x));
	x.c.name = name;
	x.m = wg_calloc(1, sizeof(*x.m));
	if (!x.m)
		return WG_ENOMEM;
	x.m->version = 1;
	rc = wg_ytree_parse(text, len, name, &root);
	if (!rc && !root)
		rc = wg_error_set(WG_EPARSE, "%s:1:1: the manifest is empty (see docs/plugin-yml.md)", name);
	x.root = root;
	rc = rc ? rc : walk(&x, root);
	rc = rc ? rc : wg_mcheck_values(&x.c, root, x.m, x.toolchain, x.language,
					x.optimisation);
	if (!rc) {
		x.m->schema = (int)x.schema;
		x.m->has_initial_pages = x.has_initial;
		x.m->has_max_pages = x.has_max;
		x.m->initial_pages = (uint32_t)x.initial;
		x.m->max_pages = (uint32_t)x.max;
		rc = wg_mcheck_numbers(&x.c, root, x.has_schema, x.schema, x.initial, x.max,
				       x.has_initial, x.has_max);
	}
	if (!rc) {
		x.m->path = wg_strdup(name);
		x.m->dir = wg_strdup(dir ? dir : ".");
		rc = x.m->path && x.m->dir ? 0 : WG_ENOMEM;
	}
	free(x.toolchain);
	free(x.language);
	free(x.optimisation);
	wg_ytree_free(root);
	if (rc)
		wg_manifest_free(x.m);
	else
		*out = x.m;
	return rc;
}

int wg_manifest_load(const char *dir, wg_manifest **out)
{
	char *path = wg_asprintf("%s/%s", dir, WG_MANIFEST_FILE);
	char *text = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if (!path)
		return WG_ENOMEM;
	rc = wg_file_read(path, WG_MANIFEST_MAX_BYTES, &text, &len);
	if (rc == WG_EIO)
		rc = wg_error_set(WG_EIO, "%s: no readable %s in this folder", dir, WG_MANIFEST_FILE);
	if (!rc)
		rc = wg_manifest_parse(text, len, path, dir, out);
	free(text);
	free(path);
	return rc;
}
