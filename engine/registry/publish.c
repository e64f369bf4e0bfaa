/*
 * publish.c - `registry publish`: one plugin version in.  Everything is
 * read and checked before the first write: the module, its name and
 * version (wasmgate.plugin section, else the options; both and different
 * is an error), the attestation against keys/audit/ (about these bytes,
 * decision approve), the registry key, the current index, immutability.
 * Then, under the lock: the files go into a staging folder beside the
 * version's, which is renamed into place, and the index is written last.
 * A failure undoes what was written, so a refusal or a full disk leaves
 * the tree as it was.
 */
#include "registry/registry_int.h"
#include "wasmgate/attest.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	const char *label;    /* the input's path, for messages */
	char *name;           /* file name in the version folder */
	char *data;
	size_t len;
} pub_file;

enum { F_WASM, F_ATTEST, F_SARIF, F_BUILD, F_COUNT };

typedef struct {
	const wg_publish_options *o;
	wg_publish_result *res;
	pub_file f[F_COUNT];
	wg_module *m;
	wg_plugin_id sec;                  /* its wasmgate.plugin section (lenient) */
	const char *name, *version;
	time_t now;
	bool made_name_dir, made_version;
} pub_ctx;

static int read_inputs(pub_ctx *c)
{
	const char *paths[F_COUNT] = { c->o->wasm_path, c->o->attestation_path,
				       c->o->sarif_path, c->o->build_json_path };
	uint64_t caps[F_COUNT] = { WG_REGISTRY_MAX_PLUGIN, REG_MAX_SMALL, REG_MAX_SMALL, REG_MAX_SMALL };
	int rc;

	if (!paths[F_WASM] || !paths[F_ATTEST])
		return wg_error_set(WG_EINVAL, "publish needs the plugin and its attestation");
	for (int i = 0; i < F_COUNT; i++) {
		c->f[i].label = paths[i];
		if (paths[i] && (rc = wg_file_read(paths[i], caps[i], &c->f[i].data, &c->f[i].len)) != 0)
			return rc;
	}
	if ((rc = wg_module_read_mem((const uint8_t *)c->f[F_WASM].data, c->f[F_WASM].len, NULL, &c->m)))
		return rc;
	if (c->m->status != WG_MODULE_OK)
		return wg_error_set(WG_EINVAL, "%s: not a valid module (%s at byte %llu)", paths[F_WASM],
				    c->m->error ? c->m->error : wg_module_status_name(c->m->status),
				    (unsigned long long)c->m->error_offset);
	return 0;
}

/* One of a: the section's, the option's; both must agree. */
static int pick(const char *what, const char *from_section, const char *from_opt, const char **out)
{
	if (from_section && from_opt && strcmp(from_section, from_opt))
		return wg_error_set(WG_EINVAL, "the module's wasmgate.plugin section says %s '%s', --%s says '%s'",
				    what, from_section, what, from_opt);
	*out = from_section ? from_section : from_opt;
	if (!*out)
		return wg_error_set(WG_EINVAL, "no %s: the module has no wasmgate.plugin section, give --%s",
				    what, what);
	return wg_registry_name_check(what, *out);
}

static int identify(pub_ctx *c)
{
	bool found;
	int rc = wg_plugin_section_read(c->m, WG_PLUGIN_SECTION_LENIENT, &c->sec, &found);

	if (!rc)
		rc = pick("name", c->sec.name, c->o->name, &c->name);
	if (!rc)
		rc = pick("version", c->sec.version, c->o->plugin_version, &c->version);
	if (rc)
		return rc;
	snprintf(c->res->name, sizeof(c->res->name), "%s", c->name);
	snprintf(c->res->plugin_version, sizeof(c->res->plugin_version), "%s", c->version);
	c->f[F_WASM].name = wg_asprintf("%s.wasm", c->name);
	c->f[F_ATTEST].name = wg_asprintf("%s.intoto.json", c->name);
	c->f[F_SARIF].name = wg_asprintf("%s.sarif", c->name);
	c->f[F_BUILD].name = wg_strdup("build.json");
	for (int i = 0; i < F_COUNT; i++)
		if (!c->f[i].name)
			return WG_ENOMEM;
	return 0;
}

static int check_attestation(pub_ctx *c, int root, wg_attestation_result *ar)
{
	wg_verify_options vo = WG_VERIFY_OPTIONS_INIT;
	wg_key **keys = NULL;
	size_t n = 0;
	int rc;

	vo.envelope_name = c->f[F_ATTEST].label;
	vo.subject_path = c->f[F_WASM].label;
	if ((rc = reg_audit_keys_load(root, &keys, &n)) != 0)
		return rc;
	rc = wg_attestation_verify(c->f[F_ATTEST].data, c->f[F_ATTEST].len,
				   (const wg_key *const *)keys, n, NULL, 0, c->m->sha256, &vo, ar);
	reg_keys_free(keys, n);
	if (rc && ar->num_failures)
		wg_error_set(rc, "refused: %s", ar->failures[0]);
	return rc;
}

static json_t *file_refs(pub_ctx *c)
{
	const char *keys[F_COUNT] = { "wasm", "attestation", "sarif", "build" };
	json_t *o = json_object();

	for (int i = 0; o && i < F_COUNT; i++) {
		char *path = wg_asprintf("plugins/%s/%s/%s", c->name, c->version, c->f[i].name);
		json_object_set_new(o, keys[i], c->f[i].data && path
				    ? reg_file_ref(path, c->f[i].data, c->f[i].len) : json_null());
		free(path);
	}
	return o;
}

