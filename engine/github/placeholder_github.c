/* placeholder so the part builds; replaced by the real sources */
typedef int wg_github_placeholder_t;
