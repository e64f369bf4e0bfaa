/*
 * sarif.c - SARIF 2.1.0 log of audit reports (see sarif.h for the shape,
 * categories and GitHub limits).  Built with jansson only; the log is a
 * pure function of the reports, the policy, the repository root and the
 * GITHUB_* provenance variables: no clock, stable ordering, so re-runs give
 * identical bytes.  Called by the CLI's out_sarif.c and by the tests.
 */
#include "wasmgate/sarif.h"
#include "wasmgate/json.h"
#include "wasmgate/version.h"
#include "util/util.h"

#include <stdlib.h>
#include <string.h>

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define FP_KEY "wasmgate/v1"

/* One result to write: finding `f` of report `r`. */
typedef struct {
	const wg_report *r;
	size_t ri;                 /* report index (artifact index) */
	const wg_finding *f;
	size_t order;              /* position in report order */
} sarif_item;

typedef struct {
	const wg_sarif_options *o;
	char *root;                /* repository root (absolute) */
	const wg_rule_info *rules;
	size_t num_rules;
	char **uris;               /* per report: relative URI (encoded) */
	char **manifests;          /* per report: plugin.yml URI, or NULL */
} sarif_ctx;

/* A JSON string from text that may hold any bytes (see wg_text_utf8). */
static json_t *jstr(const char *s)
{
	char *t;
	json_t *j = json_string(s ? s : "");

	if (j)
		return j;
	t = wg_text_utf8(s);
	j = t ? json_string(t) : NULL;
	free(t);
	return j;
}

/* A message string: SARIF messages are sentences ending with a period. */
static json_t *jsentence(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	char *t;
	json_t *j;

	if (n && strchr(".!?", s[n - 1]))
		return jstr(s);
	t = wg_asprintf("%s.", s ? s : "");
	j = jstr(t);
	free(t);
	return j;
}

/* SARIF's level words are the same as our severity names. */
#define sarif_level(s) wg_severity_name(s)

static size_t rule_index(const sarif_ctx *c, const wg_rule_info *ri)
{
	for (size_t i = 0; i < c->num_rules; i++)
		if (ri == &c->rules[i] || !strcmp(ri->id, c->rules[i].id))
			return i;
	return 0;
}

static json_t *rule_tags(const char *tags)
{
	json_t *a = json_array();
	char *copy = wg_strdup(tags ? tags : ""), *save = NULL;

	if (!copy)
		return a;
	for (char *t = strtok_r(copy, ", ", &save); t; t = strtok_r(NULL, ", ", &save))
		json_array_append_new(a, jstr(t));
	free(copy);
	return a;
}

/* The rules reference's heading that documents `ri`: its rules key's
 * section ("memory.require_maximum" -> #memory, "waivers[].expires" ->
 * #waivers), else the catalogue (#rule-catalogue: "(always)", "--baseline",
 * "plugin.yml capabilities": not keys of the rules file): anchors GitHub
 * makes from rules/README.md's "### KEY" headings. */
static char *help_uri(const wg_rule_info *ri)
{
	const char *k = ri->rules_key ? ri->rules_key : "";
	size_t n = strspn(k, "abcdefghijklmnopqrstuvwxyz_");

	if (!n || strchr(k, ' '))
		return wg_asprintf("%s/blob/main/rules/README.md#rule-catalogue", WG_INFORMATION_URI);
	return wg_asprintf("%s/blob/main/rules/README.md#%.*s", WG_INFORMATION_URI, (int)n, k);
}

/* help.text and help.markdown say the same: the full description, then how to fix. */
static json_t *rule_json(const wg_rule_info *ri)
{
	char *text = wg_asprintf("%s\n\n%s", ri->full_description ? ri->full_description : "",
				 ri->help_markdown ? ri->help_markdown : "");
	char *uri = help_uri(ri);
	json_t *j;

	j = json_pack("{s:s, s:s, s:{s:o}, s:{s:o}, s:{s:o, s:o}, s:s*, s:{s:s},"
		      " s:{s:s, s:o, s:s, s:s, s:s*}}",
		      "id", ri->id, "name", ri->name,
		      "shortDescription", "text", jsentence(ri->short_description),
		      "fullDescription", "text", jsentence(ri->full_description),
		      "help", "text", jstr(text), "markdown", jstr(text),
		      "helpUri", uri,
		      "defaultConfiguration", "level", sarif_level(ri->default_severity),
		      "properties", "security-severity",
		      ri->security_severity ? ri->security_severity : "0.0",
		      "tags", rule_tags(ri->tags), "precision", "very-high",
		      "problem.severity", ri->default_severity == WG_SEV_NOTE ? "recommendation"
		      : sarif_level(ri->default_severity),
		      "rulesKey", ri->rules_key);
	free(text);
	free(uri);
	return j;
}

