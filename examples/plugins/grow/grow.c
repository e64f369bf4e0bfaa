/*
 * grow.c - a plugin that grows its linear memory on request (memory.grow)
 * and is linked without a memory maximum, so nothing bounds how much of the
 * host's memory it may take.  No imports, no libc.
 */
#include <stddef.h>

#define WASM_PAGE 65536u

/* Grow by `pages` pages; returns the old size in pages, or -1 when refused. */
int grow_reserve(unsigned pages)
{
	return (int)__builtin_wasm_memory_grow(0, pages);
}

/* Current size of linear memory in pages. */
unsigned grow_pages(void)
{
	return (unsigned)__builtin_wasm_memory_size(0);
}

/* Grow by enough pages for `bytes` more bytes; returns the first new byte. */
void *grow_alloc(unsigned bytes)
{
	unsigned pages = (bytes + WASM_PAGE - 1) / WASM_PAGE;
	size_t old = __builtin_wasm_memory_grow(0, pages);

	if (old == (size_t)-1)
		return NULL;
	return (void *)(old * WASM_PAGE);
}
