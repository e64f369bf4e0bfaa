/*
 * cmd_audit.c - 'wasmgate audit [options] FILE|DIR|GLOB...': parses the
 * arguments into a cli_audit run and hands it to cli_audit_execute()
 * (audit_run.c), which does the work.  Exit: 0, 1 when the worst decision
 * meets --fail-on, 2 for usage, I/O and rules errors.
 */
#include "cli/cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static void usage(FILE *f)
{
	fputs("usage: wasmgate audit [options] FILE|DIR|GLOB...\n"
	      "\n"
	      "Audit WebAssembly modules against YAML sandboxing rules.  A directory\n"
	      "means every .wasm below it; globs may use ** for any depth (quote them).\n"
	      "\n"
	      "  --rules FILE        rules file, or default / strict: the bundled set\n"
	      "                      of that name (./strict for a file so named)\n"
	      "  --waivers FILE      take the waivers from FILE (a rules file) instead:\n"
	      "                      a renewal judged with its own waivers, every\n"
	      "                      other rule from --rules; not with a signing key\n"
	      "  --baseline PATH     last approved version: a .wasm, or a directory\n"
	      "                      with <plugin>.wasm; new imports, capabilities and\n"
	      "                      features become findings\n"
	      "  --fail-on WHEN      reject (default), flag or never: exit 1 when the\n"
	      "                      worst decision is at least WHEN\n"
	      "  -j, --jobs N        audit N files at a time (default: all cores); more jobs\n"
	      "                      than files split large modules' function bodies\n"
	      "  --json              print the reports as JSON on stdout\n"
	      "  --sarif FILE        write a SARIF 2.1.0 log ('-': to stdout, no text)\n"
	      "  --category ID       SARIF automationDetails.id prefix\n"
	      "  --sign-key FILE     sign an attestation per plugin (Ed25519 PEM;\n"
	      "                      default: $WASMGATE_SIGNING_KEY)\n"
	      "  --attest-dir DIR    where <plugin>.intoto.json go\n"
	      "  -q, --quiet         no text report (exit code only; --json still prints)\n"
	      "  -h, --help          this help\n"
	      "\n"
	      "Exit status: 0 ok, 1 --fail-on met, 2 usage, I/O or rules error.\n", f);
}

enum { OPT_RULES = 256, OPT_WAIVERS, OPT_BASELINE, OPT_FAIL_ON, OPT_JSON, OPT_SARIF,
       OPT_CATEGORY, OPT_SIGN_KEY, OPT_ATTEST_DIR };

static const struct option options[] = {
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "waivers", required_argument, NULL, OPT_WAIVERS },
	{ "baseline", required_argument, NULL, OPT_BASELINE },
	{ "fail-on", required_argument, NULL, OPT_FAIL_ON },
	{ "jobs", required_argument, NULL, 'j' },
	{ "json", no_argument, NULL, OPT_JSON },
	{ "sarif", required_argument, NULL, OPT_SARIF },
	{ "category", required_argument, NULL, OPT_CATEGORY },
	{ "sign-key", required_argument, NULL, OPT_SIGN_KEY },
	{ "attest-dir", required_argument, NULL, OPT_ATTEST_DIR },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ NULL, 0, NULL, 0 }
};

static int parse_jobs(const char *s, int *out)
{
	char *end;
	long n = strtol(s, &end, 10);

	if (!*s || *end || n < 1 || n > 256) {
		cli_error("-j '%s': must be a number from 1 to 256", s);
		return -1;
	}
	*out = (int)n;
	return 0;
}

/* 0 ok, 1 --help printed, -1 usage error (printed). */
static int parse(cli_audit *a, int argc, char **argv)
{
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "j:qh", options, NULL)) != -1) {
		switch (c) {
		case OPT_RULES: a->rules_path = optarg; break;
		case OPT_WAIVERS: a->waivers_path = optarg; break;
		case OPT_BASELINE: a->baseline = optarg; break;
		case OPT_FAIL_ON: a->fail_on = optarg; break;
		case 'j':
			if (parse_jobs(optarg, &a->jobs))
				return -1;
			break;
		case OPT_JSON: a->json = true; break;
		case OPT_SARIF: a->sarif_path = optarg; break;
		case OPT_CATEGORY: a->category = optarg; break;
		case OPT_SIGN_KEY: a->sign_key_path = optarg; break;
		case OPT_ATTEST_DIR: a->attest_dir = optarg; break;
		case 'q': a->quiet = true; break;
		case 'h': usage(stdout); return 1;
		default:
			fputs("(see 'wasmgate audit --help')\n", stderr);
			return -1;
		}
	}
	if (a->sarif_path && !strcmp(a->sarif_path, "-")) {
		if (a->json) {
			cli_error("audit: --sarif - and --json both want stdout");
			return -1;
		}
		a->quiet = true;   /* stdout carries the SARIF log only */
	}
	a->paths = argv + optind;
	a->num_paths = (size_t)(argc - optind);
	if (!a->num_paths) {
		cli_error("audit: no FILE given (see 'wasmgate audit --help')");
		return -1;
	}
	return 0;
}

int cmd_audit(int argc, char **argv)
{
	cli_audit a;
	int rc;

	memset(&a, 0, sizeof(a));
	a.fail_on = "reject";
	rc = parse(&a, argc, argv);
	if (rc)
		return rc > 0 ? WG_EXIT_OK : WG_EXIT_ERROR;
	rc = cli_audit_execute(&a);
	cli_audit_release(&a);
	return rc;
}
