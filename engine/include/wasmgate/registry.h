/*
 * registry.h - a plugin registry: a directory (a Git repository, any static
 * HTTP host) of audited, immutable plugin versions and one signed index.
 *
 *   plugins/<name>/<version>/<name>.wasm, <name>.intoto.json, <name>.sarif, build.json
 *   index.json        the index (sorted keys, compact, no floats)
 *   index.json.sig    DSSE envelope by the registry key; its payload is
 *                     index.json byte for byte (the signed copy is the authority)
 *   keys/registry.pub, keys/audit/<keyid>.pub
 *   status/index.html the status page
 *
 * Every change takes the lock file (flock on .lock), writes new files under
 * temporary names, renames them into place and writes the index last, so a
 * crash at any point leaves the previous signed index valid and every file
 * it names intact.  Paths inside the registry are opened with O_NOFOLLOW:
 * a symlink planted in it is refused.  The index format is documented in
 * docs/registry-index.schema.json and docs/DESIGN.md (Registry).
 */
#ifndef WASMGATE_REGISTRY_H
#define WASMGATE_REGISTRY_H

#include "common.h"
#include "key.h"
#include <jansson.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WG_REGISTRY_INDEX_TYPE "application/vnd.wasmgate.registry-index+json"
#define WG_REGISTRY_FORMAT 1
#define WG_REGISTRY_MAX_NAME 64         /* bytes of a plugin name or version */
#define WG_REGISTRY_MAX_PLUGIN (64u * 1024 * 1024)
#define WG_REGISTRY_MAX_INDEX (64u * 1024 * 1024)
#define WG_REGISTRY_DEFAULT_EXPIRES (30L * 24 * 60 * 60)

/**
 * Is `name` a valid plugin name: 1..64 bytes of [a-z0-9._-], starting with
 * a letter or digit, no "..".  Versions follow the same rule.  WG_EINVAL
 * with a message saying what (`what`: "name", "version") is wrong.
 */
int wg_registry_name_check(const char *what, const char *name);

/**
 * Make a new registry in `dir` (created; must be empty or absent): keys/
 * with the registry key's public half and each audit key, an empty index
 * version 1 signed by `reg_key`.  `expires_in` seconds (0: 30 days).
 */
int wg_registry_init(const char *dir, const wg_key *reg_key,
		     const wg_key *const *audit_keys, size_t num_audit_keys,
		     long expires_in);

typedef struct {
	int version;                 /* 1 */
	const char *wasm_path;       /* the plugin */
	const char *attestation_path;/* its DSSE envelope (wasmgate audit --sign-key) */
	const char *sarif_path;      /* or NULL */
	const char *build_json_path; /* or NULL */
	const char *name;            /* NULL: from the wasmgate.plugin section */
	const char *plugin_version;  /* NULL: from the wasmgate.plugin section */
	long expires_in;             /* seconds; 0: 30 days */
	time_t now;                  /* 0: the clock */
} wg_publish_options;

#define WG_PUBLISH_OPTIONS_INIT { 1, NULL, NULL, NULL, NULL, NULL, NULL, 0, 0 }

/** What a publish did. */
typedef struct {
	char name[WG_REGISTRY_MAX_NAME + 1];
	char plugin_version[WG_REGISTRY_MAX_NAME + 1];
	long long index_version;     /* the index's version afterwards */
	bool unchanged;              /* the same bytes were there already */
} wg_publish_result;

/**
 * Publish one plugin version.  Refused before anything is written (the
 * tree stays byte for byte as it was) when: the name or version is bad or
 * the section and the options disagree; the attestation does not verify
 * with a key in keys/audit/, is not about these bytes, or its decision is
 * not approve; `reg_key` is not keys/registry.pub's key; the current index
 * does not verify; name@version exists with other bytes (WG_EEXISTS).  The
 * same bytes again: WG_OK with res->unchanged.
 */
int wg_registry_publish(const char *dir, const wg_key *reg_key,
			const wg_publish_options *opts, wg_publish_result *res);

/** Mark name@version yanked with `reason` (files stay; the index says so). */
int wg_registry_yank(const char *dir, const wg_key *reg_key, const char *name,
		     const char *plugin_version, const char *reason, long expires_in);

/** Re-sign the index with a new `expires` (version + 1, previous = old). */
int wg_registry_refresh(const char *dir, const wg_key *reg_key, long expires_in);

typedef struct {
	int version;                 /* 1 */
	const wg_key *key;           /* the trusted registry key; NULL: keys/registry.pub */
	const char *since_path;      /* an older index.json the caller trusted, or NULL */
	time_t now;                  /* 0: the clock */
} wg_registry_verify_options;

#define WG_REGISTRY_VERIFY_OPTIONS_INIT { 1, NULL, NULL, 0 }

/**
 * Check the whole registry: the index signature (by the trusted key), that
 * index.json is the signed payload, expiry, the index format, every file
 * the index names (present, a regular file, its sha256 and size), every
 * attestation against keys/audit/ and, with since_path, that the index
 * descends from that older one through `previous` digests of the indexes
 * kept in history/ (no fork, no rollback).  *problems gets one line per
 * problem (caller frees with wg_registry_lines_free()).
 * @return WG_OK when there are none, WG_EVERIFY when there are, other
 *         codes when the registry cannot be read at all.
 */
int wg_registry_verify(const char *dir, const wg_registry_verify_options *opts,
		       char ***problems, size_t *num_problems);

void wg_registry_lines_free(char **lines, size_t n);

/**
 * Load the signed index (verified with keys/registry.pub, not checked for
 * expiry).  *index is a new reference.
 */
int wg_registry_index_load(const char *dir, json_t **index);

/** Write status/index.html from the signed index (self-contained HTML). */
int wg_registry_status_page(const char *dir);

#ifdef __cplusplus
}
#endif
#endif
