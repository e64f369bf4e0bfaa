/*
 * capability.h - capability classes of host imports.
 *
 * Every WASI preview 1 function (module "wasi_snapshot_preview1", the
 * older "wasi_unstable", and WASIX's "wasix_32v1" / "wasix_64v1") maps to
 * exactly one class, as do WASI preview 2 interfaces ("wasi:sockets/...",
 * ...), "wasi_ephemeral_sock" and Emscripten's "env" system calls
 * ("env.__syscall_openat", ...); rules deny or flag whole classes instead
 * of listing functions.  Other imports have no class (WG_CAP_NONE).
 * rules/README.md has the tables.
 */
#ifndef WASMGATE_CAPABILITY_H
#define WASMGATE_CAPABILITY_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	WG_CAP_NONE = 0,
	WG_CAP_FILESYSTEM = 1u << 0,  /* path_*, fd_readdir, fd_filestat_*, fd_prestat_* ... */
	WG_CAP_NETWORK = 1u << 1,     /* sock_* */
	WG_CAP_CLOCK = 1u << 2,       /* clock_* */
	WG_CAP_RANDOM = 1u << 3,      /* random_get */
	WG_CAP_ENVIRONMENT = 1u << 4, /* environ_* */
	WG_CAP_ARGS = 1u << 5,        /* args_* */
	WG_CAP_PROCESS = 1u << 6,     /* proc_exit, proc_raise, sched_yield */
	WG_CAP_STDIO = 1u << 7,       /* fd_write, fd_read, fd_close, fd_seek, fd_fdstat_* ... */
	WG_CAP_POLL = 1u << 8         /* poll_oneoff */
} wg_capability;
#define WG_CAP_COUNT 9

/** The class of import module.field; WG_CAP_NONE when it has none. */
wg_capability wg_capability_of(const char *module, const char *field);

/** "filesystem", "network", ...; NULL for WG_CAP_NONE or several bits. */
const char *wg_capability_name(wg_capability c);

/** The class with that name; WG_CAP_NONE when there is none. */
wg_capability wg_capability_from_name(const char *name);

#ifdef __cplusplus
}
#endif
#endif
