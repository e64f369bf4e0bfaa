/*
 * plugin_section.c - the `wasmgate.plugin` custom section
 * (plugin_section.h): encode (jansson, sorted keys, compact), the one
 * decoder (strict for what `wasmgate build` writes, lenient for what
 * registries and runtimes accept), reading it from a module model, and the
 * name / semver / abi / toolchain / capability syntax checks the manifest
 * loader shares.  Callers: builder (encode), audit (declarations),
 * registry (publish: name, version, abi), runtime (abi).
 */
#include "util/util.h"
#include "wasmgate/plugin_section.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static const char *const toolchain_names[WG_TOOLCHAIN_COUNT] = { "emscripten", "wasi" };

const char *wg_toolchain_name(wg_toolchain t)
{
	return (unsigned)t < WG_TOOLCHAIN_COUNT ? toolchain_names[t] : "?";
}

int wg_toolchain_from_name(const char *name)
{
	for (int i = 0; i < WG_TOOLCHAIN_COUNT; i++)
		if (name && !strcmp(name, toolchain_names[i]))
			return i;
	return -1;
}

bool wg_plugin_name_valid(const char *s)
{
	size_t n = strlen(s);

	if (n < 1 || n > 64)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (i && c == '-');
		if (!ok)
			return false;
	}
	return true;
}

/* A numeric identifier: digits, no leading zero unless "0". */
static const char *numeric(const char *s)
{
	const char *p = s;

	while (*p >= '0' && *p <= '9')
		p++;
	if (p == s || (*s == '0' && p - s > 1))
		return NULL;
	return p;
}

/* Dot-separated identifiers [0-9A-Za-z-]+; numeric ones (prerelease only)
 * without leading zeros.  Returns the end, or NULL. */
static const char *idents(const char *s, bool prerelease)
{
	for (;;) {
		const char *p = s;
		bool digits = true;

		while ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') ||
		       (*p >= 'A' && *p <= 'Z') || *p == '-') {
			digits &= *p >= '0' && *p <= '9';
			p++;
		}
		if (p == s || (prerelease && digits && *s == '0' && p - s > 1))
			return NULL;
		if (*p != '.')
			return p;
		s = p + 1;
	}
}

bool wg_semver_valid(const char *s)
{
	if (strlen(s) > 128)
		return false;
	for (int i = 0; i < 3; i++) {
		s = numeric(s);
		if (!s || (i < 2 && *s++ != '.'))
			return false;
	}
	if (*s == '-' && !(s = idents(s + 1, true)))
		return false;
	if (*s == '+' && !(s = idents(s + 1, false)))
		return false;
	return *s == '\0';
}

bool wg_plugin_abi_parse(const char *s, unsigned *n)
{
	static const char prefix[] = "wasmgate-plugin/";
	const char *end;
	unsigned long v = 0;

	if (strncmp(s, prefix, sizeof(prefix) - 1))
		return false;
	s += sizeof(prefix) - 1;
	end = numeric(s);
	if (!end || *end || *s == '0' || end - s > 6)
		return false;
	for (; s < end; s++)
		v = v * 10 + (unsigned long)(*s - '0');
	if (n)
		*n = (unsigned)v;
	return true;
}

bool wg_plugin_capability_valid(const char *e)
{
	size_t n = strlen(e);

	if (n < 1 || n > WG_PLUGIN_CAP_MAX_LEN)
		return false;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)e[i] < 0x20 || e[i] == 0x7f)
			return false;
	if (strchr(e, '.'))
		return e[0] != '.' && wg_glob_valid(e);
	return strspn(e, "abcdefghijklmnopqrstuvwxyz0123456789_") == n;
}

int wg_plugin_section_encode(const wg_plugin_id *id, char **out, size_t *len)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "abi", id->abi, "name", id->name,
			      "toolchain", id->toolchain, "variant", id->variant ? id->variant : "",
			      "version", id->version);
	json_t *caps = id->has_capabilities ? json_array() : NULL;
	char *s = NULL;

	*out = NULL;
	for (size_t i = 0; caps && i < id->num_capabilities; i++) {
		if (json_array_append_new(caps, json_string(id->capabilities[i]))) {
			json_decref(caps);
			caps = NULL;
		}
	}
	if (!o || (id->has_capabilities && (!caps || json_object_set_new(o, "capabilities", caps)))) {
		json_decref(o);
		return wg_error_set(WG_EINVAL, "wasmgate.plugin: a field is missing or not UTF-8");
	}
	s = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(o);
	if (!s)
		return wg_error_set(WG_ENOMEM, "out of memory");
	if (strlen(s) > WG_PLUGIN_SECTION_MAX) {
		free(s);
		return wg_error_set(WG_ELIMIT, "wasmgate.plugin: more than %d bytes",
				    WG_PLUGIN_SECTION_MAX);
	}
	*out = s;
	*len = strlen(s);
	return 0;
}

