/*
 * control_admin.c - the `wasmgate control` admin subcommands: each is one
 * call of the HTTP API (docs/control-api.md) with libcurl, the admin token
 * read from --token-file (or $WASMGATE_CONTROL_TOKEN_FILE), the server from
 * --url (or $WASMGATE_CONTROL_URL).  --json prints the server's answer;
 * otherwise a short text view.  A refusal prints the server's error line
 * and exits 2.
 */
#include "cli/cli.h"
#include "cli/control_admin.h"
#include "util/util.h"

#include <curl/curl.h>
#include <getopt.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
	const char *url, *token_file, *reason, *cacert;
	int json;
	char token[128];
} client;

static size_t collect(char *p, size_t sz, size_t n, void *ud)
{
	wg_buf *b = ud;
	if (b->len + sz * n > (16u << 20) || wg_buf_put(b, p, sz * n))
		return 0;
	return sz * n;
}

/* METHOD path [body] → *out (parsed JSON); returns the HTTP status or -1 */
static long call(client *c, const char *method, const char *path, json_t *body, json_t **out)
{
	CURL *h = curl_easy_init();
	struct curl_slist *hdr = NULL;
	wg_buf resp = WG_BUF_INIT;
	char *url = wg_asprintf("%s%s", c->url, path), *auth = wg_asprintf("Authorization: Bearer %s", c->token);
	char *text = body ? json_dumps(body, JSON_COMPACT) : NULL;
	long status = -1;
	CURLcode rc;

	*out = NULL;
	hdr = curl_slist_append(hdr, auth);
	hdr = curl_slist_append(hdr, "Content-Type: application/json");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdr);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &resp);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 60L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	if (c->cacert)
		curl_easy_setopt(h, CURLOPT_CAINFO, c->cacert);
	if (text)
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, text);
	rc = curl_easy_perform(h);
	if (rc != CURLE_OK)
		cli_error("%s: %s", c->url, curl_easy_strerror(rc));
	else
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	if (status > 0 && resp.len)
		*out = json_loadb(resp.ptr, resp.len, 0, NULL);
	if (status > 0 && !*out)
		cli_error("%s: HTTP %ld with a body that is not JSON", c->url, status), status = -1;
	curl_slist_free_all(hdr);
	curl_easy_cleanup(h);
	wg_buf_free(&resp);
	free(url);
	memset(auth, 0, strlen(auth));
	free(auth);
	free(text);
	return status;
}

static int load_token(client *c)
{
	char *t = NULL;
	size_t len;

	if (!c->url || !*c->url) {
		cli_error("control: no server: --url URL or WASMGATE_CONTROL_URL");
		return -1;
	}
	if (!c->token_file) {
		cli_error("control: no admin token: --token-file FILE or WASMGATE_CONTROL_TOKEN_FILE");
		return -1;
	}
	if (wg_file_read(c->token_file, 4096, &t, &len)) {
		cli_error(NULL);
		return -1;
	}
	while (len && (t[len - 1] == '\n' || t[len - 1] == '\r' || t[len - 1] == ' '))
		t[--len] = '\0';
	if (len == 0 || len >= sizeof(c->token)) {
		cli_error("%s: not a token", c->token_file);
		free(t);
		return -1;
	}
	memcpy(c->token, t, len + 1);
	memset(t, 0, len);
	free(t);
	return 0;
}

static int need_reason(client *c)
{
	if (!c->reason || !*c->reason) {
		cli_error("control: --reason TEXT is required: every change records why");
		return -1;
	}
	return 0;
}

static char *escape(const char *s)
{
	char *e = curl_easy_escape(NULL, s, 0), *r = wg_strdup(e ? e : "");
	curl_free(e);
	return r;
}

static void print_plugins(json_t *list)
{
	size_t i;
	json_t *p;

	json_array_foreach(list, i, p)
		printf("  %s@%s  sha256:%s\n", json_string_value(json_object_get(p, "name")),
		       json_string_value(json_object_get(p, "version")),
		       json_string_value(json_object_get(p, "sha256")));
}