static json_t *driver_json(const sarif_ctx *c)
{
	json_t *rules = json_array();

	for (size_t i = 0; i < c->num_rules; i++)
		json_array_append_new(rules, rule_json(&c->rules[i]));
	return json_pack("{s:s, s:s, s:s, s:s, s:o}", "name", "wasmgate",
			 "version", WG_VERSION, "semanticVersion", WG_VERSION,
			 "informationUri", WG_INFORMATION_URI, "rules", rules);
}

/* "<message> Location: byte offset N, function I (name)." */
static json_t *result_message(const wg_finding *f)
{
	wg_buf b = WG_BUF_INIT;
	json_t *j;
	size_t n = f->message ? strlen(f->message) : 0;

	wg_buf_puts(&b, f->message ? f->message : f->rule->short_description);
	if (n && !strchr(".!?", f->message[n - 1]))
		wg_buf_puts(&b, ".");
	if (f->has_offset)
		wg_buf_printf(&b, " Location: byte offset %llu (0x%llx)",
			      (unsigned long long)f->offset, (unsigned long long)f->offset);
	if (f->has_func)
		wg_buf_printf(&b, "%s function %u", f->has_offset ? "," : " Location:",
			      f->func_index);
	if (f->has_func && f->func_name)
		wg_buf_printf(&b, " (%s)", f->func_name);
	if (f->has_offset || f->has_func)
		wg_buf_puts(&b, ".");
	j = jsentence(b.ptr);
	wg_buf_free(&b);
	return j;
}

static json_t *artifact_location(const sarif_ctx *c, const char *uri, long index)
{
	json_t *j = json_pack("{s:o, s:s}", "uri", jstr(uri), "uriBaseId", "%SRCROOT%");

	(void)c;
	if (j && index >= 0)
		json_object_set_new(j, "index", json_integer(index));
	return j;
}

static json_t *result_locations(const sarif_ctx *c, const sarif_item *it)
{
	const wg_finding *f = it->f;
	json_t *region = json_pack("{s:i}", "startLine", 1);
	json_t *loc;

	if (f->has_offset) {
		json_object_set_new(region, "byteOffset", json_integer((json_int_t)f->offset));
		json_object_set_new(region, "byteLength", json_integer(it->r->module &&
				    f->offset < it->r->module->size ? 1 : 0));
	}
	loc = json_pack("{s:{s:o, s:o}}", "physicalLocation", "artifactLocation",
			artifact_location(c, c->uris[it->ri], (long)it->ri), "region", region);
	if (loc && f->has_func) {
		char *name = f->func_name ? wg_strdup(f->func_name)
				: wg_asprintf("func[%u]", f->func_index);
		char *fq = wg_asprintf("%s!%s", it->r->plugin, name ? name : "");

		json_object_set_new(loc, "logicalLocations",
				    json_pack("[{s:o, s:o, s:s}]", "name", jstr(name),
					      "fullyQualifiedName", jstr(fq), "kind", "function"));
		free(name);
		free(fq);
	}
	return json_pack("[o]", loc);
}

static json_t *related_locations(const sarif_ctx *c, const sarif_item *it)
{
	char *msg;
	json_t *j;

	if (!c->manifests[it->ri])
		return NULL;
	msg = wg_asprintf("Manifest of plugin %s.", it->r->plugin);
	j = json_pack("[{s:i, s:{s:o}, s:{s:o, s:{s:i}}}]", "id", 1, "message", "text",
		      jstr(msg), "physicalLocation", "artifactLocation",
		      artifact_location(c, c->manifests[it->ri], -1), "region",
		      "startLine", 1);
	free(msg);
	return j;
}

