/*
 * test_attest_waivers.c - an attestation records the waivers its decision
 * depended on (rule, item, approver, expiry, the finding's severity), and
 * wg_attestation_verify() with waivers_expire judges them at opts.now: a
 * waiver is valid through its expiry day (UTC); once it has expired its
 * finding counts again (warning -> flag, error -> reject, note -> nothing)
 * and an approval that needed it fails a `require` it no longer meets.
 * A table of cases; expected results from what an expired waiver means.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/attest.h"
#include "wasmgate/dsse.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *expires;
	wg_severity severity;
} wv;

static const struct {
	const char *name;
	wv waivers[3];
	size_t num;
	const char *today;           /* opts.now: 12:00 UTC that day */
	int require;                 /* -1: any */
	bool waivers_expire;
	size_t expired;              /* how many are expired then */
	wg_decision now;             /* decision_now */
	size_t failures;             /* expired-waiver failure lines */
} cases[] = {
	{ "valid", { { "2027-03-31", WG_SEV_WARNING } }, 1, "2027-03-01", 0, true, 0, WG_DECISION_APPROVE, 0 },
	{ "last-day", { { "2027-03-31", WG_SEV_WARNING } }, 1, "2027-03-31", 0, true, 0, WG_DECISION_APPROVE, 0 },
	{ "day-after", { { "2027-03-31", WG_SEV_WARNING } }, 1, "2027-04-01", 0, true, 1, WG_DECISION_FLAG, 1 },
	{ "error-waiver", { { "2027-03-31", WG_SEV_ERROR } }, 1, "2028-01-01", 0, true, 1, WG_DECISION_REJECT, 1 },
	{ "note-waiver", { { "2027-03-31", WG_SEV_NOTE } }, 1, "2028-01-01", 0, true, 1, WG_DECISION_APPROVE, 0 },
	{ "require-flag-accepts", { { "2027-03-31", WG_SEV_WARNING } }, 1, "2028-01-01", 1, true, 1, WG_DECISION_FLAG, 0 },
	{ "require-flag-error", { { "2027-03-31", WG_SEV_ERROR } }, 1, "2028-01-01", 1, true, 1, WG_DECISION_REJECT, 1 },
	{ "require-any", { { "2027-03-31", WG_SEV_ERROR } }, 1, "2028-01-01", -1, true, 1, WG_DECISION_REJECT, 0 },
	{ "not-asked", { { "2027-03-31", WG_SEV_WARNING } }, 1, "2028-01-01", 0, false, 1, WG_DECISION_FLAG, 0 },
	{ "one-of-three", { { "2099-01-01", WG_SEV_WARNING }, { "2026-12-01", WG_SEV_WARNING },
			    { "2099-01-01", WG_SEV_ERROR } }, 3, "2026-12-02", 0, true, 1, WG_DECISION_FLAG, 1 },
	{ "two-expired", { { "2026-01-01", WG_SEV_WARNING }, { "2026-02-01", WG_SEV_ERROR } }, 2,
	  "2026-12-02", 0, true, 2, WG_DECISION_REJECT, 2 },
};

static const wg_rule_info rule = { .id = "WG1011", .name = "memory-no-maximum" };

static char *envelope_for(const wg_key *key, const char *wasm_path, const wv *ws, size_t n,
			  wg_waiver *wstore, wg_finding *fstore)
{
	wg_report r = { .version = 1, .plugin = "grow", .path = (char *)wasm_path,
			.decision = WG_DECISION_APPROVE };
	wg_policy p = { .version = 1, .name = "rules", .path = "r.yml" };
	json_t *st = NULL;
	char *env = NULL;

	for (size_t i = 0; i < n; i++) {
		memset(&wstore[i], 0, sizeof(wstore[i]));
		wstore[i].rule = "WG1011";
		wstore[i].reason = "host caps it";
		wstore[i].approved_by = "@alice";
		memcpy(wstore[i].expires_text, ws[i].expires, 11);
		memset(&fstore[i], 0, sizeof(fstore[i]));
		fstore[i].rule = &rule;
		fstore[i].severity = ws[i].severity;
		fstore[i].item = "memory 0";
		fstore[i].waiver = &wstore[i];
	}
	r.findings = fstore;
	r.num_findings = n;
	r.num_waived = n;
	ck_assert_msg(wg_attestation_build(&r, &p, NULL, &st) == 0, "%s", wg_error_last());
	ck_assert(wg_attestation_sign(st, key, &env) == 0);
	json_decref(st);
	return env;
}

static time_t noon(const char *day)
{
	struct tm tm = { 0 };

	ck_assert(strptime(day, "%Y-%m-%d", &tm) != NULL);
	tm.tm_hour = 12;
	return timegm(&tm);
}

