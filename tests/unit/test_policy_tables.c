/*
 * test_policy_tables.c - the static tables of the policy part against
 * what rules/README.md and the agreed rule semantics say: the WASI
 * function -> capability class table, opcode patterns and @groups (also
 * cross-checked with wabt's own opcode.def), the rule catalogue, action
 * names; and the loader's limits on documents built here (size, depth,
 * alias bombs, names, file errors).
 */
#include "testutil.h"
#include "util/util.h"
#include "wasmgate/policy.h"
#include "wasmgate/rule.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The table of rules/README.md "Capability classes", written out. */
static const struct {
	const char *func, *cls;
} readme_caps[] = {
	{ "args_get", "args" }, { "args_sizes_get", "args" },
	{ "environ_get", "environment" }, { "environ_sizes_get", "environment" },
	{ "clock_res_get", "clock" }, { "clock_time_get", "clock" },
	{ "fd_advise", "filesystem" }, { "fd_allocate", "filesystem" },
	{ "fd_close", "stdio" }, { "fd_datasync", "stdio" },
	{ "fd_fdstat_get", "stdio" }, { "fd_fdstat_set_flags", "stdio" },
	{ "fd_fdstat_set_rights", "filesystem" }, { "fd_filestat_get", "filesystem" },
	{ "fd_filestat_set_size", "filesystem" }, { "fd_filestat_set_times", "filesystem" },
	{ "fd_pread", "filesystem" }, { "fd_prestat_get", "filesystem" },
	{ "fd_prestat_dir_name", "filesystem" }, { "fd_pwrite", "filesystem" },
	{ "fd_read", "stdio" }, { "fd_readdir", "filesystem" },
	{ "fd_renumber", "stdio" }, { "fd_seek", "stdio" }, { "fd_sync", "stdio" },
	{ "fd_tell", "stdio" }, { "fd_write", "stdio" },
	{ "path_create_directory", "filesystem" }, { "path_filestat_get", "filesystem" },
	{ "path_filestat_set_times", "filesystem" }, { "path_link", "filesystem" },
	{ "path_open", "filesystem" }, { "path_readlink", "filesystem" },
	{ "path_remove_directory", "filesystem" }, { "path_rename", "filesystem" },
	{ "path_symlink", "filesystem" }, { "path_unlink_file", "filesystem" },
	{ "poll_oneoff", "poll" }, { "proc_exit", "process" }, { "proc_raise", "process" },
	{ "sched_yield", "process" }, { "random_get", "random" },
	{ "sock_accept", "network" }, { "sock_recv", "network" },
	{ "sock_send", "network" }, { "sock_shutdown", "network" },
};
#define NUM_CAPS (sizeof(readme_caps) / sizeof(readme_caps[0]))

START_TEST(wasi_table)
{
	static const char *const mods[] = { "wasi_snapshot_preview1", "wasi_unstable",
					    "wasix_32v1", "wasix_64v1", "env" };

	ck_assert_uint_eq(NUM_CAPS, 46);
	for (int m = 0; m < 5; m++) {
		for (size_t i = 0; i < NUM_CAPS; i++) {
			wg_capability c = wg_capability_of(mods[m], readme_caps[i].func);
			const char *name = wg_capability_name(c);

			ck_assert_msg(name && !strcmp(name, readme_caps[i].cls),
				      "%s.%s: class %s, README says %s", mods[m],
				      readme_caps[i].func, name ? name : "(none)", readme_caps[i].cls);
		}
	}
}
END_TEST

/* The other families, as rules/README.md's "Other WASI versions and
 * Emscripten" lists them. */
