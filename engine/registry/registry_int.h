/*
 * registry_int.h - what the registry's files share (not public API):
 * safe directory access below the registry root (openat + O_NOFOLLOW, so a
 * planted symlink is refused, never followed), the lock, the signed index
 * and the keys.  Every function returns WG_OK or a WG_E* code with one line
 * in wg_error_last().
 */
#ifndef WG_REGISTRY_INT_H
#define WG_REGISTRY_INT_H

#include "wasmgate/registry.h"
#include "wasmgate/key.h"
#include "wasmgate/plugin_section.h"
#include <jansson.h>

#define REG_INDEX "index.json"
#define REG_INDEX_SIG "index.json.sig"
#define REG_LOCK ".lock"
#define REG_HISTORY_TYPE "application/vnd.wasmgate.registry-history+json"
#define REG_MAX_AUDIT_KEYS 32
#define REG_MAX_SMALL (16u * 1024 * 1024)   /* attestation, SARIF, build.json */

/* ---- layout.c: directories and files below the root ---- */

/* Set the error to "prefix: <the last error>" (unless it starts so already). */
int reg_error_prefix(int rc, const char *prefix);
/* Open the registry root (a directory, not a symlink). */
int reg_root_open(const char *dir, int *fd);
/* Open (with `create`: mkdirat first) directory `name` (one component) in dirfd. */
int reg_dir_open(int dirfd, const char *name, int create, int *fd);
/* Open a path of components "a/b/c" below dirfd, each refused when a symlink. */
int reg_path_open(int rootfd, const char *rel, int create, int *fd);
/* Read regular file `name` in dirfd (not a symlink) into a NUL-terminated buffer. */
int reg_file_read(int dirfd, const char *name, uint64_t max, char **out, size_t *len);
/* Does `name` exist in dirfd (lstat)?  1 yes, 0 no. */
int reg_exists(int dirfd, const char *name);
/* Take the registry's lock (flock LOCK_EX on .lock); *fd to reg_unlock(). */
int reg_lock(int rootfd, int *fd);
void reg_unlock(int fd);
/* Remove directory `name` in dirfd and everything in it (no symlinks followed). */
int reg_remove_tree(int dirfd, const char *name);
/* Remove what killed writers left in dirfd: .staging.* folders and
 * .<name>.tmp.* files (call with the lock held). */
int reg_clear_leftovers(int dirfd);
/* The time as RFC 3339 UTC ("2026-12-02T16:00:00Z"); out holds 21 bytes. */
void reg_time_format(time_t t, char out[21]);
/* Parse that form; -1 when it is not exactly that. */
int reg_time_parse(const char *s, time_t *out);

/* ---- keys.c ---- */

/* keys/registry.pub */
int reg_registry_key_load(int rootfd, wg_key **out);
/* every .pub in keys/audit (at most REG_MAX_AUDIT_KEYS); free with reg_keys_free */
int reg_audit_keys_load(int rootfd, wg_key ***out, size_t *n);
void reg_keys_free(wg_key **keys, size_t n);

/* ---- index.c: the signed index ---- */

typedef struct {
	json_t *index;        /* the signed index */
	uint8_t sha256[32];   /* of its bytes */
	bool stale_copy;      /* index.json is the previous index (interrupted write) */
} reg_index;

/* Load index.json.sig, verify it with `trusted`, parse its payload and
 * compare index.json with it. */
int reg_index_load(int rootfd, const wg_key *trusted, reg_index *out);
void reg_index_release(reg_index *ix);
/* The index's bytes: sorted keys, compact (caller frees). */
char *reg_index_dump(const json_t *index, size_t *len);
/* Next index: version + 1, previous = the old one's digest, new expires. */
int reg_index_advance(json_t *index, const uint8_t prev_sha256[32], time_t now,
		      long expires_in);
/* Sign and write: history/<version>.json, index.json.sig, then index.json.
 * Fails (having written nothing) only when the signed index was not written. */
int reg_index_commit(int rootfd, const wg_key *key, const json_t *index);
/* Append a printf line to a problem list (ignores out-of-memory quietly: returns -1). */
int reg_line_add(char ***lines, size_t *n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Rewrite index.json from the signed index (after an interrupted write). */
int reg_index_repair(int rootfd, const json_t *index);
/* The signed link history/<version>.json (verified with `key`). */
int reg_history_load(int rootfd, const wg_key *key, long long version, json_t **link);

/* ---- update.c: one locked change ---- */

/* A change returns 0 (commit the next index), REG_NO_CHANGE (commit
 * nothing, succeed) or an error (commit nothing). */
#define REG_NO_CHANGE 1
typedef int (*reg_change_fn)(int rootfd, json_t *index, void *ctx);
/* undo (may be NULL) removes what change wrote when the index could not be. */
typedef void (*reg_undo_fn)(int rootfd, void *ctx);
int reg_update(const char *dir, const wg_key *key, long expires_in, time_t now,
	       reg_change_fn change, reg_undo_fn undo, void *ctx);
json_t *reg_entry_get(json_t *index, const char *name, const char *version);

/* ---- entry.c ---- */

typedef struct {
	const void *module;                 /* const wg_module * */
	const void *attestation;            /* const wg_attestation_result * (verified) */
	const char *envelope;  size_t envelope_len;
	const wg_plugin_id *section;        /* the module's wasmgate.plugin section (zeroed: none) */
	json_t *files;                      /* {wasm, attestation, sarif, build} refs */
	time_t now;
} reg_entry_input;
json_t *reg_entry_build(const reg_entry_input *in);
/* {path, sha256, size} of a file's bytes. */
json_t *reg_file_ref(const char *path, const void *data, size_t len);
/* The index's list of audit key ids (sorted). */
json_t *reg_audit_key_ids(wg_key *const *keys, size_t n);
json_t *reg_index_empty(const wg_key *reg_key);

#endif
