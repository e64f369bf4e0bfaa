/*
 * fields.c - typed reading of the YAML tree for the rules loader: errors
 * located at a node ("NAME:LINE:COL: what"), scalar typing (YAML 1.2 core
 * schema for plain scalars: null, booleans, integers, numbers; quoted
 * scalars are always strings), and the table-driven map walker that turns
 * a section of the rules file into fields of wg_policy.
 */
#include "policy/policy_int.h"
#include "util/util.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int wg_pctx_error(const wg_pctx *c, const wg_ynode *n, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	wg_oneline(msg);
	return wg_error_set(WG_EPARSE, "%s:%u:%u: %s", c->name, n ? n->line : 1,
			    n ? n->col : 1, msg);
}

static bool is_one_of(const char *s, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(s, *words))
			return true;
	return false;
}

static bool is_null(const wg_ynode *n)
{
	static const char *const w[] = { "", "~", "null", "Null", "NULL", NULL };

	return n->type == WG_YNODE_SCALAR && n->plain && is_one_of(n->value, w);
}

static int bool_value(const wg_ynode *n)
{
	static const char *const t[] = { "true", "True", "TRUE", NULL };
	static const char *const f[] = { "false", "False", "FALSE", NULL };

	if (n->type != WG_YNODE_SCALAR || !n->plain)
		return -1;
	return is_one_of(n->value, t) ? 1 : is_one_of(n->value, f) ? 0 : -1;
}

static bool is_int_text(const char *s)
{
	if (*s == '-' || *s == '+')
		s++;
	if (!*s)
		return false;
	for (; *s; s++)
		if (*s < '0' || *s > '9')
			return false;
	return true;
}

static bool is_number_text(const char *s)
{
	static const char *const w[] = { ".inf", "-.inf", "+.inf", ".nan",
					 ".Inf", ".NaN", ".INF", ".NAN", NULL };
	char *end;

	if (is_one_of(s, w))
		return true;
	if (!*s || !strpbrk(s, "0123456789"))
		return false;
	errno = 0;
	(void)strtod(s, &end);
	return *end == '\0';
}

const char *wg_ynode_kind(const wg_ynode *n)
{
	if (n->type == WG_YNODE_SEQ)
		return "a list";
	if (n->type == WG_YNODE_MAP)
		return "a map";
	if (!n->plain)
		return "a string";
	if (is_null(n))
		return "null";
	if (bool_value(n) >= 0)
		return "a boolean";
	if (is_int_text(n->value))
		return "an integer";
	if (is_number_text(n->value))
		return "a number";
	return "a string";
}

const wg_ynode *wg_ynode_get(const wg_ynode *n, const char *key)
{
	if (!n || n->type != WG_YNODE_MAP)
		return NULL;
	for (size_t i = 0; i + 1 < n->count; i += 2)
		if (wg_ynode_is(n->items[i], key))
			return n->items[i + 1];
	return NULL;
}

void wg_strlist_free(wg_strlist *l)
{
	for (size_t i = 0; i < l->count; i++)
		free(l->items[i]);
	free(l->items);
	l->items = NULL;
	l->count = 0;
}

int wg_pctx_string(const wg_pctx *c, const wg_ynode *n, const char *what,
		   char **out)
{
	const char *kind = wg_ynode_kind(n);

	if (n->type != WG_YNODE_SCALAR || is_null(n) || bool_value(n) >= 0)
		return wg_pctx_error(c, n, "%s: expected a string, got %s", what, kind);
	if (n->len != strlen(n->value))
		return wg_pctx_error(c, n, "%s: the string contains a NUL character", what);
	if (!n->len)
		return wg_pctx_error(c, n, "%s: the string is empty", what);
	*out = wg_strdup(n->value);
	return *out ? 0 : WG_ENOMEM;
}

