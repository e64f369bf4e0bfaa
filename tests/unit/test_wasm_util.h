/*
 * test_wasm_util.h - helpers shared by the test_wasm_*.c unit tests: read
 * a WAT text or raw bytes into a wg_module, walk the sections of a binary
 * (per the binary format spec: id byte, u32 LEB128 size, payload) and
 * append custom sections, so expected offsets come from the bytes
 * themselves and never from the reader under test.
 */
#ifndef WG_TEST_WASM_UTIL_H
#define WG_TEST_WASM_UTIL_H

#include "testutil.h"
#include "util/util.h"
#include "wasmgate/module.h"

#include <stdlib.h>
#include <string.h>

typedef struct {
	uint8_t *data;
	size_t len;
} bytes_t;

static inline bytes_t bytes_of_wat(const char *name, const char *wat)
{
	char *path = wg_test_wat(name, wat);
	char *buf = NULL;
	size_t len = 0;

	ck_assert_int_eq(wg_file_read(path, 0, &buf, &len), 0);
	free(path);
	return (bytes_t){ (uint8_t *)buf, len };
}

static inline wg_module *module_of_bytes(const uint8_t *data, size_t len)
{
	wg_module *m = NULL;

	ck_assert_int_eq(wg_module_read_mem(data, len, NULL, &m), 0);
	ck_assert_ptr_nonnull(m);
	return m;
}

static inline wg_module *module_of_wat(const char *name, const char *wat)
{
	char *path = wg_test_wat(name, wat);
	wg_module *m = NULL;

	ck_assert_int_eq(wg_module_read_file(path, NULL, &m), 0);
	ck_assert_ptr_nonnull(m);
	free(path);
	return m;
}

/* Decode a u32 LEB128 at p (max 5 bytes); returns bytes used, 0 if bad. */
static inline size_t leb_u32(const uint8_t *p, const uint8_t *end, uint32_t *out)
{
	uint32_t v = 0;

	for (size_t i = 0; i < 5 && p + i < end; i++) {
		v |= (uint32_t)(p[i] & 0x7f) << (7 * i);
		if (!(p[i] & 0x80)) {
			*out = v;
			return i + 1;
		}
	}
	return 0;
}

/* The n-th section (0-based, any id when id < 0) : start of its id byte,
 * payload offset and length.  Returns 0 when there is none. */
static inline int find_section(const bytes_t *b, int id, size_t *start, size_t *payload,
			       uint32_t *plen)
{
	size_t off = 8;

	while (off < b->len) {
		uint32_t size = 0;
		size_t n = leb_u32(b->data + off + 1, b->data + b->len, &size);

		ck_assert_uint_gt(n, 0);
		if (id < 0 || b->data[off] == id) {
			*start = off;
			*payload = off + 1 + n;
			*plen = size;
			return 1;
		}
		off += 1 + n + size;
	}
	return 0;
}

/* Every section boundary (offsets where a section starts, and the end). */
static inline size_t section_bounds(const bytes_t *b, size_t *out, size_t max)
{
	size_t off = 8, n = 0;

	while (off < b->len && n < max) {
		uint32_t size = 0;
		size_t k = leb_u32(b->data + off + 1, b->data + b->len, &size);

		out[n++] = off;
		off += 1 + k + size;
	}
	if (n < max)
		out[n++] = b->len;
	return n;
}

static inline void put_leb(wg_buf *w, uint32_t v)
{
	do {
		char c = (char)(v & 0x7f);
		v >>= 7;
		if (v)
			c |= (char)0x80;
		ck_assert_int_eq(wg_buf_put(w, &c, 1), 0);
	} while (v);
}

/* Append a custom section `name` with `payload` to b (realloc'd). */
static inline void append_custom(bytes_t *b, const char *name, const void *payload, size_t plen)
{
	wg_buf body = WG_BUF_INIT, sec = WG_BUF_INIT;

	put_leb(&body, (uint32_t)strlen(name));
	ck_assert_int_eq(wg_buf_put(&body, name, strlen(name)), 0);
	ck_assert_int_eq(wg_buf_put(&body, payload, plen), 0);
	ck_assert_int_eq(wg_buf_put(&sec, "", 1), 0);  /* id 0: custom */
	put_leb(&sec, (uint32_t)body.len);
	ck_assert_int_eq(wg_buf_put(&sec, body.ptr, body.len), 0);
	b->data = realloc(b->data, b->len + sec.len);
	ck_assert_ptr_nonnull(b->data);
	memcpy(b->data + b->len, sec.ptr, sec.len);
	b->len += sec.len;
	wg_buf_free(&body);
	wg_buf_free(&sec);
}

/* Offset of the first occurrence of `pat` in [from, to), or (size_t)-1. */
static inline size_t find_bytes(const bytes_t *b, size_t from, size_t to, const void *pat,
				size_t n)
{
	for (size_t i = from; i + n <= to && i + n <= b->len; i++)
		if (!memcmp(b->data + i, pat, n))
			return i;
	return (size_t)-1;
}

#endif
