/*
 * out_github.c - the GitHub step of an audit run: when GITHUB_STEP_SUMMARY
 * is set, append the job summary; when GITHUB_OUTPUT is set, append the
 * step outputs; when running in Actions (GITHUB_ACTIONS=true, or the
 * 'action' command sets a->github), print the annotations (on stdout, or on
 * stderr under --json so stdout stays JSON; the runner reads both).  With
 * none of these set it does nothing: terminal output stays as it was.
 * Called by cli_audit_execute() after the SARIF and attestation steps.
 */
#include "cli/cli.h"
#include "wasmgate/github.h"

#include <stdlib.h>
#include <string.h>

static const char *env(const char *name)
{
	const char *v = getenv(name);

	return v && *v ? v : NULL;
}

static void options(const cli_audit *a, wg_github_options *o)
{
	o->root = a->workspace;
	o->sarif_path = a->sarif_written;
	o->attestations = a->attestations;
	o->predicates = a->predicates;
}

static int append(const char *var, const char *path, char *text, int rc)
{
	if (rc == 0 && text)
		rc = wg_github_file_append(path, text, strlen(text));
	free(text);
	if (rc)
		cli_error("%s: %s", var, wg_error_last());
	return rc ? -1 : 0;
}

int cli_github_write(cli_audit *a)
{
	wg_github_options o = WG_GITHUB_OPTIONS_INIT;
	const char *summary = env("GITHUB_STEP_SUMMARY"), *output = env("GITHUB_OUTPUT");
	const char *actions = env("GITHUB_ACTIONS");
	char *text = NULL;
	int rc = 0;

	options(a, &o);
	if (a->github || (actions && !strcmp(actions, "true"))) {
		if (wg_github_annotations(a->reports, a->num_reports, &o, &text)) {
			cli_error(NULL);
			return -1;
		}
		fputs(text, a->json ? stderr : stdout);
		fflush(a->json ? stderr : stdout);
		free(text);
		text = NULL;
	}
	if (summary) {
		int r = wg_github_summary(a->reports, a->num_reports, a->policy, &o, &text);

		rc |= append("GITHUB_STEP_SUMMARY", summary, text, r);
		text = NULL;
	}
	if (output) {
		int r = wg_github_outputs(a->reports, a->num_reports, &o, &text);

		rc |= append("GITHUB_OUTPUT", output, text, r);
	}
	return rc;
}
