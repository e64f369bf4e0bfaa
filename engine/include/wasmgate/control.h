/*
 * control.h - the configuration service (control plane): administrators set
 * the plugin versions each runtime instance must run; a runtime fetches its
 * configuration as a DSSE envelope signed by the control-plane key.
 * HTTP API and envelope format: docs/control-api.md.
 *
 * Storage is a seam (engine/control/store.h): "sqlite:PATH" (embedded
 * default) or "postgresql://..." (several servers on one database, when the
 * build has libpq).
 */
#ifndef WASMGATE_CONTROL_H
#define WASMGATE_CONTROL_H

#include "common.h"
#include "key.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_CONTROL_CONFIG_TYPE "application/vnd.wasmgate.control-config+json"
#define WG_CONTROL_FORMAT 1
#define WG_CONTROL_TOKEN_LEN 68          /* "wga_" / "wgi_" + 64 hex */
#define WG_CONTROL_MAX_BODY (64u * 1024) /* largest request body */
#define WG_CONTROL_MAX_ID 64             /* bytes of an instance id or admin name */

/**
 * Create (or migrate) the schema of database `db_url` and add the first
 * administrator `admin`.  Refused (WG_EEXISTS) when the database already
 * has an administrator.  `token` receives the admin token (shown once;
 * only its hash is stored).
 */
int wg_control_init(const char *db_url, const char *admin,
		    char token[WG_CONTROL_TOKEN_LEN + 1]);

typedef struct {
	int version;                  /* 1 */
	const char *db_url;           /* sqlite:PATH | postgresql://... */
	const char *listen;           /* ADDR:PORT (IPv4) */
	const char *registry;         /* registry directory */
	const wg_key *registry_key;   /* trusted registry key; NULL: DIR/keys/registry.pub */
	const wg_key *const *keys;    /* control-plane signing keys (>= 1) */
	size_t num_keys;
	const char *tls_cert;         /* PEM files, or NULL for plain HTTP */
	const char *tls_key;
	long config_ttl;              /* seconds a config is valid; 0: 86400 */
	volatile int *stop;           /* serve until *stop != 0 */
} wg_control_serve_options;

#define WG_CONTROL_SERVE_OPTIONS_INIT { 1, NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, 0, NULL }

/** Run the server until *opts->stop is set.  Returns WG_OK or an error. */
int wg_control_serve(const wg_control_serve_options *opts);

/** The route table as JSON [{method, path, who: public|admin|instance}] (caller frees). */
int wg_control_routes_json(char **out);

/** Is `id` a valid instance id / admin name: 1..64 of [A-Za-z0-9._-], first alnum. */
int wg_control_id_check(const char *what, const char *id);

#ifdef __cplusplus
}
#endif
#endif
