/*
 * text.c - the human view of audit reports (text.h).  Layout:
 *
 *   fileio (examples/fileio.wasm): REJECT  1 error, 2 warnings, 0 notes, 1 waived
 *     error    WG1003 capability-denied  wasi_snapshot_preview1.path_open
 *              Imports wasi_snapshot_preview1.path_open (filesystem), ...
 *              at offset 0x1d
 *     waived   WG1041 opcode-flagged  memory.grow
 *              ...
 *              at offset 0x4a, func 3 <grow>
 *              waived by @reviewer until 2027-03-31: reason
 *
 * The first unwaived finding of each rule also gets a line "fix: ..." (the
 * rule's advice, wg_text_fix_hint()).
 *
 * Every string that came from the module or the rules is escaped by
 * wg_text_escape() (also for the CLI's messages: one escaping for every
 * stream the Actions runner reads); colour codes only when opts->color.
 */
#include "wasmgate/text.h"
#include "wasmgate/sarif.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#define C_RED "\033[31m"
#define C_YEL "\033[33m"
#define C_GRN "\033[32m"
#define C_DIM "\033[2m"
#define C_BOLD "\033[1m"
#define C_OFF "\033[0m"

/* U+2028/2029 (line/paragraph separators), U+200E/200F, U+202A-202E and
 * U+2066-2069 (bidirectional controls): the code point, else 0. */
static unsigned invisible_control(const unsigned char *p)
{
	unsigned cp;

	if (p[0] != 0xe2 || (p[1] & 0xc0) != 0x80 || (p[2] & 0xc0) != 0x80)
		return 0;
	cp = 0x2000u | (unsigned)(p[1] & 0x3f) << 6 | (unsigned)(p[2] & 0x3f);
	if (cp == 0x2028 || cp == 0x2029 || cp == 0x200e || cp == 0x200f ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069))
		return cp;
	return 0;
}

char *wg_text_escape(const char *s)
{
	char *u = wg_text_utf8(s ? s : "");
	const unsigned char *p = (const unsigned char *)(u ? u : "");
	wg_buf b = WG_BUF_INIT;
	unsigned cp;

	if (!u)
		return NULL;
	for (; *p; p++) {
		if (*p < 0x20 || *p == 0x7f)
			wg_buf_printf(&b, "\\x%02x", *p);
		else if (*p == 0xc2 && p[1] >= 0x80 && p[1] < 0xa0)
			wg_buf_printf(&b, "\\x%02x", *++p);   /* C1 control U+0080-U+009F */
		else if ((cp = invisible_control(p)) != 0)
			wg_buf_printf(&b, "\\u%04x", cp), p += 2;
		else if (*p == ':' && p[1] == ':')
			wg_buf_puts(&b, "\\x3a");      /* "::" starts a workflow command */
		else if (*p == '#' && p[1] == '#' && p[2] == '[')
			wg_buf_puts(&b, "\\x23");      /* "##[" is one anywhere on a line */
		else
			wg_buf_put(&b, (const char *)p, 1);
	}
	free(u);
	if (wg_buf_put(&b, "", 0)) {
		wg_buf_free(&b);
		return NULL;
	}
	return wg_buf_detach(&b);
}

/* Append `s` escaped by wg_text_escape(). */
static void esc(wg_buf *b, const char *s)
{
	char *e = wg_text_escape(s);

	wg_buf_puts(b, e ? e : "");
	free(e);
}

static const char *sev_color(wg_severity s)
{
	return s == WG_SEV_ERROR ? C_RED : s == WG_SEV_WARNING ? C_YEL : C_DIM;
}

static const char *decision_color(wg_decision d)
{
	return d == WG_DECISION_REJECT ? C_RED : d == WG_DECISION_FLAG ? C_YEL : C_GRN;
}

static void paint(wg_buf *b, const wg_text_options *o, const char *color, const char *text)
{
	if (o->color)
		wg_buf_printf(b, "%s%s%s", color, text, C_OFF);
	else
		wg_buf_puts(b, text);
}

