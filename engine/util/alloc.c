/*
 * alloc.c - allocation helpers that report out-of-memory through
 * wg_error_set(), growable arrays and the wg_buf string builder.
 */
#include "util/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void *wg_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		wg_error_set(WG_ENOMEM, "out of memory (%zu bytes)", n);
	return p;
}

void *wg_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		wg_error_set(WG_ENOMEM, "out of memory (%zu x %zu bytes)", n, size);
	return p;
}

void *wg_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		wg_error_set(WG_ENOMEM, "out of memory (%zu bytes)", n);
	return q;
}

char *wg_strndup(const char *s, size_t n)
{
	char *d = wg_malloc(n + 1);

	if (d) {
		memcpy(d, s, n);
		d[n] = '\0';
	}
	return d;
}

char *wg_strdup(const char *s)
{
	return s ? wg_strndup(s, strlen(s)) : NULL;
}

char *wg_vasprintf(const char *fmt, va_list ap)
{
	char *s = NULL;

	if (vasprintf(&s, fmt, ap) < 0) {
		wg_error_set(WG_ENOMEM, "out of memory");
		return NULL;
	}
	return s;
}

char *wg_asprintf(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = wg_vasprintf(fmt, ap);
	va_end(ap);
	return s;
}

int wg_array_grow(void **items, size_t *cap, size_t need, size_t size)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 8;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2 / size)
			return wg_error_set(WG_ENOMEM, "array too large");
		ncap *= 2;
	}
	p = wg_realloc(*items, ncap * size);
	if (!p)
		return WG_ENOMEM;
	*items = p;
	*cap = ncap;
	return 0;
}

int wg_buf_put(wg_buf *b, const char *s, size_t n)
{
	if (wg_array_grow((void **)&b->ptr, &b->cap, b->len + n + 1, 1))
		return WG_ENOMEM;
	memcpy(b->ptr + b->len, s, n);
	b->len += n;
	b->ptr[b->len] = '\0';
	return 0;
}

int wg_buf_puts(wg_buf *b, const char *s)
{
	return wg_buf_put(b, s, strlen(s));
}

int wg_buf_printf(wg_buf *b, const char *fmt, ...)
{
	va_list ap;
	char *s;
	int rc;

	va_start(ap, fmt);
	s = wg_vasprintf(fmt, ap);
	va_end(ap);
	if (!s)
		return WG_ENOMEM;
	rc = wg_buf_puts(b, s);
	free(s);
	return rc;
}

char *wg_buf_detach(wg_buf *b)
{
	char *p = b->ptr;

	if (!p)
		p = wg_strdup("");
	b->ptr = NULL;
	b->len = b->cap = 0;
	return p;
}

void wg_buf_free(wg_buf *b)
{
	free(b->ptr);
	b->ptr = NULL;
	b->len = b->cap = 0;
}
