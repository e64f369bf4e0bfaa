/*
 * summary.c - the job summary (GITHUB_STEP_SUMMARY) Markdown of an audit:
 * the overall decision, a table of plugins with their decision and counts,
 * and per plugin the reason for its decision, its findings table (rule,
 * severity, item, location, waiver) and its capability diff; for a
 * flagged plugin, the waivers that would approve it (bound to the module's
 * sha256, so they approve these bytes and no others), ready to paste into
 * the rules file once a reviewer has filled in why.  Text from
 * the module is escaped for Markdown tables (no HTML, no formatting gets
 * through, and "@name" gets a zero-width joiner after the '@' so that a
 * plugin or import name mentions nobody).  The result never exceeds the size limit: it is cut at a line
 * and a last line says so.  Called by the CLI's out_github.c.
 */
#include "wasmgate/github.h"
#include "wasmgate/sarif.h"
#include "wasmgate/text.h"
#include "util/util.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define WAIVER_DAYS 90   /* the suggested waiver's expiry, from today */
#define WAIVER_MAX 100   /* waivers written out per plugin */

char *wg_github_escape_markdown(const char *s)
{
	char *t = wg_text_utf8(s);
	wg_buf b = WG_BUF_INIT;

	if (!t)
		return NULL;
	for (const char *p = t; *p; p++) {
		if (*p == '<')
			wg_buf_puts(&b, "&lt;");
		else if (*p == '>')
			wg_buf_puts(&b, "&gt;");
		else if (*p == '&')
			wg_buf_puts(&b, "&amp;");
		else if (*p == '\n')
			wg_buf_puts(&b, "<br>");
		else if (*p == '\r')
			continue;
		else if (*p == '@')
			wg_buf_puts(&b, "@\xe2\x80\x8d");   /* U+200D: no @mention, no notification */
		else if (strchr("\\`*_[]|~#!$", *p)) {
			wg_buf_put(&b, "\\", 1);
			wg_buf_put(&b, p, 1);
		} else if ((unsigned char)*p < 0x20)
			wg_buf_put(&b, " ", 1);
		else
			wg_buf_put(&b, p, 1);
	}
	free(t);
	return b.ptr ? wg_buf_detach(&b) : wg_strdup("");
}

/* Append escaped text. */
static void md(wg_buf *b, const char *s)
{
	char *e = wg_github_escape_markdown(s);

	wg_buf_puts(b, e ? e : "");
	free(e);
}

static const char *upper_decision(wg_decision d)
{
	return d == WG_DECISION_REJECT ? "REJECT" : d == WG_DECISION_FLAG ? "FLAG" : "APPROVE";
}

/* "rejected because of 2 unwaived errors: WG1003 capability-denied, ..." */
static void reason(wg_buf *b, const wg_report *r)
{
	wg_severity s = r->decision == WG_DECISION_REJECT ? WG_SEV_ERROR : WG_SEV_WARNING;
	size_t listed = 0;

	if (r->decision == WG_DECISION_APPROVE) {
		wg_buf_printf(b, "Approved: no unwaived error or warning (%zu waived).\n\n",
			      r->num_waived);
		if (r->num_granted)
			wg_buf_printf(b, "%zu finding%s approved by grants (below).\n\n",
				      r->num_granted, r->num_granted == 1 ? "" : "s");
		return;
	}
	wg_buf_printf(b, "%s because of %zu unwaived %s%s:",
		      r->decision == WG_DECISION_REJECT ? "Rejected" : "Flagged for review",
		      r->counts[s], s == WG_SEV_ERROR ? "error" : "warning",
		      r->counts[s] == 1 ? "" : "s");
	for (size_t i = 0; i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];

		if (WG_FINDING_APPROVED(f) || f->severity != s)
			continue;
		if (listed++ == 5) {
			wg_buf_puts(b, " ...");
			break;
		}
		wg_buf_printf(b, "%s %s %s (", listed > 1 ? "," : "", f->rule->id, f->rule->name);
		md(b, f->item);
		wg_buf_puts(b, ")");
	}
	wg_buf_puts(b, ".\n\n");
}

