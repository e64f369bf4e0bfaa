/*
 * out_attest.c - the attest step of an audit run (cli_attest_write); the
 * key comes from cli_signing_key_load() (cli_util.c).
 *
 * With a key (--sign-key FILE, or the PEM in env WASMGATE_SIGNING_KEY, as
 * an Actions secret), each plugin gets <attest_dir>/<plugin>.intoto.json
 * (the signed DSSE envelope) and <plugin>.predicate.json (the bare
 * predicate, for GitHub's actions/attest predicate-path), both written
 * atomically; their paths go to a->attestations[i] / a->predicates[i]
 * (heap strings, freed by cli_audit_release()).  Plugins of one run that
 * share a name (two plugin.wasm in different folders) never overwrite each
 * other: a later one is named <plugin>-<first 12 hex digits of its
 * sha256>, plus -<n> when even those are equal (the same bytes twice).
 * The key is never printed.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/attest.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>

/* `path` relative to the workspace when it lies inside it. */
static const char *relative_uri(const cli_audit *a, const char *path)
{
	size_t n = a->workspace ? strlen(a->workspace) : 0;

	if (path && n && !strncmp(path, a->workspace, n) && path[n] == '/')
		return path + n + 1;
	return path;
}

static char *default_dir(const cli_audit *a)
{
	const char *sarif = a->sarif_written ? a->sarif_written : a->sarif_path;
	char *copy, *dir;

	if (a->attest_dir)
		return wg_strdup(a->attest_dir);
	if (!sarif)
		return wg_strdup(".");
	copy = wg_strdup(sarif);
	if (!copy)
		return NULL;
	dir = wg_strdup(dirname(copy));
	free(copy);
	return dir;
}

static int write_json(const char *path, json_t *j)
{
	char *text = json_dumps(j, JSON_INDENT(2) | JSON_SORT_KEYS);
	char *line = text ? wg_asprintf("%s\n", text) : NULL;
	int rc = line ? wg_file_write_atomic(path, line, strlen(line), 0644, 0) : WG_ENOMEM;

	free(text);
	free(line);
	return rc;
}

/* Is `stem` already used by one of the reports before `i` in this run? */
static bool stem_taken(const cli_audit *a, const char *dir, size_t i, const char *stem)
{
	char *path = wg_asprintf("%s/%s.intoto.json", dir, stem);
	bool taken = false;

	for (size_t j = 0; path && j < i && !taken; j++)
		taken = a->attestations[j] && !strcmp(a->attestations[j], path);
	free(path);
	return taken;
}

/* The file name stem of report i's attestation: its plugin name, made
 * unique within the run (see the top of this file). */
static char *unique_stem(const cli_audit *a, const char *dir, size_t i)
{
	const wg_report *r = a->reports[i];
	char hex[65] = "unread";
	char *stem = wg_strdup(r->plugin);

	if (!stem || !stem_taken(a, dir, i, stem))
		return stem;
	free(stem);
	if (r->module)
		wg_hex(r->module->sha256, 6, hex);
	stem = wg_asprintf("%s-%s", r->plugin, hex);
	for (unsigned n = 2; stem && stem_taken(a, dir, i, stem); n++) {
		free(stem);
		stem = wg_asprintf("%s-%s-%u", r->plugin, hex, n);
	}
	return stem;
}

static int write_one(cli_audit *a, const wg_key *key, const char *dir, size_t i,
		     const uint8_t *sarif_sha)
{
	const wg_report *r = a->reports[i];
	wg_attestation_options o = WG_ATTESTATION_OPTIONS_INIT;
	json_t *st = NULL;
	char *env = NULL, *stem;
	int rc;

	o.resource_uri = relative_uri(a, r->path);
	o.policy_uri = relative_uri(a, a->policy->path ? a->policy->path : a->rules_path);
	o.sarif_uri = sarif_sha ? relative_uri(a, a->sarif_written) : NULL;
	o.sarif_sha256 = sarif_sha;
	stem = unique_stem(a, dir, i);
	a->attestations[i] = stem ? wg_asprintf("%s/%s.intoto.json", dir, stem) : NULL;
	a->predicates[i] = stem ? wg_asprintf("%s/%s.predicate.json", dir, stem) : NULL;
	free(stem);
	if (!a->attestations[i] || !a->predicates[i])
		return WG_ENOMEM;
	if ((rc = wg_attestation_build(r, a->policy, &o, &st))
	    || (rc = wg_attestation_sign(st, key, &env)))
		goto out;
	rc = wg_file_write_atomic(a->attestations[i], env, strlen(env), 0644, 0);
	if (!rc)
		rc = write_json(a->predicates[i], wg_attestation_predicate(st));
out:
	json_decref(st);
	free(env);
	return rc;
}

static int write_all(cli_audit *a, const wg_key *key)
{
	uint8_t sarif_sha[32];
	const uint8_t *sha = NULL;
	char *dir = default_dir(a);
	int rc = 0;

	if (!dir)
		return WG_ENOMEM;
	if ((rc = wg_dir_create(dir, 0755)))
		goto out;
	if (a->sarif_written && wg_sha256_file(a->sarif_written, sarif_sha) == 0)
		sha = sarif_sha;
	if (!a->attestations)
		a->attestations = wg_calloc(a->num_reports + 1, sizeof(char *));
	if (!a->predicates)
		a->predicates = wg_calloc(a->num_reports + 1, sizeof(char *));
	if (!a->attestations || !a->predicates) {
		rc = WG_ENOMEM;
		goto out;
	}
	for (size_t i = 0; i < a->num_reports && !rc; i++)
		rc = write_one(a, key, dir, i, sha);
out:
	free(dir);
	return rc;
}

int cli_attest_write(cli_audit *a)
{
	wg_key *key = NULL;
	int rc = cli_signing_key_load(a->sign_key_path, &key);

	if (rc || !key)
		return rc;
	if (!a->policy) {
		wg_key_free(key);
		cli_error("attest: no rules loaded, nothing to attest");
		return WG_EXIT_ERROR;
	}
	rc = write_all(a, key);
	wg_key_free(key);
	if (rc) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	return 0;
}
