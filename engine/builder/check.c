/*
 * check.c - value checks of plugin.yml after the schema walk (manifest.c):
 * required keys, name / semver / abi syntax, enumerations, memory bounds,
 * paths that must stay inside the plugin folder, and the flag rules
 * (a flag starts with '-', names no file and loads no code: no '/', no
 * '@', none of the options in `denied` below).  Errors point at the value.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <string.h>

/* Options that write or read files of their choosing, or load code. */
static const char *const denied[] = {
	"-o", "-I", "-L", "-B", "-M", "-include", "-imacros", "-isystem", "-iquote",
	"-idirafter", "-isysroot", "--sysroot", "-iprefix", "-iwithprefix",
	"-fplugin", "-fpass-plugin", "-Xclang", "-Xlinker", "-Xassembler",
	"-Xpreprocessor", "-Wp,", "-Wa,", "-save-temps", "-fprofile", "-fcrash-diagnostics",
	"-specs", "--config", "-fmodules-cache-path", "-ffile-prefix-map",
	"-fdebug-prefix-map", "-fmacro-prefix-map", "--embed-file", "--preload-file",
	"--js-library", "--pre-js", "--post-js", "--extern-pre-js", "--extern-post-js",
	"--shell-file", "--emrun", "--emit-symbol-map", "--use-preload-cache",
	"-sEXPORTED_FUNCTIONS", "-sINITIAL_MEMORY", "-sMAXIMUM_MEMORY", "-sSTANDALONE_WASM",
	"--target", "-target", "-O", "-g", "-c", "-E", "-S", "-x",
	"-fuse-ld", "--ld-path", "-resource-dir", "-ccc-", "--gcc-toolchain", "-fbasic-block-sections",
	"-fprofile-list", "-fsanitize-blacklist", "-fsanitize-ignorelist", "-fxray",
	"--cache", "--em-config", "--emit-tsd", "--source-map-base", "--use-port",
	"-sSTACK_OVERFLOW_CHECK_LOG", "-sEMBIND", "-sSINGLE_FILE",
	NULL
};
/* Linker options (inside -Wl,) that write files or pull in others. */
static const char *const denied_ld[] = {
	"-o", "--output", "-Map", "--Map", "-M", "--reproduce", "-L", "--library-path",
	"--export", "--max-memory", "--initial-memory", "--entry", "-e", "-T", "--script",
	"--version-script", "--trace", "--why-extract", "--save-temps", "--plugin",
	NULL
};

static const wg_ynode *node_of(const wg_ynode *map, const char *key)
{
	const wg_ynode *n = wg_ynode_get(map, key);

	return n ? n : map;
}

static const wg_ynode *item_of(const wg_ynode *list, size_t i)
{
	return list && list->type == WG_YNODE_SEQ && i < list->count ? list->items[i] : list;
}

