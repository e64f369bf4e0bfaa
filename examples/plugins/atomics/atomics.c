/*
 * atomics.c - counters shared between threads: linear memory is shared
 * (threads proposal) and the counters are updated with atomic
 * read-modify-write, wait and notify instructions.  A sandbox that runs
 * plugins single-threaded rejects all of it.  No imports, no libc.
 *
 * The counters are ATOMICS_CELLS ints at __heap_base (the start of the
 * free part of memory, set by wasm-ld) rather than static data: a static
 * variable in shared memory would make wasm-ld add a start function
 * (__wasm_init_memory), which is not what this example is about.
 */
#include <stdatomic.h>

#define ATOMICS_CELLS 64

extern unsigned char __heap_base; /* defined by wasm-ld */

static _Atomic int *cell(unsigned i)
{
	return (_Atomic int *)&__heap_base + (i % ATOMICS_CELLS);
}

/* Add n to counter i; returns the value before. */
int atomics_add(unsigned i, int n)
{
	return atomic_fetch_add(cell(i), n);
}

int atomics_get(unsigned i)
{
	return atomic_load(cell(i));
}

/* Block while counter i equals `expected` (up to timeout_ns, -1 forever);
 * 0 woken, 1 not equal, 2 timed out. */
int atomics_wait(unsigned i, int expected, long long timeout_ns)
{
	return __builtin_wasm_memory_atomic_wait32((int *)cell(i), expected, timeout_ns);
}

/* Wake up to `count` waiters on counter i; returns how many woke. */
unsigned atomics_notify(unsigned i, unsigned count)
{
	return __builtin_wasm_memory_atomic_notify((int *)cell(i), count);
}
