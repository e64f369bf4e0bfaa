/*
 * cmd_registry.c - 'wasmgate registry init|publish|yank|verify|list|refresh|
 * status-page': argument parsing over registry.h.  The registry's private
 * key comes from --key FILE, else the PEM in env WASMGATE_REGISTRY_KEY (an
 * Actions secret); it is never printed.  Exit 0 ok, 1 verify found
 * problems (one line each), 2 usage, refusals and I/O errors.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/registry.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define ENV_REG_KEY "WASMGATE_REGISTRY_KEY"
#define MAX_AUDIT_KEYS 32

typedef struct {
	const char *dir, *key, *name, *version, *attestation, *sarif, *build_json;
	const char *reason, *since;
	const char *audit_keys[MAX_AUDIT_KEYS];
	size_t num_audit_keys;
	long expires_in;
	bool json;
	char **args;
	int num_args;
} reg_args;

static void usage(FILE *f)
{
	fprintf(f,
		"usage: wasmgate registry init DIR --key REG.key --audit-key AUDIT.pub [--audit-key ...]\n"
		"       wasmgate registry publish --registry DIR --key REG.key [--name N --version V]\n"
		"                                 PLUGIN.wasm --attestation ENV.json [--sarif S] [--build-json B]\n"
		"       wasmgate registry yank --registry DIR --key REG.key NAME@VERSION --reason TEXT\n"
		"       wasmgate registry verify DIR [--key REG.pub] [--since OLD_INDEX.json]\n"
		"       wasmgate registry list DIR [--json]\n"
		"       wasmgate registry refresh --registry DIR --key REG.key\n"
		"       wasmgate registry status-page DIR\n\n"
		"Every change re-signs index.json (version + 1, previous = the old index's\n"
		"sha256) and takes --expires-in N[d|h|m|s] (default 30d).  The registry key\n"
		"may come from env " ENV_REG_KEY " instead of --key.  See docs/DESIGN.md (Registry).\n");
}

static int parse_duration(const char *s, long *out)
{
	char *end;
	long n = strtol(s, &end, 10);
	long unit = !*end ? 1 : !strcmp(end, "d") ? 86400 : !strcmp(end, "h") ? 3600
		: !strcmp(end, "m") ? 60 : !strcmp(end, "s") ? 1 : 0;

	if (end == s || n <= 0 || !unit || n > 3650L * 86400 / unit) {
		cli_error("--expires-in: '%s' is not a duration (N, Nd, Nh, Nm, Ns; at most 3650 days)", s);
		return -1;
	}
	*out = n * unit;
	return 0;
}

static int parse(int argc, char **argv, reg_args *a)
{
	static const struct option opts[] = {
		{ "registry", 1, 0, 'r' }, { "key", 1, 0, 'k' }, { "name", 1, 0, 'n' },
		{ "version", 1, 0, 'v' }, { "attestation", 1, 0, 'a' }, { "sarif", 1, 0, 's' },
		{ "build-json", 1, 0, 'b' }, { "reason", 1, 0, 'R' }, { "since", 1, 0, 'S' },
		{ "audit-key", 1, 0, 'A' }, { "expires-in", 1, 0, 'e' }, { "json", 0, 0, 'j' },
		{ "help", 0, 0, 'h' }, { 0, 0, 0, 0 } };
	int c;

	optind = 1;
	while ((c = getopt_long(argc, argv, "h", opts, NULL)) != -1) {
		switch (c) {
		case 'r': a->dir = optarg; break;
		case 'k': a->key = optarg; break;
		case 'n': a->name = optarg; break;
		case 'v': a->version = optarg; break;
		case 'a': a->attestation = optarg; break;
		case 's': a->sarif = optarg; break;
		case 'b': a->build_json = optarg; break;
		case 'R': a->reason = optarg; break;
		case 'S': a->since = optarg; break;
		case 'j': a->json = true; break;
		case 'e':
			if (parse_duration(optarg, &a->expires_in))
				return -1;
			break;
		case 'A':
			if (a->num_audit_keys == MAX_AUDIT_KEYS) {
				cli_error("at most %d --audit-key", MAX_AUDIT_KEYS);
				return -1;
			}
			a->audit_keys[a->num_audit_keys++] = optarg;
			break;
		case 'h': usage(stdout); exit(WG_EXIT_OK);
		default: usage(stderr); return -1;
		}
	}
	a->args = argv + optind;
	a->num_args = argc - optind;
	if (!a->dir && a->num_args > 0 && strcmp(argv[0], "publish") && strcmp(argv[0], "yank")) {
		a->dir = a->args[0];
		a->args++;
		a->num_args--;
	}
	if (!a->dir) {
		cli_error("registry %s: which registry? (DIR or --registry DIR)", argv[0]);
		return -1;
	}
	return 0;
}

static int load_private(const reg_args *a, wg_key **out)
{
	const char *pem = getenv(ENV_REG_KEY);
	bool insecure = false;
	int rc;

	*out = NULL;
	if (a->key)
		rc = wg_key_load_private_file(a->key, out, &insecure);
	else if (pem && *pem)
		rc = wg_key_load_private_pem(pem, strlen(pem), "$" ENV_REG_KEY, out);
	else
		return cli_error("the registry's private key is needed (--key REG.key or $" ENV_REG_KEY ")"), -1;
	if (rc)
		return cli_error(NULL), -1;
	if (insecure)
		cli_error("warning: %s is readable by group or others (chmod 600 %s)", a->key, a->key);
	return 0;
}

static int done(int rc)
{
	if (rc) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	return WG_EXIT_OK;
}

static int run_init(reg_args *a)
{
	wg_key *key = NULL, *audit[MAX_AUDIT_KEYS] = { 0 };
	int rc = 0;

	if (!a->num_audit_keys) {
		cli_error("registry init: at least one --audit-key PUB");
		return WG_EXIT_ERROR;
	}
	if (load_private(a, &key))
		return WG_EXIT_ERROR;
	for (size_t i = 0; !rc && i < a->num_audit_keys; i++)
		rc = wg_key_load_public_file(a->audit_keys[i], &audit[i]);
	if (!rc)
		rc = wg_registry_init(a->dir, key, (const wg_key *const *)audit, a->num_audit_keys,
				      a->expires_in);
	if (!rc)
		printf("registry %s: made, index version 1\n", a->dir);
	for (size_t i = 0; i < a->num_audit_keys; i++)
		wg_key_free(audit[i]);
	wg_key_free(key);
	return done(rc);
}

static int run_publish(reg_args *a)
{
	wg_publish_options o = WG_PUBLISH_OPTIONS_INIT;
	wg_publish_result res;
	wg_key *key = NULL;
	int rc;

	if (a->num_args != 1 || !a->attestation) {
		cli_error("registry publish: one PLUGIN.wasm and --attestation ENV.json");
		return WG_EXIT_ERROR;
	}
	if (load_private(a, &key))
		return WG_EXIT_ERROR;
	o.wasm_path = a->args[0];
	o.attestation_path = a->attestation;
	o.sarif_path = a->sarif;
	o.build_json_path = a->build_json;
	o.name = a->name;
	o.plugin_version = a->version;
	o.expires_in = a->expires_in;
	rc = wg_registry_publish(a->dir, key, &o, &res);
	wg_key_free(key);
	if (!rc)
		printf(res.unchanged ? "%s@%s: already published with these bytes, nothing to do\n"
				     : "%s@%s: published, index version %lld\n",
		       res.name, res.plugin_version, res.index_version);
	return done(rc);
}

static int run_yank(reg_args *a)
{
	wg_key *key = NULL;
	char *at, *spec;
	int rc;

	if (a->num_args != 1 || !(at = strchr(a->args[0], '@')) || !a->reason) {
		cli_error("registry yank: NAME@VERSION and --reason TEXT");
		return WG_EXIT_ERROR;
	}
	if (load_private(a, &key))
		return WG_EXIT_ERROR;
	spec = a->args[0];
	*at = '\0';
	rc = wg_registry_yank(a->dir, key, spec, at + 1, a->reason, a->expires_in);
	wg_key_free(key);
	if (!rc)
		printf("%s@%s: yanked\n", spec, at + 1);
	return done(rc);
}

static int run_verify(reg_args *a)
{
	wg_registry_verify_options o = WG_REGISTRY_VERIFY_OPTIONS_INIT;
	wg_key *pub = NULL;
	char **lines = NULL;
	size_t n = 0;
	int rc;

	if (a->key && wg_key_load_public_file(a->key, &pub))
		return done(-1);
	o.key = pub;
	o.since_path = a->since;
	rc = wg_registry_verify(a->dir, &o, &lines, &n);
	wg_key_free(pub);
	for (size_t i = 0; i < n; i++)
		printf("%s\n", lines[i]);
	wg_registry_lines_free(lines, n);
	if (rc == WG_EVERIFY)
		return WG_EXIT_FAIL;
	if (!rc)
		printf("registry %s: verified\n", a->dir);
	return done(rc);
}

static void print_list(json_t *index)
{
	json_t *versions, *e;
	const char *name, *version;

	printf("index version %lld, expires %s\n",
	       (long long)json_integer_value(json_object_get(index, "version")),
	       json_string_value(json_object_get(index, "expires")));
	json_object_foreach(json_object_get(index, "plugins"), name, versions)
		json_object_foreach(versions, version, e) {
			const char *why = json_string_value(json_object_get(e, "yank_reason"));
			printf("%s@%s %s %s%s%s\n", name, version,
			       json_string_value(json_object_get(e, "decision")),
			       json_string_value(json_object_get(e, "published")),
			       why ? " yanked: " : "", why ? why : "");
		}
}

static int run_list(reg_args *a)
{
	json_t *index = NULL;
	int rc = wg_registry_index_load(a->dir, &index);

	if (rc)
		return done(rc);
	if (a->json)
		cli_print_json(index, JSON_SORT_KEYS | JSON_INDENT(2));
	else
		print_list(index);
	json_decref(index);
	return WG_EXIT_OK;
}

static int run_refresh(reg_args *a)
{
	wg_key *key = NULL;
	int rc;

	if (load_private(a, &key))
		return WG_EXIT_ERROR;
	rc = wg_registry_refresh(a->dir, key, a->expires_in);
	wg_key_free(key);
	if (!rc)
		printf("registry %s: index re-signed\n", a->dir);
	return done(rc);
}

static int run_page(reg_args *a)
{
	int rc = wg_registry_status_page(a->dir);

	if (!rc)
		printf("%s/status/index.html written\n", a->dir);
	return done(rc);
}

int cmd_registry(int argc, char **argv)
{
	static const struct {
		const char *name;
		int (*run)(reg_args *);
	} subs[] = { { "init", run_init }, { "publish", run_publish }, { "yank", run_yank },
		     { "verify", run_verify }, { "list", run_list }, { "refresh", run_refresh },
		     { "status-page", run_page } };
	reg_args a;

	memset(&a, 0, sizeof(a));
	if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")) {
		usage(argc < 2 ? stderr : stdout);
		return argc < 2 ? WG_EXIT_ERROR : WG_EXIT_OK;
	}
	for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++)
		if (!strcmp(argv[1], subs[i].name))
			return parse(argc - 1, argv + 1, &a) ? WG_EXIT_ERROR : subs[i].run(&a);
	cli_error("registry: unknown subcommand '%s' (see 'wasmgate registry --help')", argv[1]);
	return WG_EXIT_ERROR;
}
