/*
 * modsig.c - embedded module signatures (modsig.h): a bounds-checked walk
 * over the module's section framing (id, size, custom section name) and the
 * Signatures.md / wasmsign2 "signature" section, built and read here.
 * Limits follow wasmsign2: at most 64 hash sets / hashes and 256 signatures.
 */
#include "wasmgate/modsig.h"
#include "util/util.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#define MAX_HASHES 64
#define MAX_SIGNATURES 256
#define DOMAIN "wasmsig"
#define SPEC_VERSION 1
#define CONTENT_MODULE 1
#define HASH_SHA256 1
#define ALG_ED25519 1

typedef struct {
	const uint8_t *p, *end;
} cursor;

static int get_u32(cursor *c, uint32_t *v)
{
	uint32_t r = 0;

	for (int shift = 0; shift < 35; shift += 7) {
		if (c->p >= c->end)
			return -1;
		uint8_t b = *c->p++;
		if (shift == 28 && (b & 0x70))
			return -1;
		r |= (uint32_t)(b & 0x7f) << shift;
		if (!(b & 0x80)) {
			*v = r;
			return 0;
		}
	}
	return -1;
}

/* A varuint length then that many bytes. */
static int get_slice(cursor *c, cursor *out)
{
	uint32_t n;

	if (get_u32(c, &n) || (size_t)(c->end - c->p) < n)
		return -1;
	out->p = c->p;
	out->end = c->p + n;
	c->p += n;
	return 0;
}

static int put_u32(wg_buf *b, uint32_t v)
{
	uint8_t tmp[5];
	size_t n = 0;

	do {
		tmp[n] = v & 0x7f;
		v >>= 7;
		if (v)
			tmp[n] |= 0x80;
		n++;
	} while (v);
	return wg_buf_put(b, (const char *)tmp, n);
}

static int put_slice(wg_buf *b, const void *data, size_t len)
{
	return put_u32(b, (uint32_t)len) || wg_buf_put(b, data, len);
}

typedef struct {
	const uint8_t *start, *end;  /* the whole section, id byte to payload end */
	bool is_signature;
} section;

/* Read the section at c->p; offsets in messages are from `base`. */
static int next_section(cursor *c, const uint8_t *base, const char *name, section *s)
{
	cursor payload, nm;

	s->start = c->p;
	c->p++;                                          /* id */
	if (get_slice(c, &payload))
		return wg_error_set(WG_EPARSE, "%s: malformed section at offset %zu",
				    name, (size_t)(s->start - base));
	s->end = payload.end;
	s->is_signature = false;
	if (*s->start == 0) {
		if (get_slice(&payload, &nm))
			return wg_error_set(WG_EPARSE, "%s: malformed custom section name at offset %zu",
					    name, (size_t)(s->start - base));
		s->is_signature = (size_t)(nm.end - nm.p) == strlen(WG_MODSIG_SECTION)
				  && !memcmp(nm.p, WG_MODSIG_SECTION, strlen(WG_MODSIG_SECTION));
	}
	return 0;
}

static int check_header(const uint8_t *wasm, size_t len, const char *name)
{
	if (len < 8 || memcmp(wasm, "\0asm", 4))
		return wg_error_set(WG_EPARSE, "%s: not a WebAssembly binary (no \\0asm header)", name);
	return 0;
}

/* The message that is signed: "wasmsig" spec content hash_fn hashes. */
static int signed_message(wg_buf *msg, const uint8_t *hashes, size_t n)
{
	static const char head[] = { 'w', 'a', 's', 'm', 's', 'i', 'g',
				     SPEC_VERSION, CONTENT_MODULE, HASH_SHA256 };

	return wg_buf_put(msg, head, sizeof(head)) || wg_buf_put(msg, (const char *)hashes, n);
}

void wg_modsig_key_id(const wg_key *k, uint8_t out[WG_MODSIG_KEY_ID_LEN])
{
	uint8_t mac[crypto_auth_hmacsha256_BYTES];

	crypto_auth_hmacsha256(mac, (const uint8_t *)"key_id", 6, wg_key_public_raw(k));
	memcpy(out, mac, WG_MODSIG_KEY_ID_LEN);
}

