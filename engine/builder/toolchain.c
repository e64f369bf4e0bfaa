/*
 * toolchain.c - finding a toolchain and its exact version, and the
 * argument vectors of a build (compile each source, then link).
 *
 * The version line (`CC --version`, first line) is remembered in the cache
 * folder under a stamp of the compiler file (path, inode, size, mtime) and,
 * for wasi, of wasi-libc's libc.a: a cached build starts no process at all.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *const compilers[WG_TOOLCHAIN_COUNT][2] = {
	{ "emcc", "em++" },
	{ "clang", "clang++" },
};
static const char *const packages[WG_TOOLCHAIN_COUNT] = {
	"emscripten", "clang lld wasi-libc",
};

const char *wg_tc_compiler(wg_toolchain t, wg_language l)
{
	return compilers[t][l == WG_LANG_CXX];
}

/* The wasi-libc sysroot to pass, or NULL for clang's default. */
const char *wg_tc_sysroot(void)
{
	const char *s = getenv("WASI_SYSROOT");

	return s && *s ? s : NULL;
}

static int stat_stamp(wg_buf *b, const char *path)
{
	struct stat st;

	if (stat(path, &st))
		return wg_buf_printf(b, "%s:missing\n", path);
	return wg_buf_printf(b, "%s:%llu:%llu:%lld.%09ld\n", path, (unsigned long long)st.st_ino,
			     (unsigned long long)st.st_size, (long long)st.st_mtim.tv_sec,
			     st.st_mtim.tv_nsec);
}

static int wasi_libc_stamp(wg_buf *b)
{
	const char *sys = wg_tc_sysroot();
	char *p = sys ? wg_asprintf("%s/lib/wasm32-wasi/libc.a", sys)
		      : wg_strdup("/usr/lib/wasm32-wasi/libc.a");
	int rc = p ? stat_stamp(b, p) : WG_ENOMEM;

	free(p);
	return rc;
}

static int run_version(char *cc, const char *name, wg_toolchain t, char **out)
{
	char *argv[] = { cc, "--version", NULL };
	wg_buf log = WG_BUF_INIT;
	int status, rc = wg_spawn(argv, NULL, NULL, &log, &status);

	if (!rc && status)
		rc = wg_error_set(WG_EIO, "'%s --version' fails (exit %d): reinstall %s (Debian package: %s)",
				  name, status, name, packages[t]);
	if (!rc) {
		log.ptr[strcspn(log.ptr, "\r\n")] = '\0';
		wg_oneline(log.ptr);
		*out = wg_strdup(log.ptr);
		rc = *out ? 0 : WG_ENOMEM;
	}
	wg_buf_free(&log);
	return rc;
}

/* The remembered version for `stamp`, or NULL. */
static char *stamp_read(const char *cache, const char *key)
{
	char *path, *text = NULL;
	size_t len;

	if (!cache)
		return NULL;
	path = wg_asprintf("%s/toolchains/%s", cache, key);
	if (path && !wg_file_read(path, 4096, &text, &len) && len) {
		text[strcspn(text, "\n")] = '\0';
	} else {
		free(text);
		text = NULL;
	}
	free(path);
	wg_error_clear();
	return text;
}

static void stamp_write(const char *cache, const char *key, const char *version)
{
	char *path = cache ? wg_asprintf("%s/toolchains/%s", cache, key) : NULL;

	if (path && !wg_dir_create_parent(path, 0755))
		(void)wg_file_write_atomic(path, version, strlen(version), 0644, 0);
	free(path);
	wg_error_clear();   /* the cache is an optimisation: its errors are not the build's */
}

int wg_tc_probe(wg_toolchain t, wg_language l, const char *cache, wg_tc *out)
{
	const char *name = wg_tc_compiler(t, l);
	wg_buf stamp = WG_BUF_INIT;
	uint8_t h[32];
	char key[65];
	int rc;

	memset(out, 0, sizeof(*out));
	out->toolchain = t;
	out->path = wg_which(name);
	if (!out->path)
		return wg_error_set(WG_EINVAL, "%s not found on PATH (Debian package: %s)", name,
				    packages[t]);
	rc = stat_stamp(&stamp, out->path);
	if (!rc && t == WG_TOOLCHAIN_WASI)
		rc = wasi_libc_stamp(&stamp);
	if (rc) {
		wg_buf_free(&stamp);
		return rc;
	}
	wg_sha256(stamp.ptr, stamp.len, h);
	wg_hex(h, sizeof(h), key);
	wg_buf_free(&stamp);
	out->version = stamp_read(cache, key);
	if (out->version)
		return 0;
	rc = run_version(out->path, name, t, &out->version);
	if (!rc && t == WG_TOOLCHAIN_WASI && !wg_tc_sysroot() &&
	    access("/usr/lib/wasm32-wasi/libc.a", R_OK))
		rc = wg_error_set(WG_EINVAL, "wasi-libc not found (/usr/lib/wasm32-wasi/libc.a; Debian package: wasi-libc, or set WASI_SYSROOT)");
	if (!rc)
		stamp_write(cache, key, out->version);
	return rc;
}

void wg_tc_clear(wg_tc *tc)
{
	free(tc->path);
	free(tc->version);
	memset(tc, 0, sizeof(*tc));
}
