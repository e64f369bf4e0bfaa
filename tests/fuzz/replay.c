/*
 * replay.c - a plain main() for the fuzz targets: feeds every file named
 * on the command line (directories: every regular file below them, in
 * sorted order) to LLVMFuzzerTestOneInput() once.  Used to run the
 * regression inputs of tests/fuzz/regressions/<target>/ in the ordinary
 * test suite with any compiler; a crash there is the test failing.
 * A path that does not exist is skipped (empty regression folders are not
 * kept by git).
 */
#include "fuzz.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *data = NULL;
	size_t cap = 0, len = 0, n;

	if (!f) {
		perror(path);
		return -1;
	}
	do {
		if (len == cap) {
			uint8_t *p = realloc(data, cap = cap ? 2 * cap : 65536);
			if (!p) {
				free(data);
				fclose(f);
				return -1;
			}
			data = p;
		}
		n = fread(data + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	fclose(f);
	printf("replay %s (%zu bytes)\n", path, len);
	fflush(stdout);
	LLVMFuzzerTestOneInput(data, len);
	free(data);
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int run_path(const char *path, int *count)
{
	struct dirent **ents;
	struct stat st;
	int i, n, rc = 0;

	if (stat(path, &st) < 0)
		return 0;
	if (!S_ISDIR(st.st_mode)) {
		(*count)++;
		return run_file(path);
	}
	n = scandir(path, &ents, NULL, by_name);
	if (n < 0) {
		perror(path);
		return -1;
	}
	for (i = 0; i < n; i++) {
		char *sub;

		if (ents[i]->d_name[0] != '.' && strcmp(ents[i]->d_name, "README.md") &&
		    asprintf(&sub, "%s/%s", path, ents[i]->d_name) >= 0) {
			if (run_path(sub, count))
				rc = -1;
			free(sub);
		}
		free(ents[i]);
	}
	free(ents);
	return rc;
}

int main(int argc, char **argv)
{
	int i, rc = 0, count = 0;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++)
		if (run_path(argv[i], &count))
			rc = 1;
	printf("%d input(s) replayed\n", count);
	return rc;
}
