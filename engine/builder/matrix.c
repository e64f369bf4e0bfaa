/*
 * matrix.c - `wasmgate build --matrix`: the plugin folders below a root
 * (every folder with a plugin.yml, at most 4 levels down, sorted; hidden
 * folders skipped), one entry per plugin x toolchain x variant, as the JSON
 * a workflow hands to strategy.matrix ({"include": [...]}).  With a git
 * ref, only plugins with a file that changed since it (`git diff
 * --name-only REF`, run as an argument vector in the root's work tree).
 *
 * Each entry's `key` is for actions/cache: the plugin's label and a digest
 * of every file in its folder, so an unchanged plugin restores its entry.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int push(wg_strlist *l, size_t *cap, const char *s)
{
	char **slot = WG_ARRAY_PUSH(l->items, l->count, *cap);

	if (!slot || !(*slot = wg_strdup(s)))
		return WG_ENOMEM;
	return 0;
}

/* Folders with a plugin.yml below `dir` (itself included). */
static int find_plugins(const char *dir, int depth, wg_strlist *out, size_t *cap)
{
	char *yml = wg_asprintf("%s/%s", dir, WG_MANIFEST_FILE);
	struct stat st;
	struct dirent *e;
	DIR *d;
	int rc = 0;

	if (!yml)
		return WG_ENOMEM;
	if (!lstat(yml, &st) && S_ISREG(st.st_mode)) {
		free(yml);
		return push(out, cap, dir);
	}
	free(yml);
	if (depth >= 4 || !(d = opendir(dir)))
		return 0;
	while (!rc && (e = readdir(d))) {
		char *sub;
		if (e->d_name[0] == '.')
			continue;
		sub = wg_asprintf("%s/%s", dir, e->d_name);
		if (!sub)
			rc = WG_ENOMEM;
		else if (!lstat(sub, &st) && S_ISDIR(st.st_mode))
			rc = find_plugins(sub, depth + 1, out, cap);
		free(sub);
	}
	closedir(d);
	return rc;
}

/* sha256 over the names and contents of the files in `dir` (recursive, sorted). */
static int folder_digest(const char *dir, const char *rel, wg_buf *b)
{
	char *path = *rel ? wg_asprintf("%s/%s", dir, rel) : wg_strdup(dir);
	struct dirent **names = NULL;
	int n, rc = 0;

	if (!path)
		return WG_ENOMEM;
	n = scandir(path, &names, NULL, alphasort);
	for (int i = 0; i < n; i++) {
		const char *nm = names[i]->d_name;
		char *r = *rel ? wg_asprintf("%s/%s", rel, nm) : wg_strdup(nm);
		char *full = r ? wg_asprintf("%s/%s", dir, r) : NULL;
		struct stat st;
		uint8_t h[32];
		char hex[65];

		if (!rc && full && strcmp(nm, ".") && strcmp(nm, "..") && !lstat(full, &st)) {
			if (S_ISDIR(st.st_mode))
				rc = folder_digest(dir, r, b);
			else if (S_ISREG(st.st_mode) && !wg_sha256_file(full, h)) {
				wg_hex(h, 32, hex);
				rc = wg_buf_printf(b, "%s %s\n", hex, r);
			}
		}
		free(r);
		free(full);
		free(names[i]);
	}
	free(names);
	free(path);
	wg_error_clear();
	return rc;
}

