/*
 * util.h - small internal helpers every part shares (not public API):
 * allocation that sets the error, growable arrays and strings, whole-file
 * and memory-mapped reads, atomic writes, SHA-256 (nettle) and hex.
 */
#ifndef WG_UTIL_H
#define WG_UTIL_H

#include "wasmgate/common.h"
#include <stdarg.h>
#include <stdio.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Allocation: NULL on failure with WG_ENOMEM set. */
void *wg_malloc(size_t n);
void *wg_calloc(size_t n, size_t size);
void *wg_realloc(void *p, size_t n);
char *wg_strdup(const char *s);
char *wg_strndup(const char *s, size_t n);
char *wg_asprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same over a va_list: a new string, or NULL with WG_ENOMEM set. */
char *wg_vasprintf(const char *fmt, va_list ap) __attribute__((format(printf, 1, 0)));

/* Grow array *items (of *cap elements of `size`) to hold at least `need`. */
int wg_array_grow(void **items, size_t *cap, size_t need, size_t size);
#define WG_ARRAY_PUSH(arr, count, cap) \
	(wg_array_grow((void **)&(arr), &(cap), (count) + 1, sizeof(*(arr))) == 0 \
	 ? &(arr)[(count)++] : NULL)

/* A growable NUL-terminated string. */
typedef struct {
	char *ptr;
	size_t len, cap;
} wg_buf;
#define WG_BUF_INIT { NULL, 0, 0 }
int wg_buf_put(wg_buf *b, const char *s, size_t n);
int wg_buf_puts(wg_buf *b, const char *s);
int wg_buf_printf(wg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
char *wg_buf_detach(wg_buf *b);   /* caller frees; buffer is reset */
void wg_buf_free(wg_buf *b);

/* A read-only view of a whole file (mmap, or read for pipes / empty files). */
typedef struct {
	const uint8_t *data;
	size_t size;
	int mapped;
} wg_file_view;
/* max_bytes: refuse larger files with WG_ELIMIT (0 = no cap). */
int wg_file_view_open(wg_file_view *v, const char *path, uint64_t max_bytes);
void wg_file_view_close(wg_file_view *v);

/* Read a whole file into a NUL-terminated heap buffer (cap as above). */
int wg_file_read(const char *path, uint64_t max_bytes, char **out, size_t *len);

/* Write `len` bytes to `path` atomically (temp file in the same directory,
 * fsync, rename).  `mode` for the new file; with `exclusive`, fail with
 * WG_EEXISTS when `path` exists.  On any failure the old file is untouched. */
int wg_file_write_atomic(const char *path, const void *data, size_t len,
			 mode_t mode, int exclusive);

/* The same inside directory `dirfd`, for a plain file name: the temp file
 * is made with O_EXCL|O_NOFOLLOW, `name` is replaced by renameat (never
 * followed when it is a symlink) and the directory is fsynced. */
int wg_file_write_atomic_at(int dirfd, const char *name, const void *data,
			    size_t len, mode_t mode);
/* Confine every later output (wg_file_write_atomic, wg_dir_create) to
 * directories inside `roots` (resolved now with realpath; unset or missing
 * ones are skipped): an output whose directory resolves elsewhere (a
 * symlink in a pull request, "..") is refused with WG_EIO before anything
 * is made.  Process-wide; n = 0 lifts it.  Outputs never write through a
 * symlink at their final component, confined or not. */
int wg_file_confine(const char *const *roots, size_t n);
/* Give every file and directory made by the writers above from now on to
 * uid:gid (fchown/chown; -1 keeps that part).  Process-wide; (-1, -1)
 * lifts it.  The action sets the workspace's owner when it runs as root. */
void wg_file_owner(uid_t uid, gid_t gid);

/* mkdir -p: create `path` and its missing parents (mode for new ones);
 * WG_EIO with a message naming the part that could not be made. */
int wg_dir_create(const char *path, mode_t mode);
/* wg_dir_create() of the directory part of file `path` (none: nothing). */
int wg_dir_create_parent(const char *path, mode_t mode);

/* SHA-256, the project's only implementation: nettle's (SHA-NI or
 * assembly, picked at run time).  libsodium stays for Ed25519. */
void wg_sha256(const void *data, size_t len, uint8_t out[32]);
/* Streaming: new (NULL: out of memory), update, final, free. */
typedef struct wg_sha256_ctx wg_sha256_ctx;
wg_sha256_ctx *wg_sha256_new(void);
void wg_sha256_update(wg_sha256_ctx *c, const void *data, size_t len);
void wg_sha256_final(wg_sha256_ctx *c, uint8_t out[32]);
void wg_sha256_free(wg_sha256_ctx *c);
/* Lower-case hex; out must hold 2*len+1 bytes. */
void wg_hex(const uint8_t *in, size_t len, char *out);
int wg_sha256_file(const char *path, uint8_t out[32]);

/* fnmatch(3) glob match of whole strings (no FNM_PATHNAME). */
int wg_glob_match(const char *pattern, const char *s);
/* Is `pattern` a well-formed glob (balanced brackets, no trailing '\')? */
int wg_glob_valid(const char *pattern);

/* A set of string pairs (a, b) (strset.c): keyed hashing, linear time.
 * The strings are not copied; they must outlive the set. */
typedef struct {
	const char *a, *b;
	uint64_t hash;
} wg_strset_slot;
typedef struct {
	wg_strset_slot *slots;
	size_t cap, count;
	uint64_t probes;          /* key comparisons so far (for tests) */
	unsigned char key[16];    /* SipHash key, random per set */
} wg_strset;
void wg_strset_init(wg_strset *s);
/* Add (a, b) (b NULL: ""); *added says whether it was new.  WG_ENOMEM. */
int wg_strset_add(wg_strset *s, const char *a, const char *b, bool *added);
bool wg_strset_has(wg_strset *s, const char *a, const char *b);
void wg_strset_free(wg_strset *s);

/* The file name without directories and without `suffix` if it ends so. */
char *wg_basename_noext(const char *path, const char *suffix);

#ifdef __cplusplus
}
#endif
#endif
