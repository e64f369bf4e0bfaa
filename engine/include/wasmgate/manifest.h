/*
 * manifest.h - a plugin's build manifest, plugin.yml (schema 1;
 * docs/plugin-yml.md is the reference for every key), and the
 * `wasmgate.plugin` custom section that `wasmgate build` writes into every
 * module it builds (plugin_section.h).
 *
 * A wg_manifest is a plain read-only struct owned by the library: load it
 * with wg_manifest_load() (a plugin folder) or wg_manifest_parse() (text),
 * release it with wg_manifest_free().  Unknown keys, wrong types, bad names,
 * versions, globs or paths fail with WG_EPARSE "FILE:LINE:COL: what".
 */
#ifndef WASMGATE_MANIFEST_H
#define WASMGATE_MANIFEST_H

#include "common.h"
#include "policy.h"
#include "plugin_section.h"   /* the section, wg_toolchain, name / semver checks */

#ifdef __cplusplus
extern "C" {
#endif

#define WG_MANIFEST_SCHEMA 1               /* `schema:` this library reads */
#define WG_MANIFEST_FILE "plugin.yml"
#define WG_MANIFEST_MAX_BYTES (256 * 1024)

typedef enum { WG_LANG_C = 0, WG_LANG_CXX = 1 } wg_language;

/* Lists are policy.h's wg_strlist (items, count). */
typedef wg_strlist wg_manifest_list;

/* Flags that go with one toolchain or one variant. */
typedef struct {
	wg_manifest_list flags;        /* compile and link */
	wg_manifest_list link_flags;   /* link only */
	wg_manifest_list defines;      /* NAME or NAME=VALUE -> -D */
} wg_flagset;

typedef struct {
	char *name;                    /* [a-z0-9][a-z0-9-]{0,31} */
	wg_flagset set;
} wg_variant;

typedef struct {
	int version;                   /* struct version: 1 */
	char *path;                    /* the plugin.yml as given */
	char *dir;                     /* its folder */

	int schema;                    /* 1 */
	char *name;                    /* [a-z0-9][a-z0-9-]{0,63} */
	char *version_text;            /* semver 2.0 */
	char *abi;                     /* "wasmgate-plugin/N" */
	unsigned abi_version;          /* N */
	wg_toolchain toolchain;        /* default toolchain */
	unsigned toolchains;           /* bit (1u << wg_toolchain): toolchains it builds with */
	wg_flagset toolchain_set[WG_TOOLCHAIN_COUNT];   /* per-toolchain extras */
	wg_language language;
	wg_manifest_list sources;      /* globs relative to dir */
	wg_manifest_list include_dirs; /* relative to dir */
	wg_manifest_list exports;      /* exactly what the output exports */
	wg_flagset common;             /* flags, link_flags, defines for every build */
	bool has_initial_pages, has_max_pages;
	uint32_t initial_pages, max_pages;   /* 64 KiB pages */
	char optimisation[3];          /* "O0".."O3", "Os", "Oz" */
	bool keep_debug;
	wg_variant *variants;  size_t num_variants;
	/* capabilities: what the plugin declares it needs (capability classes
	 * and/or "module.field" import globs), carried in wasmgate.plugin;
	 * has_capabilities: the key is there (an empty list declares nothing) */
	wg_manifest_list capabilities;
	bool has_capabilities;
} wg_manifest;

/**
 * Load DIR/plugin.yml.  A folder without one, an unreadable or oversized
 * file: WG_EIO / WG_ELIMIT with a message naming it.
 */
int wg_manifest_load(const char *dir, wg_manifest **out);

/** Parse manifest text; `name` is the file name used in messages, `dir`
 * the plugin folder sources are relative to (may be NULL: not checked). */
int wg_manifest_parse(const char *text, size_t len, const char *name,
		      const char *dir, wg_manifest **out);

void wg_manifest_free(wg_manifest *m);

/** The variant called `name`, or NULL. */
const wg_variant *wg_manifest_variant(const wg_manifest *m, const char *name);

/**
 * Expand the source globs to files, sorted, without duplicates, each
 * relative to the plugin folder.  A glob that matches nothing, a match that
 * is not a regular file, or that resolves (symlinks included) outside the
 * plugin folder is an error (WG_EINVAL).  Free with wg_manifest_list_free().
 */
int wg_manifest_source_files(const wg_manifest *m, wg_manifest_list *out);
void wg_manifest_list_free(wg_manifest_list *l);

#ifdef __cplusplus
}
#endif
#endif
