/*
 * dsse.c - DSSE v1 envelopes (dsse.h): PAE, signing into the JSON envelope
 * (jansson), strict parsing, and verification against trusted keys.
 * Base64 is libsodium's, standard alphabet with padding; every base64
 * string must decode completely.
 */
#include "wasmgate/dsse.h"
#include "util/util.h"

#include <jansson.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

int wg_dsse_pae(const char *type, const void *body, size_t len,
		uint8_t **out, size_t *out_len)
{
	wg_buf b = WG_BUF_INIT;

	*out = NULL;
	if (wg_buf_printf(&b, "DSSEv1 %zu %s %zu ", strlen(type), type, len)
	    || wg_buf_put(&b, body, len)) {
		wg_buf_free(&b);
		return WG_ENOMEM;
	}
	*out_len = b.len;
	*out = (uint8_t *)wg_buf_detach(&b);
	return 0;
}

static char *b64_encode(const void *bin, size_t len)
{
	size_t n = sodium_base64_ENCODED_LEN(len, sodium_base64_VARIANT_ORIGINAL);
	char *s = wg_malloc(n);

	if (s)
		sodium_bin2base64(s, n, bin, len, sodium_base64_VARIANT_ORIGINAL);
	return s;
}

/* Decode all of `s` (standard base64, padded); NULL when it is not. */
static uint8_t *b64_decode(const char *s, size_t *len)
{
	size_t n = strlen(s);
	uint8_t *bin = wg_malloc(n / 4 * 3 + 4);
	const char *end = NULL;

	if (!bin)
		return NULL;
	if (sodium_base642bin(bin, n / 4 * 3 + 3, s, n, NULL, len, &end,
			      sodium_base64_VARIANT_ORIGINAL) != 0 || end != s + n) {
		free(bin);
		return NULL;
	}
	bin[*len] = 0;
	return bin;
}

static int sign_one(const wg_key *k, const uint8_t *pae, size_t pae_len, json_t *sigs)
{
	uint8_t sig[WG_SIGNATURE_LEN];
	char *s;
	json_t *o;
	int rc = wg_key_sign(k, pae, pae_len, sig);

	if (rc)
		return rc;
	s = b64_encode(sig, sizeof(sig));
	if (!s)
		return WG_ENOMEM;
	o = json_pack("{s:s, s:s}", "keyid", wg_key_id(k), "sig", s);
	free(s);
	if (!o || json_array_append_new(sigs, o))
		return wg_error_set(WG_ENOMEM, "out of memory");
	return 0;
}

int wg_dsse_sign(const char *type, const void *body, size_t len,
		 const wg_key *const *keys, size_t num_keys, char **out)
{
	uint8_t *pae = NULL;
	size_t pae_len = 0;
	json_t *env = NULL, *sigs;
	char *payload = NULL;
	int rc;

	*out = NULL;
	if (!num_keys)
		return wg_error_set(WG_EINVAL, "DSSE: no signing key given");
	if ((rc = wg_dsse_pae(type, body, len, &pae, &pae_len)))
		return rc;
	rc = WG_ENOMEM;
	payload = b64_encode(body, len);
	sigs = json_array();
	if (!payload || !sigs)
		goto out;
	for (size_t i = 0; i < num_keys; i++)
		if ((rc = sign_one(keys[i], pae, pae_len, sigs)))
			goto out;
	rc = WG_ENOMEM;
	env = json_pack("{s:s, s:s, s:O}", "payload", payload, "payloadType", type,
			"signatures", sigs);
	if (env && (*out = json_dumps(env, JSON_INDENT(2))))
		rc = 0;
out:
	json_decref(sigs);
	json_decref(env);
	free(payload);
	free(pae);
	return rc;
}

void wg_dsse_envelope_free(wg_dsse_envelope *env)
{
	if (!env)
		return;
	for (size_t i = 0; i < env->num_sigs; i++) {
		free(env->sigs[i].keyid);
		free(env->sigs[i].sig);
	}
	free(env->sigs);
	free(env->payload_type);
	free(env->payload);
	free(env);
}

static int parse_sig(json_t *o, size_t i, const char *name, wg_dsse_signature *s)
{
	json_t *keyid = json_object_get(o, "keyid"), *sig = json_object_get(o, "sig");

	if (!json_is_object(o))
		return wg_error_set(WG_EPARSE, "%s: signatures[%zu] is not an object", name, i);
	if (!json_is_string(sig))
		return wg_error_set(WG_EPARSE, "%s: signatures[%zu] has no \"sig\" string", name, i);
	if (keyid && !json_is_string(keyid))
		return wg_error_set(WG_EPARSE, "%s: signatures[%zu].keyid is not a string", name, i);
	s->keyid = wg_strdup(keyid ? json_string_value(keyid) : "");
	if (!s->keyid)
		return WG_ENOMEM;
	s->sig = b64_decode(json_string_value(sig), &s->sig_len);
	if (!s->sig)
		return wg_error_set(WG_EPARSE, "%s: signatures[%zu].sig is not valid base64", name, i);
	return 0;
}

