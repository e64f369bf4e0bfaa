/*
 * json.h - machine-readable views of modules and audit reports (jansson).
 *
 * These are the shapes of `wasmgate inspect --json` and `wasmgate audit
 * --json`; scripts and tests rely on them, so keys only ever get added.
 * Returned json_t values are new references: json_decref() them.
 */
#ifndef WASMGATE_JSON_H
#define WASMGATE_JSON_H

#include "audit.h"
#include <jansson.h>

#ifdef __cplusplus
extern "C" {
#endif

/* { path, size, sha256, status, error, error_offset, types, imports[{module,field,kind}],
 *   exports[{name,kind,index}], memories[...], tables[...], globals, functions
 *   {imported, defined}, start, customs[...], opcodes[...], features[...] }
 *   (engine/report/module_json.c) */
json_t *wg_module_to_json(const wg_module *m);

/* One plugin's report: { plugin, path, sha256, size, decision, counts{error,warning,note},
 *   waived, baseline (path|null), findings[{rule, name, severity, item, message,
 *   offset|null, function{index,name}|null, waived, waiver{reason, approved_by, expires,
 *   rule, item, line}|null}], module } (engine/report/report_json.c) */
json_t *wg_report_to_json(const wg_report *r);

/* Findings also carry granted (bool) and grant (wg_grant_to_json or null); a
 * report also granted (count) and declarations (wg_declarations_to_json, or
 * null when the module declares none). */

/* A grant: { plugin, path, imports[], capabilities[], memory{max_initial_pages,
 *   max_pages}, reason, approved_by, line }; null for NULL. */
json_t *wg_grant_to_json(const wg_grant *g);

/* The plugin's declared capabilities: [{ capability, used, approved_by
 *   ("grant" | "rules" | null), grant (as above, or null) }]; null when the
 *   module's wasmgate.plugin section declares none. */
json_t *wg_declarations_to_json(const wg_report *r);

/* A whole run: { tool{name,version}, rules{name,path,sha256}, decision, plugins[...] } */
json_t *wg_reports_to_json(wg_report *const *reports, size_t n, const wg_policy *policy);

#ifdef __cplusplus
}
#endif
#endif
