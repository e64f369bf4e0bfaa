/*
 * report_json.c - wg_report_to_json() / wg_reports_to_json(): the JSON of
 * `wasmgate audit --json` (shape in json.h; keys are only ever added).
 * Text from the module (names, the decoder's messages) may hold any
 * bytes: strings go through wg_text_utf8() so the JSON is always valid.
 * The output is a pure function of the reports and the policy (no clock,
 * no thread order), so runs with any -j give the same bytes.
 */
#include "wasmgate/json.h"
#include "wasmgate/sarif.h"
#include "util/util.h"

#include <stdlib.h>

/* A JSON string of any bytes; json_null() for NULL. */
static json_t *jtext(const char *s)
{
	json_t *j;
	char *t;

	if (!s)
		return json_null();
	if ((j = json_string(s)))
		return j;
	t = wg_text_utf8(s);
	j = t ? json_string(t) : NULL;
	free(t);
	return j;
}

static json_t *hex_json(const uint8_t sha[32])
{
	char hex[65];

	wg_hex(sha, 32, hex);
	return json_string(hex);
}

static json_t *waiver_json(const wg_waiver *w)
{
	if (!w)
		return json_null();
	return json_pack("{s:o, s:o, s:s, s:o, s:o, s:I}",
			 "reason", jtext(w->reason), "approved_by", jtext(w->approved_by),
			 "expires", w->expires_text, "rule", jtext(w->rule),
			 "item", jtext(w->item), "line", (json_int_t)w->line);
}

json_t *wg_grant_to_json(const wg_grant *g)
{
	json_t *imports = json_array(), *caps = json_array(), *mem = json_object();

	if (!g) {
		json_decref(imports);
		json_decref(caps);
		json_decref(mem);
		return json_null();
	}
	for (size_t i = 0; i < g->imports.count; i++)
		json_array_append_new(imports, jtext(g->imports.items[i]));
	for (unsigned b = 0; b < WG_CAP_COUNT; b++)
		if (g->capabilities & (1u << b))
			json_array_append_new(caps, json_string(wg_capability_name((wg_capability)(1u << b))));
	if (g->has_max_initial_pages)
		json_object_set_new(mem, "max_initial_pages", json_integer((json_int_t)g->max_initial_pages));
	if (g->has_max_pages)
		json_object_set_new(mem, "max_pages", json_integer((json_int_t)g->max_pages));
	return json_pack("{s:o, s:o, s:o, s:o, s:o, s:o, s:o, s:I}",
			 "plugin", jtext(g->plugin), "path", jtext(g->path), "imports", imports,
			 "capabilities", caps, "memory", mem, "reason", jtext(g->reason),
			 "approved_by", jtext(g->approved_by), "line", (json_int_t)g->line);
}

json_t *wg_declarations_to_json(const wg_report *r)
{
	json_t *a;

	if (!r->has_declarations)
		return json_null();
	a = json_array();
	for (size_t i = 0; a && i < r->num_declarations; i++) {
		const wg_declaration *d = &r->declarations[i];

		json_array_append_new(a, json_pack("{s:o, s:b, s:o, s:o}",
				      "capability", jtext(d->entry), "used", d->used,
				      "approved_by", d->grant ? json_string("grant")
				      : d->rules_allow ? json_string("rules") : json_null(),
				      "grant", wg_grant_to_json(d->grant)));
	}
	return a;
}

static json_t *finding_json(const wg_finding *f)
{
	json_t *fn = json_null();

	if (f->has_func)
		fn = json_pack("{s:I, s:o}", "index", (json_int_t)f->func_index,
			       "name", jtext(f->func_name));
	return json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:b, s:o, s:b, s:o}",
			 "rule", f->rule->id, "name", f->rule->name,
			 "severity", wg_severity_name(f->severity),
			 "item", jtext(f->item), "message", jtext(f->message),
			 "offset", f->has_offset ? json_integer((json_int_t)f->offset) : json_null(),
			 "function", fn, "waived", f->waiver != NULL,
			 "waiver", waiver_json(f->waiver), "granted", f->grant != NULL,
			 "grant", wg_grant_to_json(f->grant));
}

static json_t *findings_json(const wg_report *r)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < r->num_findings; i++) {
		if (json_array_append_new(a, finding_json(&r->findings[i]))) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

json_t *wg_report_to_json(const wg_report *r)
{
	const wg_module *m = r->module;

	return json_pack("{s:o, s:o, s:o, s:I, s:s, s:{s:I, s:I, s:I}, s:I, s:I, s:o, s:o, s:o, s:o}",
			 "plugin", jtext(r->plugin), "path", jtext(r->path),
			 "sha256", m ? hex_json(m->sha256) : json_null(),
			 "size", (json_int_t)(m ? m->size : 0),
			 "decision", wg_decision_name(r->decision),
			 "counts", "error", (json_int_t)r->counts[WG_SEV_ERROR],
			 "warning", (json_int_t)r->counts[WG_SEV_WARNING],
			 "note", (json_int_t)r->counts[WG_SEV_NOTE],
			 "waived", (json_int_t)r->num_waived,
			 "granted", (json_int_t)r->num_granted,
			 "declarations", wg_declarations_to_json(r),
			 "baseline", r->has_baseline ? jtext(r->baseline_path) : json_null(),
			 "findings", findings_json(r),
			 "module", m ? wg_module_to_json(m) : json_null());
}

json_t *wg_reports_to_json(wg_report *const *reports, size_t n, const wg_policy *policy)
{
	json_t *plugins = json_array();

	for (size_t i = 0; plugins && i < n; i++) {
		if (json_array_append_new(plugins, wg_report_to_json(reports[i]))) {
			json_decref(plugins);
			return NULL;
		}
	}
	return json_pack("{s:{s:s, s:s}, s:o, s:s, s:o}",
			 "tool", "name", "wasmgate", "version", wg_version(),
			 "rules", policy ? json_pack("{s:o, s:o, s:o}", "name", jtext(policy->name),
						     "path", jtext(policy->path),
						     "sha256", hex_json(policy->sha256))
				 : json_null(),
			 "decision", wg_decision_name(wg_decision_worst(reports, n)),
			 "plugins", plugins);
}
