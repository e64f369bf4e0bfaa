/*
 * cmd_action.c - 'wasmgate action': the entry point of the Docker action
 * (action.yml, Dockerfile ENTRYPOINT).  It takes no arguments: it reads the
 * action inputs from INPUT_* exactly as the runner sets them (input name
 * upper-cased, spaces to '_', hyphens kept: INPUT_FAIL-ON), works in
 * GITHUB_WORKSPACE (relative paths resolve there), expands the path globs
 * ('**' included, hidden directories and node_modules skipped), refuses
 * files that resolve outside the workspace (and confines every output to
 * it and RUNNER_TEMP), fills a cli_audit and hands it
 * to cli_audit_execute(), which audits and writes SARIF,
 * attestations, outputs, the step summary and annotations.  It adds the
 * 'sarif-file' output that action.yml declares.
 *
 * Bad inputs (unknown fail-on, a missing rules file, no files matched...)
 * are one "::error::" workflow command on stdout and exit 2.
 */
#include "cli/audit_paths.h"
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/github.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ACTION_DEFAULT_PATH "**/*.wasm"
#define ACTION_DEFAULT_SARIF "wasmgate.sarif"

/* The inputs of action.yml, trimmed; NULL when unset or empty. */
typedef struct {
	char *path, *rules, *baseline, *fail_on, *sarif, *sign_key, *category, *summary;
	char *waivers;                 /* INPUT_WAIVERS: a rules file whose waivers replace the rules' */
	bool sarif_set;                /* INPUT_SARIF-FILE present (maybe empty) */
} action_inputs;

static void action_usage(FILE *f)
{
	fputs("usage: wasmgate action\n\n"
	      "Runs as the GitHub Docker action: no arguments, inputs from the environment\n"
	      "(relative paths are resolved against GITHUB_WORKSPACE):\n"
	      "  INPUT_PATH          files, directories or globs, one per line ('**' matches any\n"
	      "                      depth; hidden dirs and node_modules skipped)  [" ACTION_DEFAULT_PATH "]\n"
	      "  INPUT_RULES         rules file; empty, 'default' or 'strict': the bundled file\n"
	      "  INPUT_WAIVERS       rules file whose waivers replace the rules' (a renewal\n"
	      "                      approved by the rules' owners; not with a sign-key)\n"
	      "  INPUT_BASELINE-DIR  directory of previously approved <plugin>.wasm\n"
	      "  INPUT_FAIL-ON       reject | flag | never  [reject]\n"
	      "  INPUT_SARIF-FILE    SARIF output; set but empty: none  [" ACTION_DEFAULT_SARIF "]\n"
	      "  INPUT_SIGN-KEY      Ed25519 private key: PEM text, or a PEM file path\n"
	      "  INPUT_CATEGORY      SARIF category (automationDetails.id prefix)\n"
	      "  INPUT_SUMMARY       true | false: write the job summary  [true]\n"
	      "Writes GITHUB_OUTPUT (decision, sarif-file, findings, plugins, attestations, ...),\n"
	      "GITHUB_STEP_SUMMARY and annotations.  Exit: 0, 1 when fail-on is met, 2 on bad input.\n",
	      f);
}

/* One "::error::" workflow command on stdout; returns WG_EXIT_ERROR. */
static int action_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int action_error(const char *fmt, ...)
{
	char msg[1024], *esc;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	esc = wg_github_escape_data(cli_esc(msg));   /* names files: as every message */
	printf("::error title=wasmgate action::%s\n", esc ? esc : "(out of memory)");
	fflush(stdout);
	free(esc);
	return WG_EXIT_ERROR;
}

