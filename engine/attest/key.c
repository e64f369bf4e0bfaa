/*
 * key.c - Ed25519 keys (key.h): generation, strict PEM/DER reading and
 * writing, key ids, sign and verify, all through libsodium.
 *
 * Invariants: a wg_key always holds a valid 32-byte public key and its id;
 * `sk` (64 bytes, libsodium layout seed||pk, in sodium_malloc'd memory) is
 * set only for private keys and always matches `pk`.
 */
#include "wasmgate/key.h"
#include "util/util.h"

#include <errno.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct wg_key {
	uint8_t pk[crypto_sign_PUBLICKEYBYTES];
	uint8_t *sk;                       /* NULL for a public key */
	char id[WG_KEY_ID_LEN + 1];
};

/* RFC 8410 DER prefixes. */
static const uint8_t PRIV_V1[16] = { 0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06,
				     0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20 };
static const uint8_t PRIV_V2[16] = { 0x30, 0x51, 0x02, 0x01, 0x01, 0x30, 0x05, 0x06,
				     0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20 };
static const uint8_t PRIV_V2_PUB[3] = { 0x81, 0x21, 0x00 };
static const uint8_t SPKI[12] = { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03,
				  0x2b, 0x65, 0x70, 0x03, 0x21, 0x00 };

#define PEM_MAX (64 * 1024)

static int init_sodium(void)
{
	if (sodium_init() < 0)
		return wg_error_set(WG_ERROR, "libsodium could not be initialised");
	return 0;
}

static wg_key *key_new(const uint8_t pk[32], const uint8_t *seed)
{
	uint8_t der[44], digest[32];
	wg_key *k = wg_calloc(1, sizeof(*k));

	if (!k)
		return NULL;
	if (seed) {
		k->sk = sodium_malloc(crypto_sign_SECRETKEYBYTES);
		if (!k->sk) {
			free(k);
			wg_error_set(WG_ENOMEM, "out of memory (secure key storage)");
			return NULL;
		}
		crypto_sign_seed_keypair(k->pk, k->sk, seed);
	} else {
		memcpy(k->pk, pk, sizeof(k->pk));
	}
	memcpy(der, SPKI, sizeof(SPKI));
	memcpy(der + sizeof(SPKI), k->pk, 32);
	wg_sha256(der, sizeof(der), digest);
	wg_hex(digest, sizeof(digest), k->id);
	return k;
}

void wg_key_free(wg_key *k)
{
	if (!k)
		return;
	if (k->sk)
		sodium_free(k->sk);
	sodium_memzero(k, sizeof(*k));
	free(k);
}

int wg_key_generate(wg_key **out)
{
	uint8_t seed[crypto_sign_SEEDBYTES];
	int rc = init_sodium();

	*out = NULL;
	if (rc)
		return rc;
	randombytes_buf(seed, sizeof(seed));
	*out = key_new(NULL, seed);
	sodium_memzero(seed, sizeof(seed));
	return *out ? 0 : WG_ENOMEM;
}

/* Name the algorithm of a DER key that is not Ed25519, for the message. */
static const char *der_algorithm(const uint8_t *der, size_t len)
{
	static const struct { const char *name; uint8_t oid[11]; size_t n; } algs[] = {
		{ "RSA", { 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01 }, 11 },
		{ "EC", { 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01 }, 9 },
		{ "Ed448", { 0x06, 0x03, 0x2b, 0x65, 0x71 }, 5 },
		{ "X25519", { 0x06, 0x03, 0x2b, 0x65, 0x6e }, 5 },
		{ "X448", { 0x06, 0x03, 0x2b, 0x65, 0x6f }, 5 },
	};

	for (size_t i = 0; i < sizeof(algs) / sizeof(algs[0]); i++)
		if (memmem(der, len, algs[i].oid, algs[i].n))
			return algs[i].name;
	return NULL;
}

static int not_ed25519(const char *name, const char *what, const uint8_t *der, size_t len)
{
	const char *alg = der_algorithm(der, len);

	if (alg)
		return wg_error_set(WG_EPARSE, "%s: is an %s %s, only Ed25519 keys are supported",
				    name, alg, what);
	return wg_error_set(WG_EPARSE, "%s: not an Ed25519 %s (unexpected DER structure, %zu bytes)",
			    name, what, len);
}

static const char *skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	return p;
}

/* Find the PEM label after "-----BEGIN " at p; returns its end or NULL. */
static const char *pem_label_end(const char *p, const char *end)
{
	for (const char *q = p; q + 5 <= end && *q != '\n'; q++)
		if (!memcmp(q, "-----", 5))
			return q;
	return NULL;
}

/*
 * Decode the single PEM block labelled `label` in pem[0..len) into a new
 * buffer (*der, *der_len).  Only whitespace may surround the block.
 */
