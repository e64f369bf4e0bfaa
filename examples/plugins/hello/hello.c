/*
 * hello.c - the clean example plugin: writes one greeting to stdout through
 * WASI fd_write (the only import, allowed by rules/default.yml) and returns
 * the WASI errno.  No heap, no growth, nothing a sandbox needs to worry about.
 */
#include <wasi/api.h>

static const char greeting[] = "hello from a wasmgate plugin\n";

int hello(void)
{
	__wasi_ciovec_t iov = {
		.buf = (const uint8_t *)greeting,
		.buf_len = sizeof(greeting) - 1,
	};
	__wasi_size_t written = 0;

	return __wasi_fd_write(1, &iov, 1, &written);
}
