/*
 * deps.c - the headers a build read, from the compilers' -MD files (make
 * syntax: "target: dep dep \<newline> dep", spaces in names escaped with
 * '\').  Only files inside the plugin folder are kept (relative, sorted,
 * unique); system headers are covered by the toolchain's version.
 */
#include "builder/build_int.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

/* Next make word of `s` at *pos into `w` (unescaped); false at the end. */
static bool next_word(const char *s, size_t *pos, wg_buf *w)
{
	size_t i = *pos;

	w->len = 0;
	while (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ||
	       (s[i] == '\\' && (s[i + 1] == '\n' || s[i + 1] == '\r')))
		i += s[i] == '\\' ? 2 : 1;
	if (!s[i])
		return false;
	while (s[i] && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') {
		if (s[i] == '\\' && s[i + 1] == ' ')
			i++;
		wg_buf_put(w, &s[i++], 1);
	}
	wg_buf_put(w, "", 0);
	*pos = i;
	return true;
}

static int add_header(wg_plan *p, const char *word, size_t *cap)
{
	size_t dl = strlen(p->dir_abs);
	const char *rel = word;
	char **slot;

	if (word[0] == '/') {
		if (strncmp(word, p->dir_abs, dl) || word[dl] != '/')
			return 0;
		rel = word + dl + 1;
	}
	if (!wg_path_confined(rel) || wg_build_confined(p->t->manifest->dir, rel, false)) {
		wg_error_clear();
		return 0;
	}
	for (size_t i = 0; i < p->sources.count; i++)
		if (!strcmp(p->sources.items[i], rel))
			return 0;
	for (size_t i = 0; i < p->headers.count; i++)
		if (!strcmp(p->headers.items[i], rel))
			return 0;
	slot = WG_ARRAY_PUSH(p->headers.items, p->headers.count, *cap);
	if (!slot || !(*slot = wg_strdup(rel)))
		return WG_ENOMEM;
	return 0;
}

int wg_deps_read(wg_plan *p)
{
	wg_buf w = WG_BUF_INIT;
	size_t cap = 0;
	int rc = 0;

	wg_strlist_free(&p->headers);
	for (size_t i = 0; !rc && i < p->num_compile; i++) {
		char *path = wg_asprintf("%s/%zu.d", p->tmp, i), *text = NULL;
		size_t len, pos = 0;
		bool first = true;

		if (!path)
			return WG_ENOMEM;
		rc = wg_file_read(path, 16 * 1024 * 1024, &text, &len);
		free(path);
		while (!rc && next_word(text, &pos, &w)) {
			if (first) {          /* the target "N.o:" */
				first = w.len && w.ptr[w.len - 1] != ':';
				continue;
			}
			rc = add_header(p, w.ptr, &cap);
		}
		free(text);
	}
	wg_buf_free(&w);
	if (!rc && p->headers.count > 1)
		qsort(p->headers.items, p->headers.count, sizeof(char *), wg_cmp_str);
	return rc;
}
