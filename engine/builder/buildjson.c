/*
 * buildjson.c - build.json, written next to each output (jansson, sorted
 * keys): the plugin, the toolchain's exact version, binaryen's and
 * wasmgate's, every argument vector (the temporary folder shown as $TMP),
 * the sha256 of every input, the output's sha256 and size, the cache key,
 * whether the cache served it, and the time the build took.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#ifndef WG_BINARYEN_VERSION
#define WG_BINARYEN_VERSION "binaryen"
#endif

static json_t *argv_json(const wg_plan *p, const wg_argv *a)
{
	json_t *arr = json_array();
	size_t tl = strlen(p->tmp);

	for (size_t i = 0; arr && i < a->n; i++) {
		const char *s = a->v[i];
		char *shown = !strncmp(s, p->tmp, tl) ? wg_asprintf("$TMP%s", s + tl)
						      : wg_strdup(s);
		if (!shown || json_array_append_new(arr, json_string(shown))) {
			free(shown);
			json_decref(arr);
			return NULL;
		}
		free(shown);
	}
	return arr;
}

static json_t *commands_json(const wg_plan *p)
{
	json_t *arr = json_array();

	for (size_t i = 0; arr && i <= p->num_compile; i++) {
		json_t *a = argv_json(p, i < p->num_compile ? &p->compile[i] : &p->link);
		if (!a || json_array_append_new(arr, a)) {
			json_decref(arr);
			return NULL;
		}
	}
	return arr;
}

int wg_buildjson(const wg_plan *p, const wg_build_result *r, json_t *inputs, char **out)
{
	const wg_manifest *m = p->t->manifest;
	char sha[65];
	json_t *o;

	*out = NULL;
	wg_hex(r->sha256, sizeof(r->sha256), sha);
	o = json_pack("{s:i, s:{s:s, s:s, s:s, s:s, s:s, s:s}, s:{s:s, s:s, s:s}, s:s, s:o*,"
		      " s:O, s:{s:s, s:I}, s:s, s:b, s:f}",
		      "format", 1,
		      "plugin", "name", m->name, "version", m->version_text, "abi", m->abi,
		      "toolchain", wg_toolchain_name(p->t->toolchain),
		      "variant", p->t->variant ? p->t->variant->name : "",
		      "label", p->label,
		      "toolchain", "compiler", p->tc.path, "version", p->tc.version,
		      "binaryen", WG_BINARYEN_VERSION,
		      "wasmgate", wg_version(),
		      "commands", commands_json(p),
		      "inputs", inputs,
		      "output", "sha256", sha, "size", (json_int_t)r->size,
		      "cache_key", p->key,
		      "cached", r->cached,
		      "seconds", r->seconds);
	if (!o)
		return wg_error_set(WG_ENOMEM, "build.json: out of memory (or a value is not UTF-8)");
	*out = json_dumps(o, JSON_INDENT(2) | JSON_SORT_KEYS);
	json_decref(o);
	return *out ? 0 : WG_ENOMEM;
}
