/*
 * fileio.c - reads a file the host named into a fixed buffer through WASI
 * path_open + fd_read + fd_close, relative to the first preopened directory
 * (fd 3).  Opening files is the filesystem capability that rules/default.yml
 * denies.
 */
#include <wasi/api.h>

#define FILEIO_MAX 4096
#define FILEIO_PREOPEN 3 /* first preopened directory */

static char path_buf[256];
static char data_buf[FILEIO_MAX];

char *fileio_path(void)
{
	return path_buf;
}

char *fileio_data(void)
{
	return data_buf;
}

#ifdef __EMSCRIPTEN__
/* Emscripten 3.1's standalone libc has no path_open: import it directly
 * (the preview1 signature, with the path's length). */
__attribute__((import_module("wasi_snapshot_preview1"), import_name("path_open")))
__wasi_errno_t fileio_path_open(__wasi_fd_t fd, __wasi_lookupflags_t dirflags,
				const char *path, __wasi_size_t path_len,
				__wasi_oflags_t oflags, __wasi_rights_t base,
				__wasi_rights_t inheriting, __wasi_fdflags_t fdflags,
				__wasi_fd_t *opened);
#endif

/* Read up to FILEIO_MAX bytes of the file whose path the host wrote to
 * fileio_path() (path_len bytes) into fileio_data(); returns the number of
 * bytes read or -errno. */
int fileio_read(unsigned path_len)
{
	__wasi_fd_t fd;
	__wasi_iovec_t iov = { .buf = (uint8_t *)data_buf, .buf_len = FILEIO_MAX };
	__wasi_size_t got = 0;
	__wasi_errno_t err;

	if (path_len >= sizeof(path_buf))
		return -__WASI_ERRNO_NAMETOOLONG;
	path_buf[path_len] = '\0';
#ifdef __EMSCRIPTEN__
	err = fileio_path_open(FILEIO_PREOPEN, 0, path_buf, path_len, 0,
			       __WASI_RIGHTS_FD_READ, 0, 0, &fd);
#else
	err = __wasi_path_open(FILEIO_PREOPEN, 0, path_buf, 0,
			       __WASI_RIGHTS_FD_READ, 0, 0, &fd);
#endif
	if (err)
		return -err;
	err = __wasi_fd_read(fd, &iov, 1, &got);
	if (__wasi_fd_close(fd) && !err)
		err = __WASI_ERRNO_IO;
	return err ? -err : (int)got;
}
