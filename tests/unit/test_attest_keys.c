/*
 * test_attest_keys.c - Ed25519 keys (key.h): the RFC 8032 test vector
 * through our PKCS#8 reader, key ids as the spec defines them, PEM round
 * trips, keygen files, and a table of bad PEM inputs, each with the message
 * it must give.
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/key.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* RFC 8032 section 7.1, TEST 1 */
#define T1_SEED "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
#define T1_PUB "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"
#define T1_SIG "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555" \
	       "fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"

static size_t unhex(const char *hex, uint8_t *out, size_t max)
{
	size_t n = 0;

	ck_assert(sodium_hex2bin(out, max, hex, strlen(hex), NULL, &n, NULL) == 0);
	return n;
}

/* PEM of prefix(hex) || body(hex) under label, built here with libsodium. */
static char *make_pem(const char *label, const char *prefix_hex, const char *body_hex)
{
	uint8_t der[256];
	char b64[400];
	size_t n = unhex(prefix_hex, der, sizeof(der));

	n += unhex(body_hex, der + n, sizeof(der) - n);
	sodium_bin2base64(b64, sizeof(b64), der, n, sodium_base64_VARIANT_ORIGINAL);
	return wg_asprintf("-----BEGIN %s-----\n%s\n-----END %s-----\n", label, b64, label);
}

START_TEST(rfc8032_vector)
{
	char *pem = make_pem("PRIVATE KEY", "302e020100300506032b657004220420", T1_SEED);
	uint8_t pub[32], sig[64], want_sig[64];
	wg_key *k = NULL;

	ck_assert_msg(wg_key_load_private_pem(pem, strlen(pem), "t1", &k) == 0, "%s", wg_error_last());
	unhex(T1_PUB, pub, sizeof(pub));
	ck_assert(memcmp(wg_key_public_raw(k), pub, 32) == 0);
	ck_assert(wg_key_sign(k, "", 0, sig) == 0);
	unhex(T1_SIG, want_sig, sizeof(want_sig));
	ck_assert(memcmp(sig, want_sig, 64) == 0);
	ck_assert(wg_key_verify(k, "", 0, sig, 64) == 0);
	sig[10] ^= 1;
	ck_assert(wg_key_verify(k, "", 0, sig, 64) == WG_EVERIFY);
	ck_assert(wg_key_verify(k, "", 0, sig, 63) == WG_EVERIFY);
	wg_key_free(k);
	free(pem);
}
END_TEST

START_TEST(key_id_is_sha256_of_spki)
{
	char *pem = make_pem("PUBLIC KEY", "302a300506032b6570032100", T1_PUB);
	uint8_t der[44], digest[32];
	char hex[65];
	wg_key *k = NULL;

	ck_assert(wg_key_load_public_pem(pem, strlen(pem), "t1.pub", &k) == 0);
	unhex("302a300506032b6570032100" T1_PUB, der, sizeof(der));
	crypto_hash_sha256(digest, der, sizeof(der));
	sodium_bin2hex(hex, sizeof(hex), digest, sizeof(digest));
	ck_assert_str_eq(wg_key_id(k), hex);
	ck_assert(!wg_key_can_sign(k));
	ck_assert(wg_key_sign(k, "x", 1, (uint8_t[64]){ 0 }) == WG_EINVAL);
	wg_key_free(k);
	free(pem);
}
END_TEST

START_TEST(pem_round_trip)
{
	wg_key *k = NULL, *priv = NULL, *pub = NULL;
	char *ppem = NULL, *kpem = NULL;

	ck_assert(wg_key_generate(&k) == 0);
	ck_assert(wg_key_write_private_pem(k, &kpem) == 0);
	ck_assert(wg_key_write_public_pem(k, &ppem) == 0);
	ck_assert(strstr(kpem, "-----BEGIN PRIVATE KEY-----\n") == kpem);
	ck_assert(wg_key_load_private_pem(kpem, strlen(kpem), "k", &priv) == 0);
	ck_assert(wg_key_load_public_pem(ppem, strlen(ppem), "p", &pub) == 0);
	ck_assert(wg_key_equal(k, priv) && wg_key_equal(k, pub));
	ck_assert_str_eq(wg_key_id(k), wg_key_id(pub));
	wg_key_pem_free(kpem);
	free(ppem);
	wg_key_free(k);
	wg_key_free(priv);
	wg_key_free(pub);
}
END_TEST

START_TEST(pkcs8_v2_with_public_key)
{
	char *ok = make_pem("PRIVATE KEY", "3051020101300506032b657004220420",
			    T1_SEED "812100" T1_PUB);
	char *bad = make_pem("PRIVATE KEY", "3051020101300506032b657004220420",
			     T1_SEED "812100" "1111111111111111111111111111111111111111111111111111111111111111");
	wg_key *k = NULL;

	ck_assert(wg_key_load_private_pem(ok, strlen(ok), "v2", &k) == 0);
	wg_key_free(k);
	ck_assert(wg_key_load_private_pem(bad, strlen(bad), "v2bad", &k) == WG_EPARSE);
	ck_assert(strstr(wg_error_last(), "does not match the private key"));
	free(ok);
	free(bad);
}
END_TEST

