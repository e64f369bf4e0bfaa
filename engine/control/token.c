/*
 * token.c - bearer tokens: 256 random bits (libsodium) shown once as
 * "wga_" (admin) or "wgi_" (instance) + 64 hex.  The store keeps only the
 * SHA-256 (hex) and a lookup key (its first 16 hex digits); a presented
 * token is found by the lookup key and then compared over the whole hash
 * in constant time (sodium_memcmp).
 */
#include "control/control_int.h"
#include "util/util.h"

#include <sodium.h>
#include <string.h>

void ctl_token_new(char kind, char token[WG_CONTROL_TOKEN_LEN + 1])
{
	uint8_t raw[32];

	randombytes_buf(raw, sizeof(raw));
	token[0] = 'w', token[1] = 'g', token[2] = kind, token[3] = '_';
	wg_hex(raw, sizeof(raw), token + 4);
	token[WG_CONTROL_TOKEN_LEN] = '\0';
	sodium_memzero(raw, sizeof(raw));
}

void ctl_token_hash(const char *token, char hash[65], char lookup[17])
{
	uint8_t h[32];

	wg_sha256(token, strlen(token), h);
	wg_hex(h, sizeof(h), hash);
	hash[64] = '\0';
	memcpy(lookup, hash, 16);
	lookup[16] = '\0';
}

int ctl_token_check(wg_store *s, const char *token, wg_store_token *who)
{
	char hash[65], lookup[17];
	int rc;

	if (!token || strlen(token) != WG_CONTROL_TOKEN_LEN)
		return WG_STORE_NOTFOUND;
	ctl_token_hash(token, hash, lookup);
	rc = s->ops->token_find(s, lookup, who);
	if (rc)
		return rc;
	if (sodium_memcmp(hash, who->hash, 64) != 0 || who->revoked)
		return WG_STORE_NOTFOUND;
	return WG_OK;
}

int ctl_token_issue(wg_store *s, char kind, const char *subject, const wg_store_write *w,
		    int replace, char token[WG_CONTROL_TOKEN_LEN + 1])
{
	char hash[65], lookup[17];
	const char *k = kind == 'a' ? "admin" : "instance";

	ctl_token_new(kind, token);
	ctl_token_hash(token, hash, lookup);
	return replace ? s->ops->token_replace(s, lookup, hash, k, subject, w)
		       : s->ops->token_add(s, lookup, hash, k, subject, w);
}

int wg_control_id_check(const char *what, const char *id)
{
	size_t n = id ? strlen(id) : 0;

	if (n == 0 || n > WG_CONTROL_MAX_ID)
		return wg_error_set(WG_EINVAL, "%s: must be 1-%d characters", what, WG_CONTROL_MAX_ID);
	for (size_t i = 0; i < n; i++) {
		char c = id[i];
		int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		if (!alnum && (i == 0 || (c != '.' && c != '_' && c != '-')))
			return wg_error_set(WG_EINVAL, "%s: only [A-Za-z0-9._-], starting with a letter or digit", what);
	}
	return WG_OK;
}
