/*
 * cli.h - the wasmgate command line: one function per subcommand, each in
 * its own cmd_<name>.c.  Commands parse arguments (getopt_long), call the
 * library and print; they hold no logic of their own.
 *
 * Exit codes: 0 ok, 1 the checked condition was met (e.g. --fail-on) or
 * verification failed, 2 usage, I/O or input errors.
 */
#ifndef WG_CLI_H
#define WG_CLI_H

#include <jansson.h>
#include <stdio.h>

#define WG_EXIT_OK 0
#define WG_EXIT_FAIL 1
#define WG_EXIT_ERROR 2

int cmd_audit(int argc, char **argv);
int cmd_rules(int argc, char **argv);
int cmd_keygen(int argc, char **argv);
int cmd_sign(int argc, char **argv);
int cmd_verify(int argc, char **argv);
int cmd_action(int argc, char **argv);
int cmd_inspect(int argc, char **argv);
int cmd_build(int argc, char **argv);

/* version.c: `wasmgate --version` (wasmgate, wabt, binaryen, libsodium) */
void cli_version_print(FILE *f);
/* main.c: the executable wasmgate-<cmd> (build, control, runtime) beside
 * wasmgate or in ../libexec/wasmgate, or NULL; free() it. */
char *cli_helper_path(const char *cmd);
int cmd_registry(int argc, char **argv);
int cmd_control(int argc, char **argv);
int cmd_runtime(int argc, char **argv);

#include "wasmgate/audit.h"
#include <stdbool.h>

/*
 * One audit run, shared by 'audit' and 'action': options in, then the steps
 * fill the outputs.  cmd_audit.c / cmd_action.c build the options,
 * cli_audit_execute() (audit_run.c) audits every file and then calls, in this
 * order: cli_sarif_write() (out_sarif.c), cli_attest_write() (out_attest.c),
 * cli_github_write() (out_github.c).  Each step does nothing when its
 * options are unset.
 */
typedef struct {
	/* inputs */
	char **paths;  size_t num_paths;  /* files or globs */
	bool paths_literal;               /* paths are files already found: never globbed again */
	const char *rules_path;           /* NULL: the bundled rules/default.yml */
	const char *waivers_path;         /* --waivers FILE: its waivers replace the rules' */
	const char *baseline;             /* file, or a directory with <plugin>.wasm */
	const char *fail_on;              /* "reject" (default), "flag", "never" */
	int jobs;                         /* 0: all cores */
	bool json;                        /* --json on stdout */
	const char *sarif_path;           /* --sarif FILE, or NULL */
	const char *category;             /* SARIF automationDetails.id prefix, or NULL */
	const char *sign_key_path;        /* --sign-key FILE; else env WASMGATE_SIGNING_KEY */
	const char *attest_dir;           /* where <plugin>.intoto.json go; NULL: beside the SARIF, else "." */
	const char *workspace;            /* repository root for relative URIs (GITHUB_WORKSPACE or cwd) */
	bool github;                      /* write GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / annotations when set */
	bool quiet;

	/* filled by cli_audit_execute() and the steps */
	wg_policy *policy;
	wg_report **reports;  size_t num_reports;
	char *sarif_written;              /* path of the SARIF file written */
	char **attestations;              /* per report: path of the DSSE envelope, or NULL */
	char **predicates;                /* per report: path of the bare predicate JSON, or NULL */
	wg_decision decision;             /* worst over all reports */
} cli_audit;

/* Audit, write every output, print; returns the process exit code. */
/* Is `name` a bundled rules set ('default', 'strict') rather than a file? */
bool cli_rules_bundled(const char *name);
int cli_audit_execute(cli_audit *a);
void cli_audit_release(cli_audit *a);
/* Output steps: 0 ok, else an error already printed. */
int cli_sarif_write(cli_audit *a);
int cli_attest_write(cli_audit *a);
int cli_github_write(cli_audit *a);

/* The signing key: the PEM file `path`, else the PEM in env
 * WASMGATE_SIGNING_KEY; *out stays NULL when neither is set.  Warns on
 * stderr about a private key file readable by others; never prints the key.
 * Returns 0 or an error already printed (out_attest.c). */
struct wg_key;
int cli_signing_key_load(const char *path, struct wg_key **out);

/* Print "wasmgate: <msg>" on stderr, with wg_error_last() when msg is NULL;
 * the whole message escaped by wg_text_escape() (it names files). */
void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* `s` escaped by wg_text_escape() for printing: every path or name the CLI
 * prints (from a file, a module or the command line) goes through this or
 * cli_error(), on every stream, so nothing printed can be a workflow
 * command or a terminal control.  The result stays valid for the next 15
 * calls (a ring, main thread only); "?" on ENOMEM. */
const char *cli_esc(const char *s);
void cli_esc_release(void);

/* Print JSON text and a newline on stdout with every "##[" (a workflow
 * command anywhere on a log line) written as "#\u0023[": the same JSON. */
void cli_put_json(const char *json);
/* json_dumps(j, flags), then cli_put_json: every JSON a command prints on
 * stdout goes through here.  -1 (after cli_error) when it cannot. */
int cli_print_json(const json_t *j, size_t flags);

#endif
