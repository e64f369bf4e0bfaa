/*
 * policy_int.h - internals of the policy part (not public API): the small
 * YAML tree the loader builds from libyaml events (every node keeps its
 * 1-based line:col), and lookups the loader shares with the opcode and
 * capability tables.
 */
#ifndef WG_POLICY_INT_H
#define WG_POLICY_INT_H

#include "wasmgate/policy.h"

#include <stdbool.h>
#include <stddef.h>

#define WG_RULES_MAX_BYTES (1024 * 1024)   /* a rules document: 1 MiB */
#define WG_RULES_MAX_DEPTH 32               /* nesting of lists and maps */

typedef enum {
	WG_YNODE_SCALAR,
	WG_YNODE_SEQ,
	WG_YNODE_MAP
} wg_ynode_type;

typedef struct wg_ynode wg_ynode;
struct wg_ynode {
	wg_ynode_type type;
	unsigned line, col;      /* 1-based, where the node starts */
	char *value;             /* SCALAR: its text */
	size_t len;              /* SCALAR: its length (may hold NULs: refused later) */
	bool plain;              /* SCALAR: unquoted (may be a number, bool, null) */
	wg_ynode **items;        /* SEQ: items; MAP: key, value, key, value ... */
	size_t count, cap;       /* entries in items */
};

/*
 * Parse one YAML document into a tree.  Refuses anchors, aliases, tags,
 * several documents, nesting deeper than WG_RULES_MAX_DEPTH, non-scalar or
 * duplicate map keys.  Errors: WG_EPARSE "NAME:LINE:COL: what".
 * An empty document gives *out = NULL and WG_OK.
 */
int wg_ytree_parse(const char *text, size_t len, const char *name,
		   wg_ynode **out);
void wg_ytree_free(wg_ynode *n);
/* Is scalar `n` exactly the string `s` (no NUL inside)? */
bool wg_ynode_is(const wg_ynode *n, const char *s);
/* Replace control characters in `s` by '?': messages stay one line. */
void wg_oneline(char *s);

/* Is `group` ("@simd", ...) a known opcode group? */
bool wg_opcode_group_known(const char *group);
/* The known group names, NULL-terminated (for messages and docs). */
const char *const *wg_opcode_group_names(void);

/*
 * Schema walking (fields.c): a loader context, "NAME:LINE:COL: what"
 * errors at a node, typed getters and a table-driven map walker.
 */
typedef struct {
	const char *name;        /* file name for messages */
	wg_policy *p;
} wg_pctx;

int wg_pctx_error(const wg_pctx *c, const wg_ynode *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

typedef enum {
	WG_F_STRING,     /* char **: a non-empty string */
	WG_F_UINT,       /* uint64_t *: a non-negative integer (has: bool *) */
	WG_F_BOOL,       /* bool * */
	WG_F_ACTION,     /* wg_action *: approve | flag | reject */
	WG_F_NAMES,      /* wg_strlist *: non-empty strings */
	WG_F_GLOBS,      /* wg_strlist *: valid fnmatch globs */
	WG_F_OPCODES,    /* wg_strlist *: opcode names, globs or known @groups */
	WG_F_CAPS,       /* uint32_t *: capability class names -> bits */
	WG_F_FEATURES,   /* uint32_t *: feature names -> bits */
	WG_F_CUSTOM      /* fn(c, value) */
} wg_field_type;

typedef struct {
	const char *key;
	wg_field_type type;
	void *dst;
	bool *has;                                     /* WG_F_UINT: set when given */
	int (*fn)(wg_pctx *c, const wg_ynode *value);  /* WG_F_CUSTOM */
} wg_field;

/* Walk map `n` (`where` names it in messages) filling `fields` (a table
 * ending with key NULL); unknown keys are errors. */
int wg_pctx_walk(wg_pctx *c, const wg_ynode *n, const char *where,
		 const wg_field *fields);
int wg_pctx_string(const wg_pctx *c, const wg_ynode *n, const char *what,
		   char **out);
int wg_pctx_uint(const wg_pctx *c, const wg_ynode *n, const char *what,
		 uint64_t *out);
/* "a list", "a map", "null", "a boolean", "an integer", "a number", "a string" */
const char *wg_ynode_kind(const wg_ynode *n);
/* The value of `key` in map `n`, or NULL. */
const wg_ynode *wg_ynode_get(const wg_ynode *n, const char *key);

void wg_strlist_free(wg_strlist *l);

/* waivers.c: the `waivers:` list into c->p->waivers. */
int wg_policy_load_waivers(wg_pctx *c, const wg_ynode *v);
/* Parse a real calendar date "YYYY-MM-DD" (1970..9999); *end_of_day gets
 * the first second after that day, UTC.  0 or -1. */
int wg_date_parse(const char *s, time_t *end_of_day);

/* grants.c: the `grants:` list into c->p->grants. */
int wg_policy_load_grants(wg_pctx *c, const wg_ynode *v);
void wg_policy_grants_free(wg_policy *p);
/* binding.c: checks waivers and grants share.  A path glob: valid,
 * relative, no empty, "." or ".." segment (error at `map`'s "path" key). */
int wg_pctx_check_path(wg_pctx *c, const wg_ynode *map, const char *where, const char *path);
/* Is `s` placeholder text ("<reviewer>", "<why ...>", "TODO", "...")
 * rather than a real reason or approver? */
bool wg_text_placeholder(const char *s);
bool wg_text_has_placeholder(const char *s);   /* a "<some words>" in s */

#endif