void wg_plugin_id_clear(wg_plugin_id *id)
{
	free(id->name);
	free(id->version);
	free(id->abi);
	free(id->toolchain);
	free(id->variant);
	for (size_t i = 0; i < id->num_capabilities; i++)
		free(id->capabilities[i]);
	free(id->capabilities);
	memset(id, 0, sizeof(*id));
}

/* `key` into *dst: required -> a string; optional -> absent or "" gives NULL. */
static int take(json_t *o, const char *key, bool required, char **dst)
{
	json_t *v = json_object_get(o, key);

	if (!required && (!v || (json_is_string(v) && !*json_string_value(v))))
		return 0;
	if (!json_is_string(v))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: \"%s\" is missing or not a string", key);
	*dst = wg_strdup(json_string_value(v));
	return *dst ? 0 : WG_ENOMEM;
}

static int take_caps(json_t *o, wg_plugin_id *out)
{
	json_t *a = json_object_get(o, "capabilities"), *v;
	size_t i;

	if (!a)
		return 0;
	if (!json_is_array(a))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: \"capabilities\" is not a list");
	if (json_array_size(a) > WG_PLUGIN_CAPS_MAX)
		return wg_error_set(WG_ELIMIT, "wasmgate.plugin: more than %d capabilities",
				    WG_PLUGIN_CAPS_MAX);
	out->has_capabilities = true;
	out->capabilities = wg_calloc(json_array_size(a) + 1, sizeof(char *));
	if (!out->capabilities)
		return WG_ENOMEM;
	json_array_foreach(a, i, v) {
		if (!json_is_string(v) || !wg_plugin_capability_valid(json_string_value(v)))
			return wg_error_set(WG_EPARSE, "wasmgate.plugin: capabilities[%zu] is not a "
					    "capability class or a \"module.field\" import glob", i);
		if (!(out->capabilities[i] = wg_strdup(json_string_value(v))))
			return WG_ENOMEM;
		out->num_capabilities = i + 1;
	}
	return 0;
}

static int check_strict(const wg_plugin_id *id)
{
	if (!wg_plugin_name_valid(id->name))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: invalid name");
	if (!wg_semver_valid(id->version))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: version is not semver 2.0");
	if (!wg_plugin_abi_parse(id->abi, NULL))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: abi is not wasmgate-plugin/N");
	if (wg_toolchain_from_name(id->toolchain) < 0)
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: unknown toolchain");
	if (*id->variant && !wg_plugin_name_valid(id->variant))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: invalid variant");
	return 0;
}

int wg_plugin_section_decode(const uint8_t *data, size_t len, wg_plugin_section_mode mode,
			     wg_plugin_id *out)
{
	bool strict = mode == WG_PLUGIN_SECTION_STRICT;
	json_error_t je;
	json_t *o;
	int rc;

	memset(out, 0, sizeof(*out));
	if (len > WG_PLUGIN_SECTION_MAX)
		return wg_error_set(WG_ELIMIT, "wasmgate.plugin: more than %d bytes",
				    WG_PLUGIN_SECTION_MAX);
	o = json_loadb((const char *)data, len, JSON_REJECT_DUPLICATES, &je);
	if (!json_is_object(o)) {
		json_decref(o);
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: not a JSON object");
	}
	rc = take(o, "name", true, &out->name);
	rc = rc ? rc : take(o, "version", true, &out->version);
	rc = rc ? rc : take(o, "abi", strict, &out->abi);
	rc = rc ? rc : take(o, "toolchain", strict, &out->toolchain);
	if (!rc && strict)
		rc = take(o, "variant", true, &out->variant);
	else if (!rc)
		rc = take(o, "variant", false, &out->variant);
	rc = rc ? rc : take_caps(o, out);
	if (!rc && strict)
		rc = check_strict(out);
	json_decref(o);
	if (rc)
		wg_plugin_id_clear(out);
	return rc;
}

int wg_plugin_section_read(const wg_module *m, wg_plugin_section_mode mode,
			   wg_plugin_id *out, bool *found)
{
	const wg_custom_section *first = NULL;

	memset(out, 0, sizeof(*out));
	*found = false;
	for (size_t i = 0; i < m->num_customs; i++) {
		if (strcmp(m->customs[i].name, WG_PLUGIN_SECTION))
			continue;
		if (first && mode == WG_PLUGIN_SECTION_STRICT)
			return wg_error_set(WG_EPARSE, "wasmgate.plugin: more than one such section");
		if (!first)
			first = &m->customs[i];
	}
	if (!first)
		return 0;
	*found = true;
	if (!m->plugin_section)
		return wg_error_set(WG_ELIMIT, "wasmgate.plugin: section at byte %llu is over %d bytes",
				    (unsigned long long)first->offset, WG_PLUGIN_SECTION_MAX);
	return wg_plugin_section_decode(m->plugin_section, m->plugin_section_len, mode, out);
}