START_TEST(expired_waivers)
{
	wg_key *key = NULL;
	char *wasm = wg_test_wat("grow", "(module (memory (export \"memory\") 1))");
	wg_waiver ws[3];
	wg_finding fs[3];

	ck_assert(wg_key_generate(&key) == 0);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *env = envelope_for(key, wasm, cases[i].waivers, cases[i].num, ws, fs), *data = NULL;
		size_t len = 0, failures = 0;
		wg_verify_options o = WG_VERIFY_OPTIONS_INIT;
		wg_attestation_result res;
		int rc;

		ck_assert(wg_file_read(wasm, 0, &data, &len) == 0);
		o.has_require = cases[i].require >= 0;
		o.require = cases[i].require >= 0 ? (wg_decision)cases[i].require : WG_DECISION_APPROVE;
		o.waivers_expire = cases[i].waivers_expire;
		o.now = noon(cases[i].today);
		rc = wg_attestation_verify(env, strlen(env), (const wg_key *const *)&key, 1,
					   (const uint8_t *)data, len, NULL, &o, &res);
		for (size_t k = 0; k < res.num_failures; k++)
			failures += strstr(res.failures[k], "the approval depended on a waiver") != NULL;
		ck_assert_msg(res.num_waivers == cases[i].num, "%s: %zu waivers", cases[i].name, res.num_waivers);
		ck_assert_msg(res.num_expired == cases[i].expired, "%s: %zu expired", cases[i].name,
			      res.num_expired);
		ck_assert_msg(res.decision_now == cases[i].now, "%s: decision now %d", cases[i].name,
			      (int)res.decision_now);
		ck_assert_msg(failures == cases[i].failures && res.num_failures == failures,
			      "%s: %zu failures (%s)", cases[i].name, res.num_failures,
			      res.num_failures ? res.failures[0] : "");
		ck_assert_int_eq(rc, failures ? WG_EVERIFY : 0);
		ck_assert_str_eq(res.waivers[0].approved_by, "@alice");
		ck_assert_str_eq(res.waivers[0].item, "memory 0");
		ck_assert_str_eq(res.waivers[0].expires, cases[i].waivers[0].expires);
		ck_assert_int_eq(res.waivers[0].severity, cases[i].waivers[0].severity);
		wg_attestation_result_free(&res);
		free(data);
		free(env);
	}
	wg_key_free(key);
	free(wasm);
}
END_TEST

/* An attestation without severities (older wasmgate) or with a broken
 * date: fail closed, as an error waiver / an expired one. */
START_TEST(old_and_broken_entries)
{
	wg_key *key = NULL;
	char *wasm = wg_test_wat("grow", "(module (memory (export \"memory\") 1))"), *data = NULL;
	const char *payload_fmt = "{\"_type\":\"" WG_INTOTO_STATEMENT_V1 "\",\"predicateType\":\""
		WG_SLSA_VSA_V1 "\",\"subject\":[{\"name\":\"grow\",\"digest\":{\"sha256\":\"%s\"}}],"
		"\"predicate\":{\"verifier\":{\"id\":\"" WG_VERIFIER_ID "\"},\"verificationResult\":"
		"\"PASSED\",\"wasmgate\":{\"decision\":\"approve\",\"waivers\":[{\"rule\":\"WG1011\","
		"\"item\":\"memory 0\",\"expires\":\"2099-01-01\"},{\"rule\":\"WG1041\",\"item\":\"x\","
		"\"expires\":\"someday\",\"severity\":\"warning\"}]}}}";
	uint8_t sha[32];
	char hex[65], *payload, *env = NULL;
	size_t len = 0;
	wg_verify_options o = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result res;

	ck_assert(wg_key_generate(&key) == 0);
	ck_assert(wg_file_read(wasm, 0, &data, &len) == 0);
	wg_sha256(data, len, sha);
	wg_hex(sha, 32, hex);
	payload = wg_asprintf(payload_fmt, hex);
	ck_assert(wg_dsse_sign(WG_DSSE_INTOTO_TYPE, payload, strlen(payload),
			       (const wg_key *const *)&key, 1, &env) == 0);
	o.waivers_expire = true;
	o.now = noon("2030-01-01");
	ck_assert_int_eq(wg_attestation_verify(env, strlen(env), (const wg_key *const *)&key, 1,
					       (const uint8_t *)data, len, NULL, &o, &res), WG_EVERIFY);
	ck_assert_uint_eq(res.num_waivers, 2);
	ck_assert_int_eq(res.waivers[0].severity, WG_SEV_ERROR);   /* not recorded: error */
	ck_assert(!res.waivers[0].expired);
	ck_assert(res.waivers[1].expired);                         /* no date: expired */
	ck_assert_str_eq(res.waivers[1].expires, "");
	ck_assert_int_eq(res.decision_now, WG_DECISION_FLAG);
	ck_assert_uint_eq(res.num_failures, 1);
	wg_attestation_result_free(&res);
	free(payload);
	free(env);
	free(data);
	free(wasm);
	wg_key_free(key);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("attest_waivers");
	TCase *tc = tcase_create("waivers");

	tcase_add_test(tc, expired_waivers);
	tcase_add_test(tc, old_and_broken_entries);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
