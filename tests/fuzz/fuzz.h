/*
 * fuzz.h - what every fuzz target in tests/fuzz/ provides: the libFuzzer
 * entry points.  The same target files link either with libFuzzer (clang,
 * -fsanitize=fuzzer) or with replay.c, a plain main() that feeds files to
 * them, so regression inputs run in the ordinary test suite with any
 * compiler (and under WG_SANITIZE / valgrind).
 */
#ifndef WG_FUZZ_H
#define WG_FUZZ_H

#include "wasmgate/common.h"
#include "wasmgate/policy.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* An invariant of the code under test: on failure say which (and the last
 * error message), then abort so libFuzzer / the replay test report it. */
#define FUZZ_CHECK(cond, what)                                               \
	do {                                                                 \
		if (!(cond)) {                                               \
			fprintf(stderr, "%s:%d: invariant failed: %s (last error: \"%s\")\n", \
				__FILE__, __LINE__, what, wg_error_last());  \
			abort();                                             \
		}                                                            \
	} while (0)

#ifndef WG_FUZZ_RULES
#define WG_FUZZ_RULES "rules/default.yml"
#endif

/* The rules the audit targets judge with: $WG_FUZZ_RULES, else
 * WG_FUZZ_RULES (the build sets the source tree's rules/default.yml);
 * aborts when they do not load. */
static inline wg_policy *fuzz_policy_load(void)
{
	const char *path = getenv("WG_FUZZ_RULES");
	wg_policy *p = NULL;

	FUZZ_CHECK(wg_policy_load_file(path ? path : WG_FUZZ_RULES, &p) == WG_OK, "rules/default.yml loads");
	return p;
}

#endif
