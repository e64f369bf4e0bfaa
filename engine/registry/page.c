/*
 * page.c - `registry status-page`: status/index.html from the signed index.
 * One self-contained file: inline CSS, no external scripts, fonts, styles
 * or images; readable without JavaScript (a small inline script only adds
 * a filter box); a table per plugin that scrolls sideways on a phone.
 * Every text from the index is HTML-escaped (names, reasons, approvers are
 * input from plugin authors and reviewers).  Links are relative to the
 * page (../plugins/...), so any static host serves it.
 */
#include "registry/registry_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void esc(wg_buf *b, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&': wg_buf_puts(b, "&amp;"); break;
		case '<': wg_buf_puts(b, "&lt;"); break;
		case '>': wg_buf_puts(b, "&gt;"); break;
		case '"': wg_buf_puts(b, "&quot;"); break;
		case '\'': wg_buf_puts(b, "&#39;"); break;
		default: wg_buf_put(b, s, 1);
		}
	}
}

static const char *sget(json_t *o, const char *k)
{
	const char *s = json_string_value(json_object_get(o, k));

	return s ? s : "";
}

static const char STYLE[] =
	"body{font-family:system-ui,sans-serif;margin:0 auto;max-width:72em;padding:.5em 1em;color:#222}"
	"h1{font-size:1.4em}h2{font-size:1.15em;margin:1.4em 0 .3em}"
	".scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}"
	"th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}"
	".approve{color:#176f2c;font-weight:bold}.yanked td{color:#888}"
	".yanked .v{text-decoration:line-through}ul{margin:0;padding-left:1.1em}"
	"#filter{font-size:1em;padding:.3em;width:100%;max-width:24em}"
	"@media (max-width:40em){table,tbody,tr,td{display:block}tr:first-child{display:none}"
	"tr{border-bottom:1px solid #ddd;padding:.4em 0}td{border:0;padding:.1em 0}"
	"td[data-l]:before{content:attr(data-l) \": \";color:#666}}";

static const char SCRIPT[] =
	"var f=document.getElementById('filter');f.hidden=false;"
	"f.addEventListener('input',function(){var q=f.value.toLowerCase();"
	"document.querySelectorAll('section.plugin').forEach(function(s){"
	"s.hidden=q&&s.dataset.name.indexOf(q)<0;});});";

static void file_link(wg_buf *b, json_t *ref, const char *label)
{
	const char *path = json_string_value(json_object_get(ref, "path"));

	if (!path)
		return;
	wg_buf_puts(b, " <a href=\"../");
	esc(b, path);
	wg_buf_puts(b, "\">");
	wg_buf_puts(b, label);
	wg_buf_puts(b, "</a>");
}

static void waivers(wg_buf *b, json_t *list)
{
	json_t *w;
	size_t i;

	if (!json_array_size(list)) {
		wg_buf_puts(b, "none");
		return;
	}
	wg_buf_puts(b, "<ul>");
	json_array_foreach(list, i, w) {
		wg_buf_puts(b, "<li>");
		esc(b, sget(w, "rule"));
		wg_buf_puts(b, " ");
		esc(b, sget(w, "item"));
		wg_buf_puts(b, " &mdash; approved by ");
		esc(b, sget(w, "approved_by"));
		wg_buf_puts(b, " until ");
		esc(b, sget(w, "expires"));
		wg_buf_puts(b, "</li>");
	}
	wg_buf_puts(b, "</ul>");
}

