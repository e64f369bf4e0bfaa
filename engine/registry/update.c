/*
 * update.c - one change to the registry, the same way every time: open the
 * root, take the lock, check that the signing key is keys/registry.pub's,
 * load and verify the current index, let the caller change it (and write
 * its files), then sign and write the next index (version + 1, previous =
 * the digest of the one it replaces, a new expires).  Also yank and
 * refresh, which are changes of the index alone.
 */
#include "registry/registry_int.h"
#include "util/util.h"

#include <string.h>
#include <unistd.h>

/* The index names the audit keys in force when it was signed. */
static int set_audit_keys(int root, json_t *index)
{
	wg_key **keys = NULL;
	size_t n = 0;
	json_t *ids;
	int rc = reg_audit_keys_load(root, &keys, &n);

	if (rc)
		return rc;
	ids = reg_audit_key_ids(keys, n);
	reg_keys_free(keys, n);
	if (!ids || json_object_set_new(json_object_get(index, "keys"), "audit", ids))
		return wg_error_set(WG_ENOMEM, "index: out of memory");
	return 0;
}

static int clear_all_leftovers(int root)
{
	int hist, rc = reg_clear_leftovers(root);

	if (!rc && !(rc = reg_path_open(root, "history", 1, &hist))) {
		rc = reg_clear_leftovers(hist);
		close(hist);
	}
	return rc;
}

int reg_update(const char *dir, const wg_key *key, long expires_in, time_t now,
	       reg_change_fn change, reg_undo_fn undo, void *ctx)
{
	wg_key *pub = NULL;
	reg_index ix;
	int root, lock = -1, rc;

	if (!wg_key_can_sign(key))
		return wg_error_set(WG_EINVAL, "the registry key must be a private key");
	if ((rc = reg_root_open(dir, &root)) != 0)
		return rc;
	if ((rc = reg_lock(root, &lock)) != 0)
		goto out;
	if ((rc = reg_registry_key_load(root, &pub)) != 0)
		goto out;
	if (!wg_key_equal(pub, key)) {
		rc = wg_error_set(WG_EVERIFY, "the given key is not the registry's key (keys/registry.pub, %.16s...)",
				  wg_key_id(pub));
		goto out;
	}
	if ((rc = reg_index_load(root, pub, &ix)) != 0)
		goto out;
	rc = change(root, ix.index, ctx);
	if (rc == 0)
		rc = set_audit_keys(root, ix.index);
	if (rc == 0)
		rc = clear_all_leftovers(root);
	if (rc == 0)
		rc = reg_index_advance(ix.index, ix.sha256, now, expires_in);
	if (rc == 0 && (rc = reg_index_commit(root, key, ix.index)) != 0 && undo)
		undo(root, ctx);
	if (rc == REG_NO_CHANGE)
		rc = ix.stale_copy ? reg_index_repair(root, ix.index) : 0;
	reg_index_release(&ix);
out:
	wg_key_free(pub);
	reg_unlock(lock);
	close(root);
	return rc;
}

/* The entry of name@version, or NULL with a message. */
json_t *reg_entry_get(json_t *index, const char *name, const char *version)
{
	json_t *e = json_object_get(json_object_get(json_object_get(index, "plugins"), name), version);

	if (!json_is_object(e))
		wg_error_set(WG_EINVAL, "%s@%s: not in the registry", name, version);
	return json_is_object(e) ? e : NULL;
}

typedef struct {
	const char *name, *version, *reason;
	time_t now;
} yank_ctx;

static int yank_change(int root, json_t *index, void *p)
{
	yank_ctx *y = p;
	json_t *e = reg_entry_get(index, y->name, y->version);
	char when[21];

	(void)root;
	if (!e)
		return WG_EINVAL;
	if (json_is_true(json_object_get(e, "yanked")))
		return wg_error_set(WG_EEXISTS, "%s@%s: already yanked", y->name, y->version);
	reg_time_format(y->now, when);
	if (json_object_set_new(e, "yanked", json_true()) ||
	    json_object_set_new(e, "yank_reason", json_string(y->reason)) ||
	    json_object_set_new(e, "yanked_at", json_string(when)))
		return wg_error_set(WG_EINVAL, "yank: the reason must be UTF-8 text");
	return 0;
}

int wg_registry_yank(const char *dir, const wg_key *reg_key, const char *name,
		     const char *plugin_version, const char *reason, long expires_in)
{
	yank_ctx y = { name, plugin_version, reason, time(NULL) };
	int rc;

	if ((rc = wg_registry_name_check("name", name)) != 0 ||
	    (rc = wg_registry_name_check("version", plugin_version)) != 0)
		return rc;
	if (!reason || !*reason || strlen(reason) > 1024)
		return wg_error_set(WG_EINVAL, "yank: a reason of 1 to 1024 bytes is required");
	return reg_update(dir, reg_key, expires_in, y.now, yank_change, NULL, &y);
}

static int refresh_change(int root, json_t *index, void *p)
{
	(void)root;
	(void)index;
	(void)p;
	return 0;
}

int wg_registry_refresh(const char *dir, const wg_key *reg_key, long expires_in)
{
	return reg_update(dir, reg_key, expires_in, 0, refresh_change, NULL, NULL);
}
