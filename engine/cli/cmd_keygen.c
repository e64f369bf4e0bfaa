/*
 * cmd_keygen.c - 'wasmgate keygen --out NAME': a new Ed25519 key pair as
 * NAME.key (PKCS#8 PEM, mode 0600) and NAME.pub (SubjectPublicKeyInfo PEM).
 * Never overwrites either file.  Missing folders of NAME are made (like
 * --sarif): keygen --out keys/audit.
 */
#include "cli/cli.h"
#include "util/util.h"
#include "wasmgate/key.h"

#include <getopt.h>

static void usage(FILE *f)
{
	fprintf(f, "usage: wasmgate keygen --out NAME\n\n"
		"Writes NAME.key (private, mode 0600; keep it secret, e.g. as the\n"
		"WASMGATE_SIGNING_KEY Actions secret) and NAME.pub (public, for\n"
		"'wasmgate verify --key').  Existing files are never overwritten;\n"
		"missing folders of NAME are made.\n");
}

int cmd_keygen(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "out", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *name = NULL;
	wg_key *k = NULL;
	int c;

	while ((c = getopt_long(argc, argv, "o:h", opts, NULL)) != -1) {
		switch (c) {
		case 'o': name = optarg; break;
		case 'h': usage(stdout); return WG_EXIT_OK;
		default: usage(stderr); return WG_EXIT_ERROR;
		}
	}
	if (!name || optind != argc) {
		usage(stderr);
		return WG_EXIT_ERROR;
	}
	if (wg_dir_create_parent(name, 0755) || wg_key_generate(&k) || wg_key_write_files(k, name)) {
		cli_error(NULL);
		wg_key_free(k);
		return WG_EXIT_ERROR;
	}
	printf("wrote %s.key (private) and %s.pub (public)\nkey id %s\n", cli_esc(name), cli_esc(name),
	       wg_key_id(k));
	wg_key_free(k);
	return WG_EXIT_OK;
}
