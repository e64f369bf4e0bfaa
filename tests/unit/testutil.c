/*
 * testutil.c - see testutil.h.
 */
#include "testutil.h"
#include "util/util.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

static char tmpdir[256];

static void cleanup(void)
{
	char cmd[300];

	if (tmpdir[0] && !getenv("WG_TEST_KEEP")) {
		snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
		if (system(cmd) != 0)
			fprintf(stderr, "could not remove %s\n", tmpdir);
	}
}

const char *wg_test_src(void)
{
	const char *s = getenv("WG_SRC");
	return s ? s : ".";
}

const char *wg_test_tmpdir(void)
{
	if (!tmpdir[0]) {
		const char *base = getenv("TMPDIR");
		snprintf(tmpdir, sizeof(tmpdir), "%s/wgtest.XXXXXX", base ? base : "/tmp");
		if (!mkdtemp(tmpdir)) {
			perror("mkdtemp");
			exit(2);
		}
		atexit(cleanup);
	}
	return tmpdir;
}

char *wg_test_write(const char *name, const char *text, size_t len)
{
	char *path = wg_asprintf("%s/%s", wg_test_tmpdir(), name);
	FILE *f = fopen(path, "wb");

	ck_assert_msg(f != NULL, "cannot create %s", path);
	ck_assert(fwrite(text, 1, len, f) == len);
	fclose(f);
	return path;
}

char *wg_test_wat(const char *name, const char *text)
{
	const char *w2w = getenv("WAT2WASM");
	char *wat_name = wg_asprintf("%s.wat", name);
	char *wat = wg_test_write(wat_name, text, strlen(text));
	char *wasm = wg_asprintf("%s/%s.wasm", wg_test_tmpdir(), name);
	char *cmd = wg_asprintf("'%s' --enable-all '%s' -o '%s'", w2w ? w2w : "wat2wasm", wat, wasm);
	int rc = system(cmd);

	ck_assert_msg(rc == 0, "wat2wasm failed on %s", wat);
	free(cmd);
	free(wat);
	free(wat_name);
	return wasm;
}

static int name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

size_t wg_test_cases(const char *subdir, const char *ext, char **names, size_t max)
{
	char *dir = wg_asprintf("%s/tests/fixtures/%s", wg_test_src(), subdir);
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0, el = strlen(ext);

	if (!d) {
		fprintf(stderr, "cannot open %s\n", dir);
		exit(2);
	}
	while ((e = readdir(d)) && n < max) {
		size_t len = strlen(e->d_name);

		if (len > el && !strcmp(e->d_name + len - el, ext))
			names[n++] = wg_strndup(e->d_name, len - el);
	}
	closedir(d);
	free(dir);
	qsort(names, n, sizeof(char *), name_cmp);
	return n;
}

int wg_test_run(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;

	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
