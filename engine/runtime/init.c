/*
 * init.c - wg_runtime_init(): runs the steps in order (config, index,
 * plugins, checks, install), each refusing with reasons in the result, and
 * the result's helpers (reasons per plugin and overall, JSON form).
 * Nothing under DIR that the host reads changes unless every step held.
 */
#include "runtime/runtime_int.h"
#include "util/util.h"

#include <curl/curl.h>
#include <fcntl.h>
#include <pthread.h>
#include <sys/file.h>
#include <unistd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* append a copy of `msg` (control characters made '?') to lines */
static int add_line(char ***lines, size_t *n, const char *msg)
{
	char *s = wg_strdup(msg), **grown;

	if (!s || !(grown = wg_realloc(*lines, (*n + 1) * sizeof(char *)))) {
		free(s);
		return WG_ENOMEM;
	}
	for (char *c = s; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
	*lines = grown;
	(*lines)[(*n)++] = s;
	return 0;
}

int rt_error(rt_run *r, const char *fmt, ...)
{
	va_list ap;
	char msg[1024];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (add_line(&r->res->errors, &r->res->num_errors, msg))
		return WG_ENOMEM;
	return wg_error_set(WG_EVERIFY, "%s", msg);
}

int rt_reason(wg_runtime_plugin *p, const char *fmt, ...)
{
	va_list ap;
	char msg[1024];

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	add_line(&p->reasons, &p->num_reasons, msg);
	return 1;
}

/* the callback is called from one thread at a time (checks run in parallel) */
void rt_progress(rt_run *r, const char *stage, const char *plugin, uint64_t done, uint64_t total)
{
	static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

	if (!r->o->progress)
		return;
	pthread_mutex_lock(&lock);
	r->o->progress(r->o->progress_user, stage, plugin, done, total);
	pthread_mutex_unlock(&lock);
}

char *rt_url(const char *base, const char *rel)
{
	size_t n = strlen(base);

	return wg_asprintf("%s%s%s", base, n && base[n - 1] == '/' ? "" : "/", rel);
}

int rt_time_parse(const char *s, time_t *out)
{
	struct tm tm = { 0 };
	const char *end = strptime(s, "%Y-%m-%dT%H:%M:%SZ", &tm);

	if (!end || *end)
		return -1;
	*out = timegm(&tm);
	return 0;
}

int rt_plugins_from(rt_run *r, json_t *ps)
{
	json_t *p;
	size_t i;

	r->res->plugins = wg_calloc(json_array_size(ps) + 1, sizeof(wg_runtime_plugin));
	if (!r->res->plugins)
		return WG_ENOMEM;
	json_array_foreach(ps, i, p) {
		wg_runtime_plugin *rp = &r->res->plugins[i];
		rp->name = wg_strdup(json_string_value(json_object_get(p, "name")));
		rp->version = wg_strdup(json_string_value(json_object_get(p, "version")));
		rp->sha256 = wg_strdup(json_string_value(json_object_get(p, "sha256")));
		r->res->num_plugins++;
		if (!rp->name || !rp->version || !rp->sha256)
			return WG_ENOMEM;
	}
	return 0;
}

void rt_first_reason(const wg_runtime_result *res)
{
	for (size_t i = 0; i < res->num_plugins; i++)
		if (res->plugins[i].num_reasons) {
			wg_error_set(WG_EVERIFY, "%s: %s", res->plugins[i].name, res->plugins[i].reasons[0]);
			return;
		}
}

static int current_generation(rt_run *r)
{
	char *cur = wg_asprintf("%s/current", r->dir), *real = cur ? realpath(cur, NULL) : NULL;

	free(cur);
	r->res->generation = real;
	return 0;
}

static int steps(rt_run *r)
{
	int rc;

	rt_clear_leftovers(r->dir);
	if ((rc = rt_state_load(r->dir, &r->state)))
		return rt_error(r, "state: %s", wg_error_last());
	if ((rc = rt_config_fetch(r)))
		return rc;
	if (r->res->unchanged)
		return current_generation(r);
	if ((rc = rt_plugins_from(r, json_object_get(r->config, "plugins"))) ||
	    (rc = rt_index_fetch(r)) ||
	    (rc = rt_plugins_fetch(r)))
		return rc;
	if (r->state.generation && r->res->revision == r->state.revision) {
		/* the revision installed (a revision's set never changes): keep it, trust the index */
		r->res->unchanged = true;
		r->state.index_version = r->res->index_version;
		snprintf(r->state.index_sha256, sizeof(r->state.index_sha256), "%s", r->index_sha256);
		if ((rc = rt_state_save(r->dir, &r->state)))
			return rt_error(r, "state.json: %s", wg_error_last());
		return current_generation(r);
	}
	return rt_install(r);
}

/* tell the control plane what happened (http/https only; best effort:
 * the outcome stands whether or not the report gets through) */
static void report(rt_run *r, int rc)
{
	char *path, *url, *text;
	json_t *j;
	long status;

	if (strncmp(r->h->control_url, "http", 4) || !r->res->revision || r->res->unchanged)
		return;
	j = json_pack("{s:I, s:s, s:s?}", "revision", (json_int_t)r->res->revision, "result",
		      rc ? "refused" : "applied", "error", rc ? wg_error_last() : NULL);
	if (j && rc && strlen(wg_error_last()) > 480)
		json_object_set_new(j, "error", json_stringn(wg_error_last(), 480));
	text = j ? json_dumps(j, JSON_COMPACT) : NULL;
	path = wg_asprintf("v1/instances/%s/status", r->h->instance);
	url = path ? rt_url(r->h->control_url, path) : NULL;
	if (text && url && !rt_post_json(url, r->o->token, text, r->o->connect_timeout,
					 r->o->timeout, &status))
		rt_progress(r, "report", NULL, status == 200, 1);
	json_decref(j);
	free(text);
	free(path);
	free(url);
}

int wg_runtime_init(const wg_runtime_options *o, wg_runtime_result *res)
{
	rt_run r = { 0 };
	int rc;

	memset(res, 0, sizeof(*res));
	res->version = 1;
	if (!o || o->version != 1 || !o->host)
		return wg_error_set(WG_EINVAL, "wg_runtime_init: options need version 1 and a host profile");
	wg_runtime_options oc = *o;   /* timeouts: options, else host.yml, else 10 s / 300 s */
	if (!oc.connect_timeout)
		oc.connect_timeout = o->host->connect_timeout ? (long)o->host->connect_timeout : 10;
	if (!oc.timeout)
		oc.timeout = o->host->timeout ? (long)o->host->timeout : 300;
	r.o = &oc;
	r.h = o->host;
	r.res = res;
	r.dir = o->dir ? o->dir : o->host->install_dir;
	r.now = o->now ? o->now : time(NULL);
	if (wg_dir_create(r.dir, 0755))
		return rt_error(&r, "cannot create %s: %s", r.dir, wg_error_last());
	/* one init at a time per DIR (the lock goes with the process) */
	char *lock = wg_asprintf("%s/.lock", r.dir);
	int lfd = lock ? open(lock, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644) : -1;
	free(lock);
	if (lfd < 0 || flock(lfd, LOCK_EX | LOCK_NB)) {
		if (lfd >= 0)
			close(lfd);
		return rt_error(&r, "%s: another runtime init holds its lock (or it cannot be opened)", r.dir);
	}
	if (curl_global_init(CURL_GLOBAL_DEFAULT)) {
		close(lfd);
		return rt_error(&r, "libcurl cannot start");
	}
	rc = steps(&r);
	if (rc && !res->num_errors)
		rt_first_reason(res);
	if (rc != WG_ENOMEM) {
		char keep[1024];
		snprintf(keep, sizeof(keep), "%s", rc ? wg_error_last() : "");
		report(&r, rc);
		if (rc)
			wg_error_set(rc, "%s", keep);
	}
	json_decref(r.config);
	json_decref(r.index);
	curl_global_cleanup();
	close(lfd);
	return rc;
}

static void lines_free(char **l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(l[i]);
	free(l);
}

void wg_runtime_result_free(wg_runtime_result *res)
{
	if (!res)
		return;
	for (size_t i = 0; i < res->num_plugins; i++) {
		free(res->plugins[i].name);
		free(res->plugins[i].version);
		free(res->plugins[i].sha256);
		free(res->plugins[i].path);
		lines_free(res->plugins[i].reasons, res->plugins[i].num_reasons);
	}
	free(res->plugins);
	lines_free(res->errors, res->num_errors);
	free(res->generation);
	memset(res, 0, sizeof(*res));
}

static json_t *lines_json(char **l, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; a && i < n; i++)
		json_array_append_new(a, json_string(l[i]));
	return a;
}

json_t *wg_runtime_result_json(const wg_runtime_result *res)
{
	json_t *ps = json_array();

	for (size_t i = 0; ps && i < res->num_plugins; i++) {
		const wg_runtime_plugin *p = &res->plugins[i];
		json_t *e = json_pack("{s:s, s:s, s:s, s:b, s:o}", "name", p->name, "version", p->version,
				      "sha256", p->sha256, "cached", p->cached, "reasons",
				      lines_json(p->reasons, p->num_reasons));
		if (e && p->path)
			json_object_set_new(e, "path", json_string(p->path));
		json_array_append_new(ps, e);
	}
	return json_pack("{s:b, s:b, s:I, s:I, s:s?, s:o, s:o}", "installed", res->installed,
			 "unchanged", res->unchanged, "revision", (json_int_t)res->revision,
			 "index_version", (json_int_t)res->index_version, "generation",
			 res->generation, "errors", lines_json(res->errors, res->num_errors),
			 "plugins", ps);
}