static void print_text(const char *what, json_t *r)
{
	size_t i;
	json_t *x;
	const char *tok = json_string_value(json_object_get(r, "token"));

	if (tok) {
		printf("%s\n", tok);
		fprintf(stderr, "wasmgate: the token above is shown once: keep it secret\n");
	} else if (!strcmp(what, "list")) {
		json_array_foreach(json_object_get(r, "instances"), i, x)
			printf("%-24s revision %lld\n", json_string_value(json_object_get(x, "id")),
			       (long long)json_integer_value(json_object_get(x, "revision")));
	} else if (!strcmp(what, "status")) {
		printf("%-24s %7s %7s  %-8s %-20s %s\n", "INSTANCE", "WANTED", "APPLIED", "RESULT", "LAST CONTACT", "ERROR");
		json_array_foreach(json_object_get(r, "instances"), i, x) {
			json_t *lc = json_object_get(x, "last_contact");
			char when[32] = "never";
			if (json_is_integer(lc)) {
				time_t t = (time_t)json_integer_value(lc);
				struct tm tm;
				strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
			}
			char applied[24] = "-";
			if (json_is_integer(json_object_get(x, "applied")))
				snprintf(applied, sizeof(applied), "%lld",
					 (long long)json_integer_value(json_object_get(x, "applied")));
			printf("%-24s %7lld %7s  %-8s %-20s %s\n", json_string_value(json_object_get(x, "id")),
			       (long long)json_integer_value(json_object_get(x, "wanted")), applied,
			       json_string_value(json_object_get(x, "result")) ?: "-", when,
			       json_string_value(json_object_get(x, "error")) ?: "");
		}
	} else if (!strcmp(what, "history")) {
		json_array_foreach(json_object_get(r, "history"), i, x) {
			time_t t = (time_t)json_integer_value(json_object_get(x, "at"));
			struct tm tm;
			char when[32];
			strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&t, &tm));
			printf("revision %lld  %s  by %s: %s\n", (long long)json_integer_value(json_object_get(x, "revision")),
			       when, json_string_value(json_object_get(x, "by")), json_string_value(json_object_get(x, "reason")));
			print_plugins(json_object_get(x, "plugins"));
		}
	} else if (json_object_get(r, "revision")) {
		printf("%s revision %lld (registry index %lld)\n", json_string_value(json_object_get(r, "instance")),
		       (long long)json_integer_value(json_object_get(r, "revision")),
		       (long long)json_integer_value(json_object_get(r, "index_version")));
		print_plugins(json_object_get(r, "plugins"));
	} else {
		printf("ok\n");
	}
}

/* name@version... → [{name, version}] */
static json_t *plugin_args(int argc, char **argv)
{
	json_t *a = json_array();

	for (int i = 0; i < argc; i++) {
		char *at = strrchr(argv[i], '@');
		if (!at || at == argv[i] || !at[1]) {
			cli_error("'%s': expected name@version", argv[i]);
			json_decref(a);
			return NULL;
		}
		json_array_append_new(a, json_pack("{s:s%, s:s}", "name", argv[i], (size_t)(at - argv[i]),
						   "version", at + 1));
	}
	return a;
}

static void admin_usage(FILE *f)
{
	fprintf(f, "usage: wasmgate control [--url URL] [--token-file FILE] [--reason TEXT] [--json] [--cacert PEM] CMD\n"
		"  instance add ID | instance list | instance rm ID | instance rotate-token ID\n"
		"  set ID name@version...      require these plugin versions (checked against the registry)\n"
		"  show ID | history ID | rollback ID REVISION\n"
		"  admin add NAME | admin rm NAME\n"
		"  status                      wanted / applied revision, last contact, last error per instance\n"
		"Server side: 'wasmgate control init|serve|routes' ('control serve --help').\n"
		"URL: $WASMGATE_CONTROL_URL; token file: $WASMGATE_CONTROL_TOKEN_FILE.  Changes need --reason.\n");
}