static void row(wg_buf *b, const char *version, json_t *e)
{
	json_t *counts = json_object_get(e, "counts"), *files = json_object_get(e, "files"), *c;
	bool yanked = json_is_true(json_object_get(e, "yanked"));
	size_t i;

	wg_buf_puts(b, yanked ? "<tr class=\"yanked\"><td class=\"v\">" : "<tr><td class=\"v\">");
	esc(b, version);
	wg_buf_puts(b, yanked ? "</td><td data-l=\"decision\">yanked: "
			      : "</td><td data-l=\"decision\" class=\"approve\">");
	esc(b, yanked ? sget(e, "yank_reason") : sget(e, "decision"));
	wg_buf_puts(b, "</td><td data-l=\"published\">");
	esc(b, sget(e, "published"));
	wg_buf_printf(b, "</td><td data-l=\"findings\">%lld errors, %lld warnings, %lld notes</td>"
		      "<td data-l=\"capabilities\">",
		      (long long)json_integer_value(json_object_get(counts, "error")),
		      (long long)json_integer_value(json_object_get(counts, "warning")),
		      (long long)json_integer_value(json_object_get(counts, "note")));
	json_array_foreach(json_object_get(e, "capabilities"), i, c) {
		if (i)
			wg_buf_puts(b, ", ");
		esc(b, json_string_value(c));
	}
	if (!json_array_size(json_object_get(e, "capabilities")))
		wg_buf_puts(b, "none");
	wg_buf_puts(b, "</td><td data-l=\"waivers\">");
	waivers(b, json_object_get(e, "waivers"));
	wg_buf_puts(b, "</td><td data-l=\"files\">");
	file_link(b, json_object_get(files, "wasm"), ".wasm");
	file_link(b, json_object_get(files, "attestation"), "attestation");
	file_link(b, json_object_get(files, "sarif"), "SARIF");
	wg_buf_puts(b, "</td></tr>\n");
}

static void plugin(wg_buf *b, const char *name, json_t *versions)
{
	const char *version;
	json_t *e;

	wg_buf_puts(b, "<section class=\"plugin\" data-name=\"");
	esc(b, name);
	wg_buf_puts(b, "\"><h2 id=\"");
	esc(b, name);
	wg_buf_puts(b, "\">");
	esc(b, name);
	wg_buf_puts(b, "</h2><div class=\"scroll\"><table><tr><th>version</th><th>decision</th>"
		       "<th>published</th><th>findings</th><th>capabilities</th><th>waivers</th>"
		       "<th>files</th></tr>\n");
	json_object_foreach(versions, version, e)
		row(b, version, e);
	wg_buf_puts(b, "</table></div></section>\n");
}

static char *render(json_t *index)
{
	wg_buf b = WG_BUF_INIT;
	json_t *versions;
	const char *name;

	wg_buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
		      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
		      "<title>Plugin registry</title><style>%s</style></head><body>\n"
		      "<h1>Plugin registry</h1>\n<p id=\"index\">Index version %lld, expires ", STYLE,
		      (long long)json_integer_value(json_object_get(index, "version")));
	esc(&b, sget(index, "expires"));
	wg_buf_puts(&b, ", updated ");
	esc(&b, sget(index, "updated"));
	wg_buf_printf(&b, ". %zu plugins.</p>\n<input id=\"filter\" type=\"search\" "
		      "placeholder=\"filter by name\" hidden>\n",
		      json_object_size(json_object_get(index, "plugins")));
	json_object_foreach(json_object_get(index, "plugins"), name, versions)
		plugin(&b, name, versions);
	wg_buf_printf(&b, "<script>%s</script>\n</body></html>\n", SCRIPT);
	return wg_buf_detach(&b);
}

int wg_registry_status_page(const char *dir)
{
	json_t *index = NULL;
	char *html;
	int root, fd, rc;

	if ((rc = wg_registry_index_load(dir, &index)) != 0)
		return rc;
	if (!(html = render(index))) {
		json_decref(index);
		return WG_ENOMEM;
	}
	json_decref(index);
	if ((rc = reg_root_open(dir, &root)) != 0) {
		free(html);
		return rc;
	}
	if (!(rc = reg_path_open(root, "status", 1, &fd))) {
		rc = wg_file_write_atomic_at(fd, "index.html", html, strlen(html), 0644);
		close(fd);
	}
	close(root);
	free(html);
	return rc;
}