static int write_staging(pub_ctx *c, int name_dir, const char *staging)
{
	int fd, rc = 0;

	reg_remove_tree(name_dir, staging);
	if (mkdirat(name_dir, staging, 0755) < 0)
		return wg_error_set(WG_EIO, "plugins/%s/%s: cannot create: %s", c->name, staging,
				    strerror(errno));
	if ((rc = reg_dir_open(name_dir, staging, 0, &fd)) != 0)
		return rc;
	for (int i = 0; !rc && i < F_COUNT; i++)
		if (c->f[i].data && (rc = wg_file_write_atomic_at(fd, c->f[i].name, c->f[i].data,
								   c->f[i].len, 0644)) != 0) {
			char *where = wg_asprintf("plugins/%s/%s", c->name, c->version);
			reg_error_prefix(rc, where ? where : "plugins");
			free(where);
		}
	if (!rc && fsync(fd) < 0)
		rc = wg_error_set(WG_EIO, "plugins/%s/%s: fsync: %s", c->name, staging, strerror(errno));
	close(fd);
	return rc;
}

/* Leftover of a publish that crashed before its index was written. */
static int clear_leftover(pub_ctx *c, int name_dir)
{
	struct stat st;

	if (fstatat(name_dir, c->version, &st, AT_SYMLINK_NOFOLLOW) < 0)
		return 0;
	if (!S_ISDIR(st.st_mode))
		return wg_error_set(WG_EINVAL, "plugins/%s/%s: is a symlink or not a directory, refusing",
				    c->name, c->version);
	return reg_remove_tree(name_dir, c->version);
}

static int write_version(pub_ctx *c, int root)
{
	char staging[WG_REGISTRY_MAX_NAME + 32];
	int plugins, name_dir, rc;

	snprintf(staging, sizeof(staging), ".staging.%s.%ld", c->version, (long)getpid());
	if ((rc = reg_dir_open(root, "plugins", 0, &plugins)) != 0)
		return rc;
	c->made_name_dir = !reg_exists(plugins, c->name);
	rc = reg_dir_open(plugins, c->name, 1, &name_dir);
	close(plugins);
	if (rc)
		return rc;
	rc = clear_leftover(c, name_dir);
	if (!rc)
		rc = reg_clear_leftovers(name_dir);
	if (!rc && !(rc = write_staging(c, name_dir, staging))) {
		if (renameat(name_dir, staging, name_dir, c->version) < 0)
			rc = wg_error_set(WG_EIO, "plugins/%s/%s: cannot rename into place: %s", c->name,
					  c->version, strerror(errno));
		else
			c->made_version = true;
		fsync(name_dir);
	}
	if (rc)
		reg_remove_tree(name_dir, staging);
	close(name_dir);
	return rc;
}

static void undo_version(int root, void *p)
{
	pub_ctx *c = p;
	int plugins;

	if (reg_dir_open(root, "plugins", 0, &plugins))
		return;
	if (c->made_name_dir) {
		reg_remove_tree(plugins, c->name);
	} else if (c->made_version) {
		int name_dir;
		if (!reg_dir_open(plugins, c->name, 0, &name_dir)) {
			reg_remove_tree(name_dir, c->version);
			close(name_dir);
		}
	}
	close(plugins);
}

static int publish_change(int root, json_t *index, void *p)
{
	pub_ctx *c = p;
	wg_attestation_result ar;
	json_t *plugins = json_object_get(index, "plugins"), *versions, *old, *files, *entry;
	char hex[65];
	int rc;

	memset(&ar, 0, sizeof(ar));
	c->res->index_version = json_integer_value(json_object_get(index, "version"));
	if ((rc = check_attestation(c, root, &ar)) != 0)
		goto out;
	versions = json_object_get(plugins, c->name);
	old = json_object_get(versions, c->version);
	wg_hex(c->m->sha256, 32, hex);
	if (old) {
		const char *had = json_string_value(json_object_get(old, "sha256"));
		rc = had && !strcmp(had, hex) ? REG_NO_CHANGE
			: wg_error_set(WG_EEXISTS, "refused: %s@%s is already published with other bytes (sha256 %.16s...); versions are immutable",
				       c->name, c->version, had ? had : "?");
		c->res->unchanged = rc == REG_NO_CHANGE;
		goto out;
	}
	files = file_refs(c);
	entry = reg_entry_build(&(reg_entry_input){ c->m, &ar, c->f[F_ATTEST].data, c->f[F_ATTEST].len,
						    &c->sec, files, c->now });
	json_decref(files);
	if (!entry) {
		rc = WG_ENOMEM;
		goto out;
	}
	if (!versions)
		json_object_set_new(plugins, c->name, versions = json_object());
	if (!json_is_object(versions)) {
		json_decref(entry);
		rc = wg_error_set(WG_EPARSE, "index: plugins.%s is not an object", c->name);
		goto out;
	}
	if (!(rc = write_version(c, root))) {
		json_object_set_new(versions, c->version, entry);
		c->res->index_version++;
	} else {
		json_decref(entry);
		undo_version(root, c);
	}
out:
	wg_attestation_result_free(&ar);
	return rc;
}

int wg_registry_publish(const char *dir, const wg_key *reg_key,
			const wg_publish_options *opts, wg_publish_result *res)
{
	pub_ctx c;
	int rc;

	memset(&c, 0, sizeof(c));
	memset(res, 0, sizeof(*res));
	c.o = opts;
	c.res = res;
	c.now = opts->now ? opts->now : time(NULL);
	rc = read_inputs(&c);
	if (!rc)
		rc = identify(&c);
	if (!rc)
		rc = reg_update(dir, reg_key, opts->expires_in, c.now, publish_change, undo_version, &c);
	for (int i = 0; i < F_COUNT; i++) {
		free(c.f[i].data);
		free(c.f[i].name);
	}
	wg_plugin_id_clear(&c.sec);
	wg_module_free(c.m);
	return rc;
}
