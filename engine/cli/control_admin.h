/* control_admin.h - `wasmgate control` admin subcommands over HTTP (control_admin.c). */
#ifndef WG_CLI_CONTROL_ADMIN_H
#define WG_CLI_CONTROL_ADMIN_H
/* argv[0] is "control"; options then the subcommand.  Returns the exit code. */
int cli_control_admin(int argc, char **argv);
#endif
