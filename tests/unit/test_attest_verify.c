/*
 * test_attest_verify.c - attestations end to end in the library: build a
 * statement from an audit report, sign it, and verify it; then the tamper
 * suite: a table of cases, each one way of altering the plugin, the
 * envelope, the payload or the signatures, with the message(s) it must
 * produce (or success where the spec says accept).
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/attest.h"
#include "wasmgate/dsse.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

enum mutation {
	M_NONE, M_PLUGIN_BYTE, M_PAYLOAD_BYTE, M_SIG_BYTE, M_OTHER_KEY, M_PAYLOAD_TYPE,
	M_OTHER_SUBJECT, M_DECISION_APPROVE, M_TRUNCATED, M_GARBAGE, M_ZERO_SIGS,
	M_MANY_ONE_TRUSTED, M_MANY_NONE_TRUSTED, M_POLICY, M_STATEMENT_TYPE, M_PREDICATE_TYPE,
	M_VERIFIER_ID, M_NO_DECISION, M_PAYLOAD_NOT_JSON
};

static const struct {
	const char *name;
	enum mutation m;
	wg_decision audited;     /* the report's decision */
	int require;             /* -1: any */
	const char *want[3];     /* every line expected; none: must verify */
	size_t num_failures;     /* exact count when not 0 */
} cases[] = {
	{ "genuine", M_NONE, WG_DECISION_APPROVE, WG_DECISION_APPROVE, { NULL }, 0 },
	{ "flag-accepted-by-require-flag", M_NONE, WG_DECISION_FLAG, WG_DECISION_FLAG, { NULL }, 0 },
	{ "reject-accepted-by-any", M_NONE, WG_DECISION_REJECT, -1, { NULL }, 0 },
	{ "plugin-byte", M_PLUGIN_BYTE, WG_DECISION_APPROVE, 0,
	  { "does not match the attested subject 'hello'" }, 1 },
	{ "payload-byte", M_PAYLOAD_BYTE, WG_DECISION_APPROVE, 0,
	  { "does not verify: the payload or the signature was altered" }, 1 },
	{ "signature-byte", M_SIG_BYTE, WG_DECISION_APPROVE, 0,
	  { "does not verify: the payload or the signature was altered" }, 1 },
	{ "other-key", M_OTHER_KEY, WG_DECISION_APPROVE, 0, { "not signed by a trusted key" }, 1 },
	{ "payload-type", M_PAYLOAD_TYPE, WG_DECISION_APPROVE, 0,
	  { "payloadType is 'application/json', expected 'application/vnd.in-toto+json'",
	    "does not verify" }, 2 },
	{ "other-subject", M_OTHER_SUBJECT, WG_DECISION_APPROVE, 0,
	  { "does not match the attested subject 'other'" }, 1 },
	{ "decision-to-approve", M_DECISION_APPROVE, WG_DECISION_REJECT, 0,
	  { "does not verify", "decision 'approve' contradicts verificationResult 'FAILED'" }, 2 },
	{ "truncated-json", M_TRUNCATED, WG_DECISION_APPROVE, 0, { "envelope is not valid JSON" }, 1 },
	{ "garbage", M_GARBAGE, WG_DECISION_APPROVE, 0, { "envelope is not valid JSON" }, 1 },
	{ "zero-signatures", M_ZERO_SIGS, WG_DECISION_APPROVE, 0, { "envelope has no signatures" }, 1 },
	{ "many-one-trusted", M_MANY_ONE_TRUSTED, WG_DECISION_APPROVE, 0, { NULL }, 0 },
	{ "many-none-trusted", M_MANY_NONE_TRUSTED, WG_DECISION_APPROVE, 0,
	  { "none of the 3 signatures is by a trusted key" }, 1 },
	{ "require-approve-got-reject", M_NONE, WG_DECISION_REJECT, WG_DECISION_APPROVE,
	  { "decision is 'reject', but 'approve' is required" }, 1 },
	{ "require-approve-got-flag", M_NONE, WG_DECISION_FLAG, WG_DECISION_APPROVE,
	  { "decision is 'flag', but 'approve' is required" }, 1 },
	{ "policy-digest", M_POLICY, WG_DECISION_APPROVE, 0, { "attested rules digest" }, 1 },
	{ "statement-type", M_STATEMENT_TYPE, WG_DECISION_APPROVE, 0, { "statement _type is" }, 1 },
	{ "predicate-type", M_PREDICATE_TYPE, WG_DECISION_APPROVE, 0, { "predicateType is 'x'" }, 1 },
	{ "verifier-id", M_VERIFIER_ID, WG_DECISION_APPROVE, 0, { "verifier.id is" }, 1 },
	{ "no-decision", M_NO_DECISION, WG_DECISION_APPROVE, 0, { "no valid wasmgate.decision" }, 1 },
	{ "payload-not-json", M_PAYLOAD_NOT_JSON, WG_DECISION_APPROVE, 0,
	  { "payload is not valid JSON" }, 1 },
};

