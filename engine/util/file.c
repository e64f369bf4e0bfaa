/*
 * file.c - reading files (memory-mapped views, whole-file reads with a size
 * cap) and writing them atomically: a temp file beside the target, fsync,
 * rename, so a reader never sees a partial file and a failed write (full
 * disk) leaves the old file as it was; and output directories made with
 * their parents (mkdir -p).  wg_file_write_atomic_at() is the same inside
 * an open directory, for callers that must not follow symlinks (registry).
 * Outputs never write through a symlink at the
 * final component; after wg_file_confine() (the action) they are refused,
 * before anything is made, when their directory resolves outside the roots.
 * After wg_file_owner() (the action, run as root in a workspace owned by
 * the runner's user) every file and directory made here is given to that
 * owner, so the workflow's later steps can write beside and over them.
 */
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

static int read_fd(int fd, const char *path, uint64_t max_bytes, uint8_t **out,
		   size_t *len)
{
	wg_buf b = WG_BUF_INIT;
	char chunk[65536];
	ssize_t n;

	if (wg_buf_put(&b, "", 0))
		return WG_ENOMEM;
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			wg_buf_free(&b);
			return wg_error_set(WG_EIO, "%s: read failed: %s", path, strerror(errno));
		}
		if (max_bytes && b.len + (size_t)n > max_bytes) {
			wg_buf_free(&b);
			return wg_error_set(WG_ELIMIT, "%s: larger than the limit of %llu bytes",
					    path, (unsigned long long)max_bytes);
		}
		if (wg_buf_put(&b, chunk, (size_t)n)) {
			wg_buf_free(&b);
			return WG_ENOMEM;
		}
	}
	*len = b.len;
	*out = (uint8_t *)b.ptr;
	return 0;
}

int wg_file_view_open(wg_file_view *v, const char *path, uint64_t max_bytes)
{
	struct stat st;
	int fd, rc = 0;

	memset(v, 0, sizeof(*v));
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return wg_error_set(WG_EIO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, &st) < 0) {
		rc = wg_error_set(WG_EIO, "%s: cannot stat: %s", path, strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		rc = wg_error_set(WG_EIO, "%s: is a directory", path);
	} else if (S_ISREG(st.st_mode) && max_bytes && (uint64_t)st.st_size > max_bytes) {
		rc = wg_error_set(WG_ELIMIT, "%s: %lld bytes is over the limit of %llu bytes",
				  path, (long long)st.st_size, (unsigned long long)max_bytes);
	} else if (S_ISREG(st.st_mode) && st.st_size > 0) {
		void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
		if (p == MAP_FAILED) {
			rc = wg_error_set(WG_EIO, "%s: cannot map: %s", path, strerror(errno));
		} else {
			madvise(p, (size_t)st.st_size, MADV_SEQUENTIAL);
			v->data = p;
			v->size = (size_t)st.st_size;
			v->mapped = 1;
		}
	} else {
		uint8_t *buf = NULL;
		size_t len = 0;
		rc = read_fd(fd, path, max_bytes, &buf, &len);
		v->data = buf;
		v->size = len;
	}
	close(fd);
	return rc;
}

void wg_file_view_close(wg_file_view *v)
{
	if (v->mapped)
		munmap((void *)v->data, v->size);
	else
		free((void *)v->data);
	memset(v, 0, sizeof(*v));
}

int wg_file_read(const char *path, uint64_t max_bytes, char **out, size_t *len)
{
	uint8_t *buf = NULL;
	size_t n = 0;
	int fd, rc;

	*out = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return wg_error_set(WG_EIO, "%s: cannot open: %s", path, strerror(errno));
	rc = read_fd(fd, path, max_bytes, &buf, &n);
	close(fd);
	if (rc)
		return rc;
	*out = (char *)buf;
	if (len)
		*len = n;
	return 0;
}

