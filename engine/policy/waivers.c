/*
 * waivers.c - the `waivers:` list of a rules file -> wg_policy.waivers.
 *
 * Each waiver needs rule (an id or name from the catalogue, not one of the
 * unwaivable WG1000 / WG1090 / WG1091), item (glob), reason, approved_by
 * and expires (a real calendar date YYYY-MM-DD, valid through the end of
 * that day UTC); plugin is a glob and defaults to "*".  What the waiver
 * binds to besides the plugin name, both optional: path (a glob over the
 * file's path relative to the repository root: relative, no "." or ".."
 * segment) and sha256 (64 hex digits, stored lower-case).  A waiver
 * still holding template text is refused: plugin, path, reason and
 * approved_by must not contain a "<some words>" placeholder (prose in
 * angle brackets, see binding.c), nor may item be one
 * (the job summary writes "<why this is acceptable>" and "<reviewer>" for
 * the reviewer to replace).  Matching waivers against findings is the
 * audit's job (engine/audit); wg_waiver_state_at() says whether one is
 * valid, about to expire or expired on a day (waiver.h).
 */
#include "policy/policy_int.h"
#include "util/util.h"
#include "wasmgate/rule.h"
#include "wasmgate/waiver.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int days_in_month(int y, int m)
{
	static const int days[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

	return m == 2 && leap ? 29 : days[m - 1];
}

int wg_date_parse(const char *s, time_t *end_of_day)
{
	struct tm tm;
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return -1;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return -1;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (y < 1970 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	*end_of_day = timegm(&tm) + 24 * 60 * 60;
	return 0;
}

wg_waiver_state wg_waiver_state_at(const wg_waiver *w, time_t now, int warn_days,
				   long *days_left)
{
	/* calendar days: the expiry day's start minus today's start */
	long today = (long)(now >= 0 ? now / 86400 : (now - 86399) / 86400);
	long last = (long)((w->expires - 1) / 86400);
	long left = last - today;

	if (days_left)
		*days_left = left;
	if (now >= w->expires)
		return WG_WAIVER_EXPIRED;
	return left <= (long)(warn_days < 0 ? 0 : warn_days) ? WG_WAIVER_EXPIRING : WG_WAIVER_VALID;
}

static bool is_placeholder(const char *s)
{
	size_t n = strlen(s);

	return n > 2 && s[0] == '<' && s[n - 1] == '>' && wg_text_has_placeholder(s);
}

/* plugin, path, reason, approved_by: no "<...>" in them; item: not one. */
static int check_placeholders(wg_pctx *c, const wg_ynode *map, const wg_waiver *w,
			      const char *where)
{
	const struct { const char *key, *value; } f[] = {
		{ "reason", w->reason }, { "approved_by", w->approved_by },
		{ "plugin", w->plugin }, { "path", w->path },
	};

	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		if (f[i].value && wg_text_has_placeholder(f[i].value))
			return wg_pctx_error(c, wg_ynode_get(map, f[i].key),
					     "%s.%s: '%s' still holds a placeholder <...>: "
					     "write the real text", where, f[i].key, f[i].value);
	if (w->item && is_placeholder(w->item))
		return wg_pctx_error(c, wg_ynode_get(map, "item"),
				     "%s.item: '%s' is a placeholder: write the finding's item",
				     where, w->item);
	return 0;
}

void wg_policy_swap_waivers(wg_policy *p, wg_policy *from)
{
	wg_waiver *w = p->waivers;
	size_t n = p->num_waivers;

	p->waivers = from->waivers;
	p->num_waivers = from->num_waivers;
	from->waivers = w;
	from->num_waivers = n;
}

static int check_rule(wg_pctx *c, const wg_ynode *map, const char *rule)
{
	const wg_ynode *n = wg_ynode_get(map, "rule");
	const wg_rule_info *r = wg_rule_find(rule);

	if (!r)
		return wg_pctx_error(c, n, "waiver names unknown rule '%s' (see 'wasmgate rules list')",
				     rule);
	if (!wg_rule_waivable(r))
		return wg_pctx_error(c, n, "rule %s (%s) cannot be waived", r->id, r->name);
	return 0;
}

static int check_glob(wg_pctx *c, const wg_ynode *map, const char *key, const char *s)
{
	if (wg_glob_valid(s))
		return 0;
	return wg_pctx_error(c, wg_ynode_get(map, key),
			     "waiver %s: invalid glob '%s' (unbalanced '[' or a trailing '\\')",
			     key, s);
}

/* sha256: exactly 64 hex digits; kept lower-case. */
static int check_sha256(wg_pctx *c, const wg_ynode *map, const char *where, const char *hex,
			wg_waiver *w)
{
	size_t n = strspn(hex, "0123456789abcdefABCDEF");

	if (n != 64 || hex[n])
		return wg_pctx_error(c, wg_ynode_get(map, "sha256"),
				     "%s.sha256: expected 64 hex digits (the module's SHA-256), got '%s'",
				     where, hex);
	for (size_t i = 0; i < 64; i++)
		w->sha256[i] = (char)(hex[i] >= 'A' && hex[i] <= 'F' ? hex[i] - 'A' + 'a' : hex[i]);
	w->sha256[64] = '\0';
	return 0;
}

/* After the walk: required keys present, rule known, globs and date valid. */
static int check_waiver(wg_pctx *c, const wg_ynode *map, wg_waiver *w,
			const char *where, const char *expires)
{
	static const char *const required[] = { "rule", "item", "reason", "approved_by",
						"expires", NULL };
	const wg_ynode *en;
	int rc;

	for (const char *const *k = required; *k; k++)
		if (!wg_ynode_get(map, *k))
			return wg_pctx_error(c, map, "%s: missing required key '%s'", where, *k);
	if ((rc = check_rule(c, map, w->rule)) || (rc = check_glob(c, map, "item", w->item)))
		return rc;
	if ((rc = check_placeholders(c, map, w, where)))
		return rc;
	if (!w->plugin && !(w->plugin = wg_strdup("*")))
		return WG_ENOMEM;
	if ((rc = check_glob(c, map, "plugin", w->plugin)))
		return rc;
	if (w->path && (rc = wg_pctx_check_path(c, map, where, w->path)))
		return rc;
	en = wg_ynode_get(map, "expires");
	if (wg_date_parse(expires, &w->expires))
		return wg_pctx_error(c, en, "%s.expires: '%s' is not a calendar date YYYY-MM-DD",
				     where, expires);
	memcpy(w->expires_text, expires, 11);
	return 0;
}

static int load_waiver(wg_pctx *c, const wg_ynode *map, wg_waiver *w, size_t i)
{
	char where[32], *expires = NULL, *sha256 = NULL;
	const wg_field f[] = {
		{ "rule", WG_F_STRING, &w->rule, NULL, NULL },
		{ "plugin", WG_F_STRING, &w->plugin, NULL, NULL },
		{ "path", WG_F_STRING, &w->path, NULL, NULL },
		{ "sha256", WG_F_STRING, &sha256, NULL, NULL },
		{ "item", WG_F_STRING, &w->item, NULL, NULL },
		{ "reason", WG_F_STRING, &w->reason, NULL, NULL },
		{ "approved_by", WG_F_STRING, &w->approved_by, NULL, NULL },
		{ "expires", WG_F_STRING, &expires, NULL, NULL },
		{ NULL, 0, NULL, NULL, NULL },
	};
	int rc;

	snprintf(where, sizeof(where), "waivers[%zu]", i);
	w->line = map->line;
	rc = wg_pctx_walk(c, map, where, f);
	if (!rc)
		rc = check_waiver(c, map, w, where, expires);
	if (!rc && sha256)
		rc = check_sha256(c, map, where, sha256, w);
	free(expires);
	free(sha256);
	return rc;
}

int wg_policy_load_waivers(wg_pctx *c, const wg_ynode *v)
{
	wg_policy *p = c->p;
	int rc;

	if (v->type != WG_YNODE_SEQ)
		return wg_pctx_error(c, v, "waivers: expected a list, got %s", wg_ynode_kind(v));
	p->waivers = wg_calloc(v->count, sizeof(*p->waivers));
	if (!p->waivers)
		return WG_ENOMEM;
	p->num_waivers = v->count;
	for (size_t i = 0; i < v->count; i++) {
		rc = load_waiver(c, v->items[i], &p->waivers[i], i);
		if (rc)
			return rc;
	}
	return 0;
}
