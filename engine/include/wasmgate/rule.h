/*
 * rule.h - the catalogue of rule ids the audit can emit.
 *
 * Rule ids are stable (WG1xxx): reports, waivers and fingerprints refer to
 * them.  The catalogue is static data in engine/policy/catalog.c; SARIF's
 * tool.driver.rules is written from it.
 */
#ifndef WASMGATE_RULE_H
#define WASMGATE_RULE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	WG_SEV_NOTE = 0,     /* informational: never changes the decision */
	WG_SEV_WARNING = 1,  /* flag: manual review */
	WG_SEV_ERROR = 2     /* reject */
} wg_severity;

const char *wg_severity_name(wg_severity s);   /* "note", "warning", "error" */

typedef enum {
	WG_RULE_MODULE_MALFORMED,     /* WG1000 */
	WG_RULE_IMPORT_DENIED,        /* WG1001 */
	WG_RULE_IMPORT_UNLISTED,      /* WG1002 */
	WG_RULE_CAPABILITY_DENIED,    /* WG1003 */
	WG_RULE_CAPABILITY_FLAGGED,   /* WG1004 */
	WG_RULE_MEMORY_INITIAL,       /* WG1010 */
	WG_RULE_MEMORY_NO_MAXIMUM,    /* WG1011 */
	WG_RULE_MEMORY_MAXIMUM,       /* WG1012 */
	WG_RULE_MEMORY_SHARED,        /* WG1013 */
	WG_RULE_MEMORY64,             /* WG1014 */
	WG_RULE_TABLE_SIZE,           /* WG1020 */
	WG_RULE_TABLE_NO_MAXIMUM,     /* WG1021 */
	WG_RULE_FEATURE_DENIED,       /* WG1030 */
	WG_RULE_FEATURE_FLAGGED,      /* WG1031 */
	WG_RULE_OPCODE_DENIED,        /* WG1040 */
	WG_RULE_OPCODE_FLAGGED,       /* WG1041 */
	WG_RULE_EXPORT_MISSING,       /* WG1050 */
	WG_RULE_EXPORT_DENIED,        /* WG1051 */
	WG_RULE_START_FUNCTION,       /* WG1060 */
	WG_RULE_CUSTOM_FLAGGED,       /* WG1070 */
	WG_RULE_CUSTOM_TOO_LARGE,     /* WG1071 */
	WG_RULE_CUSTOM_MALFORMED,     /* WG1072 */
	WG_RULE_MODULE_TOO_LARGE,     /* WG1080 */
	WG_RULE_TOO_MANY_FUNCTIONS,   /* WG1081 */
	WG_RULE_FUNCTION_TOO_LARGE,   /* WG1082 */
	WG_RULE_MODULE_INVALID,       /* WG1090 */
	WG_RULE_COMPONENT,            /* WG1091 */
	WG_RULE_MODULE_INCOMPLETE,    /* WG1092 */
	WG_RULE_IMPL_LIMIT,           /* WG1093 */
	WG_RULE_WAIVER_EXPIRED,       /* WG1099 */
	WG_RULE_NEW_IMPORT,           /* WG1100 */
	WG_RULE_NEW_CAPABILITY,       /* WG1101 */
	WG_RULE_NEW_FEATURE,          /* WG1102 */
	WG_RULE_CAPABILITY_UNDECLARED, /* WG1110 */
	WG_RULE_CAPABILITY_UNUSED,    /* WG1111 */
	WG_RULE__COUNT
} wg_rule_kind;

typedef struct {
	wg_rule_kind kind;
	const char *id;                /* "WG1001" */
	const char *name;              /* "import-denied" */
	wg_severity default_severity;
	const char *short_description; /* one sentence */
	const char *full_description;  /* what it means and why it matters */
	const char *help_markdown;     /* how to fix, with a rules-file example */
	const char *security_severity; /* CVSS-like "0.0".."10.0" for GitHub */
	const char *tags;              /* comma-separated, e.g. "security,wasm,imports" */
	const char *rules_key;         /* the rules-file key it checks, e.g. "imports.deny" */
} wg_rule_info;

/** The catalogue; *count gets its length (WG_RULE__COUNT). */
const wg_rule_info *wg_rule_all(size_t *count);
const wg_rule_info *wg_rule_get(wg_rule_kind kind);
/**
 * Whether a waiver may suppress findings of rule `r`.  Not: what says the
 * module was not (or could not be) read to the end (WG1000, WG1090,
 * WG1091, WG1092, WG1093), WG1099, and WG1110 (the module contradicts
 * its own declaration: fix the declaration).
 */
bool wg_rule_waivable(const wg_rule_info *r);
/** By id ("WG1001") or name ("import-denied"); NULL when unknown. */
const wg_rule_info *wg_rule_find(const char *id_or_name);

#ifdef __cplusplus
}
#endif
#endif