static json_t *suppressions(const wg_waiver *w)
{
	char *just = wg_asprintf("%s (approved by %s; waiver expires %s)",
				 w->reason ? w->reason : "no reason given",
				 w->approved_by ? w->approved_by : "unknown", w->expires_text);
	json_t *j = json_pack("[{s:s, s:s, s:o, s:{s:o, s:s, s:I}}]", "kind", "external",
			      "status", "accepted", "justification", jstr(just),
			      "properties", "approvedBy", jstr(w->approved_by),
			      "expires", w->expires_text, "rulesLine", (json_int_t)w->line);

	free(just);
	return j;
}

/* A grant approves without expiry: an accepted external suppression that
 * names the grant (properties.grant: wg_grant_to_json). */
static json_t *grant_suppressions(const wg_grant *g)
{
	char *just = wg_asprintf("%s (granted to plugin %s at %s by %s; rules line %u; no expiry)",
				 g->reason, g->plugin, g->path, g->approved_by, g->line);
	json_t *j = json_pack("[{s:s, s:s, s:o, s:{s:o, s:o}}]", "kind", "external",
			      "status", "accepted", "justification", jstr(just),
			      "properties", "approvedBy", jstr(g->approved_by),
			      "grant", wg_grant_to_json(g));

	free(just);
	return j;
}

static json_t *result_json(const sarif_ctx *c, const sarif_item *it)
{
	const wg_finding *f = it->f;
	char fp[65], line_hash[32];
	json_t *res, *rel;

	wg_sarif_fingerprint(it->r->plugin, f->rule->id, f->item, fp);
	snprintf(line_hash, sizeof(line_hash), "%.16s:1", fp);
	res = json_pack("{s:s, s:I, s:s, s:o, s:o, s:{s:s, s:s}, s:{s:o, s:o, s:b, s:b}}",
			"ruleId", f->rule->id, "ruleIndex", (json_int_t)rule_index(c, f->rule),
			"level", sarif_level(f->severity), "message", json_pack("{s:o}", "text",
			result_message(f)), "locations", result_locations(c, it),
			"partialFingerprints", FP_KEY, fp, "primaryLocationLineHash", line_hash,
			"properties", "plugin", jstr(it->r->plugin), "item", jstr(f->item),
			"waived", f->waiver != NULL, "granted", f->grant != NULL);
	if (!res)
		return NULL;
	rel = related_locations(c, it);
	if (rel)
		json_object_set_new(res, "relatedLocations", rel);
	if (f->waiver)
		json_object_set_new(res, "suppressions", suppressions(f->waiver));
	else if (f->grant)
		json_object_set_new(res, "suppressions", grant_suppressions(f->grant));
	return res;
}

