/*
 * build_int.h - internals of the build part (not public API): manifest
 * value checks, toolchains, child processes, the binaryen post-pass, the
 * cache and build.json.
 */
#ifndef WG_BUILD_INT_H
#define WG_BUILD_INT_H

#include "policy/policy_int.h"
#include "wasmgate/build.h"
#include "wasmgate/manifest.h"

/* check.c */
int wg_mcheck_flagset(const wg_pctx *c, const wg_ynode *map, const char *where,
		      const wg_flagset *f);
int wg_mcheck_values(const wg_pctx *c, const wg_ynode *root, wg_manifest *m,
		     const char *tc, const char *lang, const char *opt);
int wg_mcheck_numbers(const wg_pctx *c, const wg_ynode *root, bool has_schema,
		      uint64_t schema, uint64_t initial, uint64_t max, bool has_initial,
		      bool has_max);
/* 1 when the relative path `p` has no '..', no empty part, is not absolute. */
int wg_path_confined(const char *p);

#endif