static const struct { const char *mod, *func, *cls; } readme_more[] = {
	{ "wasix_32v1", "sock_open", "network" }, { "wasix_64v1", "sock_connect", "network" },
	{ "wasix_32v1", "resolve", "network" }, { "wasix_32v1", "port_bridge", "network" },
	{ "wasix_32v1", "proc_fork", "process" }, { "wasix_64v1", "thread_spawn_v2", "process" },
	{ "wasix_32v1", "futex_wait", "process" }, { "wasix_32v1", "getcwd", "filesystem" },
	{ "wasix_32v1", "chdir", "filesystem" }, { "wasix_32v1", "fd_dup", "stdio" },
	{ "wasix_32v1", "tty_get", "stdio" }, { "wasix_32v1", "epoll_wait", "poll" },
	{ "wasix_32v1", "clock_time_set", "clock" },
	{ "wasi_snapshot_preview1", "sock_open", "network" },
	{ "wasi_snapshot_preview1", "sock_getaddrinfo", "network" },
	{ "wasi_unstable", "sock_connect", "network" },
	{ "wasi_ephemeral_sock", "sock_open", "network" },
	{ "wasi_ephemeral_sock", "addr_resolve", "network" },
	{ "wasi:filesystem/types@0.2.0", "[method]descriptor.read-via-stream", "filesystem" },
	{ "wasi:filesystem/preopens@0.2.3", "get-directories", "filesystem" },
	{ "wasi:sockets/tcp@0.2.0", "[method]tcp-socket.start-connect", "network" },
	{ "wasi:sockets/ip-name-lookup", "resolve-addresses", "network" },
	{ "wasi:http/outgoing-handler@0.2.0", "handle", "network" },
	{ "wasi:cli/environment@0.2.0", "get-environment", "environment" },
	{ "wasi:cli/environment@0.2.0", "get-arguments", "args" },
	{ "wasi:cli/exit@0.2.0", "exit", "process" },
	{ "wasi:cli/stdout@0.2.0", "get-stdout", "stdio" },
	{ "wasi:cli/terminal-input@0.2.0", "[resource-drop]terminal-input", "stdio" },
	{ "wasi:clocks/wall-clock@0.2.0", "now", "clock" },
	{ "wasi:clocks/monotonic-clock", "now", "clock" },
	{ "wasi:random/random@0.2.0", "get-random-bytes", "random" },
	{ "wasi:random/insecure-seed@0.2.0", "insecure-seed", "random" },
	{ "wasi:io/poll@0.2.0", "poll", "poll" },
	{ "wasi:io/streams@0.2.0", "[method]output-stream.write", "stdio" },
	{ "env", "__syscall_openat", "filesystem" }, { "env", "__syscall_unlinkat", "filesystem" },
	{ "env", "__syscall_fstat64", "filesystem" }, { "env", "__syscall_getdents64", "filesystem" },
	{ "env", "__syscall_not_yet_invented", "filesystem" },
	{ "env", "__syscall_connect", "network" }, { "env", "__syscall_socket", "network" },
	{ "env", "__syscall_sendto", "network" }, { "env", "__syscall_fcntl64", "stdio" },
	{ "env", "__syscall_ioctl", "stdio" }, { "env", "__syscall_poll", "poll" },
	{ "env", "emscripten_websocket_new", "network" }, { "env", "emscripten_fetch", "network" },
	{ "env", "emscripten_async_wget_data", "network" }, { "env", "getaddrinfo", "network" },
	{ "env", "emscripten_get_now", "clock" }, { "env", "emscripten_date_now", "clock" },
	{ "env", "_tzset_js", "clock" }, { "env", "emscripten_random", "random" },
	{ "env", "getentropy", "random" }, { "env", "emscripten_run_script_int", "process" },
	{ "env", "emscripten_asm_const_int", "process" }, { "env", "_emscripten_system", "process" },
	{ "env", "exit", "process" }, { "env", "fd_read", "stdio" },
	{ "env", "environ_get", "environment" }, { "env", "proc_exit", "process" },
};

START_TEST(wasi_other_families)
{
	for (size_t i = 0; i < sizeof(readme_more) / sizeof(readme_more[0]); i++) {
		wg_capability c = wg_capability_of(readme_more[i].mod, readme_more[i].func);
		const char *name = wg_capability_name(c);

		ck_assert_msg(name && !strcmp(name, readme_more[i].cls), "%s.%s: class %s, README says %s",
			      readme_more[i].mod, readme_more[i].func, name ? name : "(none)",
			      readme_more[i].cls);
	}
}
END_TEST

