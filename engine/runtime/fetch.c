/*
 * fetch.c - every network read of runtime init, through libcurl: one GET
 * into memory (config, index, signatures, attestations) and the parallel
 * plugin downloads (curl multi) that stream into a temporary file while
 * hashing (wg_sha256: nettle), stop at the expected size, and rename into the
 * content-addressed cache only when size and sha256 both hold.
 * Policy for every transfer: http, https and file only; redirects are not
 * followed (a mirror that moves answers with an error, never another host);
 * connect and total timeouts; proxy from the environment (libcurl's default).
 */
#include "runtime/runtime_int.h"
#include "util/util.h"

#include <curl/curl.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void common(CURL *c, const char *url, long connect_timeout, long timeout)
{
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https,file");
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, connect_timeout);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, timeout);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "wasmgate-runtime/1");
}

typedef struct {
	wg_buf b;
	size_t max;
	bool over;
} mem_sink;

static size_t mem_write(char *p, size_t sz, size_t n, void *u)
{
	mem_sink *s = u;

	if (s->b.len + sz * n > s->max) {
		s->over = true;
		return 0;
	}
	return wg_buf_put(&s->b, p, sz * n) ? 0 : sz * n;
}

static void etag_of(CURL *c, char *out)
{
	struct curl_header *h = NULL;

	out[0] = '\0';
	if (curl_easy_header(c, "ETag", 0, CURLH_HEADER, -1, &h) == CURLHE_OK &&
	    strlen(h->value) < 80)
		strcpy(out, h->value);
}

int rt_fetch(const char *url, const rt_get *g, char **body, size_t *len, long *status,
	     char *etag_out)
{
	CURL *c = curl_easy_init();
	struct curl_slist *hd = NULL;
	mem_sink s = { WG_BUF_INIT, g->max, false };
	char *line;
	CURLcode cc;

	*body = NULL;
	*len = 0;
	*status = 0;
	if (!c)
		return WG_ENOMEM;
	common(c, url, g->connect_timeout, g->timeout);
	if (g->token && (line = wg_asprintf("Authorization: Bearer %s", g->token))) {
		hd = curl_slist_append(hd, line);
		free(line);
	}
	if (g->etag && *g->etag && (line = wg_asprintf("If-None-Match: %s", g->etag))) {
		hd = curl_slist_append(hd, line);
		free(line);
	}
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hd);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, mem_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
	if (!strncmp(url, "file:", 5) && cc == CURLE_OK)
		*status = 200;
	if (etag_out)
		etag_of(c, etag_out);
	curl_slist_free_all(hd);
	curl_easy_cleanup(c);
	if (s.over) {
		wg_buf_free(&s.b);
		return wg_error_set(WG_ELIMIT, "%s: the response is over %zu bytes", url, g->max);
	}
	if (cc != CURLE_OK) {
		wg_buf_free(&s.b);
		return wg_error_set(WG_EIO, "%s: %s", url, curl_easy_strerror(cc));
	}
	*len = s.b.len;
	*body = s.b.len ? wg_buf_detach(&s.b) : wg_strdup("");
	wg_buf_free(&s.b);
	return *body ? 0 : WG_ENOMEM;
}

typedef struct {
	rt_download *d;
	FILE *f;
	char *tmp;
	wg_sha256_ctx *sha;
	uint64_t got;
	bool over;
	int werr;                     /* errno of a failed write (a full disk) */
} dl;

static size_t dl_write(char *p, size_t sz, size_t n, void *u)
{
	dl *x = u;
	size_t k = sz * n;

	if (x->got + k > x->d->size) {
		x->over = true;
		return 0;
	}
	wg_sha256_update(x->sha, p, k);
	x->got += k;
	if (fwrite(p, 1, k, x->f) == k)
		return k;
	x->werr = errno ? errno : EIO;
	return 0;
}

/* flush and close the part file, its writeback started (the caller syncs
 * the whole cache once, before anything is installed from it); errno of
 * the first failure, or 0 */
static int dl_close(dl *x)
{
	int err = 0;

	if (!x->f)
		return EIO;
	if (fflush(x->f))
		err = errno;
	/* start writing it back now, while other downloads run: the one
	 * syncfs() before install then waits for little (a hint; its errors
	 * come back from the syncfs) */
	else
		sync_file_range(fileno(x->f), 0, 0, SYNC_FILE_RANGE_WRITE);
	if (fclose(x->f) && !err)
		err = errno;
	x->f = NULL;
	return err;
}

static int dl_start(dl *x, CURLM *m, long ct, long to)
{
	CURL *c = curl_easy_init();

	x->tmp = wg_asprintf("%s.part.%ld", x->d->path, (long)getpid());
	if (!c || !x->tmp || !(x->sha = wg_sha256_new()) || !(x->f = fopen(x->tmp, "wb"))) {
		if (c)
			curl_easy_cleanup(c);
		return wg_error_set(WG_EIO, "%s: cannot create", x->tmp ? x->tmp : x->d->path);
	}
	common(c, x->d->url, ct, to);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, dl_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, x);
	curl_easy_setopt(c, CURLOPT_PRIVATE, x);
	curl_easy_setopt(c, CURLOPT_FAILONERROR, 1L);
	/* a Content-Length over the index's size is refused before any byte */
	curl_easy_setopt(c, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)x->d->size);
	curl_multi_add_handle(m, c);
	return 0;
}

