/*
 * section.c - the `wasmgate.plugin` custom section (manifest.h): encode
 * (jansson, sorted keys, compact) and strict decode, plus the name /
 * semver / abi syntax checks the manifest loader shares.
 */
#include "util/util.h"
#include "wasmgate/manifest.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

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

int wg_plugin_section_encode(const wg_plugin_id *id, char **out, size_t *len)
{
	json_t *o = json_pack("{s:s, s:s, s:s, s:s, s:s}", "abi", id->abi, "name", id->name,
			      "toolchain", id->toolchain, "variant", id->variant ? id->variant : "",
			      "version", id->version);
	char *s;

	*out = NULL;
	if (!o)
		return wg_error_set(WG_EINVAL, "wasmgate.plugin: a field is missing or not UTF-8");
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
	memset(id, 0, sizeof(*id));
}

static int take(json_t *o, const char *key, char **dst)
{
	json_t *v = json_object_get(o, key);

	if (!json_is_string(v))
		return wg_error_set(WG_EPARSE, "wasmgate.plugin: \"%s\" is missing or not a string", key);
	*dst = wg_strdup(json_string_value(v));
	return *dst ? 0 : WG_ENOMEM;
}

static int check_id(const wg_plugin_id *id)
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

int wg_plugin_section_decode(const uint8_t *data, size_t len, wg_plugin_id *out)
{
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
	rc = take(o, "name", &out->name);
	rc = rc ? rc : take(o, "version", &out->version);
	rc = rc ? rc : take(o, "abi", &out->abi);
	rc = rc ? rc : take(o, "toolchain", &out->toolchain);
	rc = rc ? rc : take(o, "variant", &out->variant);
	rc = rc ? rc : check_id(out);
	json_decref(o);
	if (rc)
		wg_plugin_id_clear(out);
	return rc;
}