static void location(wg_buf *b, const wg_finding *f)
{
	if (!f->has_offset && !f->has_func)
		return;
	wg_buf_puts(b, "             at ");
	if (f->has_offset)
		wg_buf_printf(b, "offset 0x%llx", (unsigned long long)f->offset);
	if (f->has_func) {
		wg_buf_printf(b, "%sfunc %u", f->has_offset ? ", " : "", f->func_index);
		if (f->func_name) {
			wg_buf_puts(b, " <");
			esc(b, f->func_name);
			wg_buf_puts(b, ">");
		}
	}
	wg_buf_puts(b, "\n");
}

/* "grant for PLUGIN at PATH (rules line N, APPROVER)" */
static void grant_name(wg_buf *b, const wg_grant *g)
{
	wg_buf_puts(b, "grant for ");
	esc(b, g->plugin);
	wg_buf_puts(b, " at ");
	esc(b, g->path);
	wg_buf_printf(b, " (rules line %u, ", g->line);
	esc(b, g->approved_by);
	wg_buf_puts(b, ")");
}

static void finding(wg_buf *b, const wg_finding *f, const wg_text_options *o)
{
	char word[16];

	snprintf(word, sizeof(word), "%-8s", f->waiver ? "waived" : f->grant ? "granted"
		 : wg_severity_name(f->severity));
	wg_buf_puts(b, "  ");
	paint(b, o, WG_FINDING_APPROVED(f) ? C_DIM : sev_color(f->severity), word);
	wg_buf_printf(b, " %s %s  ", f->rule->id, f->rule->name);
	esc(b, f->item);
	wg_buf_puts(b, "\n             ");
	esc(b, f->message);
	wg_buf_puts(b, "\n");
	location(b, f);
	if (f->waiver) {
		wg_buf_printf(b, "             waived (%s) by ", wg_severity_name(f->severity));
		esc(b, f->waiver->approved_by);
		wg_buf_printf(b, " until %s: ", f->waiver->expires_text);
		esc(b, f->waiver->reason);
		wg_buf_puts(b, "\n");
	} else if (f->grant) {
		wg_buf_printf(b, "             granted (%s) by ", wg_severity_name(f->severity));
		grant_name(b, f->grant);
		wg_buf_puts(b, ": ");
		esc(b, f->grant->reason);
		wg_buf_puts(b, "\n");
	}
}

/* "  declares: filesystem (used; grant for fs-reader, rules line 12, @alice), ..." */
static void declarations(wg_buf *b, const wg_report *r)
{
	wg_buf_puts(b, r->num_declarations ? "  declares:" : "  declares: nothing\n");
	for (size_t i = 0; i < r->num_declarations; i++) {
		const wg_declaration *d = &r->declarations[i];

		wg_buf_puts(b, i ? ", " : " ");
		esc(b, d->entry);
		wg_buf_printf(b, " (%s; ", d->used ? "used" : "unused");
		if (d->grant)
			grant_name(b, d->grant);
		else
			wg_buf_puts(b, d->rules_allow ? "the rules allow it" : "not approved");
		wg_buf_puts(b, i + 1 < r->num_declarations ? ")" : ")\n");
	}
}

char *wg_text_fix_hint(const wg_rule_info *r)
{
	const char *h = r && r->help_markdown ? r->help_markdown : "";
	size_t n = strstr(h, "\n\n") ? (size_t)(strstr(h, "\n\n") - h) : strlen(h);
	bool example = false;
	char *s;

	while (n && (h[n - 1] == ':' || h[n - 1] == ' ' || h[n - 1] == '\n'))
		example |= h[--n] == ':';
	s = example ? wg_asprintf("%.*s (example: rules/README.md)", (int)n, h) : wg_strndup(h, n);
	if (!s)
		return NULL;
	for (char *p = s; *p; p++)
		if (*p == '\n')
			*p = ' ';
	return s;
}

#define FIX_RULES 128   /* rules hinted per report (the catalogue has fewer) */

