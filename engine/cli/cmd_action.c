/*
 * cmd_action.c - 'wasmgate action': the entry point of the Docker action
 * (action.yml, Dockerfile ENTRYPOINT).  It takes no arguments: it reads the
 * action inputs from INPUT_* exactly as the runner sets them (input name
 * upper-cased, spaces to '_', hyphens kept: INPUT_FAIL-ON), works in
 * GITHUB_WORKSPACE (relative paths resolve there), expands the path globs
 * itself ('**' included, .git and node_modules skipped), fills a cli_audit
 * and hands it to cli_audit_execute(), which audits and writes SARIF,
 * attestations, outputs, the step summary and annotations.  It adds the
 * 'sarif-file' output that action.yml declares.
 *
 * Bad inputs (unknown fail-on, a missing rules file, no files matched...)
 * are one "::error::" workflow command on stdout and exit 2.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/github.h"

#include <errno.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ACTION_DEFAULT_PATH "**/*.wasm"
#define ACTION_DEFAULT_SARIF "wasmgate.sarif"
#define ACTION_MAX_FILES 100000

/* The inputs of action.yml, trimmed; NULL when unset or empty. */
typedef struct {
	char *path, *rules, *baseline, *fail_on, *sarif, *sign_key, *category, *summary;
	bool sarif_set;                /* INPUT_SARIF-FILE present (maybe empty) */
} action_inputs;

/* A list of matched files, owned strings. */
typedef struct {
	char **v;
	size_t n, cap;
} strlist;

