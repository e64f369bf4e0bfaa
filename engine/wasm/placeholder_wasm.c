/* placeholder so the part builds; replaced by the real sources */
typedef int wg_wasm_placeholder_t;
