/*
 * plugin_section.h - the `wasmgate.plugin` custom section (format 1) that
 * `wasmgate build` writes into every module it builds, and the one decoder
 * every part reads it with (audit, registry, runtime, builder).
 *
 * Its payload is one compact JSON object, UTF-8, keys sorted, no white
 * space, at most WG_PLUGIN_SECTION_MAX bytes:
 *
 *   {"abi":"wasmgate-plugin/1","capabilities":["filesystem"],
 *    "name":"hello","toolchain":"wasi","variant":"simd","version":"1.0.0"}
 *
 * `wasmgate build` always writes abi, name, toolchain, variant ("" for the
 * default build) and version, all strings; "capabilities" only when
 * plugin.yml declares them (a list, possibly empty: see docs/plugin-yml.md).
 * Readers ignore keys they do not know (later formats only add keys).
 *
 * The module reader (module.h) keeps the payload of the first such section
 * (wg_module.plugin_section); wg_plugin_section_read() decodes it.  What
 * the section says is the author's claim: the audit never takes a plugin's
 * name or a permission from it (grants bind to the file's path and name).
 */
#ifndef WASMGATE_PLUGIN_SECTION_H
#define WASMGATE_PLUGIN_SECTION_H

#include "common.h"
#include "module.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_PLUGIN_SECTION "wasmgate.plugin"
#define WG_PLUGIN_SECTION_MAX 16384        /* payload bytes */
#define WG_PLUGIN_CAPS_MAX 64              /* "capabilities" entries */
#define WG_PLUGIN_CAP_MAX_LEN 256          /* bytes of one entry */

typedef enum {
	WG_TOOLCHAIN_EMSCRIPTEN = 0,   /* emcc / em++: standalone .wasm, --no-entry */
	WG_TOOLCHAIN_WASI = 1,         /* clang --target=wasm32-wasi + wasi-libc + lld */
	WG_TOOLCHAIN_COUNT = 2
} wg_toolchain;

/* "emscripten", "wasi"; from_name: -1 when unknown. */
const char *wg_toolchain_name(wg_toolchain t);
int wg_toolchain_from_name(const char *name);

typedef struct {
	char *name;
	char *version;
	char *abi;           /* NULL when absent (lenient reads only) */
	char *toolchain;     /* NULL when absent (lenient reads only) */
	char *variant;       /* "" for the default build; NULL when absent (lenient) */
	char **capabilities; /* declared capability classes / import globs */
	size_t num_capabilities;
	bool has_capabilities;   /* the key is there (an empty list declares nothing) */
} wg_plugin_id;

typedef enum {
	/* name and version must be strings; abi, toolchain and variant may be
	 * absent or "" (NULL then): what registries and runtimes accept */
	WG_PLUGIN_SECTION_LENIENT = 0,
	/* all five keys present, name / version / abi / toolchain / variant
	 * syntax checked: what `wasmgate build` writes */
	WG_PLUGIN_SECTION_STRICT = 1
} wg_plugin_section_mode;

/** The section payload for `id` (malloc'd; *len excludes the NUL kept for
 * convenience).  "capabilities" is written when id->has_capabilities. */
int wg_plugin_section_encode(const wg_plugin_id *id, char **out, size_t *len);

/**
 * Parse a section payload.  In both modes "capabilities", when present,
 * must be a list of at most WG_PLUGIN_CAPS_MAX valid entries
 * (wg_plugin_capability_valid()).  WG_EPARSE / WG_ELIMIT with a message
 * starting "wasmgate.plugin: ".  Free with wg_plugin_id_clear().
 */
int wg_plugin_section_decode(const uint8_t *data, size_t len, wg_plugin_section_mode mode,
			     wg_plugin_id *out);

/**
 * Decode the section of module `m` (the first one; a second is an error in
 * strict mode).  *found = false (and WG_OK, *out zeroed) when it has none.
 */
int wg_plugin_section_read(const wg_module *m, wg_plugin_section_mode mode,
			   wg_plugin_id *out, bool *found);

void wg_plugin_id_clear(wg_plugin_id *id);

/** Syntax checks shared by the manifest and the section. */
bool wg_plugin_name_valid(const char *s);      /* [a-z0-9][a-z0-9-]{0,63} */
bool wg_semver_valid(const char *s);           /* semver 2.0.0 */
/** "wasmgate-plugin/N" (N a positive integer without leading zeros). */
bool wg_plugin_abi_parse(const char *s, unsigned *n);
/**
 * The syntax of a declared capability: a lower-case word [a-z0-9_]+ (a
 * capability class name, capability.h: "filesystem", ...; whether the
 * class exists is the manifest loader's and the audit's check) or an
 * import "module.field" (holds a '.'; a valid fnmatch glob),
 * 1..WG_PLUGIN_CAP_MAX_LEN bytes, no control characters.
 */
bool wg_plugin_capability_valid(const char *entry);

#ifdef __cplusplus
}
#endif
#endif