int wg_pctx_uint(const wg_pctx *c, const wg_ynode *n, const char *what,
		 uint64_t *out)
{
	const char *kind = wg_ynode_kind(n);
	unsigned long long v;
	char *end;

	if (strcmp(kind, "an integer") && strcmp(kind, "a number"))
		return wg_pctx_error(c, n, "%s: expected a non-negative integer, got %s",
				     what, kind);
	if (!strcmp(kind, "a number"))
		return wg_pctx_error(c, n, "%s: expected a whole number, got '%s'",
				     what, n->value);
	if (n->value[0] == '-' && strspn(n->value + 1, "0") != strlen(n->value + 1))
		return wg_pctx_error(c, n, "%s: must not be negative (got %s)", what, n->value);
	errno = 0;
	v = strtoull(n->value[0] == '+' || n->value[0] == '-' ? n->value + 1 : n->value,
		     &end, 10);
	if (errno == ERANGE || *end)
		return wg_pctx_error(c, n, "%s: the integer %s is out of range (at most %llu)",
				     what, n->value, (unsigned long long)UINT64_MAX);
	*out = v;
	return 0;
}

static int get_bool(const wg_pctx *c, const wg_ynode *n, const char *what, bool *out)
{
	int b = bool_value(n);

	if (b < 0)
		return wg_pctx_error(c, n, "%s: expected true or false, got %s", what,
				     wg_ynode_kind(n));
	*out = b;
	return 0;
}

static int get_action(const wg_pctx *c, const wg_ynode *n, const char *what,
		      wg_action *out)
{
	static const char *const names[] = { "approve", "flag", "reject" };
	char *s = NULL;
	int rc = wg_pctx_string(c, n, what, &s);

	if (rc)
		return rc;
	for (int i = 0; i < 3; i++) {
		if (!strcmp(s, names[i])) {
			*out = (wg_action)i;
			free(s);
			return 0;
		}
	}
	free(s);
	return wg_pctx_error(c, n, "%s: unknown action '%s' (expected approve, flag or reject)",
			     what, n->value);
}

/* Extra checks of one string of a list, by the list's type. */
static int check_item(const wg_pctx *c, const wg_ynode *n, wg_field_type t,
		      const char *what)
{
	const char *s = n->value;
	wg_buf known = WG_BUF_INIT;
	int rc;

	if (t == WG_F_OPCODES && s[0] == '@' && !wg_opcode_group_known(s)) {
		for (const char *const *g = wg_opcode_group_names(); *g; g++)
			if (wg_buf_printf(&known, "%s%s", known.len ? ", " : "", *g))
				return WG_ENOMEM;
		rc = wg_pctx_error(c, n, "%s: unknown opcode group '%s' (known: %s)",
				   what, s, known.ptr);
		wg_buf_free(&known);
		return rc;
	}
	if ((t == WG_F_GLOBS || t == WG_F_OPCODES) && !wg_glob_valid(s))
		return wg_pctx_error(c, n, "%s: invalid glob '%s' (unbalanced '[' or a trailing '\\')",
				     what, s);
	return 0;
}

static int get_list_node(const wg_pctx *c, const wg_ynode *n, const char *what)
{
	if (n->type != WG_YNODE_SEQ)
		return wg_pctx_error(c, n, "%s: expected a list, got %s", what, wg_ynode_kind(n));
	return 0;
}

static int get_strlist(const wg_pctx *c, const wg_ynode *n, const char *what,
		       wg_field_type t, wg_strlist *out)
{
	int rc = get_list_node(c, n, what);

	if (rc)
		return rc;
	wg_strlist_free(out);
	out->items = wg_calloc(n->count, sizeof(char *));
	if (!out->items)
		return WG_ENOMEM;
	for (size_t i = 0; i < n->count; i++) {
		rc = wg_pctx_string(c, n->items[i], what, &out->items[i]);
		if (rc)
			return rc;
		out->count++;
		rc = check_item(c, n->items[i], t, what);
		if (rc)
			return rc;
	}
	return 0;
}

/* "a, b, c": the names of bits 0..count-1 by `name_of`. */
static char *bit_names(const char *(*name_of)(unsigned bit), unsigned count)
{
	wg_buf b = WG_BUF_INIT;

	for (unsigned i = 0; i < count; i++) {
		const char *s = name_of(1u << i);
		if (s && wg_buf_printf(&b, "%s%s", b.len ? ", " : "", s)) {
			wg_buf_free(&b);
			return NULL;
		}
	}
	return wg_buf_detach(&b);
}

