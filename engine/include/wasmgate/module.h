/*
 * module.h - the module model: what one streaming pass over a .wasm file
 * learns about it (read by engine/wasm/ with wabt's BinaryReader and
 * SharedValidator).
 *
 * A wg_module is a plain, read-only result struct owned by the library:
 * create it with wg_module_read_file() / wg_module_read_mem(), release it
 * with wg_module_free().  All strings are NUL-terminated copies owned by
 * the module (names from the binary are bounded by WG_MODULE_MAX_NAME bytes;
 * bytes that are not printable are kept as they are, the report layer
 * escapes them).
 *
 * Reading never fails on bad bytes: a malformed, invalid or non-core
 * module is read as far as it goes and `status` says why it stopped, with
 * wabt's message and the byte offset.  Only I/O and out-of-memory fail the
 * call itself.
 */
#ifndef WASMGATE_MODULE_H
#define WASMGATE_MODULE_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

#define WG_MODULE_MAX_NAME 1024

/* WebAssembly features a module uses.  Names follow wabt's --enable-* flags. */
typedef enum {
	WG_FEATURE_EXCEPTIONS = 1u << 0,
	WG_FEATURE_MUTABLE_GLOBALS = 1u << 1,
	WG_FEATURE_SAT_FLOAT_TO_INT = 1u << 2,
	WG_FEATURE_SIGN_EXTENSION = 1u << 3,
	WG_FEATURE_SIMD = 1u << 4,
	WG_FEATURE_THREADS = 1u << 5,
	WG_FEATURE_FUNCTION_REFERENCES = 1u << 6,
	WG_FEATURE_MULTI_VALUE = 1u << 7,
	WG_FEATURE_TAIL_CALL = 1u << 8,
	WG_FEATURE_BULK_MEMORY = 1u << 9,
	WG_FEATURE_REFERENCE_TYPES = 1u << 10,
	WG_FEATURE_GC = 1u << 11,
	WG_FEATURE_MEMORY64 = 1u << 12,
	WG_FEATURE_MULTI_MEMORY = 1u << 13,
	WG_FEATURE_EXTENDED_CONST = 1u << 14,
	WG_FEATURE_RELAXED_SIMD = 1u << 15
} wg_feature;
#define WG_FEATURE_COUNT 16

/** The feature's name ("simd", "threads", "bulk-memory", ...). */
const char *wg_feature_name(wg_feature f);
/** The feature with that name; 0 when there is none. */
wg_feature wg_feature_from_name(const char *name);

typedef enum {
	WG_EXTERN_FUNC = 0,
	WG_EXTERN_TABLE = 1,
	WG_EXTERN_MEMORY = 2,
	WG_EXTERN_GLOBAL = 3,
	WG_EXTERN_TAG = 4
} wg_extern_kind;

/** "func", "table", "memory", "global", "tag". */
const char *wg_extern_kind_name(wg_extern_kind k);

typedef enum {
	WG_MODULE_OK = 0,        /* decoded and validated */
	WG_MODULE_MALFORMED,     /* the bytes do not decode (binary format) */
	WG_MODULE_INVALID,       /* decodes, but fails validation */
	WG_MODULE_COMPONENT,     /* a component-model binary, not a core module */
	WG_MODULE_LIMIT,         /* reading stopped at a limit from wg_module_limits */
	WG_MODULE_IMPL_LIMIT     /* beyond an implementation limit (WG_IMPL_*): never read */
} wg_module_status;

/* Which of wg_module_limits stopped a read (status WG_MODULE_LIMIT). */
typedef enum {
	WG_LIMIT_NONE = 0,
	WG_LIMIT_MODULE_BYTES,   /* max_module_bytes */
	WG_LIMIT_FUNCTIONS,      /* max_functions */
	WG_LIMIT_FUNCTION_BYTES  /* max_function_bytes */
} wg_limit_kind;

/*
 * Implementation limits, enforced on every read whatever the rules say (a
 * module beyond one gets status WG_MODULE_IMPL_LIMIT and reading stops
 * there).  The first group is the WebAssembly JS API's list
 * ("Implementation-defined Limits": every web engine refuses a module
 * beyond them); the second is wasmgate's own, which bounds the reader's
 * memory and time on hostile shapes the JS API leaves open.
 */
