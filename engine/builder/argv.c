/*
 * argv.c - the argument vectors of one build: one compile per source
 * (`-c`, `-MD -MF` for the header list the cache keys on) and one link,
 * from the manifest's keys, the toolchain's extras and the variant's.
 * Order, so later flags win: wasmgate's base flags, then the manifest's
 * common flags, the toolchain's, the variant's.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

int wg_argv_add(wg_argv *a, const char *fmt, ...)
{
	char **slot;
	va_list ap;

	if (wg_array_grow((void **)&a->v, &a->cap, a->n + 2, sizeof(char *)))
		return WG_ENOMEM;
	slot = &a->v[a->n];
	va_start(ap, fmt);
	*slot = wg_vasprintf(fmt, ap);
	va_end(ap);
	if (!*slot)
		return WG_ENOMEM;
	a->v[++a->n] = NULL;
	return 0;
}

void wg_argv_free(wg_argv *a)
{
	for (size_t i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
	memset(a, 0, sizeof(*a));
}

static int add_list(wg_argv *a, const wg_strlist *l, const char *prefix)
{
	for (size_t i = 0; i < l->count; i++)
		if (wg_argv_add(a, "%s%s", prefix, l->items[i]))
			return WG_ENOMEM;
	return 0;
}

/* flags (and with `link`, link_flags) of the common set, the toolchain's,
 * the variant's; defines only when compiling. */
static int add_sets(wg_argv *a, const wg_plan *p, bool link)
{
	const wg_manifest *m = p->t->manifest;
	const wg_flagset *sets[3] = { &m->common, &m->toolchain_set[p->t->toolchain],
				      p->t->variant ? &p->t->variant->set : NULL };
	int rc = 0;

	for (int i = 0; i < 3 && !rc; i++) {
		if (!sets[i])
			continue;
		rc = link ? 0 : add_list(a, &sets[i]->defines, "-D");
		rc = rc ? rc : add_list(a, &sets[i]->flags, "");
		rc = rc ? rc : (link ? add_list(a, &sets[i]->link_flags, "") : 0);
	}
	return rc;
}

static int add_base(wg_argv *a, const wg_plan *p)
{
	const wg_manifest *m = p->t->manifest;
	int rc = wg_argv_add(a, "%s", p->tc.path);

	if (!rc && p->t->toolchain == WG_TOOLCHAIN_WASI) {
		rc = wg_argv_add(a, "--target=wasm32-wasi");
		if (!rc && wg_tc_sysroot())
			rc = wg_argv_add(a, "--sysroot=%s", wg_tc_sysroot());
	}
	rc = rc ? rc : wg_argv_add(a, "-%s", m->optimisation);
	if (!rc && m->keep_debug)
		rc = wg_argv_add(a, "-g");
	return rc;
}

static int compile_argv(wg_argv *a, const wg_plan *p, size_t i)
{
	const wg_manifest *m = p->t->manifest;
	int rc = add_base(a, p);

	rc = rc ? rc : wg_argv_add(a, "-ffile-prefix-map=%s=.", p->dir_abs);
	for (size_t k = 0; !rc && k < m->include_dirs.count; k++)
		rc = wg_argv_add(a, "-I%s", m->include_dirs.items[k]);
	rc = rc ? rc : add_sets(a, p, false);
	rc = rc ? rc : wg_argv_add(a, "-MD");
	rc = rc ? rc : wg_argv_add(a, "-MF");
	rc = rc ? rc : wg_argv_add(a, "%s/%zu.d", p->tmp, i);
	rc = rc ? rc : wg_argv_add(a, "-c");
	rc = rc ? rc : wg_argv_add(a, "%s", p->sources.items[i]);
	rc = rc ? rc : wg_argv_add(a, "-o");
	return rc ? rc : wg_argv_add(a, "%s/%zu.o", p->tmp, i);
}

static int emscripten_link(wg_argv *a, const wg_manifest *m)
{
	wg_buf ex = WG_BUF_INIT;
	uint32_t initial = m->has_initial_pages ? m->initial_pages
			 : m->has_max_pages ? m->max_pages : 0;
	int rc = wg_argv_add(a, "--no-entry");

	rc = rc ? rc : wg_argv_add(a, "-sSTANDALONE_WASM");
	for (size_t i = 0; !rc && i < m->exports.count; i++)
		if (strcmp(m->exports.items[i], "memory"))
			rc = wg_buf_printf(&ex, "%s_%s", ex.len ? "," : "", m->exports.items[i]);
	if (!rc && ex.len)
		rc = wg_argv_add(a, "-sEXPORTED_FUNCTIONS=%s", ex.ptr);
	wg_buf_free(&ex);
	if (!rc && initial)
		rc = wg_argv_add(a, "-sINITIAL_MEMORY=%llu", (unsigned long long)initial * 65536);
	return rc;
}

static int wasi_link(wg_argv *a, const wg_manifest *m)
{
	int rc = wg_argv_add(a, "-nostartfiles");

	rc = rc ? rc : wg_argv_add(a, "-Wl,--no-entry");
	for (size_t i = 0; !rc && i < m->exports.count; i++)
		if (strcmp(m->exports.items[i], "memory"))
			rc = wg_argv_add(a, "-Wl,--export=%s", m->exports.items[i]);
	if (!rc && m->has_initial_pages)
		rc = wg_argv_add(a, "-Wl,--initial-memory=%llu",
				 (unsigned long long)m->initial_pages * 65536);
	if (!rc && m->has_max_pages)
		rc = wg_argv_add(a, "-Wl,--max-memory=%llu",
				 (unsigned long long)m->max_pages * 65536);
	return rc;
}

static int link_argv(wg_argv *a, const wg_plan *p)
{
	const wg_manifest *m = p->t->manifest;
	int rc = add_base(a, p);

	if (!rc)
		rc = p->t->toolchain == WG_TOOLCHAIN_EMSCRIPTEN ? emscripten_link(a, m)
								: wasi_link(a, m);
	rc = rc ? rc : add_sets(a, p, true);
	for (size_t i = 0; !rc && i < p->sources.count; i++)
		rc = wg_argv_add(a, "%s/%zu.o", p->tmp, i);
	rc = rc ? rc : wg_argv_add(a, "-o");
	return rc ? rc : wg_argv_add(a, "%s/link.wasm", p->tmp);
}

int wg_plan_argv(wg_plan *p)
{
	int rc;

	p->compile = wg_calloc(p->sources.count, sizeof(*p->compile));
	if (!p->compile)
		return WG_ENOMEM;
	p->num_compile = p->sources.count;
	for (size_t i = 0; i < p->sources.count; i++) {
		rc = compile_argv(&p->compile[i], p, i);
		if (rc)
			return rc;
	}
	return link_argv(&p->link, p);
}
