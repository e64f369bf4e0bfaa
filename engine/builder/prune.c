/*
 * prune.c - keeping the build cache bounded (wg_build_cache_prune): the
 * cache is restored and saved whole by CI (actions/cache), so without a
 * bound it only grows.  Least recently used goes first: a hit touches its
 * entry (wg_cache_touch), and pruning deletes the oldest modules in
 * DIR/wasm/ until the rest fit in the budget, then the DIR/deps/ lists
 * older than the oldest module kept.  Only regular files named by a
 * 64-digit hex key are considered; nothing is followed through a symlink.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	char name[65];
	struct timespec mtime;
	uint64_t size;
} entry;

static bool is_key(const char *s)
{
	size_t n = strspn(s, "0123456789abcdef");

	return n == 64 && !s[n];
}

static int newest_first(const void *a, const void *b)
{
	const struct timespec *x = &((const entry *)a)->mtime, *y = &((const entry *)b)->mtime;

	if (x->tv_sec != y->tv_sec)
		return x->tv_sec < y->tv_sec ? 1 : -1;
	return x->tv_nsec < y->tv_nsec ? 1 : x->tv_nsec > y->tv_nsec ? -1 : 0;
}

/* The key-named regular files of `dirfd`, newest first. */
static int list(int dirfd, entry **out, size_t *n)
{
	int fd = dup(dirfd);
	DIR *d = fd < 0 ? NULL : fdopendir(fd);
	struct dirent *e;
	size_t cap = 0;

	*out = NULL;
	*n = 0;
	if (!d) {
		if (fd >= 0)
			close(fd);
		return wg_error_set(WG_EIO, "cannot read the cache: %s", strerror(errno));
	}
	while ((e = readdir(d)) != NULL) {
		struct stat st;
		entry *slot;

		if (!is_key(e->d_name) || fstatat(dirfd, e->d_name, &st, AT_SYMLINK_NOFOLLOW) ||
		    !S_ISREG(st.st_mode))
			continue;
		if (!(slot = WG_ARRAY_PUSH(*out, *n, cap))) {
			closedir(d);
			return WG_ENOMEM;
		}
		memcpy(slot->name, e->d_name, 65);
		slot->mtime = st.st_mtim;
		slot->size = (uint64_t)st.st_size;
	}
	closedir(d);
	if (*n)
		qsort(*out, *n, sizeof(**out), newest_first);
	return 0;
}

static int open_sub(const char *dir, const char *sub)
{
	char *path = wg_asprintf("%s/%s", dir, sub);
	int fd = path ? open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) : -1;

	free(path);
	return fd;
}

/* Delete the modules past the budget; *oldest = the oldest one kept. */
static int prune_wasm(int fd, uint64_t max_bytes, wg_build_prune_stats *s, struct timespec *oldest)
{
	entry *e;
	size_t n;
	uint64_t total = 0;
	int rc = list(fd, &e, &n);

	for (size_t i = 0; !rc && i < n; i++) {
		if (total + e[i].size <= max_bytes) {
			total += e[i].size;
			*oldest = e[i].mtime;
			s->kept++;
			s->kept_bytes += e[i].size;
		} else if (unlinkat(fd, e[i].name, 0) == 0 || errno == ENOENT) {
			s->removed++;
			s->removed_bytes += e[i].size;
		}
	}
	free(e);
	return rc;
}

int wg_build_cache_prune(const char *cache_dir, uint64_t max_bytes, wg_build_prune_stats *stats)
{
	wg_build_prune_stats s = { 0 };
	struct timespec oldest = { 0, 0 };
	int wasm, deps, rc = 0;

	if ((wasm = open_sub(cache_dir, "wasm")) >= 0) {
		oldest.tv_sec = -1;
		rc = prune_wasm(wasm, max_bytes, &s, &oldest);
		close(wasm);
	} else if (errno != ENOENT) {
		rc = wg_error_set(WG_EIO, "%s/wasm: %s", cache_dir, strerror(errno));
	}
	if (!rc && s.removed && (deps = open_sub(cache_dir, "deps")) >= 0) {
		entry *e;
		size_t n;

		if (!(rc = list(deps, &e, &n)))
			for (size_t i = 0; i < n; i++)
				if (newest_first(&e[i], &(entry){ .mtime = oldest }) > 0)
					unlinkat(deps, e[i].name, 0);
		free(e);
		close(deps);
	}
	if (stats)
		*stats = s;
	return rc;
}

void wg_cache_touch(const wg_plan *p)
{
	char *path;

	if (!p->o->cache_dir)
		return;
	if ((path = wg_asprintf("%s/wasm/%s", p->o->cache_dir, p->key)))
		utimensat(AT_FDCWD, path, NULL, AT_SYMLINK_NOFOLLOW);
	free(path);
	if ((path = wg_asprintf("%s/deps/%s", p->o->cache_dir, p->key0)))
		utimensat(AT_FDCWD, path, NULL, AT_SYMLINK_NOFOLLOW);
	free(path);
}
