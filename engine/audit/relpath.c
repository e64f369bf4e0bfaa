/*
 * relpath.c - a file's path relative to the repository root, which grants
 * (and waivers) bind to with a path glob: the root is $GITHUB_WORKSPACE,
 * else the current directory; a leading "./" is dropped; an absolute path
 * must lie below the root.  A path outside it, or with an empty, "." or
 * ".." segment, has no relative form (NULL): it matches no path glob, so
 * no binding can be reached by spelling a path differently.  Computed once
 * per report (wg_actx.relpath) for waivers and grants alike.
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool clean(const char *rel)
{
	for (const char *s = rel; *s; s += strcspn(s, "/") + (s[strcspn(s, "/")] != 0)) {
		size_t seg = strcspn(s, "/");

		if (!seg || (seg == 1 && s[0] == '.') || (seg == 2 && !strncmp(s, "..", 2)))
			return false;
	}
	return true;
}

char *wg_audit_relpath(const char *path)
{
	const char *ws = getenv("GITHUB_WORKSPACE");
	char *root = ws && *ws ? wg_strdup(ws) : getcwd(NULL, 0), *rel = NULL;
	size_t n;

	if (!path) {
		free(root);
		return NULL;
	}
	while (path[0] == '.' && path[1] == '/')
		for (path += 2; *path == '/'; path++)
			;
	for (n = root ? strlen(root) : 0; n > 1 && root[n - 1] == '/'; n--)
		;                                    /* "/ws/" is "/ws" */
	if (path[0] != '/')
		rel = wg_strdup(path);
	else if (n && !strncmp(path, root, n) && (path[n] == '/' || n == 1))
		rel = wg_strdup(path + n + (n > 1));
	free(root);
	if (rel && !clean(rel)) {
		free(rel);
		rel = NULL;
	}
	return rel;
}
