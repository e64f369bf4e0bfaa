/*
 * hash.c - SHA-256, hex encoding, and small string helpers (globs with
 * fnmatch(3), base names).
 *
 * SHA-256 is OpenSSL's (libcrypto's EVP sha256: SHA-NI or AVX2 code picked
 * at run time, ~5x libsodium's portable C on a 256 KiB plugin here), the
 * one implementation for the whole project.  The digest is fetched once;
 * should libcrypto fail to give one (or fail a call), libsodium's
 * crypto_hash_sha256 computes the same digest, so wg_sha256() cannot fail.
 */
#include "util/util.h"

#include <fnmatch.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

static pthread_once_t md_once = PTHREAD_ONCE_INIT;
static EVP_MD *md;

static void md_fetch(void)
{
	md = EVP_MD_fetch(NULL, "SHA2-256", NULL);
}

static const EVP_MD *sha256_md(void)
{
	pthread_once(&md_once, md_fetch);
	return md;
}

void wg_sha256(const void *data, size_t len, uint8_t out[32])
{
	const EVP_MD *m = sha256_md();
	unsigned int n = 0;

	if (!m || !EVP_Digest(data, len, out, &n, m, NULL) || n != 32)
		crypto_hash_sha256(out, data, len);
}

struct wg_sha256_ctx {
	EVP_MD_CTX *evp;              /* NULL: libsodium's state below */
	crypto_hash_sha256_state na;
	bool failed;                  /* an EVP update failed: final() says so */
};

wg_sha256_ctx *wg_sha256_new(void)
{
	wg_sha256_ctx *c = calloc(1, sizeof(*c));
	const EVP_MD *m = sha256_md();

	if (!c)
		return NULL;
	if (m && (c->evp = EVP_MD_CTX_new()) && !EVP_DigestInit_ex(c->evp, m, NULL)) {
		EVP_MD_CTX_free(c->evp);
		c->evp = NULL;
	}
	crypto_hash_sha256_init(&c->na);
	return c;
}

void wg_sha256_update(wg_sha256_ctx *c, const void *data, size_t len)
{
	if (!c->evp)
		crypto_hash_sha256_update(&c->na, data, len);
	else if (!EVP_DigestUpdate(c->evp, data, len))
		c->failed = true;
}

int wg_sha256_final(wg_sha256_ctx *c, uint8_t out[32])
{
	unsigned int n = 0;

	if (!c->evp)
		return crypto_hash_sha256_final(&c->na, out) ? WG_EIO : 0;
	if (c->failed || !EVP_DigestFinal_ex(c->evp, out, &n) || n != 32)
		return wg_error_set(WG_EIO, "SHA-256 (libcrypto) failed");
	return 0;
}

void wg_sha256_free(wg_sha256_ctx *c)
{
	if (c)
		EVP_MD_CTX_free(c->evp);
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
