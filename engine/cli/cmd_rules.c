/*
 * cmd_rules.c - 'wasmgate rules': check rules files (rules check FILE...:
 * loads them, warns about expired and soon-to-expire waivers, --json for
 * scripts) and print the rule catalogue (rules list).  Thin: the loader,
 * the waiver lifecycle and the catalogue live in engine/policy.
 */
#include "cli/cli.h"
#include "wasmgate/policy.h"
#include "wasmgate/rule.h"
#include "wasmgate/waiver.h"

#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
	time_t now;
	int warn_days;
	bool json;
} check_opts;

static void rules_usage(FILE *f)
{
	fprintf(f,
		"usage: wasmgate rules check [--warn-days N] [--today YYYY-MM-DD] [--json] FILE...\n"
		"       wasmgate rules list\n"
		"\n"
		"  check   load each rules file; print 'FILE: ok (rules NAME, N waivers)'\n"
		"          or 'FILE:LINE:COL: message' on stderr (exit 2 if any fails);\n"
		"          a waiver still holding a <...> placeholder is an error; one\n"
		"          that expired or expires within --warn-days days (default 14)\n"
		"          gets a line 'FILE:LINE: warning: ...' on stderr (exit 0);\n"
		"          --today sets the day they are judged on (default: today, UTC);\n"
		"          --json prints [{file, name, waivers: [{line, rule, plugin, item,\n"
		"          path, sha256, reason, approved_by, expires, state, days_left}]}]\n"
		"          (state: valid, expiring or expired) instead of the ok lines\n"
		"  list    print the rule catalogue: id, name, default severity, rules key\n"
		"\n"
		"rules/README.md (installed beside the bundled rules, share/wasmgate/rules/)\n"
		"is the reference of the rules format.\n");
}

static const char *const state_names[] = { "valid", "expiring", "expired" };

/* One stderr line per expired or expiring waiver. */
static void warn_waiver(const char *file, const wg_waiver *w, wg_waiver_state st, long left)
{
	fprintf(stderr, "%s:%u: warning: waiver %s \"%s\" (plugin %s, approved by %s) ",
		cli_esc(file), w->line, cli_esc(w->rule), cli_esc(w->item),
		cli_esc(w->plugin ? w->plugin : "*"), cli_esc(w->approved_by));
	if (st == WG_WAIVER_EXPIRED)
		fprintf(stderr, "expired on %s (%ld day%s ago): the findings it covered count "
			"again; renew it or remove it\n", w->expires_text, -left, -left == 1 ? "" : "s");
	else if (left == 0)
		fprintf(stderr, "expires on %s (today is its last day): renew it in a pull request "
			"the rules' owners review\n", w->expires_text);
	else
		fprintf(stderr, "expires on %s (in %ld day%s): renew it in a pull request the "
			"rules' owners review\n", w->expires_text, left, left == 1 ? "" : "s");
}

static json_t *waiver_json(const wg_waiver *w, wg_waiver_state st, long left)
{
	return json_pack("{s:I, s:s, s:s, s:s, s:s?, s:s?, s:s, s:s, s:s, s:s, s:I}",
		"line", (json_int_t)w->line, "rule", w->rule, "plugin", w->plugin ? w->plugin : "*",
		"item", w->item, "path", w->path, "sha256", w->sha256[0] ? w->sha256 : NULL,
		"reason", w->reason, "approved_by", w->approved_by, "expires", w->expires_text,
		"state", state_names[st], "days_left", (json_int_t)left);
}

/* Warn (or list, with --json) the waivers of one loaded file. */
static int check_waivers(const char *file, const wg_policy *p, const check_opts *o, json_t *all)
{
	json_t *ws = o->json ? json_array() : NULL;

	for (size_t i = 0; i < p->num_waivers; i++) {
		const wg_waiver *w = &p->waivers[i];
		long left;
		wg_waiver_state st = wg_waiver_state_at(w, o->now, o->warn_days, &left);

		if (st != WG_WAIVER_VALID)
			warn_waiver(file, w, st, left);
		if (ws && json_array_append_new(ws, waiver_json(w, st, left)))
			break;
	}
	if (!o->json)
		return 0;
	return json_array_append_new(all, json_pack("{s:s, s:s, s:o}", "file", file,
						    "name", p->name ? p->name : "", "waivers", ws));
}

static int rules_check(int argc, char **argv, const check_opts *o)
{
	int status = WG_EXIT_OK;
	json_t *all = o->json ? json_array() : NULL;

	if (argc < 1) {
		cli_error("rules check: no rules file given");
		rules_usage(stderr);
		json_decref(all);
		return WG_EXIT_ERROR;
	}
	for (int i = 0; i < argc; i++) {
		wg_policy *p = NULL;

		if (wg_policy_load_file(argv[i], &p)) {
			fprintf(stderr, "%s\n", cli_esc(wg_error_last()));
			status = WG_EXIT_ERROR;
			continue;
		}
		if (!o->json)
			printf("%s: ok (rules '%s', %zu waiver%s)\n", cli_esc(argv[i]), cli_esc(p->name),
			       p->num_waivers, p->num_waivers == 1 ? "" : "s");
		if (check_waivers(argv[i], p, o, all)) {
			cli_error("rules check: out of memory");
			status = WG_EXIT_ERROR;
		}
		wg_policy_free(p);
	}
	if (all && cli_print_json(all, JSON_INDENT(2)))
		status = WG_EXIT_ERROR;
	json_decref(all);
	return status;
}

/* rules check's options (after "check"); *next = the first file. */
static int check_options(int argc, char **argv, check_opts *o, int *next)
{
	static const struct option opts[] = {
		{ "warn-days", required_argument, NULL, 'w' },
		{ "today", required_argument, NULL, 't' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	int c;
	char *end;
	long n;

	o->now = time(NULL);
	o->warn_days = WG_WAIVER_WARN_DAYS;
	optind = 1;
	while ((c = getopt_long(argc, argv, "", opts, NULL)) != -1) {
		switch (c) {
		case 'w':
			n = strtol(optarg, &end, 10);
			if (end == optarg || *end || n < 0 || n > 36500) {
				cli_error("rules check: --warn-days wants a number of days 0..36500, not '%s'", optarg);
				return -1;
			}
			o->warn_days = (int)n;
			break;
		case 't':
			if (wg_date_parse(optarg, &o->now)) {
				cli_error("rules check: --today wants a date YYYY-MM-DD, not '%s'", optarg);
				return -1;
			}
			o->now -= 86400;   /* the start of that day */
			break;
		case 'j':
			o->json = true;
			break;
		default:
			rules_usage(stderr);
			return -1;
		}
	}
	*next = optind;
	return 0;
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
	if (!strcmp(argv[optind], "check")) {
		check_opts o = { 0 };
		int first, sub = optind;

		if (check_options(argc - sub, argv + sub, &o, &first))
			return WG_EXIT_ERROR;
		return rules_check(argc - sub - first, argv + sub + first, &o);
	}
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
