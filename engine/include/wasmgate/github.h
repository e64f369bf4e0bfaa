/*
 * github.h - the GitHub Actions runner interface of an audit
 * (engine/github/): workflow-command annotations, the job summary
 * (GITHUB_STEP_SUMMARY Markdown) and step outputs (GITHUB_OUTPUT).
 *
 * The functions build text; the caller decides where it goes (the CLI
 * prints annotations and appends the files with wg_github_file_append()).
 * Text from a .wasm (plugin and import names...) may hold any bytes: it is
 * made valid UTF-8 (wg_text_utf8) and escaped for its destination.
 */
#ifndef WASMGATE_GITHUB_H
#define WASMGATE_GITHUB_H

#include "audit.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_GITHUB_MAX_PER_KIND 10              /* annotations GitHub shows per kind */
#define WG_GITHUB_MAX_SUMMARY (1024u * 1024u)  /* job summary limit per step */

typedef struct {
	int version;                     /* struct version: 1 */
	const char *root;                /* repository root for file= paths; NULL: the default root */
	const char *sarif_path;          /* the SARIF written, or NULL */
	char *const *attestations;       /* per report: DSSE envelope path or NULL; or NULL */
	char *const *predicates;         /* per report: bare predicate path or NULL; or NULL */
	size_t max_per_kind;             /* 0: WG_GITHUB_MAX_PER_KIND */
	size_t max_summary_bytes;        /* 0: WG_GITHUB_MAX_SUMMARY */
} wg_github_options;

#define WG_GITHUB_OPTIONS_INIT { 1, NULL, NULL, NULL, NULL, 0, 0 }

/** Escape workflow-command data: % -> %25, CR -> %0D, LF -> %0A (caller frees). */
char *wg_github_escape_data(const char *s);

/** Escape a workflow-command property: as data, plus : -> %3A and , -> %2C. */
char *wg_github_escape_property(const char *s);

/** Escape text for a Markdown table cell: \ ` * _ [ ] | ~ and HTML; newlines -> <br>;
 *  '@' followed by U+200D (zero-width joiner) so that no @mention reaches anyone. */
char *wg_github_escape_markdown(const char *s);

/**
 * Annotation lines ("::error file=F,title=T::message\n") for the unwaived
 * findings: errors first, then warnings, then notices, at most
 * max_per_kind of each, and one ::notice line counting the rest.
 * @return WG_OK with *out (caller frees; "" when nothing to say) or WG_ENOMEM.
 */
int wg_github_annotations(wg_report *const *reports, size_t n,
			  const wg_github_options *opts, char **out);

/**
 * The job summary Markdown: overall and per-plugin decision with the reason,
 * counts per severity, the findings table (rule, item, location, waiver),
 * the capability diff.  Never longer than max_summary_bytes: a longer one is
 * cut at a line and ends with a line saying so.
 * @return WG_OK with *out (caller frees) or WG_ENOMEM.
 */
int wg_github_summary(wg_report *const *reports, size_t n, const wg_policy *policy,
		      const wg_github_options *opts, char **out);

/**
 * One GITHUB_OUTPUT entry: "name=value\n", or when the value holds CR or LF
 * the heredoc form "name<<D\nvalue\nD\n" with a random delimiter D that
 * does not occur in the value.  `name` must be non-empty without '=', "<<",
 * CR or LF (WG_EINVAL).  @return WG_OK with *out (caller frees).
 */
int wg_github_output_entry(const char *name, const char *value, char **out);

#define WG_GITHUB_TOKEN_SIZE 33   /* 32 hex digits and a NUL */

/**
 * A random token (128 bits from libsodium, as hex): the delimiter of a
 * GITHUB_OUTPUT heredoc, or the resume word of "::stop-commands::TOKEN"
 * that untrusted text cannot guess.  @return WG_OK or WG_ERROR.
 */
int wg_github_token(char out[WG_GITHUB_TOKEN_SIZE]);

/**
 * Every step output: decision, sarif, summary (one line), findings, errors,
 * warnings, notes, waived (unwaived counts), plugins (JSON list of {plugin,
 * path, decision, counts}), attestation (first envelope) and attestations
 * (JSON list of {plugin, envelope, predicate}).
 * @return WG_OK with *out (caller frees) or WG_ENOMEM.
 */
int wg_github_outputs(wg_report *const *reports, size_t n,
		      const wg_github_options *opts, char **out);

/**
 * Append `len` bytes to the file at `path` (created when missing) in one
 * go: on failure the file is cut back to its old length, never left half
 * written.  @return WG_OK or WG_EIO naming the file.
 */
int wg_github_file_append(const char *path, const char *text, size_t len);

#ifdef __cplusplus
}
#endif
#endif
