/*
 * fuzz_attest.c - fuzz target: the DSSE envelope parser and the
 * attestation verifier (engine/attest, dsse.h and attest.h).
 *
 * Bytes -> wg_dsse_parse(); a parsed envelope is verified against a key
 * made at start-up, which no input can have signed, so verification must
 * fail with WG_EVERIFY and a message; it is then re-encoded with
 * wg_dsse_pae().  The same bytes then go through wg_attestation_verify()
 * (envelope, statement, subject, predicate checks), which must fail too.
 * Never a crash or a leak, and *out is NULL on failure.
 */
#include "fuzz.h"
#include "wasmgate/attest.h"
#include "wasmgate/dsse.h"

#include <stdlib.h>
#include <string.h>

static wg_key *trusted;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	FUZZ_CHECK(wg_key_generate(&trusted) == WG_OK, "a key is made");
	return 0;
}

static void check_envelope(const wg_dsse_envelope *env)
{
	const wg_key *keys[1] = { trusted };
	const wg_key *signer = NULL;
	uint8_t *pae = NULL;
	size_t pae_len = 0;
	int rc;

	rc = wg_dsse_verify(env, keys, 1, &signer);
	FUZZ_CHECK(rc != WG_OK, "no input is signed by a fresh key");
	FUZZ_CHECK(rc != WG_EVERIFY || wg_error_last()[0], "a failed verification says why");
	if (wg_dsse_pae(env->payload_type, env->payload, env->payload_len,
			&pae, &pae_len) == WG_OK)
		free(pae);
}

static void check_attestation(const uint8_t *data, size_t size)
{
	static const uint8_t wasm[8] = { 0, 'a', 's', 'm', 1, 0, 0, 0 };
	const wg_key *keys[1] = { trusted };
	wg_verify_options opts = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result res;
	int rc;

	memset(&res, 0, sizeof(res));
	rc = wg_attestation_verify((const char *)data, size, keys, 1, wasm, sizeof(wasm),
				   NULL, &opts, &res);
	FUZZ_CHECK(rc != WG_OK && !res.signature_ok, "no attestation is signed by a fresh key");
	wg_attestation_result_free(&res);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wg_dsse_envelope *env = (wg_dsse_envelope *)&env;  /* must be overwritten */

	check_attestation(data, size);
	if (wg_dsse_parse((const char *)data, size, "fuzz.json", &env) != WG_OK) {
		FUZZ_CHECK(env == NULL, "on error *out is NULL");
		return 0;
	}
	FUZZ_CHECK(env && env->payload_type && env->payload, "a parsed envelope is complete");
	check_envelope(env);
	wg_dsse_envelope_free(env);
	return 0;
}
