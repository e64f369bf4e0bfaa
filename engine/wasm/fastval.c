/*
 * fastval.c - the fast path's function-body validator: decodes one body's
 * instructions and type-checks them in a single pass, counting each opcode
 * into the audit's histogram as it goes.
 *
 * It follows wabt 1.0.32's TypeChecker / SharedValidator rule for rule
 * (including its "any" type for values born in unreachable code, and what
 * it pushes after select), because every module it accepts must be one
 * wabt accepts with the same facts; anything it is unsure of it refuses,
 * and wabt re-reads that module (reader.cc).  Operand stack: one byte per
 * value type; control stack: {kind, height, params, results, unreachable};
 * locals: a flat byte each (few locals) or run-length groups found by
 * bisection.  Every read is bounded by the body's end; LEB128 reads follow
 * the spec (at most 5 / 10 bytes, unused bits clear or sign copies).
 * Limits mirror reader.cc's: WG_IMPL_MAX_NESTING open blocks and the
 * module's work budget.  Dispatch: one switch on the byte for the frequent
 * one-byte opcodes (instr0), the handler kind for the rest (instr).
 */
#include "wasm/fastval.h"
#include "wasm/fastval_ops.h"
#include "wasmgate/module.h"

#include <stdlib.h>
#include <string.h>

enum { C_FUNC, C_BLOCK, C_LOOP, C_IF, C_ELSE, C_TRY, C_CATCH };

struct ctl {
	uint32_t height;            /* operand stack height at entry */
	uint16_t np, nr;
	const uint8_t *params, *results;
	uint8_t kind;
	uint8_t unreachable;
};

struct wg_fv_state {
	uint8_t *vals;
	size_t nvals, capvals;
	struct ctl *ctl;
	size_t nctl, capctl;
	uint8_t *ltypes;            /* the body's locals one byte each (flat) */
	size_t capltypes;
};

/* The body being read: the state plus what the handlers need. */
typedef struct {
	wg_fv_state *st;
	const wg_fv_module *mod;
	const wg_fv_local *locals;
	size_t ngroups;
	const uint8_t *ltypes;      /* flat locals, or NULL: bisect the groups */
	uint32_t nlocals;
	uint32_t func;
	const uint8_t *base;        /* the module's first byte (offsets) */
	const uint8_t *p, *end;
	wg_fv_stats *stats;
} body;

#define REJECT WG_FV_REJECT
#define TRY(x)                          \
	do {                            \
		int rc_ = (x);          \
		if (rc_)                \
			return rc_;     \
	} while (0)

static const uint8_t single_types[] = { FV_I32, FV_I64, FV_F32, FV_F64, FV_V128,
					FV_FUNCREF, FV_EXTERNREF };

static const uint8_t *single(uint8_t t)
{
	for (size_t i = 0; i < sizeof(single_types); i++)
		if (single_types[i] == t)
			return &single_types[i];
	return NULL;
}

static bool is_ref(uint8_t t)
{
	return t == FV_FUNCREF || t == FV_EXTERNREF;
}

wg_fv_state *wg_fv_state_new(void)
{
	wg_fv_ops_init();
	return calloc(1, sizeof(wg_fv_state));
}

void wg_fv_state_free(wg_fv_state *st)
{
	if (!st)
		return;
	free(st->vals);
	free(st->ctl);
	free(st->ltypes);
	free(st);
}

/* ---- LEB128: one byte inline, the rest out of line ---- */

static int leb_u32_slow(body *b, uint32_t *out)
{
	const uint8_t *p = b->p;
	uint32_t v = 0;

	for (unsigned i = 0; i < 5; i++) {
		uint8_t c;

		if (p >= b->end)
			return REJECT;
		c = *p++;
		if (i == 4 && (c & 0xf0))
			return REJECT;          /* too long or unused bits set */
		v |= (uint32_t)(c & 0x7f) << (7 * i);
		if (!(c & 0x80)) {
			b->p = p;
			*out = v;
			return 0;
		}
	}
	return REJECT;
}

static inline int u32(body *b, uint32_t *out)
{
	if (b->p < b->end && !(*b->p & 0x80)) {
		*out = *b->p++;
		return 0;
	}
	return leb_u32_slow(b, out);
}

/* A signed LEB of at most `bits` bits; the value is discarded but for
 * block types (int64_t out). */
