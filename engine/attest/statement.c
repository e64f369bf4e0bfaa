/*
 * statement.c - builds the in-toto Statement v1 / SLSA Verification
 * Summary v1 predicate of one audit report (attest.h) with jansson, and
 * signs it into a DSSE envelope.  The JSON is serialised compact with
 * sorted keys, so the same statement always gives the same payload bytes.
 */
#include "wasmgate/attest.h"
#include "wasmgate/dsse.h"
#include "wasmgate/version.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

static const char *const decision_names[] = { "approve", "flag", "reject" };

int wg_attestation_decision_parse(const char *name)
{
	for (int i = 0; i < 3; i++)
		if (name && !strcmp(name, decision_names[i]))
			return i;
	return -1;
}

static json_t *digest_json(const uint8_t sha[32])
{
	char hex[65];

	wg_hex(sha, 32, hex);
	return json_pack("{s:s}", "sha256", hex);
}

static int subject_digest(const wg_report *r, uint8_t out[32])
{
	static const uint8_t zero[32];

	if (r->module && memcmp(r->module->sha256, zero, 32)) {
		memcpy(out, r->module->sha256, 32);
		return 0;
	}
	return wg_sha256_file(r->path, out);
}

/* The waivers that suppressed findings, one entry per finding, with the
 * finding's severity (what it counts as once the waiver has expired). */
static const char *const severity_names[3] = { "note", "warning", "error" };

static json_t *waivers_json(const wg_report *r)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];
		const wg_waiver *w = f->waiver;
		if (!w)
			continue;
		if (json_array_append_new(a, json_pack("{s:s, s:s, s:s?, s:s?, s:s, s:s}",
			"rule", f->rule ? f->rule->id : w->rule, "item", f->item ? f->item : "",
			"reason", w->reason, "approved_by", w->approved_by,
			"expires", w->expires_text, "severity", severity_names[f->severity % 3]))) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

/* The grants that approved findings, one entry per finding: which grant
 * (plugin and path globs, rules line) approved what (rule, item). */
static json_t *grants_json(const wg_report *r)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < r->num_findings; i++) {
		const wg_finding *f = &r->findings[i];
		const wg_grant *g = f->grant;

		if (!g)
			continue;
		if (json_array_append_new(a, json_pack("{s:s, s:s, s:s, s:s, s:s, s:s, s:I}",
			"rule", f->rule->id, "item", f->item ? f->item : "", "plugin", g->plugin,
			"path", g->path, "reason", g->reason, "approved_by", g->approved_by,
			"line", (json_int_t)g->line))) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

/* The plugin's declared capabilities and who approves each, or NULL (none declared). */
static json_t *declarations_json(const wg_report *r)
{
	json_t *a = r->has_declarations ? json_array() : NULL;

	for (size_t i = 0; a && i < r->num_declarations; i++) {
		const wg_declaration *d = &r->declarations[i];
		json_t *e = json_pack("{s:s, s:b, s:s?}", "capability", d->entry, "used", d->used,
				      "approved_by", d->grant ? "grant" : d->rules_allow ? "rules" : NULL);

		if (e && d->grant)
			json_object_set_new(e, "grant_line", json_integer((json_int_t)d->grant->line));
		if (json_array_append_new(a, e)) {
			json_decref(a);
			return NULL;
		}
	}
	return a;
}

static json_t *wasmgate_json(const wg_report *r, const wg_policy *p,
			     const wg_attestation_options *o)
{
	json_t *w = json_pack("{s:s, s:{s:I, s:I, s:I}, s:I, s:{s:s?}, s:o*}",
		"decision", decision_names[r->decision],
		"counts", "error", (json_int_t)r->counts[WG_SEV_ERROR],
		"warning", (json_int_t)r->counts[WG_SEV_WARNING],
		"note", (json_int_t)r->counts[WG_SEV_NOTE],
		"waived", (json_int_t)r->num_waived,
		"rules", "name", p->name,
		"waivers", waivers_json(r));
	json_t *decl = w ? declarations_json(r) : NULL;

	if (w && (json_object_set_new(w, "granted", json_integer((json_int_t)r->num_granted)) ||
		  json_object_set_new(w, "grants", grants_json(r)) ||
		  (decl && json_object_set_new(w, "declarations", decl)))) {
		json_decref(w);
		return NULL;
	}

	if (w && o->sarif_uri && o->sarif_sha256
	    && json_object_set_new(w, "sarif", json_pack("{s:s, s:o}", "uri", o->sarif_uri,
							"digest", digest_json(o->sarif_sha256)))) {
		json_decref(w);
		return NULL;
	}
	return w;
}

static json_t *predicate_json(const wg_report *r, const wg_policy *p,
			      const wg_attestation_options *o)
{
	char when[32];
	time_t t = o->time ? o->time : time(NULL);
	struct tm tm;
	const char *policy_uri = o->policy_uri ? o->policy_uri : p->path ? p->path : p->name;

	gmtime_r(&t, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	return json_pack("{s:{s:s, s:{s:s}}, s:s, s:s, s:{s:s, s:o}, s:s, s:[], s:o}",
		"verifier", "id", WG_VERIFIER_ID, "version", "wasmgate", WG_VERSION,
		"timeVerified", when,
		"resourceUri", o->resource_uri ? o->resource_uri : r->path,
		"policy", "uri", policy_uri ? policy_uri : "", "digest", digest_json(p->sha256),
		"verificationResult", r->decision == WG_DECISION_APPROVE ? "PASSED" : "FAILED",
		"verifiedLevels",
		"wasmgate", wasmgate_json(r, p, o));
}

int wg_attestation_build(const wg_report *r, const wg_policy *p,
			 const wg_attestation_options *opts, json_t **statement)
{
	wg_attestation_options defaults = WG_ATTESTATION_OPTIONS_INIT;
	const wg_attestation_options *o = opts ? opts : &defaults;
	uint8_t sha[32];
	const char *name = o->subject_name ? o->subject_name : r->plugin;
	int rc;

	*statement = NULL;
	if ((unsigned)r->decision > WG_DECISION_REJECT)
		return wg_error_set(WG_EINVAL, "%s: report has an unknown decision %d",
				    r->path, (int)r->decision);
	if ((rc = subject_digest(r, sha)))
		return rc;
	*statement = json_pack("{s:s, s:[{s:s, s:o}], s:s, s:o}",
		"_type", WG_INTOTO_STATEMENT_V1,
		"subject", "name", name ? name : r->path, "digest", digest_json(sha),
		"predicateType", WG_SLSA_VSA_V1,
		"predicate", predicate_json(r, p, o));
	if (!*statement)
		return wg_error_set(WG_ENOMEM, "%s: cannot build the attestation statement", r->path);
	return 0;
}

json_t *wg_attestation_predicate(json_t *statement)
{
	return json_object_get(statement, "predicate");
}

int wg_attestation_sign(json_t *statement, const wg_key *key, char **envelope)
{
	char *payload = json_dumps(statement, JSON_COMPACT | JSON_SORT_KEYS);
	int rc;

	*envelope = NULL;
	if (!payload)
		return wg_error_set(WG_ENOMEM, "cannot serialise the attestation statement");
	rc = wg_dsse_sign(WG_DSSE_INTOTO_TYPE, payload, strlen(payload), &key, 1, envelope);
	free(payload);
	return rc;
}
