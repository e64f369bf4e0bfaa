/*
 * audit_paths.h - expanding the file arguments of an audit run
 * (audit_paths.c; internal to the CLI).
 */
#ifndef WG_CLI_AUDIT_PATHS_H
#define WG_CLI_AUDIT_PATHS_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Expand `n` arguments into files, in argument order, each path once:
 *   - a path that exists (lstat), whatever characters its name holds:
 *     that file; a directory: its
 *     .wasm files at any depth (as DIR/ **\/ *.wasm);
 *   - a glob(3) pattern (* ? [..]): the regular files it matches, sorted;
 *   - a pattern with a "**" segment: any number of directories there
 *     (walked with nftw; hidden directories and node_modules are skipped,
 *     as bash's globstar skips hidden ones), sorted.
 * A missing file or a pattern matching no file is an error (WG_EIO,
 * message names the argument).  With `literal`, every argument is a file
 * already found (the result of an earlier expansion): taken as it is,
 * never globbed; anything but a regular file is an error.  *out is
 * NULL-terminated; free with cli_paths_free().
 */
int cli_paths_expand(char *const *args, size_t n, bool literal, char ***out, size_t *count);
void cli_paths_free(char **paths, size_t count);

#endif
