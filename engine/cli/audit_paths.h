/*
 * audit_paths.h - expanding the file arguments of an audit run
 * (audit_paths.c; internal to the CLI).
 */
#ifndef WG_CLI_AUDIT_PATHS_H
#define WG_CLI_AUDIT_PATHS_H

#include <stddef.h>

/*
 * Expand `n` arguments into files, in argument order, each path once:
 *   - a path without glob characters: that file; a directory: its
 *     .wasm files at any depth (as DIR/ **\/ *.wasm);
 *   - a glob(3) pattern (* ? [..]): the regular files it matches, sorted;
 *   - a pattern with a "**" segment: any number of directories there
 *     (walked with nftw; hidden directories and node_modules are skipped,
 *     as bash's globstar skips hidden ones), sorted.
 * A missing file or a pattern matching no file is an error (WG_EIO,
 * message names the argument).  *out is NULL-terminated; free with
 * cli_paths_free().
 */
int cli_paths_expand(char *const *args, size_t n, char ***out, size_t *count);
void cli_paths_free(char **paths, size_t count);

#endif
