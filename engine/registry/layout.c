/*
 * layout.c - access to the registry's directories and files.  Everything
 * below the root is reached one component at a time with openat() and
 * O_NOFOLLOW, so a symlink planted in the registry (by a pull request, say)
 * is refused with a message instead of being read or written through.
 * Also the lock (flock on .lock) and RFC 3339 times.
 */
#include "registry/registry_int.h"
#include "util/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

int reg_error_prefix(int rc, const char *prefix)
{
	char copy[1024];

	snprintf(copy, sizeof(copy), "%s", wg_error_last());
	if (!strncmp(copy, prefix, strlen(prefix)))
		return wg_error_set(rc, "%s", copy);
	return wg_error_set(rc, "%s: %s", prefix, copy);
}

static int open_error(const char *name, int err)
{
	if (err == ELOOP || err == ENOTDIR || err == EMLINK)
		return wg_error_set(WG_EINVAL, "%s: is a symlink or not what the registry expects there, refusing",
				    name);
	return wg_error_set(WG_EIO, "%s: cannot open: %s", name, strerror(err));
}

int reg_root_open(const char *dir, int *fd)
{
	*fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (*fd < 0)
		return open_error(dir, errno);
	return 0;
}

int reg_dir_open(int dirfd, const char *name, int create, int *fd)
{
	if (create && mkdirat(dirfd, name, 0755) < 0 && errno != EEXIST)
		return wg_error_set(WG_EIO, "%s: cannot create the directory: %s", name,
				    strerror(errno));
	*fd = openat(dirfd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (*fd < 0)
		return open_error(name, errno);
	return 0;
}

int reg_path_open(int rootfd, const char *rel, int create, int *fd)
{
	char *copy = wg_strdup(rel), *save = NULL;
	int cur = dup(rootfd), rc = 0;

	if (!copy || cur < 0) {
		free(copy);
		if (cur >= 0)
			close(cur);
		return copy ? wg_error_set(WG_EIO, "dup: %s", strerror(errno)) : WG_ENOMEM;
	}
	for (char *part = strtok_r(copy, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
		int next;

		if ((rc = reg_dir_open(cur, part, create, &next)) != 0) {
			reg_error_prefix(rc, rel);
			break;
		}
		close(cur);
		cur = next;
	}
	free(copy);
	if (rc) {
		close(cur);
		return rc;
	}
	*fd = cur;
	return 0;
}

int reg_file_read(int dirfd, const char *name, uint64_t max, char **out, size_t *len)
{
	wg_buf b = WG_BUF_INIT;
	struct stat st;
	char chunk[65536];
	ssize_t n;
	int fd;

	*out = NULL;
	fd = openat(dirfd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return open_error(name, errno);
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return wg_error_set(WG_EINVAL, "%s: not a regular file", name);
	}
	if ((uint64_t)st.st_size > max) {
		close(fd);
		return wg_error_set(WG_ELIMIT, "%s: %lld bytes is over the limit of %llu bytes", name,
				    (long long)st.st_size, (unsigned long long)max);
	}
	if (wg_buf_put(&b, "", 0)) {
		close(fd);
		return WG_ENOMEM;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 || b.len + (size_t)n > max || wg_buf_put(&b, chunk, (size_t)n)) {
			int err = errno;
			close(fd);
			wg_buf_free(&b);
			return n < 0 ? wg_error_set(WG_EIO, "%s: read failed: %s", name, strerror(err))
				     : wg_error_set(WG_ELIMIT, "%s: over the size limit", name);
		}
	}
	close(fd);
	*out = b.ptr;
	*len = b.len;
	return 0;
}

int reg_exists(int dirfd, const char *name)
{
	struct stat st;

	return fstatat(dirfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0;
}

int reg_lock(int rootfd, int *fd)
{
	*fd = openat(rootfd, REG_LOCK, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (*fd < 0)
		return open_error(REG_LOCK, errno);
	while (flock(*fd, LOCK_EX) < 0) {
		if (errno == EINTR)
			continue;
		close(*fd);
		return wg_error_set(WG_EIO, "%s: cannot lock: %s", REG_LOCK, strerror(errno));
	}
	return 0;
}

void reg_unlock(int fd)
{
	if (fd >= 0)
		close(fd);   /* releases the flock */
}

int reg_remove_tree(int parent, const char *name)
{
	DIR *d;
	struct dirent *e;
	int fd, rc = 0;

	fd = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return unlinkat(parent, name, 0) == 0 || errno == ENOENT ? 0
			: wg_error_set(WG_EIO, "%s: cannot remove: %s", name, strerror(errno));
	if (!(d = fdopendir(fd))) {
		close(fd);
		return wg_error_set(WG_EIO, "%s: cannot list: %s", name, strerror(errno));
	}
	while (!rc && (e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		rc = reg_remove_tree(dirfd(d), e->d_name);
	}
	closedir(d);
	if (!rc && unlinkat(parent, name, AT_REMOVEDIR) < 0)
		rc = wg_error_set(WG_EIO, "%s: cannot remove: %s", name, strerror(errno));
	return rc;
}

void reg_time_format(time_t t, char out[21])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(out, 21, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

int reg_time_parse(const char *s, time_t *out)
{
	struct tm tm;
	const char *end;
	char back[21];

	if (!s || strlen(s) != 20)
		return -1;
	memset(&tm, 0, sizeof(tm));
	end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (!end || *end)
		return -1;
	*out = timegm(&tm);
	reg_time_format(*out, back);
	return strcmp(back, s) ? -1 : 0;
}

int reg_clear_leftovers(int dirfd)
{
	int fd = dup(dirfd), rc = 0;
	struct dirent *e;
	DIR *d;

	if (fd < 0 || !(d = fdopendir(fd))) {
		if (fd >= 0)
			close(fd);
		return wg_error_set(WG_EIO, "cannot list a registry folder: %s", strerror(errno));
	}
	rewinddir(d);
	while (!rc && (e = readdir(d)) != NULL)
		if (!strncmp(e->d_name, ".staging.", 9) ||
		    (e->d_name[0] == '.' && strstr(e->d_name, ".tmp.")))
			rc = reg_remove_tree(dirfd, e->d_name);
	closedir(d);
	return rc;
}
