/*
 * audit_run.c - one audit run shared by 'audit' and 'action'
 * (cli_audit_execute / cli_audit_release, cli.h): load the rules, expand
 * the file arguments, audit every file on a pool of threads (each worker
 * audits whole files, largest first; reports land in input order, so
 * output never depends on -j), print text or --json, then the output
 * steps SARIF -> attestation -> GitHub, and map the worst decision to the
 * exit code (--fail-on).
 */
#include "cli/cli.h"
#include "cli/audit_paths.h"
#include "wasmgate/github.h"
#include "wasmgate/json.h"
#include "wasmgate/text.h"
#include "wasmgate/waiver.h"
#include "util/util.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef WG_SOURCE_DIR
#define WG_SOURCE_DIR ""
#endif

typedef struct {
	cli_audit *a;
	char **files;
	char **errors;           /* per file: why it could not be audited */
	size_t *order;           /* file indexes, largest file first */
	size_t next;             /* next position in order */
	pthread_mutex_t lock;
} pool;

/* The bundled rules file `name`.yml ("default", "strict"):
 * $WASMGATE_RULES_DIR, <exe>/../share/wasmgate/rules, the source tree's rules/. */
static char *bundled_rules(const char *name)
{
	const char *env = getenv("WASMGATE_RULES_DIR");
	char exe[4096], *cand[3] = { NULL, NULL, NULL }, *found = NULL;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (env && *env)
		cand[0] = wg_asprintf("%s/%s.yml", env, name);
	if (n > 0) {
		exe[n] = '\0';
		*strrchr(exe, '/') = '\0';
		cand[1] = wg_asprintf("%s/../share/wasmgate/rules/%s.yml", exe, name);
	}
	if (*WG_SOURCE_DIR)
		cand[2] = wg_asprintf("%s/rules/%s.yml", WG_SOURCE_DIR, name);
	for (int i = 0; i < 3; i++) {
		if (!found && cand[i] && access(cand[i], R_OK) == 0)
			found = cand[i];
		else
			free(cand[i]);
	}
	return found;
}

bool cli_rules_bundled(const char *name)
{
	return name && (!strcmp(name, "default") || !strcmp(name, "strict"));
}

/* --waivers FILE: the waivers of another rules file (which must load)
 * replace those of the rules; never with a signing key (an attestation
 * names one rules file, and this judges a proposal). */
static int load_waivers(cli_audit *a)
{
	const char *env = getenv("WASMGATE_SIGNING_KEY");
	wg_policy *w = NULL;

	if (a->sign_key_path || (env && *env)) {
		cli_error("--waivers cannot be used with a signing key: an attestation names "
			  "one rules file");
		return -1;
	}
	if (wg_policy_load_file(a->waivers_path, &w)) {
		cli_error(NULL);
		return -1;
	}
	wg_policy_swap_waivers(a->policy, w);
	wg_policy_free(w);
	return 0;
}

/* --rules FILE, or a bundled set by name (default, strict; ./strict is a file). */
static int load_rules(cli_audit *a)
{
	const char *want = a->rules_path ? a->rules_path : "default";
	char *path = NULL;
	int rc;

	if (cli_rules_bundled(want) && !(path = bundled_rules(want))) {
		cli_error("cannot find the bundled rules (%s.yml): use --rules FILE or set WASMGATE_RULES_DIR", want);
		return -1;
	}
	rc = wg_policy_load_file(path ? path : want, &a->policy);
	free(path);
	if (rc)
		cli_error(NULL);
	return rc ? -1 : a->waivers_path ? load_waivers(a) : 0;
}

static void *worker(void *arg)
{
	pool *p = arg;
	cli_audit *a = p->a;
	wg_audit_options o = WG_AUDIT_OPTIONS_INIT;

	o.baseline = a->baseline;
	for (;;) {
		size_t i;

		pthread_mutex_lock(&p->lock);
		i = p->next < a->num_reports ? p->order[p->next++] : a->num_reports;
		pthread_mutex_unlock(&p->lock);
		if (i >= a->num_reports)
			break;
		if (wg_audit_run(a->policy, p->files[i], &o, &a->reports[i]))
			p->errors[i] = wg_strdup(*wg_error_last() ? wg_error_last()
						 : "out of memory");
	}
	return NULL;
}

static int jobs_count(const cli_audit *a)
{
	long n = a->jobs > 0 ? a->jobs : sysconf(_SC_NPROCESSORS_ONLN);

	if (n < 1)
		n = 1;
	if ((size_t)n > a->num_reports)
		n = (long)a->num_reports;
	return n > 256 ? 256 : (int)n;
}

typedef struct {
	off_t size;
	size_t index;
} sized;

static int larger_first(const void *x, const void *y)
{
	const sized *a = x, *b = y;

	if (a->size != b->size)
		return a->size > b->size ? -1 : 1;
	return a->index < b->index ? -1 : 1;
}

/* The order the workers take the files in: largest first, so that the
 * big modules do not end up last on one core (reports keep the input
 * order whatever this is). */
static size_t *work_order(char **files, size_t n)
{
	sized *s = wg_calloc(n + 1, sizeof(*s));
	size_t *order = wg_calloc(n + 1, sizeof(*order));
	struct stat st;

	for (size_t i = 0; s && order && i < n; i++) {
		s[i].index = i;
		s[i].size = stat(files[i], &st) == 0 ? st.st_size : 0;
	}
	if (s && order) {
		qsort(s, n, sizeof(*s), larger_first);
		for (size_t i = 0; i < n; i++)
			order[i] = s[i].index;
	}
	free(s);
	return order;
}