static void location(wg_buf *b, const wg_finding *f)
{
	if (f->has_offset)
		wg_buf_printf(b, "offset 0x%llx", (unsigned long long)f->offset);
	if (f->has_func) {
		wg_buf_printf(b, "%sfunction %u", f->has_offset ? ", " : "", f->func_index);
		if (f->func_name) {
			wg_buf_puts(b, " ");
			md(b, f->func_name);
		}
	}
	if (!f->has_offset && !f->has_func)
		wg_buf_puts(b, "module");
}

/* "granted by the grant for PLUGIN at PATH (rules line N, APPROVER)" */
static void grant_name(wg_buf *b, const wg_grant *g)
{
	wg_buf_puts(b, "granted by the grant for ");
	md(b, g->plugin);
	wg_buf_puts(b, " at ");
	md(b, g->path);
	wg_buf_printf(b, " (rules line %u, ", g->line);
	md(b, g->approved_by);
	wg_buf_puts(b, ")");
}

/* What the plugin declares it needs (plugin.yml capabilities) and who approves each. */
static void declarations(wg_buf *b, const wg_report *r)
{
	if (!r->has_declarations)
		return;
	wg_buf_puts(b, r->num_declarations ? "Declared capabilities (plugin.yml):\n\n"
		    : "Declared capabilities (plugin.yml): none.\n");
	for (size_t i = 0; i < r->num_declarations; i++) {
		const wg_declaration *d = &r->declarations[i];

		wg_buf_puts(b, "- ");
		md(b, d->entry);
		wg_buf_printf(b, " (%s): ", d->used ? "used" : "unused");
		if (d->grant)
			grant_name(b, d->grant);
		else
			wg_buf_puts(b, d->rules_allow ? "the rules allow it" : "**not approved** by the rules or a grant");
		wg_buf_puts(b, "\n");
	}
	wg_buf_puts(b, "\n");
}

static void finding_row(wg_buf *b, const wg_finding *f)
{
	wg_buf_printf(b, "| %s %s | %s | ", f->rule->id, f->rule->name,
		      wg_severity_name(f->severity));
	md(b, f->item);
	wg_buf_puts(b, " | ");
	location(b, f);
	wg_buf_puts(b, " | ");
	if (f->waiver) {
		wg_buf_puts(b, "waived by ");
		md(b, f->waiver->approved_by);
		wg_buf_printf(b, " until %s: ", f->waiver->expires_text);
		md(b, f->waiver->reason);
	} else if (f->grant) {
		grant_name(b, f->grant);
		wg_buf_puts(b, ": ");
		md(b, f->grant->reason);
	} else {
		wg_buf_puts(b, "-");
	}
	wg_buf_puts(b, " |\n");
}

static bool is_diff(const wg_finding *f)
{
	return f->rule->kind == WG_RULE_NEW_IMPORT || f->rule->kind == WG_RULE_NEW_CAPABILITY ||
	       f->rule->kind == WG_RULE_NEW_FEATURE;
}

static void capability_diff(wg_buf *b, const wg_report *r)
{
	size_t n = 0;

	if (!r->has_baseline && r->baseline_path) {
		wg_buf_puts(b, "Capability diff: no baseline, ");
		md(b, r->baseline_path);
		wg_buf_puts(b, " not found (a new plugin: nothing to compare).\n\n");
		return;
	}
	if (!r->has_baseline) {
		wg_buf_puts(b, "Capability diff: no baseline given.\n\n");
		return;
	}
	wg_buf_puts(b, "Capability diff against ");
	md(b, r->baseline_path);
	wg_buf_puts(b, ":\n\n");
	for (size_t i = 0; i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];

		if (!is_diff(f))
			continue;
		wg_buf_printf(b, "- %s: ", f->rule->kind == WG_RULE_NEW_IMPORT ? "new import"
			      : f->rule->kind == WG_RULE_NEW_CAPABILITY ? "new capability"
			      : "new feature");
		md(b, f->item);
		wg_buf_puts(b, f->waiver ? " (waived)\n" : f->grant ? " (granted)\n" : "\n");
		n++;
	}
	if (!n)
		wg_buf_puts(b, "- nothing new: no import, capability or feature was added.\n");
	wg_buf_puts(b, "\n");
}