static int parse_fields(json_t *root, const char *name, wg_dsse_envelope *env)
{
	json_t *payload = json_object_get(root, "payload");
	json_t *type = json_object_get(root, "payloadType");
	json_t *sigs = json_object_get(root, "signatures");
	int rc;

	if (!json_is_object(root))
		return wg_error_set(WG_EPARSE, "%s: a DSSE envelope must be a JSON object", name);
	if (!json_is_string(payload))
		return wg_error_set(WG_EPARSE, "%s: envelope has no \"payload\" string", name);
	if (!json_is_string(type))
		return wg_error_set(WG_EPARSE, "%s: envelope has no \"payloadType\" string", name);
	if (!json_is_array(sigs))
		return wg_error_set(WG_EPARSE, "%s: envelope has no \"signatures\" array", name);
	env->payload_type = wg_strdup(json_string_value(type));
	if (!env->payload_type)
		return WG_ENOMEM;
	env->payload = b64_decode(json_string_value(payload), &env->payload_len);
	if (!env->payload)
		return wg_error_set(WG_EPARSE, "%s: envelope payload is not valid base64", name);
	if (json_array_size(sigs)) {
		env->sigs = wg_calloc(json_array_size(sigs), sizeof(*env->sigs));
		if (!env->sigs)
			return WG_ENOMEM;
	}
	for (size_t i = 0; i < json_array_size(sigs); i++) {
		rc = parse_sig(json_array_get(sigs, i), i, name, &env->sigs[i]);
		env->num_sigs = i + 1;
		if (rc)
			return rc;
	}
	return 0;
}

int wg_dsse_parse(const char *json, size_t len, const char *name, wg_dsse_envelope **out)
{
	json_error_t jerr;
	wg_dsse_envelope *env;
	json_t *root;
	int rc;

	*out = NULL;
	if (len > WG_DSSE_MAX_BYTES)
		return wg_error_set(WG_ELIMIT, "%s: envelope larger than %u bytes", name,
				    WG_DSSE_MAX_BYTES);
	root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	if (!root)
		return wg_error_set(WG_EPARSE, "%s:%d:%d: envelope is not valid JSON: %s", name,
				    jerr.line, jerr.column, jerr.text);
	env = wg_calloc(1, sizeof(*env));
	if (!env) {
		json_decref(root);
		return WG_ENOMEM;
	}
	env->version = 1;
	rc = parse_fields(root, name, env);
	json_decref(root);
	if (rc)
		wg_dsse_envelope_free(env);
	else
		*out = env;
	return rc;
}

static const wg_key *find_keyid(const char *keyid, const wg_key *const *trusted, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(keyid, wg_key_id(trusted[i])))
			return trusted[i];
	return NULL;
}

int wg_dsse_verify(const wg_dsse_envelope *env, const wg_key *const *trusted,
		   size_t num_trusted, const wg_key **signer)
{
	uint8_t *pae = NULL;
	size_t pae_len = 0;
	const char *known_bad = NULL;
	int rc;

	if (signer)
		*signer = NULL;
	if (!env->num_sigs)
		return wg_error_set(WG_EVERIFY, "envelope has no signatures");
	if ((rc = wg_dsse_pae(env->payload_type, env->payload, env->payload_len, &pae, &pae_len)))
		return rc;
	for (size_t i = 0; i < env->num_sigs; i++) {
		const wg_dsse_signature *s = &env->sigs[i];
		for (size_t j = 0; j < num_trusted; j++) {
			if (wg_key_verify(trusted[j], pae, pae_len, s->sig, s->sig_len) == 0) {
				if (signer)
					*signer = trusted[j];
				free(pae);
				return 0;
			}
		}
		if (!known_bad && find_keyid(s->keyid, trusted, num_trusted))
			known_bad = s->keyid;
	}
	free(pae);
	if (known_bad)
		return wg_error_set(WG_EVERIFY, "signature by trusted key %.16s... does not verify: "
				    "the payload or the signature was altered", known_bad);
	if (env->num_sigs == 1)
		return wg_error_set(WG_EVERIFY, "not signed by a trusted key (signed by keyid '%.16s%s')",
				    env->sigs[0].keyid, strlen(env->sigs[0].keyid) > 16 ? "..." : "");
	return wg_error_set(WG_EVERIFY, "none of the %zu signatures is by a trusted key",
			    env->num_sigs);
}
