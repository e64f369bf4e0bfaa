/*
 * out_sarif.c - the SARIF step of an audit run: with --sarif FILE, write
 * one SARIF 2.1.0 run for all reports (wg_sarif_write, atomic; missing
 * parent directories are made), URIs
 * relative to the workspace (GITHUB_WORKSPACE or the cwd), category from
 * --category; a->sarif_written gets the path.  "-" writes the log to
 * stdout instead (cmd_audit then prints no text report).  Called by
 * cli_audit_execute().
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/sarif.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* --sarif -: the whole log on stdout, one trailing newline. */
static int sarif_stdout(cli_audit *a, const wg_sarif_options *o)
{
	json_t *log;
	int rc = wg_sarif_build(a->reports, a->num_reports, a->policy, o, &log);

	if (rc)
		return rc;
	rc = cli_print_json(log, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(log);
	if (rc)
		return wg_error_set(WG_EIO, "cannot write the SARIF log to stdout");
	return 0;
}

int cli_sarif_write(cli_audit *a)
{
	wg_sarif_options o = WG_SARIF_OPTIONS_INIT;

	if (!a->sarif_path)
		return 0;
	o.root = a->workspace;
	o.category = a->category;
	if (!strcmp(a->sarif_path, "-")) {
		if (sarif_stdout(a, &o)) {
			cli_error("SARIF: %s", wg_error_last());
			return -1;
		}
		return 0;
	}
	if (wg_dir_create_parent(a->sarif_path, 0755)
	    || wg_sarif_write(a->sarif_path, a->reports, a->num_reports, a->policy, &o)) {
		cli_error("SARIF: %s", wg_error_last());
		return -1;
	}
	free(a->sarif_written);
	a->sarif_written = wg_strdup(a->sarif_path);
	if (!a->sarif_written) {
		cli_error(NULL);
		return -1;
	}
	return 0;
}