/* Keep order: errors, warnings, notes; unwaived (and ungranted) first; then report order. */
static int item_rank_cmp(const void *a, const void *b)
{
	const sarif_item *x = *(sarif_item *const *)a, *y = *(sarif_item *const *)b;

	if (x->f->severity != y->f->severity)
		return x->f->severity > y->f->severity ? -1 : 1;
	if (WG_FINDING_APPROVED(x->f) != WG_FINDING_APPROVED(y->f))
		return WG_FINDING_APPROVED(x->f) ? 1 : -1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* A kept result: its JSON and its position in report order. */
typedef struct {
	size_t order;
	json_t *res;
} sarif_kept;

static int kept_order_cmp(const void *a, const void *b)
{
	const sarif_kept *x = a, *y = b;

	return x->order < y->order ? -1 : x->order > y->order;
}

/* What was left out, counted per rule: at most one entry per catalogue
 * rule, however many findings there are. */
static json_t *omitted_json(const sarif_ctx *c, sarif_item *const *rank, size_t from,
			    size_t n)
{
	size_t *per_rule = wg_calloc(c->num_rules ? c->num_rules : 1, sizeof(*per_rule));
	json_t *by_rule = json_object();

	for (size_t i = from; per_rule && i < n; i++)
		per_rule[rule_index(c, rank[i]->f->rule)]++;
	for (size_t i = 0; per_rule && i < c->num_rules; i++)
		if (per_rule[i])
			json_object_set_new(by_rule, c->rules[i].id, json_integer((json_int_t)per_rule[i]));
	free(per_rule);
	return json_pack("{s:I, s:o}", "total", (json_int_t)(n - from), "byRule", by_rule);
}

/*
 * Choose the results that fit GitHub's limits and build only those: the
 * findings are ranked first (a pointer each), then turned into JSON in rank
 * order until max_results or the byte budget is reached, so memory follows
 * what is written, not the number of findings.  *kept gets them in report
 * order; returns how many were kept, or (size_t)-1 on ENOMEM.
 */
static size_t choose_results(const sarif_ctx *c, sarif_item **rank, size_t n,
			     sarif_kept **kept)
{
	const wg_sarif_options *o = c->o;
	size_t max = o->max_results ? o->max_results : WG_SARIF_MAX_RESULTS;
	size_t budget = o->max_bytes ? o->max_bytes : WG_SARIF_MAX_BYTES;
	size_t used = 0, k = 0;

	qsort(rank, n, sizeof(*rank), item_rank_cmp);
	*kept = wg_calloc(n < max ? n + 1 : max + 1, sizeof(**kept));
	if (!*kept)
		return (size_t)-1;
	for (; k < n && k < max; k++) {
		json_t *res = result_json(c, rank[k]);
		size_t sz;

		if (!res)
			return (size_t)-1;
		sz = json_dumpb(res, NULL, 0, JSON_COMPACT);
		if (used + sz + 1 > budget) {
			json_decref(res);
			break;
		}
		(*kept)[k] = (sarif_kept){ rank[k]->order, res };
		used += sz + 1;
	}
	qsort(*kept, k, sizeof(**kept), kept_order_cmp);
	return k;
}

static json_t *truncation_note(size_t dropped, size_t total)
{
	char *msg = wg_asprintf("%zu of %zu results were left out to stay within GitHub's "
				"limits (at most 25,000 results and 10 MB per upload); "
				"the least severe were dropped first (run properties.omitted "
				"counts them per rule).", dropped, total);
	json_t *j = json_pack("[{s:{s:o}, s:s, s:{s:s}}]", "message", "text", jstr(msg),
			      "level", "warning", "descriptor", "id", "WG-TRUNCATED");

	free(msg);
	return j;
}

static sarif_item **rank_items(wg_report *const *reports, size_t n, size_t total,
			       sarif_item **items)
{
	sarif_item **rank = wg_calloc(total + 1, sizeof(*rank));
	size_t k = 0;

	*items = wg_calloc(total + 1, sizeof(**items));
	if (!rank || !*items) {
		free(rank);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		for (size_t j = 0; j < reports[i]->num_findings; j++, k++) {
			(*items)[k] = (sarif_item){ reports[i], i, &reports[i]->findings[j], k };
			rank[k] = &(*items)[k];
		}
	return rank;
}

/* results[] and invocations[] of the run; *omitted: what was left out. */
static int add_results(sarif_ctx *c, json_t *run, wg_report *const *reports, size_t n,
		       json_t **omitted)
{
	size_t total = 0, kept_n = 0;
	sarif_item *items = NULL, **rank;
	sarif_kept *kept = NULL;
	json_t *arr = json_array(), *inv;
	int rc = WG_OK;

	for (size_t i = 0; i < n; i++)
		total += reports[i]->num_findings;
	rank = rank_items(reports, n, total, &items);
	if (!rank || !arr || (kept_n = choose_results(c, rank, total, &kept)) == (size_t)-1) {
		rc = wg_error_set(WG_ENOMEM, "SARIF: cannot build the results");
		kept_n = 0;
		for (size_t k = 0; kept && kept[k].res; k++)
			json_decref(kept[k].res);
		goto out;
	}
	for (size_t k = 0; k < kept_n; k++)
		json_array_append_new(arr, kept[k].res);
	inv = json_pack("{s:b}", "executionSuccessful", 1);
	if (kept_n < total) {
		json_object_set_new(inv, "toolExecutionNotifications",
				    truncation_note(total - kept_n, total));
		*omitted = omitted_json(c, rank, kept_n, total);
	}
	json_object_set_new(run, "invocations", json_pack("[o]", inv));
	json_object_set(run, "results", arr);
out:
	json_decref(arr);
	free(items);
	free(rank);
	free(kept);
	return rc;
}

static json_t *artifacts_json(const sarif_ctx *c, wg_report *const *reports, size_t n)
{
	json_t *arr = json_array();

	for (size_t i = 0; i < n; i++) {
		const wg_module *m = reports[i]->module;
		json_t *a = json_pack("{s:o, s:s, s:[s]}", "location",
				      artifact_location(c, c->uris[i], -1),
				      "mimeType", "application/wasm", "roles", "analysisTarget");
		char hex[65];

		if (m) {
			wg_hex(m->sha256, sizeof(m->sha256), hex);
			json_object_set_new(a, "length", json_integer((json_int_t)m->size));
			json_object_set_new(a, "hashes", json_pack("{s:s}", "sha-256", hex));
		}
		json_array_append_new(arr, a);
	}
	return arr;
}

static json_t *counts_json(const wg_report *r)
{
	return json_pack("{s:I, s:I, s:I, s:I, s:I}", "error", (json_int_t)r->counts[WG_SEV_ERROR],
			 "warning", (json_int_t)r->counts[WG_SEV_WARNING],
			 "note", (json_int_t)r->counts[WG_SEV_NOTE],
			 "waived", (json_int_t)r->num_waived,
			 "granted", (json_int_t)r->num_granted);
}

static json_t *run_properties(const sarif_ctx *c, wg_report *const *reports, size_t n,
			      const wg_policy *p, json_t *omitted)
{
	json_t *plugins = json_array(), *props;

	for (size_t i = 0; i < n; i++) {
		json_t *e = json_pack("{s:o, s:o, s:s, s:o}",
				      "plugin", jstr(reports[i]->plugin), "uri", jstr(c->uris[i]),
				      "decision", wg_decision_name(reports[i]->decision),
				      "counts", counts_json(reports[i]));

		if (e && reports[i]->has_declarations)
			json_object_set_new(e, "declarations", wg_declarations_to_json(reports[i]));
		json_array_append_new(plugins, e);
	}
	props = json_pack("{s:s, s:o}", "decision",
			  wg_decision_name(wg_decision_worst(reports, n)), "plugins", plugins);
	if (omitted)
		json_object_set_new(props, "omitted", omitted);
	if (p) {
		char hex[65];

		wg_hex(p->sha256, sizeof(p->sha256), hex);
		json_object_set_new(props, "rules", json_pack("{s:o, s:s}", "name",
				    jstr(p->name), "sha256", hex));
	}
	return props;
}

/* versionControlProvenance from the GitHub Actions environment, or NULL. */
static json_t *provenance(void)
{
	const char *server = getenv("GITHUB_SERVER_URL"), *repo = getenv("GITHUB_REPOSITORY");
	const char *sha = getenv("GITHUB_SHA"), *ref = getenv("GITHUB_REF");
	char *uri;
	json_t *vcp;

	if (!server || !*server || !repo || !*repo)
		return NULL;
	uri = wg_asprintf("%s/%s", server, repo);
	vcp = json_pack("{s:o, s:{s:s}}", "repositoryUri", jstr(uri),
			"mappedTo", "uriBaseId", "%SRCROOT%");
	if (vcp && sha && *sha)
		json_object_set_new(vcp, "revisionId", jstr(sha));
	if (vcp && ref && *ref)
		json_object_set_new(vcp, "branch", jstr(ref));
	free(uri);
	return json_pack("[o]", vcp);
}

/* "<category>/<plugin>/" for one plugin, "<category>/" for several; characters
 * of the plugin name other than [A-Za-z0-9._-@+] become '_'. */
static json_t *automation_details(const sarif_ctx *c, wg_report *const *reports, size_t n)
{
	const char *cat = c->o->category && *c->o->category ? c->o->category : "wasmgate";
	size_t len = strlen(cat);
	char *id;
	json_t *j;

	while (len > 1 && cat[len - 1] == '/')
		len--;
	if (n == 1) {
		id = wg_asprintf("%.*s/%s/", (int)len, cat, reports[0]->plugin);
		/* the plugin part is one path segment of safe characters */
		for (char *p = id ? id + len + 1 : NULL; p && p[1]; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			      (*p >= '0' && *p <= '9') || strchr("._-@+", *p)))
				*p = '_';
	}
	else
		id = wg_asprintf("%.*s/", (int)len, cat);
	j = json_pack("{s:o}", "id", jstr(id));
	free(id);
	return j;
}

static void ctx_free(sarif_ctx *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(c->uris ? c->uris[i] : NULL);
		free(c->manifests ? c->manifests[i] : NULL);
	}
	free(c->uris);
	free(c->manifests);
	free(c->root);
}

