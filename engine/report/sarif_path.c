/*
 * sarif_path.c - the small text and path helpers of the SARIF writer (and
 * of engine/github/): paths relative to the repository root, URI
 * percent-encoding, finding the plugin's plugin.yml (a parent walk, then a
 * bounded search of the repository), UTF-8 sanitising and the stable
 * finding fingerprint.  Functions over their arguments and the file system
 * (plus the cwd / GITHUB_WORKSPACE for the default root).
 */
#include "wasmgate/sarif.h"
#include "util/util.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void wg_sarif_fingerprint(const char *plugin, const char *rule_id,
			  const char *item, char out[65])
{
	wg_buf b = WG_BUF_INIT;
	uint8_t md[32];
	const char *parts[3] = { plugin, rule_id, item };

	for (int i = 0; i < 3; i++) {
		const char *s = parts[i] ? parts[i] : "";
		wg_buf_put(&b, s, strlen(s) + 1);  /* keeps the NUL separator */
	}
	wg_sha256(b.ptr ? b.ptr : "", b.len, md);
	wg_hex(md, sizeof(md), out);
	wg_buf_free(&b);
}

char *wg_sarif_default_root(void)
{
	const char *ws = getenv("GITHUB_WORKSPACE");
	char *cwd;

	if (ws && *ws)
		return wg_strdup(ws);
	cwd = getcwd(NULL, 0);
	if (!cwd)
		return wg_strdup(".");
	return cwd;
}

/* Absolute, normalised form of `path` ("." and ".." folded, no "//"):
 * realpath() when the file exists, else lexically from the cwd. */
static char *abs_path(const char *path)
{
	char *real = realpath(path, NULL), *cwd = NULL, *joined, *out;
	size_t n = 0;

	if (real)
		return real;
	if (path[0] != '/') {
		cwd = getcwd(NULL, 0);
		joined = wg_asprintf("%s/%s", cwd ? cwd : "", path);
		free(cwd);
	} else {
		joined = wg_strdup(path);
	}
	if (!joined)
		return NULL;
	out = wg_malloc(strlen(joined) + 2);
	if (!out) {
		free(joined);
		return NULL;
	}
	for (char *save = NULL, *seg = strtok_r(joined, "/", &save); seg;
	     seg = strtok_r(NULL, "/", &save)) {
		if (!strcmp(seg, "."))
			continue;
		if (!strcmp(seg, "..")) {
			while (n > 0 && out[--n] != '/')
				;
			continue;
		}
		out[n++] = '/';
		memcpy(out + n, seg, strlen(seg));
		n += strlen(seg);
	}
	if (n == 0)
		out[n++] = '/';
	out[n] = '\0';
	free(joined);
	return out;
}

/* Length of the common directory prefix of absolute paths a and b. */
static size_t common_dir(const char *a, const char *b)
{
	size_t i = 0, last = 0;

	while (a[i] && a[i] == b[i]) {
		if (a[i] == '/')
			last = i;
		i++;
	}
	if ((a[i] == '\0' || a[i] == '/') && (b[i] == '\0' || b[i] == '/'))
		last = i;
	return last;
}

char *wg_sarif_relpath(const char *path, const char *root)
{
	char *droot = root ? NULL : wg_sarif_default_root();
	char *ap = abs_path(path), *ar = abs_path(root ? root : droot);
	wg_buf b = WG_BUF_INIT;
	size_t c;

	free(droot);
	if (!ap || !ar) {
		free(ap);
		free(ar);
		return NULL;
	}
	if (!strcmp(ar, "/"))
		ar[0] = '\0';
	c = common_dir(ap, ar);
	for (const char *p = ar + c; *p; p++)
		if (*p == '/')
			wg_buf_puts(&b, "../");
	wg_buf_puts(&b, ap[c] == '/' ? ap + c + 1 : ap + c);
	free(ap);
	free(ar);
	if (!b.ptr)
		return wg_strdup(".");
	return wg_buf_detach(&b);
}

char *wg_sarif_uri_encode(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	wg_buf b = WG_BUF_INIT;

	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		char esc[3] = { '%', hex[*p >> 4], hex[*p & 15] };

		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~/", *p))
			wg_buf_put(&b, (const char *)p, 1);
		else
			wg_buf_put(&b, esc, 3);
	}
	return b.ptr ? wg_buf_detach(&b) : wg_strdup("");
}

/* "dir/plugin.yml" when it is a regular file inside `ar` (symlinks
 * resolved), else NULL. */
static char *manifest_in(const char *dir, const char *ar)
{
	char *p = wg_asprintf("%s/plugin.yml", dir), *real = p ? realpath(p, NULL) : NULL;
	size_t rlen = strlen(ar);
	struct stat st;
	int ok = real && stat(real, &st) == 0 && S_ISREG(st.st_mode) &&
		 !strncmp(real, ar, rlen) && (real[rlen] == '/' || rlen == 1);

	free(real);
	if (ok)
		return p;
	free(p);
	return NULL;
}

/* The plugin.yml of the directory of `wasm` (absolute) or of a parent, not
 * above `ar`. */
