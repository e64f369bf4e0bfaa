/*
 * audit_paths.c - the file arguments of 'wasmgate audit' / 'action' to a
 * list of files (see audit_paths.h for the rules).  "**" is ours because
 * glob(3) has none: the pattern is split at its leading literal
 * directories, that base is walked with nftw and every regular file's path
 * is matched segment by segment (fnmatch with FNM_PERIOD per segment;
 * "**" matches zero or more segments that do not start with '.').
 * Expansion happens once: what it finds are names, never patterns again.
 */
#include "cli/audit_paths.h"
#include "util/util.h"

#include <errno.h>
#include <fnmatch.h>
#include <ftw.h>
#include <glob.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct {
	char **items;
	size_t count, cap;
} plist;

static bool has_glob(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}

/* Match `s` against `p`, both '/'-separated, "**" spanning segments. */
static bool seg_match(const char *p, const char *s)
{
	const char *pe = strchr(p, '/'), *se = strchr(s, '/');
	size_t pn = pe ? (size_t)(pe - p) : strlen(p);
	size_t sn = se ? (size_t)(se - s) : strlen(s);
	char pbuf[256], sbuf[256];

	if (pn == 2 && !strncmp(p, "**", 2)) {
		if (!pe)   /* trailing "**": the rest, no hidden segment */
			return *s != '.' && !strstr(s, "/.");
		if (seg_match(pe + 1, s))
			return true;
		return *s != '.' && se && seg_match(p, se + 1);
	}
	if (pn >= sizeof(pbuf) || sn >= sizeof(sbuf) || !pe != !se)
		return false;
	memcpy(pbuf, p, pn);
	pbuf[pn] = '\0';
	memcpy(sbuf, s, sn);
	sbuf[sn] = '\0';
	if (fnmatch(pbuf, sbuf, FNM_PERIOD) != 0)
		return false;
	return !pe || seg_match(pe + 1, se + 1);
}

static int plist_add(plist *l, const char *path)
{
	char **slot;

	if (wg_array_grow((void **)&l->items, &l->cap, l->count + 2, sizeof(char *)))
		return WG_ENOMEM;
	slot = &l->items[l->count];
	if (!(*slot = wg_strdup(path)))
		return WG_ENOMEM;
	l->items[++l->count] = NULL;
	return 0;
}

/* nftw has no user pointer: the walk's state, one walk per thread. */
static _Thread_local struct {
	const char *pattern;
	bool strip_dot;
	plist found;
	int rc;
} walk;

static int walk_cb(const char *fpath, const struct stat *st, int type, struct FTW *ftw)
{
	const char *rel = walk.strip_dot && !strncmp(fpath, "./", 2) ? fpath + 2 : fpath;
	const char *base = fpath + ftw->base;

	if (type == FTW_D && ftw->level > 0 &&
	    (base[0] == '.' || !strcmp(base, "node_modules")))
		return FTW_SKIP_SUBTREE;
	if (type != FTW_F || !S_ISREG(st->st_mode) || !seg_match(walk.pattern, rel))
		return FTW_CONTINUE;
	if (plist_add(&walk.found, rel)) {
		walk.rc = WG_ENOMEM;
		return FTW_STOP;
	}
	return FTW_CONTINUE;
}

static int str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The literal leading directories of `pattern` ("." when none). */
static char *pattern_base(const char *pattern)
{
	const char *end = pattern, *p = pattern;

	while (*p) {
		const char *slash = strchr(p, '/');

		if (!slash)
			break;
		if (memchr(p, '*', (size_t)(slash - p)) || memchr(p, '?', (size_t)(slash - p)) ||
		    memchr(p, '[', (size_t)(slash - p)))
			break;
		end = slash;
		p = slash + 1;
	}
	if (end == pattern)
		return wg_strdup(*pattern == '/' ? "/" : ".");
	return wg_strndup(pattern, (size_t)(end - pattern));
}

/* Walk `dir` (NULL: the pattern's literal leading directories) for the
 * regular files matching `pattern`. */
static int expand_walk(const char *pattern, const char *dir, plist *out)
{
	char *base = dir ? wg_strdup(dir) : pattern_base(pattern);
	size_t bl = base ? strlen(base) : 0;
	int rc;

	if (!base)
		return WG_ENOMEM;
	while (bl > 1 && base[bl - 1] == '/')
		base[--bl] = '\0';
	memset(&walk, 0, sizeof(walk));
	walk.pattern = pattern;
	walk.strip_dot = !strcmp(base, ".") && strncmp(pattern, "./", 2);
	if (nftw(base, walk_cb, 16, FTW_PHYS | FTW_ACTIONRETVAL) < 0 && !walk.rc)
		walk.rc = wg_error_set(WG_EIO, "%s: cannot walk %s: %s", pattern, base,
				       strerror(errno));
	free(base);
	rc = walk.rc;
	if (walk.found.count)
		qsort(walk.found.items, walk.found.count, sizeof(char *), str_cmp);
	for (size_t i = 0; !rc && i < walk.found.count; i++)
		rc = plist_add(out, walk.found.items[i]);
	if (!rc && !walk.found.count)
		rc = wg_error_set(WG_EIO, "%s: matches no file", pattern);
	cli_paths_free(walk.found.items, walk.found.count);
	return rc;
}

