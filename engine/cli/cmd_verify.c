/*
 * cmd_verify.c - 'wasmgate verify': checks a signed attestation (DSSE
 * envelope of an in-toto statement, wg_attestation_verify()) and/or the
 * signature embedded in the module (wg_modsig_verify()) against trusted
 * public keys.  Prints what it verified, with the waivers the approval
 * depended on; a waiver that has expired since (judged today, or on
 * --today) counts its finding again, so an approval that needed it no
 * longer meets --require approve.  Exit 0 only when every check holds, 1
 * with one line per failed check, 2 for usage or unreadable input.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/attest.h"
#include "wasmgate/dsse.h"
#include "wasmgate/modsig.h"
#include "wasmgate/waiver.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MODULE (256u * 1024 * 1024)
#define MAX_KEYS 64

typedef struct {
	wg_key *keys[MAX_KEYS];
	const char *key_paths[MAX_KEYS];
	size_t num_keys;
	const char *attestation, *policy, *plugin;
	bool embedded, has_require;
	int require;
	time_t now;              /* --today (its start), or 0: now */
} verify_args;

static void usage(FILE *f)
{
	fprintf(f, "usage: wasmgate verify --key PUB [--key PUB2 ...] --attestation ENV.intoto.json\n"
		"                       [--require approve|flag|any] [--policy RULES.yml]\n"
		"                       [--today YYYY-MM-DD] PLUGIN.wasm\n"
		"       wasmgate verify --embedded --key PUB [--key PUB2 ...] PLUGIN.wasm\n\n"
		"Checks the DSSE envelope, its signature by any trusted key, the in-toto\n"
		"statement and SLSA predicate types, that the subject digest is PLUGIN's\n"
		"sha256, the predicate's decision (default --require approve; 'flag' also\n"
		"accepts flag, 'any' accepts every decision) and with --policy that the\n"
		"attested rules digest is RULES.yml's.  It lists the waivers the decision\n"
		"depended on: one that has expired since (judged today, UTC, or on --today)\n"
		"no longer counts, so its finding does again and an approval that needed it\n"
		"fails --require approve ('flag' or 'any' accept it, with a warning).\n"
		"--embedded checks the signature section inside the module (wasmgate sign /\n"
		"wasmsign2).\n");
}

static const char *key_path_of(const verify_args *va, const char *keyid)
{
	for (size_t i = 0; i < va->num_keys; i++)
		if (!strcmp(wg_key_id(va->keys[i]), keyid))
			return va->key_paths[i];
	return "?";
}

/* The waivers the decision depended on; expired ones also as a warning. */
static void print_waivers(const wg_attestation_result *r)
{
	static const char *const sev[3] = { "note", "warning", "error" };

	for (size_t i = 0; i < r->num_waivers; i++) {
		const wg_attested_waiver *a = &r->waivers[i];

		printf("  waiver     %s \"%s\" approved by %s until %s%s\n", cli_esc(a->rule),
		       cli_esc(a->item), cli_esc(a->approved_by), a->expires[0] ? cli_esc(a->expires) : "?",
		       a->expired ? ": EXPIRED, counts again" : "");
		if (a->expired)
			cli_error("verify: warning: the waiver of %s \"%s\" expired on %s: its %s "
				  "counts again", a->rule ? a->rule : "?", a->item ? a->item : "?",
				  a->expires[0] ? a->expires : "?", sev[a->severity % 3]);
	}
	if (r->has_decision && r->decision_now != r->decision)
		printf("  now        %s (the expired waivers' findings count again)\n",
		       (const char *[]){ "approve", "flag", "reject" }[r->decision_now]);
}

static void print_ok(const verify_args *va, const wg_attestation_result *r)
{
	printf("verified attestation %s for %s\n", cli_esc(va->attestation), cli_esc(va->plugin));
	printf("  signature  Ed25519, trusted key %s (%s)\n", r->signer_keyid,
	       cli_esc(key_path_of(va, r->signer_keyid)));
	printf("  statement  %s, predicate %s\n", WG_INTOTO_STATEMENT_V1, WG_SLSA_VSA_V1);
	printf("  subject    %s sha256:%s\n", r->subject_name ? cli_esc(r->subject_name) : "?",
	       cli_esc(r->subject_sha256));
	printf("  decision   %s (verificationResult %s; %zu errors, %zu warnings, %zu notes)\n",
	       r->has_decision ? (const char *[]){ "approve", "flag", "reject" }[r->decision] : "?",
	       cli_esc(r->verification_result), r->counts[WG_SEV_ERROR], r->counts[WG_SEV_WARNING],
	       r->counts[WG_SEV_NOTE]);
	printf("  rules      %s %s sha256:%s%s\n", r->rules_name ? cli_esc(r->rules_name) : "?",
	       r->policy_uri ? cli_esc(r->policy_uri) : "?", cli_esc(r->policy_sha256),
	       va->policy ? " (matches --policy)" : "");
	printf("  audited    %s by wasmgate %s\n", r->time_verified ? cli_esc(r->time_verified) : "?",
	       r->verifier_version ? cli_esc(r->verifier_version) : "?");
	print_waivers(r);
}

