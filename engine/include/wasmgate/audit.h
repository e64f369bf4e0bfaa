/*
 * audit.h - checks a module against a policy: findings and a decision.
 *
 * wg_audit_run() reads one .wasm file, applies every rule of the policy,
 * applies waivers and (with a baseline) the capability diff, and returns a
 * wg_report: a plain read-only result struct owned by the library, freed
 * with wg_report_free().  Decision: reject when an unwaived error-level
 * finding exists, flag when an unwaived warning exists, approve otherwise
 * ("unwaived": approved neither by a waiver nor by a grant).
 * Findings are sorted deterministically (rule id, item, offset).
 */
#ifndef WASMGATE_AUDIT_H
#define WASMGATE_AUDIT_H

#include "common.h"
#include "module.h"
#include "policy.h"
#include "rule.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	WG_DECISION_APPROVE = 0,
	WG_DECISION_FLAG = 1,
	WG_DECISION_REJECT = 2
} wg_decision;

const char *wg_decision_name(wg_decision d);   /* "approve", "flag", "reject" */

typedef struct {
	const wg_rule_info *rule;
	wg_severity severity;
	char *item;              /* what matched: import "mod.field", opcode, section ... */
	char *message;           /* one sentence for a human */
	bool has_offset;
	uint64_t offset;         /* byte offset in the module */
	bool has_func;
	uint32_t func_index;     /* function index (imports included) */
	const char *func_name;   /* from the name section, or NULL (owned by the module) */
	const wg_waiver *waiver; /* the waiver that suppresses it (owned by the policy), or NULL */
	const wg_grant *grant;   /* else the grant that approves it (owned by the policy), or NULL */
} wg_finding;

/* Is finding `f` approved (by a waiver or a grant): it does not count. */
#define WG_FINDING_APPROVED(f) ((f)->waiver != NULL || (f)->grant != NULL)

/* One capability the plugin declares (plugin.yml `capabilities:`, read from
 * the module's wasmgate.plugin section) and who approves it. */
typedef struct {
	char *entry;             /* a capability class name or an import glob */
	bool used;               /* an import of the module matches it */
	const wg_grant *grant;   /* the first grant for this plugin that approves it, or NULL */
	bool rules_allow;        /* else: the rules allow it to every plugin */
} wg_declaration;

typedef struct {
	int version;             /* struct version: 1 */
	char *plugin;            /* plugin name */
	char *path;              /* the file as given */
	wg_module *module;       /* what was read (owned by the report) */
	wg_decision decision;
	wg_finding *findings;    size_t num_findings;
	size_t counts[3];        /* unwaived findings per wg_severity */
	size_t num_waived;
	bool has_baseline;
	char *baseline_path;     /* compared with; without has_baseline: the
				    <plugin>.wasm a baseline folder lacked */
	size_t num_granted;      /* findings a grant approves (not counted) */
	bool has_declarations;   /* the module's wasmgate.plugin section declares capabilities */
	wg_declaration *declarations;  size_t num_declarations;
} wg_report;

typedef struct {
	int version;             /* 1 */
	const char *plugin;      /* NULL: file name without ".wasm" */
	const char *baseline;    /* previously approved .wasm of the same plugin, or NULL */
	time_t now;              /* for waiver expiry; 0 = time(NULL) */
} wg_audit_options;

#define WG_AUDIT_OPTIONS_INIT { 1, NULL, NULL, 0 }

/**
 * Audit the module in `path` under `policy`.  The read stops at the
 * policy's size limits (policy->limits); when it stopped at one whose
 * finding (WG1080-WG1082) a valid waiver suppresses, the file is read
 * again without that limit, so a waived module is always read to the end
 * and judged whole.  A read that still stopped early is rejected (WG1092).
 * @return WG_OK with *out set; WG_EIO when a file cannot be read (message
 *         names it), WG_ENOMEM.  Bad bytes are findings, not errors.
 */
int wg_audit_run(const wg_policy *policy, const char *path,
		 const wg_audit_options *opts, wg_report **out);

/** The same on a module already read (no second read: a module that
 * stopped at a limit is WG1092); takes ownership of `m`. */
int wg_audit_module(const wg_policy *policy, wg_module *m, const char *path,
		    const wg_audit_options *opts, wg_report **out);

void wg_report_free(wg_report *r);

/** Decision of a set of reports: the worst of them. */
wg_decision wg_decision_worst(wg_report *const *reports, size_t n);

#ifdef __cplusplus
}
#endif
#endif
