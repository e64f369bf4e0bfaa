/*
 * sarif.h - SARIF 2.1.0 logs of audit reports, for GitHub code scanning
 * (the Security tab) and any other SARIF consumer (engine/report/sarif.c).
 *
 * One log holds one run (tool "wasmgate") whatever the number of plugins:
 * driver.rules lists every rule of the catalogue (rule.h) and every
 * finding becomes a result; waived findings are results with an external,
 * accepted suppression.  Locations are the .wasm file relative to the
 * repository root (uriBaseId "%SRCROOT%"), region startLine 1 (GitHub needs
 * a line) plus byteOffset/byteLength, with a related location at the
 * plugin's plugin.yml when one is found (wg_sarif_find_manifest()).  Files outside the repository
 * root get the best relative form ("../x.wasm"): valid SARIF that GitHub
 * shows without a file link.
 *
 * Categories: GitHub refuses an upload with two runs of one tool and one
 * category, and replaces the previous analysis of a category.  The run's
 * automationDetails.id is "<category>/<plugin>/" for one plugin and
 * "<category>/" for several (category defaults to "wasmgate"): audit each
 * plugin in its own matrix cell, or give each invocation its own category.
 *
 * GitHub limits (25,000 results per run, 1,000 locations per result, 10 MB
 * gzipped upload): results beyond max_results or the byte budget are left
 * out deterministically (errors kept before warnings before notes, unwaived
 * before waived, then report order) and a toolExecutionNotification says
 * how many; run properties.omitted counts them per rule ({"total": N,
 * "byRule": {"WG1002": N}}).  Only the kept results are ever built as JSON,
 * so memory follows the log's size, not the number of findings.  A result
 * never has more than two locations.  The byte budget
 * counts uncompressed JSON, so it also bounds the gzipped size.
 */
#ifndef WASMGATE_SARIF_H
#define WASMGATE_SARIF_H

#include "audit.h"
#include <jansson.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WG_SARIF_MAX_RESULTS 25000
#define WG_SARIF_MAX_BYTES (10u * 1000u * 1000u - 65536u)

typedef struct {
	int version;              /* struct version: 1 */
	const char *root;         /* repository root; NULL: $GITHUB_WORKSPACE, else the cwd */
	const char *category;     /* automationDetails.id prefix; NULL: "wasmgate" */
	size_t max_results;       /* 0: WG_SARIF_MAX_RESULTS */
	size_t max_bytes;         /* serialized results budget; 0: WG_SARIF_MAX_BYTES */
} wg_sarif_options;

#define WG_SARIF_OPTIONS_INIT { 1, NULL, NULL, 0, 0 }

/**
 * Build the SARIF log of `n` reports audited under `policy` (may be NULL).
 * The log depends only on its inputs and the repository root (and, when
 * set, GITHUB_REPOSITORY / GITHUB_SHA / GITHUB_REF / GITHUB_SERVER_URL for
 * versionControlProvenance): no clock, so re-runs give the same bytes.
 * @return WG_OK with *out a new reference (json_decref it), or WG_ENOMEM /
 *         WG_EINVAL with the error set.
 */
int wg_sarif_build(wg_report *const *reports, size_t n, const wg_policy *policy,
		   const wg_sarif_options *opts, json_t **out);

/**
 * Build the log and write it to `path` atomically (never a partial file).
 * @return WG_OK, or WG_EIO naming the file, or an error of wg_sarif_build().
 */
int wg_sarif_write(const char *path, wg_report *const *reports, size_t n,
		   const wg_policy *policy, const wg_sarif_options *opts);

/**
 * The stable fingerprint of a finding: lower-case hex SHA-256 of plugin,
 * rule id and item (NUL-separated).  Offsets and lines never enter it, so
 * it survives rebuilds and unrelated changes.  `out` holds 65 bytes.
 */
void wg_sarif_fingerprint(const char *plugin, const char *rule_id,
			  const char *item, char out[65]);

/**
 * `path` relative to the directory `root` ('/'-separated, "../" when it is
 * outside); symlinks resolved when the files exist.  `root` NULL: the
 * default root (see wg_sarif_options).  Caller frees; NULL on ENOMEM.
 */
char *wg_sarif_relpath(const char *path, const char *root);

/** The default repository root: $GITHUB_WORKSPACE, else the cwd (caller frees). */
char *wg_sarif_default_root(void);

/** A relative path as a URI reference (RFC 3986 percent-encoding; caller frees). */
char *wg_sarif_uri_encode(const char *path);

/**
 * The plugin.yml of plugin `plugin` built as `wasm_path`: the one in the
 * directory of `wasm_path` or its nearest parent not above `root` (the
 * repository root; NULL: the default root), else ROOT/plugins/<plugin>/,
 * else ROOT/examples/plugins/<plugin>/, else the shallowest directory named
 * exactly <plugin> holding a plugin.yml, at most 4 levels below ROOT (in
 * name order, not entering hidden, node_modules or build* directories nor
 * symlinks, giving up after 4096 directory entries).  The fallbacks only
 * for a plain `plugin` (not empty, ".", nor holding '/' or "..").
 * NULL when none is found or the file resolves outside `root`.
 * Caller frees.
 */
char *wg_sarif_find_manifest(const char *wasm_path, const char *plugin,
			     const char *root);

/**
 * A copy of `s` that is valid UTF-8: each byte that is not part of a valid
 * sequence becomes the four characters "\xNN".  Names read from a .wasm
 * may hold any bytes; JSON, Markdown and workflow commands need text.
 * Caller frees; NULL on ENOMEM ("" for NULL).
 */
char *wg_text_utf8(const char *s);

#ifdef __cplusplus
}
#endif
#endif