/* Audit every file; -1 (printed) when one could not be read. */
static int audit_all(cli_audit *a, char **files)
{
	pool p = { a, files, NULL, NULL, 0, PTHREAD_MUTEX_INITIALIZER };
	int jobs = jobs_count(a), started = 0, rc = 0;
	pthread_t tid[256];

	p.errors = wg_calloc(a->num_reports + 1, sizeof(char *));
	p.order = work_order(files, a->num_reports);
	a->reports = wg_calloc(a->num_reports + 1, sizeof(wg_report *));
	if (!p.errors || !p.order || !a->reports) {
		free(p.errors);
		free(p.order);
		cli_error(NULL);
		return -1;
	}
	/* more jobs than files: the rest go to each module's function bodies */
	long want = a->jobs > 0 ? a->jobs : sysconf(_SC_NPROCESSORS_ONLN);
	if (a->num_reports && want > (long)a->num_reports)
		wg_module_set_threads((unsigned)(want / (long)a->num_reports));
	for (int t = 1; t < jobs; t++)
		if (pthread_create(&tid[started], NULL, worker, &p) == 0)
			started++;
	worker(&p);
	for (int t = 0; t < started; t++)
		pthread_join(tid[t], NULL);
	for (size_t i = 0; i < a->num_reports; i++) {
		if (p.errors[i] || !a->reports[i]) {
			cli_error("%s", p.errors[i] ? p.errors[i] : "out of memory");
			rc = -1;
		}
		free(p.errors[i]);
	}
	free(p.errors);
	free(p.order);
	return rc;
}

static int print_json(const cli_audit *a)
{
	json_t *j = wg_reports_to_json(a->reports, a->num_reports, a->policy);
	int rc = cli_print_json(j, JSON_INDENT(2));

	json_decref(j);
	return rc;
}

static int print_reports(const cli_audit *a)
{
	wg_text_options o = WG_TEXT_OPTIONS_INIT;
	char *s;

	o.color = isatty(STDOUT_FILENO) && !getenv("NO_COLOR");
	if (a->policy && a->policy->path)   /* which rules judged: the file, as resolved */
		printf("rules: %s\n", cli_esc(a->policy->path));
	if (a->waivers_path)
		printf("waivers: %s (every other rule from the rules file)\n", cli_esc(a->waivers_path));
	for (size_t i = 0; i < a->num_reports; i++) {
		if (!(s = wg_text_report(a->reports[i], &o)))
			return -1;
		fputs(s, stdout);
		free(s);
	}
	if (a->num_reports > 1) {
		if (!(s = wg_text_summary(a->reports, a->num_reports, &o)))
			return -1;
		fputs(s, stdout);
		free(s);
	}
	return 0;
}

/* The text report.  Under Actions (the action, or GITHUB_ACTIONS=true) it is fenced by ::stop-commands:: with
 * a random token (the runner ignores workflow commands until ::TOKEN::),
 * a second guard besides wg_text_escape() for the module's names in it. */
static int print_text(const cli_audit *a)
{
	const char *actions = getenv("GITHUB_ACTIONS");
	bool fence = a->github || (actions && !strcmp(actions, "true"));
	char token[WG_GITHUB_TOKEN_SIZE];
	int rc;

	if (fence && wg_github_token(token))
		return -1;
	if (fence)
		printf("::stop-commands::%s\n", token);
	rc = print_reports(a);
	if (fence)
		printf("::%s::\n", token);
	return rc;
}

static int exit_code(const cli_audit *a)
{
	const char *f = a->fail_on ? a->fail_on : "reject";

	if (!strcmp(f, "never"))
		return WG_EXIT_OK;
	if (!strcmp(f, "flag"))
		return a->decision >= WG_DECISION_FLAG ? WG_EXIT_FAIL : WG_EXIT_OK;
	return a->decision == WG_DECISION_REJECT ? WG_EXIT_FAIL : WG_EXIT_OK;
}

int cli_audit_execute(cli_audit *a)
{
	char **files = NULL;
	int rc;

	if (a->fail_on && strcmp(a->fail_on, "reject") && strcmp(a->fail_on, "flag") &&
	    strcmp(a->fail_on, "never")) {
		cli_error("--fail-on '%s': must be reject, flag or never", a->fail_on);
		return WG_EXIT_ERROR;
	}
	if (!a->num_paths) {
		cli_error("no .wasm file given");
		return WG_EXIT_ERROR;
	}
	if (a->baseline && access(a->baseline, R_OK) != 0) {
		cli_error("--baseline %s: %s", a->baseline, strerror(errno));
		return WG_EXIT_ERROR;
	}
	if (load_rules(a))
		return WG_EXIT_ERROR;
	if (cli_paths_expand(a->paths, a->num_paths, a->paths_literal, &files, &a->num_reports)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	rc = audit_all(a, files);
	cli_paths_free(files, a->num_reports);
	if (rc)
		return WG_EXIT_ERROR;
	a->decision = wg_decision_worst(a->reports, a->num_reports);
	if (a->json ? print_json(a) : a->quiet ? 0 : print_text(a))
		return WG_EXIT_ERROR;
	fflush(stdout);
	if (cli_sarif_write(a) || cli_attest_write(a) || cli_github_write(a))
		return WG_EXIT_ERROR;
	return exit_code(a);
}

void cli_audit_release(cli_audit *a)
{
	for (size_t i = 0; a->reports && i < a->num_reports; i++) {
		wg_report_free(a->reports[i]);
		if (a->attestations)
			free(a->attestations[i]);
		if (a->predicates)
			free(a->predicates[i]);
	}
	free(a->reports);
	free(a->attestations);
	free(a->predicates);
	free(a->sarif_written);
	wg_policy_free(a->policy);
	a->reports = NULL;
	a->attestations = a->predicates = NULL;
	a->sarif_written = NULL;
	a->policy = NULL;
	a->num_reports = 0;
}
