/*
 * check.c - steps 4 and 5 on the bytes in the cache (never the index's
 * claims alone): the sha256 again, the attestation (a trusted audit key,
 * subject = these bytes, decision approve), then compatibility with the
 * host profile read from the module itself: the wasmgate.plugin section's
 * abi "NAME/N" within the host's range, every feature used supported,
 * every import provided, every memory declaring a maximum within the limit.
 * rt_check_bytes() is the whole check on bytes in memory; wg_runtime_load()
 * runs it again on an installed generation.  rt_each_plugin() spreads the
 * plugins over one thread per core (each writes only its own entry); the
 * check pool does the same for init while downloads still run.
 */
#include "runtime/runtime_int.h"
#include "registry/registry_int.h"
#include "wasmgate/attest.h"
#include "wasmgate/module.h"
#include "util/util.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void check_abi(wg_runtime_plugin *p, const wg_host *h, const char *abi)
{
	size_t n = strlen(h->abi.name);
	char *end;
	unsigned long long v;

	if (!abi) {
		rt_reason(p, "incompatible: no abi in its wasmgate.plugin section (host takes %s/%llu..%llu)",
			  h->abi.name, (unsigned long long)h->abi.min, (unsigned long long)h->abi.max);
		return;
	}
	v = strncmp(abi, h->abi.name, n) || abi[n] != '/' ? 0 : strtoull(abi + n + 1, &end, 10);
	if (!v || *end || v < h->abi.min || v > h->abi.max)
		rt_reason(p, "incompatible ABI '%s' (host takes %s/%llu..%llu)", abi, h->abi.name,
			  (unsigned long long)h->abi.min, (unsigned long long)h->abi.max);
}

static void check_module(wg_runtime_plugin *p, const wg_host *h, const wg_module *m)
{
	wg_plugin_id sec;
	bool found;

	if (m->status != WG_MODULE_OK) {
		rt_reason(p, "the module does not decode: %s", m->error ? m->error : "?");
		return;
	}
	if (wg_plugin_section_read(m, WG_PLUGIN_SECTION_LENIENT, &sec, &found))
		rt_reason(p, "%s", wg_error_last());
	else
		check_abi(p, h, sec.abi);
	wg_plugin_id_clear(&sec);
	for (int i = 0; i < WG_FEATURE_COUNT; i++)
		if ((m->features & (1u << i)) && !(h->features & (1u << i)))
			rt_reason(p, "incompatible: uses feature '%s' the host engine does not support",
				  wg_feature_name((wg_feature)(1u << i)));
	for (size_t i = 0; i < m->num_imports; i++)
		if (!wg_host_provides(h, m->imports[i].module, m->imports[i].field))
			rt_reason(p, "incompatible: imports %s.%s, which the host does not provide",
				  m->imports[i].module, m->imports[i].field);
	for (size_t i = 0; i < m->num_memories; i++)
		if (!m->memories[i].has_max || m->memories[i].max > h->max_memory_pages)
			rt_reason(p, "incompatible: memory %zu maximum %s%llu pages is over the host's %llu", i,
				  m->memories[i].has_max ? "" : "(none) ",
				  (unsigned long long)m->memories[i].max, (unsigned long long)h->max_memory_pages);
}

/* the bytes are hashed once, by the module reader (m->sha256); the digest,
 * the attestation's subject and the compatibility checks all use it.
 * 2: the digest differs; 1: another reason; 0: all held */
int rt_check_bytes(rt_run *r, wg_runtime_plugin *p, const char *wasm, size_t wl, const char *att,
		   size_t al)
{
	char hex[65];
	wg_module *m = NULL;
	wg_verify_options vo = WG_VERIFY_OPTIONS_INIT;
	wg_attestation_result ar = { .version = 1 };
	size_t before = p->num_reasons;

	if (wg_module_read_mem((const uint8_t *)wasm, wl, NULL, &m))
		return rt_reason(p, "cannot read the module: %s", wg_error_last());
	wg_hex(m->sha256, 32, hex);
	hex[64] = '\0';
	if (strcmp(hex, p->sha256)) {
		wg_module_free(m);
		rt_reason(p, "the bytes' sha256 %s is not %s (tampered)", hex, p->sha256);
		return 2;
	}
	vo.subject_path = p->name;
	if (wg_attestation_verify(att, al, (const wg_key *const *)r->h->audit_keys, r->h->num_audit_keys,
				  NULL, 0, m->sha256, &vo, &ar))
		rt_reason(p, "attestation: %s", wg_error_last());
	wg_attestation_result_free(&ar);
	rt_progress(r, "verify", p->name, 1, 1);
	check_module(p, r->h, m);
	wg_module_free(m);
	return p->num_reasons > before;
}