static int leb_signed(body *b, unsigned bits, int64_t *out)
{
	const uint8_t *p = b->p;
	unsigned max = (bits + 6) / 7, shift = 0;
	uint64_t v = 0;

	for (unsigned i = 0; i < max; i++) {
		uint8_t c;

		if (p >= b->end)
			return REJECT;
		c = *p++;
		if (i == max - 1) {
			/* bits of the last byte beyond the value: sign copies */
			unsigned used = bits - 7 * (max - 1);        /* value bits here */
			uint8_t rest = (uint8_t)(c & 0x7f) >> (used - 1);  /* sign + unused */

			if (c & 0x80)
				return REJECT;
			if (rest != 0 && rest != (0x7f >> (used - 1)))
				return REJECT;
		}
		v |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
		if (!(c & 0x80)) {
			if (shift < 64 && (c & 0x40))
				v |= ~0ull << shift;
			b->p = p;
			if (out)
				*out = (int64_t)v;
			return 0;
		}
	}
	return REJECT;
}

/* A signed LEB: the one-byte case (any width holds 7 bits) inline. */
static inline int sleb(body *b, unsigned bits, int64_t *out)
{
	if (b->p < b->end && !(*b->p & 0x80)) {
		uint8_t c = *b->p++;

		if (out)
			*out = c & 0x40 ? (int64_t)c - 0x80 : (int64_t)c;
		return 0;
	}
	return leb_signed(b, bits, out);
}

static int skip_bytes(body *b, size_t n)
{
	if ((size_t)(b->end - b->p) < n)
		return REJECT;
	b->p += n;
	return 0;
}

static int byte(body *b, uint8_t *out)
{
	if (b->p >= b->end)
		return REJECT;
	*out = *b->p++;
	return 0;
}

/* ---- facts ---- */

static void feature(body *b, uint32_t bits)
{
	wg_fv_stats *s = b->stats;

	for (unsigned i = 0; i < 16 && bits >> i; i++) {
		if (!(bits >> i & 1) || (s->features >> i & 1))
			continue;
		s->feature_offset[i] = (uint64_t)(b->p - b->base);
		s->feature_func[i] = b->func;
		s->features |= 1u << i;
	}
}

static int work(body *b, uint64_t n)
{
	b->stats->work += n;
	return b->stats->work > b->stats->work_max ? REJECT : 0;
}

static uint32_t type_arity(const wg_fv_module *m, uint32_t t)
{
	return t < m->num_types ? (uint32_t)m->type_np[t] + m->type_nr[t] : 0;
}

/* ---- the operand and control stacks ---- */

static int grow_vals(wg_fv_state *st, size_t n)
{
	size_t cap = st->capvals ? st->capvals : 256;
	uint8_t *v;

	while (cap < st->nvals + n)
		cap *= 2;
	if (!(v = realloc(st->vals, cap)))
		return WG_FV_NOMEM;
	st->vals = v;
	st->capvals = cap;
	return 0;
}

static inline int push(body *b, uint8_t t)
{
	wg_fv_state *st = b->st;

	if (t == FV_NONE)
		return 0;
	if (st->nvals == st->capvals)
		TRY(grow_vals(st, 1));
	st->vals[st->nvals++] = t;
	return 0;
}

static int push_n(body *b, const uint8_t *ts, size_t n)
{
	wg_fv_state *st = b->st;

	if (n == 0)
		return 0;
	if (st->nvals + n > st->capvals)
		TRY(grow_vals(st, n));
	memcpy(st->vals + st->nvals, ts, n);
	st->nvals += n;
	return 0;
}

static inline struct ctl *top(body *b)
{
	return &b->st->ctl[b->st->nctl - 1];
}

/* Pop one value; FV_ANY below the frame's height in unreachable code. */
static inline int pop_any(body *b, uint8_t *out)
{
	wg_fv_state *st = b->st;
	struct ctl *c = top(b);

	if (st->nvals > c->height) {
		*out = st->vals[--st->nvals];
		return 0;
	}
	*out = FV_ANY;
	return c->unreachable ? 0 : REJECT;
}

static inline int pop(body *b, uint8_t expect)
{
	uint8_t t;

	TRY(pop_any(b, &t));
	return t == expect || t == FV_ANY || expect == FV_ANY ? 0 : REJECT;
}

static inline int pop_n(body *b, const uint8_t *ts, size_t n)
{
	while (n--)
		TRY(pop(b, ts[n]));
	return 0;
}

/* Check the top values against `ts` without popping them (br). */
static int peek_n(body *b, const uint8_t *ts, size_t n)
{
	wg_fv_state *st = b->st;
	struct ctl *c = top(b);

	for (size_t i = 0; i < n; i++) {
		size_t depth = n - 1 - i;
		uint8_t t;

		if (c->height + depth >= st->nvals) {
			if (!c->unreachable)
				return REJECT;
			continue;
		}
		t = st->vals[st->nvals - 1 - depth];
		if (t != ts[i] && t != FV_ANY && ts[i] != FV_ANY)
			return REJECT;
	}
	return 0;
}

static void set_unreachable(body *b)
{
	struct ctl *c = top(b);

	c->unreachable = 1;
	b->st->nvals = c->height;
}