static char *manifest_upward(char *wasm, const char *ar)
{
	size_t rlen = strlen(ar);
	char *slash, *found = NULL;

	if (strncmp(wasm, ar, rlen) || (wasm[rlen] != '/' && rlen > 1))
		return NULL;                    /* outside the repository */
	while (!found && (slash = strrchr(wasm, '/')) && (size_t)(slash - wasm) >= rlen) {
		*slash = '\0';
		found = manifest_in(wasm, ar);
	}
	return found;
}

#define FIND_DEPTH 4      /* the plugin directory at most 4 levels below root */
#define FIND_ENTRIES 4096 /* directory entries one search reads at most */

typedef struct {
	char *path;
	int depth;                      /* below the root */
} find_dir;

static int cmp_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names of the subdirectories of `dir` the search may enter
 * (not hidden, node_modules, build*, nor symlinks); -1 when the budget of
 * entries `*seen` runs out or on ENOMEM, else their number. */
static long subdirs(const char *dir, size_t *seen, char ***out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL, **slot;
	size_t n = 0, cap = 0;
	long rc = 0;

	while (d && (e = readdir(d))) {
		const char *s = e->d_name;

		if (++*seen > FIND_ENTRIES) {
			rc = -1;
			break;
		}
		if (s[0] == '.' || !strcmp(s, "node_modules") || !strncmp(s, "build", 5) ||
		    (e->d_type != DT_DIR && e->d_type != DT_UNKNOWN))
			continue;
		slot = WG_ARRAY_PUSH(v, n, cap);
		if (!slot || !(*slot = wg_strdup(s))) {
			rc = -1;
			break;
		}
	}
	if (d)
		closedir(d);
	if (rc) {
		while (n)
			free(v[--n]);
		free(v);
		return -1;
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_name);
	*out = v;
	return (long)n;
}

/* Breadth first in name order: the shallowest match wins, the same on
 * every file system; nothing when the entry budget runs out first. */
static char *manifest_search(const char *ar, const char *plugin)
{
	find_dir *q = NULL, *slot = NULL;
	size_t n = 0, cap = 0, seen = 0;
	char *found = NULL;

	if ((slot = WG_ARRAY_PUSH(q, n, cap)))
		*slot = (find_dir){ wg_strdup(ar), 0 };
	for (size_t h = 0; h < n && q[h].path && !found; h++) {
		char **names = NULL;
		long m = subdirs(q[h].path, &seen, &names);

		for (long i = 0; i < m; i++) {
			char *sub = found ? NULL : wg_asprintf("%s/%s", q[h].path, names[i]);
			struct stat st;

			if (sub && lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
				if (!strcmp(names[i], plugin))
					found = manifest_in(sub, ar);
				if (!found && q[h].depth + 1 < FIND_DEPTH &&
				    (slot = WG_ARRAY_PUSH(q, n, cap))) {
					*slot = (find_dir){ sub, q[h].depth + 1 };
					sub = NULL;
				}
			}
			free(sub);
			free(names[i]);
		}
		free(names);
		if (m < 0)
			break;
	}
	while (n)
		free(q[--n].path);
	free(q);
	return found;
}

/* A plugin name usable as one path segment. */
static int plain_name(const char *s)
{
	return s && *s && strcmp(s, ".") && !strstr(s, "..") && !strchr(s, '/');
}

char *wg_sarif_find_manifest(const char *wasm_path, const char *plugin,
			     const char *root)
{
	static const char *const layouts[] = { "plugins", "examples/plugins" };
	char *droot = root ? NULL : wg_sarif_default_root();
	char *wasm = abs_path(wasm_path), *ar = abs_path(root ? root : droot);
	char *found = NULL;

	free(droot);
	if (wasm && ar)
		found = manifest_upward(wasm, ar);
	for (size_t i = 0; !found && ar && plain_name(plugin) && i < 2; i++) {
		char *dir = wg_asprintf("%s/%s/%s", strcmp(ar, "/") ? ar : "",
					layouts[i], plugin);

		found = dir ? manifest_in(dir, ar) : NULL;
		free(dir);
	}
	if (!found && ar && plain_name(plugin))
		found = manifest_search(ar, plugin);
	free(wasm);
	free(ar);
	return found;
}

/* Length of the valid UTF-8 sequence at p (1..4), or 0. */
static size_t utf8_seq(const unsigned char *p)
{
	size_t n;
	uint32_t cp;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xc2 && p[0] <= 0xdf)
		n = 2, cp = p[0] & 0x1f;
	else if (p[0] >= 0xe0 && p[0] <= 0xef)
		n = 3, cp = p[0] & 0x0f;
	else if (p[0] >= 0xf0 && p[0] <= 0xf4)
		n = 4, cp = p[0] & 0x07;
	else
		return 0;
	for (size_t i = 1; i < n; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		cp = cp << 6 | (p[i] & 0x3f);
	}
	if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return n;
}

char *wg_text_utf8(const char *s)
{
	wg_buf b = WG_BUF_INIT;
	const unsigned char *p = (const unsigned char *)(s ? s : "");

	while (*p) {
		size_t n = utf8_seq(p);

		if (n) {
			wg_buf_put(&b, (const char *)p, n);
			p += n;
		} else {
			wg_buf_printf(&b, "\\x%02X", *p++);
		}
	}
	return b.ptr ? wg_buf_detach(&b) : wg_strdup("");
}
