/*
 * cmd_sign.c - 'wasmgate sign --key K [--out OUT | --in-place] PLUGIN.wasm':
 * embeds an Ed25519 signature in the module (modsig.h, the tool-conventions
 * Signatures.md format that wasmsign2 reads).  The input is never changed
 * unless --in-place is given; the default output is PLUGIN.signed.wasm.
 * Writes are atomic.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/modsig.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MODULE (256u * 1024 * 1024)

static void usage(FILE *f)
{
	fprintf(f, "usage: wasmgate sign [--key KEY] [--out OUT | --in-place] PLUGIN.wasm\n\n"
		"Embeds a signature section (WebAssembly tool-conventions Signatures.md,\n"
		"as wasmsign2 writes it) signed with the private key KEY (default: the\n"
		"PEM in env WASMGATE_SIGNING_KEY).  Output: OUT (its folder made), or\n"
		"PLUGIN.signed.wasm;\n"
		"--in-place replaces PLUGIN.wasm.  Verify with\n"
		"'wasmgate verify --embedded --key KEY.pub OUT'.\n"
		"\n"
		"Audit first, then sign: the audit, its waivers and its attestation name\n"
		"the unsigned module's sha256.  The signature section is no finding (the\n"
		"signed copy gets the same findings) but changes the sha256.  The report\n"
		"names a plugin after its file: PLUGIN.signed.wasm is 'PLUGIN.signed';\n"
		"--out DIR/PLUGIN.wasm or --in-place keep the name.\n");
}

static char *default_out(const char *in)
{
	size_t n = strlen(in);

	if (n > 5 && !strcmp(in + n - 5, ".wasm"))
		return wg_asprintf("%.*s.signed.wasm", (int)(n - 5), in);
	return wg_asprintf("%s.signed.wasm", in);
}

static int sign_file(const char *in, const char *out, const wg_key *k)
{
	wg_file_view v;
	uint8_t *signed_mod = NULL;
	size_t len = 0;
	int rc = wg_file_view_open(&v, in, MAX_MODULE);

	if (rc)
		return rc;
	rc = wg_modsig_sign(v.data, v.size, in, k, &signed_mod, &len);
	wg_file_view_close(&v);
	if (!rc)   /* --out DIR/NAME makes DIR, as keygen --out and --sarif do */
		rc = wg_dir_create_parent(out, 0755);
	if (!rc)
		rc = wg_file_write_atomic(out, signed_mod, len, 0644, 0);
	free(signed_mod);
	return rc;
}

int cmd_sign(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "key", required_argument, NULL, 'k' },
		{ "out", required_argument, NULL, 'o' },
		{ "in-place", no_argument, NULL, 'i' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *key_path = NULL, *out = NULL;
	bool in_place = false;
	char *dflt = NULL;
	wg_key *k = NULL;
	int c, rc;

	while ((c = getopt_long(argc, argv, "k:o:ih", opts, NULL)) != -1) {
		switch (c) {
		case 'k': key_path = optarg; break;
		case 'o': out = optarg; break;
		case 'i': in_place = true; break;
		case 'h': usage(stdout); return WG_EXIT_OK;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (optind + 1 != argc || (out && in_place)) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	if ((rc = cli_signing_key_load(key_path, &k)))
		return rc;
	if (!k) {
		cli_error("sign: no key: give --key FILE or set WASMGATE_SIGNING_KEY");
		return WG_EXIT_ERROR;
	}
	if (!out)
		out = in_place ? argv[optind] : (dflt = default_out(argv[optind]));
	rc = out ? sign_file(argv[optind], out, k) : WG_ENOMEM;
	if (rc)
		cli_error(NULL);
	else
		printf("signed %s -> %s (key id %s)\n", cli_esc(argv[optind]), cli_esc(out), wg_key_id(k));
	wg_key_free(k);
	free(dflt);
	return rc ? WG_EXIT_ERROR : WG_EXIT_OK;
}
