/*
 * audit.c - one audit from end to end: read the module (with the policy's
 * limits, so an oversized module stops early; again without a limit whose
 * finding is waived, so a waived module is read whole), run every group of checks,
 * the capability diff and the waivers, sort the findings, count them and
 * decide.  Also the finding builder the checks share and the report's
 * lifetime.  Called by the CLI (audit_run.c) and by tests.
 *
 * What runs on a module that did not read cleanly (status != OK):
 *   - COMPONENT: only WG1091; nothing of a core module was read.
 *   - MALFORMED / INVALID / IMPL_LIMIT / LIMIT: the status finding (WG1000 /
 *     WG1090 / WG1093 / WG1092 + WG108x, none waivable but WG108x) plus
 *     every check on what was read before the reader stopped
 *     (an import read before the error still counts), except
 *     exports.require: an export may just not have been reached.
 * The decision is reject either way; the rest helps the author.
 *
 * After the checks: the capability diff (baseline.c), the plugin's
 * declarations (declare.c), waivers (waivers.c), then grants (grants.c)
 * on what no waiver suppresses.
 *
 * Invariants of a report: findings sorted by (rule id, item, offset,
 * message); counts[] counts findings neither waived nor granted; decision
 * follows those counts (notes never change it).
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *wg_decision_name(wg_decision d)
{
	switch (d) {
	case WG_DECISION_APPROVE:
		return "approve";
	case WG_DECISION_FLAG:
		return "flag";
	case WG_DECISION_REJECT:
		return "reject";
	}
	return "unknown";
}

bool wg_action_severity(wg_action a, wg_severity *sev)
{
	if (a == WG_ACTION_FLAG)
		*sev = WG_SEV_WARNING;
	else if (a == WG_ACTION_REJECT)
		*sev = WG_SEV_ERROR;
	return a == WG_ACTION_FLAG || a == WG_ACTION_REJECT;
}

int wg_audit_add(wg_actx *c, wg_rule_kind kind, wg_severity sev,
		 const char *item, wg_aloc at, const char *fmt, ...)
{
	wg_report *r = c->r;
	wg_finding *f;
	va_list ap;
	char *msg = NULL;

	va_start(ap, fmt);
	msg = wg_vasprintf(fmt, ap);
	va_end(ap);
	f = msg ? WG_ARRAY_PUSH(r->findings, r->num_findings, c->cap) : NULL;
	if (!f) {
		free(msg);
		return wg_error_set(WG_ENOMEM, "out of memory");
	}
	memset(f, 0, sizeof(*f));
	f->rule = wg_rule_get(kind);
	f->severity = sev;
	f->message = msg;
	f->item = wg_strdup(item ? item : "");
	f->has_offset = at.has_offset;
	f->offset = at.offset;
	f->has_func = at.has_func;
	f->func_index = at.func;
	f->func_name = at.has_func ? wg_module_func_name(c->m, at.func) : NULL;
	return f->item ? WG_OK : WG_ENOMEM;
}

static int finding_cmp(const void *pa, const void *pb)
{
	const wg_finding *a = pa, *b = pb;
	int d = strcmp(a->rule->id, b->rule->id);

	if (!d)
		d = strcmp(a->item, b->item);
	if (!d && a->has_offset != b->has_offset)
		d = a->has_offset ? 1 : -1;
	if (!d && a->offset != b->offset)
		d = a->offset < b->offset ? -1 : 1;
	if (!d)
		d = strcmp(a->message, b->message);
	return d;
}

static void decide(wg_report *r)
{
	memset(r->counts, 0, sizeof(r->counts));
	r->num_waived = 0;
	r->num_granted = 0;
	for (size_t i = 0; i < r->num_findings; i++) {
		if (r->findings[i].waiver)
			r->num_waived++;
		else if (r->findings[i].grant)
			r->num_granted++;
		else
			r->counts[r->findings[i].severity]++;
	}
	if (r->counts[WG_SEV_ERROR])
		r->decision = WG_DECISION_REJECT;
	else if (r->counts[WG_SEV_WARNING])
		r->decision = WG_DECISION_FLAG;
	else
		r->decision = WG_DECISION_APPROVE;
}

static int run_checks(wg_actx *c)
{
	int (*const checks[])(wg_actx *) = {
		wg_check_status, wg_check_imports, wg_check_memory,
		wg_check_features, wg_check_opcodes, wg_check_exports,
		wg_check_sections,
	};
	int rc = WG_OK;

	if (c->m->status == WG_MODULE_COMPONENT)
		return wg_check_status(c);
	for (size_t i = 0; !rc && i < sizeof(checks) / sizeof(checks[0]); i++)
		rc = checks[i](c);
	return rc;
}

static int report_new(const wg_module *m, const char *path,
		      const wg_audit_options *opts, wg_report **out)
{
	wg_report *r = wg_calloc(1, sizeof(*r));

	*out = r;
	if (!r)
		return WG_ENOMEM;
	r->version = 1;
	r->path = wg_strdup(path ? path : (m->path ? m->path : "-"));
	if (opts && opts->plugin)
		r->plugin = wg_strdup(opts->plugin);
	else if (r->path)
		r->plugin = wg_basename_noext(r->path, ".wasm");
	return r->path && r->plugin ? WG_OK : WG_ENOMEM;
}

int wg_audit_module(const wg_policy *policy, wg_module *m, const char *path,
		    const wg_audit_options *opts, wg_report **out)
{
	wg_actx c = { policy, m, NULL, 0, NULL };
	time_t now = opts && opts->now ? opts->now : time(NULL);
	int rc;

	*out = NULL;
	if (!policy || !m) {
		wg_module_free(m);
		return wg_error_set(WG_EINVAL, "wg_audit_module: no policy or module");
	}
	rc = report_new(m, path, opts, &c.r);
	if (c.r)
		c.r->module = m;
	else
		wg_module_free(m);
	errno = 0;
	if (!rc && !(c.relpath = wg_audit_relpath(c.r->path)) && errno == ENOMEM)
		rc = WG_ENOMEM;
	if (!rc)
		rc = run_checks(&c);
	if (!rc && opts && opts->baseline)
		rc = wg_audit_baseline(&c, opts->baseline);
	if (!rc && m->status != WG_MODULE_COMPONENT)
		rc = wg_check_declarations(&c);
	if (!rc)
		rc = wg_audit_waivers(&c, now);
	if (!rc)
		wg_audit_grants(&c);
	free(c.relpath);
	if (rc) {
		wg_report_free(c.r);
		return rc;
	}
	if (c.r->num_findings)
		qsort(c.r->findings, c.r->num_findings, sizeof(wg_finding), finding_cmp);
	decide(c.r);
	*out = c.r;
	return WG_OK;
}

/*
 * The report's module stopped at a limit of the rules whose finding a
 * valid waiver suppresses: lift that limit in *lim (the module is then
 * read again, to the end, and everything in it judged).  False otherwise.
 */
