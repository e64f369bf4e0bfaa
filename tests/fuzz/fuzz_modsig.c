/*
 * fuzz_modsig.c - fuzz target: embedded module signatures (engine/attest,
 * modsig.h), which parse a module's sections and its "signature" section.
 *
 * Bytes -> wg_modsig_verify() against a key made at start-up, which no
 * input can have signed: never WG_OK.  Then wg_modsig_sign() with that key;
 * when it signs, the signed module must verify, and signing it again must
 * give the same bytes (the old signature section is replaced).
 */
#include "fuzz.h"
#include "wasmgate/modsig.h"

#include <stdlib.h>
#include <string.h>

static wg_key *key;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	FUZZ_CHECK(wg_key_generate(&key) == WG_OK, "a key is made");
	return 0;
}

static void check_signed(const uint8_t *s, size_t len)
{
	const wg_key *keys[1] = { key };
	const wg_key *signer = NULL;
	uint8_t *again = NULL;
	size_t again_len = 0;

	FUZZ_CHECK(wg_modsig_verify(s, len, "signed.wasm", keys, 1, &signer) == WG_OK &&
		   signer == key, "a module we signed verifies");
	FUZZ_CHECK(wg_modsig_sign(s, len, "signed.wasm", key, &again, &again_len) == WG_OK,
		   "a module we signed can be signed again");
	/* Ed25519 is deterministic and the old signature section is replaced */
	FUZZ_CHECK(again_len == len && !memcmp(again, s, len), "re-signing gives the same bytes");
	free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const wg_key *keys[1] = { key };
	const wg_key *signer = NULL;
	uint8_t *s = NULL;
	size_t len = 0;

	FUZZ_CHECK(wg_modsig_verify(data, size, "fuzz.wasm", keys, 1, &signer) != WG_OK,
		   "no input is signed by a fresh key");
	if (wg_modsig_sign(data, size, "fuzz.wasm", key, &s, &len) == WG_OK) {
		check_signed(s, len);
		free(s);
	}
	return 0;
}
