/*
 * wasi.c - capability classes of host imports (capability.h): the complete
 * table of WASI preview 1 functions, each in exactly one class, used for
 * "wasi_snapshot_preview1", the older "wasi_unstable" and WASIX
 * ("wasix_32v1", "wasix_64v1"), with name prefixes for the functions WASIX
 * and runtimes add; "wasi_ephemeral_sock" (network); WASI preview 2
 * interfaces ("wasi:filesystem/...", "wasi:sockets/...", ...); and
 * Emscripten's "env" imports (__syscall_*, emscripten_*, and the preview 1
 * names older Emscripten imported from "env").  rules/README.md lists them.
 *
 * The fd_* split (documented in rules/README.md): descriptor operations a
 * program needs to talk over the descriptors it was handed (read, write,
 * seek, close, flags, sync) are stdio; anything that reaches the file
 * system behind a descriptor (preopened directories, directory listing,
 * file metadata, allocation, positional I/O, rights) is filesystem.
 * Imports from any other module, and names no table knows, have no class
 * (WG_CAP_NONE).
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

/* Modules with the preview 1 function set (WASIX is a superset of it). */
static const char *const wasi_modules[] = {
	"wasi_snapshot_preview1",
	"wasi_unstable",
	"wasix_32v1",
	"wasix_64v1",
};

/* A name prefix (or, ending in '$', an exact name) and its class. */
typedef struct {
	const char *prefix;
	wg_capability cap;
} name_class;

/* Preview 1 names the table above does not know: WASIX's additions
 * (sock_open, port_*, proc_fork, thread_spawn, getcwd, epoll_*, tty_*...)
 * and runtime extensions (WasmEdge's sock_* in wasi_snapshot_preview1). */
static const name_class wasi_prefixes[] = {
	{ "sock_", WG_CAP_NETWORK }, { "port_", WG_CAP_NETWORK },
	{ "resolve$", WG_CAP_NETWORK }, { "http_", WG_CAP_NETWORK },
	{ "path_", WG_CAP_FILESYSTEM }, { "chdir$", WG_CAP_FILESYSTEM },
	{ "getcwd$", WG_CAP_FILESYSTEM }, { "fd_", WG_CAP_STDIO }, { "tty_", WG_CAP_STDIO },
	{ "proc_", WG_CAP_PROCESS }, { "thread_", WG_CAP_PROCESS },
	{ "futex_", WG_CAP_PROCESS }, { "sched_", WG_CAP_PROCESS },
	{ "clock_", WG_CAP_CLOCK }, { "random_", WG_CAP_RANDOM },
	{ "environ_", WG_CAP_ENVIRONMENT }, { "args_", WG_CAP_ARGS },
	{ "poll_", WG_CAP_POLL }, { "epoll_", WG_CAP_POLL },
	{ NULL, WG_CAP_NONE },
};

/* Emscripten's "env" imports with a capability (its own names; the WASI
 * names it imported from "env" in older versions use the preview 1
 * table).  A __syscall_ name not listed is filesystem: most are, and an
 * unknown system call must not pass under an "env.*" allow. */
static const name_class emscripten_names[] = {
	{ "__syscall_socket$", WG_CAP_NETWORK }, { "__syscall_socketpair$", WG_CAP_NETWORK },
	{ "__syscall_connect$", WG_CAP_NETWORK }, { "__syscall_bind$", WG_CAP_NETWORK },
	{ "__syscall_listen$", WG_CAP_NETWORK }, { "__syscall_accept4$", WG_CAP_NETWORK },
	{ "__syscall_getsockname$", WG_CAP_NETWORK }, { "__syscall_getpeername$", WG_CAP_NETWORK },
	{ "__syscall_sendto$", WG_CAP_NETWORK }, { "__syscall_recvfrom$", WG_CAP_NETWORK },
	{ "__syscall_sendmsg$", WG_CAP_NETWORK }, { "__syscall_recvmsg$", WG_CAP_NETWORK },
	{ "__syscall_setsockopt$", WG_CAP_NETWORK }, { "__syscall_getsockopt$", WG_CAP_NETWORK },
	{ "__syscall_shutdown$", WG_CAP_NETWORK },
	{ "__syscall_fcntl64$", WG_CAP_STDIO }, { "__syscall_ioctl$", WG_CAP_STDIO },
	{ "__syscall_dup$", WG_CAP_STDIO }, { "__syscall_dup3$", WG_CAP_STDIO },
	{ "__syscall_pipe$", WG_CAP_STDIO },
	{ "__syscall_poll$", WG_CAP_POLL }, { "__syscall__newselect$", WG_CAP_POLL },
	{ "__syscall_pselect6$", WG_CAP_POLL },
	{ "__syscall_", WG_CAP_FILESYSTEM },
	{ "emscripten_websocket_", WG_CAP_NETWORK }, { "emscripten_fetch", WG_CAP_NETWORK },
	{ "_emscripten_fetch", WG_CAP_NETWORK }, { "emscripten_start_fetch", WG_CAP_NETWORK },
	{ "emscripten_wget", WG_CAP_NETWORK }, { "emscripten_async_wget", WG_CAP_NETWORK },
	{ "_emscripten_lookup_name$", WG_CAP_NETWORK }, { "getaddrinfo$", WG_CAP_NETWORK },
	{ "getnameinfo$", WG_CAP_NETWORK },
	{ "emscripten_get_now", WG_CAP_CLOCK }, { "emscripten_date_now$", WG_CAP_CLOCK },
	{ "_emscripten_get_now_is_monotonic$", WG_CAP_CLOCK }, { "_tzset_js$", WG_CAP_CLOCK },
	{ "_localtime_js$", WG_CAP_CLOCK }, { "_gmtime_js$", WG_CAP_CLOCK },
	{ "_mktime_js$", WG_CAP_CLOCK }, { "_timegm_js$", WG_CAP_CLOCK },
	{ "emscripten_random$", WG_CAP_RANDOM }, { "getentropy$", WG_CAP_RANDOM },
	{ "_emscripten_system$", WG_CAP_PROCESS }, { "emscripten_run_script", WG_CAP_PROCESS },
	{ "emscripten_asm_const_", WG_CAP_PROCESS }, { "exit$", WG_CAP_PROCESS },
	{ "emscripten_force_exit$", WG_CAP_PROCESS }, { "_emscripten_get_progname$", WG_CAP_ARGS },
	{ NULL, WG_CAP_NONE },
};

