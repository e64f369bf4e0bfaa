/*
 * wasi.c - capability classes of host imports (capability.h): the complete
 * table of WASI preview 1 functions, each in exactly one class, used for
 * both "wasi_snapshot_preview1" and the older "wasi_unstable" module.
 *
 * The fd_* split (documented in rules/README.md): descriptor operations a
 * program needs to talk over the descriptors it was handed (read, write,
 * seek, close, flags, sync) are stdio; anything that reaches the file
 * system behind a descriptor (preopened directories, directory listing,
 * file metadata, allocation, positional I/O, rights) is filesystem.
 * Imports from any other module have no class (WG_CAP_NONE).
 */
#include "wasmgate/capability.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *func;
	wg_capability cap;
} wasi_func;

/* Sorted by name (bsearch). */
static const wasi_func wasi_funcs[] = {
	{ "args_get", WG_CAP_ARGS },
	{ "args_sizes_get", WG_CAP_ARGS },
	{ "clock_res_get", WG_CAP_CLOCK },
	{ "clock_time_get", WG_CAP_CLOCK },
	{ "environ_get", WG_CAP_ENVIRONMENT },
	{ "environ_sizes_get", WG_CAP_ENVIRONMENT },
	{ "fd_advise", WG_CAP_FILESYSTEM },
	{ "fd_allocate", WG_CAP_FILESYSTEM },
	{ "fd_close", WG_CAP_STDIO },
	{ "fd_datasync", WG_CAP_STDIO },
	{ "fd_fdstat_get", WG_CAP_STDIO },
	{ "fd_fdstat_set_flags", WG_CAP_STDIO },
	{ "fd_fdstat_set_rights", WG_CAP_FILESYSTEM },
	{ "fd_filestat_get", WG_CAP_FILESYSTEM },
	{ "fd_filestat_set_size", WG_CAP_FILESYSTEM },
	{ "fd_filestat_set_times", WG_CAP_FILESYSTEM },
	{ "fd_pread", WG_CAP_FILESYSTEM },
	{ "fd_prestat_dir_name", WG_CAP_FILESYSTEM },
	{ "fd_prestat_get", WG_CAP_FILESYSTEM },
	{ "fd_pwrite", WG_CAP_FILESYSTEM },
	{ "fd_read", WG_CAP_STDIO },
	{ "fd_readdir", WG_CAP_FILESYSTEM },
	{ "fd_renumber", WG_CAP_STDIO },
	{ "fd_seek", WG_CAP_STDIO },
	{ "fd_sync", WG_CAP_STDIO },
	{ "fd_tell", WG_CAP_STDIO },
	{ "fd_write", WG_CAP_STDIO },
	{ "path_create_directory", WG_CAP_FILESYSTEM },
	{ "path_filestat_get", WG_CAP_FILESYSTEM },
	{ "path_filestat_set_times", WG_CAP_FILESYSTEM },
	{ "path_link", WG_CAP_FILESYSTEM },
	{ "path_open", WG_CAP_FILESYSTEM },
	{ "path_readlink", WG_CAP_FILESYSTEM },
	{ "path_remove_directory", WG_CAP_FILESYSTEM },
	{ "path_rename", WG_CAP_FILESYSTEM },
	{ "path_symlink", WG_CAP_FILESYSTEM },
	{ "path_unlink_file", WG_CAP_FILESYSTEM },
	{ "poll_oneoff", WG_CAP_POLL },
	{ "proc_exit", WG_CAP_PROCESS },
	{ "proc_raise", WG_CAP_PROCESS },
	{ "random_get", WG_CAP_RANDOM },
	{ "sched_yield", WG_CAP_PROCESS },
	{ "sock_accept", WG_CAP_NETWORK },
	{ "sock_recv", WG_CAP_NETWORK },
	{ "sock_send", WG_CAP_NETWORK },
	{ "sock_shutdown", WG_CAP_NETWORK },
};

static const char *const wasi_modules[] = {
	"wasi_snapshot_preview1",
	"wasi_unstable",
};

/* Bit order of wg_capability: names[i] is the class 1 << i. */
static const char *const cap_names[WG_CAP_COUNT] = {
	"filesystem", "network", "clock", "random", "environment",
	"args", "process", "stdio", "poll",
};

static int func_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const wasi_func *)elem)->func);
}

wg_capability wg_capability_of(const char *module, const char *field)
{
	const wasi_func *f;
	size_t i, n = sizeof(wasi_modules) / sizeof(wasi_modules[0]);

	if (!module || !field)
		return WG_CAP_NONE;
	for (i = 0; i < n && strcmp(module, wasi_modules[i]); i++)
		;
	if (i == n)
		return WG_CAP_NONE;
	f = bsearch(field, wasi_funcs, sizeof(wasi_funcs) / sizeof(wasi_funcs[0]),
		    sizeof(wasi_funcs[0]), func_cmp);
	return f ? f->cap : WG_CAP_NONE;
}

const char *wg_capability_name(wg_capability c)
{
	for (int i = 0; i < WG_CAP_COUNT; i++)
		if ((unsigned)c == 1u << i)
			return cap_names[i];
	return NULL;
}

wg_capability wg_capability_from_name(const char *name)
{
	for (int i = 0; name && i < WG_CAP_COUNT; i++)
		if (!strcmp(name, cap_names[i]))
			return (wg_capability)(1u << i);
	return WG_CAP_NONE;
}