/* `s` as a YAML double-quoted scalar matching itself as a waiver glob:
 * glob characters escaped for fnmatch, then JSON string syntax (which YAML
 * reads), with '`' as \u0060 so that no Markdown fence can close early. */
static void yaml_glob(wg_buf *b, const char *s)
{
	wg_buf g = WG_BUF_INIT;
	json_t *j;
	char *q;

	for (const char *p = s; *p; p++) {
		if (strchr("*?[]\\", *p))
			wg_buf_put(&g, "\\", 1);
		wg_buf_put(&g, p, 1);
	}
	j = json_string(g.ptr ? g.ptr : "");
	q = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
	for (const char *p = q ? q : "\"\""; *p; p++) {
		if (*p == '`')
			wg_buf_puts(b, "\\u0060");
		else
			wg_buf_put(b, p, 1);
	}
	free(q);
	json_decref(j);
	wg_buf_free(&g);
}

/* For a flagged plugin: a waiver per unwaived warning (the first
 * WAIVER_MAX), which would make the re-audit approve.  reason and
 * approved_by are for the reviewer. */
static void waiver_hint(wg_buf *b, const wg_report *r)
{
	time_t until = time(NULL) + (time_t)WAIVER_DAYS * 86400;
	size_t warnings = 0, left;
	char day[16], hex[65] = "";
	char *oneline;
	struct tm tm;

	if (r->decision != WG_DECISION_FLAG || !r->module)
		return;
	/* the plugin name in a YAML comment: printable ASCII only, no '`' */
	oneline = wg_strdup(r->plugin);
	for (char *p = oneline; p && *p; p++)
		if (*p < 0x20 || *p > 0x7e || *p == '`')
			*p = '?';
	gmtime_r(&until, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d", &tm);
	wg_buf_puts(b, "To approve it after review, add these waivers to the rules file "
		    "(in a pull request the rules' owners review), then re-run the audit. "
		    "The block is a whole `waivers:` key: where the file has `waivers: []`, "
		    "replace that line with it; where it already lists waivers, add the "
		    "entries (from the first `- rule:` on) to that list.  Replace "
		    "`<why this is acceptable>` and `<reviewer>` first: `wasmgate rules check` "
		    "refuses a waiver that still holds a placeholder.\n\n"
		    "```yaml\nwaivers:\n");
	wg_hex(r->module->sha256, sizeof(r->module->sha256), hex);
	for (size_t i = 0; i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];

		if (WG_FINDING_APPROVED(f) || f->severity != WG_SEV_WARNING || warnings++ >= WAIVER_MAX)
			continue;
		/* bound to these bytes (sha256), not to a name the PR chooses */
		wg_buf_printf(b, "  - rule: %s   # %s\n    sha256: %s   # plugin ", f->rule->id,
			      f->rule->name, hex);
		wg_buf_puts(b, oneline ? oneline : "");
		wg_buf_puts(b, "\n    item: ");
		yaml_glob(b, f->item);
		wg_buf_printf(b, "\n    reason: \"<why this is acceptable>\"\n"
			      "    approved_by: \"<reviewer>\"\n    expires: %s\n", day);
	}
	left = warnings > WAIVER_MAX ? warnings - WAIVER_MAX : 0;
	if (left)
		wg_buf_printf(b, "  # ... and %zu more warning%s: the SARIF report lists them\n",
			      left, left == 1 ? "" : "s");
	wg_buf_puts(b, "```\n\n");
	free(oneline);
}

/* "How to fix": the advice of each rule with an unwaived finding, once
 * (rules seen kept in a small list: linear in the findings).  The advice
 * is the catalogue's own Markdown, not text from the module. */