static int pem_decode(const char *pem, size_t len, const char *name, const char *label,
		      uint8_t **der, size_t *der_len)
{
	const char *end = pem + len, *p = skip_ws(pem, end), *lab, *lab_end, *body, *stop;
	char *end_line;
	size_t bin_len = 0;
	const char *b64_end = NULL;
	int rc = 0;

	*der = NULL;
	if ((size_t)(end - p) < 11 || memcmp(p, "-----BEGIN ", 11))
		return wg_error_set(WG_EPARSE, "%s: not a PEM file (no '-----BEGIN %s-----' line)",
				    name, label);
	lab = p + 11;
	lab_end = pem_label_end(lab, end);
	if (!lab_end)
		return wg_error_set(WG_EPARSE, "%s: malformed PEM BEGIN line", name);
	if ((size_t)(lab_end - lab) != strlen(label) || memcmp(lab, label, strlen(label)))
		return wg_error_set(WG_EPARSE, "%s: PEM label is '%.*s', expected '%s'",
				    name, (int)(lab_end - lab), lab, label);
	body = lab_end + 5;
	end_line = wg_asprintf("-----END %s-----", label);
	if (!end_line)
		return WG_ENOMEM;
	stop = memmem(body, (size_t)(end - body), end_line, strlen(end_line));
	if (!stop)
		rc = wg_error_set(WG_EPARSE, "%s: truncated PEM (no '%s' line)", name, end_line);
	else if (skip_ws(stop + strlen(end_line), end) != end)
		rc = wg_error_set(WG_EPARSE, "%s: unexpected data after the PEM block", name);
	free(end_line);
	if (rc)
		return rc;
	*der = wg_malloc((size_t)(stop - body) + 1);
	if (!*der)
		return WG_ENOMEM;
	if (sodium_base642bin(*der, (size_t)(stop - body) + 1, body, (size_t)(stop - body),
			      " \t\r\n", &bin_len, &b64_end, sodium_base64_VARIANT_ORIGINAL) != 0
	    || b64_end != stop) {
		free(*der);
		*der = NULL;
		return wg_error_set(WG_EPARSE, "%s: bad base64 in the PEM block", name);
	}
	*der_len = bin_len;
	return 0;
}

static int priv_from_der(const uint8_t *der, size_t len, const char *name, wg_key **out)
{
	const uint8_t *seed = der + 16;
	wg_key *k;

	if (len == 48 && !memcmp(der, PRIV_V1, 16)) {
		k = key_new(NULL, seed);
	} else if (len == 83 && !memcmp(der, PRIV_V2, 16) && !memcmp(der + 48, PRIV_V2_PUB, 3)) {
		k = key_new(NULL, seed);
		if (k && sodium_memcmp(k->pk, der + 51, 32) != 0) {
			wg_key_free(k);
			return wg_error_set(WG_EPARSE, "%s: the public key in the PKCS#8 "
					    "structure does not match the private key", name);
		}
	} else {
		return not_ed25519(name, "private key", der, len);
	}
	if (!k)
		return WG_ENOMEM;
	*out = k;
	return 0;
}

/* The first step of both loaders: libsodium ready, size bounded, the PEM
 * block labelled `label` decoded to DER. */
static int pem_to_der(const char *pem, size_t len, const char *name, const char *label,
		      uint8_t **der, size_t *der_len)
{
	int rc = init_sodium();

	if (rc)
		return rc;
	if (len > PEM_MAX)
		return wg_error_set(WG_ELIMIT, "%s: too large for a key", name);
	return pem_decode(pem, len, name, label, der, der_len);
}

int wg_key_load_private_pem(const char *pem, size_t len, const char *name, wg_key **out)
{
	uint8_t *der = NULL;
	size_t der_len = 0;
	int rc;

	*out = NULL;
	rc = pem_to_der(pem, len, name, "PRIVATE KEY", &der, &der_len);
	if (!rc)
		rc = priv_from_der(der, der_len, name, out);
	if (der) {
		sodium_memzero(der, der_len);
		free(der);
	}
	return rc;
}

int wg_key_load_public_pem(const char *pem, size_t len, const char *name, wg_key **out)
{
	uint8_t *der = NULL;
	size_t der_len = 0;
	int rc;

	*out = NULL;
	if (memmem(pem, len, "PRIVATE KEY-----", 16))
		return wg_error_set(WG_EPARSE, "%s: is a private key, expected a public key "
				    "('PUBLIC KEY', e.g. the .pub file)", name);
	rc = pem_to_der(pem, len, name, "PUBLIC KEY", &der, &der_len);
	if (!rc) {
		if (der_len == 44 && !memcmp(der, SPKI, sizeof(SPKI))) {
			*out = key_new(der + sizeof(SPKI), NULL);
			rc = *out ? 0 : WG_ENOMEM;
		} else {
			rc = not_ed25519(name, "public key", der, der_len);
		}
	}
	free(der);
	return rc;
}

