/*
 * keys.c - the registry's public keys: keys/registry.pub (the key that signs
 * the index) and each keys/audit/NAME.pub (the audit keys whose attestations the
 * registry accepts), read through the no-symlink layout helpers.
 */
#include "registry/registry_int.h"
#include "util/util.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_PEM 8192

static int load_pub_at(int dirfd, const char *name, const char *label, wg_key **out)
{
	char *pem = NULL;
	size_t len = 0;
	int rc = reg_file_read(dirfd, name, MAX_PEM, &pem, &len);

	if (!rc)
		rc = wg_key_load_public_pem(pem, len, label, out);
	free(pem);
	return rc;
}

int reg_registry_key_load(int rootfd, wg_key **out)
{
	int fd, rc;

	if ((rc = reg_path_open(rootfd, "keys", 0, &fd)) != 0)
		return rc;
	rc = load_pub_at(fd, "registry.pub", "keys/registry.pub", out);
	close(fd);
	return rc;
}

void reg_keys_free(wg_key **keys, size_t n)
{
	for (size_t i = 0; i < n; i++)
		wg_key_free(keys[i]);
	free(keys);
}

static int is_pub(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && name[0] != '.' && !strcmp(name + n - 4, ".pub");
}

int reg_audit_keys_load(int rootfd, wg_key ***out, size_t *n)
{
	wg_key **keys = NULL;
	size_t count = 0;
	struct dirent *e;
	DIR *d;
	int fd, rc;

	*out = NULL;
	*n = 0;
	if ((rc = reg_path_open(rootfd, "keys/audit", 0, &fd)) != 0)
		return rc;
	if (!(d = fdopendir(fd))) {
		close(fd);
		return wg_error_set(WG_EIO, "keys/audit: cannot list");
	}
	if (!(keys = wg_calloc(REG_MAX_AUDIT_KEYS, sizeof(*keys)))) {
		closedir(d);
		return WG_ENOMEM;
	}
	while (!rc && (e = readdir(d)) != NULL) {
		char *label;

		if (!is_pub(e->d_name))
			continue;
		if (count == REG_MAX_AUDIT_KEYS) {
			rc = wg_error_set(WG_ELIMIT, "keys/audit: more than %d keys", REG_MAX_AUDIT_KEYS);
			break;
		}
		if (!(label = wg_asprintf("keys/audit/%s", e->d_name))) {
			rc = WG_ENOMEM;
			break;
		}
		rc = load_pub_at(dirfd(d), e->d_name, label, &keys[count]);
		free(label);
		if (!rc)
			count++;
	}
	closedir(d);
	if (!rc && !count)
		rc = wg_error_set(WG_EINVAL, "keys/audit: no audit key (*.pub)");
	if (rc) {
		reg_keys_free(keys, count);
		return rc;
	}
	*out = keys;
	*n = count;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

json_t *reg_audit_key_ids(wg_key *const *keys, size_t n)
{
	const char *ids[REG_MAX_AUDIT_KEYS];
	json_t *a = json_array();

	for (size_t i = 0; i < n && i < REG_MAX_AUDIT_KEYS; i++)
		ids[i] = wg_key_id(keys[i]);
	qsort(ids, n, sizeof(ids[0]), cmp_str);
	for (size_t i = 0; a && i < n; i++)
		json_array_append_new(a, json_string(ids[i]));
	return a;
}