static int write_all(int fd, const void *data, size_t len)
{
	const char *p = data;

	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

/* The owner new outputs are given (wg_file_owner); -1: left as made. */
static uid_t owner_uid = (uid_t)-1;
static gid_t owner_gid = (gid_t)-1;

void wg_file_owner(uid_t uid, gid_t gid)
{
	owner_uid = uid;
	owner_gid = gid;
}

static bool owner_set(void)
{
	return owner_uid != (uid_t)-1 || owner_gid != (gid_t)-1;
}

/* The directories outputs are confined to (wg_file_confine); none: anywhere. */
#define CONFINE_MAX 4
static char *confine_roots[CONFINE_MAX];
static size_t confine_count;

int wg_file_confine(const char *const *roots, size_t n)
{
	for (size_t i = 0; i < confine_count; i++)
		free(confine_roots[i]);
	confine_count = 0;
	for (size_t i = 0; i < n && confine_count < CONFINE_MAX; i++) {
		char *real = roots[i] && *roots[i] ? realpath(roots[i], NULL) : NULL;

		if (real)
			confine_roots[confine_count++] = real;
	}
	return n && !confine_count ? wg_error_set(WG_EIO, "no output directory to confine to") : 0;
}

static bool inside_roots(const char *real)
{
	for (size_t i = 0; i < confine_count; i++) {
		size_t n = strlen(confine_roots[i]);

		if (!strncmp(real, confine_roots[i], n) &&
		    (real[n] == '/' || real[n] == '\0' || (n == 1 && real[0] == '/')))
			return true;
	}
	return false;
}

static bool has_dotdot(const char *p)
{
	for (const char *q = p; (q = strstr(q, "..")); q += 2)
		if ((q == p || q[-1] == '/') && (q[2] == '/' || q[2] == '\0'))
			return true;
	return false;
}

/* Is directory `dir` (or, while it does not exist yet, its nearest existing
 * ancestor) inside a confinement root once symlinks are resolved?  A ".."
 * segment is refused outright (it could climb out through a directory
 * made on the way). */
static int dir_confined(const char *what, const char *dir)
{
	char *probe = wg_strdup(*dir ? dir : "."), *real = NULL;
	int rc = 0;

	if (probe && has_dotdot(probe)) {
		free(probe);
		return wg_error_set(WG_EIO, "%s: '..' in an output path: not written", what);
	}
	while (probe && !(real = realpath(probe, NULL)) && errno == ENOENT) {
		char *slash = strrchr(probe, '/');

		if (!strcmp(probe, ".") || !strcmp(probe, "/"))
			break;
		if (!slash)
			probe[0] = '.', probe[1] = '\0';
		else
			slash[slash == probe ? 1 : 0] = '\0';
	}
	if (!probe)
		rc = WG_ENOMEM;
	else if (!real)
		rc = wg_error_set(WG_EIO, "%s: cannot resolve %s: %s", what, probe, strerror(errno));
	else if (!inside_roots(real))
		rc = wg_error_set(WG_EIO, "%s: resolves to %s, outside the workspace "
				  "(a symlink?): not written", what, real);
	free(probe);
	free(real);
	return rc;
}

/* The checks before writing file `path`: its final component is never a
 * symlink (not followed, not replaced), and when confined its directory
 * lies inside a root. */
static int output_allowed(const char *path)
{
	struct stat st;
	const char *slash = strrchr(path, '/');
	char *dir;
	int rc;

	if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode))
		return wg_error_set(WG_EIO, "%s: is a symbolic link: not written through", path);
	if (!confine_count)
		return 0;
	dir = slash ? wg_strndup(path, slash == path ? 1 : (size_t)(slash - path)) : wg_strdup(".");
	if (!dir)
		return WG_ENOMEM;
	rc = dir_confined(path, dir);
	free(dir);
	return rc;
}

