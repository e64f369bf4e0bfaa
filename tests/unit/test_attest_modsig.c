/*
 * test_attest_modsig.c - embedded module signatures (modsig.h) against the
 * byte layout of tool-conventions Signatures.md / wasmsign2, written out
 * here field by field, and the ways verification must fail.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/modsig.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#define SEED "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"

static const char *const MODULE_WAT =
	"(module (memory (export \"memory\") 1 2)"
	" (func (export \"f\") (result i32) i32.const 42)"
	" (@custom \"producers\" \"\\01\\00\"))";

static wg_key *seed_key(void)
{
	uint8_t der[48];
	char b64[80], *pem;
	size_t n = 0;
	wg_key *k = NULL;

	sodium_hex2bin(der, 16, "302e020100300506032b657004220420", 32, NULL, &n, NULL);
	sodium_hex2bin(der + 16, 32, SEED, 64, NULL, &n, NULL);
	sodium_bin2base64(b64, sizeof(b64), der, 48, sodium_base64_VARIANT_ORIGINAL);
	pem = wg_asprintf("-----BEGIN PRIVATE KEY-----\n%s\n-----END PRIVATE KEY-----\n", b64);
	ck_assert(wg_key_load_private_pem(pem, strlen(pem), "seed", &k) == 0);
	free(pem);
	return k;
}

static uint8_t *read_module(size_t *len)
{
	char *path = wg_test_wat("modsig", MODULE_WAT), *data = NULL;

	ck_assert(wg_file_read(path, 0, &data, len) == 0);
	free(path);
	return (uint8_t *)data;
}

static void put(wg_buf *b, const void *p, size_t n)
{
	ck_assert(wg_buf_put(b, p, n) == 0);
}

/* The signed module as the spec lays it out, built by hand. */
static void expected_module(const uint8_t *m, size_t len, const wg_key *k, wg_buf *out)
{
	uint8_t h[32], sig[64], mac[32], seed[32], pk[32], sk[64];
	uint8_t msg[7 + 3 + 32] = { 'w', 'a', 's', 'm', 's', 'i', 'g', 1, 1, 1 };
	size_t n = 0;

	crypto_hash_sha256(h, m + 8, len - 8);          /* every section after the header */
	memcpy(msg + 10, h, 32);
	sodium_hex2bin(seed, 32, SEED, 64, NULL, &n, NULL);
	crypto_sign_seed_keypair(pk, sk, seed);
	crypto_sign_detached(sig, NULL, msg, sizeof(msg), sk);
	crypto_auth_hmacsha256(mac, (const uint8_t *)"key_id", 6, pk);   /* wasmsign2 default key id */
	ck_assert(memcmp(pk, wg_key_public_raw(k), 32) == 0);

	put(out, m, 8);                                  /* \0asm + version */
	put(out, "\x00\x81\x01", 3);                     /* custom section, size 129 (LEB128) */
	put(out, "\x09signature", 10);                   /* name */
	put(out, "\x01\x01\x01\x01", 4);                 /* spec 1, module, SHA-256, 1 set */
	put(out, "\x72", 1);                             /* set: 114 bytes */
	put(out, "\x01", 1);                             /*   1 hash */
	put(out, h, 32);
	put(out, "\x01", 1);                             /*   1 signature */
	put(out, "\x4f", 1);                             /*   record: 79 bytes */
	put(out, "\x0c", 1);                             /*     key id: 12 bytes */
	put(out, mac, 12);
	put(out, "\x01\x40", 2);                         /*     Ed25519, 64 bytes */
	put(out, sig, 64);
	put(out, m + 8, len - 8);                        /* the module's sections, unchanged */
}

START_TEST(layout_matches_spec)
{
	wg_key *k = seed_key();
	size_t len = 0, slen = 0, s2len = 0;
	uint8_t *m = read_module(&len), *s = NULL, *s2 = NULL;
	wg_buf want = WG_BUF_INIT;
	const wg_key *signer = NULL;

	ck_assert_msg(wg_modsig_sign(m, len, "m", k, &s, &slen) == 0, "%s", wg_error_last());
	expected_module(m, len, k, &want);
	ck_assert_uint_eq(slen, want.len);
	ck_assert(memcmp(s, want.ptr, slen) == 0);
	ck_assert(wg_modsig_verify(s, slen, "s", (const wg_key *[]){ k }, 1, &signer) == 0);
	ck_assert(signer == k);
	/* signing again replaces the signature: same bytes */
	ck_assert(wg_modsig_sign(s, slen, "s", k, &s2, &s2len) == 0);
	ck_assert(s2len == slen && memcmp(s2, s, slen) == 0);
	wg_buf_free(&want);
	free(m);
	free(s);
	free(s2);
	wg_key_free(k);
}
END_TEST

START_TEST(refusals)
{
	wg_key *k = seed_key(), *other = NULL;
	size_t len = 0, slen = 0;
	uint8_t *m = read_module(&len), *s = NULL;
	const wg_key *trusted[] = { k }, *untrusted[1];

	ck_assert(wg_key_generate(&other) == 0);
	untrusted[0] = other;
	ck_assert(wg_modsig_sign(m, len, "m", k, &s, &slen) == 0);
	/* unsigned */
	ck_assert(wg_modsig_verify(m, len, "m", trusted, 1, NULL) == WG_EVERIFY);
	ck_assert(strstr(wg_error_last(), "m: not signed"));
	/* another key */
	ck_assert(wg_modsig_verify(s, slen, "s", untrusted, 1, NULL) == WG_EVERIFY);
	ck_assert(strstr(wg_error_last(), "no embedded signature is by a trusted key"));
	/* one byte of the code changed (i32.const 42 -> 43) */
	for (size_t i = slen; i-- > 8;)
		if (s[i] == 42 && s[i - 1] == 0x41) { s[i] = 43; break; }
	ck_assert(wg_modsig_verify(s, slen, "s", trusted, 1, NULL) == WG_EVERIFY);
	ck_assert(strstr(wg_error_last(), "changed after signing"));
	/* a signature section cut short */
	ck_assert(wg_modsig_verify(s, 8 + 3 + 10 + 2, "cut", trusted, 1, NULL) == WG_EPARSE);
	/* not wasm */
	ck_assert(wg_modsig_verify((const uint8_t *)"hello world", 11, "txt", trusted, 1, NULL)
		  == WG_EPARSE);
	ck_assert(strstr(wg_error_last(), "txt: not a WebAssembly binary"));
	free(m);
	ck_assert(wg_modsig_sign((const uint8_t *)"\0asm\1\0\0\0\1\x7f", 10, "bad", k, &m, &len)
		  == WG_EPARSE);
	ck_assert(m == NULL);
	ck_assert(strstr(wg_error_last(), "bad: malformed section at offset 8"));
	free(s);
	wg_key_free(k);
	wg_key_free(other);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("attest_modsig");
	TCase *tc = tcase_create("modsig");

	tcase_add_test(tc, layout_matches_spec);
	tcase_add_test(tc, refusals);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
