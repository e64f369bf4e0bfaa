/*
 * version.c - `wasmgate --version`: the version from CMake's
 * project(VERSION) (wasmgate/version.h) and the versions of the libraries
 * this binary carries: wabt (linked statically; its version is the one
 * found at build time), binaryen (when libbinaryen is loaded in this
 * process, or when wasmgate-build, the executable of `wasmgate build`
 * that links it, is installed) and libsodium (asked at run time).
 * The first line is always "wasmgate X.Y.Z".
 */
#include "cli/cli.h"
#include "wasmgate/common.h"

#include <link.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

#ifndef WG_WABT_VERSION
#define WG_WABT_VERSION "unknown"
#endif
#ifndef WG_BINARYEN_VERSION
#define WG_BINARYEN_VERSION "unknown"
#endif

/* dl_iterate_phdr callback: is an object whose file name holds "libbinaryen" loaded? */
static int find_binaryen(struct dl_phdr_info *info, size_t size, void *found)
{
	(void)size;
	if (info->dlpi_name && strstr(info->dlpi_name, "libbinaryen")) {
		*(int *)found = 1;
		return 1;
	}
	return 0;
}

void cli_version_print(FILE *f)
{
	int binaryen = 0;
	char *helper = NULL;

	dl_iterate_phdr(find_binaryen, &binaryen);
	fprintf(f, "wasmgate %s\n", wg_version());
	fprintf(f, "wabt %s (static)\n", WG_WABT_VERSION);
	if (binaryen)
		fprintf(f, "binaryen %s (shared)\n", WG_BINARYEN_VERSION);
	else if ((helper = cli_helper_path("build")))
		fprintf(f, "binaryen %s (wasmgate-build)\n", WG_BINARYEN_VERSION);
	else
		fprintf(f, "binaryen not linked\n");
	fprintf(f, "libsodium %s\n", sodium_version_string());
	free(helper);
}
