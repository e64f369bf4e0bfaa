/*
 * cmd_inspect.c - 'wasmgate inspect [--json] FILE...': what a .wasm module
 * contains, as a short human summary or as the JSON of wg_module_to_json()
 * (one object for one file, an array for several).  Thin: reading is
 * engine/wasm, the JSON shape is engine/report/module_json.c.  Offsets
 * print as the audit's text report prints them: "offset 0x1d", "func 3
 * <name>" (JSON keeps numbers).
 */
#include "cli/cli.h"
#include "wasmgate/json.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <getopt.h>
#include <inttypes.h>
#include <stdlib.h>

static void inspect_usage(FILE *f)
{
	fprintf(f,
		"usage: wasmgate inspect [--json] FILE...\n"
		"\n"
		"Read and validate each WebAssembly module and print what it holds:\n"
		"imports, exports, memories, tables, custom sections, features used and\n"
		"the opcodes used with where each is first used.\n"
		"\n"
		"  --json     print JSON (an object for one file, an array for several)\n"
		"  -h, --help this text\n"
		"\n"
		"exit: 0 every module is valid; 1 a module is malformed, invalid or a\n"
		"component (its status and the decoder's message are printed, and one\n"
		"line on stderr); 2 usage or I/O errors.\n");
}

static const char *max_str(bool has_max, uint64_t max, char *buf, size_t n)
{
	if (!has_max)
		return "none";
	snprintf(buf, n, "%" PRIu64, max);
	return buf;
}

static void print_tables(const wg_module *m)
{
	char b[32];

	for (size_t i = 0; i < m->num_memories; i++) {
		const wg_memory *mem = &m->memories[i];
		printf("  memory  %zu: %" PRIu64 " pages, max %s%s%s%s\n", i, mem->initial,
		       max_str(mem->has_max, mem->max, b, sizeof(b)), mem->shared ? ", shared" : "",
		       mem->is64 ? ", 64-bit" : "", mem->imported ? ", imported" : "");
	}
	for (size_t i = 0; i < m->num_tables; i++) {
		const wg_table *t = &m->tables[i];
		printf("  table   %zu: %" PRIu64 " elements, max %s%s\n", i, t->initial,
		       max_str(t->has_max, t->max, b, sizeof(b)), t->imported ? ", imported" : "");
	}
}

static void print_lists(const wg_module *m)
{
	for (size_t i = 0; i < m->num_imports; i++)
		printf("  import  %s.%s (%s)\n", cli_esc(m->imports[i].module), cli_esc(m->imports[i].field),
		       wg_extern_kind_name(m->imports[i].kind));
	for (size_t i = 0; i < m->num_exports; i++)
		printf("  export  %s (%s %u)\n", cli_esc(m->exports[i].name),
		       wg_extern_kind_name(m->exports[i].kind), m->exports[i].index);
	print_tables(m);
	if (m->has_start) {
		const char *n = wg_module_func_name(m, m->start_func);
		printf("  start   function %u%s%s\n", m->start_func, n ? " " : "", n ? cli_esc(n) : "");
	}
	for (size_t i = 0; i < m->num_customs; i++) {
		const wg_custom_section *c = &m->customs[i];
		printf("  custom  %s (%" PRIu64 " bytes at offset 0x%" PRIx64 ")%s%s\n", cli_esc(c->name), c->size,
		       c->offset, c->error ? ": broken: " : "", c->error ? cli_esc(c->error) : "");
	}
}

static void print_code(const wg_module *m)
{
	printf("  features:");
	for (int i = 0; i < WG_FEATURE_COUNT; i++)
		if (m->features & (1u << i))
			printf(" %s", wg_feature_name((wg_feature)(1u << i)));
	printf("%s\n", m->features ? "" : " (none beyond the MVP)");
	if (m->num_funcs && m->largest_func_bytes) {
		const char *n = wg_module_func_name(m, m->largest_func);
		printf("  largest function: %u%s%s, %" PRIu64 " bytes\n", m->largest_func,
		       n ? " " : "", n ? cli_esc(n) : "", m->largest_func_bytes);
	}
	printf("  opcodes: %zu distinct\n", m->num_opcodes);
	for (size_t i = 0; i < m->num_opcodes; i++) {
		const wg_opcode_use *u = &m->opcodes[i];
		const char *n = wg_module_func_name(m, u->first_func);
		printf("    %-28s %10" PRIu64 "  first at offset 0x%" PRIx64 ", func %u%s%s%s\n", u->name,
		       u->count, u->first_offset, u->first_func, n ? " <" : "", n ? cli_esc(n) : "",
		       n ? ">" : "");
	}
}

static void print_summary(const char *path, const wg_module *m)
{
	char hex[65];

	wg_hex(m->sha256, sizeof(m->sha256), hex);
	printf("%s: %s, %" PRIu64 " bytes, sha256 %s\n", cli_esc(path), wg_module_status_name(m->status),
	       m->size, hex);
	if (m->status != WG_MODULE_OK)
		printf("  error at offset 0x%" PRIx64 ": %s\n", m->error_offset, cli_esc(m->error));
	printf("  types %u, functions %u defined + %u imported, globals %u, tags %u, "
	       "data segments %u, elem segments %u\n", m->num_types, m->num_funcs,
	       m->num_func_imports, m->num_globals, m->num_tags, m->num_data_segments,
	       m->num_elem_segments);
	print_lists(m);
	print_code(m);
}

static int inspect_one(const char *path, bool json, json_t *all, int *status)
{
	wg_module *m = NULL;

	if (wg_module_read_file(path, NULL, &m)) {
		cli_error(NULL);
		*status = WG_EXIT_ERROR;
		return 0;
	}
	if (m->status != WG_MODULE_OK) {
		cli_error("%s: %s at offset 0x%" PRIx64 ": %s", path, wg_module_status_name(m->status),
			  m->error_offset, m->error);
		if (*status == WG_EXIT_OK)
			*status = WG_EXIT_FAIL;
	}
	if (json) {
		json_t *j = wg_module_to_json(m);
		if (!j || json_array_append_new(all, j)) {
			wg_module_free(m);
			cli_error("out of memory");
			return -1;
		}
	} else {
		print_summary(path, m);
	}
	wg_module_free(m);
	return 0;
}

static int print_json(json_t *all)
{
	json_t *out = json_array_size(all) == 1 ? json_array_get(all, 0) : all;

	return cli_print_json(out, JSON_INDENT(2) | JSON_ENSURE_ASCII);
}

int cmd_inspect(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "json", no_argument, NULL, 'j' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	int c, status = WG_EXIT_OK;
	bool json = false;
	json_t *all;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		if (c == 'h') {
			inspect_usage(stdout);
			return WG_EXIT_OK;
		}
		if (c != 'j') {
			inspect_usage(stderr);
			return WG_EXIT_ERROR;
		}
		json = true;
	}
	if (optind >= argc) {
		cli_error("inspect: no .wasm file given");
		inspect_usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (!(all = json_array()))
		return WG_EXIT_ERROR;
	for (int i = optind; i < argc; i++)
		if (inspect_one(argv[i], json, all, &status)) {
			status = WG_EXIT_ERROR;
			break;
		}
	if (json && json_array_size(all) && print_json(all))
		status = WG_EXIT_ERROR;
	json_decref(all);
	return status;
}