/* getenv("INPUT_<name>") without surrounding blanks; NULL when unset or blank. */
static char *action_input(const char *name, bool *present)
{
	char var[64];
	const char *v, *end;

	snprintf(var, sizeof(var), "INPUT_%s", name);
	v = getenv(var);
	if (present)
		*present = v != NULL;
	if (!v)
		return NULL;
	while (*v == ' ' || *v == '\t' || *v == '\n' || *v == '\r')
		v++;
	end = v + strlen(v);
	while (end > v && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\n' || end[-1] == '\r'))
		end--;
	return end > v ? wg_strndup(v, (size_t)(end - v)) : NULL;
}

static void action_inputs_free(action_inputs *in)
{
	free(in->path);
	free(in->rules);
	free(in->waivers);
	free(in->baseline);
	free(in->fail_on);
	free(in->sarif);
	free(in->sign_key);
	free(in->category);
	free(in->summary);
}

static void action_inputs_read(action_inputs *in)
{
	memset(in, 0, sizeof(*in));
	in->path = action_input("PATH", NULL);
	if (in->path) {   /* untrimmed: action_files() trims per line, sparing names that exist */
		free(in->path);
		in->path = wg_strdup(getenv("INPUT_PATH"));
	}
	in->rules = action_input("RULES", NULL);
	in->waivers = action_input("WAIVERS", NULL);
	in->baseline = action_input("BASELINE-DIR", NULL);
	in->fail_on = action_input("FAIL-ON", NULL);
	in->sarif = action_input("SARIF-FILE", &in->sarif_set);
	in->sign_key = action_input("SIGN-KEY", NULL);
	in->category = action_input("CATEGORY", NULL);
	in->summary = action_input("SUMMARY", NULL);
}

/*
 * Every file named by INPUT_PATH: one file, directory or glob per line
 * ('**' included), expanded by cli_paths_expand() as 'wasmgate audit' does
 * (a line naming a file that exists is that file, glob characters or not),
 * here and only here: the audit takes the files found as they are.
 */
static int action_files(const char *spec, char ***files, size_t *count)
{
	char *copy = wg_strdup(spec), *save = NULL, **pats = NULL;
	size_t n = 0, cap = 0;
	int rc = copy ? 0 : action_error("out of memory");

	for (char *line = copy ? strtok_r(copy, "\n", &save) : NULL; line && rc == 0;
	     line = strtok_r(NULL, "\n", &save)) {
		char *e = line + strlen(line), **slot;
		struct stat st;

		/* blanks around a line are trimmed, unless the line names a file as it is */
		while (lstat(line, &st) != 0 && (*line == ' ' || *line == '\t'))
			line++;
		while (lstat(line, &st) != 0 && e > line &&
		       (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			*--e = '\0';
		if (!*line)
			continue;
		if (!(slot = WG_ARRAY_PUSH(pats, n, cap)))
			rc = action_error("out of memory");
		else
			*slot = line;
	}
	if (rc == 0 && n == 0)
		rc = action_error("path: no files given");
	if (rc == 0 && cli_paths_expand(pats, n, false, files, count))
		rc = action_error("path: %s", wg_error_last());
	free(pats);
	free(copy);
	return rc;
}

/*
 * Every file must lie inside the workspace once symlinks are resolved: a
 * symlink committed in a pull request must not make the action read the
 * runner's own files.  ('**' walks never follow symlinks; explicit paths
 * and glob(3) patterns do, hence this check.)
 */
static int action_confine(char **files, size_t n, const char *ws)
{
	size_t wl = strlen(ws);
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++) {
		char *real = realpath(files[i], NULL);

		if (!real)
			rc = action_error("path: '%s': %s", files[i], strerror(errno));
		else if (wl > 1 && (strncmp(real, ws, wl) || real[wl] != '/'))
			rc = action_error("path: '%s' resolves to '%s', outside the workspace "
					  "(a symlink?): not audited", files[i], real);
		free(real);
	}
	return rc;
}

/* Check the scalar inputs and put them into the run. */
static int action_options(action_inputs *in, cli_audit *a)
{
	struct stat st;

	a->fail_on = in->fail_on ? in->fail_on : "reject";
	if (strcmp(a->fail_on, "reject") && strcmp(a->fail_on, "flag") && strcmp(a->fail_on, "never"))
		return action_error("fail-on: '%s' is not one of reject, flag, never", a->fail_on);
	if (in->summary && strcmp(in->summary, "true") && strcmp(in->summary, "false"))
		return action_error("summary: '%s' is not true or false", in->summary);
	if (in->summary && !strcmp(in->summary, "false"))
		unsetenv("GITHUB_STEP_SUMMARY");
	if (cli_rules_bundled(in->rules)) {
		a->rules_path = in->rules;   /* 'default' or 'strict': the bundled file */
	} else if (in->rules) {
		if (stat(in->rules, &st) != 0 || !S_ISREG(st.st_mode))
			return action_error("rules: file '%s' not found in the workspace", in->rules);
		a->rules_path = in->rules;
	}
	if (in->waivers) {
		if (stat(in->waivers, &st) != 0 || !S_ISREG(st.st_mode))
			return action_error("waivers: file '%s' not found in the workspace", in->waivers);
		a->waivers_path = in->waivers;
	}
	if (in->baseline) {
		if (stat(in->baseline, &st) != 0)
			return action_error("baseline-dir: '%s' not found in the workspace", in->baseline);
		a->baseline = in->baseline;
	}
	a->sarif_path = !in->sarif_set ? ACTION_DEFAULT_SARIF : in->sarif; /* set but empty: none */
	if (a->sarif_path && !strcmp(a->sarif_path, "-"))
		return action_error("sarif-file: '-' (stdout) is for the CLI; name a file in the workspace");
	a->category = in->category;
	if (in->sign_key && strstr(in->sign_key, "-----BEGIN")) {
		if (setenv("WASMGATE_SIGNING_KEY", in->sign_key, 1))
			return action_error("sign-key: cannot pass the key on");
	} else if (in->sign_key) {
		if (stat(in->sign_key, &st) != 0 || !S_ISREG(st.st_mode))
			return action_error("sign-key: neither PEM text nor a file in the workspace");
		a->sign_key_path = in->sign_key;
	}
	return 0;
}

/* Enter GITHUB_WORKSPACE (or stay in the cwd); its absolute path in ws.
 * Every output (SARIF, attestations) is confined to it and RUNNER_TEMP: a
 * symlink committed in a pull request (wasmgate-results -> ../outside)
 * must not make the action write elsewhere.  Run as root (a Docker action
 * always is) in a workspace owned by someone else (the runner's user, uid
 * 1001), everything the action makes is given to the workspace's owner:
 * the later `run:` steps, as that user, must write into wasmgate-results/. */
static int action_workspace(char ws[PATH_MAX])
{
	const char *env = getenv("GITHUB_WORKSPACE");
	const char *roots[2];
	struct stat st;

	if (env && *env && chdir(env) != 0)
		return action_error("GITHUB_WORKSPACE '%s': %s", env, strerror(errno));
	if (!getcwd(ws, PATH_MAX))
		return action_error("cannot tell the working directory: %s", strerror(errno));
	if (geteuid() == 0 && stat(ws, &st) == 0 && (st.st_uid != 0 || st.st_gid != 0))
		wg_file_owner(st.st_uid, st.st_gid);
	roots[0] = ws;
	roots[1] = getenv("RUNNER_TEMP");
	if (wg_file_confine(roots, 2))
		return action_error("%s", wg_error_last());
	return 0;
}

/* The 'sarif-file' output of action.yml (the engine writes 'sarif'). */
static int action_output_sarif(const cli_audit *a)
{
	const char *out = getenv("GITHUB_OUTPUT");
	char *entry = NULL;
	int rc;

	if (!out || !*out)
		return 0;
	rc = wg_github_output_entry("sarif-file", a->sarif_written ? a->sarif_written : "", &entry);
	if (rc == 0)
		rc = wg_github_file_append(out, entry, strlen(entry));
	free(entry);
	return rc ? action_error("GITHUB_OUTPUT: %s", wg_error_last()) : 0;
}

int cmd_action(int argc, char **argv)
{
	action_inputs in;
	char ws[PATH_MAX], **files = NULL;
	size_t nfiles = 0;
	cli_audit a;
	int rc;

	if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		action_usage(stdout);
		return WG_EXIT_OK;
	}
	if (argc > 1)
		return action_error("'action' takes no arguments: it reads INPUT_* (got '%s')", argv[1]);
	memset(&a, 0, sizeof(a));
	action_inputs_read(&in);
	rc = action_workspace(ws);
	if (rc == 0)
		rc = action_options(&in, &a);
	if (rc == 0)
		rc = action_files(in.path ? in.path : ACTION_DEFAULT_PATH, &files, &nfiles);
	if (rc == 0)
		rc = action_confine(files, nfiles, ws);
	if (rc == 0) {
		a.paths = files;
		a.num_paths = nfiles;
		a.paths_literal = true;   /* found once here: never globbed again */
		a.workspace = ws;
		a.github = true;
		wg_error_clear();
	}
	if (rc == 0) {
		rc = cli_audit_execute(&a);
		if (rc == WG_EXIT_ERROR)
			action_error("%s", *wg_error_last() ? wg_error_last() : "the audit failed (see the log)");
		else if (action_output_sarif(&a))
			rc = WG_EXIT_ERROR;
		cli_audit_release(&a);
	}
	cli_paths_free(files, nfiles);
	action_inputs_free(&in);
	wg_file_confine(NULL, 0);
	wg_file_owner((uid_t)-1, (gid_t)-1);
	return rc;
}
