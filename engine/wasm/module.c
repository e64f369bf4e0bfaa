/*
 * module.c - the C side of the module model: reading entry points (file
 * view, digest, the component-binary and module-size checks that run
 * before the decoder), names of features / kinds / statuses, look-ups and
 * wg_module_free().  The decoding itself is reader.cc.
 *
 * Invariant: every wg_module handed out has version 1, size and sha256
 * set, and status != OK implies a non-NULL one-line error.
 */
#include "wasm/reader.h"
#include "util/util.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const feature_names[WG_FEATURE_COUNT] = {
	"exceptions", "mutable-globals", "saturating-float-to-int",
	"sign-extension", "simd", "threads", "function-references",
	"multi-value", "tail-call", "bulk-memory", "reference-types", "gc",
	"memory64", "multi-memory", "extended-const", "relaxed-simd",
};

const char *wg_feature_name(wg_feature f)
{
	for (int i = 0; i < WG_FEATURE_COUNT; i++)
		if ((uint32_t)f == 1u << i)
			return feature_names[i];
	return "unknown";
}

wg_feature wg_feature_from_name(const char *name)
{
	for (int i = 0; name && i < WG_FEATURE_COUNT; i++)
		if (!strcmp(name, feature_names[i]))
			return (wg_feature)(1u << i);
	return (wg_feature)0;
}

const char *wg_extern_kind_name(wg_extern_kind k)
{
	static const char *const names[] = { "func", "table", "memory", "global", "tag" };

	return (unsigned)k < sizeof(names) / sizeof(names[0]) ? names[k] : "unknown";
}

const char *wg_module_status_name(wg_module_status s)
{
	static const char *const names[] = { "ok", "malformed", "invalid", "component", "limit",
					     "implementation-limit" };

	return (unsigned)s < sizeof(names) / sizeof(names[0]) ? names[s] : "unknown";
}

const wg_opcode_use *wg_module_opcode(const wg_module *m, const char *name)
{
	for (size_t i = 0; m && name && i < m->num_opcodes; i++)
		if (!strcmp(m->opcodes[i].name, name))
			return &m->opcodes[i];
	return NULL;
}

const char *wg_module_func_name(const wg_module *m, uint32_t index)
{
	if (!m || !m->func_names || index >= m->num_func_names)
		return NULL;
	return m->func_names[index];
}

int wg_wasm_set_status(wg_module *m, wg_module_status status, uint64_t offset,
		       const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;

	if (m->status != WG_MODULE_OK)
		return WG_OK;
	va_start(ap, fmt);
	s = wg_vasprintf(fmt, ap);
	va_end(ap);
	m->status = status;
	m->error_offset = offset;
	m->error = s;
	if (!s)
		return wg_error_set(WG_ENOMEM, "out of memory");
	for (char *p = s; *p; p++)          /* keep it one line */
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return WG_OK;
}

static _Atomic int fastpath_mode = WG_FASTPATH_DEFAULT;

void wg_module_set_fastpath(wg_fastpath_mode mode)
{
	fastpath_mode = mode;
}

bool wg_wasm_fastpath(void)
{
	const char *env = getenv("WG_FASTPATH");

	if (env && !strcmp(env, "off"))
		return false;
	if (env && !strcmp(env, "on"))
		return true;
	return fastpath_mode != WG_FASTPATH_OFF;
}

static _Atomic unsigned body_threads = 1;

void wg_module_set_threads(unsigned n)
{
	body_threads = n < 1 ? 1 : n;
}

unsigned wg_wasm_body_threads(void)
{
	return body_threads;
}

/* Everything the reader allocates in m. */
static void free_read(wg_module *m)
{
	for (size_t i = 0; i < m->num_imports; i++) {
		free(m->imports[i].module);
		free(m->imports[i].field);
	}
	for (size_t i = 0; i < m->num_exports; i++)
		free(m->exports[i].name);
	for (size_t i = 0; i < m->num_customs; i++) {
		free(m->customs[i].name);
		free(m->customs[i].error);
	}
	for (size_t i = 0; i < m->num_func_names; i++)
		free(m->func_names[i]);
	free(m->func_names);
	free(m->imports);
	free(m->exports);
	free(m->memories);
	free(m->tables);
	free(m->customs);
	free(m->plugin_section);
	free(m->opcodes);
	free(m->error);
}