START_TEST(wasi_not_wasi)
{
	ck_assert_int_eq(wg_capability_of("env", "log"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("env", "emscripten_resize_heap"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("env", "__syscal_openat"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi:keyvalue/store@0.2.0", "get"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi:cli/environmental", "get-environment"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasix_32v2", "sock_open"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi_snapshot_preview1", "socks"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi", "fd_write"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi_snapshot_preview2", "fd_write"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi_snapshot_preview1", "xfd_write"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi_snapshot_preview1", "FD_WRITE"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi_snapshot_preview1", ""), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of(NULL, "fd_write"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_of("wasi_snapshot_preview1", NULL), WG_CAP_NONE);
}
END_TEST

START_TEST(capability_names)
{
	static const char *const names[] = { "filesystem", "network", "clock", "random",
		"environment", "args", "process", "stdio", "poll" };
	uint32_t seen = 0;

	for (size_t i = 0; i < 9; i++) {
		wg_capability c = wg_capability_from_name(names[i]);
		ck_assert_msg(c != WG_CAP_NONE, "%s unknown", names[i]);
		ck_assert_str_eq(wg_capability_name(c), names[i]);
		ck_assert_uint_eq(seen & c, 0);
		seen |= c;
	}
	ck_assert_int_eq(wg_capability_from_name("sockets"), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_from_name(""), WG_CAP_NONE);
	ck_assert_int_eq(wg_capability_from_name(NULL), WG_CAP_NONE);
	ck_assert_ptr_null(wg_capability_name(WG_CAP_NONE));
	ck_assert_ptr_null(wg_capability_name(WG_CAP_CLOCK | WG_CAP_POLL));
}
END_TEST

static const struct {
	const char *pattern, *name;
	bool match;
} opcode_cases[] = {
	{ "memory.grow", "memory.grow", true },
	{ "memory.grow", "memory.size", false },
	{ "memory.grow", "memory.grow2", false },
	{ "memory.*", "memory.copy", true },
	{ "memory.atomic.*", "memory.atomic.notify", true },
	{ "memory.atomic.*", "i32.atomic.load", false },
	{ "i32.atomic.*", "i32.atomic.rmw.add", true },
	{ "i32.atomic.*", "i64.atomic.load", false },
	{ "*.atomic.*", "i64.atomic.rmw8.xchg_u", true },
	{ "i??.add", "i32.add", true },
	{ "i??.add", "f32.add", false },
	{ "[if]32.add", "f32.add", true },
	{ "call", "call_indirect", false },
	{ "*", "nop", true },
	{ "@atomics", "memory.atomic.wait32", true },
	{ "@atomics", "memory.atomic.wait64", true },
	{ "@atomics", "i32.atomic.store8", true },
	{ "@atomics", "atomic.fence", true },
	{ "@atomics", "i32.load", false },
	{ "@atomics", "memory.grow", false },
	{ "@simd", "v128.load", true },
	{ "@simd", "i8x16.shuffle", true },
	{ "@simd", "f64x2.promote_low_f32x4", true },
	{ "@simd", "i32x4.relaxed_trunc_f32x4_s", true },
	{ "@simd", "i32.add", false },
	{ "@simd", "f32.mul", false },
	{ "@bulk-memory", "memory.copy", true },
	{ "@bulk-memory", "memory.fill", true },
	{ "@bulk-memory", "memory.init", true },
	{ "@bulk-memory", "data.drop", true },
	{ "@bulk-memory", "table.copy", true },
	{ "@bulk-memory", "table.init", true },
	{ "@bulk-memory", "elem.drop", true },
	{ "@bulk-memory", "memory.grow", false },
	{ "@bulk-memory", "table.get", false },
	{ "@reference-types", "ref.null", true },
	{ "@reference-types", "ref.is_null", true },
	{ "@reference-types", "ref.func", true },
	{ "@reference-types", "table.get", true },
	{ "@reference-types", "table.set", true },
	{ "@reference-types", "table.size", true },
	{ "@reference-types", "table.grow", true },
	{ "@reference-types", "table.fill", true },
	{ "@reference-types", "table.copy", false },
	{ "@reference-types", "call_indirect", false },
	{ "@exceptions", "try", true },
	{ "@exceptions", "catch", true },
	{ "@exceptions", "catch_all", true },
	{ "@exceptions", "throw", true },
	{ "@exceptions", "rethrow", true },
	{ "@exceptions", "delegate", true },
	{ "@exceptions", "block", false },
	{ "@tail-call", "return_call", true },
	{ "@tail-call", "return_call_indirect", true },
	{ "@tail-call", "return", false },
	{ "@tail-call", "call", false },
	{ "@memory-grow", "memory.grow", true },
	{ "@memory-grow", "memory.size", false },
	{ "@nosuchgroup", "memory.grow", false },
	{ "@", "nop", false },
};

START_TEST(opcode_patterns)
{
	for (size_t i = 0; i < sizeof(opcode_cases) / sizeof(opcode_cases[0]); i++)
		ck_assert_msg(wg_opcode_matches(opcode_cases[i].pattern, opcode_cases[i].name) ==
			      opcode_cases[i].match, "'%s' vs '%s': expected %s",
			      opcode_cases[i].pattern, opcode_cases[i].name,
			      opcode_cases[i].match ? "match" : "no match");
	ck_assert(!wg_opcode_matches(NULL, "nop"));
	ck_assert(!wg_opcode_matches("nop", NULL));
}
END_TEST

/*
 * wabt's opcode.def is the independent truth: every opcode with prefix 0xfd
 * is SIMD and nothing else is; every opcode with prefix 0xfe is a threads
 * (atomics) opcode and nothing else is.
 */
START_TEST(groups_vs_wabt)
{
	FILE *f = fopen("/usr/include/wabt/opcode.def", "r");
	char line[512];
	int simd = 0, atomics = 0, other = 0;

	if (!f) {
		fprintf(stderr, "opcode.def not found: cross-check skipped\n");
		return;
	}
	while (fgets(line, sizeof(line), f)) {
		char prefix[16], text[128];
		const char *p;
		if (strncmp(line, "WABT_OPCODE(", 12))
			continue;
		/* fields: rtype, t1, t2, t3, mem, prefix, code, Name, "text", "decomp" */
		p = line;
		for (int i = 0; i < 5; i++)
			p = strchr(p, ',') + 1;
		ck_assert_int_eq(sscanf(p, " %15[^,]", prefix), 1);
		p = strchr(p, '"');
		ck_assert_int_eq(sscanf(p, "\"%127[^\"]\"", text), 1);
		bool is_simd = !strcmp(prefix, "0xfd"), is_atomic = !strcmp(prefix, "0xfe");
		ck_assert_msg(wg_opcode_matches("@simd", text) == is_simd, "@simd vs %s (%s)", text, prefix);
		ck_assert_msg(wg_opcode_matches("@atomics", text) == is_atomic, "@atomics vs %s (%s)", text, prefix);
		simd += is_simd;
		atomics += is_atomic;
		other += !is_simd && !is_atomic;
	}
	fclose(f);
	ck_assert_int_gt(simd, 200);
	ck_assert_int_gt(atomics, 60);
	ck_assert_int_gt(other, 200);
}
END_TEST

START_TEST(action_names)
{
	ck_assert_str_eq(wg_action_name(WG_ACTION_APPROVE), "approve");
	ck_assert_str_eq(wg_action_name(WG_ACTION_FLAG), "flag");
	ck_assert_str_eq(wg_action_name(WG_ACTION_REJECT), "reject");
	ck_assert_str_eq(wg_severity_name(WG_SEV_NOTE), "note");
	ck_assert_str_eq(wg_severity_name(WG_SEV_WARNING), "warning");
	ck_assert_str_eq(wg_severity_name(WG_SEV_ERROR), "error");
}
END_TEST

/* The catalogue of the agreed rule semantics: id, name, default severity. */
static const struct {
	wg_rule_kind kind;
	const char *id, *name;
	wg_severity sev;
} spec_rules[] = {
	{ WG_RULE_MODULE_MALFORMED, "WG1000", "module-malformed", WG_SEV_ERROR },
	{ WG_RULE_IMPORT_DENIED, "WG1001", "import-denied", WG_SEV_ERROR },
	{ WG_RULE_IMPORT_UNLISTED, "WG1002", "import-unlisted", WG_SEV_WARNING },
	{ WG_RULE_CAPABILITY_DENIED, "WG1003", "capability-denied", WG_SEV_ERROR },
	{ WG_RULE_CAPABILITY_FLAGGED, "WG1004", "capability-flagged", WG_SEV_WARNING },
	{ WG_RULE_MEMORY_INITIAL, "WG1010", "memory-initial-too-large", WG_SEV_ERROR },
	{ WG_RULE_MEMORY_NO_MAXIMUM, "WG1011", "memory-no-maximum", WG_SEV_WARNING },
	{ WG_RULE_MEMORY_MAXIMUM, "WG1012", "memory-maximum-too-large", WG_SEV_ERROR },
	{ WG_RULE_MEMORY_SHARED, "WG1013", "memory-shared", WG_SEV_ERROR },
	{ WG_RULE_MEMORY64, "WG1014", "memory64", WG_SEV_ERROR },
	{ WG_RULE_TABLE_SIZE, "WG1020", "table-too-large", WG_SEV_ERROR },
	{ WG_RULE_TABLE_NO_MAXIMUM, "WG1021", "table-no-maximum", WG_SEV_WARNING },
	{ WG_RULE_FEATURE_DENIED, "WG1030", "feature-denied", WG_SEV_ERROR },
	{ WG_RULE_FEATURE_FLAGGED, "WG1031", "feature-flagged", WG_SEV_WARNING },
	{ WG_RULE_OPCODE_DENIED, "WG1040", "opcode-denied", WG_SEV_ERROR },
	{ WG_RULE_OPCODE_FLAGGED, "WG1041", "opcode-flagged", WG_SEV_WARNING },
	{ WG_RULE_EXPORT_MISSING, "WG1050", "export-missing", WG_SEV_ERROR },
	{ WG_RULE_EXPORT_DENIED, "WG1051", "export-denied", WG_SEV_ERROR },
	{ WG_RULE_START_FUNCTION, "WG1060", "start-function", WG_SEV_WARNING },
	{ WG_RULE_CUSTOM_FLAGGED, "WG1070", "custom-section-flagged", WG_SEV_WARNING },
	{ WG_RULE_CUSTOM_TOO_LARGE, "WG1071", "custom-section-too-large", WG_SEV_WARNING },
	{ WG_RULE_CUSTOM_MALFORMED, "WG1072", "custom-section-malformed", WG_SEV_WARNING },
	{ WG_RULE_MODULE_TOO_LARGE, "WG1080", "module-too-large", WG_SEV_ERROR },
	{ WG_RULE_TOO_MANY_FUNCTIONS, "WG1081", "too-many-functions", WG_SEV_ERROR },
	{ WG_RULE_FUNCTION_TOO_LARGE, "WG1082", "function-too-large", WG_SEV_ERROR },
	{ WG_RULE_MODULE_INVALID, "WG1090", "module-invalid", WG_SEV_ERROR },
	{ WG_RULE_COMPONENT, "WG1091", "component-binary", WG_SEV_ERROR },
	{ WG_RULE_MODULE_INCOMPLETE, "WG1092", "module-not-read", WG_SEV_ERROR },
	{ WG_RULE_IMPL_LIMIT, "WG1093", "implementation-limit", WG_SEV_ERROR },
	{ WG_RULE_WAIVER_EXPIRED, "WG1099", "waiver-expired", WG_SEV_NOTE },
	{ WG_RULE_NEW_IMPORT, "WG1100", "new-import", WG_SEV_WARNING },
	{ WG_RULE_NEW_CAPABILITY, "WG1101", "new-capability", WG_SEV_WARNING },
	{ WG_RULE_NEW_FEATURE, "WG1102", "new-feature", WG_SEV_WARNING },
	{ WG_RULE_CAPABILITY_UNDECLARED, "WG1110", "capability-undeclared", WG_SEV_ERROR },
	{ WG_RULE_CAPABILITY_UNUSED, "WG1111", "capability-unused", WG_SEV_NOTE },
};

START_TEST(catalogue)
{
	size_t n, ns = sizeof(spec_rules) / sizeof(spec_rules[0]);
	const wg_rule_info *all = wg_rule_all(&n);

	ck_assert_uint_eq(n, WG_RULE__COUNT);
	ck_assert_uint_eq(ns, WG_RULE__COUNT);
	for (size_t i = 0; i < ns; i++) {
		const wg_rule_info *r = wg_rule_get(spec_rules[i].kind);
		ck_assert_ptr_eq(r, &all[spec_rules[i].kind]);
		ck_assert_int_eq(r->kind, spec_rules[i].kind);
		ck_assert_str_eq(r->id, spec_rules[i].id);
		ck_assert_str_eq(r->name, spec_rules[i].name);
		ck_assert_msg(r->default_severity == spec_rules[i].sev, "%s severity", r->id);
		ck_assert_ptr_eq(wg_rule_find(spec_rules[i].id), r);
		ck_assert_ptr_eq(wg_rule_find(spec_rules[i].name), r);
		ck_assert(r->short_description && *r->short_description);
		ck_assert(r->full_description && *r->full_description);
		ck_assert(r->help_markdown && *r->help_markdown);
		ck_assert(r->tags && *r->tags && r->rules_key && *r->rules_key);
		double s = atof(r->security_severity);
		ck_assert(s >= 0.0 && s <= 10.0);
	}
	ck_assert_ptr_eq(wg_rule_find("wg1001"), wg_rule_get(WG_RULE_IMPORT_DENIED));
	ck_assert_ptr_null(wg_rule_find("WG9999"));
	ck_assert_ptr_null(wg_rule_find(""));
	ck_assert_ptr_null(wg_rule_find(NULL));
	ck_assert_ptr_null(wg_rule_get(WG_RULE__COUNT));
}
END_TEST

static int load(const char *text, wg_policy **p)
{
	return wg_policy_load_string(text, strlen(text), "test.yml", p);
}

START_TEST(size_limit)
{
	size_t max = 1024 * 1024;
	char *doc = malloc(max + 2);
	wg_policy *p = NULL;

	/* exactly 1 MiB: a comment padded out, then the version */
	memset(doc, ' ', max);
	doc[0] = '#';
	memcpy(doc + max - 11, "\nversion: 1", 11);
	doc[max] = '\0';
	ck_assert_msg(wg_policy_load_string(doc, max, "big.yml", &p) == 0, "%s", wg_error_last());
	wg_policy_free(p);
	/* one byte more is refused before parsing */
	memcpy(doc + max - 11, " \nversion: 1", 12);
	ck_assert_int_eq(wg_policy_load_string(doc, max + 1, "big.yml", &p), WG_EPARSE);
	ck_assert_ptr_null(p);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "1 MiB"));
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "big.yml"));
	/* the same through a file */
	char *path = wg_test_write("big.yml", doc, max + 1);
	ck_assert_int_eq(wg_policy_load_file(path, &p), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "1 MiB"));
	free(path);
	free(doc);
}
END_TEST