int wg_file_write_atomic(const char *path, const void *data, size_t len,
			 mode_t mode, int exclusive)
{
	char *tmp;
	int fd, err;

	if ((err = output_allowed(path)))
		return err;
	if (exclusive && access(path, F_OK) == 0)
		return wg_error_set(WG_EEXISTS, "%s: already exists, not overwriting", path);
	tmp = wg_asprintf("%s.tmp.XXXXXX", path);
	if (!tmp)
		return WG_ENOMEM;
	fd = mkstemp(tmp);
	if (fd < 0) {
		err = errno;
		free(tmp);
		return wg_error_set(WG_EIO, "%s: cannot create: %s", path, strerror(err));
	}
	if (fchmod(fd, mode) < 0 || (owner_set() && fchown(fd, owner_uid, owner_gid) < 0) ||
	    write_all(fd, data, len) < 0 || fsync(fd) < 0) {
		err = errno;
		close(fd);
		unlink(tmp);
		free(tmp);
		return wg_error_set(WG_EIO, "%s: cannot write: %s", path, strerror(err));
	}
	close(fd);
	if (exclusive ? link(tmp, path) < 0 : rename(tmp, path) < 0) {
		err = errno;
		unlink(tmp);
		free(tmp);
		if (err == EEXIST)
			return wg_error_set(WG_EEXISTS, "%s: already exists, not overwriting", path);
		return wg_error_set(WG_EIO, "%s: cannot write: %s", path, strerror(err));
	}
	if (exclusive)
		unlink(tmp);
	free(tmp);
	return 0;
}

static int temp_at(int dirfd, const char *name, mode_t mode, char **tmp)
{
	for (int tries = 0; tries < 16; tries++) {
		uint8_t rnd[8];
		char hex[17];
		int fd;

		randombytes_buf(rnd, sizeof(rnd));
		wg_hex(rnd, sizeof(rnd), hex);
		if (!(*tmp = wg_asprintf(".%s.tmp.%s", name, hex)))
			return -2;
		fd = openat(dirfd, *tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode);
		if (fd >= 0 || errno != EEXIST)
			return fd;
		free(*tmp);
		*tmp = NULL;
	}
	errno = EEXIST;
	return -1;
}

int wg_file_write_atomic_at(int dirfd, const char *name, const void *data,
			    size_t len, mode_t mode)
{
	char *tmp = NULL;
	int fd, err;

	fd = temp_at(dirfd, name, mode, &tmp);
	if (fd == -2)
		return WG_ENOMEM;
	if (fd < 0) {
		err = errno;
		free(tmp);
		return wg_error_set(WG_EIO, "%s: cannot create: %s", name, strerror(err));
	}
	if (fchmod(fd, mode) < 0 || write_all(fd, data, len) < 0 || fsync(fd) < 0) {
		err = errno;
		close(fd);
		unlinkat(dirfd, tmp, 0);
		free(tmp);
		return wg_error_set(WG_EIO, "%s: cannot write: %s", name, strerror(err));
	}
	close(fd);
	if (renameat(dirfd, tmp, dirfd, name) < 0) {
		err = errno;
		unlinkat(dirfd, tmp, 0);
		free(tmp);
		return wg_error_set(WG_EIO, "%s: cannot write: %s", name, strerror(err));
	}
	free(tmp);
	fsync(dirfd);
	return 0;
}

int wg_dir_create(const char *path, mode_t mode)
{
	char *copy;
	struct stat st;
	int rc = 0;

	if (!*path)
		return 0;
	if (confine_count && (rc = dir_confined(path, path)))
		return rc;   /* checked before anything is made */
	if (!(copy = wg_strdup(path)))
		return WG_ENOMEM;
	for (char *p = copy + 1; !rc; p++) {
		char c = *p;

		if (c != '/' && c != '\0')
			continue;
		*p = '\0';
		if (mkdir(copy, mode) == 0) {
			if (owner_set() && chown(copy, owner_uid, owner_gid) < 0)
				rc = wg_error_set(WG_EIO, "%s: cannot give the directory to its owner: %s",
						  copy, strerror(errno));
		} else if (errno != EEXIST)
			rc = wg_error_set(WG_EIO, "%s: cannot create the directory: %s", copy,
					  strerror(errno));
		else if (stat(copy, &st) < 0 || !S_ISDIR(st.st_mode))
			rc = wg_error_set(WG_EIO, "%s: exists and is not a directory", copy);
		*p = c;
		if (!c)
			break;
	}
	free(copy);
	if (!rc && confine_count)
		rc = dir_confined(path, path);
	return rc;
}

int wg_dir_create_parent(const char *path, mode_t mode)
{
	const char *slash = strrchr(path, '/');
	char *dir;
	int rc;

	if (!slash || slash == path)
		return 0;
	if (!(dir = wg_strndup(path, (size_t)(slash - path))))
		return WG_ENOMEM;
	rc = wg_dir_create(dir, mode);
	free(dir);
	return rc;
}