/* WASI preview 2 interfaces, matched against the import module name up to
 * its '@version' ("wasi:filesystem/types@0.2.0"); a prefix ending in '/'
 * covers a whole package. */
static const name_class preview2_interfaces[] = {
	{ "wasi:filesystem/", WG_CAP_FILESYSTEM },
	{ "wasi:sockets/", WG_CAP_NETWORK },
	{ "wasi:http/", WG_CAP_NETWORK },
	{ "wasi:cli/environment$", WG_CAP_ENVIRONMENT },   /* get-arguments: args */
	{ "wasi:cli/exit$", WG_CAP_PROCESS },
	{ "wasi:cli/stdin$", WG_CAP_STDIO }, { "wasi:cli/stdout$", WG_CAP_STDIO },
	{ "wasi:cli/stderr$", WG_CAP_STDIO }, { "wasi:cli/terminal-", WG_CAP_STDIO },
	{ "wasi:clocks/", WG_CAP_CLOCK },
	{ "wasi:random/", WG_CAP_RANDOM },
	{ "wasi:io/poll$", WG_CAP_POLL },
	{ "wasi:io/streams$", WG_CAP_STDIO }, { "wasi:io/error$", WG_CAP_STDIO },
	{ NULL, WG_CAP_NONE },
};

/* The class of the first entry of `t` that `name` (its first `len` bytes)
 * matches: a prefix, or an exact name when the entry ends in '$'. */
static wg_capability by_name(const name_class *t, const char *name, size_t len)
{
	for (; t->prefix; t++) {
		size_t n = strlen(t->prefix);
		bool exact = t->prefix[n - 1] == '$';

		n -= exact;
		if (len >= n && !strncmp(name, t->prefix, n) && (!exact || len == n))
			return t->cap;
	}
	return WG_CAP_NONE;
}

/* Bit order of wg_capability: names[i] is the class 1 << i. */
static const char *const cap_names[WG_CAP_COUNT] = {
	"filesystem", "network", "clock", "random", "environment",
	"args", "process", "stdio", "poll",
};

static int func_cmp(const void *key, const void *elem)
{
	return strcmp(key, ((const wasi_func *)elem)->func);
}

static wg_capability preview1(const char *field)
{
	const wasi_func *f = bsearch(field, wasi_funcs, sizeof(wasi_funcs) / sizeof(wasi_funcs[0]),
				     sizeof(wasi_funcs[0]), func_cmp);

	return f ? f->cap : WG_CAP_NONE;
}

static wg_capability preview2(const char *module, const char *field)
{
	size_t len = strcspn(module, "@");
	wg_capability cap = by_name(preview2_interfaces, module, len);

	if (cap == WG_CAP_ENVIRONMENT && !strcmp(field, "get-arguments"))
		return WG_CAP_ARGS;
	return cap;
}

wg_capability wg_capability_of(const char *module, const char *field)
{
	wg_capability cap;

	if (!module || !field)
		return WG_CAP_NONE;
	for (size_t i = 0; i < sizeof(wasi_modules) / sizeof(wasi_modules[0]); i++)
		if (!strcmp(module, wasi_modules[i])) {
			cap = preview1(field);
			return cap ? cap : by_name(wasi_prefixes, field, strlen(field));
		}
	if (!strcmp(module, "wasi_ephemeral_sock"))
		return WG_CAP_NETWORK;
	if (!strncmp(module, "wasi:", 5))
		return preview2(module, field);
	if (!strcmp(module, "env")) {
		cap = preview1(field);
		return cap ? cap : by_name(emscripten_names, field, strlen(field));
	}
	return WG_CAP_NONE;
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
