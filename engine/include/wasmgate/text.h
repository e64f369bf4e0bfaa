/*
 * text.h - audit reports as plain text for a terminal (engine/report/text.c):
 * per plugin its decision and counts, then one block per finding with
 * severity, rule id and name, item, message and location ("offset 0x...,
 * func N <name>"), waived findings marked with their waiver; and a summary
 * line for a batch.  Names from the module are escaped (control bytes and
 * invalid UTF-8 become \xNN) so a hostile module cannot drive the terminal.
 * Functions return a new string (caller frees) and never print.
 */
#ifndef WASMGATE_TEXT_H
#define WASMGATE_TEXT_H

#include "audit.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
	int version;             /* struct version: 1 */
	bool color;              /* ANSI colours (the CLI sets it when isatty) */
	bool waived;             /* list waived findings too (counted always) */
} wg_text_options;

#define WG_TEXT_OPTIONS_INIT { 1, false, true }

/** One plugin's report; NULL on ENOMEM. */
char *wg_text_report(const wg_report *r, const wg_text_options *opts);

/**
 * `s` as plain text safe on one line of a terminal and of a GitHub Actions
 * log (the runner reads workflow commands from every line of stdout and
 * stderr): valid UTF-8 (invalid bytes as \xNN, wg_text_utf8), C0/C1
 * controls and DEL as \xNN, the Unicode line/paragraph separators and
 * bidirectional controls as \uXXXX, and no workflow command can start in
 * it: every "::" becomes ":\x3a" and every "##[" becomes "\x23#[".  The one
 * escaping every CLI message and text report uses for file- and
 * module-derived text.  Caller frees; NULL on ENOMEM.
 */
char *wg_text_escape(const char *s);

/** One line for a batch: "3 plugins: 1 approve, 1 flag, 1 reject -> reject". */
/**
 * How to fix a finding of rule `r`: the first paragraph of its help (the
 * rules reference's advice, Markdown code spans kept), one line, without
 * a closing ':' that announced an example (then "(example: rules/README.md)").
 * Caller frees; NULL on ENOMEM.
 * The text report prints it once per rule ("fix: ..."), the job summary
 * under "How to fix".
 */
char *wg_text_fix_hint(const wg_rule_info *r);

char *wg_text_summary(wg_report *const *reports, size_t n, const wg_text_options *opts);

#ifdef __cplusplus
}
#endif
#endif
