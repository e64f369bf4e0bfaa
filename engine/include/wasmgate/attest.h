/*
 * attest.h - signed audit attestations: an in-toto Statement v1 about one
 * plugin (subject = plugin name + sha256 of its bytes) whose predicate is a
 * SLSA Verification Summary v1 extended with wasmgate's own fields, signed
 * in a DSSE envelope (dsse.h) with an Ed25519 key (key.h).
 *
 * Predicate shape (keys only ever get added):
 *   { verifier {id: WG_VERIFIER_ID, version {wasmgate: VERSION}},
 *     timeVerified: RFC 3339 UTC, resourceUri, policy {uri, digest {sha256}},
 *     verificationResult: "PASSED" (approve) | "FAILED", verifiedLevels: [],
 *     wasmgate { decision, counts {error, warning, note}, waived,
 *                rules {name}, sarif {uri, digest {sha256}} (when given),
 *                waivers [{rule, item, reason, approved_by, expires, severity}] } }
 * (severity: of the finding the waiver suppressed; attestations before it
 * was recorded lack it, and verify then assumes error.)
 * The bare predicate is what GitHub's actions/attest takes as predicate-path.
 */
#ifndef WASMGATE_ATTEST_H
#define WASMGATE_ATTEST_H

#include "common.h"
#include "audit.h"
#include "key.h"
#include <jansson.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WG_INTOTO_STATEMENT_V1 "https://in-toto.io/Statement/v1"
#define WG_SLSA_VSA_V1 "https://slsa.dev/verification_summary/v1"
#define WG_VERIFIER_ID "https://github.com/wasmgate/wasmgate"

typedef struct {
	int version;                 /* 1 */
	const char *subject_name;    /* NULL: the report's plugin name */
	const char *resource_uri;    /* NULL: the report's path */
	const char *policy_uri;      /* NULL: the policy's path (or its name) */
	const char *sarif_uri;       /* SARIF file written for this run, or NULL */
	const uint8_t *sarif_sha256; /* its digest (with sarif_uri) */
	time_t time;                 /* timeVerified; 0 = now */
} wg_attestation_options;

#define WG_ATTESTATION_OPTIONS_INIT { 1, NULL, NULL, NULL, NULL, NULL, 0 }

/**
 * Build the in-toto Statement for report `r` audited under `p`.
 * The subject digest is the module's sha256 (read from r->path when the
 * report has no module).  *statement is a new reference.
 */
int wg_attestation_build(const wg_report *r, const wg_policy *p,
			 const wg_attestation_options *opts, json_t **statement);

/** The predicate of a statement (borrowed reference), or NULL. */
json_t *wg_attestation_predicate(json_t *statement);

/**
 * Serialise `statement` (compact, sorted keys) and sign it into a DSSE
 * envelope with payloadType application/vnd.in-toto+json.  *envelope is
 * JSON text (caller frees).
 */
int wg_attestation_sign(json_t *statement, const wg_key *key, char **envelope);

typedef struct {
	int version;                 /* 1 */
	bool has_require;            /* check the decision */
	wg_decision require;         /* the worst decision accepted (approve: only approve) */
	const uint8_t *policy_sha256;/* the rules file's sha256 to match, or NULL */
	const char *envelope_name;   /* names the envelope in messages */
	const char *subject_path;    /* names the plugin in messages */
	bool waivers_expire;         /* judge the decision as it stands now: a waiver of the
	                                attestation that has expired no longer suppresses
	                                its finding (decision_now; checked against require) */
	time_t now;                  /* the moment waivers are judged at; 0 = time(NULL) */
} wg_verify_options;

#define WG_VERIFY_OPTIONS_INIT { 1, true, WG_DECISION_APPROVE, NULL, "attestation", "plugin", \
				 false, 0 }

/** A waiver an attestation records (its wasmgate.waivers entries). */
typedef struct {
	char *rule, *item, *approved_by, *reason;  /* NULL when absent */
	char expires[11];            /* YYYY-MM-DD as recorded ("" when not one) */
	wg_severity severity;        /* of the finding it suppressed (error when not recorded) */
	bool expired;                /* at opts->now: after its expires day (UTC), or no date */
} wg_attested_waiver;

/** What wg_attestation_verify() found; fields are "" / false when absent. */
typedef struct {
	int version;                 /* 1 */
	bool signature_ok;
	char signer_keyid[WG_KEY_ID_LEN + 1];
	char *subject_name;
	char subject_sha256[65];     /* the matching subject's digest */
	bool has_decision;
	wg_decision decision;
	char *verification_result;   /* "PASSED" / "FAILED" */
	char *time_verified;
	char *verifier_version;
	char *policy_uri;
	char policy_sha256[65];
	char *rules_name;
	size_t counts[3];            /* per wg_severity */
	wg_attested_waiver *waivers; /* the waivers the approval depended on */
	size_t num_waivers;
	size_t num_expired;          /* of them, expired at opts->now */
	wg_decision decision_now;    /* the decision with expired waivers' findings counted
	                                again (= decision when none expired; with has_decision) */
	char **failures;             /* one line per check that did not hold */
	size_t num_failures;
} wg_attestation_result;

/**
 * Verify a DSSE envelope (JSON text) about a plugin: envelope shape,
 * payloadType, a signature by any of `trusted`, statement _type and
 * predicateType, a subject whose sha256 equals the plugin's (from `wasm`
 * bytes, or `wasm_sha256` when `wasm` is NULL), the predicate's content
 * (decision present, consistent with verificationResult), the decision
 * against opts->require and the policy digest.  Checks go on after a
 * failure when they still make sense, so every problem gets its own line
 * in res->failures (which is never acceptance: a bad signature alone fails).
 * @return WG_OK when everything holds; WG_EVERIFY otherwise (wg_error_last()
 *         is the first failure); WG_ENOMEM.
 */
int wg_attestation_verify(const char *envelope, size_t envelope_len,
			  const wg_key *const *trusted, size_t num_trusted,
			  const uint8_t *wasm, size_t wasm_len, const uint8_t *wasm_sha256,
			  const wg_verify_options *opts, wg_attestation_result *res);

void wg_attestation_result_free(wg_attestation_result *res);

/** "approve" / "flag" / "reject" to a decision; -1 when unknown. */
int wg_attestation_decision_parse(const char *name);

#ifdef __cplusplus
}
#endif
#endif