static void check_one(rt_run *r, wg_runtime_plugin *p, const char *as)
{
	char *wpath = wg_asprintf("%s/cache/%s", r->dir, p->sha256);
	char *apath = wg_asprintf("%s/cache/%s", r->dir, as ? as : "none");
	char *wasm = NULL, *att = NULL;
	size_t wl = 0, al = 0;

	uint8_t h[32];
	char hex[65];

	if (!wpath || !apath || wg_file_read(wpath, WG_REGISTRY_MAX_PLUGIN, &wasm, &wl) ||
	    wg_file_read(apath, WG_REGISTRY_MAX_PLUGIN, &att, &al)) {
		rt_reason(p, "cannot read the cached files: %s", wg_error_last());
		goto out;
	}
	wg_sha256(att, al, h);
	wg_hex(h, 32, hex);
	hex[64] = '\0';
	/* a cache file that is not its name's bytes is dropped: the next init fetches it again */
	if (as && strcmp(hex, as)) {
		rt_reason(p, "the cached attestation's sha256 %.16s... is not the index's %.16s... "
			  "(corrupted; removed from the cache)", hex, as);
		unlink(apath);
	} else if (rt_check_bytes(r, p, wasm, wl, att, al) == 2) {
		rt_reason(p, "the cached copy was removed; the next init fetches it again");
		unlink(wpath);
	}
out:
	free(wasm);
	free(att);
	free(wpath);
	free(apath);
}

typedef struct {
	rt_run *r;
	rt_plugin_fn fn;
	void *ctx;
	size_t next;                  /* the next plugin to take (atomic) */
} pool;

static void *worker(void *arg)
{
	pool *w = arg;
	size_t i;

	while ((i = __atomic_fetch_add(&w->next, 1, __ATOMIC_RELAXED)) < w->r->res->num_plugins)
		w->fn(w->r, i, w->ctx);
	return NULL;
}

/* one thread per core, at most RT_MAX_THREADS */
static size_t threads_wanted(void)
{
	long cpus = sysconf(_SC_NPROCESSORS_ONLN);

	return cpus < 1 ? 1 : cpus > RT_MAX_THREADS ? RT_MAX_THREADS : (size_t)cpus;
}

void rt_each_plugin(rt_run *r, rt_plugin_fn fn, void *ctx)
{
	pool w = { r, fn, ctx, 0 };
	pthread_t t[RT_MAX_THREADS];
	size_t n = threads_wanted(), started = 0;

	if (n > r->res->num_plugins)
		n = r->res->num_plugins;
	while (started + 1 < n && !pthread_create(&t[started], NULL, worker, &w))
		started++;
	worker(&w);                   /* this thread works too (and alone if none started) */
	for (size_t k = 0; k < started; k++)
		pthread_join(t[k], NULL);
}

/* checks that start while downloads still run: a queue of plugins whose
 * files are in the cache, drained by one thread per core */
struct rt_pool {
	rt_run *r;
	const char **as;              /* each plugin's attestation sha256 (from the index) */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	size_t *q, head, tail;        /* each plugin is queued at most once */
	bool closed;
	pthread_t t[RT_MAX_THREADS];
	size_t nt;
};

static void *drain(void *arg)
{
	rt_pool *p = arg;

	for (;;) {
		size_t i;

		pthread_mutex_lock(&p->mu);
		while (p->head == p->tail && !p->closed)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->head == p->tail) {
			pthread_mutex_unlock(&p->mu);
			return NULL;
		}
		i = p->q[p->head++];
		pthread_mutex_unlock(&p->mu);
		check_one(p->r, &p->r->res->plugins[i], p->as[i]);
	}
}

rt_pool *rt_check_start(rt_run *r)
{
	rt_pool *p = wg_calloc(1, sizeof(*p));
	size_t np = r->res->num_plugins, want = threads_wanted();

	if (!p || !(p->as = wg_calloc(np + 1, sizeof(char *))) || !(p->q = wg_calloc(np + 1, sizeof(size_t)))) {
		if (p)
			free(p->as);
		free(p);
		return NULL;
	}
	p->r = r;
	for (size_t i = 0; i < np; i++) {   /* the index is read here, not in the threads */
		json_t *e = json_object_get(json_object_get(json_object_get(r->index, "plugins"),
							    r->res->plugins[i].name), r->res->plugins[i].version);
		p->as[i] = json_string_value(json_object_get(json_object_get(json_object_get(e, "files"), "attestation"), "sha256"));
	}
	pthread_mutex_init(&p->mu, NULL);
	pthread_cond_init(&p->cv, NULL);
	while (p->nt < want && p->nt < np && !pthread_create(&p->t[p->nt], NULL, drain, p))
		p->nt++;
	return p;
}

void rt_check_ready(rt_pool *p, size_t i)
{
	pthread_mutex_lock(&p->mu);
	p->q[p->tail++] = i;
	pthread_cond_signal(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

void rt_check_finish(rt_pool *p)
{
	pthread_mutex_lock(&p->mu);
	p->closed = true;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	if (!p->nt)
		drain(p);                 /* no thread could start: check here */
	for (size_t k = 0; k < p->nt; k++)
		pthread_join(p->t[k], NULL);
	pthread_mutex_destroy(&p->mu);
	pthread_cond_destroy(&p->cv);
	free(p->as);
	free(p->q);
	free(p);
}
