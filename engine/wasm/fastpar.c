/*
 * fastpar.c - the fast path's bodies on several threads: once wabt has read
 * the module-level sections, function bodies are independent, so a large
 * module's bodies are cut into contiguous chunks of about equal bytes and
 * validated by one thread each (the caller's thread takes the first).
 * Each chunk has its own validator state and statistics; the merge keeps
 * the facts of a sequential read: counts add up, an opcode's or feature's
 * first use is the one of the earliest chunk that has it, and the work
 * budget applies to the sum.
 */
#include "wasm/fastval.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Below this many bytes per thread a thread costs more than it saves. */
#define MIN_CHUNK_BYTES (512u * 1024u)
#define MAX_THREADS 64u

typedef struct {
	const wg_fv_module *mod;
	const wg_fv_job *jobs;
	size_t first, last;             /* jobs [first, last) */
	const wg_fv_local *groups;
	const uint8_t *data;
	wg_fv_stats stats;
	int rc;
} chunk;

static void *run_chunk(void *arg)
{
	chunk *c = arg;
	wg_fv_state *st = wg_fv_state_new();

	c->rc = st ? WG_FV_OK : WG_FV_NOMEM;
	for (size_t i = c->first; i < c->last && c->rc == WG_FV_OK; i++) {
		const wg_fv_job *j = &c->jobs[i];

		c->rc = wg_fv_body(st, c->mod, c->groups + j->group, j->ngroups, j->func,
				   c->data, j->start, j->end, &c->stats);
	}
	wg_fv_state_free(st);
	return NULL;
}

/* Statistics arrays of their own for chunks after the first. */
static int own_arrays(wg_fv_stats *s, const wg_fv_stats *like)
{
	*s = (wg_fv_stats){ 0 };
	s->work_max = like->work_max;
	s->op_count = calloc(wg_fv_num_opcodes, sizeof(uint64_t));
	s->op_first = calloc(wg_fv_num_opcodes, sizeof(uint64_t));
	s->op_func = calloc(wg_fv_num_opcodes, sizeof(uint32_t));
	return s->op_count && s->op_first && s->op_func ? 0 : -1;
}

static void free_arrays(wg_fv_stats *s)
{
	free(s->op_count);
	free(s->op_first);
	free(s->op_func);
}

/* Add a later chunk's statistics to `into`. */
static void merge(wg_fv_stats *into, const wg_fv_stats *s)
{
	for (unsigned e = 0; e < wg_fv_num_opcodes; e++) {
		if (!s->op_count[e])
			continue;
		if (!into->op_count[e]) {
			into->op_first[e] = s->op_first[e];
			into->op_func[e] = s->op_func[e];
		}
		into->op_count[e] += s->op_count[e];
	}
	for (unsigned i = 0; i < 16; i++) {
		if (!(s->features >> i & 1) || (into->features >> i & 1))
			continue;
		into->feature_offset[i] = s->feature_offset[i];
		into->feature_func[i] = s->feature_func[i];
		into->features |= 1u << i;
	}
	into->work += s->work;
}

/* Cut jobs into `k` chunks of about equal bytes; bounds[k] = n. */
static void cut(const wg_fv_job *jobs, size_t n, uint64_t total, unsigned k, size_t *bounds)
{
	uint64_t acc = 0;
	size_t i = 0;

	for (unsigned c = 0; c < k; c++) {
		uint64_t goal = total * (c + 1) / k;

		bounds[c] = i;
		while (i < n && (acc < goal || c == k - 1)) {
			acc += jobs[i].end - jobs[i].start;
			i++;
		}
	}
	bounds[k] = n;
}

int wg_fv_bodies(const wg_fv_module *mod, const wg_fv_job *jobs, size_t n,
		 const wg_fv_local *groups, const uint8_t *data, unsigned threads,
		 wg_fv_stats *stats)
{
	chunk c[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	bool started[MAX_THREADS] = { false };
	size_t bounds[MAX_THREADS + 1];
	uint64_t total = 0;
	unsigned k;
	int rc = WG_FV_OK;

	for (size_t i = 0; i < n; i++)
		total += jobs[i].end - jobs[i].start;
	k = threads < MAX_THREADS ? threads : MAX_THREADS;
	if (k > total / MIN_CHUNK_BYTES)
		k = (unsigned)(total / MIN_CHUNK_BYTES);
	if (k < 1)
		k = 1;
	cut(jobs, n, total, k, bounds);
	for (unsigned t = 0; t < k; t++) {
		c[t] = (chunk){ mod, jobs, bounds[t], bounds[t + 1], groups, data, *stats, WG_FV_OK };
		if (t > 0 && own_arrays(&c[t].stats, stats))
			c[t].rc = WG_FV_NOMEM;
	}
	for (unsigned t = 1; t < k; t++)
		if (c[t].rc == WG_FV_OK)
			started[t] = pthread_create(&tid[t], NULL, run_chunk, &c[t]) == 0;
	run_chunk(&c[0]);
	for (unsigned t = 1; t < k; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		else if (c[t].rc == WG_FV_OK)
			run_chunk(&c[t]);       /* no thread: this one does it */
	}
	*stats = c[0].stats;
	rc = c[0].rc;
	for (unsigned t = 1; t < k; t++) {
		if (rc == WG_FV_OK && (rc = c[t].rc) == WG_FV_OK)
			merge(stats, &c[t].stats);
		free_arrays(&c[t].stats);
	}
	if (rc == WG_FV_OK && stats->work > stats->work_max)
		rc = WG_FV_REJECT;
	return rc;
}
