/*
 * entry.c - the index entry of one plugin version, built from what the
 * registry itself read: the module (size, sha256, features, imports and
 * their capability classes, memories), the verified attestation (decision,
 * finding counts, rules name and digest, the waivers that approved it,
 * when it was audited, which audit key signed it) and the files stored.
 * Only integers, strings, booleans and null: the index has no floats.
 */
#include "registry/registry_int.h"
#include "wasmgate/attest.h"
#include "wasmgate/capability.h"
#include "wasmgate/dsse.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <string.h>

#define MAX_WAIVERS 1000
#define MAX_TEXT 1024

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

static json_t *module_features(const wg_module *m)
{
	json_t *a = json_array();

	for (int i = 0; a && i < WG_FEATURE_COUNT; i++)
		if (m->features & (1u << i))
			json_array_append_new(a, json_string(wg_feature_name((wg_feature)(1u << i))));
	return a;
}

static json_t *module_imports(const wg_module *m, json_t *classes)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_imports; i++) {
		const wg_import *im = &m->imports[i];
		wg_capability c = wg_capability_of(im->module, im->field);
		const char *cname = c ? wg_capability_name(c) : NULL;

		json_array_append_new(a, json_pack("{s:s%, s:s%, s:s, s:o}", "module", im->module,
						   strlen(im->module), "field", im->field,
						   strlen(im->field), "kind", wg_extern_kind_name(im->kind),
						   "capability", str_or_null(cname)));
		if (cname)
			json_object_set_new(classes, cname, json_true());
	}
	return a;
}

static json_t *module_memories(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_memories; i++) {
		const wg_memory *mem = &m->memories[i];

		json_array_append_new(a, json_pack("{s:I, s:o, s:b, s:b, s:b}", "initial_pages",
						   (json_int_t)mem->initial, "maximum_pages",
						   mem->has_max ? json_integer((json_int_t)mem->max) : json_null(),
						   "shared", mem->shared, "memory64", mem->is64, "imported",
						   mem->imported));
	}
	return a;
}

static json_t *object_keys(json_t *set)
{
	json_t *a = json_array(), *v;
	const char *k;

	json_object_foreach(set, k, v)
		json_array_append_new(a, json_string(k));
	return a;
}

static const char *text_field(json_t *o, const char *key)
{
	const char *s = json_string_value(json_object_get(o, key));

	return s && strlen(s) <= MAX_TEXT ? s : NULL;
}

/* The approving waivers, copied field by field from the verified statement. */
static json_t *attested_waivers(const char *envelope, size_t len)
{
	wg_dsse_envelope *env = NULL;
	json_t *st, *list, *w, *out = json_array();
	size_t i;

	if (!out || wg_dsse_parse(envelope, len, "attestation", &env))
		return out;
	st = json_loadb((const char *)env->payload, env->payload_len, 0, NULL);
	list = json_object_get(json_object_get(json_object_get(st, "predicate"), "wasmgate"), "waivers");
	json_array_foreach(list, i, w) {
		if (i == MAX_WAIVERS)
			break;
		json_array_append_new(out, json_pack("{s:o, s:o, s:o, s:o, s:o}",
			"rule", str_or_null(text_field(w, "rule")), "item", str_or_null(text_field(w, "item")),
			"reason", str_or_null(text_field(w, "reason")),
			"approved_by", str_or_null(text_field(w, "approved_by")),
			"expires", str_or_null(text_field(w, "expires"))));
	}
	json_decref(st);
	wg_dsse_envelope_free(env);
	return out;
}

json_t *reg_file_ref(const char *path, const void *data, size_t len)
{
	uint8_t sha[32];
	char hex[65];

	wg_sha256(data, len, sha);
	wg_hex(sha, 32, hex);
	return json_pack("{s:s, s:s, s:I}", "path", path, "sha256", hex, "size", (json_int_t)len);
}

json_t *reg_entry_build(const reg_entry_input *in)
{
	const wg_attestation_result *ar = in->attestation;
	const wg_module *m = in->module;
	json_t *classes = json_object(), *e;
	char hex[65], when[21];

	wg_hex(m->sha256, 32, hex);
	reg_time_format(in->now, when);
	e = json_pack("{s:s, s:I, s:o, s:o, s:o, s:o, s:o, s:s, s:{s:I, s:I, s:I}, s:{s:o, s:o},"
		      " s:o, s:o, s:s, s:s, s:b, s:n, s:n}",
		      "sha256", hex, "size", (json_int_t)m->size,
		      "abi", str_or_null(in->section->abi), "toolchain", str_or_null(in->section->toolchain),
		      "features", module_features(m),
		      "imports", module_imports(m, classes),
		      "memories", module_memories(m),
		      "decision", "approve",
		      "counts", "error", (json_int_t)ar->counts[WG_SEV_ERROR],
		      "warning", (json_int_t)ar->counts[WG_SEV_WARNING], "note",
		      (json_int_t)ar->counts[WG_SEV_NOTE],
		      "rules", "name", str_or_null(ar->rules_name),
		      "sha256", *ar->policy_sha256 ? json_string(ar->policy_sha256) : json_null(),
		      "waivers", attested_waivers(in->envelope, in->envelope_len),
		      "audited", str_or_null(ar->time_verified),
		      "audit_key", ar->signer_keyid, "published", when,
		      "yanked", 0, "yank_reason", "yanked_at");
	if (e) {
		json_object_set_new(e, "capabilities", object_keys(classes));
		json_object_set_new(e, "files", json_deep_copy(in->files));
	}
	json_decref(classes);
	if (!e)
		wg_error_set(WG_ENOMEM, "index entry: out of memory or text that is not UTF-8");
	return e;
}