/* sha256 (before `status`) may be being written by the hash thread: only
 * the fields from `status` on are touched. */
void wg_wasm_reset(wg_module *m)
{
	free_read(m);
	memset(&m->status, 0, sizeof(*m) - offsetof(wg_module, status));
}

void wg_module_free(wg_module *m)
{
	if (!m)
		return;
	free_read(m);
	free(m->path);
	free(m);
}

/* A component-model binary: the core magic, then a version whose layer
 * field (bytes 6-7) is 1, e.g. 0d 00 01 00. */
static bool is_component(const uint8_t *data, size_t size)
{
	return size >= 8 && !memcmp(data, "\0asm", 4) && data[6] == 1 && data[7] == 0;
}

/* Modules from this size up are hashed on a second thread (below). */
#define HASH_THREAD_MIN_BYTES (1u << 20)

struct hash_job {
	const uint8_t *data;
	size_t size;
	uint8_t *out;
};

static void *hash_job_run(void *arg)
{
	const struct hash_job *j = arg;

	wg_sha256(j->data, j->size, j->out);
	return NULL;
}

/*
 * The SHA-256 (nettle's SHA-NI / assembly code, ~5 % of reading a large
 * module; libsodium's portable C was ~35 %) runs on a second thread over the same read-only bytes while the decoder
 * runs on this one: it hides the hash on single-module audits.  Small
 * modules hash inline (a thread start costs more than their hash); if the
 * thread cannot start, inline too.  The thread writes only m->sha256 and
 * is joined on every path before m is returned or freed; wg_wasm_read()
 * lets no C++ exception out, so the join is always reached.
 */
static int read_bytes(const char *path, const uint8_t *data, size_t size,
		      const wg_module_limits *limits, wg_module **out)
{
	wg_module *m = wg_calloc(1, sizeof(*m));
	struct hash_job job = { data, size, NULL };
	pthread_t hasher;
	bool threaded;
	int rc = WG_OK;

	*out = NULL;
	if (!m)
		return WG_ENOMEM;
	m->version = 1;
	m->size = size;
	job.out = m->sha256;
	threaded = size >= HASH_THREAD_MIN_BYTES &&
		   pthread_create(&hasher, NULL, hash_job_run, &job) == 0;
	if (!threaded)
		wg_sha256(data, size, m->sha256);
	if (path && !(m->path = wg_strdup(path)))
		rc = WG_ENOMEM;
	else if (is_component(data, size))
		rc = wg_wasm_set_status(m, WG_MODULE_COMPONENT, 4,
			"a WebAssembly component (version %02x %02x %02x %02x), not a core module",
			data[4], data[5], data[6], data[7]);
	else if (size > WG_IMPL_MAX_MODULE_BYTES)
		rc = wg_wasm_set_status(m, WG_MODULE_IMPL_LIMIT, 0,
			"module is %zu bytes, over the implementation limit (%u)",
			size, WG_IMPL_MAX_MODULE_BYTES);
	else if (limits && limits->max_module_bytes && size > limits->max_module_bytes) {
		m->limit = WG_LIMIT_MODULE_BYTES;
		rc = wg_wasm_set_status(m, WG_MODULE_LIMIT, 0,
			"module is %zu bytes, over limits.max_module_bytes (%llu)",
			size, (unsigned long long)limits->max_module_bytes);
	} else
		rc = wg_wasm_read(m, data, size, limits);
	if (threaded)
		pthread_join(hasher, NULL);
	if (rc) {
		wg_module_free(m);
		return rc;
	}
	*out = m;
	return WG_OK;
}

int wg_module_read_mem(const uint8_t *data, size_t size,
		       const wg_module_limits *limits, wg_module **out)
{
	static const uint8_t empty[1];

	return read_bytes(NULL, data ? data : empty, data ? size : 0, limits, out);
}

int wg_module_read_file(const char *path, const wg_module_limits *limits,
			wg_module **out)
{
	static const uint8_t empty[1];
	wg_file_view v;
	int rc;

	*out = NULL;
	rc = wg_file_view_open(&v, path, 0);
	if (rc)
		return rc;
	rc = read_bytes(path, v.data ? v.data : empty, v.size, limits, out);
	wg_file_view_close(&v);
	return rc;
}