static int ctx_init(sarif_ctx *c, wg_report *const *reports, size_t n,
		    const wg_sarif_options *o)
{
	c->o = o;
	c->rules = wg_rule_all(&c->num_rules);
	c->root = o->root ? wg_strdup(o->root) : wg_sarif_default_root();
	c->uris = wg_calloc(n, sizeof(*c->uris));
	c->manifests = wg_calloc(n, sizeof(*c->manifests));
	if (!c->root || !c->uris || !c->manifests)
		return WG_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		const char *path = reports[i]->path;
		char *rel = wg_sarif_relpath(path, c->root);
		char *man = wg_sarif_find_manifest(path, reports[i]->plugin,
						   c->root);

		c->uris[i] = rel ? wg_sarif_uri_encode(rel) : NULL;
		free(rel);
		if (man) {
			rel = wg_sarif_relpath(man, c->root);
			c->manifests[i] = rel ? wg_sarif_uri_encode(rel) : NULL;
			free(rel);
			free(man);
		}
		if (!c->uris[i])
			return WG_ENOMEM;
	}
	return WG_OK;
}

static json_t *root_uri(const char *root)
{
	char *abs = realpath(root, NULL), *enc, *uri;
	json_t *j;

	enc = wg_sarif_uri_encode(abs ? abs : root);
	uri = wg_asprintf("file://%s%s", enc && enc[0] == '/' ? "" : "/", enc ? enc : "");
	free(enc);
	free(abs);
	if (uri && uri[strlen(uri) - 1] != '/') {
		char *t = wg_asprintf("%s/", uri);
		free(uri);
		uri = t;
	}
	j = json_pack("{s:{s:o}}", "%SRCROOT%", "uri", jstr(uri));
	free(uri);
	return j;
}