int wg_key_load_private_file(const char *path, wg_key **out, bool *insecure)
{
	struct stat st;
	char *text = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	if (insecure)
		*insecure = false;
	rc = wg_file_read(path, PEM_MAX, &text, &len);
	if (rc)
		return rc;
	if (insecure && stat(path, &st) == 0 && (st.st_mode & 077))
		*insecure = true;
	rc = wg_key_load_private_pem(text, len, path, out);
	sodium_memzero(text, len);
	free(text);
	return rc;
}

int wg_key_load_public_file(const char *path, wg_key **out)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	*out = NULL;
	rc = wg_file_read(path, PEM_MAX, &text, &len);
	if (rc)
		return rc;
	rc = wg_key_load_public_pem(text, len, path, out);
	free(text);
	return rc;
}

/* PEM text of `der` under `label`, base64 in 64-column lines. */
static char *pem_encode(const char *label, const uint8_t *der, size_t len)
{
	char b64[256];
	wg_buf b = WG_BUF_INIT;
	size_t n;

	sodium_bin2base64(b64, sizeof(b64), der, len, sodium_base64_VARIANT_ORIGINAL);
	n = strlen(b64);
	if (wg_buf_printf(&b, "-----BEGIN %s-----\n", label))
		goto fail;
	for (size_t i = 0; i < n; i += 64)
		if (wg_buf_put(&b, b64 + i, n - i < 64 ? n - i : 64) || wg_buf_puts(&b, "\n"))
			goto fail;
	if (wg_buf_printf(&b, "-----END %s-----\n", label))
		goto fail;
	sodium_memzero(b64, sizeof(b64));
	return wg_buf_detach(&b);
fail:
	sodium_memzero(b64, sizeof(b64));
	if (b.ptr)
		sodium_memzero(b.ptr, b.len);
	wg_buf_free(&b);
	return NULL;
}

int wg_key_write_private_pem(const wg_key *k, char **out)
{
	uint8_t der[48];

	*out = NULL;
	if (!k->sk)
		return wg_error_set(WG_EINVAL, "key %.16s is a public key, not a private key", k->id);
	memcpy(der, PRIV_V1, 16);
	memcpy(der + 16, k->sk, 32);      /* libsodium's sk starts with the seed */
	*out = pem_encode("PRIVATE KEY", der, sizeof(der));
	sodium_memzero(der, sizeof(der));
	return *out ? 0 : WG_ENOMEM;
}

int wg_key_write_public_pem(const wg_key *k, char **out)
{
	uint8_t der[44];

	memcpy(der, SPKI, sizeof(SPKI));
	memcpy(der + sizeof(SPKI), k->pk, 32);
	*out = pem_encode("PUBLIC KEY", der, sizeof(der));
	return *out ? 0 : WG_ENOMEM;
}

void wg_key_pem_free(char *pem)
{
	if (pem) {
		sodium_memzero(pem, strlen(pem));
		free(pem);
	}
}

int wg_key_write_files(const wg_key *k, const char *name)
{
	char *kpath = wg_asprintf("%s.key", name), *ppath = wg_asprintf("%s.pub", name);
	char *kpem = NULL, *ppem = NULL;
	int rc = WG_ENOMEM;

	if (!kpath || !ppath)
		goto out;
	if (access(kpath, F_OK) == 0 || access(ppath, F_OK) == 0) {
		rc = wg_error_set(WG_EEXISTS, "%s: already exists, not overwriting",
				  access(kpath, F_OK) == 0 ? kpath : ppath);
		goto out;
	}
	if ((rc = wg_key_write_private_pem(k, &kpem)) || (rc = wg_key_write_public_pem(k, &ppem)))
		goto out;
	rc = wg_file_write_atomic(kpath, kpem, strlen(kpem), 0600, 1);
	if (!rc) {
		rc = wg_file_write_atomic(ppath, ppem, strlen(ppem), 0644, 1);
		if (rc)
			unlink(kpath);
	}
out:
	wg_key_pem_free(kpem);
	free(ppem);
	free(kpath);
	free(ppath);
	return rc;
}

const char *wg_key_id(const wg_key *k)
{
	return k->id;
}

const uint8_t *wg_key_public_raw(const wg_key *k)
{
	return k->pk;
}

bool wg_key_can_sign(const wg_key *k)
{
	return k->sk != NULL;
}

bool wg_key_equal(const wg_key *a, const wg_key *b)
{
	return sodium_memcmp(a->pk, b->pk, sizeof(a->pk)) == 0;
}

int wg_key_sign(const wg_key *k, const void *msg, size_t len, uint8_t sig[WG_SIGNATURE_LEN])
{
	if (!k->sk)
		return wg_error_set(WG_EINVAL, "key %.16s is a public key and cannot sign", k->id);
	crypto_sign_detached(sig, NULL, msg, len, k->sk);
	return 0;
}

int wg_key_verify(const wg_key *k, const void *msg, size_t len,
		  const uint8_t *sig, size_t sig_len)
{
	if (sig_len != crypto_sign_BYTES)
		return WG_EVERIFY;
	return crypto_sign_verify_detached(sig, msg, len, k->pk) == 0 ? 0 : WG_EVERIFY;
}
