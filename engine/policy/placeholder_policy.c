/* placeholder so the part builds; replaced by the real sources */
typedef int wg_policy_placeholder_t;
