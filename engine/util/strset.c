/*
 * strset.c - a set of string pairs (a, b) with open addressing and linear
 * probing, for linear-time "seen before?" questions over names read from a
 * module (the baseline diff's imports).  Keys are hashed with libsodium's
 * keyed SipHash (crypto_shorthash) under a random key per set, so a hostile
 * module cannot choose names that collide.  The set does not copy the
 * strings: they must outlive it.  The table stays at most half full;
 * `probes` counts key comparisons so tests can check the work is linear
 * without a clock.
 */
#include "util/util.h"

#include <sodium.h>
#include <stdlib.h>
#include <string.h>

static uint64_t pair_hash(const wg_strset *s, const char *a, const char *b)
{
	uint8_t ha[crypto_shorthash_BYTES], hb[crypto_shorthash_BYTES];
	uint64_t x, y;

	crypto_shorthash(ha, (const uint8_t *)a, strlen(a), s->key);
	crypto_shorthash(hb, (const uint8_t *)b, strlen(b), s->key);
	memcpy(&x, ha, sizeof(x));
	memcpy(&y, hb, sizeof(y));
	return x ^ (y * 0x9e3779b97f4a7c15ull + (x << 6) + (x >> 2));
}

/* The slot holding (a, b), or the empty slot where it would go. */
static wg_strset_slot *find(wg_strset *s, const char *a, const char *b, uint64_t h)
{
	size_t mask = s->cap - 1;

	for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
		wg_strset_slot *e = &s->slots[i];

		if (!e->a)
			return e;
		s->probes++;
		if (e->hash == h && !strcmp(e->a, a) && !strcmp(e->b, b))
			return e;
	}
}

static int grow(wg_strset *s)
{
	size_t cap = s->cap ? s->cap * 2 : 64;
	wg_strset_slot *old = s->slots, *slots = wg_calloc(cap, sizeof(*slots));
	size_t old_cap = s->cap;

	if (!slots)
		return WG_ENOMEM;
	s->slots = slots;
	s->cap = cap;
	for (size_t i = 0; i < old_cap; i++)
		if (old[i].a)
			*find(s, old[i].a, old[i].b, old[i].hash) = old[i];
	free(old);
	return WG_OK;
}

void wg_strset_init(wg_strset *s)
{
	memset(s, 0, sizeof(*s));
	if (sodium_init() < 0)
		abort();   /* libsodium cannot run without a random source */
	randombytes_buf(s->key, sizeof(s->key));
}

int wg_strset_add(wg_strset *s, const char *a, const char *b, bool *added)
{
	uint64_t h;
	wg_strset_slot *e;

	b = b ? b : "";
	if (2 * (s->count + 1) > s->cap && grow(s))
		return WG_ENOMEM;
	h = pair_hash(s, a, b);
	e = find(s, a, b, h);
	*added = !e->a;
	if (!e->a) {
		*e = (wg_strset_slot){ a, b, h };
		s->count++;
	}
	return WG_OK;
}

bool wg_strset_has(wg_strset *s, const char *a, const char *b)
{
	b = b ? b : "";
	return s->cap && find(s, a, b, pair_hash(s, a, b))->a != NULL;
}

void wg_strset_free(wg_strset *s)
{
	free(s->slots);
	s->slots = NULL;
	s->cap = s->count = 0;
}