static bool starts(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static const char *denied_prefix(const char *flag, const char *const *list)
{
	for (; *list; list++)
		if (starts(flag, *list))
			return *list;
	return NULL;
}

static int check_ld(const wg_pctx *c, const wg_ynode *n, const char *what, const char *flag)
{
	char buf[256];
	char *save = NULL;

	snprintf(buf, sizeof(buf), "%s", flag + 4);
	for (char *p = strtok_r(buf, ",", &save); p; p = strtok_r(NULL, ",", &save)) {
		const char *d = denied_prefix(p, denied_ld);
		if (d)
			return wg_pctx_error(c, n, "%s: linker option '%s' is not allowed in a manifest (%s)",
					     what, p, "it names a file or is set by wasmgate build");
	}
	return 0;
}

static int check_flag(const wg_pctx *c, const wg_ynode *n, const char *what, const char *flag)
{
	const char *d;

	if (flag[0] != '-' || strlen(flag) > 200)
		return wg_pctx_error(c, n, "%s: '%s' is not an option (a flag starts with '-', at most 200 characters)",
				     what, flag);
	if (strpbrk(flag, "/@\\ \t\n\r'\"`$;|&<>*?"))
		return wg_pctx_error(c, n, "%s: '%s': flags must not name files or hold shell characters (/ @ \\ quotes spaces)",
				     what, flag);
	if (starts(flag, "-Wl,"))
		return check_ld(c, n, what, flag);
	d = denied_prefix(flag, denied);
	if (d)
		return wg_pctx_error(c, n, "%s: '%s' is not allowed in a manifest (it names a file, loads code, or is set by wasmgate build from other keys)",
				     what, flag);
	return 0;
}

static bool ident_valid(const char *s, size_t max)
{
	size_t n = strlen(s);

	if (!n || n > max || (s[0] >= '0' && s[0] <= '9'))
		return false;
	return strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") == n;
}

static int check_define(const wg_pctx *c, const wg_ynode *n, const char *what, const char *d)
{
	const char *eq = strchr(d, '=');
	char name[130];
	size_t len = eq ? (size_t)(eq - d) : strlen(d);

	if (len >= sizeof(name))
		len = sizeof(name) - 1;
	memcpy(name, d, len);
	name[len] = '\0';
	if (!ident_valid(name, 128))
		return wg_pctx_error(c, n, "%s: '%s' is not NAME or NAME=VALUE with NAME a C identifier",
				     what, d);
	if (eq && (strlen(eq) > 200 || strpbrk(eq, "\n\r")))
		return wg_pctx_error(c, n, "%s: the value of '%s' is too long or spans lines", what, name);
	return 0;
}

int wg_mcheck_flagset(const wg_pctx *c, const wg_ynode *map, const char *where,
		      const wg_flagset *f)
{
	const wg_strlist *lists[] = { &f->flags, &f->link_flags, &f->defines };
	const char *keys[] = { "flags", "link_flags", "defines" };
	char what[128];

	for (int k = 0; k < 3; k++) {
		const wg_ynode *list = wg_ynode_get(map, keys[k]);
		snprintf(what, sizeof(what), "%s%s%s", where, *where ? "." : "", keys[k]);
		for (size_t i = 0; i < lists[k]->count; i++) {
			const char *s = lists[k]->items[i];
			const wg_ynode *n = item_of(list, i);
			int rc = k == 2 ? check_define(c, n, what, s) : check_flag(c, n, what, s);
			if (rc)
				return rc;
		}
	}
	return 0;
}

/* A relative path or glob that stays inside the plugin folder. */
int wg_path_confined(const char *p)
{
	const char *s = p;

	if (!*p || p[0] == '/' || strlen(p) > 256 || strpbrk(p, "\\\n\r"))
		return 0;
	while (*s) {
		size_t n = strcspn(s, "/");
		if ((n == 2 && !strncmp(s, "..", 2)) || n == 0)
			return 0;
		s += n;
		if (*s == '/')
			s++;
	}
	return p[strlen(p) - 1] != '/';
}

static int check_paths(const wg_pctx *c, const wg_ynode *root, const char *key,
		       const wg_strlist *l, bool globs)
{
	for (size_t i = 0; i < l->count; i++) {
		const wg_ynode *n = item_of(wg_ynode_get(root, key), i);
		if (!wg_path_confined(l->items[i]))
			return wg_pctx_error(c, n, "%s: '%s' leaves the plugin folder (must be relative, without '..' or empty parts)",
					     key, l->items[i]);
		if (globs && !wg_glob_valid(l->items[i]))
			return wg_pctx_error(c, n, "%s: invalid glob '%s' (unbalanced '[' or a trailing '\\')",
					     key, l->items[i]);
		if (!globs && strpbrk(l->items[i], "*?["))
			return wg_pctx_error(c, n, "%s: '%s': include dirs are plain paths, not globs",
					     key, l->items[i]);
	}
	return 0;
}

static int check_required(const wg_pctx *c, const wg_ynode *root, const wg_manifest *m,
			  const char *tc)
{
	static const char *const keys[] = { "schema", "name", "version", "abi", "toolchain",
					    "sources", "exports", NULL };

	(void)m;
	(void)tc;
	for (const char *const *k = keys; *k; k++)
		if (!wg_ynode_get(root, *k))
			return wg_pctx_error(c, root, "the required key '%s' is missing", *k);
	return 0;
}

static int check_enums(const wg_pctx *c, const wg_ynode *root, wg_manifest *m,
		       const char *tc, const char *lang, const char *opt)
{
	static const char *const opts[] = { "O0", "O1", "O2", "O3", "Os", "Oz", NULL };
	int t = wg_toolchain_from_name(tc);

	if (t < 0)
		return wg_pctx_error(c, node_of(root, "toolchain"),
				     "toolchain: unknown toolchain '%s' (expected emscripten or wasi)", tc);
	m->toolchain = (wg_toolchain)t;
	m->toolchains |= 1u << t;
	if (lang && strcmp(lang, "c") && strcmp(lang, "c++"))
		return wg_pctx_error(c, node_of(root, "language"),
				     "language: unknown language '%s' (expected c or c++)", lang);
	m->language = lang && !strcmp(lang, "c++") ? WG_LANG_CXX : WG_LANG_C;
	snprintf(m->optimisation, sizeof(m->optimisation), "O2");
	if (!opt)
		return 0;
	for (const char *const *o = opts; *o; o++)
		if (!strcmp(opt, *o)) {
			snprintf(m->optimisation, sizeof(m->optimisation), "%s", opt);
			return 0;
		}
	return wg_pctx_error(c, node_of(root, "optimisation"),
			     "optimisation: unknown level '%s' (expected O0, O1, O2, O3, Os or Oz)", opt);
}

int wg_mcheck_values(const wg_pctx *c, const wg_ynode *root, wg_manifest *m,
		     const char *tc, const char *lang, const char *opt)
{
	int rc = check_required(c, root, m, tc);

	rc = rc ? rc : check_enums(c, root, m, tc, lang, opt);
	if (rc)
		return rc;
	if (!wg_plugin_name_valid(m->name))
		return wg_pctx_error(c, node_of(root, "name"),
				     "name: '%s' is not a plugin name ([a-z0-9][a-z0-9-]{0,63})", m->name);
	if (!wg_semver_valid(m->version_text))
		return wg_pctx_error(c, node_of(root, "version"),
				     "version: '%s' is not a semantic version (MAJOR.MINOR.PATCH[-pre][+build])",
				     m->version_text);
	if (!wg_plugin_abi_parse(m->abi, &m->abi_version))
		return wg_pctx_error(c, node_of(root, "abi"),
				     "abi: '%s' is not wasmgate-plugin/N", m->abi);
	if (m->abi_version != 1)
		return wg_pctx_error(c, node_of(root, "abi"),
				     "abi: this wasmgate builds wasmgate-plugin/1, not '%s'", m->abi);
	if (!m->sources.count)
		return wg_pctx_error(c, node_of(root, "sources"), "sources: the list is empty");
	for (size_t i = 0; i < m->exports.count; i++)
		if (!ident_valid(m->exports.items[i], 128))
			return wg_pctx_error(c, item_of(wg_ynode_get(root, "exports"), i),
					     "exports: '%s' is not a C identifier", m->exports.items[i]);
	rc = check_paths(c, root, "sources", &m->sources, true);
	rc = rc ? rc : check_paths(c, root, "include_dirs", &m->include_dirs, false);
	return rc ? rc : wg_mcheck_flagset(c, root, "", &m->common);
}

int wg_mcheck_numbers(const wg_pctx *c, const wg_ynode *root, bool has_schema,
		      uint64_t schema, uint64_t initial, uint64_t max, bool has_initial,
		      bool has_max)
{
	const wg_ynode *mem = wg_ynode_get(root, "memory");

	if (!has_schema || schema != WG_MANIFEST_SCHEMA)
		return wg_pctx_error(c, node_of(root, "schema"),
				     "schema: this wasmgate reads plugin.yml schema %d", WG_MANIFEST_SCHEMA);
	if (has_initial && initial > 65536)
		return wg_pctx_error(c, node_of(mem, "initial_pages"),
				     "memory.initial_pages: at most 65536 (4 GiB)");
	if (has_max && (max > 65536 || max == 0))
		return wg_pctx_error(c, node_of(mem, "max_pages"),
				     "memory.max_pages: between 1 and 65536 (4 GiB)");
	if (has_initial && has_max && initial > max)
		return wg_pctx_error(c, node_of(mem, "initial_pages"),
				     "memory.initial_pages (%llu) is larger than memory.max_pages (%llu)",
				     (unsigned long long)initial, (unsigned long long)max);
	return 0;
}
