/*
 * simd.c - wasm SIMD128 arithmetic: a dot product and an in-place scale of
 * two fixed float vectors, four lanes at a time (wasm_simd128.h).  The host
 * fills the vectors through simd_a() / simd_b(); no imports, no heap.
 */
#include <wasm_simd128.h>

#define SIMD_LEN 1024 /* floats per vector, a multiple of 4 */

static float vec_a[SIMD_LEN] __attribute__((aligned(16)));
static float vec_b[SIMD_LEN] __attribute__((aligned(16)));

float *simd_a(void)
{
	return vec_a;
}

float *simd_b(void)
{
	return vec_b;
}

/* sum(a[i] * b[i]) over the first n floats (n rounded down to 4). */
float simd_dot(unsigned n)
{
	v128_t acc = wasm_f32x4_splat(0.0f);

	if (n > SIMD_LEN)
		n = SIMD_LEN;
	for (unsigned i = 0; i + 4 <= n; i += 4) {
		v128_t a = wasm_v128_load(&vec_a[i]);
		v128_t b = wasm_v128_load(&vec_b[i]);

		acc = wasm_f32x4_add(acc, wasm_f32x4_mul(a, b));
	}
	return wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1) +
	       wasm_f32x4_extract_lane(acc, 2) + wasm_f32x4_extract_lane(acc, 3);
}

/* a[i] *= k over the first n floats (n rounded down to 4). */
void simd_scale(unsigned n, float k)
{
	v128_t kk = wasm_f32x4_splat(k);

	if (n > SIMD_LEN)
		n = SIMD_LEN;
	for (unsigned i = 0; i + 4 <= n; i += 4)
		wasm_v128_store(&vec_a[i], wasm_f32x4_mul(wasm_v128_load(&vec_a[i]), kk));
}
