/*
 * fuzz_manifest.c - fuzz target: the plugin.yml loader (engine/builder).
 *
 * Bytes -> wg_manifest_parse().  Any input must either load or fail with a
 * one-line message; never crash, leak, or leave *out set on failure.  A
 * loaded manifest holds only names, versions and paths that passed their
 * checks.
 */
#include "fuzz.h"
#include "wasmgate/manifest.h"

#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	return 0;
}

/* Does relative path `p` have a part that is exactly ".."? */
static int has_dotdot(const char *p)
{
	while (*p) {
		size_t n = strcspn(p, "/");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			return 1;
		p += n + (p[n] == '/');
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	wg_manifest *m = (wg_manifest *)&m;  /* must be overwritten */
	int rc = wg_manifest_parse((const char *)data, size, "plugin.yml", NULL, &m);

	if (rc == WG_OK) {
		FUZZ_CHECK(m != NULL, "a loaded manifest is returned");
		FUZZ_CHECK(wg_plugin_name_valid(m->name) && wg_semver_valid(m->version_text),
			   "a loaded manifest has a valid name and version");
		for (size_t i = 0; i < m->sources.count; i++)
			FUZZ_CHECK(m->sources.items[i][0] != '/' && !has_dotdot(m->sources.items[i]),
				   "sources stay in the plugin folder");
		wg_manifest_free(m);
		return 0;
	}
	FUZZ_CHECK(m == NULL, "on error *out is NULL");
	if (rc == WG_ENOMEM)
		return 0;
	FUZZ_CHECK(wg_error_last()[0] && !strchr(wg_error_last(), '\n'),
		   "the error is one line saying what and where");
	return 0;
}
