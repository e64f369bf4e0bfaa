/*
 * cache.c - the content-addressed build cache (docs/plugin-yml.md, Cache).
 *
 *   key0 = sha256(format, wasmgate + binaryen + toolchain versions, label,
 *                 language, EMCC_CFLAGS, WASI_SYSROOT, the manifest's bytes,
 *                 every source's name and sha256)
 *   DIR/deps/<key0>   the headers (inside the plugin folder) the compiler's
 *                     -MD output listed when this key0 last built, one a line
 *   key  = sha256(key0, every such header's name and sha256)
 *   DIR/wasm/<key>    sha256 of the module (32 bytes), then the module
 *
 * Every file is written to a temporary name and renamed; an entry whose
 * digest does not match its bytes is a miss (and is overwritten by the
 * rebuild).  Cache errors never fail a build: they only cost a rebuild.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#ifndef WG_BINARYEN_VERSION
#define WG_BINARYEN_VERSION "binaryen"
#endif
#define WG_CACHE_MAX_ENTRY (64u * 1024 * 1024)

/* "name\0<sha256 hex>\n" into `b`; the digest also into `inputs`. */
static int hash_input(wg_buf *b, json_t *inputs, const char *dir, const char *name,
		      const char *shown)
{
	char *path = wg_asprintf("%s/%s", dir, name);
	uint8_t h[32];
	char hex[65];
	int rc;

	if (!path)
		return WG_ENOMEM;
	rc = wg_sha256_file(path, h);
	free(path);
	if (rc)
		return rc;
	wg_hex(h, sizeof(h), hex);
	if (inputs && json_object_set_new(inputs, shown, json_string(hex)))
		return WG_ENOMEM;
	rc = wg_buf_put(b, name, strlen(name) + 1);
	return rc ? rc : wg_buf_printf(b, "%s\n", hex);
}

static const char *env_or_empty(const char *name)
{
	const char *v = getenv(name);

	return v ? v : "";
}

static void finish(wg_buf *b, char out[65])
{
	uint8_t h[32];

	wg_sha256(b->ptr ? b->ptr : "", b->len, h);
	wg_hex(h, sizeof(h), out);
}

int wg_cache_key0(wg_plan *p, json_t *inputs)
{
	const wg_manifest *m = p->t->manifest;
	wg_buf b = WG_BUF_INIT;
	int rc = wg_buf_printf(&b, "wasmgate-build 1\n%s\n%s\n%s\n%s\n%s\n%s\n%s\n",
			       wg_version(), WG_BINARYEN_VERSION, p->label, p->tc.version,
			       m->language == WG_LANG_CXX ? "c++" : "c",
			       env_or_empty("EMCC_CFLAGS"), env_or_empty("WASI_SYSROOT"));

	rc = rc ? rc : hash_input(&b, inputs, m->dir, WG_MANIFEST_FILE, WG_MANIFEST_FILE);
	for (size_t i = 0; !rc && i < p->sources.count; i++)
		rc = hash_input(&b, inputs, m->dir, p->sources.items[i], p->sources.items[i]);
	if (!rc)
		finish(&b, p->key0);
	wg_buf_free(&b);
	return rc;
}

int wg_cache_key(wg_plan *p, json_t *inputs)
{
	wg_buf b = WG_BUF_INIT;
	int rc = wg_buf_printf(&b, "%s\n", p->key0);

	for (size_t i = 0; !rc && i < p->headers.count; i++) {
		rc = hash_input(&b, inputs, p->t->manifest->dir, p->headers.items[i],
				p->headers.items[i]);
		if (rc == WG_EIO) {      /* a header that went away: part of the key */
			wg_error_clear();
			rc = wg_buf_printf(&b, "%s missing\n", p->headers.items[i]);
		}
	}
	if (!rc)
		finish(&b, p->key);
	wg_buf_free(&b);
	return rc;
}

int wg_cache_headers_load(wg_plan *p)
{
	char *path, *text = NULL, *save = NULL;
	size_t len, cap = 0;

	if (!p->o->cache_dir)
		return 0;
	path = wg_asprintf("%s/deps/%s", p->o->cache_dir, p->key0);
	if (!path)
		return WG_ENOMEM;
	if (wg_file_read(path, 1024 * 1024, &text, &len)) {
		wg_error_clear();
		free(path);
		return 0;
	}
	free(path);
	for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
		char **slot;
		if (!wg_path_confined(l))
			continue;    /* not ours: ignore */
		slot = WG_ARRAY_PUSH(p->headers.items, p->headers.count, cap);
		if (!slot || !(*slot = wg_strdup(l))) {
			free(text);
			return WG_ENOMEM;
		}
	}
	free(text);
	return 0;
}

static void put_file(const char *path, const void *data, size_t len)
{
	if (!path || wg_dir_create_parent(path, 0755) ||
	    wg_file_write_atomic(path, data, len, 0644, 0))
		wg_error_clear();
}

void wg_cache_headers_save(const wg_plan *p)
{
	wg_buf b = WG_BUF_INIT;
	char *path;

	if (!p->o->cache_dir)
		return;
	for (size_t i = 0; i < p->headers.count; i++)
		if (wg_buf_printf(&b, "%s\n", p->headers.items[i]))
			goto out;
	path = wg_asprintf("%s/deps/%s", p->o->cache_dir, p->key0);
	put_file(path, b.ptr ? b.ptr : "", b.len);
	free(path);
out:
	wg_buf_free(&b);
	wg_error_clear();
}

int wg_cache_get(const wg_plan *p, uint8_t **data, size_t *len)
{
	char *path, *text = NULL;
	size_t n;
	uint8_t h[32];

	*data = NULL;
	if (!p->o->cache_dir)
		return 0;
	path = wg_asprintf("%s/wasm/%s", p->o->cache_dir, p->key);
	if (!path)
		return WG_ENOMEM;
	if (wg_file_read(path, WG_CACHE_MAX_ENTRY, &text, &n) || n < 32 + 8) {
		wg_error_clear();
		free(text);
		free(path);
		return 0;
	}
	free(path);
	wg_sha256(text + 32, n - 32, h);
	if (memcmp(h, text, 32)) {      /* truncated or altered: rebuild */
		free(text);
		return 0;
	}
	memmove(text, text + 32, n - 32);
	*data = (uint8_t *)text;
	*len = n - 32;
	return 1;
}

void wg_cache_put(const wg_plan *p, const uint8_t *data, size_t len)
{
	uint8_t *entry;
	char *path;

	if (!p->o->cache_dir || len > WG_CACHE_MAX_ENTRY)
		return;
	entry = wg_malloc(len + 32);
	path = wg_asprintf("%s/wasm/%s", p->o->cache_dir, p->key);
	if (entry && path) {
		wg_sha256(data, len, entry);
		memcpy(entry + 32, data, len);
		put_file(path, entry, len + 32);
	}
	free(entry);
	free(path);
	wg_error_clear();
}
