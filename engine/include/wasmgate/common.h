/*
 * common.h - return codes and the last error message, shared by every part.
 *
 * Every library function that can fail returns an int: WG_OK (0) or one of
 * the negative WG_E* codes below.  The message that goes with the last
 * failure in this thread is read with wg_error_last(); it is one line that
 * says what failed and where (file, line:col or byte offset).
 */
#ifndef WASMGATE_COMMON_H
#define WASMGATE_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
	WG_OK = 0,
	WG_ERROR = -1,    /* generic failure */
	WG_ENOMEM = -2,   /* out of memory */
	WG_EIO = -3,      /* file could not be read or written */
	WG_EPARSE = -4,   /* input (YAML, JSON, PEM, ...) is malformed */
	WG_EINVAL = -5,   /* an argument or a value in the input is wrong */
	WG_ELIMIT = -6,   /* a size or count limit was exceeded */
	WG_EVERIFY = -7,  /* a signature, digest or check did not hold */
	WG_EEXISTS = -8   /* refusing to overwrite an existing file */
};

/** The message of the last failure in this thread ("" when none). */
const char *wg_error_last(void);

/** Set the thread's last error (printf-style); returns `code`. */
int wg_error_set(int code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/** Forget the thread's last error. */
void wg_error_clear(void);

/** The library version, e.g. "0.1.0". */
const char *wg_version(void);

#ifdef __cplusplus
}
#endif
#endif