static int verify_attestation(const verify_args *va, const uint8_t *wasm, size_t wasm_len)
{
	wg_verify_options o = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result res;
	uint8_t policy_sha[32];
	char *env = NULL;
	size_t env_len = 0;
	int rc;

	if (va->policy && wg_sha256_file(va->policy, policy_sha)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	if (wg_file_read(va->attestation, WG_DSSE_MAX_BYTES, &env, &env_len)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	o.has_require = va->has_require;
	o.require = (wg_decision)va->require;
	o.policy_sha256 = va->policy ? policy_sha : NULL;
	o.envelope_name = va->attestation;
	o.subject_path = va->plugin;
	o.waivers_expire = true;
	o.now = va->now;
	rc = wg_attestation_verify(env, env_len, (const wg_key *const *)va->keys, va->num_keys,
				   wasm, wasm_len, NULL, &o, &res);
	free(env);
	if (rc == 0)
		print_ok(va, &res);
	else if (rc == WG_EVERIFY)
		for (size_t i = 0; i < res.num_failures; i++)
			cli_error("verify: FAILED: %s", res.failures[i]);
	else
		cli_error(NULL);
	wg_attestation_result_free(&res);
	return rc == 0 ? WG_EXIT_OK : rc == WG_EVERIFY ? WG_EXIT_FAIL : WG_EXIT_ERROR;
}

static int verify_embedded(const verify_args *va, const uint8_t *wasm, size_t wasm_len)
{
	const wg_key *signer = NULL;
	int rc = wg_modsig_verify(wasm, wasm_len, va->plugin, (const wg_key *const *)va->keys,
				  va->num_keys, &signer);

	if (rc) {
		cli_error("verify: FAILED: %s", wg_error_last());
		return rc == WG_ENOMEM ? WG_EXIT_ERROR : WG_EXIT_FAIL;
	}
	printf("verified embedded signature of %s\n  signature  Ed25519, trusted key %s (%s)\n",
	       cli_esc(va->plugin), wg_key_id(signer), cli_esc(key_path_of(va, wg_key_id(signer))));
	return WG_EXIT_OK;
}

static int parse_require(const char *s, verify_args *va)
{
	if (!strcmp(s, "any")) {
		va->has_require = false;
		return 0;
	}
	va->require = wg_attestation_decision_parse(s);
	va->has_require = true;
	if (va->require < 0) {
		cli_error("verify: --require must be approve, flag, reject or any, not '%s'", s);
		return -1;
	}
	return 0;
}

static int add_key(verify_args *va, const char *path)
{
	if (va->num_keys == MAX_KEYS) {
		cli_error("verify: at most %d --key options", MAX_KEYS);
		return -1;
	}
	if (wg_key_load_public_file(path, &va->keys[va->num_keys])) {
		cli_error(NULL);
		return -1;
	}
	va->key_paths[va->num_keys++] = path;
	return 0;
}

static int parse_args(int argc, char **argv, verify_args *va)
{
	static const struct option opts[] = {
		{ "key", required_argument, NULL, 'k' },
		{ "attestation", required_argument, NULL, 'a' },
		{ "embedded", no_argument, NULL, 'e' },
		{ "require", required_argument, NULL, 'r' },
		{ "policy", required_argument, NULL, 'p' },
		{ "today", required_argument, NULL, 't' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	int c;

	while ((c = getopt_long(argc, argv, "k:a:er:p:h", opts, NULL)) != -1) {
		switch (c) {
		case 'k': if (add_key(va, optarg)) return WG_EXIT_ERROR; break;
		case 'a': va->attestation = optarg; break;
		case 'e': va->embedded = true; break;
		case 'r': if (parse_require(optarg, va)) return WG_EXIT_ERROR; break;
		case 'p': va->policy = optarg; break;
		case 't':
			if (wg_date_parse(optarg, &va->now)) {
				cli_error("verify: --today wants a date YYYY-MM-DD, not '%s'", optarg);
				return WG_EXIT_ERROR;
			}
			va->now -= 86400;   /* the start of that day */
			break;
		case 'h': usage(stdout); return -1;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (optind + 1 != argc || !va->num_keys || (!va->attestation && !va->embedded)) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	va->plugin = argv[optind];
	return 0;
}

int cmd_verify(int argc, char **argv)
{
	verify_args va = { .has_require = true, .require = WG_DECISION_APPROVE };
	wg_file_view v = { 0 };
	int rc = parse_args(argc, argv, &va), rc2 = WG_EXIT_OK;

	if (rc)
		goto out;
	if (wg_file_view_open(&v, va.plugin, MAX_MODULE)) {
		cli_error(NULL);
		rc = WG_EXIT_ERROR;
		goto out;
	}
	if (va.attestation)
		rc = verify_attestation(&va, v.data, v.size);
	if (va.embedded)
		rc2 = verify_embedded(&va, v.data, v.size);
	rc = rc > rc2 ? rc : rc2;
	wg_file_view_close(&v);
out:
	for (size_t i = 0; i < va.num_keys; i++)
		wg_key_free(va.keys[i]);
	return rc < 0 ? WG_EXIT_OK : rc;
}
