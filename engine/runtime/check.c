/*
 * check.c - steps 4 and 5 on the bytes in the cache (never the index's
 * claims alone): the sha256 again, the attestation (a trusted audit key,
 * subject = these bytes, decision approve), then compatibility with the
 * host profile read from the module itself: the wasmgate.plugin section's
 * abi "NAME/N" within the host's range, every feature used supported,
 * every import provided, every memory declaring a maximum within the limit.
 */
#include "runtime/runtime_int.h"
#include "registry/registry_int.h"
#include "wasmgate/attest.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

static void check_abi(wg_runtime_plugin *p, const wg_host *h, const char *abi)
{
	size_t n = strlen(h->abi.name);
	char *end;
	unsigned long long v;

	if (!abi) {
		rt_reason(p, "incompatible: no abi in its wasmgate.plugin section (host takes %s/%llu..%llu)",
			  h->abi.name, (unsigned long long)h->abi.min, (unsigned long long)h->abi.max);
		return;
	}
	v = strncmp(abi, h->abi.name, n) || abi[n] != '/' ? 0 : strtoull(abi + n + 1, &end, 10);
	if (!v || *end || v < h->abi.min || v > h->abi.max)
		rt_reason(p, "incompatible ABI '%s' (host takes %s/%llu..%llu)", abi, h->abi.name,
			  (unsigned long long)h->abi.min, (unsigned long long)h->abi.max);
}

static void check_module(wg_runtime_plugin *p, const wg_host *h, const uint8_t *b, size_t len)
{
	wg_module *m = NULL;
	wg_plugin_id sec;
	bool found;

	if (wg_module_read_mem(b, len, NULL, &m) || m->status != WG_MODULE_OK) {
		rt_reason(p, "the module does not decode: %s", m && m->error ? m->error : wg_error_last());
		wg_module_free(m);
		return;
	}
	if (wg_plugin_section_read(m, WG_PLUGIN_SECTION_LENIENT, &sec, &found))
		rt_reason(p, "%s", wg_error_last());
	else
		check_abi(p, h, sec.abi);
	wg_plugin_id_clear(&sec);
	for (int i = 0; i < WG_FEATURE_COUNT; i++)
		if ((m->features & (1u << i)) && !(h->features & (1u << i)))
			rt_reason(p, "incompatible: uses feature '%s' the host engine does not support",
				  wg_feature_name((wg_feature)(1u << i)));
	for (size_t i = 0; i < m->num_imports; i++)
		if (!wg_host_provides(h, m->imports[i].module, m->imports[i].field))
			rt_reason(p, "incompatible: imports %s.%s, which the host does not provide",
				  m->imports[i].module, m->imports[i].field);
	for (size_t i = 0; i < m->num_memories; i++)
		if (!m->memories[i].has_max || m->memories[i].max > h->max_memory_pages)
			rt_reason(p, "incompatible: memory %zu maximum %s%llu pages is over the host's %llu", i,
				  m->memories[i].has_max ? "" : "(none) ",
				  (unsigned long long)m->memories[i].max, (unsigned long long)h->max_memory_pages);
	wg_module_free(m);
}

static void check_one(rt_run *r, wg_runtime_plugin *p, json_t *entry)
{
	const char *as = json_string_value(json_object_get(json_object_get(json_object_get(entry, "files"), "attestation"), "sha256"));
	char *wpath = wg_asprintf("%s/cache/%s", r->dir, p->sha256);
	char *apath = wg_asprintf("%s/cache/%s", r->dir, as ? as : "none");
	char *wasm = NULL, *att = NULL;
	size_t wl = 0, al = 0;
	uint8_t h[32];
	char hex[65];
	wg_verify_options vo = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result ar = { .version = 1 };

	if (!wpath || !apath || wg_file_read(wpath, WG_REGISTRY_MAX_PLUGIN, &wasm, &wl) ||
	    wg_file_read(apath, WG_REGISTRY_MAX_PLUGIN, &att, &al)) {
		rt_reason(p, "cannot read the cached files: %s", wg_error_last());
		goto out;
	}
	wg_sha256(wasm, wl, h);
	wg_hex(h, 32, hex);
	hex[64] = '\0';
	if (strcmp(hex, p->sha256)) {
		rt_reason(p, "the cached bytes' sha256 %s is not %s (tampered)", hex, p->sha256);
		goto out;
	}
	vo.subject_path = p->name;
	if (wg_attestation_verify(att, al, (const wg_key *const *)r->h->audit_keys, r->h->num_audit_keys,
				  (const uint8_t *)wasm, wl, NULL, &vo, &ar))
		rt_reason(p, "attestation: %s", wg_error_last());
	rt_progress(r, "verify", p->name, 1, 1);
	check_module(p, r->h, (const uint8_t *)wasm, wl);
out:
	wg_attestation_result_free(&ar);
	free(wasm);
	free(att);
	free(wpath);
	free(apath);
}

int rt_plugins_check(rt_run *r)
{
	int bad = 0;

	for (size_t i = 0; i < r->res->num_plugins; i++) {
		wg_runtime_plugin *p = &r->res->plugins[i];
		json_t *e = json_object_get(json_object_get(json_object_get(r->index, "plugins"), p->name),
					    p->version);
		check_one(r, p, e);
		bad |= p->num_reasons > 0;
	}
	return bad ? WG_EVERIFY : 0;
}