static bool lift_waived_limit(const wg_report *r, wg_module_limits *lim)
{
	const wg_module *m = r->module;
	wg_rule_kind k = m->limit == WG_LIMIT_FUNCTIONS ? WG_RULE_TOO_MANY_FUNCTIONS
		       : m->limit == WG_LIMIT_FUNCTION_BYTES ? WG_RULE_FUNCTION_TOO_LARGE
		       : WG_RULE_MODULE_TOO_LARGE;
	uint64_t *field = k == WG_RULE_TOO_MANY_FUNCTIONS ? &lim->max_functions
			: k == WG_RULE_FUNCTION_TOO_LARGE ? &lim->max_function_bytes
			: &lim->max_module_bytes;

	if (m->status != WG_MODULE_LIMIT || !*field)
		return false;
	for (size_t i = 0; i < r->num_findings; i++)
		if (r->findings[i].rule->kind == k && r->findings[i].waiver) {
			*field = 0;
			return true;
		}
	return false;
}

/*
 * Read with the rules' size limits; when the read stopped at one whose
 * finding is waived, read again without it.  Each pass lifts one of the
 * three limits, so at most four reads; an unwaived stop stays a WG1092.
 */
int wg_audit_run(const wg_policy *policy, const char *path,
		 const wg_audit_options *opts, wg_report **out)
{
	wg_module_limits lim;
	wg_module *m = NULL;
	int rc;

	*out = NULL;
	if (!policy || !path)
		return wg_error_set(WG_EINVAL, "wg_audit_run: no policy or path");
	lim = policy->limits;
	for (;;) {
		rc = wg_module_read_file(path, &lim, &m);
		if (!rc)
			rc = wg_audit_module(policy, m, path, opts, out);
		if (rc || !lift_waived_limit(*out, &lim))
			return rc;
		wg_report_free(*out);
		*out = NULL;
	}
}

void wg_report_free(wg_report *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->num_findings; i++) {
		free(r->findings[i].item);
		free(r->findings[i].message);
	}
	free(r->findings);
	for (size_t i = 0; i < r->num_declarations; i++)
		free(r->declarations[i].entry);
	free(r->declarations);
	wg_module_free(r->module);
	free(r->plugin);
	free(r->path);
	free(r->baseline_path);
	free(r);
}

wg_decision wg_decision_worst(wg_report *const *reports, size_t n)
{
	wg_decision d = WG_DECISION_APPROVE;

	for (size_t i = 0; i < n; i++)
		if (reports[i] && reports[i]->decision > d)
			d = reports[i]->decision;
	return d;
}
