/*
 * verify.c - `registry verify`: everything a runtime would check, over the
 * whole registry, one line per problem: the index signature by the trusted
 * registry key, index.json being the signed bytes (or exactly the previous
 * index: an interrupted write), expiry, the index's fields, every file the
 * index names (a regular file, not a symlink, its size and sha256), every
 * attestation against keys/audit/ and the entry's digest, and with --since
 * that the current index descends from the older one through the signed
 * history links (a rewritten history is a fork; a lower version a rollback).
 */
#include "registry/registry_int.h"
#include "wasmgate/attest.h"
#include "util/util.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	char **lines;
	size_t n;
	int root;
	const wg_key *key;
	wg_key **audit;
	size_t num_audit;
	time_t now;
} vctx;

#define PROBLEM(v, ...) reg_line_add(&(v)->lines, &(v)->n, __VA_ARGS__)

static void check_header(vctx *v, json_t *ix)
{
	json_t *ver = json_object_get(ix, "version"), *prev = json_object_get(ix, "previous");
	const char *exp = json_string_value(json_object_get(ix, "expires"));
	time_t when;

	if (json_integer_value(json_object_get(ix, "format")) != WG_REGISTRY_FORMAT)
		PROBLEM(v, "index: format is not %d", WG_REGISTRY_FORMAT);
	if (!json_is_integer(ver) || json_integer_value(ver) < 1)
		PROBLEM(v, "index: version is not a positive integer");
	if (!(json_is_null(prev) && json_integer_value(ver) == 1) &&
	    !(json_is_string(prev) && strlen(json_string_value(prev)) == 64))
		PROBLEM(v, "index: previous is not a sha256 (or null in version 1)");
	if (reg_time_parse(exp, &when))
		PROBLEM(v, "index: expires is not an RFC 3339 UTC time");
	else if (when <= v->now)
		PROBLEM(v, "index: expired at %s", exp);
	if (!json_is_object(json_object_get(ix, "plugins")))
		PROBLEM(v, "index: plugins is not an object");
}

/* A file the index names: present, regular, the size and digest it says. */
static void check_file(vctx *v, json_t *ref, const char *what, char **keep, size_t *keep_len)
{
	const char *path = json_string_value(json_object_get(ref, "path"));
	const char *want = json_string_value(json_object_get(ref, "sha256"));
	char *dir, *slash, *data = NULL, hex[65];
	uint8_t sha[32];
	size_t len = 0;
	int fd;

	if (!path || !want || strncmp(path, "plugins/", 8) || strstr(path, "..") ||
	    !(slash = strrchr(path, '/'))) {
		PROBLEM(v, "index: %s has no valid path and sha256", what);
		return;
	}
	if (!(dir = wg_strndup(path, (size_t)(slash - path))))
		return;
	if (reg_path_open(v->root, dir, 0, &fd) == 0) {
		if (reg_file_read(fd, slash + 1, WG_REGISTRY_MAX_PLUGIN, &data, &len) != 0)
			PROBLEM(v, "%s: %s", path, wg_error_last());
		close(fd);
	} else {
		PROBLEM(v, "%s: %s", path, wg_error_last());
	}
	free(dir);
	if (!data)
		return;
	wg_sha256(data, len, sha);
	wg_hex(sha, 32, hex);
	if (strcmp(hex, want))
		PROBLEM(v, "%s: sha256 %.16s... is not the index's %.16s...", path, hex, want);
	else if (json_integer_value(json_object_get(ref, "size")) != (json_int_t)len)
		PROBLEM(v, "%s: size %zu is not the index's", path, len);
	if (keep) {
		*keep = data;
		*keep_len = len;
	} else {
		free(data);
	}
}

static bool hex_ok(const char *hex, uint8_t out[32])
{
	size_t n = 0;

	return sodium_hex2bin(out, 32, hex, 64, NULL, &n, NULL) == 0 && n == 32;
}

static void check_attestation(vctx *v, const char *id, json_t *entry, const char *env, size_t len)
{
	wg_verify_options vo = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result ar;
	uint8_t sha[32];
	const char *hex = json_string_value(json_object_get(entry, "sha256"));

	if (!hex || strlen(hex) != 64 || !hex_ok(hex, sha)) {
		PROBLEM(v, "%s: index entry has no valid sha256", id);
		return;
	}
	memset(&ar, 0, sizeof(ar));
	vo.envelope_name = id;
	vo.subject_path = id;
	if (wg_attestation_verify(env, len, (const wg_key *const *)v->audit, v->num_audit, NULL, 0, sha,
				  &vo, &ar) != 0)
		for (size_t i = 0; i < ar.num_failures; i++)
			PROBLEM(v, "%s", ar.failures[i]);
	wg_attestation_result_free(&ar);
}