static void fix_hints(wg_buf *b, const wg_report *r)
{
	const wg_rule_info *seen[128];
	size_t nseen = 0;
	bool any = false;

	for (size_t i = 0; i < r->num_findings && nseen < 128; i++) {
		const wg_finding *f = &r->findings[i];
		bool dup = false;
		char *hint;

		for (size_t k = 0; k < nseen && !dup; k++)
			dup = seen[k] == f->rule;
		if (f->waiver || dup || f->severity == WG_SEV_NOTE)
			continue;
		seen[nseen++] = f->rule;
		if (!(hint = wg_text_fix_hint(f->rule)))
			continue;
		if (*hint) {
			wg_buf_puts(b, any ? "" : "How to fix:\n\n");
			wg_buf_printf(b, "- %s %s: %s\n", f->rule->id, f->rule->name, hint);
			any = true;
		}
		free(hint);
	}
	if (any)
		wg_buf_puts(b, "\n");
}

static void plugin_section(wg_buf *b, const wg_report *r)
{
	wg_buf_puts(b, "### ");
	md(b, r->plugin);
	wg_buf_printf(b, ": %s\n\n", upper_decision(r->decision));
	reason(b, r);
	wg_buf_puts(b, "File: ");
	md(b, r->path);
	wg_buf_puts(b, "\n\n");
	if (r->num_findings) {
		wg_buf_puts(b, "| Rule | Severity | Item | Location | Waiver |\n"
			    "| --- | --- | --- | --- | --- |\n");
		for (size_t i = 0; i < r->num_findings; i++)
			finding_row(b, &r->findings[i]);
		wg_buf_puts(b, "\n");
	} else {
		wg_buf_puts(b, "No findings.\n\n");
	}
	fix_hints(b, r);
	capability_diff(b, r);
	declarations(b, r);
	waiver_hint(b, r);
}

static void overview(wg_buf *b, wg_report *const *reports, size_t n, const wg_policy *p)
{
	wg_buf_printf(b, "## wasmgate audit: %s\n\n",
		      upper_decision(wg_decision_worst(reports, n)));
	if (p) {
		char hex[65];

		wg_hex(p->sha256, sizeof(p->sha256), hex);
		wg_buf_puts(b, "Rules: ");
		md(b, p->name);
		wg_buf_printf(b, " (sha256 `%.16s`).\n\n", hex);
	}
	wg_buf_puts(b, "| Plugin | Decision | Errors | Warnings | Notes | Waived |\n"
		    "| --- | --- | ---: | ---: | ---: | ---: |\n");
	for (size_t i = 0; i < n; i++) {
		const wg_report *r = reports[i];

		wg_buf_puts(b, "| ");
		md(b, r->plugin);
		wg_buf_printf(b, " | %s | %zu | %zu | %zu | %zu |\n", upper_decision(r->decision),
			      r->counts[WG_SEV_ERROR], r->counts[WG_SEV_WARNING],
			      r->counts[WG_SEV_NOTE], r->num_waived);
	}
	wg_buf_puts(b, "\n");
}

/* Cut `b` at a line so that it and the closing line fit in `max` bytes. */
static void cap(wg_buf *b, size_t max)
{
	static const char note[] = "\n**Summary truncated**: it reached GitHub's 1 MiB "
				   "job summary limit; the SARIF report has every finding.\n";
	size_t keep;

	if (b->len <= max)
		return;
	keep = max > sizeof(note) ? max - sizeof(note) : 0;
	while (keep > 0 && b->ptr[keep - 1] != '\n')
		keep--;
	b->len = keep;
	b->ptr[keep] = '\0';
	if (sizeof(note) - 1 <= max)
		wg_buf_puts(b, note);
}

int wg_github_summary(wg_report *const *reports, size_t n, const wg_policy *policy,
		      const wg_github_options *opts, char **out)
{
	wg_buf b = WG_BUF_INIT;
	size_t max = opts && opts->max_summary_bytes ? opts->max_summary_bytes
		     : WG_GITHUB_MAX_SUMMARY;

	overview(&b, reports, n, policy);
	for (size_t i = 0; i < n; i++)
		plugin_section(&b, reports[i]);
	if (!b.ptr)
		return wg_error_set(WG_ENOMEM, "job summary: out of memory");
	cap(&b, max);
	*out = wg_buf_detach(&b);
	return WG_OK;
}
