/*
 * baseline.c - the capability diff against the last approved version of
 * the same plugin (--baseline): every import (module.field), WASI
 * capability class and feature the module uses and the baseline did not
 * is a warning of its own (WG1100 / WG1101 / WG1102): new permissions
 * need a human.  The baseline is a .wasm file, or a directory holding
 * <plugin>.wasm; a directory without it means the plugin is new: no diff,
 * and the report names the file it looked for (baseline_path without
 * has_baseline).  A single file must be the same plugin (same name): a
 * different one is an error, never a silent comparison.  An import that
 * imports.allow grants is no new permission: not reported.  The baseline is read with the
 * same limits; what it holds is compared even if it did not read cleanly.
 * Imports are compared through hash sets (util/strset.c): linear time.
 */
#include "audit/audit_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static uint32_t capabilities(const wg_module *m)
{
	uint32_t caps = 0;

	for (size_t i = 0; i < m->num_imports; i++)
		caps |= wg_capability_of(m->imports[i].module, m->imports[i].field);
	return caps;
}

/* Every import of the module that the baseline does not have, once per
 * name: two hash sets, so the diff is linear in both import counts. */
static int new_imports(wg_actx *c, const wg_module *b)
{
	const wg_module *m = c->m;
	wg_strset before, seen;
	int rc = WG_OK;

	wg_strset_init(&before);
	wg_strset_init(&seen);
	for (size_t i = 0; !rc && i < b->num_imports; i++) {
		bool added;

		rc = wg_strset_add(&before, b->imports[i].module, b->imports[i].field, &added);
	}
	for (size_t i = 0; !rc && i < m->num_imports; i++) {
		const wg_import *im = &m->imports[i];
		bool added;
		char *name;

		if (wg_strset_has(&before, im->module, im->field))
			continue;
		if ((rc = wg_strset_add(&seen, im->module, im->field, &added)) || !added)
			continue;                              /* once per name */
		if (!(name = wg_asprintf("%s.%s", im->module, im->field))) {
			rc = WG_ENOMEM;
			break;
		}
		if (wg_import_allowed(c->policy, im, name)) {   /* the rules grant it to everyone */
			free(name);
			continue;
		}
		rc = wg_audit_add(c, WG_RULE_NEW_IMPORT, WG_SEV_WARNING, name, WG_AT(im->offset),
				  "Imports %s, which the approved version did not.", name);
		free(name);
	}
	wg_strset_free(&before);
	wg_strset_free(&seen);
	return rc;
}

static int new_bits(wg_actx *c, uint32_t now, uint32_t before, bool caps)
{
	int rc = WG_OK;

	for (unsigned i = 0; !rc && i < 32; i++) {
		uint32_t bit = 1u << i;
		const char *name;

		if (!(now & bit) || (before & bit))
			continue;
		name = caps ? wg_capability_name((wg_capability)bit)
			    : wg_feature_name((wg_feature)bit);
		if (!name)
			continue;
		if (caps)
			rc = wg_audit_add(c, WG_RULE_NEW_CAPABILITY, WG_SEV_WARNING, name, WG_AT_NONE,
					  "Uses the %s capability class, which the approved version did not.", name);
		else
			rc = wg_audit_add(c, WG_RULE_NEW_FEATURE, WG_SEV_WARNING, name, wg_at_feature(c->m, i),
					  "Uses the WebAssembly feature %s, which the approved version did not.", name);
	}
	return rc;
}

/* The baseline file for this plugin; NULL with *rc == WG_OK when a
 * directory has none (*missing: the file looked for). */
static char *baseline_file(const char *path, const char *plugin, int *rc, char **missing)
{
	struct stat st;
	char *f, *name;

	*rc = WG_OK;
	if (stat(path, &st) < 0) {
		*rc = wg_error_set(WG_EIO, "%s: baseline not found", path);
		return NULL;
	}
	if (!S_ISDIR(st.st_mode)) {
		if (!(name = wg_basename_noext(path, ".wasm"))) {
			*rc = WG_ENOMEM;
			return NULL;
		}
		if (strcmp(name, plugin))
			*rc = wg_error_set(WG_EINVAL, "--baseline %s is plugin '%s', not '%s': give the same "
					   "plugin's approved file, or a folder of <plugin>.wasm", path, name, plugin);
		free(name);
		if (*rc)
			return NULL;
		f = wg_strdup(path);
	} else if ((f = wg_asprintf("%s/%s.wasm", path, plugin)) && access(f, F_OK) != 0) {
		*missing = f;
		return NULL;
	}
	if (!f)
		*rc = WG_ENOMEM;
	return f;
}

int wg_audit_baseline(wg_actx *c, const char *path)
{
	wg_module *b = NULL;
	int rc;
	char *missing = NULL;
	char *file = baseline_file(path, c->r->plugin, &rc, &missing);

	if (!file) {
		c->r->baseline_path = missing;   /* looked for, absent: a new plugin */
		return rc;
	}
	rc = wg_module_read_file(file, &c->policy->limits, &b);
	if (!rc) {
		c->r->has_baseline = true;
		c->r->baseline_path = file;
		file = NULL;
		rc = new_imports(c, b);
	}
	if (!rc)
		rc = new_bits(c, capabilities(c->m), capabilities(b), true);
	if (!rc)
		rc = new_bits(c, c->m->features, b->features, false);
	wg_module_free(b);
	free(file);
	return rc;
}
