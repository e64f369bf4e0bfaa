/*
 * host.h - the host profile (host.yml): what a runtime host supports and
 * trusts.  Runtime init checks every plugin against it before installing.
 * The format is documented in docs/host-yml.md; loading is strict (unknown
 * keys, wrong types, bad globs and unreadable keys are "FILE:LINE:COL: what").
 */
#ifndef WASMGATE_HOST_H
#define WASMGATE_HOST_H

#include "common.h"
#include "key.h"
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define WG_HOST_MAX_BYTES (256 * 1024)   /* a host.yml: 256 KiB */

typedef struct {
	int version;                 /* 1 */
	char *path;                  /* where it was loaded from */
	struct {
		char *name;              /* "wasmgate-plugin" */
		uint64_t min, max;       /* accepted "<name>/<N>": min <= N <= max */
	} abi;
	uint32_t features;           /* wg_feature bits the engine supports */
	char **imports;              /* globs over "module.field" the host provides */
	size_t num_imports;
	uint64_t max_memory_pages;   /* per plugin: its declared maximum must be <= */
	wg_key **control_keys, **registry_keys, **audit_keys;
	size_t num_control_keys, num_registry_keys, num_audit_keys;
	char *control_url;           /* base URL of the control plane */
	char *instance;              /* this runtime's instance id */
	char *registry_url;          /* base URL (https://, http://, file://) of the registry */
	char *install_dir;           /* where generations live (relative: to host.yml) */
	uint64_t connect_timeout;    /* limits.connect_timeout seconds (0: 10) */
	uint64_t timeout;            /* limits.timeout seconds per transfer (0: 300) */
} wg_host;

/** Load and check `path`.  *out: free with wg_host_free(). */
int wg_host_load(const char *path, wg_host **out);
/** Same from text; relative key paths resolve against `base_dir`. */
int wg_host_parse(const char *yaml, size_t len, const char *name,
		  const char *base_dir, wg_host **out);
void wg_host_free(wg_host *h);

/** Does the host provide import "module.field"? */
bool wg_host_provides(const wg_host *h, const char *module, const char *field);

#ifdef __cplusplus
}
#endif
#endif
