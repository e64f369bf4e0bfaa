/*
 * interp.h - run the exports of a plugin with wabt's interpreter, inside
 * limits: what a host does with the bytes runtime init installed.
 *
 * wg_interp_new() reads the module with the engine's own reader first (so
 * a malformed, invalid or oversized module never reaches the interpreter),
 * then instantiates it in wabt's interpreter (libwabt `interp`).  Every
 * imported function is a stub that traps when called ("import M.F is not
 * provided by this host"); imported memories, tables, globals and tags are
 * refused.  A start function runs under the same fuel as a call.
 *
 * Limits (wg_interp_limits): `fuel` is the number of instructions (of
 * wabt's internal instruction stream) one call, or the start function, may
 * execute; `max_memory_pages` caps every
 * memory, initially and after memory.grow (growth beyond it fails the way
 * the spec lets it: memory.grow returns -1).  A function with more than
 * WG_INTERP_MAX_LOCALS locals is refused, so the value stack stays bounded
 * (the call stack is wabt's: a fixed number of frames).
 *
 * Errors: every function returns WG_OK or a negative WG_E* code with a
 * one-line message in wg_error_last(): WG_EPARSE for a module that is not
 * valid WebAssembly, WG_ELIMIT for a limit (module too large or beyond an
 * implementation limit of module.h, memory, locals, fuel exhausted), WG_EINVAL for a missing export or wrong arguments,
 * WG_EVERIFY for a trap ("trap: integer divide by zero").  After a trap or
 * exhausted fuel the instance stays usable; its memory keeps what the call
 * wrote before it stopped.  An instance is not thread-safe: one thread at a
 * time.
 */
#ifndef WASMGATE_INTERP_H
#define WASMGATE_INTERP_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_INTERP_MAX_VALUES 16                 /* params or results of an export */
#define WG_INTERP_MAX_LOCALS 4096u              /* params + locals of one function */
#define WG_INTERP_MAX_MODULE (64u * 1024 * 1024) /* bytes of a module */
#define WG_INTERP_DEFAULT_FUEL 100000000ull     /* instructions per call */
#define WG_INTERP_DEFAULT_PAGES 256u            /* 16 MiB per memory */

typedef enum {
	WG_VAL_I32,
	WG_VAL_I64,
	WG_VAL_F32,
	WG_VAL_F64
} wg_val_type;

/* A value passed to or returned by an export. */
typedef struct {
	wg_val_type type;
	union {
		int32_t i32;
		int64_t i64;
		float f32;
		double f64;
	} of;
} wg_val;

typedef struct {
	int version;                /* 1 */
	uint64_t fuel;              /* instructions per call; 0: WG_INTERP_DEFAULT_FUEL */
	uint32_t max_memory_pages;  /* per memory; 0: WG_INTERP_DEFAULT_PAGES */
} wg_interp_limits;

#define WG_INTERP_LIMITS_INIT { 1, 0, 0 }

typedef struct wg_interp wg_interp;

/**
 * Instantiate the module in `wasm` (`size` bytes; not kept).  limits may be
 * NULL (the defaults).  *out: free with wg_interp_free().
 */
int wg_interp_new(const uint8_t *wasm, size_t size, const wg_interp_limits *limits,
		  wg_interp **out);

/** The same for the file at `path`. */
int wg_interp_open(const char *path, const wg_interp_limits *limits, wg_interp **out);

/**
 * The signature of export `name` (a function): its parameter and result
 * types, each array of WG_INTERP_MAX_VALUES entries (either may be NULL).
 * WG_EINVAL when there is no such function export, or it has a parameter or
 * result type other than i32, i64, f32, f64 (v128, references).
 */
int wg_interp_signature(const wg_interp *in, const char *name,
			wg_val_type *params, size_t *num_params,
			wg_val_type *results, size_t *num_results);

/**
 * Call export `name` with `args` (their types must be the signature's).
 * The results go to `results` (room for `max_results`), their count to
 * *num_results.  A trap: WG_EVERIFY, "NAME: trap: MESSAGE"; fuel used up:
 * WG_ELIMIT.
 */
int wg_interp_call(wg_interp *in, const char *name, const wg_val *args, size_t num_args,
		   wg_val *results, size_t max_results, size_t *num_results);

void wg_interp_free(wg_interp *in);

/** "i32", "i64", "f32", "f64". */
const char *wg_val_type_name(wg_val_type t);

#ifdef __cplusplus
}
#endif
#endif