/* `levels` nested flow lists under limits:, plus the root map. */
static char *nested(int levels)
{
	wg_buf b = WG_BUF_INIT;

	wg_buf_puts(&b, "version: 1\nlimits: ");
	for (int i = 0; i < levels; i++)
		wg_buf_puts(&b, "[");
	for (int i = 0; i < levels; i++)
		wg_buf_puts(&b, "]");
	return wg_buf_detach(&b);
}

START_TEST(depth_limit)
{
	wg_policy *p = NULL;
	char *ok = nested(31), *deep = nested(32), *huge = nested(100000);

	/* 32 levels parse (the schema then refuses the list) */
	ck_assert_int_eq(load(ok, &p), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "limits: expected a map, got a list"));
	ck_assert_int_eq(load(deep, &p), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "test.yml:2:40: nested deeper than 32"));
	ck_assert_int_eq(load(huge, &p), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "nested deeper than 32"));
	free(ok);
	free(deep);
	free(huge);
}
END_TEST

START_TEST(alias_bomb)
{
	static const char bomb[] =
		"version: 1\n"
		"a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
		"b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
		"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
		"d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n";
	wg_policy *p = NULL;

	ck_assert_int_eq(load(bomb, &p), WG_EPARSE);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "test.yml:2:4: YAML anchors"));
	ck_assert_ptr_null(p);
}
END_TEST

