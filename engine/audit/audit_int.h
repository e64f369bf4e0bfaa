/*
 * audit_int.h - internals of the audit part (not public API): the context
 * the checks share while they build one report, the finding builder, and
 * one entry point per group of checks (one file each).
 *
 * A check only appends findings (wg_audit_add); sorting, waivers, counts
 * and the decision happen once in audit.c after every check ran.
 */
#ifndef WG_AUDIT_INT_H
#define WG_AUDIT_INT_H

#include "wasmgate/audit.h"

typedef struct {
	const wg_policy *policy;
	const wg_module *m;
	wg_report *r;
	size_t cap;              /* allocated entries of r->findings */
	char *relpath;           /* r->path relative to the repository root, or NULL (relpath.c) */
} wg_actx;

/* Where a finding points; fields the check does not know stay 0/false. */
typedef struct {
	bool has_offset;
	uint64_t offset;
	bool has_func;
	uint32_t func;
} wg_aloc;

#define WG_AT_NONE ((wg_aloc){ false, 0, false, 0 })
#define WG_AT(off) ((wg_aloc){ true, (off), false, 0 })
#define WG_AT_FUNC(off, fn) ((wg_aloc){ true, (off), true, (fn) })

/* Where the module first uses feature bit number `i` (WG_AT_NONE if never). */
wg_aloc wg_at_feature(const wg_module *m, unsigned i);

/*
 * Append a finding of rule `kind` with severity `sev`, item `item` and a
 * message (printf-style: one sentence).  The function name comes from the
 * module's name section.  WG_OK or WG_ENOMEM.
 */
int wg_audit_add(wg_actx *c, wg_rule_kind kind, wg_severity sev,
		 const char *item, wg_aloc at, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

/* The severity of an action; false for approve (no finding). */
bool wg_action_severity(wg_action a, wg_severity *sev);

/* The checks, one group per file; each returns WG_OK or WG_ENOMEM. */
int wg_check_status(wg_actx *c);      /* limits.c: WG1000/1090/1091/108x */
int wg_check_imports(wg_actx *c);     /* imports.c: WG1001-1004 */
/* Does imports.allow grant `name` (module.field) as wg_check_imports
 * judges it (not denied; a glob never grants a denied or flagged class)? */
bool wg_import_allowed(const wg_policy *p, const wg_import *im, const char *name);
int wg_check_memory(wg_actx *c);      /* memory.c: WG1010-1014, WG1020 */
int wg_check_features(wg_actx *c);    /* code.c: WG1030/1031 */
int wg_check_opcodes(wg_actx *c);     /* code.c: WG1040/1041 */
int wg_check_exports(wg_actx *c);     /* exports.c: WG1050/1051, WG1060 */
int wg_check_sections(wg_actx *c);    /* sections.c: WG1070-1072 */

/* waivers.c: mark waived findings, add WG1099 for expired waivers. */
int wg_audit_waivers(wg_actx *c, time_t now);

/* baseline.c: WG1100-1102 against the module in `path` (a file, or a
 * directory holding <plugin>.wasm).  WG_EIO when it cannot be read. */
int wg_audit_baseline(wg_actx *c, const char *path);

/* relpath.c: `path` relative to the repository root ($GITHUB_WORKSPACE,
 * else the current directory); NULL when not below it or when it holds an
 * empty, "." or ".." segment (such a path matches no path glob). */
char *wg_audit_relpath(const char *path);

/* grants.c: the import whose entry starts at byte `off` (imports are in
 * file order, so import findings find their import), or NULL. */
const wg_import *wg_import_at(const wg_module *m, uint64_t off);
/* grants.c: does grant `g` apply to this report's plugin (name + path)? */
bool wg_grant_binds(const wg_actx *c, const wg_grant *g);
/* The first grant for this plugin that approves declaration `entry`, or NULL. */
const wg_grant *wg_grant_for_declaration(const wg_actx *c, const char *entry);
/* Mark the findings no waiver suppresses that a grant for this plugin covers. */
void wg_audit_grants(wg_actx *c);

/* declare.c: the module's declared capabilities (WG1110 / WG1111, and
 * r->declarations with who approves each).  Runs after the checks. */
int wg_check_declarations(wg_actx *c);

#endif
