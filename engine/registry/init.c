/*
 * init.c - `registry init`: a new registry directory with its keys, the
 * empty index (version 1, previous null) signed by the registry key and
 * the lock file; and the check every plugin name and version passes.
 */
#include "registry/registry_int.h"
#include "util/util.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int wg_registry_name_check(const char *what, const char *name)
{
	size_t n = name ? strlen(name) : 0;

	if (!n)
		return wg_error_set(WG_EINVAL, "plugin %s is empty", what);
	if (n > WG_REGISTRY_MAX_NAME)
		return wg_error_set(WG_EINVAL, "plugin %s is longer than %d bytes", what,
				    WG_REGISTRY_MAX_NAME);
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)name[i];
		bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

		if (!alnum && (i == 0 || !strchr("._+-", c)))
			return wg_error_set(WG_EINVAL,
					    "plugin %s '%.64s' has '%s%c' at byte %zu (allowed: a-z 0-9 . _ + -, starting with a-z or 0-9)",
					    what, name, c < 0x20 || c >= 0x7f ? "\\x" : "",
					    c < 0x20 || c >= 0x7f ? '?' : c, i);
	}
	if (strstr(name, ".."))
		return wg_error_set(WG_EINVAL, "plugin %s '%s' contains '..'", what, name);
	return 0;
}

static int dir_is_empty(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int empty = 1;

	if (!d)
		return errno == ENOENT;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			empty = 0;
	closedir(d);
	return empty;
}

static int write_pub(int dirfd, const char *name, const wg_key *k)
{
	char *pem = NULL;
	int rc = wg_key_write_public_pem(k, &pem);

	if (!rc)
		rc = wg_file_write_atomic_at(dirfd, name, pem, strlen(pem), 0644);
	free(pem);
	return rc;
}

static int write_keys(int root, const wg_key *reg_key, const wg_key *const *audit, size_t n)
{
	int keys, adir, rc;

	if ((rc = reg_path_open(root, "keys", 1, &keys)) != 0)
		return rc;
	rc = write_pub(keys, "registry.pub", reg_key);
	if (!rc && !(rc = reg_dir_open(keys, "audit", 1, &adir))) {
		for (size_t i = 0; !rc && i < n; i++) {
			char *name = wg_asprintf("%.16s.pub", wg_key_id(audit[i]));
			rc = name ? write_pub(adir, name, audit[i]) : WG_ENOMEM;
			free(name);
		}
		close(adir);
	}
	close(keys);
	return rc;
}

json_t *reg_index_empty(const wg_key *reg_key)
{
	return json_pack("{s:i, s:i, s:n, s:s, s:s, s:{s:s, s:[]}, s:{}}", "format",
			 WG_REGISTRY_FORMAT, "version", 0, "previous", "expires", "", "updated", "",
			 "keys", "registry", wg_key_id(reg_key), "audit", "plugins");
}

int wg_registry_init(const char *dir, const wg_key *reg_key,
		     const wg_key *const *audit_keys, size_t num_audit_keys, long expires_in)
{
	json_t *index;
	char when[21];
	time_t now = time(NULL);
	int root, fd, rc;

	if (!wg_key_can_sign(reg_key))
		return wg_error_set(WG_EINVAL, "the registry key must be a private key");
	if (!num_audit_keys)
		return wg_error_set(WG_EINVAL, "at least one audit key is needed");
	if (!dir_is_empty(dir))
		return wg_error_set(WG_EEXISTS, "%s: exists and is not empty, not making a registry there", dir);
	if ((rc = wg_dir_create(dir, 0755)) != 0 || (rc = reg_root_open(dir, &root)) != 0)
		return rc;
	rc = write_keys(root, reg_key, audit_keys, num_audit_keys);
	if (!rc && !(rc = reg_lock(root, &fd)))
		reg_unlock(fd);
	if (!rc && !(rc = reg_path_open(root, "plugins", 1, &fd)))
		close(fd);
	if (!rc && !(index = reg_index_empty(reg_key)))
		rc = WG_ENOMEM;
	if (!rc) {
		reg_time_format(now + (expires_in > 0 ? expires_in : WG_REGISTRY_DEFAULT_EXPIRES), when);
		json_object_set_new(index, "version", json_integer(1));
		json_object_set_new(index, "expires", json_string(when));
		reg_time_format(now, when);
		json_object_set_new(index, "updated", json_string(when));
		for (size_t i = 0; i < num_audit_keys; i++)
			json_array_append_new(json_object_get(json_object_get(index, "keys"), "audit"),
					      json_string(wg_key_id(audit_keys[i])));
		rc = reg_index_commit(root, reg_key, index);
		json_decref(index);
	}
	close(root);
	return rc;
}