#define WG_IMPL_MAX_MODULE_BYTES     1073741824u  /* 1 GiB */
#define WG_IMPL_MAX_TYPES            1000000u
#define WG_IMPL_MAX_FUNCTIONS        1000000u     /* defined */
#define WG_IMPL_MAX_IMPORTS          1000000u
#define WG_IMPL_MAX_EXPORTS          1000000u
#define WG_IMPL_MAX_GLOBALS          1000000u     /* defined */
#define WG_IMPL_MAX_TAGS             1000000u     /* defined */
#define WG_IMPL_MAX_DATA_SEGMENTS    100000u
#define WG_IMPL_MAX_TABLES           100000u      /* imported included */
#define WG_IMPL_MAX_TABLE_SIZE       10000000u    /* elements, initial or maximum */
#define WG_IMPL_MAX_TABLE_INIT       10000000u    /* entries of one element segment */
#define WG_IMPL_MAX_MEMORIES         100u         /* imported included */
#define WG_IMPL_MAX_PAGES32          65536u       /* a 32-bit memory's min / max */
#define WG_IMPL_MAX_PAGES64          ((1ull << 37) - 1)
#define WG_IMPL_MAX_PARAMS           1000u        /* per function or block type */
#define WG_IMPL_MAX_RESULTS          1000u
#define WG_IMPL_MAX_FUNCTION_BYTES   7654321u     /* a body, locals included */
#define WG_IMPL_MAX_LOCALS           50000u       /* params included */
#define WG_IMPL_MAX_STRUCT_FIELDS    10000u
/* wasmgate's own */
#define WG_IMPL_MAX_NESTING          10000u       /* open blocks / loops / ifs / trys */
#define WG_IMPL_MAX_CUSTOM_SECTIONS  100000u
#define WG_IMPL_WORK_BASE            16777216u    /* type checks the validator may do: */
#define WG_IMPL_WORK_PER_BYTE        8u           /* base + per byte of the module */
#define WG_IMPL_MAX_SIGNATURE_TYPES  16777216u    /* params + results summed over all
                                                     functions and tags (the validator
                                                     keeps a copy of each signature) */

typedef struct {
	char *module;            /* e.g. "wasi_snapshot_preview1" */
	char *field;             /* e.g. "fd_write" */
	wg_extern_kind kind;
	uint32_t sig_index;      /* WG_EXTERN_FUNC: type index */
	uint64_t offset;         /* byte offset of the import entry */
} wg_import;

typedef struct {
	char *name;
	wg_extern_kind kind;
	uint32_t index;
	uint64_t offset;
} wg_export;

typedef struct {
	uint64_t initial;        /* pages of 64 KiB */
	uint64_t max;            /* valid when has_max */
	bool has_max;
	bool shared;
	bool is64;
	bool imported;
	uint64_t offset;
} wg_memory;

typedef struct {
	uint64_t initial;        /* elements */
	uint64_t max;
	bool has_max;
	bool imported;
	uint64_t offset;
} wg_table;

typedef struct {
	char *name;
	uint64_t offset;         /* offset of the section's first byte (id) */
	uint64_t size;           /* payload size in bytes */
	char *error;             /* NULL, or why its content is broken (name, producers...) */
} wg_custom_section;

/* One opcode the module's code uses, with where it is first used. */
typedef struct {
	const char *name;        /* wabt's text name, e.g. "memory.grow" (static) */
	uint32_t code;           /* prefix << 8 | code, e.g. 0xfe00 (prefix << 16 | code
	                            when code > 0xff: relaxed SIMD, 0xfd0100...) */
	uint64_t count;
	uint64_t first_offset;   /* byte offset of the first use */
	uint32_t first_func;     /* function index (imports included) of the first use */
} wg_opcode_use;