static int build_run(sarif_ctx *c, wg_report *const *reports, size_t n,
		     const wg_policy *policy, json_t **out)
{
	json_t *run = json_pack("{s:{s:o}, s:o, s:o, s:o}", "tool", "driver", driver_json(c),
				"automationDetails", automation_details(c, reports, n),
				"originalUriBaseIds", root_uri(c->root),
				"artifacts", artifacts_json(c, reports, n));
	json_t *vcp = provenance(), *omitted = NULL;
	int rc;

	if (!run) {
		json_decref(vcp);
		return wg_error_set(WG_ENOMEM, "SARIF: cannot build the run");
	}
	if (vcp)
		json_object_set_new(run, "versionControlProvenance", vcp);
	rc = add_results(c, run, reports, n, &omitted);
	json_object_set_new(run, "properties", run_properties(c, reports, n, policy, omitted));
	if (rc) {
		json_decref(run);
		return rc;
	}
	*out = run;
	return WG_OK;
}

int wg_sarif_build(wg_report *const *reports, size_t n, const wg_policy *policy,
		   const wg_sarif_options *opts, json_t **out)
{
	wg_sarif_options defaults = WG_SARIF_OPTIONS_INIT;
	sarif_ctx c = { 0 };
	json_t *run = NULL;
	int rc;

	*out = NULL;
	if (!reports && n)
		return wg_error_set(WG_EINVAL, "SARIF: no reports given");
	rc = ctx_init(&c, reports, n, opts ? opts : &defaults);
	if (rc == WG_OK)
		rc = build_run(&c, reports, n, policy, &run);
	ctx_free(&c, n);
	if (rc)
		return rc == WG_ENOMEM ? wg_error_set(rc, "SARIF: out of memory") : rc;
	*out = json_pack("{s:s, s:s, s:[o]}", "$schema", SARIF_SCHEMA, "version", "2.1.0",
			 "runs", run);
	return *out ? WG_OK : wg_error_set(WG_ENOMEM, "SARIF: out of memory");
}

int wg_sarif_write(const char *path, wg_report *const *reports, size_t n,
		   const wg_policy *policy, const wg_sarif_options *opts)
{
	json_t *log;
	char *text;
	int rc = wg_sarif_build(reports, n, policy, opts, &log);

	if (rc)
		return rc;
	text = json_dumps(log, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
	json_decref(log);
	if (!text)
		return wg_error_set(WG_ENOMEM, "SARIF: cannot serialise the log for %s", path);
	rc = wg_file_write_atomic(path, text, strlen(text), 0644, 0);
	free(text);
	return rc;
}
