/*
 * verify.c - wg_attestation_verify() (attest.h): every check an attestation
 * consumer needs, shared by `wasmgate verify` and the runtime.  Each check
 * that fails adds one line to the result; only a result without failures
 * is success.  Content checks run on the payload even when its signature
 * failed, to say what else is wrong, but can never make it pass.  The
 * waivers an approval depended on are read back; with waivers_expire, one
 * that has expired since no longer counts (decision_now).
 */
#include "wasmgate/attest.h"
#include "wasmgate/dsse.h"
#include "util/util.h"

#include <sodium.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const decision_names[] = { "approve", "flag", "reject" };

typedef struct {
	wg_attestation_result *res;
	const wg_verify_options *o;
	int oom;
} checker;

static void fail(checker *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void fail(checker *c, const char *fmt, ...)
{
	wg_attestation_result *res = c->res;
	char *line = NULL, **grown;
	va_list ap;

	va_start(ap, fmt);
	line = wg_vasprintf(fmt, ap);
	va_end(ap);
	grown = line ? realloc(res->failures, (res->num_failures + 1) * sizeof(*grown)) : NULL;
	if (!grown) {
		free(line);
		c->oom = 1;
		return;
	}
	res->failures = grown;
	res->failures[res->num_failures++] = line;
}

static const char *str(json_t *o, const char *key)
{
	return json_string_value(json_object_get(o, key));
}

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

static void check_types(checker *c, json_t *st)
{
	const char *type = str(st, "_type"), *ptype = str(st, "predicateType");

	if (!type || strcmp(type, WG_INTOTO_STATEMENT_V1))
		fail(c, "%s: statement _type is '%s', expected '%s'", c->o->envelope_name,
		     type ? type : "(none)", WG_INTOTO_STATEMENT_V1);
	if (!ptype || strcmp(ptype, WG_SLSA_VSA_V1))
		fail(c, "%s: predicateType is '%s', expected '%s'", c->o->envelope_name,
		     ptype ? ptype : "(none)", WG_SLSA_VSA_V1);
}

static void check_subject(checker *c, json_t *st, const char *want_hex)
{
	json_t *subjects = json_object_get(st, "subject"), *s;
	size_t i;

	if (!json_is_array(subjects) || !json_array_size(subjects)) {
		fail(c, "%s: statement has no subject", c->o->envelope_name);
		return;
	}
	json_array_foreach(subjects, i, s) {
		const char *hex = str(json_object_get(s, "digest"), "sha256");
		if (hex && strlen(hex) == 64 && sodium_memcmp(hex, want_hex, 64) == 0) {
			memcpy(c->res->subject_sha256, hex, 65);
			c->res->subject_name = dup_or_null(str(s, "name"));
			return;
		}
	}
	s = json_array_get(subjects, 0);
	fail(c, "%s: sha256 %.16s... does not match the attested subject '%s' (sha256 %.16s...)",
	     c->o->subject_path, want_hex, str(s, "name") ? str(s, "name") : "?",
	     str(json_object_get(s, "digest"), "sha256") ? str(json_object_get(s, "digest"), "sha256")
							 : "(none)");
}

static void read_counts(wg_attestation_result *res, json_t *counts)
{
	static const char *const names[3] = { "note", "warning", "error" };

	for (int i = 0; i < 3; i++)
		res->counts[i] = (size_t)json_integer_value(json_object_get(counts, names[i]));
}

/* Whether `day` (as recorded) is before `today` ("YYYY-MM-DD" both): ISO
 * dates compare as text; anything that is not such a date has expired. */
static bool day_passed(const char *day, const char *today)
{
	for (int i = 0; i < 10; i++)
		if (!day[i] || (i == 4 || i == 7 ? day[i] != '-' : day[i] < '0' || day[i] > '9'))
			return true;
	return day[10] || strcmp(day, today) < 0;
}

static wg_severity severity_of(const char *s)
{
	return s && !strcmp(s, "note") ? WG_SEV_NOTE : s && !strcmp(s, "warning") ? WG_SEV_WARNING
	       : WG_SEV_ERROR;
}

/* wasmgate.waivers -> res->waivers, expired ones judged at o->now. */
static void read_waivers(checker *c, json_t *wg)
{
	json_t *ws = json_object_get(wg, "waivers"), *w;
	wg_attestation_result *res = c->res;
	time_t now = c->o->now ? c->o->now : time(NULL);
	char today[16];
	struct tm tm;
	size_t i;

	if (!json_is_array(ws) || !json_array_size(ws))
		return;
	res->waivers = calloc(json_array_size(ws), sizeof(*res->waivers));
	if (!res->waivers) {
		c->oom = 1;
		return;
	}
	gmtime_r(&now, &tm);
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	json_array_foreach(ws, i, w) {
		wg_attested_waiver *a = &res->waivers[res->num_waivers++];
		const char *exp = str(w, "expires");

		a->rule = dup_or_null(str(w, "rule"));
		a->item = dup_or_null(str(w, "item"));
		a->approved_by = dup_or_null(str(w, "approved_by"));
		a->reason = dup_or_null(str(w, "reason"));
		if (exp && strlen(exp) == 10)
			memcpy(a->expires, exp, 11);
		a->severity = severity_of(str(w, "severity"));
		a->expired = day_passed(a->expires, today);
		res->num_expired += a->expired;
	}
}

/* The decision with the findings of expired waivers counted again. */
static wg_decision decision_now(const wg_attestation_result *res)
{
	wg_decision d = res->decision;

	for (size_t i = 0; i < res->num_waivers; i++) {
		const wg_attested_waiver *a = &res->waivers[i];
		wg_decision fd = a->severity == WG_SEV_ERROR ? WG_DECISION_REJECT
				 : a->severity == WG_SEV_WARNING ? WG_DECISION_FLAG : WG_DECISION_APPROVE;

		if (a->expired && fd > d)
			d = fd;
	}
	return d;
}

/* With waivers_expire: the decision as it stands today against require. */
static void check_expired_waivers(checker *c)
{
	const wg_attestation_result *res = c->res;

	if (!c->o->waivers_expire || !c->o->has_require || res->decision_now <= c->o->require ||
	    res->decision > c->o->require)
		return;
	for (size_t i = 0; i < res->num_waivers; i++) {
		const wg_attested_waiver *a = &res->waivers[i];

		if (a->expired && a->severity != WG_SEV_NOTE)
			fail(c, "%s: the approval depended on a waiver of %s \"%s\" (approved by %s) "
			     "that expired on %s: that %s counts again, so the decision now is '%s'",
			     c->o->envelope_name, a->rule ? a->rule : "?", a->item ? a->item : "?",
			     a->approved_by ? a->approved_by : "?", a->expires[0] ? a->expires : "(no date)",
			     a->severity == WG_SEV_ERROR ? "error" : "warning",
			     decision_names[res->decision_now]);
	}
}

static void check_decision(checker *c, json_t *pred)
{
	json_t *wg = json_object_get(pred, "wasmgate");
	const char *result = str(pred, "verificationResult"), *dname = str(wg, "decision");
	int d = wg_attestation_decision_parse(dname);
	wg_attestation_result *res = c->res;

	res->verification_result = dup_or_null(result);
	if (!result || (strcmp(result, "PASSED") && strcmp(result, "FAILED")))
		fail(c, "%s: verificationResult is '%s', expected PASSED or FAILED",
		     c->o->envelope_name, result ? result : "(none)");
	if (d < 0) {
		fail(c, "%s: predicate has no valid wasmgate.decision ('%s')",
		     c->o->envelope_name, dname ? dname : "(none)");
		return;
	}
	res->has_decision = true;
	res->decision = (wg_decision)d;
	read_counts(res, json_object_get(wg, "counts"));
	read_waivers(c, wg);
	res->decision_now = decision_now(res);
	if (result && (d == WG_DECISION_APPROVE) != !strcmp(result, "PASSED"))
		fail(c, "%s: decision '%s' contradicts verificationResult '%s'",
		     c->o->envelope_name, dname, result);
	if (c->o->has_require && (unsigned)d > (unsigned)c->o->require)
		fail(c, "%s: decision is '%s', but '%s' is required", c->o->envelope_name,
		     dname, decision_names[c->o->require]);
	check_expired_waivers(c);
}

static void check_policy(checker *c, json_t *pred)
{
	json_t *policy = json_object_get(pred, "policy");
	const char *hex = str(json_object_get(policy, "digest"), "sha256");
	char want[65];

	c->res->policy_uri = dup_or_null(str(policy, "uri"));
	if (hex && strlen(hex) == 64)
		memcpy(c->res->policy_sha256, hex, 65);
	if (!c->o->policy_sha256)
		return;
	wg_hex(c->o->policy_sha256, 32, want);
	if (!hex || strlen(hex) != 64 || sodium_memcmp(hex, want, 64))
		fail(c, "%s: attested rules digest %.16s... is not the given rules file's (%.16s...)",
		     c->o->envelope_name, hex ? hex : "(none)", want);
}

static void check_predicate(checker *c, json_t *st)
{
	json_t *pred = json_object_get(st, "predicate");
	json_t *verifier = json_object_get(pred, "verifier");
	const char *id = str(verifier, "id");

	if (!json_is_object(pred)) {
		fail(c, "%s: statement has no predicate object", c->o->envelope_name);
		return;
	}
	if (!id || strcmp(id, WG_VERIFIER_ID))
		fail(c, "%s: verifier.id is '%s', expected '%s'", c->o->envelope_name,
		     id ? id : "(none)", WG_VERIFIER_ID);
	c->res->verifier_version = dup_or_null(str(json_object_get(verifier, "version"), "wasmgate"));
	c->res->time_verified = dup_or_null(str(pred, "timeVerified"));
	c->res->rules_name = dup_or_null(str(json_object_get(json_object_get(pred, "wasmgate"),
							     "rules"), "name"));
	check_decision(c, pred);
	check_policy(c, pred);
}

static void check_statement(checker *c, const wg_dsse_envelope *env, const char *want_hex)
{
	json_error_t jerr;
	json_t *st = json_loadb((const char *)env->payload, env->payload_len,
				JSON_REJECT_DUPLICATES, &jerr);

	if (!st) {
		fail(c, "%s: payload is not valid JSON (%d:%d: %s)", c->o->envelope_name,
		     jerr.line, jerr.column, jerr.text);
		return;
	}
	if (!json_is_object(st)) {
		fail(c, "%s: payload is not a JSON object", c->o->envelope_name);
	} else {
		check_types(c, st);
		check_subject(c, st, want_hex);
		check_predicate(c, st);
	}
	json_decref(st);
}

static void check_envelope(checker *c, const char *text, size_t len,
			   const wg_key *const *trusted, size_t num_trusted, const char *want_hex)
{
	wg_dsse_envelope *env = NULL;
	const wg_key *signer = NULL;

	if (wg_dsse_parse(text, len, c->o->envelope_name, &env)) {
		fail(c, "%s", wg_error_last());
		return;
	}
	if (strcmp(env->payload_type, WG_DSSE_INTOTO_TYPE))
		fail(c, "%s: payloadType is '%s', expected '%s'", c->o->envelope_name,
		     env->payload_type, WG_DSSE_INTOTO_TYPE);
	if (!num_trusted) {
		fail(c, "%s: no trusted key given", c->o->envelope_name);
	} else if (wg_dsse_verify(env, trusted, num_trusted, &signer)) {
		fail(c, "%s: %s", c->o->envelope_name, wg_error_last());
	} else {
		c->res->signature_ok = true;
		memcpy(c->res->signer_keyid, wg_key_id(signer), WG_KEY_ID_LEN + 1);
	}
	check_statement(c, env, want_hex);
	wg_dsse_envelope_free(env);
}

int wg_attestation_verify(const char *envelope, size_t envelope_len,
			  const wg_key *const *trusted, size_t num_trusted,
			  const uint8_t *wasm, size_t wasm_len, const uint8_t *wasm_sha256,
			  const wg_verify_options *opts, wg_attestation_result *res)
{
	wg_verify_options defaults = WG_VERIFY_OPTIONS_INIT;
	checker c = { res, opts ? opts : &defaults, 0 };
	uint8_t sha[32];
	char want_hex[65];

	memset(res, 0, sizeof(*res));
	res->version = 1;
	if (wasm)
		wg_sha256(wasm, wasm_len, sha);
	else if (wasm_sha256)
		memcpy(sha, wasm_sha256, 32);
	else
		return wg_error_set(WG_EINVAL, "wg_attestation_verify: no plugin bytes or digest");
	wg_hex(sha, 32, want_hex);
	check_envelope(&c, envelope, envelope_len, trusted, num_trusted, want_hex);
	if (c.oom)
		return wg_error_set(WG_ENOMEM, "out of memory while verifying");
	if (res->num_failures)
		return wg_error_set(WG_EVERIFY, "%s", res->failures[0]);
	wg_error_clear();
	return 0;
}

void wg_attestation_result_free(wg_attestation_result *res)
{
	if (!res)
		return;
	for (size_t i = 0; i < res->num_failures; i++)
		free(res->failures[i]);
	free(res->failures);
	free(res->subject_name);
	free(res->verification_result);
	free(res->time_verified);
	free(res->verifier_version);
	free(res->policy_uri);
	free(res->rules_name);
	for (size_t i = 0; i < res->num_waivers; i++) {
		free(res->waivers[i].rule);
		free(res->waivers[i].item);
		free(res->waivers[i].approved_by);
		free(res->waivers[i].reason);
	}
	free(res->waivers);
	memset(res, 0, sizeof(*res));
}
