/*
 * cli_util.c - what every wasmgate executable's commands share: escaping
 * text for the terminal and the runner (cli_esc), JSON on stdout
 * (cli_print_json: never a '##[' workflow command) and one-line errors on
 * stderr (cli_error), and the signing key from --sign-key FILE or env
 * WASMGATE_SIGNING_KEY (cli_signing_key_load; the key is never printed).
 */
#include "cli/cli.h"
#include "wasmgate/common.h"
#include "wasmgate/text.h"
#include "util/util.h"
#include "wasmgate/key.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define ESC_RING 16
static char *esc_ring[ESC_RING];
static unsigned esc_next;

const char *cli_esc(const char *s)
{
	char **slot = &esc_ring[esc_next++ % ESC_RING];

	free(*slot);
	*slot = wg_text_escape(s ? s : "");
	return *slot ? *slot : "?";
}

void cli_esc_release(void)
{
	for (unsigned i = 0; i < ESC_RING; i++) {
		free(esc_ring[i]);
		esc_ring[i] = NULL;
	}
}

void cli_put_json(const char *json)
{
	for (const char *p = json; *p; p++) {
		if (p[0] == '#' && p[1] == '#' && p[2] == '[')
			fputs("#\\u0023", stdout), p++;
		else
			fputc(*p, stdout);
	}
	fputc('\n', stdout);
}

int cli_print_json(const json_t *j, size_t flags)
{
	char *s = j ? json_dumps(j, flags) : NULL;

	if (!s) {
		cli_error("out of memory writing JSON");
		return -1;
	}
	cli_put_json(s);
	free(s);
	return fflush(stdout) || ferror(stdout) ? -1 : 0;
}

void cli_error(const char *fmt, ...)
{
	char *msg = NULL;
	va_list ap;

	if (fmt) {
		va_start(ap, fmt);
		msg = wg_vasprintf(fmt, ap);
		va_end(ap);
	}
	fprintf(stderr, "wasmgate: %s\n", cli_esc(fmt ? (msg ? msg : "out of memory") : wg_error_last()));
	free(msg);
}

#define ENV_KEY "WASMGATE_SIGNING_KEY"

int cli_signing_key_load(const char *path, wg_key **out)
{
	const char *pem = getenv(ENV_KEY);
	bool insecure = false;

	*out = NULL;
	if (path) {
		if (wg_key_load_private_file(path, out, &insecure)) {
			cli_error(NULL);
			return WG_EXIT_ERROR;
		}
		if (insecure)
			cli_error("warning: %s is readable by group or others; "
				  "it should be private (chmod 600 %s)", path, path);
		return 0;
	}
	if (!pem || !*pem)
		return 0;
	if (wg_key_load_private_pem(pem, strlen(pem), "$" ENV_KEY, out)) {
		cli_error(NULL);
		return WG_EXIT_ERROR;
	}
	return 0;
}