static inline int push_ctl(body *b, uint8_t kind, const uint8_t *params, uint16_t np,
			   const uint8_t *results, uint16_t nr)
{
	wg_fv_state *st = b->st;
	struct ctl *c;

	if (st->nctl == st->capctl) {
		size_t cap = st->capctl ? st->capctl * 2 : 64;
		struct ctl *n = realloc(st->ctl, cap * sizeof(*n));

		if (!n)
			return WG_FV_NOMEM;
		st->ctl = n;
		st->capctl = cap;
	}
	c = &st->ctl[st->nctl++];
	c->height = (uint32_t)st->nvals;
	c->params = params;
	c->np = np;
	c->results = results;
	c->nr = nr;
	c->kind = kind;
	c->unreachable = 0;
	return push_n(b, params, np);
}

/* The label `depth` levels out, or NULL. */
static struct ctl *label(body *b, uint32_t depth)
{
	if (depth >= b->st->nctl)
		return NULL;
	return &b->st->ctl[b->st->nctl - 1 - depth];
}

static uint32_t label_arity(body *b, uint32_t depth)
{
	struct ctl *c = label(b, depth);

	return !c ? 0 : c->kind == C_LOOP ? c->np : c->nr;
}

static void br_types(const struct ctl *c, const uint8_t **ts, size_t *n)
{
	*ts = c->kind == C_LOOP ? c->params : c->results;
	*n = c->kind == C_LOOP ? c->np : c->nr;
}

/* The values left in the frame are exactly its results. */
static inline int check_results(body *b)
{
	struct ctl *c = top(b);

	TRY(pop_n(b, c->results, c->nr));
	if (b->st->nvals != c->height)
		return REJECT;
	return 0;
}

/* ---- variables, types, indexes ---- */

/* Flat locals when there are few of them (one byte each, found without a
 * search), at most FLAT_LOCALS or as many as the body has bytes, so that
 * filling them costs no more than reading the body; else b->ltypes stays
 * NULL and local_type() bisects the groups. */
#define FLAT_LOCALS 4096u

static int flat_locals(body *b, size_t body_bytes)
{
	wg_fv_state *st = b->st;
	uint32_t n = b->ngroups ? b->locals[b->ngroups - 1].end : 0, from = 0;

	if (n > FLAT_LOCALS && n > body_bytes)
		return 0;
	if (n > st->capltypes) {
		uint8_t *t = realloc(st->ltypes, n);

		if (!t)
			return WG_FV_NOMEM;
		st->ltypes = t;
		st->capltypes = n;
	}
	for (size_t g = 0; g < b->ngroups; g++) {
		if (b->locals[g].end < from)
			return 0;       /* not sorted: leave it to local_type() */
		memset(st->ltypes + from, b->locals[g].type, b->locals[g].end - from);
		from = b->locals[g].end;
	}
	b->ltypes = st->ltypes;
	b->nlocals = n;
	return 0;
}

