/*
 * index.c - the signed index.  index.json.sig is a DSSE envelope (payload
 * type WG_REGISTRY_INDEX_TYPE) by the registry key whose payload is the
 * index in its one canonical form (jansson, sorted keys, compact, integers
 * only); index.json is the same bytes for people and diff tools.  Writes go
 * history/<version>.json (a signed {version, sha256, previous} link, so
 * `verify --since` can walk the hash chain), then index.json.sig, then
 * index.json, each by atomic rename: a crash between the last two leaves
 * index.json exactly one version behind, which the loader recognises by
 * the signed index's `previous` digest and the next write repairs.
 */
#include "registry/registry_int.h"
#include "wasmgate/dsse.h"
#include "util/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int reg_line_add(char ***lines, size_t *n, const char *fmt, ...)
{
	char **grown, *line;
	va_list ap;

	va_start(ap, fmt);
	line = wg_vasprintf(fmt, ap);
	va_end(ap);
	grown = line ? realloc(*lines, (*n + 1) * sizeof(*grown)) : NULL;
	if (!grown) {
		free(line);
		return -1;
	}
	*lines = grown;
	grown[(*n)++] = line;
	return 0;
}

void wg_registry_lines_free(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

char *reg_index_dump(const json_t *index, size_t *len)
{
	char *s = json_dumps(index, JSON_SORT_KEYS | JSON_COMPACT);

	if (!s) {
		wg_error_set(WG_ENOMEM, "index: cannot serialise");
		return NULL;
	}
	*len = strlen(s);
	return s;
}

/* Verify the envelope text and return its canonical index payload. */
static int open_envelope(const char *text, size_t len, const wg_key *trusted,
			 const char *want_type, const char *name, json_t **out,
			 uint8_t sha[32])
{
	wg_dsse_envelope *env = NULL;
	json_error_t jerr;
	char *again = NULL;
	size_t again_len = 0;
	int rc;

	if ((rc = wg_dsse_parse(text, len, name, &env)) != 0)
		return rc;
	if (strcmp(env->payload_type, want_type)) {
		rc = wg_error_set(WG_EVERIFY, "%s: payloadType is '%s', expected '%s'", name,
				  env->payload_type, want_type);
	} else if ((rc = wg_dsse_verify(env, &trusted, 1, NULL)) != 0) {
		reg_error_prefix(rc, name);
	} else if (!(*out = json_loadb((const char *)env->payload, env->payload_len,
				       JSON_REJECT_DUPLICATES, &jerr))) {
		rc = wg_error_set(WG_EPARSE, "%s: payload is not JSON: %s", name, jerr.text);
	} else if (!(again = reg_index_dump(*out, &again_len)) || again_len != env->payload_len ||
		   memcmp(again, env->payload, again_len)) {
		rc = wg_error_set(WG_EPARSE, "%s: payload is not in canonical form (sorted keys, compact)",
				  name);
	}
	if (!rc)
		wg_sha256(env->payload, env->payload_len, sha);
	if (rc && *out) {
		json_decref(*out);
		*out = NULL;
	}
	free(again);
	wg_dsse_envelope_free(env);
	return rc;
}

static int compare_copy(int rootfd, reg_index *ix)
{
	const char *prev = json_string_value(json_object_get(ix->index, "previous"));
	char *copy = NULL, *signed_bytes;
	size_t copy_len = 0, len = 0;
	uint8_t sha[32];
	char hex[65];
	int rc;

	if ((rc = reg_file_read(rootfd, REG_INDEX, WG_REGISTRY_MAX_INDEX, &copy, &copy_len)) != 0)
		return rc;
	if (!(signed_bytes = reg_index_dump(ix->index, &len))) {
		free(copy);
		return WG_ENOMEM;
	}
	if (copy_len != len || memcmp(copy, signed_bytes, len)) {
		wg_sha256(copy, copy_len, sha);
		wg_hex(sha, 32, hex);
		if (prev && !strcmp(prev, hex))
			ix->stale_copy = true;
		else
			rc = wg_error_set(WG_EVERIFY, "index.json: is not the signed index in index.json.sig");
	}
	free(copy);
	free(signed_bytes);
	return rc;
}

int reg_index_load(int rootfd, const wg_key *trusted, reg_index *ix)
{
	char *text = NULL;
	size_t len = 0;
	int rc;

	memset(ix, 0, sizeof(*ix));
	if ((rc = reg_file_read(rootfd, REG_INDEX_SIG, WG_DSSE_MAX_BYTES, &text, &len)) != 0)
		return rc;
	rc = open_envelope(text, len, trusted, WG_REGISTRY_INDEX_TYPE, REG_INDEX_SIG, &ix->index,
			   ix->sha256);
	free(text);
	if (!rc && !json_is_object(ix->index))
		rc = wg_error_set(WG_EPARSE, "%s: the index is not an object", REG_INDEX_SIG);
	if (!rc)
		rc = compare_copy(rootfd, ix);
	if (rc)
		reg_index_release(ix);
	return rc;
}

void reg_index_release(reg_index *ix)
{
	json_decref(ix->index);
	ix->index = NULL;
}

int reg_index_advance(json_t *index, const uint8_t prev_sha256[32], time_t now, long expires_in)
{
	json_int_t version = json_integer_value(json_object_get(index, "version"));
	char hex[65], when[21], updated[21];

	if (!now)
		now = time(NULL);
	if (expires_in <= 0)
		expires_in = WG_REGISTRY_DEFAULT_EXPIRES;
	wg_hex(prev_sha256, 32, hex);
	reg_time_format(now + expires_in, when);
	reg_time_format(now, updated);
	if (json_object_set_new(index, "version", json_integer(version + 1)) ||
	    json_object_set_new(index, "previous", json_string(hex)) ||
	    json_object_set_new(index, "expires", json_string(when)) ||
	    json_object_set_new(index, "updated", json_string(updated)))
		return wg_error_set(WG_ENOMEM, "index: out of memory");
	return 0;
}

static int sign_text(const wg_key *key, const char *type, const char *body, size_t len,
		     char **out)
{
	return wg_dsse_sign(type, body, len, &key, 1, out);
}

/* history/<version>.json: a signed link {previous, sha256, version}. */
static int write_history(int rootfd, const wg_key *key, const json_t *index,
			 const char *body, size_t len)
{
	json_t *link;
	char *link_text = NULL, *env = NULL, name[32], hex[65];
	uint8_t sha[32];
	json_int_t v = json_integer_value(json_object_get(index, "version"));
	size_t link_len = 0;
	int fd, rc;

	wg_sha256(body, len, sha);
	wg_hex(sha, 32, hex);
	link = json_pack("{s:I, s:s, s:O}", "version", (json_int_t)v, "sha256", hex,
			 "previous", json_object_get(index, "previous"));
	if (!link || !(link_text = reg_index_dump(link, &link_len))) {
		json_decref(link);
		return WG_ENOMEM;
	}
	json_decref(link);
	rc = sign_text(key, REG_HISTORY_TYPE, link_text, link_len, &env);
	free(link_text);
	if (rc)
		return rc;
	snprintf(name, sizeof(name), "%lld.json", (long long)v);
	if (!(rc = reg_path_open(rootfd, "history", 1, &fd))) {
		if ((rc = wg_file_write_atomic_at(fd, name, env, strlen(env), 0644)) != 0)
			reg_error_prefix(rc, "history");
		close(fd);
	}
	free(env);
	return rc;
}

static void history_remove(int rootfd, const json_t *index)
{
	char name[32];
	int fd;

	snprintf(name, sizeof(name), "%lld.json",
		 (long long)json_integer_value(json_object_get(index, "version")));
	if (reg_path_open(rootfd, "history", 0, &fd) == 0) {
		unlinkat(fd, name, 0);
		close(fd);
	}
}

int reg_index_commit(int rootfd, const wg_key *key, const json_t *index)
{
	char *body, *env = NULL;
	size_t len = 0;
	int rc;

	if (!(body = reg_index_dump(index, &len)))
		return WG_ENOMEM;
	rc = sign_text(key, WG_REGISTRY_INDEX_TYPE, body, len, &env);
	if (!rc)
		rc = write_history(rootfd, key, index, body, len);
	if (!rc && (rc = wg_file_write_atomic_at(rootfd, REG_INDEX_SIG, env, strlen(env), 0644)) != 0)
		history_remove(rootfd, index);
	/* From here the new index is in force: a failure to copy it to
	 * index.json leaves the copy one version behind, which the loader
	 * accepts and the next change repairs. */
	if (!rc)
		wg_file_write_atomic_at(rootfd, REG_INDEX, body, len, 0644);
	free(env);
	free(body);
	return rc;
}

/* Exported for verify.c's --since walk: the signed link of `version`. */
int reg_history_load(int rootfd, const wg_key *key, long long version, json_t **link)
{
	char name[32], *text = NULL, label[48];
	uint8_t sha[32];
	size_t len = 0;
	int fd, rc;

	*link = NULL;
	snprintf(name, sizeof(name), "%lld.json", version);
	snprintf(label, sizeof(label), "history/%s", name);
	if ((rc = reg_path_open(rootfd, "history", 0, &fd)) != 0)
		return rc;
	rc = reg_file_read(fd, name, REG_MAX_SMALL, &text, &len);
	close(fd);
	if (rc)
		return reg_error_prefix(rc, label);
	rc = open_envelope(text, len, key, REG_HISTORY_TYPE, label, link, sha);
	free(text);
	return rc;
}

int reg_index_repair(int rootfd, const json_t *index)
{
	size_t len = 0;
	char *body = reg_index_dump(index, &len);
	int rc;

	if (!body)
		return WG_ENOMEM;
	rc = wg_file_write_atomic_at(rootfd, REG_INDEX, body, len, 0644);
	free(body);
	return rc;
}
