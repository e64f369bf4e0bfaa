/*
 * cmd_rules.c - 'wasmgate rules': check rules files (rules check FILE...)
 * and print the rule catalogue (rules list).  Thin: the loader and the
 * catalogue live in engine/policy.
 */
#include "cli/cli.h"
#include "wasmgate/policy.h"
#include "wasmgate/rule.h"

#include <getopt.h>
#include <string.h>

static void rules_usage(FILE *f)
{
	fprintf(f,
		"usage: wasmgate rules check FILE...\n"
		"       wasmgate rules list\n"
		"\n"
		"  check   load each rules file; print 'FILE: ok (rules NAME, N waivers)'\n"
		"          or 'FILE:LINE:COL: message' on stderr (exit 2 if any fails)\n"
		"  list    print the rule catalogue: id, name, default severity, rules key\n"
		"\n"
		"rules/README.md in the source tree is the reference of the rules format.\n");
}

static int rules_check(int argc, char **argv)
{
	int status = WG_EXIT_OK;

	if (argc < 1) {
		cli_error("rules check: no rules file given");
		rules_usage(stderr);
		return WG_EXIT_ERROR;
	}
	for (int i = 0; i < argc; i++) {
		wg_policy *p = NULL;

		if (wg_policy_load_file(argv[i], &p)) {
			fprintf(stderr, "%s\n", cli_esc(wg_error_last()));
			status = WG_EXIT_ERROR;
			continue;
		}
		printf("%s: ok (rules '%s', %zu waiver%s)\n", cli_esc(argv[i]), cli_esc(p->name),
		       p->num_waivers, p->num_waivers == 1 ? "" : "s");
		wg_policy_free(p);
	}
	return status;
}

static int rules_list(void)
{
	size_t n;
	const wg_rule_info *r = wg_rule_all(&n);

	printf("%-7s %-26s %-8s %s\n", "ID", "NAME", "SEVERITY", "KEY");
	for (size_t i = 0; i < n; i++)
		printf("%-7s %-26s %-8s %s\n", r[i].id, r[i].name,
		       wg_severity_name(r[i].default_severity), r[i].rules_key);
	return WG_EXIT_OK;
}

int cmd_rules(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "+h", opts, NULL)) != -1) {
		if (c == 'h') {
			rules_usage(stdout);
			return WG_EXIT_OK;
		}
		rules_usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (optind >= argc) {
		rules_usage(stderr);
		return WG_EXIT_ERROR;
	}
	for (int i = optind + 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
			rules_usage(stdout);
			return WG_EXIT_OK;
		}
	}
	if (!strcmp(argv[optind], "check"))
		return rules_check(argc - optind - 1, argv + optind + 1);
	if (!strcmp(argv[optind], "list")) {
		if (optind + 1 < argc) {
			cli_error("rules list: unexpected argument '%s'", argv[optind + 1]);
			return WG_EXIT_ERROR;
		}
		return rules_list();
	}
	cli_error("rules: unknown subcommand '%s' (check or list)", argv[optind]);
	return WG_EXIT_ERROR;
}