/* The "signature" custom section for hash h signed by key. */
static int build_section(const wg_key *key, const uint8_t h[32], wg_buf *out)
{
	wg_buf msg = WG_BUF_INIT, rec = WG_BUF_INIT, set = WG_BUF_INIT, data = WG_BUF_INIT;
	wg_buf payload = WG_BUF_INIT;
	uint8_t sig[WG_SIGNATURE_LEN], kid[WG_MODSIG_KEY_ID_LEN];
	const uint8_t alg = ALG_ED25519;
	int rc = WG_ENOMEM;

	wg_modsig_key_id(key, kid);
	if (signed_message(&msg, h, 32))
		goto out;
	if ((rc = wg_key_sign(key, msg.ptr, msg.len, sig)))
		goto out;
	rc = WG_ENOMEM;
	if (put_slice(&rec, kid, sizeof(kid)) || wg_buf_put(&rec, (const char *)&alg, 1)
	    || put_slice(&rec, sig, sizeof(sig)))
		goto out;
	if (put_u32(&set, 1) || wg_buf_put(&set, (const char *)h, 32) || put_u32(&set, 1)
	    || put_slice(&set, rec.ptr, rec.len))
		goto out;
	if (put_u32(&data, SPEC_VERSION) || put_u32(&data, CONTENT_MODULE)
	    || put_u32(&data, HASH_SHA256) || put_u32(&data, 1) || put_slice(&data, set.ptr, set.len))
		goto out;
	if (put_slice(&payload, WG_MODSIG_SECTION, strlen(WG_MODSIG_SECTION))
	    || wg_buf_put(&payload, data.ptr, data.len))
		goto out;
	if (wg_buf_put(out, "\0", 1) || put_slice(out, payload.ptr, payload.len))
		goto out;
	rc = 0;
out:
	wg_buf_free(&msg);
	wg_buf_free(&rec);
	wg_buf_free(&set);
	wg_buf_free(&data);
	wg_buf_free(&payload);
	return rc;
}

int wg_modsig_sign(const uint8_t *wasm, size_t len, const char *name,
		   const wg_key *key, uint8_t **out, size_t *out_len)
{
	wg_buf rest = WG_BUF_INIT, mod = WG_BUF_INIT;
	cursor c = { wasm + 8, wasm + len };
	uint8_t h[32];
	section s = { 0 };
	int rc;

	*out = NULL;
	if ((rc = check_header(wasm, len, name)))
		return rc;
	if ((rc = wg_buf_put(&rest, "", 0)))
		return rc;
	while (c.p < c.end) {
		if ((rc = next_section(&c, wasm, name, &s)))
			goto out;
		if (!s.is_signature && (rc = wg_buf_put(&rest, (const char *)s.start,
							  (size_t)(s.end - s.start))))
			goto out;
	}
	wg_sha256(rest.ptr, rest.len, h);
	if ((rc = wg_buf_put(&mod, (const char *)wasm, 8)) || (rc = build_section(key, h, &mod))
	    || (rc = wg_buf_put(&mod, rest.ptr, rest.len)))
		goto out;
	*out_len = mod.len;
	*out = (uint8_t *)wg_buf_detach(&mod);
out:
	wg_buf_free(&rest);
	wg_buf_free(&mod);
	return rc;
}

typedef struct {
	const wg_key *const *trusted;
	size_t num_trusted;
	const wg_key *signer;       /* who signed a set holding the module's hash */
	bool any_trusted;           /* some set verified with a trusted key */
} sig_check;

/* Does one signature record verify `msg` with a trusted key? */
static const wg_key *check_record(cursor rec, const wg_buf *msg, const sig_check *sc)
{
	cursor kid, sig;

	if (get_slice(&rec, &kid) || rec.p >= rec.end)
		return NULL;
	if (*rec.p++ != ALG_ED25519 || get_slice(&rec, &sig))
		return NULL;               /* other algorithms are skipped, as wasmsign2 does */
	for (size_t i = 0; i < sc->num_trusted; i++)
		if (!wg_key_verify(sc->trusted[i], msg->ptr, msg->len, sig.p,
				   (size_t)(sig.end - sig.p)))
			return sc->trusted[i];
	return NULL;
}

