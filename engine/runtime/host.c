/*
 * host.c - the host profile (host.yml): parsed with the rules loader's YAML
 * tree (policy/ytree.c: no anchors, aliases, tags; bounded depth) and its
 * table-driven field walker, so errors read "FILE:LINE:COL: what" like the
 * rules file's.  Required: version 1, abi, features, imports, memory, keys
 * (control, registry, audit: PEM public key files), control (url,
 * instance), registry (url), install (dir); optional: limits (timeouts).
 */
#include "wasmgate/host.h"
#include "wasmgate/module.h"
#include "policy/policy_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	wg_pctx c;               /* first: the walker hands us &c */
	wg_host *h;
	const char *base;        /* folder of host.yml, for relative paths */
} hctx;

static int abi_name(wg_pctx *c, const wg_ynode *v)
{
	hctx *x = (hctx *)c;
	int rc = wg_pctx_string(c, v, "abi.name", &x->h->abi.name);

	if (!rc && strchr(x->h->abi.name, '/'))
		return wg_pctx_error(c, v, "abi.name: give the name without '/N' (the range is abi.min..abi.max)");
	return rc;
}

static int load_abi(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	bool has_min = false, has_max = false;
	const wg_field f[] = {
		{ "name", WG_F_CUSTOM, NULL, NULL, abi_name },
		{ "min", WG_F_UINT, &h->abi.min, &has_min, NULL },
		{ "max", WG_F_UINT, &h->abi.max, &has_max, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "abi", f);

	if (rc)
		return rc;
	if (!h->abi.name || !has_min || !has_max)
		return wg_pctx_error(c, v, "abi: needs name, min and max");
	if (h->abi.min > h->abi.max)
		return wg_pctx_error(c, v, "abi: min %llu is above max %llu",
				     (unsigned long long)h->abi.min, (unsigned long long)h->abi.max);
	return 0;
}

static int load_features(wg_pctx *c, const wg_ynode *v)
{
	const wg_field f[] = {
		{ "supported", WG_F_FEATURES, &((hctx *)c)->h->features, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	return wg_pctx_walk(c, v, "features", f);
}

static int load_imports(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	wg_strlist l = { 0 };
	const wg_field f[] = {
		{ "provided", WG_F_GLOBS, &l, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "imports", f);

	h->imports = l.items;
	h->num_imports = l.count;
	return rc;
}

static int load_memory(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	bool has = false;
	const wg_field f[] = {
		{ "max_pages", WG_F_UINT, &h->max_memory_pages, &has, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "memory", f);

	if (!rc && !has)
		return wg_pctx_error(c, v, "memory: needs max_pages (64 KiB pages per plugin)");
	if (!rc && h->max_memory_pages > 65536)
		return wg_pctx_error(c, v, "memory.max_pages: %llu is over 65536 (4 GiB)",
				     (unsigned long long)h->max_memory_pages);
	return rc;
}

/* a list of PEM public key files -> keys (paths relative to host.yml) */
static int load_keylist(hctx *x, const wg_ynode *v, const char *what,
			wg_key ***keys, size_t *n)
{
	if (v->type != WG_YNODE_SEQ || !v->count)
		return wg_pctx_error(&x->c, v, "keys.%s: expected a non-empty list of public key files, got %s",
				     what, v->type == WG_YNODE_SEQ ? "an empty list" : wg_ynode_kind(v));
	*keys = wg_calloc(v->count, sizeof(**keys));
	if (!*keys)
		return WG_ENOMEM;
	for (size_t i = 0; i < v->count; i++) {
		char *rel = NULL, *path;
		int rc = wg_pctx_string(&x->c, v->items[i], what, &rel);

		if (rc)
			return rc;
		path = rel[0] == '/' ? wg_strdup(rel) : wg_asprintf("%s/%s", x->base, rel);
		free(rel);
		if (!path)
			return WG_ENOMEM;
		rc = wg_key_load_public_file(path, &(*keys)[i]);
		free(path);
		if (rc)
			return wg_pctx_error(&x->c, v->items[i], "keys.%s: %s", what, wg_error_last());
		(*n)++;
	}
	return 0;
}

static int keys_control(wg_pctx *c, const wg_ynode *v)
{
	hctx *x = (hctx *)c;
	return load_keylist(x, v, "control", &x->h->control_keys, &x->h->num_control_keys);
}

static int keys_registry(wg_pctx *c, const wg_ynode *v)
{
	hctx *x = (hctx *)c;
	return load_keylist(x, v, "registry", &x->h->registry_keys, &x->h->num_registry_keys);
}

static int keys_audit(wg_pctx *c, const wg_ynode *v)
{
	hctx *x = (hctx *)c;
	return load_keylist(x, v, "audit", &x->h->audit_keys, &x->h->num_audit_keys);
}

static int load_keys(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	const wg_field f[] = {
		{ "control", WG_F_CUSTOM, NULL, NULL, keys_control },
		{ "registry", WG_F_CUSTOM, NULL, NULL, keys_registry },
		{ "audit", WG_F_CUSTOM, NULL, NULL, keys_audit },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "keys", f);

	if (!rc && (!h->num_control_keys || !h->num_registry_keys || !h->num_audit_keys))
		return wg_pctx_error(c, v, "keys: needs control, registry and audit (one trusted key list per role)");
	return rc;
}

static int check_url(wg_pctx *c, const wg_ynode *v, const char *what, const char *url)
{
	if (strncmp(url, "https://", 8) && strncmp(url, "http://", 7) && strncmp(url, "file://", 7))
		return wg_pctx_error(c, v, "%s: '%s' is not an https://, http:// or file:// URL", what, url);
	return 0;
}

static int load_control(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	const wg_field f[] = {
		{ "url", WG_F_STRING, &h->control_url, NULL, NULL },
		{ "instance", WG_F_STRING, &h->instance, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "control", f);

	if (!rc && (!h->control_url || !h->instance))
		return wg_pctx_error(c, v, "control: needs url and instance");
	return rc ? rc : check_url(c, wg_ynode_get(v, "url"), "control.url", h->control_url);
}

static int load_registry(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	const wg_field f[] = {
		{ "url", WG_F_STRING, &h->registry_url, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "registry", f);

	if (!rc && !h->registry_url)
		return wg_pctx_error(c, v, "registry: needs url");
	return rc ? rc : check_url(c, wg_ynode_get(v, "url"), "registry.url", h->registry_url);
}

static int load_install(wg_pctx *c, const wg_ynode *v)
{
	hctx *x = (hctx *)c;
	char *dir = NULL;
	const wg_field f[] = {
		{ "dir", WG_F_STRING, &dir, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "install", f);

	if (!rc && !dir)
		rc = wg_pctx_error(c, v, "install: needs dir");
	if (!rc) {
		x->h->install_dir = dir[0] == '/' ? wg_strdup(dir) : wg_asprintf("%s/%s", x->base, dir);
		rc = x->h->install_dir ? 0 : WG_ENOMEM;
	}
	free(dir);
	return rc;
}

static int load_limits(wg_pctx *c, const wg_ynode *v)
{
	wg_host *h = ((hctx *)c)->h;
	const wg_field f[] = {
		{ "connect_timeout", WG_F_UINT, &h->connect_timeout, NULL, NULL },
		{ "timeout", WG_F_UINT, &h->timeout, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc = wg_pctx_walk(c, v, "limits", f);

	if (!rc && (h->connect_timeout > 3600 || h->timeout > 86400))
		return wg_pctx_error(c, v, "limits: connect_timeout is at most 3600 and timeout at most 86400 seconds");
	return rc;
}

static int skip(wg_pctx *c, const wg_ynode *v)
{
	(void)c;
	(void)v;
	return 0;
}

static int load_root(hctx *x, const wg_ynode *root)
{
	static const char *const required[] = { "version", "abi", "features", "imports", "memory",
						"keys", "control", "registry", "install", NULL };
	const wg_field f[] = {
		{ "version", WG_F_CUSTOM, NULL, NULL, skip },
		{ "abi", WG_F_CUSTOM, NULL, NULL, load_abi },
		{ "features", WG_F_CUSTOM, NULL, NULL, load_features },
		{ "imports", WG_F_CUSTOM, NULL, NULL, load_imports },
		{ "memory", WG_F_CUSTOM, NULL, NULL, load_memory },
		{ "keys", WG_F_CUSTOM, NULL, NULL, load_keys },
		{ "control", WG_F_CUSTOM, NULL, NULL, load_control },
		{ "registry", WG_F_CUSTOM, NULL, NULL, load_registry },
		{ "install", WG_F_CUSTOM, NULL, NULL, load_install },
		{ "limits", WG_F_CUSTOM, NULL, NULL, load_limits },
		{ NULL, 0, NULL, NULL, NULL },
	};
	const wg_ynode *v;
	uint64_t n = 0;
	int rc;

	if (root->type != WG_YNODE_MAP)
		return wg_pctx_error(&x->c, root, "the host profile must be a map (version, abi, ...), got %s",
				     wg_ynode_kind(root));
	if (!(v = wg_ynode_get(root, "version")))
		return wg_pctx_error(&x->c, root, "missing required key 'version' (this wasmgate reads version: 1)");
	if ((rc = wg_pctx_uint(&x->c, v, "version", &n)))
		return rc;
	if (n != 1)
		return wg_pctx_error(&x->c, v, "unsupported host profile version %s (this wasmgate reads version: 1)",
				     v->value);
	if ((rc = wg_pctx_walk(&x->c, root, "", f)))
		return rc;
	for (const char *const *k = required; *k; k++)
		if (!wg_ynode_get(root, *k))
			return wg_pctx_error(&x->c, root, "missing required key '%s'", *k);
	return 0;
}

int wg_host_parse(const char *yaml, size_t len, const char *name,
		  const char *base_dir, wg_host **out)
{
	hctx x = { { name, NULL }, NULL, base_dir ? base_dir : "." };
	wg_ynode *root = NULL;
	int rc;

	*out = NULL;
	if (len > WG_HOST_MAX_BYTES)
		return wg_error_set(WG_EPARSE, "%s: the host profile is %zu bytes, over the limit of %d",
				    name, len, WG_HOST_MAX_BYTES);
	if ((rc = wg_ytree_parse(yaml, len, name, &root)))
		return rc;
	if (!(x.h = wg_calloc(1, sizeof(*x.h)))) {
		wg_ytree_free(root);
		return WG_ENOMEM;
	}
	x.h->version = 1;
	rc = root ? load_root(&x, root)
		  : wg_pctx_error(&x.c, NULL, "the host profile is empty (it needs version: 1, abi, keys, ...)");
	wg_ytree_free(root);
	if (rc) {
		wg_host_free(x.h);
		return rc;
	}
	*out = x.h;
	return 0;
}

int wg_host_load(const char *path, wg_host **out)
{
	char *text = NULL, *base, *slash;
	size_t len = 0;
	int rc;

	*out = NULL;
	if ((rc = wg_file_read(path, WG_HOST_MAX_BYTES + 1, &text, &len)))
		return rc;
	if (!(base = wg_strdup(path))) {
		free(text);
		return WG_ENOMEM;
	}
	slash = strrchr(base, '/');
	if (slash)
		*slash = '\0';
	rc = wg_host_parse(text, len, path, slash ? (*base ? base : "/") : ".", out);
	free(text);
	free(base);
	if (!rc && !((*out)->path = wg_strdup(path))) {
		wg_host_free(*out);
		*out = NULL;
		return WG_ENOMEM;
	}
	return rc;
}

static void keys_free(wg_key **k, size_t n)
{
	for (size_t i = 0; i < n; i++)
		wg_key_free(k[i]);
	free(k);
}

void wg_host_free(wg_host *h)
{
	if (!h)
		return;
	free(h->path);
	free(h->abi.name);
	for (size_t i = 0; i < h->num_imports; i++)
		free(h->imports[i]);
	free(h->imports);
	keys_free(h->control_keys, h->num_control_keys);
	keys_free(h->registry_keys, h->num_registry_keys);
	keys_free(h->audit_keys, h->num_audit_keys);
	free(h->control_url);
	free(h->instance);
	free(h->registry_url);
	free(h->install_dir);
	free(h);
}

bool wg_host_provides(const wg_host *h, const char *module, const char *field)
{
	char *name = wg_asprintf("%s.%s", module, field);
	bool ok = false;

	for (size_t i = 0; name && i < h->num_imports && !ok; i++)
		ok = wg_glob_match(h->imports[i], name) == 1;
	free(name);
	return ok;
}