static const char *const HELLO = "(module (memory (export \"memory\") 1 2))";
static const char *const OTHER = "(module (memory (export \"memory\") 1 3))";

typedef struct {
	wg_key *trusted, *untrusted[3];
	wg_policy policy;
	char *hello, *other;
} fixture;

static void fixture_init(fixture *f)
{
	memset(f, 0, sizeof(*f));
	ck_assert(wg_key_generate(&f->trusted) == 0);
	for (int i = 0; i < 3; i++)
		ck_assert(wg_key_generate(&f->untrusted[i]) == 0);
	f->policy.version = 1;
	f->policy.name = "default";
	f->policy.path = "rules/default.yml";
	wg_sha256("rules", 5, f->policy.sha256);
	f->hello = wg_test_wat("hello", HELLO);
	f->other = wg_test_wat("other", OTHER);
}

static void fixture_free(fixture *f)
{
	wg_key_free(f->trusted);
	for (int i = 0; i < 3; i++)
		wg_key_free(f->untrusted[i]);
	free(f->hello);
	free(f->other);
}

static json_t *statement(fixture *f, const char *plugin, const char *path, wg_decision d)
{
	wg_report r = { .version = 1, .plugin = (char *)plugin, .path = (char *)path,
			.decision = d };
	json_t *st = NULL;

	r.counts[WG_SEV_ERROR] = d == WG_DECISION_REJECT;
	r.counts[WG_SEV_WARNING] = d == WG_DECISION_FLAG;
	ck_assert_msg(wg_attestation_build(&r, &f->policy, NULL, &st) == 0, "%s", wg_error_last());
	return st;
}

static char *sign_with(json_t *st, const wg_key *const *keys, size_t n)
{
	char *payload = json_dumps(st, JSON_COMPACT | JSON_SORT_KEYS), *env = NULL;

	ck_assert(wg_dsse_sign(WG_DSSE_INTOTO_TYPE, payload, strlen(payload), keys, n, &env) == 0);
	free(payload);
	return env;
}

/* Replace a top-level field of the envelope JSON text. */
static char *env_set(char *env, const char *key, json_t *value)
{
	json_t *j = json_loads(env, 0, NULL);
	char *out;

	ck_assert(j != NULL);
	json_object_set_new(j, key, value);
	out = json_dumps(j, JSON_INDENT(2));
	json_decref(j);
	free(env);
	return out;
}

/* Put `payload` bytes into the envelope, keeping its signatures. */
static char *env_set_payload(char *env, const char *payload)
{
	size_t n = sodium_base64_ENCODED_LEN(strlen(payload), sodium_base64_VARIANT_ORIGINAL);
	char *b64 = malloc(n);

	sodium_bin2base64(b64, n, (const uint8_t *)payload, strlen(payload),
			  sodium_base64_VARIANT_ORIGINAL);
	env = env_set(env, "payload", json_string(b64));
	free(b64);
	return env;
}

static char *resigned(fixture *f, json_t *st)
{
	char *env = sign_with(st, (const wg_key *const *)&f->trusted, 1);
	json_decref(st);
	return env;
}

static char *mutate_statement(fixture *f, enum mutation m, json_t *st, char *env)
{
	json_t *pred = json_object_get(st, "predicate"), *wg = json_object_get(pred, "wasmgate");
	char *payload;

	switch (m) {
	case M_DECISION_APPROVE:        /* the attacker's edit, without the key */
		json_object_set_new(wg, "decision", json_string("approve"));
		payload = json_dumps(st, JSON_COMPACT | JSON_SORT_KEYS);
		env = env_set_payload(env, payload);
		free(payload);
		return env;
	case M_STATEMENT_TYPE:
		json_object_set_new(st, "_type", json_string("https://in-toto.io/Statement/v0.1"));
		break;
	case M_PREDICATE_TYPE:
		json_object_set_new(st, "predicateType", json_string("x"));
		break;
	case M_VERIFIER_ID:
		json_object_set_new(json_object_get(pred, "verifier"), "id", json_string("evil"));
		break;
	case M_NO_DECISION:
		json_object_del(wg, "decision");
		break;
	default:
		ck_abort_msg("not a statement mutation");
	}
	free(env);
	return resigned(f, json_incref(st));
}

