/*
 * postpass.c - the binaryen post-pass over a linked module, through
 * libbinaryen's C API: keep exactly the manifest's exports, set the memory
 * maximum from the manifest (none: no maximum), optimise at the manifest's
 * level, strip DWARF / names / producers / target_features unless
 * keep_debug, append the `wasmgate.plugin` section.
 *
 * binaryen's optimiser settings are process-wide and it exits the process
 * on input it cannot read, so: the linked module is first read and
 * validated by our own reader (wabt), and one post-pass runs at a time.
 */
#include "builder/build_int.h"
#include "util/util.h"
#include "wasmgate/module.h"

#include <binaryen-c.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

static bool listed(const wg_manifest *m, const char *name)
{
	for (size_t i = 0; i < m->exports.count; i++)
		if (!strcmp(m->exports.items[i], name))
			return true;
	return false;
}

/* Every manifest export exists; the memory fits the manifest's maximum. */
static int check_linked(const wg_plan *p, const uint8_t *data, size_t len, wg_memory *mem,
			bool *has_mem)
{
	const wg_manifest *m = p->t->manifest;
	wg_module *mod = NULL;
	int rc = wg_module_read_mem(data, len, NULL, &mod);

	if (rc)
		return rc;
	if (mod->status != WG_MODULE_OK) {
		rc = wg_error_set(WG_EINVAL, "%s: the linker's output is not a valid module: %s",
				  p->who, mod->error ? mod->error : "?");
		goto out;
	}
	for (size_t i = 0; i < m->exports.count && !rc; i++) {
		bool found = false;
		for (size_t k = 0; k < mod->num_exports && !found; k++)
			found = !strcmp(mod->exports[k].name, m->exports.items[i]);
		if (!found)
			rc = wg_error_set(WG_EINVAL, "%s: export '%s' (plugin.yml exports) is not in the linked module",
					  p->who, m->exports.items[i]);
	}
	*has_mem = mod->num_memories > 0;
	if (*has_mem)
		*mem = mod->memories[0];
	if (!rc && *has_mem && m->has_max_pages && mem->initial > m->max_pages)
		rc = wg_error_set(WG_EINVAL, "%s: the linked memory starts at %llu pages, above memory.max_pages (%u); set memory.initial_pages",
				  p->who, (unsigned long long)mem->initial, m->max_pages);
	if (!rc && *has_mem && mem->shared && !m->has_max_pages)
		rc = wg_error_set(WG_EINVAL, "%s: a shared memory needs memory.max_pages", p->who);
out:
	wg_module_free(mod);
	return rc;
}

static void keep_exports(BinaryenModuleRef mod, const wg_manifest *m)
{
	BinaryenIndex i = 0;

	while (i < BinaryenGetNumExports(mod)) {
		const char *name = BinaryenExportGetName(BinaryenGetExportByIndex(mod, i));
		if (listed(m, name))
			i++;
		else
			BinaryenRemoveExport(mod, name);
	}
}

static void optimise(BinaryenModuleRef mod, const char *level)
{
	int opt = 2, shrink = 0;

	if (!strcmp(level, "O0"))
		return;
	if (level[1] >= '1' && level[1] <= '3')
		opt = level[1] - '0';
	else
		shrink = level[1] == 's' ? 1 : 2;
	BinaryenSetOptimizeLevel(opt);
	BinaryenSetShrinkLevel(shrink);
	BinaryenModuleOptimize(mod);
}

static void strip(BinaryenModuleRef mod)
{
	const char *passes[] = { "strip-debug", "strip-producers", "strip-target-features" };

	BinaryenModuleRunPasses(mod, passes, 3);
}

/* Rewrite the module; *out is malloc'd. */
static int rewrite(const wg_plan *p, uint8_t *data, size_t len, const wg_memory *mem,
		   bool has_mem, uint8_t **out, size_t *out_len)
{
	const wg_manifest *m = p->t->manifest;
	const wg_variant *v = p->t->variant;
	wg_plugin_id id = { .name = m->name, .version = m->version_text, .abi = m->abi,
			    .toolchain = (char *)wg_toolchain_name(p->t->toolchain),
			    .variant = v ? v->name : "", .capabilities = m->capabilities.items,
			    .num_capabilities = m->capabilities.count,
			    .has_capabilities = m->has_capabilities };
	BinaryenModuleAllocateAndWriteResult w;
	BinaryenModuleRef mod;
	char *section;
	size_t slen;
	int rc = wg_plugin_section_encode(&id, &section, &slen);

	if (rc)
		return rc;
	mod = BinaryenModuleRead((char *)data, len);
	keep_exports(mod, m);
	if (has_mem)
		BinaryenSetMemory(mod, (BinaryenIndex)mem->initial,
				  m->has_max_pages ? m->max_pages : (BinaryenIndex)-1, NULL, NULL,
				  NULL, NULL, NULL, 0, mem->shared);
	BinaryenSetDebugInfo(m->keep_debug);
	optimise(mod, m->optimisation);
	if (!m->keep_debug)
		strip(mod);
	BinaryenAddCustomSection(mod, WG_PLUGIN_SECTION, section, (BinaryenIndex)slen);
	free(section);
	w = BinaryenModuleAllocateAndWrite(mod, NULL);
	BinaryenModuleDispose(mod);
	free(w.sourceMap);
	if (!w.binary)
		return wg_error_set(WG_ENOMEM, "%s: binaryen could not write the module", p->who);
	*out = w.binary;
	*out_len = w.binaryBytes;
	return 0;
}

int wg_postpass(const wg_plan *p, const uint8_t *in, size_t len, uint8_t **out,
		size_t *out_len)
{
	wg_memory mem;
	bool has_mem = false;
	uint8_t *copy;
	wg_module *check = NULL;
	int rc = check_linked(p, in, len, &mem, &has_mem);

	*out = NULL;
	if (rc)
		return rc;
	copy = wg_malloc(len ? len : 1);
	if (!copy)
		return WG_ENOMEM;
	memcpy(copy, in, len);
	pthread_mutex_lock(&lock);
	rc = rewrite(p, copy, len, &mem, has_mem, out, out_len);
	pthread_mutex_unlock(&lock);
	free(copy);
	if (rc)
		return rc;
	rc = wg_module_read_mem(*out, *out_len, NULL, &check);
	if (!rc && check->status != WG_MODULE_OK)
		rc = wg_error_set(WG_EINVAL, "%s: the post-pass output does not validate: %s", p->who,
				  check->error ? check->error : "?");
	wg_module_free(check);
	if (rc) {
		free(*out);
		*out = NULL;
	}
	return rc;
}
