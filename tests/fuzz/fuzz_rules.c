/*
 * fuzz_rules.c - fuzz target: the YAML rules loader.
 *
 * Bytes -> wg_policy_load_string().  Any input must either load or fail
 * with WG_EPARSE / WG_EINVAL / WG_ELIMIT and a one-line message; never
 * crash, leak, or leave *out set on failure.
 */
#include "fuzz.h"
#include "wasmgate/policy.h"

#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wg_policy *p = (wg_policy *)&p;  /* must be overwritten */
	int rc;

	rc = wg_policy_load_string((const char *)data, size, "fuzz.yml", &p);
	if (rc == WG_OK) {
		FUZZ_CHECK(p != NULL, "a loaded policy is returned");
		wg_policy_free(p);
		return 0;
	}
	FUZZ_CHECK(p == NULL, "on error *out is NULL");
	if (rc == WG_ENOMEM)
		return 0;
	FUZZ_CHECK(wg_error_last()[0] && !strchr(wg_error_last(), '\n'),
		   "the error is one line saying what and where");
	return 0;
}