START_TEST(names_and_paths)
{
	wg_policy *p = NULL;
	char *path;

	ck_assert_int_eq(wg_policy_load_string("version: 1", 10, "dir/team.yaml", &p), 0);
	ck_assert_str_eq(p->name, "team");
	ck_assert_ptr_null(p->path);
	wg_policy_free(p);
	ck_assert_int_eq(wg_policy_load_string("version: 1\nname: n\n", 19, NULL, &p), 0);
	ck_assert_str_eq(p->name, "n");
	wg_policy_free(p);
	/* errors in a string without a name say <rules> */
	ck_assert_int_eq(wg_policy_load_string("version: 3", 10, NULL, &p), WG_EPARSE);
	ck_assert_str_eq(wg_error_last(), "<rules>:1:10: unsupported rules version 3 (this wasmgate reads version: 1)");
	/* file errors */
	ck_assert_int_eq(wg_policy_load_file("/nonexistent/rules.yml", &p), WG_EIO);
	ck_assert_ptr_nonnull(strstr(wg_error_last(), "/nonexistent/rules.yml"));
	ck_assert_int_eq(wg_policy_load_file(wg_test_tmpdir(), &p), WG_EIO);
	ck_assert_ptr_null(p);
	ck_assert_int_eq(wg_policy_load_string(NULL, 0, "x", &p), WG_EINVAL);
	ck_assert_int_eq(wg_policy_load_string("", 0, "x", NULL), WG_EINVAL);
	/* a file with no name key is named after the file */
	path = wg_test_write("my-rules.yml", "version: 1\n", 11);
	ck_assert_int_eq(wg_policy_load_file(path, &p), 0);
	ck_assert_str_eq(p->name, "my-rules");
	ck_assert_str_eq(p->path, path);
	wg_policy_free(p);
	free(path);
	wg_policy_free(NULL);
}
END_TEST

