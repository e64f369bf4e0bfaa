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
	err = __wasi_path_open(FILEIO_PREOPEN, 0, path_buf, 0,
			       __WASI_RIGHTS_FD_READ, 0, 0, &fd);
	if (err)
		return -err;
	err = __wasi_fd_read(fd, &iov, 1, &got);
	if (__wasi_fd_close(fd) && !err)
		err = __WASI_ERRNO_IO;
	return err ? -err : (int)got;
}