static int local_type_search(body *b, uint32_t index, uint8_t *out)
{
	size_t lo = 0, hi = b->ngroups;

	while (lo < hi) {        /* first group whose end is past index */
		size_t mid = lo + (hi - lo) / 2;

		if (b->locals[mid].end > index)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (lo == b->ngroups)
		return REJECT;
	*out = b->locals[lo].type;
	return 0;
}

static inline int local_type(body *b, uint32_t index, uint8_t *out)
{
	if (!b->ltypes)
		return local_type_search(b, index, out);
	if (index >= b->nlocals)
		return REJECT;
	*out = b->ltypes[index];
	return 0;
}

/* A block type: void, one value type, or a function type index. */
static int block_type(body *b, const uint8_t **params, uint16_t *np,
		      const uint8_t **results, uint16_t *nr, bool *indexed)
{
	const wg_fv_module *m = b->mod;
	int64_t v;

	*params = NULL;
	*np = 0;
	*indexed = false;
	if (b->p < b->end && *b->p == 0x40) {
		b->p++;
		*results = NULL;
		*nr = 0;
		return 0;
	}
	TRY(sleb(b, 32, &v));
	if (v < 0) {
		if (v == -0x40) {
			*results = NULL;
			*nr = 0;
			return 0;
		}
		if (v < -0x40 || !(*results = single((uint8_t)(v & 0x7f))))
			return WG_FV_UNSUPPORTED;
		*nr = 1;
		return 0;
	}
	if ((uint64_t)v >= m->num_types)
		return REJECT;
	*indexed = true;
	*params = m->type_vals + m->type_start[v];
	*np = m->type_np[v];
	*results = *params + *np;
	*nr = m->type_nr[v];
	return 0;
}

static void func_sig(const wg_fv_module *m, uint32_t t, const uint8_t **params, uint16_t *np,
		     const uint8_t **results, uint16_t *nr)
{
	*params = m->type_vals + m->type_start[t];
	*np = m->type_np[t];
	*results = *params + *np;
	*nr = m->type_nr[t];
}

/* A memory access's immediate; `mem` its memory index. */
static inline int memarg(body *b, const wg_fv_op *op, bool atomic, uint32_t *mem)
{
	uint32_t align, offset;

	TRY(u32(b, &align));
	if (align >= 128)
		return REJECT;
	*mem = 0;
	if (align >> 6) {
		align &= 63;
		TRY(u32(b, mem));
	}
	if (*mem >= b->mod->num_memories)
		return REJECT;
	TRY(u32(b, &offset));
	if (align >= 32)
		return REJECT;
	if (atomic ? (1u << align) != op->mem : (1u << align) > op->mem)
		return REJECT;
	return 0;
}

static int generic_slow(body *b, const wg_fv_op *op)
{
	if (op->t3)
		TRY(pop(b, op->t3));
	if (op->t2)
		TRY(pop(b, op->t2));
	if (op->t1)
		TRY(pop(b, op->t1));
	return push(b, op->tr);
}

/* Pop t1..t3, push tr.  The common case first: the operands are in the
 * frame with exactly the types wanted (the stack never holds FV_NONE, so
 * an opcode whose types are not t1..tn in order fails the test too);
 * anything else (FV_ANY, unreachable code, an error) goes one by one. */
static inline int generic(body *b, const wg_fv_op *op)
{
	wg_fv_state *st = b->st;
	size_t nv = st->nvals, n = op->npop;
	const uint8_t *v;

	if (nv < top(b)->height + n)
		return generic_slow(b, op);
	v = st->vals + nv - n;
	if ((n > 0 && v[0] != op->t1) || (n > 1 && v[1] != op->t2) ||
	    (n > 2 && v[2] != op->t3))
		return generic_slow(b, op);
	st->nvals = nv - n;
	return push(b, op->tr);
}

static int memory_use(body *b, uint32_t mem)
{
	if (mem != 0)
		feature(b, WG_FEATURE_MULTI_MEMORY);
	return 0;
}

static int table_use(body *b, uint32_t table)
{
	if (table != 0)
		feature(b, WG_FEATURE_REFERENCE_TYPES);
	return 0;
}

/* ---- control instructions ---- */

static inline int op_block(body *b, uint8_t kind)
{
	const uint8_t *params, *results;
	uint16_t np, nr;
	bool indexed;

	TRY(block_type(b, &params, &np, &results, &nr, &indexed));
	TRY(work(b, indexed ? 3ull * (np + nr) : 1));
	if (kind == C_IF)
		TRY(pop(b, FV_I32));
	TRY(pop_n(b, params, np));
	if (indexed) {
		if (np > 0 || nr > 1)
			feature(b, WG_FEATURE_MULTI_VALUE);
	} else if (nr == 1) {
		feature(b, results[0] == FV_V128 ? WG_FEATURE_SIMD
			   : is_ref(results[0]) ? WG_FEATURE_REFERENCE_TYPES : 0);
	}
	if (b->st->nctl > WG_IMPL_MAX_NESTING)
		return REJECT;          /* reader.cc: implementation limit */
	return push_ctl(b, kind, params, np, results, nr);
}

static int op_else(body *b)
{
	struct ctl *c = top(b);

	if (c->kind != C_IF)
		return REJECT;
	TRY(check_results(b));
	c->kind = C_ELSE;
	c->unreachable = 0;
	return push_n(b, c->params, c->np);
}

static inline int op_end(body *b)
{
	struct ctl *c = top(b);
	const uint8_t *results;
	uint16_t nr;

	if (c->kind == C_IF)
		TRY(op_else(b));
	TRY(check_results(b));
	results = c->results;
	nr = c->nr;
	b->st->nctl--;
	if (b->st->nctl == 0)
		return 0;               /* the function's own end */
	return push_n(b, results, nr);
}

/* a tag index immediate (catch, throw): its parameter types */
static int tag_params(body *b, const uint8_t **params, uint16_t *np)
{
	const wg_fv_module *m = b->mod;
	const uint8_t *results;
	uint16_t nr;
	uint32_t tag;

	TRY(u32(b, &tag));
	TRY(work(b, tag < m->num_tags ? type_arity(m, m->tag_type[tag]) : 0));
	if (tag >= m->num_tags)
		return REJECT;
	func_sig(m, m->tag_type[tag], params, np, &results, &nr);
	return 0;
}

static int op_catch(body *b, bool all)
{
	const uint8_t *params = NULL;
	uint16_t np = 0;
	struct ctl *c;

	if (!all)
		TRY(tag_params(b, &params, &np));
	c = top(b);
	if (c->kind != C_TRY && c->kind != C_CATCH)
		return REJECT;
	TRY(check_results(b));
	c->kind = C_CATCH;
	c->unreachable = 0;
	return push_n(b, params, np);
}

static int op_throw(body *b)
{
	const uint8_t *params;
	uint16_t np;

	TRY(tag_params(b, &params, &np));
	TRY(pop_n(b, params, np));
	set_unreachable(b);
	return 0;
}

static int op_delegate(body *b)
{
	uint32_t depth;
	struct ctl *c;
	const uint8_t *results;
	uint16_t nr;

	TRY(u32(b, &depth));
	if (depth == UINT32_MAX)
		return REJECT;
	TRY(work(b, label_arity(b, depth + 1)));
	if (!label(b, depth + 1))
		return REJECT;
	c = top(b);
	if (c->kind != C_TRY)
		return REJECT;
	TRY(check_results(b));
	results = c->results;
	nr = c->nr;
	b->st->nctl--;
	return push_n(b, results, nr);
}

static inline int op_br(body *b, bool conditional)
{
	const uint8_t *ts;
	size_t n;
	uint32_t depth;
	struct ctl *c;

	TRY(u32(b, &depth));
	TRY(work(b, label_arity(b, depth)));
	if (conditional)
		TRY(pop(b, FV_I32));
	if (!(c = label(b, depth)))
		return REJECT;
	br_types(c, &ts, &n);
	if (!conditional) {
		TRY(peek_n(b, ts, n));
		set_unreachable(b);
		return 0;
	}
	TRY(pop_n(b, ts, n));
	return push_n(b, ts, n);
}

static int op_br_table(body *b)
{
	uint32_t count, depth;
	size_t arity = 0;

	TRY(u32(b, &count));
	if (count > (size_t)(b->end - b->p))
		return REJECT;
	TRY(pop(b, FV_I32));
	for (uint64_t i = 0; i <= count; i++) {
		const uint8_t *ts;
		size_t n;
		struct ctl *c;

		TRY(u32(b, &depth));
		TRY(work(b, (i < count) + label_arity(b, depth)));
		if (!(c = label(b, depth)))
			return REJECT;
		br_types(c, &ts, &n);
		TRY(peek_n(b, ts, n));
		if (i == 0)
			arity = n;
		else if (n != arity)
			return REJECT;
	}
	set_unreachable(b);
	return 0;
}

/* call / return_call (tail) of function `f` */
static inline int op_call(body *b, bool tail)
{
	const wg_fv_module *m = b->mod;
	const uint8_t *params, *results;
	uint16_t np, nr;
	uint32_t f;

	TRY(u32(b, &f));
	TRY(work(b, f < m->num_funcs ? type_arity(m, m->func_type[f]) : 0));
	if (f >= m->num_funcs)
		return REJECT;
	func_sig(m, m->func_type[f], &params, &np, &results, &nr);
	TRY(pop_n(b, params, np));
	if (!tail)
		return push_n(b, results, nr);
	if (nr != b->st->ctl[0].nr || (nr && memcmp(results, b->st->ctl[0].results, nr)))
		return REJECT;
	set_unreachable(b);
	return 0;
}

static int op_call_indirect(body *b, bool tail)
{
	const wg_fv_module *m = b->mod;
	const uint8_t *params, *results;
	uint16_t np, nr;
	uint32_t t, table;

	TRY(u32(b, &t));
	TRY(u32(b, &table));
	TRY(work(b, type_arity(m, t)));
	if (t >= m->num_types || table >= m->num_tables)
		return REJECT;
	func_sig(m, t, &params, &np, &results, &nr);
	TRY(pop(b, FV_I32));
	TRY(pop_n(b, params, np));
	if (!tail) {
		TRY(push_n(b, results, nr));
	} else {
		if (nr != b->st->ctl[0].nr || (nr && memcmp(results, b->st->ctl[0].results, nr)))
			return REJECT;
		set_unreachable(b);
	}
	return table_use(b, table);
}

static int op_return(body *b)
{
	struct ctl *f = &b->st->ctl[0];

	TRY(work(b, f->nr));
	TRY(pop_n(b, f->results, f->nr));
	set_unreachable(b);
	return 0;
}

/* ---- parametric, variables ---- */

static int op_select(body *b, bool typed)
{
	uint8_t t1, t2, want = FV_NONE;

	if (typed) {
		uint32_t n;

		TRY(u32(b, &n));
		if (n > 1)
			return REJECT;
		if (n == 1) {
			int64_t v;

			TRY(sleb(b, 32, &v));
			if (v >= 0 || v < -0x40 || !single((uint8_t)(v & 0x7f)))
				return WG_FV_UNSUPPORTED;
			want = (uint8_t)(v & 0x7f);
		}
	}
	TRY(pop(b, FV_I32));
	TRY(pop_any(b, &t1));
	TRY(pop_any(b, &t2));
	if (want != FV_NONE) {
		if ((t1 != want && t1 != FV_ANY) || (t2 != want && t2 != FV_ANY))
			return REJECT;
		return push(b, FV_ANY);         /* wabt 1.0.32 pushes "any" here */
	}
	if (is_ref(t1) || is_ref(t2))
		return REJECT;
	if (t1 != t2 && t1 != FV_ANY && t2 != FV_ANY)
		return REJECT;
	return push(b, t1);
}

static inline int op_local(body *b, unsigned code)
{
	uint32_t i;
	uint8_t t;

	TRY(u32(b, &i));
	TRY(local_type(b, i, &t));
	if (code == 0x20)
		return push(b, t);
	TRY(pop(b, t));
	return code == 0x22 ? push(b, t) : 0;
}

static int op_global(body *b, bool set)
{
	const wg_fv_module *m = b->mod;
	uint32_t g;

	TRY(u32(b, &g));
	if (g >= m->num_globals)
		return REJECT;
	if (!set)
		return push(b, m->global_type[g]);
	if (!m->global_mut[g])
		return REJECT;
	return pop(b, m->global_type[g]);
}

/* ---- memory, tables, references ---- */

static int memidx(body *b, uint32_t *mem)
{
	TRY(u32(b, mem));
	return *mem < b->mod->num_memories ? 0 : REJECT;
}

static int pop3_i32(body *b)
{
	TRY(pop(b, FV_I32));
	TRY(pop(b, FV_I32));
	return pop(b, FV_I32);
}

static int op_memory(body *b, unsigned key)
{
	const wg_fv_module *m = b->mod;
	uint32_t mem = 0, mem2 = 0, seg = 0;

	switch (key) {
	case 0x3f:              /* memory.size */
		TRY(memidx(b, &mem));
		TRY(push(b, FV_I32));
		break;
	case 0x40:              /* memory.grow */
		TRY(memidx(b, &mem));
		TRY(pop(b, FV_I32));
		TRY(push(b, FV_I32));
		break;
	case 0xfc08:            /* memory.init */
		if (!m->has_data_count)
			return REJECT;
		TRY(u32(b, &seg));
		TRY(memidx(b, &mem));
		if (seg >= m->data_count)
			return REJECT;
		TRY(pop3_i32(b));
		break;
	case 0xfc09:            /* data.drop */
		if (!m->has_data_count)
			return REJECT;
		TRY(u32(b, &seg));
		return seg < m->data_count ? 0 : REJECT;
	case 0xfc0a:            /* memory.copy */
		TRY(memidx(b, &mem));
		TRY(memidx(b, &mem2));
		TRY(pop3_i32(b));
		break;
	case 0xfc0b:            /* memory.fill */
		TRY(memidx(b, &mem));
		TRY(pop3_i32(b));
		break;
	default:
		return WG_FV_UNSUPPORTED;
	}
	return memory_use(b, mem | mem2);
}

static int tableidx(body *b, uint32_t *t)
{
	TRY(u32(b, t));
	return *t < b->mod->num_tables ? 0 : REJECT;
}

static int op_table(body *b, unsigned key)
{
	const wg_fv_module *m = b->mod;
	uint32_t t = 0, t2 = 0, seg;
	uint8_t elem;

	switch (key) {
	case 0x25:              /* table.get */
		TRY(tableidx(b, &t));
		TRY(pop(b, FV_I32));
		TRY(push(b, m->table_elem[t]));
		break;
	case 0x26:              /* table.set */
		TRY(tableidx(b, &t));
		TRY(pop(b, m->table_elem[t]));
		TRY(pop(b, FV_I32));
		break;
	case 0xfc0c:            /* table.init */
		TRY(u32(b, &seg));
		TRY(u32(b, &t));
		if (t >= m->num_tables || seg >= m->num_elems)
			return REJECT;
		TRY(pop3_i32(b));
		if (m->elem_type[seg] != m->table_elem[t])
			return REJECT;
		break;
	case 0xfc0d:            /* elem.drop */
		TRY(u32(b, &seg));
		return seg < m->num_elems ? 0 : REJECT;
	case 0xfc0e:            /* table.copy */
		TRY(tableidx(b, &t));
		TRY(tableidx(b, &t2));
		TRY(pop3_i32(b));
		if (m->table_elem[t] != m->table_elem[t2])
			return REJECT;
		break;
	case 0xfc0f:            /* table.grow */
		TRY(tableidx(b, &t));
		elem = m->table_elem[t];
		TRY(pop(b, FV_I32));
		TRY(pop(b, elem));
		TRY(push(b, FV_I32));
		break;
	case 0xfc10:            /* table.size */
		TRY(tableidx(b, &t));
		TRY(push(b, FV_I32));
		break;
	case 0xfc11:            /* table.fill */
		TRY(tableidx(b, &t));
		TRY(pop(b, FV_I32));
		TRY(pop(b, m->table_elem[t]));
		TRY(pop(b, FV_I32));
		break;
	default:
		return WG_FV_UNSUPPORTED;
	}
	return table_use(b, t | t2);
}

static int op_ref(body *b, unsigned code)
{
	const wg_fv_module *m = b->mod;
	int64_t v;
	uint32_t f;
	uint8_t t;

	switch (code) {
	case 0xd0:              /* ref.null */
		TRY(sleb(b, 32, &v));
		if (v != -0x10 && v != -0x11)
			return WG_FV_UNSUPPORTED;
		return push(b, (uint8_t)(v & 0x7f));
	case 0xd1:              /* ref.is_null */
		TRY(pop_any(b, &t));
		if (t != FV_ANY && !is_ref(t))
			return REJECT;
		return push(b, FV_I32);
	case 0xd2:              /* ref.func */
		TRY(u32(b, &f));
		if (f >= m->num_funcs || !m->declared[f])
			return REJECT;
		return push(b, FV_FUNCREF);
	}
	return WG_FV_UNSUPPORTED;
}

/* ---- the dispatch ---- */

/* Constants, SIMD immediates, fence. */
static int op_const(body *b, unsigned key)
{
	uint8_t c;

	switch (key) {
	case 0x41:
		TRY(sleb(b, 32, NULL));
		return push(b, FV_I32);
	case 0x42:
		TRY(sleb(b, 64, NULL));
		return push(b, FV_I64);
	case 0x43:
		TRY(skip_bytes(b, 4));
		return push(b, FV_F32);
	case 0x44:
		TRY(skip_bytes(b, 8));
		return push(b, FV_F64);
	case 0xfd0c:            /* v128.const */
		TRY(skip_bytes(b, 16));
		return push(b, FV_V128);
	case 0xfd0d:            /* i8x16.shuffle */
		for (int i = 0; i < 16; i++) {
			TRY(byte(b, &c));
			if (c >= 32)
				return REJECT;
		}
		TRY(pop(b, FV_V128));
		TRY(pop(b, FV_V128));
		return push(b, FV_V128);
	case 0xfe03:            /* atomic.fence */
		TRY(byte(b, &c));
		return c == 0 ? 0 : REJECT;
	}
	return WG_FV_UNSUPPORTED;
}

static int special(body *b, unsigned key)
{
	switch (key) {
	case 0x00: set_unreachable(b); return 0;
	case 0x01: return 0;
	case 0x02: return op_block(b, C_BLOCK);
	case 0x03: return op_block(b, C_LOOP);
	case 0x04: return op_block(b, C_IF);
	case 0x05: return op_else(b);
	case 0x06: return op_block(b, C_TRY);
	case 0x07: return op_catch(b, false);
	case 0x08: return op_throw(b);
	case 0x09: {
		uint32_t depth;
		struct ctl *c;

		TRY(u32(b, &depth));
		if (!(c = label(b, depth)) || c->kind != C_CATCH)
			return REJECT;
		set_unreachable(b);
		return 0;
	}
	case 0x0b: return op_end(b);
	case 0x0c: return op_br(b, false);
	case 0x0d: return op_br(b, true);
	case 0x0e: return op_br_table(b);
	case 0x0f: return op_return(b);
	case 0x10: return op_call(b, false);
	case 0x11: return op_call_indirect(b, false);
	case 0x12: return op_call(b, true);
	case 0x13: return op_call_indirect(b, true);
	case 0x18: return op_delegate(b);
	case 0x19: return op_catch(b, true);
	case 0x1a: {
		uint8_t t;
		return pop_any(b, &t);
	}
	case 0x1b: return op_select(b, false);
	case 0x1c: return op_select(b, true);
	case 0x20: case 0x21: case 0x22: return op_local(b, key);
	case 0x23: return op_global(b, false);
	case 0x24: return op_global(b, true);
	case 0x25: case 0x26: case 0xfc0c: case 0xfc0d: case 0xfc0e: case 0xfc0f:
	case 0xfc10: case 0xfc11:
		return op_table(b, key);
	case 0x3f: case 0x40: case 0xfc08: case 0xfc09: case 0xfc0a: case 0xfc0b:
		return op_memory(b, key);
	case 0xd0: case 0xd1: case 0xd2:
		return op_ref(b, key);
	}
	return op_const(b, key);
}

static int instr(body *b, const wg_fv_op *op)
{
	uint32_t mem;
	uint8_t lane;

	switch (op->kind) {
	case FK_GENERIC:
		return generic(b, op);
	case FK_MEM:
	case FK_MEM_ATOMIC:
		TRY(memarg(b, op, op->kind == FK_MEM_ATOMIC, &mem));
		TRY(generic(b, op));
		return memory_use(b, mem);
	case FK_MEM_LANE:
		TRY(memarg(b, op, false, &mem));
		TRY(byte(b, &lane));
		if (lane >= op->lanes)
			return REJECT;
		TRY(generic(b, op));
		return memory_use(b, mem);
	case FK_LANE:
		TRY(byte(b, &lane));
		if (lane >= op->lanes)
			return REJECT;
		return generic(b, op);
	case FK_SPECIAL:
		return special(b, op->prefix ? (unsigned)op->prefix << 8 | op->code : op->code);
	}
	return WG_FV_UNSUPPORTED;
}

/* A one-byte opcode: one switch on the byte for the frequent ones (a
 * single indirect jump), instr() for the rest. */
static int instr0(body *b, unsigned code, const wg_fv_op *op)
{
	switch (code) {
	case 0x02: return op_block(b, C_BLOCK);
	case 0x03: return op_block(b, C_LOOP);
	case 0x04: return op_block(b, C_IF);
	case 0x05: return op_else(b);
	case 0x0b: return op_end(b);
	case 0x0c: return op_br(b, false);
	case 0x0d: return op_br(b, true);
	case 0x0e: return op_br_table(b);
	case 0x0f: return op_return(b);
	case 0x10: return op_call(b, false);
	case 0x11: return op_call_indirect(b, false);
	case 0x1a: return special(b, code);
	case 0x1b: return op_select(b, false);
	case 0x20: case 0x21: case 0x22: return op_local(b, code);
	case 0x23: return op_global(b, false);
	case 0x24: return op_global(b, true);
	case 0x41:
		TRY(sleb(b, 32, NULL));
		return push(b, FV_I32);
	case 0x42:
		TRY(sleb(b, 64, NULL));
		return push(b, FV_I64);
	}
	if (op->kind == FK_GENERIC)
		return generic(b, op);
	if (op->kind == FK_MEM) {       /* loads and stores */
		uint32_t mem;

		TRY(memarg(b, op, false, &mem));
		TRY(generic(b, op));
		return memory_use(b, mem);
	}
	return instr(b, op);
}

/* The opcode at b->p (prefix and LEB code), as wabt's enum; FV_NO_OP when
 * the fast path does not know it. */
static int decode_op(body *b, unsigned *e)
{
	uint8_t first = *b->p++;
	uint32_t code;

	if (first < 0xfc || first == 0xff) {
		*e = wg_fv_op0[first];
		return 0;
	}
	TRY(u32(b, &code));
	*e = first == 0xfc ? (code < FV_FC_MAX ? wg_fv_opfc[code] : FV_NO_OP)
	   : first == 0xfd ? (code < FV_FD_MAX ? wg_fv_opfd[code] : FV_NO_OP)
	   : (code < FV_FE_MAX ? wg_fv_opfe[code] : FV_NO_OP);
	return 0;
}

int wg_fv_body(wg_fv_state *st, const wg_fv_module *mod, const wg_fv_local *locals,
	       size_t num_groups, uint32_t func, const uint8_t *data, size_t start,
	       size_t end, wg_fv_stats *stats)
{
	body b = { st, mod, locals, num_groups, NULL, 0, func, data, data + start, data + end,
		   stats };
	const uint8_t *params, *results;
	uint16_t np, nr;
	int rc;

	if (start > end || func >= mod->num_funcs)
		return REJECT;
	st->nvals = 0;
	st->nctl = 0;
	TRY(flat_locals(&b, end - start));
	func_sig(mod, mod->func_type[func], &params, &np, &results, &nr);
	TRY(push_ctl(&b, C_FUNC, NULL, 0, results, nr));
	while (b.p < b.end) {
		uint64_t at = (uint64_t)(b.p - data);
		unsigned e;

		if (st->nctl == 0)
			return REJECT;  /* an instruction after the function's end */
		TRY(decode_op(&b, &e));
		if (e == FV_NO_OP)
			return WG_FV_UNSUPPORTED;
		if (!stats->op_count[e]++) {
			stats->op_first[e] = at;
			stats->op_func[e] = func;
		}
		rc = data[at] < 0xfc ? instr0(&b, data[at], &wg_fv_ops[e]) : instr(&b, &wg_fv_ops[e]);
		if (rc) {
			stats->stop_offset = at;
			return rc;
		}
	}
	stats->stop_offset = (uint64_t)(b.p - data);
	return st->nctl == 0 ? WG_FV_OK : REJECT;
}
