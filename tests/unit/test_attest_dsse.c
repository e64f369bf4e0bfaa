/*
 * test_attest_dsse.c - DSSE (dsse.h): the PAE example of the DSSE spec,
 * sign / parse / verify round trips, and the envelope shapes that must be
 * refused (zero signatures, untrusted keys, altered bytes, bad JSON).
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/dsse.h"

#include <stdlib.h>
#include <string.h>

START_TEST(pae_spec_example)
{
	/* protocol.md: PAE("http://example.com/HelloWorld", "hello world") */
	const char *want = "DSSEv1 29 http://example.com/HelloWorld 11 hello world";
	uint8_t *pae = NULL;
	size_t n = 0;

	ck_assert(wg_dsse_pae("http://example.com/HelloWorld", "hello world", 11, &pae, &n) == 0);
	ck_assert_uint_eq(n, strlen(want));
	ck_assert(memcmp(pae, want, n) == 0);
	free(pae);
	ck_assert(wg_dsse_pae("", "", 0, &pae, &n) == 0);
	ck_assert(n == 12 && memcmp(pae, "DSSEv1 0  0 ", 12) == 0);
	free(pae);
}
END_TEST

static wg_key *newkey(void)
{
	wg_key *k = NULL;

	ck_assert(wg_key_generate(&k) == 0);
	return k;
}

START_TEST(round_trip_and_refusals)
{
	wg_key *a = newkey(), *b = newkey(), *c = newkey();
	const wg_key *both[] = { a, b }, *only_c[] = { c }, *signer = NULL;
	wg_dsse_envelope *env = NULL;
	char *json = NULL;

	ck_assert(wg_dsse_sign("t/x", "{\"k\":1}", 7, both, 2, &json) == 0);
	ck_assert(wg_dsse_parse(json, strlen(json), "e", &env) == 0);
	ck_assert_uint_eq(env->num_sigs, 2);
	ck_assert_str_eq(env->payload_type, "t/x");
	ck_assert(env->payload_len == 7 && !memcmp(env->payload, "{\"k\":1}", 7));
	ck_assert_str_eq(env->sigs[1].keyid, wg_key_id(b));
	/* any trusted key is enough */
	ck_assert(wg_dsse_verify(env, (const wg_key *[]){ b }, 1, &signer) == 0 && signer == b);
	ck_assert(wg_dsse_verify(env, only_c, 1, NULL) == WG_EVERIFY);
	ck_assert(strstr(wg_error_last(), "none of the 2 signatures is by a trusted key"));
	/* altered payload: the trusted key's signature no longer verifies */
	env->payload[3] ^= 1;
	ck_assert(wg_dsse_verify(env, (const wg_key *[]){ a }, 1, NULL) == WG_EVERIFY);
	ck_assert(strstr(wg_error_last(), "does not verify"));
	env->payload[3] ^= 1;
	/* the type is signed too */
	env->payload_type[0] = 'T';
	ck_assert(wg_dsse_verify(env, (const wg_key *[]){ a }, 1, NULL) == WG_EVERIFY);
	env->payload_type[0] = 't';
	/* zero signatures */
	env->num_sigs = 0;
	ck_assert(wg_dsse_verify(env, both, 2, NULL) == WG_EVERIFY);
	ck_assert(strstr(wg_error_last(), "no signatures"));
	env->num_sigs = 2;
	wg_dsse_envelope_free(env);
	free(json);
	wg_key_free(a);
	wg_key_free(b);
	wg_key_free(c);
}
END_TEST

static const struct {
	const char *json, *want;
} bad_envelopes[] = {
	{ "{\"payload\":\"e30=\",\"payloadType\":\"t\",\"signatures\":[", "not valid JSON" },
	{ "garbage", "not valid JSON" },
	{ "[]", "must be a JSON object" },
	{ "{\"payloadType\":\"t\",\"signatures\":[]}", "no \"payload\" string" },
	{ "{\"payload\":\"e30=\",\"signatures\":[]}", "no \"payloadType\" string" },
	{ "{\"payload\":\"e30=\",\"payloadType\":\"t\"}", "no \"signatures\" array" },
	{ "{\"payload\":\"e30\",\"payloadType\":\"t\",\"signatures\":[]}", "payload is not valid base64" },
	{ "{\"payload\":\"e30=\",\"payloadType\":\"t\",\"signatures\":[{\"keyid\":\"k\"}]}",
	  "signatures[0] has no \"sig\" string" },
	{ "{\"payload\":\"e30=\",\"payloadType\":\"t\",\"signatures\":[{\"sig\":\"@@\"}]}",
	  "signatures[0].sig is not valid base64" },
	{ "{\"payload\":\"e30=\",\"payload\":\"e30=\",\"payloadType\":\"t\",\"signatures\":[]}",
	  "duplicate object key" },
};

START_TEST(bad_envelope)
{
	wg_dsse_envelope *env = (wg_dsse_envelope *)1;

	ck_assert(wg_dsse_parse(bad_envelopes[_i].json, strlen(bad_envelopes[_i].json), "E",
				&env) != 0);
	ck_assert(env == NULL);
	ck_assert_msg(strstr(wg_error_last(), bad_envelopes[_i].want), "case %d: '%s'", _i,
		      wg_error_last());
}
END_TEST

int main(void)
{
	Suite *s = suite_create("attest_dsse");
	TCase *tc = tcase_create("dsse");

	tcase_add_test(tc, pae_spec_example);
	tcase_add_test(tc, round_trip_and_refusals);
	tcase_add_loop_test(tc, bad_envelope, 0, sizeof(bad_envelopes) / sizeof(bad_envelopes[0]));
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