static char *mutate(fixture *f, enum mutation m, json_t *st, char *env)
{
	json_t *sigs;
	char *p;

	switch (m) {
	case M_NONE: case M_PLUGIN_BYTE: case M_POLICY:
		return env;
	case M_PAYLOAD_BYTE:
		p = json_dumps(st, JSON_COMPACT | JSON_SORT_KEYS);
		strstr(p, "\"timeVerified\":\"")[16] ^= 1;   /* one byte: a digit of the year */
		env = env_set_payload(env, p);
		free(p);
		return env;
	case M_SIG_BYTE:
		p = strstr(env, "\"sig\": \"") + 9;
		*p = *p == 'A' ? 'B' : 'A';
		return env;
	case M_OTHER_KEY:
		free(env);
		return sign_with(st, (const wg_key *const *)&f->untrusted[0], 1);
	case M_PAYLOAD_TYPE:
		return env_set(env, "payloadType", json_string("application/json"));
	case M_OTHER_SUBJECT:
		free(env);
		return resigned(f, statement(f, "other", f->other, WG_DECISION_APPROVE));
	case M_TRUNCATED:
		env[strlen(env) / 2] = 0;
		return env;
	case M_GARBAGE:
		free(env);
		return wg_strdup("\x01\x02 this is not an envelope");
	case M_ZERO_SIGS:
		return env_set(env, "signatures", json_array());
	case M_MANY_ONE_TRUSTED: case M_MANY_NONE_TRUSTED: {
		const wg_key *keys[3] = { f->untrusted[0], f->untrusted[1],
					  m == M_MANY_ONE_TRUSTED ? f->trusted : f->untrusted[2] };
		free(env);
		env = sign_with(st, keys, 3);
		sigs = json_loads(env, 0, NULL);
		ck_assert_uint_eq(json_array_size(json_object_get(sigs, "signatures")), 3);
		json_decref(sigs);
		return env;
	}
	case M_PAYLOAD_NOT_JSON:
		free(env);
		ck_assert(wg_dsse_sign(WG_DSSE_INTOTO_TYPE, "{not json", 9,
				       (const wg_key *const *)&f->trusted, 1, &env) == 0);
		return env;
	default:
		return mutate_statement(f, m, st, env);
	}
}

START_TEST(tamper)
{
	fixture f;
	wg_verify_options o = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result res;
	wg_file_view v;
	uint8_t *wasm, other_policy[32];
	json_t *st;
	char *env;
	int rc;

	fixture_init(&f);
	st = statement(&f, "hello", f.hello, cases[_i].audited);
	env = sign_with(st, (const wg_key *const *)&f.trusted, 1);
	env = mutate(&f, cases[_i].m, st, env);
	ck_assert(wg_file_view_open(&v, f.hello, 0) == 0);
	wasm = malloc(v.size);
	memcpy(wasm, v.data, v.size);
	if (cases[_i].m == M_PLUGIN_BYTE)
		wasm[v.size - 1] ^= 1;
	o.has_require = cases[_i].require >= 0;
	o.require = cases[_i].require >= 0 ? (wg_decision)cases[_i].require : WG_DECISION_APPROVE;
	wg_sha256("other rules", 11, other_policy);
	o.policy_sha256 = cases[_i].m == M_POLICY ? other_policy : f.policy.sha256;
	rc = wg_attestation_verify(env, strlen(env), (const wg_key *const *)&f.trusted, 1,
				   wasm, v.size, NULL, &o, &res);
	if (!cases[_i].want[0]) {
		ck_assert_msg(rc == 0, "%s: %s", cases[_i].name, wg_error_last());
		ck_assert(res.signature_ok && res.has_decision && res.num_failures == 0);
		ck_assert_str_eq(res.signer_keyid, wg_key_id(f.trusted));
		ck_assert_str_eq(res.subject_name, "hello");
		ck_assert_uint_eq(res.decision, cases[_i].audited);
	} else {
		ck_assert_msg(rc == WG_EVERIFY, "%s: rc %d", cases[_i].name, rc);
		for (int w = 0; w < 3 && cases[_i].want[w]; w++) {
			bool found = false;
			for (size_t j = 0; j < res.num_failures; j++)
				found |= strstr(res.failures[j], cases[_i].want[w]) != NULL;
			ck_assert_msg(found, "%s: no failure says '%s' (first: '%s')", cases[_i].name,
				      cases[_i].want[w], res.num_failures ? res.failures[0] : "");
		}
		if (cases[_i].num_failures)
			ck_assert_msg(res.num_failures == cases[_i].num_failures,
				      "%s: %zu failures, first '%s'", cases[_i].name,
				      res.num_failures, res.failures[0]);
		ck_assert_str_eq(wg_error_last(), res.failures[0]);
	}
	wg_attestation_result_free(&res);
	free(wasm);
	wg_file_view_close(&v);
	json_decref(st);
	free(env);
	fixture_free(&f);
}
END_TEST

