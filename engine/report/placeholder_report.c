/* placeholder so the part builds; replaced by the real sources */
typedef int wg_report_placeholder_t;