/* Bad inputs: the loader and the message each must give. */
static const struct {
	const char *name;
	int public_key;
	const char *prefix, *body;   /* DER, hex (NULL: use text) */
	const char *label;
	const char *text;
	const char *want;
} bad_keys[] = {
	{ "rsa-label", 0, NULL, NULL, NULL,
	  "-----BEGIN RSA PRIVATE KEY-----\nMIIBOgIBAAJBAK==\n-----END RSA PRIVATE KEY-----\n",
	  "PEM label is 'RSA PRIVATE KEY', expected 'PRIVATE KEY'" },
	{ "public-as-private", 0, "302a300506032b6570032100", T1_PUB, "PUBLIC KEY", NULL,
	  "PEM label is 'PUBLIC KEY', expected 'PRIVATE KEY'" },
	{ "private-as-public", 1, "302e020100300506032b657004220420", T1_SEED, "PRIVATE KEY", NULL,
	  "is a private key, expected a public key" },
	/* PKCS#8 with the rsaEncryption OID (1.2.840.113549.1.1.1) */
	{ "rsa-pkcs8", 0, "30820100020100300d06092a864886f70d0101010500", "0400", "PRIVATE KEY",
	  NULL, "is an RSA private key, only Ed25519" },
	/* SubjectPublicKeyInfo with id-ecPublicKey */
	{ "ec-spki", 1, "3059301306072a8648ce3d020106082a8648ce3d030107034200", "04",
	  "PUBLIC KEY", NULL, "is an EC public key, only Ed25519" },
	{ "ed448", 0, "3047020100300506032b6571043b0439", T1_SEED, "PRIVATE KEY", NULL,
	  "is an Ed448 private key" },
	{ "short-der", 0, "302e020100300506032b657004220420", "9d61b19d", "PRIVATE KEY", NULL,
	  "not an Ed25519 private key" },
	{ "truncated", 0, NULL, NULL, NULL,
	  "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMRE\n",
	  "truncated PEM" },
	{ "bad-base64", 0, NULL, NULL, NULL,
	  "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2Vw*CIEIJ1h\n-----END PRIVATE KEY-----\n",
	  "bad base64" },
	{ "trailing-garbage", 0, NULL, NULL, NULL, NULL, "unexpected data after the PEM block" },
	{ "empty", 0, NULL, NULL, NULL, "", "not a PEM file" },
	{ "not-pem", 1, NULL, NULL, NULL, "ssh-ed25519 AAAAC3Nz", "not a PEM file" },
};

START_TEST(bad_key)
{
	char *text;
	wg_key *k = (wg_key *)1;
	int rc;

	if (bad_keys[_i].prefix) {
		text = make_pem(bad_keys[_i].label, bad_keys[_i].prefix, bad_keys[_i].body);
	} else if (bad_keys[_i].text) {
		text = wg_strdup(bad_keys[_i].text);
	} else {   /* trailing-garbage: a good key followed by junk */
		char *good = make_pem("PRIVATE KEY", "302e020100300506032b657004220420", T1_SEED);
		text = wg_asprintf("%sjunk\n", good);
		free(good);
	}
	rc = bad_keys[_i].public_key ? wg_key_load_public_pem(text, strlen(text), "K", &k)
				     : wg_key_load_private_pem(text, strlen(text), "K", &k);
	ck_assert_msg(rc == WG_EPARSE, "%s: rc %d", bad_keys[_i].name, rc);
	ck_assert(k == NULL);
	ck_assert_msg(strstr(wg_error_last(), bad_keys[_i].want), "%s: got '%s', want '%s'",
		      bad_keys[_i].name, wg_error_last(), bad_keys[_i].want);
	ck_assert(strncmp(wg_error_last(), "K: ", 3) == 0);
	free(text);
}
END_TEST

START_TEST(key_files)
{
	char *base = wg_asprintf("%s/kf", wg_test_tmpdir());
	char *kpath = wg_asprintf("%s.key", base), *ppath = wg_asprintf("%s.pub", base);
	wg_key *k = NULL, *priv = NULL, *pub = NULL;
	bool insecure = true;
	struct stat st;

	ck_assert(wg_key_generate(&k) == 0);
	ck_assert(wg_key_write_files(k, base) == 0);
	ck_assert(stat(kpath, &st) == 0 && (st.st_mode & 0777) == 0600);
	ck_assert(wg_key_load_private_file(kpath, &priv, &insecure) == 0 && !insecure);
	ck_assert(wg_key_load_public_file(ppath, &pub) == 0);
	ck_assert(wg_key_equal(priv, pub) && wg_key_equal(k, pub));
	/* never overwrite: the key stays the same */
	ck_assert(wg_key_write_files(k, base) == WG_EEXISTS);
	ck_assert(strstr(wg_error_last(), "already exists"));
	/* a readable private key loads, flagged */
	ck_assert(chmod(kpath, 0644) == 0);
	wg_key_free(priv);
	ck_assert(wg_key_load_private_file(kpath, &priv, &insecure) == 0 && insecure);
	wg_key_free(pub);
	ck_assert(wg_key_load_private_file("/nonexistent/x.key", &pub, NULL)
		  == WG_EIO);
	wg_key_free(k);
	wg_key_free(priv);
	free(base);
	free(kpath);
	free(ppath);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("attest_keys");
	TCase *tc = tcase_create("keys");

	tcase_add_test(tc, rfc8032_vector);
	tcase_add_test(tc, key_id_is_sha256_of_spki);
	tcase_add_test(tc, pem_round_trip);
	tcase_add_test(tc, pkcs8_v2_with_public_key);
	tcase_add_loop_test(tc, bad_key, 0, sizeof(bad_keys) / sizeof(bad_keys[0]));
	tcase_add_test(tc, key_files);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
