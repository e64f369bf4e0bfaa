/*
 * test_wasm_same.h - compare two reads of the same module fact by fact
 * (status, message, offsets, imports, exports, memories, tables, customs,
 * opcode histogram, features with where they are first used, names):
 * the fast path's read against wabt's.  Returns NULL when they agree, or
 * a static description of the first difference.
 */
#ifndef WG_TEST_WASM_SAME_H
#define WG_TEST_WASM_SAME_H

#include "wasmgate/module.h"

#include <stdio.h>
#include <string.h>

static inline bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

static inline const char *module_diff(const wg_module *a, const wg_module *b)
{
	static char why[256];

#define DIFF(cond, ...)                                                 \
	do {                                                            \
		if (cond) {                                             \
			snprintf(why, sizeof(why), __VA_ARGS__);        \
			return why;                                     \
		}                                                       \
	} while (0)
	DIFF(a->status != b->status, "status %d vs %d", a->status, b->status);
	DIFF(!same_str(a->error, b->error), "error '%s' vs '%s'", a->error ? a->error : "",
	     b->error ? b->error : "");
	DIFF(a->error_offset != b->error_offset, "error offset %llu vs %llu",
	     (unsigned long long)a->error_offset, (unsigned long long)b->error_offset);
	DIFF(a->limit != b->limit, "limit kind");
	DIFF(a->num_types != b->num_types || a->num_globals != b->num_globals ||
	     a->num_func_imports != b->num_func_imports || a->num_funcs != b->num_funcs ||
	     a->num_tags != b->num_tags || a->num_data_segments != b->num_data_segments ||
	     a->num_elem_segments != b->num_elem_segments, "counts");
	DIFF(a->has_start != b->has_start || a->start_func != b->start_func, "start");
	DIFF(a->num_imports != b->num_imports, "number of imports");
	for (size_t i = 0; i < a->num_imports; i++)
		DIFF(!same_str(a->imports[i].module, b->imports[i].module) ||
		     !same_str(a->imports[i].field, b->imports[i].field) ||
		     a->imports[i].kind != b->imports[i].kind ||
		     a->imports[i].sig_index != b->imports[i].sig_index ||
		     a->imports[i].offset != b->imports[i].offset, "import %zu", i);
	DIFF(a->num_exports != b->num_exports, "number of exports");
	for (size_t i = 0; i < a->num_exports; i++)
		DIFF(!same_str(a->exports[i].name, b->exports[i].name) ||
		     a->exports[i].kind != b->exports[i].kind ||
		     a->exports[i].index != b->exports[i].index ||
		     a->exports[i].offset != b->exports[i].offset, "export %zu", i);
	DIFF(a->num_memories != b->num_memories ||
	     (a->num_memories && memcmp(a->memories, b->memories,
					a->num_memories * sizeof(*a->memories))), "memories");
	DIFF(a->num_tables != b->num_tables ||
	     (a->num_tables && memcmp(a->tables, b->tables, a->num_tables * sizeof(*a->tables))),
	     "tables");
	DIFF(a->num_customs != b->num_customs, "number of custom sections");
	for (size_t i = 0; i < a->num_customs; i++)
		DIFF(!same_str(a->customs[i].name, b->customs[i].name) ||
		     !same_str(a->customs[i].error, b->customs[i].error) ||
		     a->customs[i].offset != b->customs[i].offset ||
		     a->customs[i].size != b->customs[i].size, "custom section %zu", i);
	DIFF(a->num_opcodes != b->num_opcodes, "number of opcodes %zu vs %zu", a->num_opcodes,
	     b->num_opcodes);
	for (size_t i = 0; i < a->num_opcodes; i++)
		DIFF(!same_str(a->opcodes[i].name, b->opcodes[i].name) ||
		     a->opcodes[i].code != b->opcodes[i].code ||
		     a->opcodes[i].count != b->opcodes[i].count ||
		     a->opcodes[i].first_offset != b->opcodes[i].first_offset ||
		     a->opcodes[i].first_func != b->opcodes[i].first_func,
		     "opcode %s", a->opcodes[i].name);
	DIFF(a->num_func_names != b->num_func_names, "number of names");
	for (size_t i = 0; i < a->num_func_names; i++)
		DIFF(!same_str(a->func_names[i], b->func_names[i]), "name %zu", i);
	DIFF(a->largest_func_bytes != b->largest_func_bytes || a->largest_func != b->largest_func,
	     "largest function");
	DIFF(a->features != b->features, "features %#x vs %#x", a->features, b->features);
	for (int i = 0; i < WG_FEATURE_COUNT; i++)
		DIFF(a->feature_offset[i] != b->feature_offset[i] ||
		     a->feature_func[i] != b->feature_func[i],
		     "feature %s first used at %llu (func %u) vs %llu (func %u)",
		     wg_feature_name((wg_feature)(1u << i)),
		     (unsigned long long)a->feature_offset[i], a->feature_func[i],
		     (unsigned long long)b->feature_offset[i], b->feature_func[i]);
#undef DIFF
	return NULL;
}

/* Read `data` with the fast path and with wabt alone; the first difference
 * or NULL.  *status gets the (common) status. */
static inline const char *fast_vs_wabt(const uint8_t *data, size_t len, int *status)
{
	wg_module *fast = NULL, *slow = NULL;
	const char *why;

	wg_module_set_fastpath(WG_FASTPATH_ON);
	if (wg_module_read_mem(data, len, NULL, &fast))
		return "fast read failed";
	wg_module_set_fastpath(WG_FASTPATH_OFF);
	if (wg_module_read_mem(data, len, NULL, &slow)) {
		wg_module_free(fast);
		return "wabt read failed";
	}
	wg_module_set_fastpath(WG_FASTPATH_DEFAULT);
	why = module_diff(fast, slow);
	if (status)
		*status = slow->status;
	wg_module_free(fast);
	wg_module_free(slow);
	return why;
}

#endif
