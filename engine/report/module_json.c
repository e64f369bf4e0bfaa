/*
 * module_json.c - wg_module_to_json(): the JSON view of a wg_module, the
 * shape `wasmgate inspect --json` prints and audit reports embed (json.h).
 * Keys are only ever added.  Offsets are byte offsets into the file;
 * "start" is null without a start function; "error" is null when ok.
 */
#include "wasmgate/json.h"
#include "util/util.h"

static json_t *str_or_null(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* json_string() refuses bytes that are not UTF-8 (names are bytes here):
 * write such bytes as "\xNN" text instead of dropping the name. */
static json_t *name_json(const char *s)
{
	json_t *j;
	wg_buf b = WG_BUF_INIT;

	if (!s)
		return json_null();
	if ((j = json_string(s)))
		return j;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x80 ? wg_buf_put(&b, (const char *)p, 1) : wg_buf_printf(&b, "\\x%02x", *p)) {
			wg_buf_free(&b);
			return NULL;
		}
	}
	j = json_string(b.ptr ? b.ptr : "");
	wg_buf_free(&b);
	return j;
}

static json_t *imports_json(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_imports; i++) {
		const wg_import *im = &m->imports[i];
		json_t *o = json_pack("{s:o,s:o,s:s,s:I}", "module", name_json(im->module),
				      "field", name_json(im->field),
				      "kind", wg_extern_kind_name(im->kind),
				      "offset", (json_int_t)im->offset);
		if (o && im->kind == WG_EXTERN_FUNC)
			json_object_set_new(o, "type", json_integer(im->sig_index));
		json_array_append_new(a, o);
	}
	return a;
}

static json_t *exports_json(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_exports; i++) {
		const wg_export *ex = &m->exports[i];
		json_array_append_new(a, json_pack("{s:o,s:s,s:I,s:I}", "name", name_json(ex->name),
						   "kind", wg_extern_kind_name(ex->kind),
						   "index", (json_int_t)ex->index,
						   "offset", (json_int_t)ex->offset));
	}
	return a;
}

static json_t *max_json(bool has_max, uint64_t max)
{
	return has_max ? json_integer((json_int_t)max) : json_null();
}

static json_t *memories_json(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_memories; i++) {
		const wg_memory *mem = &m->memories[i];
		json_array_append_new(a, json_pack("{s:I,s:o,s:b,s:b,s:b,s:I}",
						   "initial", (json_int_t)mem->initial,
						   "max", max_json(mem->has_max, mem->max),
						   "shared", mem->shared, "memory64", mem->is64,
						   "imported", mem->imported,
						   "offset", (json_int_t)mem->offset));
	}
	return a;
}

static json_t *tables_json(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_tables; i++) {
		const wg_table *t = &m->tables[i];
		json_array_append_new(a, json_pack("{s:I,s:o,s:b,s:I}",
						   "initial", (json_int_t)t->initial,
						   "max", max_json(t->has_max, t->max),
						   "imported", t->imported,
						   "offset", (json_int_t)t->offset));
	}
	return a;
}

static json_t *customs_json(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_customs; i++) {
		const wg_custom_section *c = &m->customs[i];
		json_array_append_new(a, json_pack("{s:o,s:I,s:I,s:o}", "name", name_json(c->name),
						   "offset", (json_int_t)c->offset,
						   "size", (json_int_t)c->size,
						   "error", str_or_null(c->error)));
	}
	return a;
}

static json_t *opcodes_json(const wg_module *m)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < m->num_opcodes; i++) {
		const wg_opcode_use *u = &m->opcodes[i];
		json_array_append_new(a, json_pack("{s:s,s:I,s:I,s:I,s:I}", "name", u->name,
						   "code", (json_int_t)u->code,
						   "count", (json_int_t)u->count,
						   "first_offset", (json_int_t)u->first_offset,
						   "first_function", (json_int_t)u->first_func));
	}
	return a;
}

static json_t *features_json(const wg_module *m)
{
	json_t *a = json_array();

	for (int i = 0; a && i < WG_FEATURE_COUNT; i++)
		if (m->features & (1u << i))
			json_array_append_new(a, json_string(wg_feature_name((wg_feature)(1u << i))));
	return a;
}

static json_t *largest_json(const wg_module *m)
{
	if (!m->num_funcs || !m->largest_func_bytes)
		return json_null();
	return json_pack("{s:I,s:I,s:o}", "index", (json_int_t)m->largest_func,
			 "bytes", (json_int_t)m->largest_func_bytes,
			 "name", str_or_null(wg_module_func_name(m, m->largest_func)));
}

static size_t count_names(const wg_module *m)
{
	size_t n = 0;

	for (size_t i = 0; i < m->num_func_names; i++)
		n += m->func_names[i] != NULL;
	return n;
}

json_t *wg_module_to_json(const wg_module *m)
{
	char hex[65];
	json_t *o;

	wg_hex(m->sha256, sizeof(m->sha256), hex);
	o = json_pack("{s:o,s:I,s:s,s:s,s:o,s:o,s:I}",
		      "path", str_or_null(m->path), "size", (json_int_t)m->size,
		      "sha256", hex, "status", wg_module_status_name(m->status),
		      "error", str_or_null(m->error),
		      "error_offset", m->status ? json_integer((json_int_t)m->error_offset) : json_null(),
		      "types", (json_int_t)m->num_types);
	if (!o)
		return NULL;
	json_object_set_new(o, "imports", imports_json(m));
	json_object_set_new(o, "exports", exports_json(m));
	json_object_set_new(o, "memories", memories_json(m));
	json_object_set_new(o, "tables", tables_json(m));
	json_object_set_new(o, "globals", json_integer(m->num_globals));
	json_object_set_new(o, "functions", json_pack("{s:I,s:I}",
			    "imported", (json_int_t)m->num_func_imports,
			    "defined", (json_int_t)m->num_funcs));
	json_object_set_new(o, "tags", json_integer(m->num_tags));
	json_object_set_new(o, "data_segments", json_integer(m->num_data_segments));
	json_object_set_new(o, "elem_segments", json_integer(m->num_elem_segments));
	json_object_set_new(o, "start", m->has_start ? json_integer(m->start_func) : json_null());
	json_object_set_new(o, "customs", customs_json(m));
	json_object_set_new(o, "opcodes", opcodes_json(m));
	json_object_set_new(o, "features", features_json(m));
	json_object_set_new(o, "largest_function", largest_json(m));
	json_object_set_new(o, "named_functions", json_integer((json_int_t)count_names(m)));
	return o;
}
