/*
 * fuzz_key.c - fuzz target: the PEM key parsers (engine/attest, key.h).
 *
 * Bytes -> wg_key_load_public_pem() and wg_key_load_private_pem().  A key
 * that loads must have a 64-hex-character id, and a loaded private key
 * must sign and verify its own message.  Failures leave *out NULL.
 */
#include "fuzz.h"
#include "wasmgate/key.h"

#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static void check_key(const wg_key *k)
{
	uint8_t sig[WG_SIGNATURE_LEN];

	FUZZ_CHECK(strlen(wg_key_id(k)) == WG_KEY_ID_LEN, "a key id is 64 hex characters");
	if (!wg_key_can_sign(k))
		return;
	FUZZ_CHECK(wg_key_sign(k, "m", 1, sig) == WG_OK &&
		   wg_key_verify(k, "m", 1, sig, sizeof(sig)) == WG_OK,
		   "a loaded private key signs and verifies");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wg_key *k = (wg_key *)&k;  /* must be overwritten */

	if (wg_key_load_public_pem((const char *)data, size, "fuzz.pub", &k) == WG_OK) {
		check_key(k);
		wg_key_free(k);
	} else {
		FUZZ_CHECK(k == NULL, "on error *out is NULL");
	}
	k = (wg_key *)&k;
	if (wg_key_load_private_pem((const char *)data, size, "fuzz.key", &k) == WG_OK) {
		check_key(k);
		wg_key_free(k);
	} else {
		FUZZ_CHECK(k == NULL, "on error *out is NULL");
	}
	return 0;
}
