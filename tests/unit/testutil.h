/*
 * testutil.h - helpers for the Check unit tests: paths of the source and
 * build trees, compiling .wat text to a real .wasm file with wat2wasm, and
 * temporary directories that are removed at exit.
 */
#ifndef WG_TESTUTIL_H
#define WG_TESTUTIL_H

#include <check.h>
#include <stddef.h>

/* $WG_SRC / $WG_BUILD (set by ctest), or "." */
const char *wg_test_src(void);
/* A fresh temporary directory (removed at exit). */
const char *wg_test_tmpdir(void);
/* Write `text` to TMP/name; returns the path (static storage per call, caller frees). */
char *wg_test_write(const char *name, const char *text, size_t len);
/* Compile WAT `text` with wat2wasm (--enable-all) to TMP/name.wasm; returns its path
 * (caller frees), fails the test when wat2wasm does. */
char *wg_test_wat(const char *name, const char *text);
/* The fixture cases in tests/fixtures/SUBDIR ("" for the folder itself):
 * the names of its files ending in `ext`, without it, sorted, at most
 * `max` (caller frees each).  Returns the count; exits 2 when the folder
 * cannot be read. */
size_t wg_test_cases(const char *subdir, const char *ext, char **names, size_t max);
/* Run a Check suite; returns the process exit code. */
int wg_test_run(Suite *s);

#endif