/* the request for argv (after options); *what names the text view */
static int build(client *c, int argc, char **argv, const char **method, char **path, json_t **body,
		 const char **what)
{
	const char *cmd = argv[0], *sub = argc > 1 ? argv[1] : "";
	char *id = NULL;
	int want = -1, change = 1;

	*body = NULL;
	*what = cmd;
	if (!strcmp(cmd, "instance") || !strcmp(cmd, "admin")) {
		int adm = cmd[0] == 'a';
		*what = sub;
		if (!strcmp(sub, "add")) {
			want = 3, *method = "POST", *path = wg_strdup(adm ? "/v1/admins" : "/v1/instances");
		} else if (!strcmp(sub, "list") && !adm) {
			want = 2, change = 0, *method = "GET", *path = wg_strdup("/v1/instances");
		} else if (!strcmp(sub, "rm")) {
			want = 3, *method = "DELETE";
		} else if (!strcmp(sub, "rotate-token") && !adm) {
			want = 3, *method = "POST";
		}
		if (want == 3) {
			if (argc != 3)
				goto usage;
			id = escape(argv[2]);
			if (!strcmp(sub, "add"))
				*body = json_pack("{s:s, s:s}", adm ? "name" : "id", argv[2], "reason", c->reason ?: "");
			else if (!strcmp(sub, "rm")) {
				char *r = escape(c->reason ?: "");
				*path = wg_asprintf("/v1/%s/%s?reason=%s", adm ? "admins" : "instances", id, r);
				free(r);
			}
			else
				*path = wg_asprintf("/v1/instances/%s/token", id),
				*body = json_pack("{s:s}", "reason", c->reason ?: "");
		}
		if (want < 0 || argc != want)
			goto usage;
	} else if (!strcmp(cmd, "set") && argc >= 2) {
		json_t *list = plugin_args(argc - 2, argv + 2);
		if (!list)
			return -1;
		id = escape(argv[1]);
		*method = "PUT", *path = wg_asprintf("/v1/instances/%s/plugins", id);
		*body = json_pack("{s:o, s:s}", "plugins", list, "reason", c->reason ?: "");
	} else if ((!strcmp(cmd, "show") || !strcmp(cmd, "history")) && argc == 2) {
		id = escape(argv[1]);
		change = 0, *method = "GET";
		*path = wg_asprintf("/v1/instances/%s/%s", id, cmd[0] == 's' ? "plugins" : "history");
	} else if (!strcmp(cmd, "rollback") && argc == 3) {
		char *end;
		long long rev = strtoll(argv[2], &end, 10);
		if (*end || rev < 1) {
			cli_error("rollback: REVISION must be a positive number");
			return -1;
		}
		id = escape(argv[1]);
		*method = "POST", *path = wg_asprintf("/v1/instances/%s/rollback", id);
		*body = json_pack("{s:I, s:s}", "revision", (json_int_t)rev, "reason", c->reason ?: "");
	} else if (!strcmp(cmd, "status") && argc == 1) {
		change = 0, *method = "GET", *path = wg_strdup("/v1/status");
	} else {
		goto usage;
	}
	free(id);
	return change && need_reason(c) ? -1 : 0;
usage:
	free(id);
	json_decref(*body);
	*body = NULL;
	admin_usage(stderr);
	return -1;
}

int cli_control_admin(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "url", required_argument, NULL, 'u' }, { "token-file", required_argument, NULL, 't' },
		{ "reason", required_argument, NULL, 'r' }, { "json", no_argument, NULL, 'j' },
		{ "cacert", required_argument, NULL, 'c' }, { "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	client c = { getenv("WASMGATE_CONTROL_URL"), getenv("WASMGATE_CONTROL_TOKEN_FILE"), NULL, NULL, 0, "" };
	const char *method = NULL, *what;
	char *path = NULL;
	json_t *body = NULL, *resp = NULL;
	long status;
	int ch, rc = WG_EXIT_ERROR;

	optind = 1;
	while ((ch = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (ch) {
		case 'u': c.url = optarg; break;
		case 't': c.token_file = optarg; break;
		case 'r': c.reason = optarg; break;
		case 'j': c.json = 1; break;
		case 'c': c.cacert = optarg; break;
		case 'h': admin_usage(stdout); return WG_EXIT_OK;
		default: admin_usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (optind >= argc) {
		admin_usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (build(&c, argc - optind, argv + optind, &method, &path, &body, &what) || load_token(&c))
		goto out;
	curl_global_init(CURL_GLOBAL_DEFAULT);
	status = call(&c, method, path, body, &resp);
	if (status >= 200 && status < 300) {
		if (c.json) {
			cli_print_json(resp, JSON_INDENT(2) | JSON_SORT_KEYS);
		} else {
			print_text(what, resp);
		}
		rc = WG_EXIT_OK;
	} else if (status > 0) {
		cli_error("%s %s: HTTP %ld: %s", method, strtok(path, "?"), status,
			  json_string_value(json_object_get(resp, "error")) ?: "no error message");
	}
	curl_global_cleanup();
out:
	memset(c.token, 0, sizeof(c.token));
	json_decref(body);
	json_decref(resp);
	free(path);
	return rc;
}