/* One signed-hashes set: verify its signatures, then look for hash h. */
static int check_set(cursor set, const uint8_t h[32], sig_check *sc)
{
	wg_buf msg = WG_BUF_INIT;
	const uint8_t *hashes;
	const wg_key *k = NULL;
	uint32_t nh, ns;
	cursor rec;

	if (get_u32(&set, &nh) || nh > MAX_HASHES || (size_t)(set.end - set.p) < (size_t)nh * 32)
		return -1;
	hashes = set.p;
	set.p += (size_t)nh * 32;
	if (get_u32(&set, &ns) || ns > MAX_SIGNATURES)
		return -1;
	if (signed_message(&msg, hashes, (size_t)nh * 32)) {
		wg_buf_free(&msg);
		return WG_ENOMEM;
	}
	for (uint32_t i = 0; i < ns; i++) {
		if (get_slice(&set, &rec)) {
			wg_buf_free(&msg);
			return -1;
		}
		if (!k)
			k = check_record(rec, &msg, sc);
	}
	wg_buf_free(&msg);
	if (set.p != set.end)
		return -1;
	if (k) {
		sc->any_trusted = true;
		for (uint32_t i = 0; i < nh && !sc->signer; i++)
			if (!sodium_memcmp(hashes + (size_t)i * 32, h, 32))
				sc->signer = k;
	}
	return 0;
}

/* Parse the signature data (the section payload after its name). */
static int check_data(cursor d, const char *name, const uint8_t h[32], sig_check *sc)
{
	uint32_t spec, content, hash_fn, nsets;
	cursor set;
	int rc;

	if (get_u32(&d, &spec) || get_u32(&d, &content) || get_u32(&d, &hash_fn)
	    || get_u32(&d, &nsets))
		return wg_error_set(WG_EPARSE, "%s: truncated signature section", name);
	if (spec != SPEC_VERSION || content != CONTENT_MODULE || hash_fn != HASH_SHA256)
		return wg_error_set(WG_EPARSE, "%s: unsupported signature format (version %u, "
				    "content type %u, hash function %u)", name, spec, content, hash_fn);
	if (nsets > MAX_HASHES)
		return wg_error_set(WG_ELIMIT, "%s: too many signed hash sets (%u)", name, nsets);
	for (uint32_t i = 0; i < nsets; i++) {
		if (get_slice(&d, &set) || (rc = check_set(set, h, sc)) == -1)
			return wg_error_set(WG_EPARSE, "%s: malformed signed hash set %u in the "
					    "signature section", name, i);
		if (rc)
			return rc;
	}
	if (d.p != d.end)
		return wg_error_set(WG_EPARSE, "%s: unexpected bytes after the signatures", name);
	return 0;
}

int wg_modsig_verify(const uint8_t *wasm, size_t len, const char *name,
		     const wg_key *const *trusted, size_t num_trusted,
		     const wg_key **signer)
{
	cursor c = { wasm + 8, wasm + len }, c2, d;
	sig_check sc = { trusted, num_trusted, NULL, false };
	section s = { 0 };
	uint8_t h[32];
	int rc;

	if (signer)
		*signer = NULL;
	if ((rc = check_header(wasm, len, name)))
		return rc;
	if (c.p == c.end || (rc = next_section(&c, wasm, name, &s)) || !s.is_signature)
		return rc ? rc : wg_error_set(WG_EVERIFY, "%s: not signed (no '%s' custom section "
					      "first in the module)", name, WG_MODSIG_SECTION);
	c2.p = s.start + 1;
	c2.end = s.end;
	if (get_slice(&c2, &d) || get_slice(&d, &c2))          /* payload, then its name */
		return wg_error_set(WG_EPARSE, "%s: malformed signature section", name);
	for (cursor rest = c; rest.p < rest.end;)
		if ((rc = next_section(&rest, wasm, name, &(section){ 0 })))
			return rc;
	wg_sha256(c.p, (size_t)(c.end - c.p), h);
	if ((rc = check_data(d, name, h, &sc)))
		return rc;
	if (!sc.any_trusted)
		return wg_error_set(WG_EVERIFY, "%s: no embedded signature is by a trusted key", name);
	if (!sc.signer)
		return wg_error_set(WG_EVERIFY, "%s: the signature is valid but the module's sections "
				    "were changed after signing (hash mismatch)", name);
	if (signer)
		*signer = sc.signer;
	return 0;
}