/* Bytes that are not YAML at all: a clear error, no crash. */
START_TEST(garbage)
{
	static const char *const docs[] = {
		"\x00\x61\x73\x6d\x01\x00\x00\x00",
		"version: 1\n\tname: x\n",
		"version: 1\nname: \"unterminated\n",
		"version: 1\nname: \xff\xfe\n",
		"{{{{",
		"version: 1\nwaivers: [{rule: WG1001, item: x, reason: r, approved_by: a, expires: 2030-01-01}, {rule: WG1001}]\n",
	};
	for (size_t i = 0; i < sizeof(docs) / sizeof(docs[0]); i++) {
		wg_policy *p = (wg_policy *)1;
		size_t len = i == 0 ? 8 : strlen(docs[i]);
		int rc = wg_policy_load_string(docs[i], len, "g.yml", &p);
		ck_assert_msg(rc == WG_EPARSE, "doc %zu: rc %d", i, rc);
		ck_assert_ptr_null(p);
		ck_assert_msg(!strncmp(wg_error_last(), "g.yml:", 6), "doc %zu: %s", i, wg_error_last());
		ck_assert_ptr_null(strchr(wg_error_last(), '\n'));
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("policy_tables");
	TCase *tc = tcase_create("tables");

	tcase_add_test(tc, wasi_table);
	tcase_add_test(tc, wasi_not_wasi);
	tcase_add_test(tc, wasi_other_families);
	tcase_add_test(tc, capability_names);
	tcase_add_test(tc, opcode_patterns);
	tcase_add_test(tc, groups_vs_wabt);
	tcase_add_test(tc, action_names);
	tcase_add_test(tc, catalogue);
	tcase_add_test(tc, size_limit);
	tcase_add_test(tc, depth_limit);
	tcase_add_test(tc, alias_bomb);
	tcase_add_test(tc, names_and_paths);
	tcase_add_test(tc, garbage);
	suite_add_tcase(s, tc);
	return wg_test_run(s);
}
