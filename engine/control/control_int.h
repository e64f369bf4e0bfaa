/*
 * control_int.h - what the control plane's files share: tokens (token.c),
 * the registry check (regindex.c), the signed config (config.c), the HTTP
 * server (server.c, routes.c).
 */
#ifndef WG_CONTROL_INT_H
#define WG_CONTROL_INT_H

#include "wasmgate/control.h"
#include "control/store.h"
#include "wasmgate/registry.h"
#include <jansson.h>
#include <pthread.h>
#include <time.h>

/* token.c; kind 'a' admin, 'i' instance */
void ctl_token_new(char kind, char token[WG_CONTROL_TOKEN_LEN + 1]);
void ctl_token_hash(const char *token, char hash[65], char lookup[17]);
int ctl_token_check(wg_store *s, const char *token, wg_store_token *who);
int ctl_token_issue(wg_store *s, char kind, const char *subject, const wg_store_write *w,
		    int replace, char token[WG_CONTROL_TOKEN_LEN + 1]);

/* regindex.c: the registry's signed index, reloaded when its file changes */
typedef struct {
	char *dir;
	const wg_key *key;            /* pinned; NULL: DIR/keys/registry.pub */
	json_t *index;                /* verified payload, or NULL */
	char sha256[65];
	long long version;
	time_t expires;
	struct timespec mtime;
	off_t size;
} ctl_registry;

/* Verified, unexpired index (a borrowed reference in r->index); else an error message. */
int ctl_registry_current(ctl_registry *r, time_t now);
void ctl_registry_release(ctl_registry *r);
/* Check [{name, version}] against the index: approved, not yanked.  *resolved gets
 * [{name, version, sha256}] sorted by name.  WG_EVERIFY with the reason when not. */
int ctl_registry_check(ctl_registry *r, const json_t *plugins, json_t **resolved);

/* server state */
typedef struct {
	const wg_control_serve_options *opts;
	wg_store *store;
	pthread_mutex_t lock;         /* store and registry: one caller at a time */
	pthread_cond_t changed;       /* a revision was added (long polls) */
	ctl_registry reg;
	long ttl;
} ctl_server;

#endif