static void check_entry(vctx *v, const char *name, const char *version, json_t *e)
{
	json_t *files = json_object_get(e, "files");
	char *id = wg_asprintf("%s@%s", name, version), *env = NULL;
	size_t env_len = 0;

	if (!id)
		return;
	if (wg_registry_name_check("name", name) || wg_registry_name_check("version", version))
		PROBLEM(v, "index: %s", wg_error_last());
	else if (!json_is_object(e) || !json_is_object(files))
		PROBLEM(v, "index: %s is not an entry with files", id);
	else {
		check_file(v, json_object_get(files, "wasm"), id, NULL, NULL);
		check_file(v, json_object_get(files, "attestation"), id, &env, &env_len);
		if (!json_is_null(json_object_get(files, "sarif")))
			check_file(v, json_object_get(files, "sarif"), id, NULL, NULL);
		if (!json_is_null(json_object_get(files, "build")))
			check_file(v, json_object_get(files, "build"), id, NULL, NULL);
		if (env)
			check_attestation(v, id, e, env, env_len);
	}
	free(env);
	free(id);
}

static void check_plugins(vctx *v, json_t *ix)
{
	json_t *versions, *e;
	const char *name, *version;

	json_object_foreach(json_object_get(ix, "plugins"), name, versions) {
		if (!json_is_object(versions)) {
			PROBLEM(v, "index: plugins.%s is not an object", name);
			continue;
		}
		json_object_foreach(versions, version, e)
			check_entry(v, name, version, e);
	}
}

static const char *str_or(json_t *s)
{
	return json_is_string(s) ? json_string_value(s) : "";
}

/* Walk the signed history links from the current index back to `old`. */
static void check_since(vctx *v, const reg_index *cur, const char *since_path)
{
	json_t *old;
	char *bytes = NULL, hex[65], want[65], expected[65];
	size_t len = 0;
	uint8_t sha[32];
	long long ov, cv = json_integer_value(json_object_get(cur->index, "version"));

	if (wg_file_read(since_path, WG_REGISTRY_MAX_INDEX, &bytes, &len)) {
		PROBLEM(v, "%s", wg_error_last());
		return;
	}
	wg_sha256(bytes, len, sha);
	wg_hex(sha, 32, want);
	old = json_loadb(bytes, len, JSON_REJECT_DUPLICATES, NULL);
	free(bytes);
	ov = json_integer_value(json_object_get(old, "version"));
	json_decref(old);
	if (ov < 1) {
		PROBLEM(v, "%s: not an index (no version)", since_path);
		return;
	}
	wg_hex(cur->sha256, 32, hex);
	if (ov > cv) {
		PROBLEM(v, "rollback: the index is version %lld, older than the trusted version %lld (%s)",
			cv, ov, since_path);
		return;
	}
	if (ov == cv) {
		if (strcmp(hex, want))
			PROBLEM(v, "fork: index version %lld is not the trusted one (%s)", cv, since_path);
		return;
	}
	snprintf(expected, sizeof(expected), "%s", str_or(json_object_get(cur->index, "previous")));
	for (long long n = cv - 1; n > ov; n--) {
		json_t *link = NULL;
		const char *at;
		int linked;

		if (reg_history_load(v->root, v->key, n, &link)) {
			PROBLEM(v, "broken chain: %s", wg_error_last());
			return;
		}
		at = json_string_value(json_object_get(link, "sha256"));
		linked = at && !strcmp(at, expected) && json_integer_value(json_object_get(link, "version")) == n;
		snprintf(expected, sizeof(expected), "%s", str_or(json_object_get(link, "previous")));
		json_decref(link);
		if (!linked) {
			PROBLEM(v, "broken chain: history/%lld.json is not the index version %lld's previous", n, n + 1);
			return;
		}
	}
	if (strcmp(expected, want))
		PROBLEM(v, "fork: the chain of previous digests from version %lld does not reach the trusted version %lld (%s)",
			cv, ov, since_path);
}

int wg_registry_verify(const char *dir, const wg_registry_verify_options *opts,
		       char ***problems, size_t *num_problems)
{
	vctx v;
	reg_index ix;
	wg_key *pub = NULL;
	int rc;

	memset(&v, 0, sizeof(v));
	*problems = NULL;
	*num_problems = 0;
	v.now = opts->now ? opts->now : time(NULL);
	if ((rc = reg_root_open(dir, &v.root)) != 0)
		return rc;
	if (!opts->key && (rc = reg_registry_key_load(v.root, &pub)) != 0)
		goto out;
	v.key = opts->key ? opts->key : pub;
	if (reg_index_load(v.root, v.key, &ix) != 0) {
		PROBLEM(&v, "%s", wg_error_last());
		goto out;
	}
	if (reg_audit_keys_load(v.root, &v.audit, &v.num_audit) != 0)
		PROBLEM(&v, "%s", wg_error_last());
	check_header(&v, ix.index);
	check_plugins(&v, ix.index);
	if (opts->since_path)
		check_since(&v, &ix, opts->since_path);
	reg_index_release(&ix);
out:
	reg_keys_free(v.audit, v.num_audit);
	wg_key_free(pub);
	close(v.root);
	*problems = v.lines;
	*num_problems = v.n;
	if (!rc && v.n)
		rc = wg_error_set(WG_EVERIFY, "%s", v.lines[0]);
	return rc;
}

int wg_registry_index_load(const char *dir, json_t **index)
{
	wg_key *pub = NULL;
	reg_index ix;
	int root, rc;

	*index = NULL;
	if ((rc = reg_root_open(dir, &root)) != 0)
		return rc;
	if (!(rc = reg_registry_key_load(root, &pub)) && !(rc = reg_index_load(root, pub, &ix)))
		*index = ix.index;
	wg_key_free(pub);
	close(root);
	return rc;
}
