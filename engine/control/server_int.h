/*
 * server_int.h - the request as handlers see it and the route table
 * (server.c dispatches, routes.c and config.c handle).
 */
#ifndef WG_CONTROL_SERVER_INT_H
#define WG_CONTROL_SERVER_INT_H

#include "control/control_int.h"

#define CTL_MAX_SEGS 6

enum { CTL_PUBLIC, CTL_ADMIN, CTL_INSTANCE };

struct MHD_Connection;

typedef struct {
	struct MHD_Connection *conn;
	char id[WG_CONTROL_MAX_ID + 1];   /* the {id} of the path */
	wg_store_token who;               /* the authenticated token */
	json_t *body;                     /* parsed body object, or NULL */
	int status;
	json_t *resp;                     /* JSON response */
	char *raw;                        /* or raw text (the envelope) */
	size_t raw_len;
	const char *content_type;
	const char *allow;
	char etag[80];
} ctl_req;

typedef int (*ctl_handler)(ctl_server *S, ctl_req *x);

typedef struct {
	const char *method;
	const char *pattern;       /* "/v1/instances/{id}/config" */
	int who;                   /* CTL_PUBLIC, CTL_ADMIN, CTL_INSTANCE (its own {id}) */
	ctl_handler handler;
} ctl_route;

extern const ctl_route ctl_routes[];   /* ends with { NULL } */

int ctl_fail(ctl_req *x, int status, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int ctl_ok(ctl_req *x, int status, json_t *resp);

/* config.c */
int ctl_config_get(ctl_server *S, ctl_req *x);

#endif
