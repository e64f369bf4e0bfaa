/*
 * dsse.h - DSSE envelopes (https://github.com/secure-systems-lab/dsse, v1):
 * the pre-authentication encoding that is signed, and the JSON envelope
 *   {"payload": base64(body), "payloadType": TYPE,
 *    "signatures": [{"keyid": KEYID, "sig": base64(Ed25519(PAE(TYPE, body)))}]}
 * Base64 is the standard alphabet with padding.  Keyids are hints for
 * messages only: verification tries every trusted key on every signature.
 */
#ifndef WASMGATE_DSSE_H
#define WASMGATE_DSSE_H

#include "common.h"
#include "key.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_DSSE_INTOTO_TYPE "application/vnd.in-toto+json"
#define WG_DSSE_MAX_BYTES (16u * 1024 * 1024)   /* largest envelope read */

/**
 * PAE(type, body) = "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body,
 * LEN in ASCII decimal.  *out is a new buffer (caller frees).
 */
int wg_dsse_pae(const char *type, const void *body, size_t len,
		uint8_t **out, size_t *out_len);

typedef struct {
	char *keyid;             /* "" when absent */
	uint8_t *sig;            /* decoded signature bytes */
	size_t sig_len;
} wg_dsse_signature;

typedef struct {
	int version;             /* struct version: 1 */
	char *payload_type;
	uint8_t *payload;        /* decoded body, NUL-terminated for convenience */
	size_t payload_len;
	wg_dsse_signature *sigs;
	size_t num_sigs;
} wg_dsse_envelope;

/**
 * Sign `body` of `type` with each of `keys` (private keys) and return the
 * envelope JSON text (indented, caller frees).
 */
int wg_dsse_sign(const char *type, const void *body, size_t len,
		 const wg_key *const *keys, size_t num_keys, char **out);

/**
 * Parse envelope JSON strictly: an object with string payload and
 * payloadType, a signatures array of {keyid?, sig} with valid base64, no
 * duplicate keys.  `name` names the source in messages.  Zero signatures
 * parse (wg_dsse_verify() rejects them).  Free with wg_dsse_envelope_free().
 */
int wg_dsse_parse(const char *json, size_t len, const char *name,
		  wg_dsse_envelope **out);

/**
 * Does any signature verify with any of `trusted` keys?  WG_OK with
 * *signer (may be NULL) set to the first trusted key that verifies;
 * WG_EVERIFY with a message that tells the cases apart (no signatures,
 * signed by an untrusted keyid, a trusted key's signature that does not
 * verify: payload or signature altered).
 */
int wg_dsse_verify(const wg_dsse_envelope *env, const wg_key *const *trusted,
		   size_t num_trusted, const wg_key **signer);

void wg_dsse_envelope_free(wg_dsse_envelope *env);

#ifdef __cplusplus
}
#endif
#endif
