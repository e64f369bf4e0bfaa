/*
 * error.c - the thread's last error message (wg_error_last) and the
 * library version.  Every failing library call sets it exactly once with a
 * one-line message; the CLI prints it.
 */
#include "wasmgate/common.h"
#include "wasmgate/version.h"

#include <stdarg.h>
#include <stdio.h>

static _Thread_local char last_error[1024];

const char *wg_error_last(void)
{
	return last_error;
}

int wg_error_set(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(last_error, sizeof(last_error), fmt, ap);
	va_end(ap);
	return code;
}

void wg_error_clear(void)
{
	last_error[0] = '\0';
}

const char *wg_version(void)
{
	return WG_VERSION;
}
