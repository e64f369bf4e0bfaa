/*
 * waivers.c - applying the rules' waivers to one report.
 *
 * A waiver {rule, plugin glob, item glob, expires} matches a finding of
 * that rule (id or name) whose plugin and item its globs match, and, when
 * the waiver binds them, whose module has that sha256 and whose file path
 * (relative to the repository root: $GITHUB_WORKSPACE, else the current
 * directory) its path glob matches with FNM_PATHNAME.  A path that is not
 * below the root, or holds a "." or ".." segment, matches no path glob.  A valid
 * waiver (now < expires: the end of the expiry day, UTC) suppresses the
 * finding: it stays in the report with f->waiver set, first matching
 * waiver in file order.  An expired waiver suppresses nothing; each one
 * that matches a finding of this plugin is reported once as a WG1099 note
 * (item "<rule id> <item glob>") so the reviewer sees why the finding
 * counts again.  Unwaivable rules (wg_rule_waivable(): WG1000, WG1090-1093)
 * are never waived (the loader refuses such waivers; this is a second
 * fence), nor are WG1099 notes.
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* What a waiver can bind to, computed once per report. */
typedef struct {
	const char *plugin;
	char sha256[65];        /* "" when the module was not read */
	const char *relpath;    /* NULL: the path matches no path glob (relpath.c) */
} binding;

static bool binding_matches(const wg_waiver *w, const binding *b)
{
	if (!wg_glob_match(w->plugin ? w->plugin : "*", b->plugin))
		return false;
	if (w->sha256[0] && strcmp(w->sha256, b->sha256))
		return false;
	return !w->path || (b->relpath && fnmatch(w->path, b->relpath, FNM_PATHNAME) == 0);
}

static bool waiver_matches(const wg_waiver *w, const wg_finding *f)
{
	const wg_rule_info *r = wg_rule_find(w->rule);

	return r && r == f->rule && wg_rule_waivable(f->rule) &&
	       wg_glob_match(w->item ? w->item : "*", f->item);
}

static int expired_note(wg_actx *c, const wg_waiver *w)
{
	const wg_rule_info *r = wg_rule_find(w->rule);
	char *item = wg_asprintf("%s %s", r->id, w->item ? w->item : "*");
	int rc;

	if (!item)
		return WG_ENOMEM;
	rc = wg_audit_add(c, WG_RULE_WAIVER_EXPIRED, WG_SEV_NOTE, item, WG_AT_NONE,
			  "The waiver for %s \"%s\" (approved by %s, line %u of the rules) expired on %s; the findings it covered count again.",
			  r->id, w->item ? w->item : "*", w->approved_by ? w->approved_by : "unknown",
			  w->line, w->expires_text);
	free(item);
	return rc;
}

int wg_audit_waivers(wg_actx *c, time_t now)
{
	const wg_policy *p = c->policy;
	wg_report *r = c->r;
	size_t n = r->num_findings;   /* notes added below are not candidates */
	binding b = { r->plugin, "", c->relpath };
	int rc = WG_OK;

	if (c->m && c->m->size)
		wg_hex(c->m->sha256, sizeof(c->m->sha256), b.sha256);
	for (size_t wi = 0; !rc && wi < p->num_waivers; wi++) {
		const wg_waiver *w = &p->waivers[wi];
		bool valid = now < w->expires, used = false;

		if (!binding_matches(w, &b))
			continue;

		for (size_t i = 0; i < n; i++) {
			wg_finding *f = &r->findings[i];

			if (!waiver_matches(w, f))
				continue;
			used = true;
			if (valid && !f->waiver)
				f->waiver = w;
		}
		if (used && !valid)
			rc = expired_note(c, w);
	}
	return rc;
}
