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

#endif
