/*
 * binding.c - checks the rules' reviewed records share (grants.c and
 * waivers.c): a path
 * glob that can only name files below the repository root, and refusing
 * placeholder text where a human must write a reason or a name.
 */
#include "policy/policy_int.h"
#include "util/util.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

int wg_pctx_check_path(wg_pctx *c, const wg_ynode *map, const char *where, const char *path)
{
	const wg_ynode *n = wg_ynode_get(map, "path");
	size_t len = strlen(path);

	if (!wg_glob_valid(path))
		return wg_pctx_error(c, n, "%s.path: invalid glob '%s' (unbalanced '[' or a trailing '\\')",
				     where, path);
	if (path[0] == '/')
		return wg_pctx_error(c, n, "%s.path: '%s' must be relative to the repository root",
				     where, path);
	for (const char *s = path; s <= path + len; s += strcspn(s, "/") + 1) {
		size_t seg = strcspn(s, "/");

		if (!seg || (seg == 1 && s[0] == '.') || (seg == 2 && !strncmp(s, "..", 2)))
			return wg_pctx_error(c, n, "%s.path: '%s' has an empty, '.' or '..' "
					     "segment (write it as plugins/NAME/NAME.wasm)", where, path);
	}
	return 0;
}

/* "<some words>" as templates write it: '<' at the start or after a
 * character that is not a letter or digit (so "vector<int>" is not one),
 * then prose, letters, digits, blanks and . , ' - only, neither starting
 * nor ending with a blank (so "a < b > c", "<host_log>", "<a@b.c>" and
 * "<img src=x>" are not), then '>'. */
static bool placeholder_at(const char *s, const char *lt)
{
	size_t n = strspn(lt + 1, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			  "0123456789 .,'-");
	unsigned char before = lt > s ? (unsigned char)lt[-1] : ' ';

	return n && lt[1 + n] == '>' && !isalnum(before) && lt[1] != ' ' && lt[n] != ' ';
}

bool wg_text_has_placeholder(const char *s)
{
	for (const char *lt = strchr(s, '<'); lt; lt = strchr(lt + 1, '<'))
		if (placeholder_at(s, lt))
			return true;
	return false;
}

/* a grant's reason or approver that says nothing: a "<...>" placeholder,
 * blank, or a stand-in word (TODO, TBD, n/a, ...) */
bool wg_text_placeholder(const char *s)
{
	static const char *const words[] = {
		"...", "\xe2\x80\xa6", "todo", "tbd", "fixme", "xxx", "n/a", "na", "none",
		"-", "?", "reason", "reviewer", "@reviewer", "approver", "changeme", NULL,
	};
	size_t n;

	if (wg_text_has_placeholder(s))
		return true;
	while (isspace((unsigned char)*s))
		s++;
	n = strlen(s);
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	if (!n)
		return true;
	for (const char *const *w = words; *w; w++)
		if (strlen(*w) == n && !strncasecmp(s, *w, n))
			return true;
	return !strncasecmp(s, "todo", 4) && (n == 4 || !isalnum((unsigned char)s[4]));
}
