/*
 * fastval.h - the fast path's function-body validator (plain C, internal
 * to engine/wasm/).  reader.cc lets wabt read the module-level sections,
 * builds a wg_fv_module from them, and hands each function body's
 * instruction bytes to wg_fv_body(), which decodes and validates them in
 * one pass and fills the same histogram / feature facts the wabt path
 * does.  Anything it does not accept (invalid, malformed, over a limit or
 * not implemented) returns non-zero and wabt re-reads the module, so a
 * finding always keeps wabt's message and offset.
 */
#ifndef WG_WASM_FASTVAL_H
#define WG_WASM_FASTVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Value types: the binary format's byte; FV_ANY is the validator's
 * "any" (unreachable code); 0 is "none". */
enum {
	FV_NONE = 0,
	FV_ANY = 1,
	FV_I32 = 0x7f,
	FV_I64 = 0x7e,
	FV_F32 = 0x7d,
	FV_F64 = 0x7c,
	FV_V128 = 0x7b,
	FV_FUNCREF = 0x70,
	FV_EXTERNREF = 0x6f
};

/* Results of wg_fv_body(). */
enum {
	WG_FV_OK = 0,
	WG_FV_REJECT = 1,        /* invalid, malformed or beyond a limit: wabt decides */
	WG_FV_UNSUPPORTED = 2,   /* a construct the fast path does not implement */
	WG_FV_NOMEM = 3
};

/* Number of opcodes: wabt's Opcode::Invalid (the histogram's index space,
 * the order of <wabt/opcode.def>). */
extern const unsigned wg_fv_num_opcodes;

/* The module context, read-only while bodies are validated. */
typedef struct {
	uint32_t num_types;
	const uint32_t *type_start;   /* index into type_vals: params, then results */
	const uint16_t *type_np;
	const uint16_t *type_nr;
	const uint8_t *type_vals;
	uint32_t num_funcs;           /* imports included */
	const uint32_t *func_type;
	uint32_t num_tables;
	const uint8_t *table_elem;
	uint32_t num_memories;        /* all 32-bit (memory64 is not implemented) */
	uint32_t num_globals;
	const uint8_t *global_type;
	const uint8_t *global_mut;
	uint32_t num_tags;
	const uint32_t *tag_type;
	uint32_t num_elems;
	const uint8_t *elem_type;
	bool has_data_count;
	uint32_t data_count;
	const uint8_t *declared;      /* per function: 1 when ref.func may name it */
} wg_fv_module;

/* Locals as run-length groups: group i holds local indexes up to (not
 * including) end, all of type `type`; parameters first. */
typedef struct {
	uint32_t end;
	uint8_t type;
} wg_fv_local;

/* What one module's bodies add up to (the caller zeroes it). */
typedef struct {
	uint64_t *op_count;           /* [wg_fv_num_opcodes], indexed by wabt's enum */
	uint64_t *op_first;           /* offset of the first use */
	uint32_t *op_func;            /* function of the first use */
	uint32_t features;            /* wg_feature bits seen in bodies (not opcodes) */
	uint64_t feature_offset[16];
	uint32_t feature_func[16];
	uint64_t work;                /* type checks charged, as reader.cc counts them */
	uint64_t work_max;
	uint64_t stop_offset;         /* a body not accepted: the instruction it stopped at */
} wg_fv_stats;

typedef struct wg_fv_state wg_fv_state;

/* Per-thread state reused across bodies (stacks); NULL when out of memory. */
wg_fv_state *wg_fv_state_new(void);
void wg_fv_state_free(wg_fv_state *st);

/*
 * Validate the instructions of function `func` in data[start, end) (after
 * its local declarations, up to its last byte).  `locals` are its
 * parameters and locals as groups.  Counts every opcode into `stats`.
 * @return WG_FV_OK, WG_FV_REJECT, WG_FV_UNSUPPORTED or WG_FV_NOMEM.
 */
int wg_fv_body(wg_fv_state *st, const wg_fv_module *mod, const wg_fv_local *locals,
	       size_t num_groups, uint32_t func, const uint8_t *data, size_t start,
	       size_t end, wg_fv_stats *stats);

/* One body for wg_fv_bodies(): its instructions data[start, end) and its
 * locals groups[group, group + ngroups). */
typedef struct {
	uint32_t func;
	uint32_t ngroups;
	size_t group;
	uint64_t start, end;
} wg_fv_job;

/*
 * Validate `n` bodies (in function order) on up to `threads` threads
 * (fastpar.c): contiguous chunks of about equal bytes, one state and one
 * set of statistics per thread, merged into `stats` as if they had been
 * read in order (counts summed, first uses from the earliest chunk, work
 * summed against stats->work_max).
 * @return WG_FV_OK or the first chunk's reason to give up.
 */
int wg_fv_bodies(const wg_fv_module *mod, const wg_fv_job *jobs, size_t n,
		 const wg_fv_local *groups, const uint8_t *data, unsigned threads,
		 wg_fv_stats *stats);

#ifdef __cplusplus
}
#endif
#endif