/* The statement says what the spec and the issue ask for, independently of verify. */
START_TEST(statement_shape)
{
	fixture f;
	wg_waiver w = { .rule = "WG1011", .plugin = "*", .item = "*", .reason = "ok",
			.approved_by = "@rev", .expires_text = "2099-12-31" };
	wg_finding fd = { .item = "memory 0", .waiver = &w };
	wg_report r = { .version = 1, .plugin = "hello", .decision = WG_DECISION_FLAG,
			.findings = &fd, .num_findings = 1, .num_waived = 1 };
	wg_attestation_options o = WG_ATTESTATION_OPTIONS_INIT;
	uint8_t sarif_sha[32], file_sha[32];
	char hex[65];
	json_t *st, *p;

	fixture_init(&f);
	r.path = f.hello;
	r.counts[WG_SEV_WARNING] = 2;
	o.sarif_uri = "out/audit.sarif";
	wg_sha256("sarif", 5, sarif_sha);
	o.sarif_sha256 = sarif_sha;
	o.time = 86400 * 365;             /* 1971-01-01T00:00:00Z */
	ck_assert(wg_attestation_build(&r, &f.policy, &o, &st) == 0);
	ck_assert_str_eq(json_string_value(json_object_get(st, "_type")), "https://in-toto.io/Statement/v1");
	ck_assert_str_eq(json_string_value(json_object_get(st, "predicateType")),
			 "https://slsa.dev/verification_summary/v1");
	ck_assert(wg_sha256_file(f.hello, file_sha) == 0);
	wg_hex(file_sha, 32, hex);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(
		json_array_get(json_object_get(st, "subject"), 0), "digest"), "sha256")), hex);
	p = wg_attestation_predicate(st);
	ck_assert_str_eq(json_string_value(json_object_get(p, "verificationResult")), "FAILED");
	ck_assert_str_eq(json_string_value(json_object_get(p, "timeVerified")), "1971-01-01T00:00:00Z");
	ck_assert_str_eq(json_string_value(json_object_get(p, "resourceUri")), f.hello);
	ck_assert_str_eq(json_string_value(json_object_get(json_object_get(p, "policy"), "uri")),
			 "rules/default.yml");
	ck_assert(json_array_size(json_object_get(p, "verifiedLevels")) == 0);
	{
		json_t *wg = json_object_get(p, "wasmgate");
		json_t *wv = json_array_get(json_object_get(wg, "waivers"), 0);
		wg_hex(sarif_sha, 32, hex);
		ck_assert_str_eq(json_string_value(json_object_get(wg, "decision")), "flag");
		ck_assert_int_eq(json_integer_value(json_object_get(json_object_get(wg, "counts"),
								      "warning")), 2);
		ck_assert_int_eq(json_integer_value(json_object_get(wg, "waived")), 1);
		ck_assert_str_eq(json_string_value(json_object_get(json_object_get(json_object_get(
			wg, "sarif"), "digest"), "sha256")), hex);
		ck_assert_str_eq(json_string_value(json_object_get(wv, "approved_by")), "@rev");
		ck_assert_str_eq(json_string_value(json_object_get(wv, "expires")), "2099-12-31");
		ck_assert_str_eq(json_string_value(json_object_get(wv, "item")), "memory 0");
	}
	json_decref(st);
	fixture_free(&f);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("attest_verify");
	TCase *tc = tcase_create("verify");

	tcase_add_test(tc, statement_shape);
	tcase_add_loop_test(tc, tamper, 0, sizeof(cases) / sizeof(cases[0]));
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