/* Files changed since `ref` in the repository holding `root`, as absolute paths. */
static int changed_files(const char *root, const char *ref, wg_strlist *out)
{
	char *top_argv[] = { "git", "-C", (char *)root, "rev-parse", "--show-toplevel", NULL };
	char *diff_argv[] = { "git", "-C", (char *)root, "diff", "--name-only", "--no-renames",
			      (char *)ref, "--", NULL };
	wg_buf top = WG_BUF_INIT, log = WG_BUF_INIT;
	size_t cap = 0;
	char *save = NULL;
	int status, rc;

	if (ref[0] == '-' || !*ref || strpbrk(ref, " \t\n"))
		return wg_error_set(WG_EINVAL, "--changed-since: '%s' is not a git ref", ref);
	rc = wg_spawn(top_argv, NULL, NULL, &top, &status);
	if (!rc && status)
		rc = wg_error_set(WG_EINVAL, "--changed-since: %s is not in a git work tree", root);
	rc = rc ? rc : wg_spawn(diff_argv, NULL, NULL, &log, &status);
	if (!rc && status) {
		log.ptr[strcspn(log.ptr, "\n")] = '\0';
		rc = wg_error_set(WG_EINVAL, "--changed-since %s: git diff failed: %s", ref, log.ptr);
	}
	if (!rc) {
		top.ptr[strcspn(top.ptr, "\n")] = '\0';
		for (char *l = strtok_r(log.ptr, "\n", &save); !rc && l; l = strtok_r(NULL, "\n", &save)) {
			char *abs = wg_asprintf("%s/%s", top.ptr, l);
			rc = abs ? push(out, &cap, abs) : WG_ENOMEM;
			free(abs);
		}
	}
	wg_buf_free(&top);
	wg_buf_free(&log);
	return rc;
}

static bool touched(const char *dir, const wg_strlist *changed)
{
	char real[PATH_MAX];
	size_t n;

	if (!realpath(dir, real))
		return true;
	n = strlen(real);
	for (size_t i = 0; i < changed->count; i++)
		if (!strncmp(changed->items[i], real, n) && changed->items[i][n] == '/')
			return true;
	return false;
}

static int add_entries(json_t *list, const char *dir, const wg_manifest *m, unsigned tcs,
		       const char *digest)
{
	for (int t = 0; t < WG_TOOLCHAIN_COUNT; t++) {
		if (!(m->toolchains & tcs & (1u << t)))
			continue;
		for (size_t v = 0; v <= m->num_variants; v++) {
			const wg_variant *var = v ? &m->variants[v - 1] : NULL;
			char *label = wg_build_label((wg_toolchain)t, var);
			char *key = label ? wg_asprintf("wasmgate-%s-%s-%s", m->name, label, digest) : NULL;
			json_t *e = key ? json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:s}", "dir", dir,
						    "name", m->name, "version", m->version_text,
						    "toolchain", wg_toolchain_name((wg_toolchain)t),
						    "variant", var ? var->name : "", "label", label,
						    "key", key) : NULL;
			free(label);
			free(key);
			if (!e || json_array_append_new(list, e))
				return WG_ENOMEM;
		}
	}
	return 0;
}

static int one_plugin(json_t *list, const char *dir, unsigned tcs)
{
	wg_manifest *m = NULL;
	wg_buf b = WG_BUF_INIT;
	uint8_t h[32];
	char hex[65];
	int rc = wg_manifest_load(dir, &m);

	rc = rc ? rc : folder_digest(dir, "", &b);
	if (!rc) {
		wg_sha256(b.ptr ? b.ptr : "", b.len, h);
		wg_hex(h, 32, hex);
		rc = add_entries(list, dir, m, tcs ? tcs : ~0u, hex);
	}
	wg_buf_free(&b);
	wg_manifest_free(m);
	return rc;
}

int wg_build_matrix(const char *root, unsigned toolchains, const char *changed_since,
		    char **json_out)
{
	wg_strlist dirs = { 0 }, changed = { 0 };
	size_t cap = 0;
	json_t *list = json_array(), *o;
	int rc = list ? find_plugins(root, 0, &dirs, &cap) : WG_ENOMEM;

	*json_out = NULL;
	if (!rc && changed_since)
		rc = changed_files(root, changed_since, &changed);
	if (!rc && dirs.count > 1)
		qsort(dirs.items, dirs.count, sizeof(char *), wg_cmp_str);
	for (size_t i = 0; !rc && i < dirs.count; i++)
		if (!changed_since || touched(dirs.items[i], &changed))
			rc = one_plugin(list, dirs.items[i], toolchains);
	if (!rc) {
		o = json_pack("{s:O}", "include", list);
		*json_out = o ? json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS) : NULL;
		json_decref(o);
		rc = *json_out ? 0 : WG_ENOMEM;
	}
	json_decref(list);
	wg_strlist_free(&dirs);
	wg_strlist_free(&changed);
	return rc;
}
