/* placeholder so the part builds; replaced by the real sources */
typedef int wg_attest_placeholder_t;