static int expand_glob(const char *pattern, plist *out)
{
	glob_t g;
	size_t added = 0;
	int rc = 0, grc = glob(pattern, GLOB_ERR, NULL, &g);
	struct stat st;

	if (grc == GLOB_NOSPACE)
		return wg_error_set(WG_ENOMEM, "out of memory");
	for (size_t i = 0; !grc && !rc && i < g.gl_pathc; i++) {
		if (stat(g.gl_pathv[i], &st) == 0 && S_ISREG(st.st_mode)) {
			rc = plist_add(out, g.gl_pathv[i]);
			added++;
		}
	}
	if (!grc || grc == GLOB_NOMATCH)
		globfree(&g);
	if (!rc && !added)
		rc = wg_error_set(WG_EIO, "%s: matches no file", pattern);
	return rc;
}

/* `s` with every glob character escaped for fnmatch. */
static char *glob_quote(const char *s)
{
	wg_buf b = WG_BUF_INIT;

	for (; *s; s++) {
		if (strchr("*?[]\\", *s))
			wg_buf_put(&b, "\\", 1);
		wg_buf_put(&b, s, 1);
	}
	if (wg_buf_put(&b, "", 0)) {
		wg_buf_free(&b);
		return NULL;
	}
	return wg_buf_detach(&b);
}

static int expand_one(const char *arg, bool literal, plist *out)
{
	struct stat st;
	char *pat, *dir;
	int rc;
	/* A path that exists is that path, whatever characters its name holds
	 * ("resize[_]x.wasm" is not a pattern for "resize_x.wasm"). */
	bool pattern = !literal && lstat(arg, &st) < 0;

	if (pattern && strstr(arg, "**"))
		return expand_walk(arg, NULL, out);
	if (pattern && has_glob(arg))
		return expand_glob(arg, out);
	if (stat(arg, &st) < 0)
		return wg_error_set(WG_EIO, "%s: %s", arg, strerror(errno));
	if (literal && !S_ISREG(st.st_mode))
		return wg_error_set(WG_EIO, "%s: not a regular file", arg);
	if (!S_ISDIR(st.st_mode))
		return plist_add(out, arg);
	if (!(dir = glob_quote(arg)))   /* the directory's name is a name, not a pattern */
		return WG_ENOMEM;
	pat = wg_asprintf("%s%s**/*.wasm", dir, arg[strlen(arg) - 1] == '/' ? "" : "/");
	free(dir);
	if (!pat)
		return WG_ENOMEM;
	rc = expand_walk(pat, arg, out);
	free(pat);
	if (rc == WG_EIO)
		rc = wg_error_set(WG_EIO, "%s: no .wasm file in this directory", arg);
	return rc;
}

static int ref_cmp(const void *pa, const void *pb)
{
	char *const *a = *(char *const *const *)pa, *const *b = *(char *const *const *)pb;
	int d = strcmp(*a, *b);

	return d ? d : (a < b ? -1 : a > b);
}

/* Keep the first of equal paths, in order (sorting pointers to the
 * entries: n log n for big trees). */
static int plist_unique(plist *l)
{
	char ***refs = wg_calloc(l->count + 1, sizeof(char **));
	size_t k = 0;

	if (!refs)
		return WG_ENOMEM;
	for (size_t i = 0; i < l->count; i++)
		refs[i] = &l->items[i];
	qsort(refs, l->count, sizeof(char **), ref_cmp);
	for (size_t i = 1; i < l->count; i++) {
		if (!strcmp(*refs[i], *refs[i - 1])) {
			free(*refs[i]);
			*refs[i] = NULL;
			refs[i] = refs[i - 1];   /* compare the next with the kept one */
		}
	}
	for (size_t i = 0; i < l->count; i++)
		if (l->items[i])
			l->items[k++] = l->items[i];
	l->count = k;
	l->items[k] = NULL;
	free(refs);
	return 0;
}

int cli_paths_expand(char *const *args, size_t n, bool literal, char ***out, size_t *count)
{
	plist l = { NULL, 0, 0 };
	int rc = 0;

	for (size_t i = 0; !rc && i < n; i++)
		rc = expand_one(args[i], literal, &l);
	if (!rc && l.count)
		rc = plist_unique(&l);
	if (rc) {
		cli_paths_free(l.items, l.count);
		l.items = NULL;
		l.count = 0;
	}
	*out = l.items;
	*count = l.count;
	return rc;
}

void cli_paths_free(char **paths, size_t count)
{
	for (size_t i = 0; paths && i < count; i++)
		free(paths[i]);
	free(paths);
}
