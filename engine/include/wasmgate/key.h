/*
 * key.h - Ed25519 signing keys (libsodium) in PEM form.
 *
 * A wg_key is an opaque handle holding an Ed25519 public key and, for keys
 * loaded from a private key, the secret key too (kept in guarded memory and
 * wiped on wg_key_free()).  Files are PEM as openssl writes them:
 *   private: "PRIVATE KEY", PKCS#8 (RFC 8410): 302e020100300506032b657004220420 || seed(32)
 *            (the PKCS#8 v2 form that also carries the public key is accepted when it matches)
 *   public:  "PUBLIC KEY", SubjectPublicKeyInfo: 302a300506032b6570032100 || key(32)
 * so `openssl genpkey -algorithm ed25519` keys load and openssl / Node verify
 * our signatures.  Parsing is strict: wrong PEM label, another algorithm
 * (RSA, EC), truncated or bad base64 and trailing garbage are WG_EPARSE with
 * one line naming the source.  The key id is the lower-case hex SHA-256 of
 * the public key's DER (SubjectPublicKeyInfo).
 */
#ifndef WASMGATE_KEY_H
#define WASMGATE_KEY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct wg_key wg_key;

#define WG_KEY_ID_LEN 64          /* hex characters of a key id */
#define WG_SIGNATURE_LEN 64       /* bytes of an Ed25519 signature */

/** Make a new random key pair.  Free with wg_key_free(). */
int wg_key_generate(wg_key **out);

/**
 * Load a private key from PEM text; `name` names the source in messages
 * (a file name, or "$WASMGATE_SIGNING_KEY").
 */
int wg_key_load_private_pem(const char *pem, size_t len, const char *name, wg_key **out);

/**
 * Load a private key file.  When `insecure` is not NULL it is set to true
 * when the file is readable or writable by group or others (the key still
 * loads; the caller decides whether to warn).
 */
int wg_key_load_private_file(const char *path, wg_key **out, bool *insecure);

/** Load a public key from PEM text ("PUBLIC KEY"). */
int wg_key_load_public_pem(const char *pem, size_t len, const char *name, wg_key **out);

/** Load a public key file. */
int wg_key_load_public_file(const char *path, wg_key **out);

/** The private key as PKCS#8 PEM (caller frees with wg_key_pem_free()). */
int wg_key_write_private_pem(const wg_key *k, char **out);

/** The public key as SubjectPublicKeyInfo PEM (caller frees with free()). */
int wg_key_write_public_pem(const wg_key *k, char **out);

/** Wipe and free a PEM string from wg_key_write_private_pem(). */
void wg_key_pem_free(char *pem);

/**
 * Write NAME.key (private, mode 0600) and NAME.pub (public, 0644).
 * Refuses with WG_EEXISTS when either exists; never leaves one without
 * the other.
 */
int wg_key_write_files(const wg_key *k, const char *name);

/** The key id: 64 lower-case hex characters (owned by the key). */
const char *wg_key_id(const wg_key *k);

/** The raw 32-byte Ed25519 public key (owned by the key). */
const uint8_t *wg_key_public_raw(const wg_key *k);

/** Does the key hold a private key (can it sign)? */
bool wg_key_can_sign(const wg_key *k);

/** Ed25519 signature of `msg`; WG_EINVAL for a public-only key. */
int wg_key_sign(const wg_key *k, const void *msg, size_t len,
		uint8_t sig[WG_SIGNATURE_LEN]);

/** WG_OK when `sig` is a valid signature of `msg` by `k`, else WG_EVERIFY (no message set). */
int wg_key_verify(const wg_key *k, const void *msg, size_t len,
		  const uint8_t *sig, size_t sig_len);

/** Do two keys hold the same public key? */
bool wg_key_equal(const wg_key *a, const wg_key *b);

void wg_key_free(wg_key *k);

#ifdef __cplusplus
}
#endif
#endif
