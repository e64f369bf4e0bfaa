/*
 * annotate.c - workflow commands: escaping of data and properties (the
 * runner's rules: data % CR LF; properties also : and ,), the ::error /
 * ::warning / ::notice annotations of an audit, and appending to the
 * runner's files (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT) without leaving
 * half-written content.  Called by the CLI's out_github.c.
 */
#include "wasmgate/github.h"
#include "wasmgate/sarif.h"
#include "util/util.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *escape(const char *s, bool property)
{
	char *t = wg_text_utf8(s);
	wg_buf b = WG_BUF_INIT;

	if (!t)
		return NULL;
	for (const char *p = t; *p; p++) {
		switch (*p) {
		case '%':  wg_buf_puts(&b, "%25"); break;
		case '\r': wg_buf_puts(&b, "%0D"); break;
		case '\n': wg_buf_puts(&b, "%0A"); break;
		case ':':  wg_buf_puts(&b, property ? "%3A" : ":"); break;
		case ',':  wg_buf_puts(&b, property ? "%2C" : ","); break;
		default:   wg_buf_put(&b, p, 1);
		}
	}
	free(t);
	return b.ptr ? wg_buf_detach(&b) : wg_strdup("");
}

char *wg_github_escape_data(const char *s)
{
	return escape(s, false);
}

char *wg_github_escape_property(const char *s)
{
	return escape(s, true);
}

typedef struct {
	const wg_report *r;
	const wg_finding *f;
	size_t order;
} annot_item;

static int annot_cmp(const void *a, const void *b)
{
	const annot_item *x = a, *y = b;

	if (x->f->severity != y->f->severity)
		return x->f->severity > y->f->severity ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static const char *kind_word(wg_severity s)
{
	return s == WG_SEV_ERROR ? "error" : s == WG_SEV_WARNING ? "warning" : "notice";
}

static void annotate_one(wg_buf *b, const annot_item *it, const char *root)
{
	const wg_finding *f = it->f;
	char *rel = wg_sarif_relpath(it->r->path, root);
	char *title = wg_asprintf("%s %s", f->rule->id, f->rule->name);
	char *msg = wg_asprintf("%s: %s", it->r->plugin, f->message ? f->message : "");
	char *efile = escape(rel ? rel : it->r->path, true);
	char *etitle = escape(title, true), *emsg = escape(msg, false);
	char *eitem = escape(f->item, false);

	wg_buf_printf(b, "::%s file=%s,title=%s::%s (item: %s)\n", kind_word(f->severity),
		      efile ? efile : "", etitle ? etitle : "", emsg ? emsg : "",
		      eitem ? eitem : "");
	free(rel), free(title), free(msg), free(efile), free(etitle), free(emsg), free(eitem);
}

static void annotate_rest(wg_buf *b, const size_t rest[3])
{
	wg_buf_printf(b, "::notice title=wasmgate::%zu more findings are not annotated "
		      "(%zu errors, %zu warnings, %zu notes): see the job summary and the "
		      "SARIF report.\n", rest[0] + rest[1] + rest[2], rest[WG_SEV_ERROR],
		      rest[WG_SEV_WARNING], rest[WG_SEV_NOTE]);
}

int wg_github_annotations(wg_report *const *reports, size_t n,
			  const wg_github_options *opts, char **out)
{
	size_t total = 0, k = 0, max, lim[3], count[3] = { 0 }, shown[3] = { 0 }, rest[3] = { 0 };
	bool over = false;
	annot_item *items;
	wg_buf b = WG_BUF_INIT;

	for (size_t i = 0; i < n; i++)
		total += reports[i]->num_findings;
	items = wg_calloc(total, sizeof(*items));
	if (!items)
		return WG_ENOMEM;
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < reports[i]->num_findings; j++)
			if (!WG_FINDING_APPROVED(&reports[i]->findings[j]))
				items[k] = (annot_item){ reports[i], &reports[i]->findings[j], k }, k++;
	qsort(items, k, sizeof(*items), annot_cmp);
	max = opts && opts->max_per_kind ? opts->max_per_kind : WG_GITHUB_MAX_PER_KIND;
	for (size_t i = 0; i < k; i++)
		count[items[i].f->severity]++;
	for (int s = 0; s < 3; s++) {
		lim[s] = max;
		over |= count[s] > max;
	}
	if (over)   /* the notice kind keeps one slot for the line about the rest */
		lim[WG_SEV_NOTE] = max - 1;
	for (size_t i = 0; i < k; i++) {
		wg_severity s = items[i].f->severity;

		if (shown[s] < lim[s]) {
			shown[s]++;
			annotate_one(&b, &items[i], opts ? opts->root : NULL);
		} else {
			rest[s]++;
		}
	}
	free(items);
	if (rest[0] || rest[1] || rest[2])
		annotate_rest(&b, rest);
	*out = b.ptr ? wg_buf_detach(&b) : wg_strdup("");
	return *out ? WG_OK : WG_ENOMEM;
}

int wg_github_file_append(const char *path, const char *text, size_t len)
{
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
	struct stat st;
	size_t done = 0;

	if (fd < 0)
		return wg_error_set(WG_EIO, "%s: cannot open: %s", path, strerror(errno));
	if (fstat(fd, &st) != 0) {
		close(fd);
		return wg_error_set(WG_EIO, "%s: cannot stat: %s", path, strerror(errno));
	}
	while (done < len) {
		ssize_t w = write(fd, text + done, len - done);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			int e = errno;

			if (S_ISREG(st.st_mode) && ftruncate(fd, st.st_size) != 0)
				e = errno;
			close(fd);
			return wg_error_set(WG_EIO, "%s: cannot append: %s", path, strerror(e));
		}
		done += (size_t)w;
	}
	if (close(fd) != 0)
		return wg_error_set(WG_EIO, "%s: cannot close: %s", path, strerror(errno));
	return WG_OK;
}
