/*
 * fuzz_interp.c - fuzz target: the interpreter API on hostile bytes.
 *
 * Bytes -> wg_interp_new() (the engine's reader vets them, then wabt's
 * interpreter instantiates them; small fuel and page limits), then every
 * exported function is called once with zero arguments of its declared
 * types.  Whatever the bytes: no crash, no leak, every failure has a
 * message, and a successful call returns as many results as its signature
 * says.
 */
#include "fuzz.h"
#include "wasmgate/interp.h"
#include "wasmgate/module.h"

#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

static void call_all(wg_interp *in, const wg_module *m)
{
	for (size_t i = 0; i < m->num_exports && i < 64; i++) {
		wg_val_type pt[WG_INTERP_MAX_VALUES];
		wg_val args[WG_INTERP_MAX_VALUES], res[WG_INTERP_MAX_VALUES];
		size_t np = 0, nr = 0, got = 99;
		int rc;

		if (wg_interp_signature(in, m->exports[i].name, pt, &np, NULL, &nr) != WG_OK) {
			FUZZ_CHECK(*wg_error_last(), "a refused signature says why");
			continue;
		}
		memset(args, 0, sizeof(args));
		for (size_t k = 0; k < np; k++)
			args[k].type = pt[k];
		rc = wg_interp_call(in, m->exports[i].name, args, np, res, WG_INTERP_MAX_VALUES, &got);
		FUZZ_CHECK(rc != WG_OK || got == nr, "a call returns what its signature says");
		FUZZ_CHECK(rc == WG_OK || (*wg_error_last() && got == 0), "a failed call says why");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wg_interp_limits lim = WG_INTERP_LIMITS_INIT;
	wg_interp *in = NULL;
	wg_module *m = NULL;
	int rc;

	lim.fuel = 20000;
	lim.max_memory_pages = 16;
	rc = wg_interp_new(data, size, &lim, &in);
	FUZZ_CHECK(rc == WG_OK ? in != NULL : in == NULL && *wg_error_last(),
		   "an instance, or none and a message");
	if (rc != WG_OK)
		return 0;
	if (wg_module_read_mem(data, size, NULL, &m) == WG_OK)
		call_all(in, m);
	wg_module_free(m);
	wg_interp_free(in);
	return 0;
}