/* "fix: ..." after the first unwaived finding of each rule in a report;
 * `seen` holds the rules already hinted (linear in the findings). */
static void fix_line(wg_buf *b, const wg_finding *f, const wg_rule_info **seen, size_t *nseen)
{
	char *hint;

	if (f->waiver || *nseen == FIX_RULES)
		return;
	for (size_t k = 0; k < *nseen; k++)
		if (seen[k] == f->rule)
			return;
	seen[(*nseen)++] = f->rule;
	hint = wg_text_fix_hint(f->rule);
	if (hint && *hint) {
		wg_buf_puts(b, "             fix: ");
		esc(b, hint);
		wg_buf_puts(b, "\n");
	}
	free(hint);
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

char *wg_text_report(const wg_report *r, const wg_text_options *opts)
{
	const wg_text_options def = WG_TEXT_OPTIONS_INIT;
	const wg_text_options *o = opts ? opts : &def;
	wg_buf b = WG_BUF_INIT;
	const wg_rule_info *seen[FIX_RULES];
	size_t nseen = 0;
	char dec[16];

	esc(&b, r->plugin);
	wg_buf_puts(&b, " (");
	esc(&b, r->path);
	wg_buf_puts(&b, "): ");
	snprintf(dec, sizeof(dec), "%s", wg_decision_name(r->decision));
	for (char *p = dec; *p; p++)
		*p = (char)(*p - 'a' + 'A');
	paint(&b, o, decision_color(r->decision), dec);
	wg_buf_printf(&b, "  %zu %s, %zu %s, %zu %s, %zu waived\n",
		      r->counts[WG_SEV_ERROR], plural(r->counts[WG_SEV_ERROR], "error", "errors"),
		      r->counts[WG_SEV_WARNING], plural(r->counts[WG_SEV_WARNING], "warning", "warnings"),
		      r->counts[WG_SEV_NOTE], plural(r->counts[WG_SEV_NOTE], "note", "notes"),
		      r->num_waived);
	if (r->num_granted)
		wg_buf_printf(&b, "  %zu granted\n", r->num_granted);
	if (r->has_declarations)
		declarations(&b, r);
	if (r->has_baseline) {
		wg_buf_puts(&b, "  compared with ");
		esc(&b, r->baseline_path);
		wg_buf_puts(&b, "\n");
	} else if (r->baseline_path) {
		wg_buf_puts(&b, "  no baseline: ");
		esc(&b, r->baseline_path);
		wg_buf_puts(&b, " not found (a new plugin: nothing to compare)\n");
	}
	for (size_t i = 0; i < r->num_findings; i++) {
		if (o->waived || !r->findings[i].waiver)   /* granted ones always: which grant approved what */
			finding(&b, &r->findings[i], o);
		fix_line(&b, &r->findings[i], seen, &nseen);
	}
	if (wg_buf_put(&b, "", 0)) {
		wg_buf_free(&b);
		return NULL;
	}
	return wg_buf_detach(&b);
}

char *wg_text_summary(wg_report *const *reports, size_t n, const wg_text_options *opts)
{
	const wg_text_options def = WG_TEXT_OPTIONS_INIT;
	const wg_text_options *o = opts ? opts : &def;
	size_t per[3] = { 0, 0, 0 };
	wg_buf b = WG_BUF_INIT;

	for (size_t i = 0; i < n; i++)
		per[reports[i]->decision]++;
	wg_buf_printf(&b, "%zu %s: %zu approve, %zu flag, %zu reject -> ", n,
		      plural(n, "plugin", "plugins"), per[WG_DECISION_APPROVE],
		      per[WG_DECISION_FLAG], per[WG_DECISION_REJECT]);
	paint(&b, o, decision_color(wg_decision_worst(reports, n)),
	      wg_decision_name(wg_decision_worst(reports, n)));
	if (wg_buf_puts(&b, "\n")) {
		wg_buf_free(&b);
		return NULL;
	}
	return wg_buf_detach(&b);
}