/* a transfer ended with `cc`: check it and move the file into place.  Not
 * yet on disk: a cache file lost by a power cut is caught when it is
 * checked (its bytes are hashed again) and dropped from the cache. */
static void dl_finish(dl *x, CURLcode cc)
{
	uint8_t h[32];
	char hex[65];
	int err = dl_close(x);

	wg_sha256_final(x->sha, h);
	wg_hex(h, 32, hex);
	hex[64] = '\0';
	if (x->werr || (err && (cc == CURLE_OK || cc == CURLE_WRITE_ERROR)))
		x->d->error = wg_asprintf("cannot write %s: %s", x->tmp, strerror(x->werr ? x->werr : err));
	else if (x->over || cc == CURLE_FILESIZE_EXCEEDED)
		x->d->error = wg_asprintf("more than the %llu bytes the index gives",
					  (unsigned long long)x->d->size);
	else if (cc != CURLE_OK)
		x->d->error = wg_asprintf("download failed: %s", curl_easy_strerror(cc));
	else if (x->got != x->d->size)
		x->d->error = wg_asprintf("truncated: %llu of %llu bytes", (unsigned long long)x->got,
					  (unsigned long long)x->d->size);
	else if (strcmp(hex, x->d->sha256))
		x->d->error = wg_asprintf("sha256 %s is not the index's %s (tampered)", hex,
					  x->d->sha256);
	else if (rename(x->tmp, x->d->path))
		x->d->error = wg_asprintf("cannot rename into %s: %s", x->d->path, strerror(errno));
	else {
		x->d->rc = 0;
		return;
	}
	x->d->rc = WG_EVERIFY;
	unlink(x->tmp);
}

int rt_sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc = 0;

	if (fd < 0 || syncfs(fd) || fsync(fd))
		rc = wg_error_set(WG_EIO, "%s: cannot sync: %s", dir, strerror(errno));
	if (fd >= 0)
		close(fd);
	return rc;
}

int rt_download_all(rt_download *d, size_t n, long ct, long to, void (*done)(void *ctx, size_t k),
		    void *ctx)
{
	CURLM *m = curl_multi_init();
	dl *x = wg_calloc(n ? n : 1, sizeof(*x));
	int running = 0, left;
	CURLMsg *msg;

	if (!m || !x) {
		curl_multi_cleanup(m);
		free(x);
		return WG_ENOMEM;
	}
	curl_multi_setopt(m, CURLMOPT_MAX_HOST_CONNECTIONS, 8L);
	for (size_t i = 0; i < n; i++) {
		x[i].d = &d[i];
		d[i].rc = WG_EVERIFY;
		if (dl_start(&x[i], m, ct, to)) {
			d[i].error = wg_strdup(wg_error_last());
			if (done)
				done(ctx, i);
		}
	}
	do {
		curl_multi_perform(m, &running);
		while ((msg = curl_multi_info_read(m, &left))) {
			dl *y = NULL;
			if (msg->msg != CURLMSG_DONE)
				continue;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **)&y);
			dl_finish(y, msg->data.result);
			curl_multi_remove_handle(m, msg->easy_handle);
			curl_easy_cleanup(msg->easy_handle);
			if (done)
				done(ctx, (size_t)(y->d - d));
		}
		if (running)
			curl_multi_poll(m, NULL, 0, 1000, NULL);
	} while (running);
	for (size_t i = 0; i < n; i++) {
		if (x[i].f) {
			fclose(x[i].f);
			unlink(x[i].tmp);
		}
		free(x[i].tmp);
		wg_sha256_free(x[i].sha);
	}
	free(x);
	curl_multi_cleanup(m);
	return 0;
}

int rt_post_json(const char *url, const char *token, const char *body, long connect_timeout,
		 long timeout, long *status)
{
	CURL *c = curl_easy_init();
	struct curl_slist *hd = NULL;
	mem_sink s = { WG_BUF_INIT, 64 * 1024, false };
	char *line = token ? wg_asprintf("Authorization: Bearer %s", token) : NULL;
	CURLcode cc;

	*status = 0;
	if (!c) {
		free(line);
		return WG_ENOMEM;
	}
	common(c, url, connect_timeout, timeout);
	if (line)
		hd = curl_slist_append(hd, line);
	hd = curl_slist_append(hd, "Content-Type: application/json");
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, hd);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, body);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, mem_write);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &s);
	cc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, status);
	curl_slist_free_all(hd);
	curl_easy_cleanup(c);
	wg_buf_free(&s.b);
	free(line);
	return cc == CURLE_OK ? 0 : wg_error_set(WG_EIO, "%s: %s", url, curl_easy_strerror(cc));
}
