/*
 * sources.c - the files a manifest builds from: source globs expanded with
 * glob(3) below the plugin folder, and the confinement check every path
 * (sources, include dirs) passes: after resolving symlinks it must still be
 * inside the plugin folder.  Results are relative to the folder, sorted.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* `s` with glob metacharacters escaped (the folder part of a pattern). */
static char *glob_escape(const char *s)
{
	wg_buf b = WG_BUF_INIT;

	for (; *s; s++) {
		if (strchr("*?[]\\", *s) && wg_buf_put(&b, "\\", 1))
			goto fail;
		if (wg_buf_put(&b, s, 1))
			goto fail;
	}
	if (wg_buf_puts(&b, ""))
		goto fail;
	return wg_buf_detach(&b);
fail:
	wg_buf_free(&b);
	return NULL;
}

int wg_build_confined(const char *dir, const char *rel, bool want_dir)
{
	char *full = wg_asprintf("%s/%s", dir, rel);
	char root[PATH_MAX], real[PATH_MAX];
	struct stat st;
	int rc = 0;

	if (!full)
		return WG_ENOMEM;
	if (!realpath(dir, root) || !realpath(full, real) || stat(real, &st))
		rc = wg_error_set(WG_EINVAL, "%s: '%s' does not exist", dir, rel);
	else if (strncmp(real, root, strlen(root)) || real[strlen(root)] != '/')
		rc = wg_error_set(WG_EINVAL, "%s: '%s' resolves outside the plugin folder (to %s)",
				  dir, rel, real);
	else if (want_dir ? !S_ISDIR(st.st_mode) : !S_ISREG(st.st_mode))
		rc = wg_error_set(WG_EINVAL, "%s: '%s' is not a %s", dir, rel,
				  want_dir ? "folder" : "regular file");
	free(full);
	return rc;
}

int wg_cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_unique(wg_manifest_list *out, size_t *cap, const char *rel)
{
	char **slot;

	for (size_t i = 0; i < out->count; i++)
		if (!strcmp(out->items[i], rel))
			return 0;
	slot = WG_ARRAY_PUSH(out->items, out->count, *cap);
	if (!slot)
		return WG_ENOMEM;
	*slot = wg_strdup(rel);
	if (!*slot) {
		out->count--;
		return WG_ENOMEM;
	}
	return 0;
}

static int expand_one(const wg_manifest *m, const char *esc, const char *pattern,
		      wg_manifest_list *out, size_t *cap)
{
	char *full = wg_asprintf("%s/%s", esc, pattern);
	size_t skip = strlen(m->dir) + 1;
	glob_t g;
	int rc, grc;

	if (!full)
		return WG_ENOMEM;
	memset(&g, 0, sizeof(g));
	grc = glob(full, GLOB_ERR, NULL, &g);
	free(full);
	if (grc == GLOB_NOMATCH || (grc == 0 && !g.gl_pathc)) {
		globfree(&g);
		return wg_error_set(WG_EINVAL, "%s: sources: '%s' matches no file", m->path, pattern);
	}
	if (grc) {
		globfree(&g);
		return wg_error_set(WG_EIO, "%s: sources: cannot read the files of '%s'", m->path, pattern);
	}
	rc = 0;
	for (size_t i = 0; !rc && i < g.gl_pathc; i++) {
		const char *rel = g.gl_pathv[i] + skip;
		rc = wg_build_confined(m->dir, rel, false);
		if (rc) {
			char msg[512];
			snprintf(msg, sizeof(msg), "%s", wg_error_last());
			rc = wg_error_set(rc, "%s: sources: %s", m->path, msg);
		} else
			rc = add_unique(out, cap, rel);
	}
	globfree(&g);
	return rc;
}

int wg_manifest_source_files(const wg_manifest *m, wg_manifest_list *out)
{
	char *esc = glob_escape(m->dir);
	size_t cap = 0;
	int rc = esc ? 0 : WG_ENOMEM;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; !rc && i < m->sources.count; i++)
		rc = expand_one(m, esc, m->sources.items[i], out, &cap);
	free(esc);
	if (rc) {
		wg_strlist_free(out);
		return rc;
	}
	if (out->count > 1)
		qsort(out->items, out->count, sizeof(char *), wg_cmp_str);
	return 0;
}