static void action_usage(FILE *f)
{
	fputs("usage: wasmgate action\n\n"
	      "Runs as the GitHub Docker action: no arguments, inputs from the environment\n"
	      "(relative paths are resolved against GITHUB_WORKSPACE):\n"
	      "  INPUT_PATH          files or globs, one per line ('**' matches any depth;\n"
	      "                      .git and node_modules are skipped)  [" ACTION_DEFAULT_PATH "]\n"
	      "  INPUT_RULES         rules file; empty or 'default': the bundled default.yml\n"
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
	esc = wg_github_escape_data(msg);
	printf("::error title=wasmgate action::%s\n", esc ? esc : msg);
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
	in->rules = action_input("RULES", NULL);
	in->baseline = action_input("BASELINE-DIR", NULL);
	in->fail_on = action_input("FAIL-ON", NULL);
	in->sarif = action_input("SARIF-FILE", &in->sarif_set);
	in->sign_key = action_input("SIGN-KEY", NULL);
	in->category = action_input("CATEGORY", NULL);
	in->summary = action_input("SUMMARY", NULL);
}

static int strlist_add(strlist *l, const char *s)
{
	char **slot;

	if (l->n >= ACTION_MAX_FILES)
		return wg_error_set(WG_ELIMIT, "more than %d files match", ACTION_MAX_FILES);
	slot = WG_ARRAY_PUSH(l->v, l->n, l->cap);
	if (!slot || !(*slot = wg_strdup(s))) {
		if (slot)
			l->n--;
		return WG_ENOMEM;
	}
	return 0;
}

static void strlist_free(strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/*
 * Path globs.  A pattern is split at '/' into segments; "**" matches zero or
 * more whole segments, any other segment is an fnmatch(3) pattern for one
 * name.  The walk starts at the pattern's leading segments that hold no
 * glob character.
 */
static bool has_glob(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}

static bool seg_match(char **pat, size_t np, char **seg, size_t ns)
{
	if (np == 0)
		return ns == 0;
	if (!strcmp(pat[0], "**"))
		return seg_match(pat + 1, np - 1, seg, ns) ||
		       (ns > 0 && seg_match(pat, np, seg + 1, ns - 1));
	return ns > 0 && fnmatch(pat[0], seg[0], 0) == 0 &&
	       seg_match(pat + 1, np - 1, seg + 1, ns - 1);
}

/* Split `s` in place at '/', dropping empty and "." segments. */
static size_t split_path(char *s, char **out, size_t max)
{
	size_t n = 0;

	for (char *tok = strtok(s, "/"); tok; tok = strtok(NULL, "/")) {
		if (!strcmp(tok, "."))
			continue;
		if (n == max)
			return SIZE_MAX;
		out[n++] = tok;
	}
	return n;
}

#define GLOB_MAX_SEGS 128

/* The walk in progress (nftw's callback has no user pointer). */
static struct {
	char *segs[GLOB_MAX_SEGS];
	size_t nsegs;
	size_t base_len;       /* strlen of the walk root plus its '/' */
	bool base_dot;         /* root is "." : report paths without "./" */
	strlist *out;
	int rc;
} walk;

static int walk_visit(const char *fpath, const struct stat *sb, int type, struct FTW *ftw)
{
	char rel[PATH_MAX], *names[GLOB_MAX_SEGS];
	size_t n;

	(void)sb;
	if (ftw->level > 0 && (type == FTW_D || type == FTW_DNR) &&
	    (!strcmp(fpath + ftw->base, ".git") || !strcmp(fpath + ftw->base, "node_modules")))
		return FTW_SKIP_SUBTREE;
	if (type != FTW_F || strlen(fpath) <= walk.base_len)
		return FTW_CONTINUE;
	snprintf(rel, sizeof(rel), "%s", fpath + walk.base_len);
	n = split_path(rel, names, GLOB_MAX_SEGS);
	if (n == SIZE_MAX || !seg_match(walk.segs, walk.nsegs, names, n))
		return FTW_CONTINUE;
	walk.rc = strlist_add(walk.out, walk.base_dot ? fpath + 2 : fpath);
	return walk.rc ? FTW_STOP : FTW_CONTINUE;
}

/* Expand one glob pattern into `out` (matches of a walk, sorted later). */
static int glob_expand(const char *pattern, strlist *out)
{
	char *copy = wg_strdup(pattern), *segs[GLOB_MAX_SEGS], *base;
	size_t n, i;
	wg_buf root = WG_BUF_INIT;
	int rc;

	if (!copy)
		return WG_ENOMEM;
	n = split_path(copy, segs, GLOB_MAX_SEGS);
	if (n == SIZE_MAX) {
		free(copy);
		return wg_error_set(WG_EINVAL, "path pattern '%s' is too deep", pattern);
	}
	rc = wg_buf_puts(&root, pattern[0] == '/' ? "" : ".");
	for (i = 0; i < n && !has_glob(segs[i]) && rc == 0; i++)
		rc = wg_buf_printf(&root, "/%s", segs[i]);
	if (rc == 0 && !root.len)
		rc = wg_buf_puts(&root, "/");
	base = root.ptr;
	memset(&walk, 0, sizeof(walk));
	memcpy(walk.segs, segs + i, (n - i) * sizeof(*segs));
	walk.nsegs = n - i;
	walk.base_len = strlen(base) + (strcmp(base, "/") ? 1 : 0);
	walk.base_dot = !strncmp(base, "./", 2) || !strcmp(base, ".");
	walk.out = out;
	if (rc == 0 && nftw(base, walk_visit, 16, FTW_PHYS | FTW_ACTIONRETVAL) < 0 && errno != ENOENT)
		rc = wg_error_set(WG_EIO, "cannot walk '%s': %s", base, strerror(errno));
	if (rc == 0)
		rc = walk.rc;
	wg_buf_free(&root);
	free(copy);
	return rc;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void strlist_sort_unique(strlist *l)
{
	size_t k = 0;

	qsort(l->v, l->n, sizeof(*l->v), cmp_str);
	for (size_t i = 0; i < l->n; i++) {
		if (k && !strcmp(l->v[k - 1], l->v[i]))
			free(l->v[i]);
		else
			l->v[k++] = l->v[i];
	}
	l->n = k;
}

/* Every file named by INPUT_PATH (one pattern per line): sorted, no duplicates. */
static int action_files(const char *spec, strlist *out)
{
	char *copy = wg_strdup(spec), *save = NULL;
	int rc = copy ? 0 : action_error("out of memory");

	for (char *line = copy ? strtok_r(copy, "\n", &save) : NULL; line && rc == 0;
	     line = strtok_r(NULL, "\n", &save)) {
		char *p = line, *e = line + strlen(line);
		size_t before = out->n;
		struct stat st;

		while (*p == ' ' || *p == '\t')
			p++;
		while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
			e--;
		*e = '\0';
		if (!*p)
			continue;
		if (!has_glob(p)) {
			if (stat(p, &st) != 0 || !S_ISREG(st.st_mode))
				rc = action_error("path: '%s' is not a file in the workspace", p);
			else if (strlist_add(out, p))
				rc = action_error("path: %s", wg_error_last());
		} else if (glob_expand(p, out)) {
			rc = action_error("path: %s", wg_error_last());
		} else if (out->n == before) {
			rc = action_error("path: no files match '%s'", p);
		}
	}
	free(copy);
	if (rc == 0 && out->n == 0)
		rc = action_error("path: no files given");
	if (rc == 0)
		strlist_sort_unique(out);
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
	if (in->rules && strcmp(in->rules, "default")) {
		if (stat(in->rules, &st) != 0 || !S_ISREG(st.st_mode))
			return action_error("rules: file '%s' not found in the workspace", in->rules);
		a->rules_path = in->rules;
	}
	if (in->baseline) {
		if (stat(in->baseline, &st) != 0)
			return action_error("baseline-dir: '%s' not found in the workspace", in->baseline);
		a->baseline = in->baseline;
	}
	a->sarif_path = in->sarif_set ? in->sarif : ACTION_DEFAULT_SARIF;
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

/* Enter GITHUB_WORKSPACE (or stay in the cwd); its absolute path in ws. */
static int action_workspace(char ws[PATH_MAX])
{
	const char *env = getenv("GITHUB_WORKSPACE");

	if (env && *env && chdir(env) != 0)
		return action_error("GITHUB_WORKSPACE '%s': %s", env, strerror(errno));
	if (!getcwd(ws, PATH_MAX))
		return action_error("cannot tell the working directory: %s", strerror(errno));
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
	strlist files = { 0 };
	cli_audit a;
	char ws[PATH_MAX];
	int rc;

	if (argc > 1 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		action_usage(stdout);
		return WG_EXIT_OK;
	}
	if (argc > 1) {
		action_usage(stderr);
		return action_error("'action' takes no arguments: it reads INPUT_* (got '%s')", argv[1]);
	}
	memset(&a, 0, sizeof(a));
	action_inputs_read(&in);
	rc = action_workspace(ws);
	if (rc == 0)
		rc = action_options(&in, &a);
	if (rc == 0)
		rc = action_files(in.path ? in.path : ACTION_DEFAULT_PATH, &files);
	if (rc == 0) {
		a.paths = files.v;
		a.num_paths = files.n;
		a.workspace = ws;
		a.github = true;
		rc = cli_audit_execute(&a);
		if (rc != WG_EXIT_ERROR && action_output_sarif(&a))
			rc = WG_EXIT_ERROR;
		cli_audit_release(&a);
	}
	strlist_free(&files);
	action_inputs_free(&in);
	return rc;
}
