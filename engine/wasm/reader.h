/*
 * reader.h - the seam between module.c (C: allocation, digest, file
 * views, the checks that need no decoder) and reader.cc (the one C++ file
 * that drives wabt).  Internal to engine/wasm/.
 */
#ifndef WG_WASM_READER_H
#define WG_WASM_READER_H

#include "wasmgate/module.h"

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Decode and validate `data` into `m` (already zeroed, with size and
 * sha256 set).  Sets m->status / m->error / m->error_offset for bad bytes.
 * @return WG_OK, or WG_ENOMEM (m holds whatever was read so far).
 */
int wg_wasm_read(wg_module *m, const uint8_t *data, size_t size,
		 const wg_module_limits *limits);

/* Whether the fast path (fastval.c) reads function bodies: WG_FASTPATH
 * ("off" / "on"), else wg_module_set_fastpath(), else on. */
bool wg_wasm_fastpath(void);

/* Threads one module's function bodies may use (wg_module_set_threads()). */
unsigned wg_wasm_body_threads(void);

/* Free and zero what a read filled in `m` (size, sha256, path and version
 * stay), so that it can be read again. */
void wg_wasm_reset(wg_module *m);

/* For tests: the fast path's own verdict on a module, without wabt's
 * re-read: WG_FV_OK, WG_FV_REJECT, WG_FV_UNSUPPORTED (fastval.h), or -1
 * when it did not read the bodies (no code section, or module-level
 * constructs it does not implement). */
int wg_wasm_fast_verdict(const uint8_t *data, size_t size);

/* Record why reading stopped (first call wins); WG_OK or WG_ENOMEM. */
int wg_wasm_set_status(wg_module *m, wg_module_status status,
		       uint64_t offset, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#ifdef __cplusplus
}
#endif
#endif
