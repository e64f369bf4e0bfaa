/*
 * spawn.c - run one program from an argument vector (never a shell), in a
 * given folder, with a few environment overrides, capturing its stdout and
 * stderr together (at most WG_SPAWN_MAX_LOG bytes kept).  posix_spawnp
 * searches PATH, so wrapper scripts put first on PATH see every run.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define WG_SPAWN_MAX_LOG (64 * 1024)

/* environ with each "NAME=value" of `set` replacing or adding NAME. */
static char **env_with(const char *const *set)
{
	size_t n = 0, k = 0, extra = 0;
	char **env;

	while (environ[n])
		n++;
	while (set && set[extra])
		extra++;
	env = wg_calloc(n + extra + 1, sizeof(char *));
	if (!env)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		bool replaced = false;
		for (size_t j = 0; j < extra; j++) {
			size_t len = strcspn(set[j], "=") + 1;
			replaced |= !strncmp(environ[i], set[j], len);
		}
		if (!replaced)
			env[k++] = environ[i];
	}
	for (size_t j = 0; j < extra; j++)
		env[k++] = (char *)set[j];
	return env;
}

static void drain(int fd, wg_buf *log)
{
	char buf[4096];
	ssize_t r;

	while ((r = read(fd, buf, sizeof(buf))) != 0) {
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (log->len < WG_SPAWN_MAX_LOG)
			wg_buf_put(log, buf, (size_t)r);
	}
}

int wg_spawn(char *const *argv, const char *cwd, const char *const *env_set,
	     wg_buf *log, int *status)
{
	posix_spawn_file_actions_t fa;
	int fds[2], rc, ws = 0;
	char **env = env_with(env_set);
	pid_t pid;

	*status = -1;
	if (!env)
		return WG_ENOMEM;
	if (pipe2(fds, O_CLOEXEC)) {
		free(env);
		return wg_error_set(WG_EIO, "cannot make a pipe: %s", strerror(errno));
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 1);
	posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
	posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
	if (cwd)
		posix_spawn_file_actions_addchdir_np(&fa, cwd);
	rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, env);
	posix_spawn_file_actions_destroy(&fa);
	close(fds[1]);
	free(env);
	if (rc) {
		close(fds[0]);
		return wg_error_set(WG_EIO, "cannot run %s: %s", argv[0], strerror(rc));
	}
	drain(fds[0], log);
	close(fds[0]);
	while (waitpid(pid, &ws, 0) < 0)
		if (errno != EINTR)
			return wg_error_set(WG_EIO, "waiting for %s: %s", argv[0], strerror(errno));
	*status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
	if (wg_buf_puts(log, ""))
		return WG_ENOMEM;
	return 0;
}

char *wg_which(const char *prog)
{
	const char *path = getenv("PATH");
	char *copy, *save = NULL, *found = NULL;

	if (strchr(prog, '/'))
		return access(prog, X_OK) ? NULL : wg_strdup(prog);
	copy = wg_strdup(path && *path ? path : "/usr/local/bin:/usr/bin:/bin");
	if (!copy)
		return NULL;
	for (char *d = strtok_r(copy, ":", &save); d && !found; d = strtok_r(NULL, ":", &save)) {
		char *p = wg_asprintf("%s/%s", *d ? d : ".", prog);
		if (p && !access(p, X_OK))
			found = p;
		else
			free(p);
	}
	free(copy);
	return found;
}