typedef struct {
	int version;                   /* struct version: 1 */
	char *path;                    /* as given to wg_module_read_file(), or NULL */
	uint64_t size;                 /* bytes */
	uint8_t sha256[32];

	wg_module_status status;
	char *error;                   /* status != OK: the decoder's / validator's message */
	uint64_t error_offset;         /* byte offset it refers to */

	uint32_t num_types;
	wg_import *imports;      size_t num_imports;
	wg_export *exports;      size_t num_exports;
	wg_memory *memories;     size_t num_memories;   /* imported first */
	wg_table *tables;        size_t num_tables;     /* imported first */
	uint32_t num_globals;                           /* imported included */
	uint32_t num_func_imports;
	uint32_t num_funcs;                             /* defined in this module */
	uint32_t num_tags;
	uint32_t num_data_segments;
	uint32_t num_elem_segments;

	bool has_start;
	uint32_t start_func;

	wg_custom_section *customs; size_t num_customs;
	/* payload of the first `wasmgate.plugin` custom section (plugin_section.h),
	 * NULL when there is none or it is over WG_PLUGIN_SECTION_MAX bytes */
	uint8_t *plugin_section;  size_t plugin_section_len;

	wg_opcode_use *opcodes;  size_t num_opcodes;    /* sorted by code */

	/* function names from the name section: func_names[i] for function index
	 * i (imports included), NULL when unnamed; NULL array when no names. */
	char **func_names;       size_t num_func_names;

	uint64_t largest_func_bytes;                    /* largest body in bytes */
	uint32_t largest_func;                          /* its function index */

	uint32_t features;                              /* wg_feature bits used */
	/* where each feature is first used, by bit number i (wg_feature 1u << i):
	 * the byte offset (0 when the feature is not used) and the function
	 * index, or WG_NO_FUNC outside function bodies (declarations) */
	uint64_t feature_offset[WG_FEATURE_COUNT];
	uint32_t feature_func[WG_FEATURE_COUNT];

	wg_limit_kind limit;                            /* status LIMIT: which limit */
} wg_module;

#define WG_NO_FUNC UINT32_MAX

/* Limits that stop a read early (0 = no limit).  A module over a limit gets
 * status WG_MODULE_LIMIT, `limit` naming it and a message naming the rules
 * key.  Such a module was not read to the end: the audit rejects it unless
 * a waiver of that limit makes it read again without it (audit.h). */
typedef struct {
	uint64_t max_module_bytes;
	uint64_t max_functions;
	uint64_t max_function_bytes;
} wg_module_limits;

/**
 * Read and validate the module in `path` (memory-mapped, one pass).
 * @return WG_OK with *out set (check (*out)->status), or WG_EIO / WG_ENOMEM.
 */
int wg_module_read_file(const char *path, const wg_module_limits *limits,
			wg_module **out);

/** The same over bytes in memory; `data` is not kept. */
int wg_module_read_mem(const uint8_t *data, size_t size,
		       const wg_module_limits *limits, wg_module **out);

/*
 * The fast path: function bodies are validated by wasmgate's own C
 * validator while wabt reads the module-level sections; a module it does
 * not accept (or does not implement) is read again by wabt alone, so every
 * finding keeps wabt's message.  WG_FASTPATH=off|on in the environment
 * overrides this process-wide setting (default: on).
 */
typedef enum {
	WG_FASTPATH_DEFAULT = 0,     /* on */
	WG_FASTPATH_ON,
	WG_FASTPATH_OFF              /* wabt reads everything (before 0.2) */
} wg_fastpath_mode;

void wg_module_set_fastpath(wg_fastpath_mode mode);

/* Threads one read may use for a large module's function bodies (fast
 * path only; process-wide; default 1).  `wasmgate audit -j N` sets
 * N / files when it has more jobs than files. */
void wg_module_set_threads(unsigned n);

/** The use record of opcode `name` (exact wabt name), or NULL. */
const wg_opcode_use *wg_module_opcode(const wg_module *m, const char *name);

/** The name of function `index` from the name section, or NULL. */
const char *wg_module_func_name(const wg_module *m, uint32_t index);

/** "ok", "malformed", "invalid", "component", "limit", "implementation-limit". */
const char *wg_module_status_name(wg_module_status s);

void wg_module_free(wg_module *m);

#ifdef __cplusplus
}
#endif
#endif
