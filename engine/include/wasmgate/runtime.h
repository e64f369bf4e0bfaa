/*
 * runtime.h - runtime init: bring a host's installed plugin set to what the
 * control plane's signed configuration names, using only audited bytes from
 * the signed registry, or keep the installed set and say why.
 *
 *   1. GET CONTROL/v1/instances/INSTANCE/config (Bearer token, If-None-Match);
 *      DSSE signed by a control key of the host profile; this instance; not
 *      expired; revision >= the last applied.
 *   2. REGISTRY/index.json.sig: signed by a registry key; not expired;
 *      version >= the last seen and >= the config's index_version; a chain
 *      of signed history links back to the last trusted index.
 *   3. every plugin in the index with the config's sha256, downloaded in
 *      parallel (size cap from the index, streaming sha256, local cache).
 *   4. attestation by an audit key, about these bytes, decision approve.
 *   5. compatibility with the host profile (ABI, features, imports, memory).
 *   6. a new generation folder, then one rename of DIR/current.
 * Any refusal leaves DIR/current and DIR/state.json as they were.
 * wg_runtime_load() re-verifies the installed generation at host start.
 * Layout: DIR/current -> generations/N, DIR/generations/N/<name>.wasm,
 * <name>.intoto.json, manifest.json; DIR/cache/<sha256>; DIR/state.json.
 */
#ifndef WASMGATE_RUNTIME_H
#define WASMGATE_RUNTIME_H

#include "common.h"
#include "host.h"
#include <jansson.h>
#include <stdint.h>
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WG_RUNTIME_MAX_CONFIG (1024u * 1024)   /* a config envelope: 1 MiB */
#define WG_RUNTIME_MAX_PLUGINS 1024

/* Called as work advances: stage is "config", "index", "download",
 * "verify", "install"; plugin is NULL for whole-run stages. */
typedef void (*wg_runtime_progress)(void *user, const char *stage, const char *plugin,
				    uint64_t done, uint64_t total);

typedef struct {
	int version;                  /* 1 */
	const wg_host *host;          /* the host profile */
	const char *token;            /* the instance token for the control plane */
	const char *dir;              /* install dir; NULL: host->install_dir */
	long connect_timeout;         /* seconds; 0: host.yml's, else 10 */
	long timeout;                 /* seconds per transfer; 0: host.yml's, else 300 */
	time_t now;                   /* 0: the clock */
	wg_runtime_progress progress; /* or NULL */
	void *progress_user;
} wg_runtime_options;

#define WG_RUNTIME_OPTIONS_INIT { 1, NULL, NULL, NULL, 0, 0, 0, NULL, NULL }

typedef struct {
	char *name, *version, *sha256;
	bool cached;                  /* already in the local cache: not downloaded */
	char **reasons;               /* why it was refused; empty when fine */
	size_t num_reasons;
	char *path;                   /* wg_runtime_load: the verified .wasm (absolute); NULL when refused */
} wg_runtime_plugin;

typedef struct {
	int version;                  /* 1 */
	bool installed;               /* a new generation is current */
	bool unchanged;               /* the config named what is installed */
	long long revision;           /* the config's revision (0: not reached) */
	long long index_version;
	char *generation;             /* the current generation's path, or NULL */
	char **errors;                /* problems not tied to one plugin */
	size_t num_errors;
	wg_runtime_plugin *plugins;
	size_t num_plugins;
} wg_runtime_result;

/**
 * Run init.  WG_OK when the configured set is installed (or already was);
 * WG_EVERIFY when anything was refused (res says what, per plugin and
 * overall; wg_error_last() is the first reason); other codes for I/O.
 * Free res with wg_runtime_result_free() in every case.
 */
int wg_runtime_init(const wg_runtime_options *opts, wg_runtime_result *res);

/**
 * What a host calls at every start, before it runs any plugin: re-verify the
 * generation DIR/current names, offline and without writing anything.
 * DIR/current must be a symlink to generations/<N> (no other target), N not
 * older than state.json's generation (an older generation put back), the
 * generation's manifest.json whole and well-formed; then for each plugin it
 * lists, <name>.wasm and <name>.intoto.json (regular files, never followed
 * through a symlink) are checked like init checks downloaded bytes: sha256 =
 * the manifest's, the attestation by an audit key of opts->host about these
 * bytes with decision approve, compatibility with the host profile.
 * Uses opts->host, opts->dir and the progress callback ("verify"); the token
 * and timeouts are not used.
 * res->plugins[i].path is set only for a plugin that passed every check;
 * res->generation is the generation folder, res->revision and
 * res->index_version the manifest's.  WG_OK when every plugin passed;
 * WG_EVERIFY with one reason per problem (overall in res->errors, per plugin
 * in its reasons) otherwise: a host that must run the complete set runs
 * nothing then.  Free res with wg_runtime_result_free() in every case.
 * The paths are what was verified at the time of the call: read them then.
 */
int wg_runtime_load(const wg_runtime_options *opts, wg_runtime_result *res);

void wg_runtime_result_free(wg_runtime_result *res);

/** The result as JSON (new reference). */
json_t *wg_runtime_result_json(const wg_runtime_result *res);

#ifdef __cplusplus
}
#endif
#endif
