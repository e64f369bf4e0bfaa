/*
 * runtime_int.h - internals of runtime init (not public API): the run
 * context shared by the steps, fetching with libcurl, and the steps.
 */
#ifndef WG_RUNTIME_INT_H
#define WG_RUNTIME_INT_H

#include "wasmgate/runtime.h"
#include <jansson.h>

/* What is kept between runs (DIR/state.json). */
typedef struct {
	long long revision;           /* last applied config revision (0: none) */
	long long index_version;      /* last trusted index (0: none) */
	char index_sha256[65];
	char etag[80];                /* of the last applied config */
	long long generation;         /* number of generations/N that is current */
} rt_state;

typedef struct {
	const wg_runtime_options *o;
	const wg_host *h;
	wg_runtime_result *res;
	const char *dir;
	time_t now;
	rt_state state;
	json_t *config;               /* verified config payload */
	json_t *index;                /* verified index payload */
	char index_sha256[65];
} rt_run;

/* fetch.c */
typedef struct {
	const char *token;            /* Authorization: Bearer, or NULL */
	const char *etag;             /* If-None-Match, or NULL */
	size_t max;                   /* hard cap on the body */
	long connect_timeout, timeout;
} rt_get;
/* GET url into memory: *status (200, 304, ...), *etag_out (80 bytes) */
int rt_fetch(const char *url, const rt_get *g, char **body, size_t *len, long *status,
	     char *etag_out);

/* POST a JSON body (best effort reports); *status is the HTTP status */
int rt_post_json(const char *url, const char *token, const char *body, long connect_timeout,
		 long timeout, long *status);

typedef struct {
	char *url;
	char *path;                   /* final file */
	uint64_t size;                /* exact size expected */
	char sha256[65];              /* expected */
	int rc;                       /* result */
	char *error;                  /* why it failed */
} rt_download;
/* Download all, in parallel; each writes a temp file beside path, checks
 * size and sha256 while streaming, renames into place only when both hold
 * (the caller syncs the folder: rt_sync_dir), then calls done(ctx, k). */
int rt_download_all(rt_download *d, size_t n, long connect_timeout, long timeout,
		    void (*done)(void *ctx, size_t k), void *ctx);
/* the file system of `dir` to disk (one syncfs) and the folder itself */
int rt_sync_dir(const char *dir);

/* steps */
int rt_state_load(const char *dir, rt_state *s);
int rt_state_save(const char *dir, const rt_state *s);
int rt_config_fetch(rt_run *r);
int rt_index_fetch(rt_run *r);
int rt_plugins_fetch(rt_run *r);
/* checks while downloads run (check.c): start one thread per core, hand
 * each plugin whose files are all in the cache to rt_check_ready() (once),
 * then rt_check_finish() waits for every check and frees the pool.
 * Until then a queued plugin's entry belongs to the pool's threads. */
typedef struct rt_pool rt_pool;
rt_pool *rt_check_start(rt_run *r);
void rt_check_ready(rt_pool *p, size_t i);
void rt_check_finish(rt_pool *p);
/* sha256 = p->sha256, attestation (audit key, these bytes, approve), compatibility;
 * each problem is a reason of p; returns 2 when the digest differs, 1 for
 * another reason, 0 when all held (check.c) */
int rt_check_bytes(rt_run *r, wg_runtime_plugin *p, const char *wasm, size_t wl, const char *att,
		   size_t al);
/* fn(r, i, ctx) for every plugin i, on up to one thread per core (at most
 * RT_MAX_THREADS); fn may touch only plugin i and thread-safe state (check.c) */
#define RT_MAX_THREADS 8
typedef void (*rt_plugin_fn)(rt_run *r, size_t i, void *ctx);
void rt_each_plugin(rt_run *r, rt_plugin_fn fn, void *ctx);
/* a list of {name, version, sha256} (config.c); `what` prefixes the errors */
int rt_plugin_list_check(rt_run *r, const char *what, json_t *plugins);
/* one result entry per plugin of a checked list (init.c) */
int rt_plugins_from(rt_run *r, json_t *list);
/* wg_error_set() to the first plugin reason (init.c) */
void rt_first_reason(const wg_runtime_result *res);
int rt_install(rt_run *r);
/* remove what a killed run left in DIR (the caller holds DIR/.lock) */
void rt_clear_leftovers(const char *dir);

/* result helpers (init.c) */
int rt_error(rt_run *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int rt_reason(wg_runtime_plugin *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rt_progress(rt_run *r, const char *stage, const char *plugin, uint64_t done, uint64_t total);
char *rt_url(const char *base, const char *rel);
int rt_time_parse(const char *s, time_t *out);

#endif