static const char *cap_name(unsigned bit) { return wg_capability_name((wg_capability)bit); }
static const char *feature_name(unsigned bit) { return wg_feature_name((wg_feature)bit); }

static int get_bits(const wg_pctx *c, const wg_ynode *n, const char *what,
		    wg_field_type t, uint32_t *out)
{
	int rc = get_list_node(c, n, what);
	bool caps = t == WG_F_CAPS;

	for (size_t i = 0; !rc && i < n->count; i++) {
		const wg_ynode *it = n->items[i];
		char *s = NULL, *known;
		uint32_t bit;

		rc = wg_pctx_string(c, it, what, &s);
		if (rc)
			break;
		bit = caps ? (uint32_t)wg_capability_from_name(s) : (uint32_t)wg_feature_from_name(s);
		free(s);
		if (bit) {
			*out |= bit;
			continue;
		}
		known = caps ? bit_names(cap_name, WG_CAP_COUNT)
			     : bit_names(feature_name, WG_FEATURE_COUNT);
		if (!known)
			return WG_ENOMEM;
		rc = wg_pctx_error(c, it, "%s: unknown %s '%s' (known: %s)", what,
				   caps ? "capability class" : "feature", it->value, known);
		free(known);
	}
	return rc;
}

static int get_field(wg_pctx *c, const wg_field *f, const wg_ynode *v,
		     const char *what)
{
	switch (f->type) {
	case WG_F_STRING:
		free(*(char **)f->dst);
		*(char **)f->dst = NULL;
		return wg_pctx_string(c, v, what, (char **)f->dst);
	case WG_F_UINT:
		if (f->has)
			*f->has = true;
		return wg_pctx_uint(c, v, what, (uint64_t *)f->dst);
	case WG_F_BOOL:
		return get_bool(c, v, what, (bool *)f->dst);
	case WG_F_ACTION:
		return get_action(c, v, what, (wg_action *)f->dst);
	case WG_F_NAMES:
	case WG_F_GLOBS:
	case WG_F_OPCODES:
		return get_strlist(c, v, what, f->type, (wg_strlist *)f->dst);
	case WG_F_CAPS:
	case WG_F_FEATURES:
		return get_bits(c, v, what, f->type, (uint32_t *)f->dst);
	case WG_F_CUSTOM:
		return f->fn(c, v);
	}
	return wg_pctx_error(c, v, "%s: internal error: unknown field type", what);
}

static int unknown_key(const wg_pctx *c, const wg_ynode *key, const char *where,
		       const wg_field *fields)
{
	wg_buf known = WG_BUF_INIT;
	int rc;

	for (const wg_field *f = fields; f->key; f++)
		if (wg_buf_printf(&known, "%s%s", known.len ? ", " : "", f->key))
			return WG_ENOMEM;
	rc = wg_pctx_error(c, key, "unknown key '%s'%s%s (expected one of: %s)",
			   key->value, *where ? " in " : "", where, known.ptr);
	wg_buf_free(&known);
	return rc;
}

int wg_pctx_walk(wg_pctx *c, const wg_ynode *n, const char *where,
		 const wg_field *fields)
{
	if (n->type != WG_YNODE_MAP)
		return wg_pctx_error(c, n, "%s: expected a map, got %s",
				     *where ? where : "the rules document", wg_ynode_kind(n));
	for (size_t i = 0; i + 1 < n->count; i += 2) {
		const wg_ynode *key = n->items[i], *v = n->items[i + 1];
		const wg_field *f = fields;
		char what[128];
		int rc;

		while (f->key && !wg_ynode_is(key, f->key))
			f++;
		if (!f->key)
			return unknown_key(c, key, where, fields);
		snprintf(what, sizeof(what), "%s%s%s", where, *where ? "." : "", f->key);
		rc = get_field(c, f, v, what);
		if (rc)
			return rc;
	}
	return 0;
}
