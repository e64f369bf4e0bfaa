/*
 * facts.c - wg_facts, the differential tests' driver: reads many modules
 * in one process and prints, per module, everything the audit concludes
 * about it, so two runs (WG_FASTPATH=on and WG_FASTPATH=off) can be
 * compared line by line.
 *
 * Usage: wg_facts RULES.yml [FILE...]     (no FILE: one path per stdin line)
 * Output, one line per module, in input order:
 *   PATH \t STATUS \t DECISION \t JSON
 * where STATUS is wg_module_status_name(), DECISION wg_decision_name() and
 * JSON the audit report (json.h wg_report_to_json(): findings, decision and
 * the whole module view: imports, exports, features, opcode histogram,
 * error and offset), compact with sorted keys.  A file that cannot be read
 * at all prints STATUS "io-error".  Modules are read without size limits
 * (the whole module is compared); the rules judge them afterwards.
 * Exit 0 when every line was printed, 2 on bad usage or out of memory.
 */
#include "wasmgate/audit.h"
#include "wasmgate/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int facts(const wg_policy *policy, const char *path)
{
	wg_audit_options opts = WG_AUDIT_OPTIONS_INIT;
	wg_module *m = NULL;
	wg_report *r = NULL;
	json_t *j;
	char *text;
	int rc;

	opts.plugin = "diff";
	opts.now = 1767225600;  /* 2026-01-01: no clock in the facts */
	rc = wg_module_read_file(path, NULL, &m);
	if (rc == WG_EIO) {
		printf("%s\tio-error\t-\t\"%s\"\n", path, wg_error_last());
		return 0;
	}
	if (rc != WG_OK || wg_audit_module(policy, m, path, &opts, &r) != WG_OK)
		return -1;      /* wg_audit_module frees m on failure too */
	j = wg_report_to_json(r);
	text = j ? json_dumps(j, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENSURE_ASCII) : NULL;
	if (text)
		printf("%s\t%s\t%s\t%s\n", path, wg_module_status_name(r->module->status),
		       wg_decision_name(r->decision), text);
	free(text);
	json_decref(j);
	wg_report_free(r);
	return text ? 0 : -1;
}

int main(int argc, char **argv)
{
	wg_policy *policy = NULL;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = 0;

	if (argc < 2) {
		fprintf(stderr, "usage: wg_facts RULES.yml [FILE...]\n");
		return 2;
	}
	if (wg_policy_load_file(argv[1], &policy) != WG_OK) {
		fprintf(stderr, "wg_facts: %s\n", wg_error_last());
		return 2;
	}
	for (int i = 2; rc == 0 && i < argc; i++)
		rc = facts(policy, argv[i]);
	while (rc == 0 && argc == 2 && (len = getline(&line, &cap, stdin)) > 0) {
		if (line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (line[0])
			rc = facts(policy, line);
	}
	free(line);
	wg_policy_free(policy);
	if (rc)
		fprintf(stderr, "wg_facts: %s\n", wg_error_last());
	return rc ? 2 : 0;
}
