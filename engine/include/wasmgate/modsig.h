/*
 * modsig.h - signatures embedded in a WebAssembly module, in the format of
 * WebAssembly/tool-conventions Signatures.md as wasmsign2 writes and reads
 * it, so hosts that only check module signatures can trust our plugins.
 *
 * The first section of a signed module is a custom section "signature":
 *   varuint(spec_version 1) varuint(content_type 1: module) varuint(hash_fn 1: SHA-256)
 *   varuint(signed_hashes_count) then each set as varuint(len) ||
 *     [ varuint(hashes_count) hashes(32 each) varuint(signature_count)
 *       each signature as varuint(len) ||
 *         [ varuint(key_id_len) key_id  byte(alg 0x01: Ed25519)  varuint(sig_len) sig ] ]
 * A signature signs "wasmsig" || 0x01 || 0x01 || 0x01 || hashes, and for a
 * whole-module signature hashes is SHA-256 of every byte after the
 * signature section (all the other sections, as they are in the file).
 * Our key_id is wasmsign2's default: HMAC-SHA256(key = public key,
 * "key_id") truncated to 12 bytes.
 */
#ifndef WASMGATE_MODSIG_H
#define WASMGATE_MODSIG_H

#include "common.h"
#include "key.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_MODSIG_SECTION "signature"
#define WG_MODSIG_KEY_ID_LEN 12

/**
 * Sign a module: the result (*out, caller frees) is the module with one
 * "signature" section first, replacing any signature section it had,
 * and every other section unchanged.  `name` names the input in messages.
 */
int wg_modsig_sign(const uint8_t *wasm, size_t len, const char *name,
		   const wg_key *key, uint8_t **out, size_t *out_len);

/**
 * Verify the embedded signature with any of `trusted` keys.  WG_OK with
 * *signer set; WG_EVERIFY when unsigned, signed by no trusted key, or the
 * sections were changed after signing; WG_EPARSE for a malformed module or
 * signature section.  The message says which.
 */
int wg_modsig_verify(const uint8_t *wasm, size_t len, const char *name,
		     const wg_key *const *trusted, size_t num_trusted,
		     const wg_key **signer);

/** wasmsign2's default key id of `k`. */
void wg_modsig_key_id(const wg_key *k, uint8_t out[WG_MODSIG_KEY_ID_LEN]);

#ifdef __cplusplus
}
#endif
#endif
