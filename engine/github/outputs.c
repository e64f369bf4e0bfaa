/*
 * outputs.c - step outputs (GITHUB_OUTPUT): the runner's file-command
 * format, "name=value" lines and, for values with CR or LF, the heredoc
 * form "name<<DELIM" ... "DELIM" with a random delimiter (libsodium) that
 * does not occur in the value; and the set of outputs of an audit.
 * Called by the CLI's out_github.c.
 */
#include "wasmgate/github.h"
#include "wasmgate/sarif.h"
#include "util/util.h"

#include <jansson.h>
#include <sodium.h>
#include <stdlib.h>
#include <string.h>

int wg_github_token(char out[WG_GITHUB_TOKEN_SIZE])
{
	unsigned char rnd[16];

	if (sodium_init() < 0)
		return wg_error_set(WG_ERROR, "libsodium init failed");
	randombytes_buf(rnd, sizeof(rnd));
	wg_hex(rnd, sizeof(rnd), out);
	return WG_OK;
}

int wg_github_output_entry(const char *name, const char *value, char **out)
{
	char delim[48], hex[WG_GITHUB_TOKEN_SIZE];

	*out = NULL;
	if (!name || !*name || strchr(name, '=') || strstr(name, "<<") ||
	    strpbrk(name, "\r\n"))
		return wg_error_set(WG_EINVAL, "GITHUB_OUTPUT: bad output name '%s'",
				    name ? name : "");
	value = value ? value : "";
	if (!strpbrk(value, "\r\n")) {
		*out = wg_asprintf("%s=%s\n", name, value);
		return *out ? WG_OK : WG_ENOMEM;
	}
	do {
		if (wg_github_token(hex))
			return WG_ERROR;
		snprintf(delim, sizeof(delim), "ghadelimiter_%s", hex);
	} while (strstr(value, delim));
	*out = wg_asprintf("%s<<%s\n%s\n%s\n", name, delim, value, delim);
	return *out ? WG_OK : WG_ENOMEM;
}

static json_t *jtext(const char *s)
{
	char *t = wg_text_utf8(s);
	json_t *j = json_string(t ? t : "");

	free(t);
	return j;
}

static json_t *plugins_json(wg_report *const *reports, size_t n)
{
	json_t *a = json_array();

	for (size_t i = 0; i < n; i++) {
		const wg_report *r = reports[i];

		json_array_append_new(a, json_pack("{s:o, s:o, s:s, s:{s:I, s:I, s:I, s:I}}",
				      "plugin", jtext(r->plugin), "path", jtext(r->path),
				      "decision", wg_decision_name(r->decision), "counts",
				      "error", (json_int_t)r->counts[WG_SEV_ERROR],
				      "warning", (json_int_t)r->counts[WG_SEV_WARNING],
				      "note", (json_int_t)r->counts[WG_SEV_NOTE],
				      "waived", (json_int_t)r->num_waived));
	}
	return a;
}

static json_t *attestations_json(wg_report *const *reports, size_t n,
				 const wg_github_options *o)
{
	json_t *a = json_array();

	for (size_t i = 0; o && o->attestations && i < n; i++) {
		const char *pred = o->predicates ? o->predicates[i] : NULL;

		if (!o->attestations[i])
			continue;
		json_array_append_new(a, json_pack("{s:o, s:o, s:o}", "plugin",
				      jtext(reports[i]->plugin), "envelope",
				      jtext(o->attestations[i]), "predicate",
				      pred ? jtext(pred) : json_null()));
	}
	return a;
}

static char *dump(json_t *j)
{
	char *s = j ? json_dumps(j, JSON_COMPACT) : NULL;

	json_decref(j);
	return s;
}

/* "reject: 2 plugins; 3 errors, 1 warning, 0 notes unwaived (1 waived)" */
static char *summary_line(wg_report *const *reports, size_t n, const size_t c[4])
{
	return wg_asprintf("%s: %zu plugin%s audited; %zu error%s, %zu warning%s, "
			   "%zu note%s unwaived (%zu waived)",
			   wg_decision_name(wg_decision_worst(reports, n)), n, n == 1 ? "" : "s",
			   c[WG_SEV_ERROR], c[WG_SEV_ERROR] == 1 ? "" : "s",
			   c[WG_SEV_WARNING], c[WG_SEV_WARNING] == 1 ? "" : "s",
			   c[WG_SEV_NOTE], c[WG_SEV_NOTE] == 1 ? "" : "s", c[3]);
}

static int put(wg_buf *b, const char *name, const char *value)
{
	char *e;
	int rc = wg_github_output_entry(name, value, &e);

	if (rc == WG_OK)
		rc = wg_buf_puts(b, e);
	free(e);
	return rc;
}

static int put_count(wg_buf *b, const char *name, size_t v)
{
	char num[32];

	snprintf(num, sizeof(num), "%zu", v);
	return put(b, name, num);
}

int wg_github_outputs(wg_report *const *reports, size_t n,
		      const wg_github_options *o, char **out)
{
	size_t c[4] = { 0 };
	wg_buf b = WG_BUF_INIT;
	char *line, *plugins, *atts;
	const char *first = NULL;
	int rc = 0;

	for (size_t i = 0; i < n; i++) {
		for (int s = 0; s < 3; s++)
			c[s] += reports[i]->counts[s];
		c[3] += reports[i]->num_waived;
		if (!first && o && o->attestations && o->attestations[i])
			first = o->attestations[i];
	}
	line = summary_line(reports, n, c);
	plugins = dump(plugins_json(reports, n));
	atts = dump(attestations_json(reports, n, o));
	if (!line || !plugins || !atts) {
		rc = wg_error_set(WG_ENOMEM, "GITHUB_OUTPUT: out of memory");
		goto out;
	}
	rc |= put(&b, "decision", wg_decision_name(wg_decision_worst(reports, n)));
	rc |= put(&b, "sarif", o && o->sarif_path ? o->sarif_path : "");
	rc |= put(&b, "summary", line);
	rc |= put_count(&b, "findings", c[0] + c[1] + c[2]);
	rc |= put_count(&b, "errors", c[WG_SEV_ERROR]);
	rc |= put_count(&b, "warnings", c[WG_SEV_WARNING]);
	rc |= put_count(&b, "notes", c[WG_SEV_NOTE]);
	rc |= put_count(&b, "waived", c[3]);
	rc |= put(&b, "plugins", plugins);
	rc |= put(&b, "attestation", first ? first : "");
	rc |= put(&b, "attestations", atts);
out:
	free(line), free(plugins), free(atts);
	if (rc) {
		wg_buf_free(&b);
		return rc < 0 ? WG_ENOMEM : rc;
	}
	*out = wg_buf_detach(&b);
	return WG_OK;
}
