/*
 * hash.c - SHA-256 through nettle (its x86-64 SHA-NI / assembly code,
 * picked at run time: ~5x libsodium's portable C on a large module, with
 * no start-up cost), one-shot and streaming (downloads hash while they
 * arrive); hex encoding through libsodium; small string helpers (globs
 * with fnmatch(3), base names).  The one SHA-256 of the whole project.
 */
#include "util/util.h"

#include <fnmatch.h>
#include <nettle/sha2.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

void wg_sha256(const void *data, size_t len, uint8_t out[32])
{
	struct sha256_ctx c;

	sha256_init(&c);
	sha256_update(&c, len, data);
	sha256_digest(&c, SHA256_DIGEST_SIZE, out);
}

struct wg_sha256_ctx {
	struct sha256_ctx n;
};

wg_sha256_ctx *wg_sha256_new(void)
{
	wg_sha256_ctx *c = calloc(1, sizeof(*c));

	if (c)
		sha256_init(&c->n);
	return c;
}

void wg_sha256_update(wg_sha256_ctx *c, const void *data, size_t len)
{
	sha256_update(&c->n, len, data);
}

void wg_sha256_final(wg_sha256_ctx *c, uint8_t out[32])
{
	sha256_digest(&c->n, SHA256_DIGEST_SIZE, out);
}

void wg_sha256_free(wg_sha256_ctx *c)
{
	free(c);
}

void wg_hex(const uint8_t *in, size_t len, char *out)
{
	sodium_bin2hex(out, 2 * len + 1, in, len);
}

int wg_sha256_file(const char *path, uint8_t out[32])
{
	wg_file_view v;
	int rc = wg_file_view_open(&v, path, 0);

	if (rc)
		return rc;
	wg_sha256(v.data, v.size, out);
	wg_file_view_close(&v);
	return 0;
}

int wg_glob_match(const char *pattern, const char *s)
{
	return fnmatch(pattern, s, 0) == 0;
}

int wg_glob_valid(const char *pattern)
{
	const char *p = pattern;

	if (!*p)
		return 0;
	for (; *p; p++) {
		if (*p == '\\') {
			if (!p[1])
				return 0;
			p++;
		} else if (*p == '[') {
			const char *q = p + 1;
			if (*q == '!' || *q == '^')
				q++;
			if (*q == ']')
				q++;
			while (*q && *q != ']')
				q++;
			if (!*q)
				return 0;
			p = q;
		}
	}
	return 1;
}

char *wg_basename_noext(const char *path, const char *suffix)
{
	const char *b = strrchr(path, '/');
	size_t n, sl = suffix ? strlen(suffix) : 0;

	b = b ? b + 1 : path;
	n = strlen(b);
	if (sl && n > sl && strcmp(b + n - sl, suffix) == 0)
		n -= sl;
	return wg_strndup(b, n);
}
