/*
 * section.c - reads the `wasmgate.plugin` custom section that `wasmgate
 * build` embeds: a JSON object {abi, name, toolchain, variant, version}.
 * The module reader (wg_module) says where the section is; this file only
 * steps over the section's size and name to its content, checks that the
 * name is really there, and decodes the JSON strictly.
 */
#include "registry/registry_int.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#define SECTION_NAME "wasmgate.plugin"
#define SECTION_MAX 4096

static size_t leb_len(uint64_t v)
{
	size_t n = 1;

	while (v >= 0x80) {
		v >>= 7;
		n++;
	}
	return n;
}

static int take(json_t *o, const char *key, bool required, char **dst)
{
	json_t *v = json_object_get(o, key);

	if (!v || (json_is_string(v) && !*json_string_value(v) && !required))
		return 0;
	if (!json_is_string(v))
		return wg_error_set(WG_EPARSE, SECTION_NAME ": \"%s\" is missing or not a string", key);
	return (*dst = wg_strdup(json_string_value(v))) ? 0 : WG_ENOMEM;
}

static int decode(const uint8_t *data, size_t len, reg_plugin_section *out)
{
	json_error_t je;
	json_t *o = json_loadb((const char *)data, len, JSON_REJECT_DUPLICATES, &je);
	int rc;

	if (!json_is_object(o)) {
		json_decref(o);
		return wg_error_set(WG_EPARSE, SECTION_NAME ": not a JSON object (%s)",
				    o ? "another JSON value" : je.text);
	}
	rc = take(o, "name", true, &out->name);
	if (!rc)
		rc = take(o, "version", true, &out->version);
	if (!rc)
		rc = take(o, "abi", false, &out->abi);
	if (!rc)
		rc = take(o, "toolchain", false, &out->toolchain);
	if (!rc)
		rc = take(o, "variant", false, &out->variant);
	json_decref(o);
	out->found = !rc;
	return rc;
}

int reg_section_read(const uint8_t *wasm, size_t len, const void *module,
		     reg_plugin_section *out)
{
	const wg_module *m = module;
	const size_t name_len = sizeof(SECTION_NAME) - 1;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < m->num_customs; i++) {
		const wg_custom_section *c = &m->customs[i];
		uint64_t end, start;

		if (strcmp(c->name, SECTION_NAME))
			continue;
		end = c->offset + 1 + leb_len(c->size) + c->size;
		start = end - c->size + 1 + name_len;   /* name length fits one LEB byte */
		if (end > len || c->size < 1 + name_len || start > end ||
		    memcmp(wasm + start - name_len, SECTION_NAME, name_len))
			return wg_error_set(WG_EPARSE, SECTION_NAME ": section at byte %llu is malformed",
					    (unsigned long long)c->offset);
		if (end - start > SECTION_MAX)
			return wg_error_set(WG_ELIMIT, SECTION_NAME ": more than %d bytes", SECTION_MAX);
		return decode(wasm + start, (size_t)(end - start), out);
	}
	return 0;
}

void reg_section_release(reg_plugin_section *s)
{
	free(s->name);
	free(s->version);
	free(s->abi);
	free(s->toolchain);
	free(s->variant);
	memset(s, 0, sizeof(*s));
}
