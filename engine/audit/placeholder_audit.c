/* placeholder so the part builds; replaced by the real sources */
typedef int wg_audit_placeholder_t;
