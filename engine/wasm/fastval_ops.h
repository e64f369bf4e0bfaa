/*
 * fastval_ops.h - the fast path's opcode tables (fastval_ops.c): one entry
 * per wabt opcode, in <wabt/opcode.def> order, with the operand types the
 * generic handler pops and pushes and how the immediates are read; and
 * the decode tables from (prefix, code) to that entry.
 */
#ifndef WG_WASM_FASTVAL_OPS_H
#define WG_WASM_FASTVAL_OPS_H

#include <stdint.h>

/* How an opcode is handled (its immediates and checks). */
enum {
	FK_NONE = 0,       /* not decodable by the fast path */
	FK_GENERIC,        /* no immediate: pop t1..t3, push tr */
	FK_MEM,            /* memarg, alignment <= natural, then generic */
	FK_MEM_ATOMIC,     /* memarg, alignment == natural, then generic */
	FK_MEM_LANE,       /* memarg + lane byte, then generic */
	FK_LANE,           /* lane byte, then generic */
	FK_SPECIAL         /* control, variables, calls, ...: a switch */
};

typedef struct {
	uint8_t tr, t1, t2, t3;   /* FV_* or FV_NONE */
	uint8_t mem;              /* natural size in bytes of a memory access */
	uint8_t prefix;
	uint16_t code;
	uint8_t kind;             /* FK_* */
	uint8_t lanes;            /* lane count of FK_LANE / FK_MEM_LANE */
	uint8_t npop;             /* parameters of a generic handler */
} wg_fv_op;

#define FV_NO_OP 0xffffu

extern wg_fv_op wg_fv_ops[];
/* decode: the entry of a one-byte opcode, of 0xfc / 0xfd / 0xfe codes */
extern uint16_t wg_fv_op0[256];
#define FV_FC_MAX 0x20u
#define FV_FD_MAX 0x120u
#define FV_FE_MAX 0x50u
extern uint16_t wg_fv_opfc[FV_FC_MAX];
extern uint16_t wg_fv_opfd[FV_FD_MAX];
extern uint16_t wg_fv_opfe[FV_FE_MAX];

/* Fill the derived fields and decode tables (once, thread-safe). */
void wg_fv_ops_init(void);

#endif
