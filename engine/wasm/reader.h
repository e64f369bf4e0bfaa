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

/* Record why reading stopped (first call wins); WG_OK or WG_ENOMEM. */
int wg_wasm_set_status(wg_module *m, wg_module_status status,
		       uint64_t offset, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#ifdef __cplusplus
}
#endif
#endif
