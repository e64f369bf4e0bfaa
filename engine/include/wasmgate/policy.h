/*
 * policy.h - sandboxing rules loaded from a YAML rules file (schema
 * version 1; rules/README.md is the reference for every key).
 *
 * A wg_policy is a plain read-only struct owned by the library: load it with
 * wg_policy_load_file() / wg_policy_load_string(), release it with
 * wg_policy_free().  Unknown keys, wrong types, bad globs and bad dates fail
 * the load with WG_EPARSE and a message "FILE:LINE:COL: what".
 */
#ifndef WASMGATE_POLICY_H
#define WASMGATE_POLICY_H

#include "common.h"
#include "capability.h"
#include "module.h"
#include <time.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a rule does when it matches. */
typedef enum {
	WG_ACTION_APPROVE = 0,   /* nothing: no finding */
	WG_ACTION_FLAG = 1,      /* a warning: manual review */
	WG_ACTION_REJECT = 2     /* an error */
} wg_action;

const char *wg_action_name(wg_action a);   /* "approve", "flag", "reject" */

typedef struct {
	char **items;
	size_t count;
} wg_strlist;

typedef struct {
	char *rule;          /* rule id ("WG1001") or name ("import-denied") as written */
	char *plugin;        /* plugin name (glob; "*" when not given) */
	char *item;          /* finding item (glob) */
	char *reason;
	char *approved_by;
	time_t expires;      /* end of the expiry day, UTC: valid while now < expires */
	char expires_text[11];  /* YYYY-MM-DD */
	unsigned line;       /* where it is in the rules file */
	char *path;          /* file path glob relative to the repository root
	                        ('*' stops at '/'), or NULL: any path */
	char sha256[65];     /* the module's SHA-256, lower-case hex, or "": any bytes */
} wg_waiver;

/*
 * A grant: a reviewed, per-plugin permission without expiry (the rules'
 * `grants:` list).  It applies to a plugin whose name (the audited file's
 * name without ".wasm", never the module's wasmgate.plugin section) its
 * `plugin` glob matches AND whose path relative to the repository root its
 * `path` glob matches (FNM_PATHNAME): a pull request chooses file names,
 * the path is where the reviewed plugin lives.  What it may use: imports
 * (globs over "module.field"), capability classes, and memory pages.
 */
typedef struct {
	char *plugin;            /* glob over the plugin name */
	char *path;              /* glob over the repository-relative path */
	wg_strlist imports;      /* "module.field" globs */
	uint32_t capabilities;   /* wg_capability bits */
	uint64_t max_initial_pages;  bool has_max_initial_pages;
	uint64_t max_pages;          bool has_max_pages;
	char *reason;
	char *approved_by;
	unsigned line;           /* where it is in the rules file */
} wg_grant;

typedef struct {
	int version;                  /* schema version: 1 */
	char *name;
	char *path;                   /* the file it came from, or NULL */
	uint8_t sha256[32];           /* of the file's bytes */

	struct {
		wg_strlist allow, deny;   /* globs over "module.field" */
		uint32_t cap_deny;        /* wg_capability bits */
		uint32_t cap_flag;
		wg_action unlisted;       /* import neither allowed nor denied */
	} imports;

	struct {
		uint64_t max_initial_pages;  bool has_max_initial_pages;
		uint64_t max_pages;          bool has_max_pages;
		bool require_maximum;
		wg_action shared;            /* shared memory */
		wg_action memory64;
	} memory;

	struct {
		uint64_t max_elements;       bool has_max_elements;
		bool require_maximum;        /* absent maximum: WG1021 */
	} tables;

	struct {
		uint32_t deny, flag;         /* wg_feature bits */
	} features;

	struct {
		wg_strlist deny, flag;       /* opcode names, globs, or @groups */
	} opcodes;

	struct {
		wg_strlist require, deny;    /* [KIND:]NAME (wg_export_requirement); deny: globs */
	} exports;

	wg_action start_function;

	struct {
		wg_strlist flag;             /* custom section names (globs) */
		uint64_t max_bytes;          bool has_max_bytes;
	} custom_sections;

	wg_module_limits limits;         /* 0 = none */

	wg_waiver *waivers;
	size_t num_waivers;

	wg_grant *grants;                /* file order; the first that covers a finding approves it */
	size_t num_grants;
} wg_policy;

/** Load a rules file.  On error *out is NULL and wg_error_last() says FILE:LINE:COL. */
int wg_policy_load_file(const char *path, wg_policy **out);

/** Load rules from a string; `name` is used as the file name in messages. */
int wg_policy_load_string(const char *yaml, size_t len, const char *name,
			  wg_policy **out);

void wg_policy_free(wg_policy *p);

/**
 * An exports.require entry: "KIND:NAME" when the text before the first ':'
 * is an export kind (func, table, memory, global, tag); otherwise the whole
 * entry is the NAME, of kind memory for "memory" and func for any other
 * name.  *name points into `entry`.  0, or -1 when NAME is empty.
 */
int wg_export_requirement(const char *entry, wg_extern_kind *kind, const char **name);

/** Does opcode `name` match `pattern` (exact name, fnmatch glob, or @group)? */
bool wg_opcode_matches(const char *pattern, const char *name);

#ifdef __cplusplus
}
#endif
#endif
