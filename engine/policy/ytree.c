/*
 * ytree.c - one YAML document -> a small tree of wg_ynode (scalars, lists,
 * maps) built from libyaml's event stream, for the rules loader and the
 * plugin.yml loader (engine/builder/manifest.c).
 *
 * Walking events (rather than yaml_parser_load) lets us refuse what a rules
 * file never needs before it costs anything: anchors and aliases (alias
 * bombs), tags, several documents, nesting deeper than WG_RULES_MAX_DEPTH.
 * Map keys must be scalars and unique.  Every node keeps the 1-based
 * line:col where it starts; every error is "NAME:LINE:COL: what".
 */
#include "policy/policy_int.h"
#include "util/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct {
	yaml_parser_t parser;
	const char *name;
	wg_ynode *stack[WG_RULES_MAX_DEPTH];
	size_t depth;
	wg_ynode *root;
	int docs;
} ybuild;

void wg_ytree_free(wg_ynode *n)
{
	if (!n)
		return;
	for (size_t i = 0; i < n->count; i++)
		wg_ytree_free(n->items[i]);
	free(n->items);
	free(n->value);
	free(n);
}

bool wg_ynode_is(const wg_ynode *n, const char *s)
{
	return n->type == WG_YNODE_SCALAR && n->len == strlen(s) && !strcmp(n->value, s);
}

void wg_oneline(char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x20 || *s == 0x7f)
			*s = '?';
}

static int yerr(const ybuild *b, yaml_mark_t m, const char *what)
{
	return wg_error_set(WG_EPARSE, "%s:%zu:%zu: %s", b->name, m.line + 1,
			    m.column + 1, what);
}

static int parser_error(const ybuild *b)
{
	const yaml_parser_t *p = &b->parser;
	yaml_mark_t m = p->problem_mark;

	if (p->error == YAML_MEMORY_ERROR)
		return wg_error_set(WG_ENOMEM, "%s: out of memory while parsing YAML", b->name);
	if (p->error == YAML_READER_ERROR)
		return wg_error_set(WG_EPARSE, "%s: byte %zu: YAML syntax error: %s",
				    b->name, p->problem_offset,
				    p->problem ? p->problem : "unreadable input");
	return wg_error_set(WG_EPARSE, "%s:%zu:%zu: YAML syntax error: %s%s%s",
			    b->name, m.line + 1, m.column + 1,
			    p->problem ? p->problem : "invalid document",
			    p->context ? " " : "", p->context ? p->context : "");
}

static int key_cmp(const void *a, const void *b)
{
	const wg_ynode *x = *(wg_ynode *const *)a, *y = *(wg_ynode *const *)b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->value, y->value, n);

	if (c || x->len != y->len)
		return c ? c : (x->len < y->len ? -1 : 1);
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->col < y->col ? -1 : (x->col > y->col);
}

/* Sort the keys of a finished map; report the later of two equal ones. */
static int check_duplicates(const ybuild *b, const wg_ynode *map)
{
	size_t n = map->count / 2;
	wg_ynode **keys, *dup = NULL;
	char msg[256];

	if (n < 2)
		return 0;
	keys = wg_malloc(n * sizeof(*keys));
	if (!keys)
		return WG_ENOMEM;
	for (size_t i = 0; i < n; i++)
		keys[i] = map->items[2 * i];
	qsort(keys, n, sizeof(*keys), key_cmp);
	for (size_t i = 1; i < n && !dup; i++)
		if (keys[i]->len == keys[i - 1]->len &&
		    !memcmp(keys[i]->value, keys[i - 1]->value, keys[i]->len))
			dup = keys[i];
	free(keys);
	if (!dup)
		return 0;
	snprintf(msg, sizeof(msg), "duplicate key '%s'", dup->value);
	wg_oneline(msg);
	return wg_error_set(WG_EPARSE, "%s:%u:%u: %s", b->name, dup->line, dup->col, msg);
}

static int attach(ybuild *b, wg_ynode *n, yaml_mark_t m)
{
	wg_ynode *parent;

	if (!b->depth) {
		b->root = n;
		return 0;
	}
	parent = b->stack[b->depth - 1];
	if (parent->type == WG_YNODE_MAP && parent->count % 2 == 0 &&
	    n->type != WG_YNODE_SCALAR) {
		wg_ytree_free(n);
		return yerr(b, m, "a map key must be a plain string, not a list or map");
	}
	if (wg_array_grow((void **)&parent->items, &parent->cap, parent->count + 1,
			  sizeof(*parent->items))) {
		wg_ytree_free(n);
		return WG_ENOMEM;
	}
	parent->items[parent->count++] = n;
	return 0;
}

static wg_ynode *node_new(wg_ynode_type type, yaml_mark_t m)
{
	wg_ynode *n = wg_calloc(1, sizeof(*n));

	if (n) {
		n->type = type;
		n->line = (unsigned)m.line + 1;
		n->col = (unsigned)m.column + 1;
	}
	return n;
}

static int on_scalar(ybuild *b, const yaml_event_t *e)
{
	wg_ynode *n = node_new(WG_YNODE_SCALAR, e->start_mark);

	if (!n)
		return WG_ENOMEM;
	n->value = wg_strndup((const char *)e->data.scalar.value, e->data.scalar.length);
	if (!n->value) {
		free(n);
		return WG_ENOMEM;
	}
	n->len = e->data.scalar.length;
	n->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	return attach(b, n, e->start_mark);
}

static int on_start(ybuild *b, const yaml_event_t *e, wg_ynode_type type)
{
	wg_ynode *n;
	int rc;

	if (b->depth >= WG_RULES_MAX_DEPTH)
		return yerr(b, e->start_mark, "nested deeper than 32 levels");
	n = node_new(type, e->start_mark);
	if (!n)
		return WG_ENOMEM;
	rc = attach(b, n, e->start_mark);
	if (rc)
		return rc;
	b->stack[b->depth++] = n;
	return 0;
}

static int on_end(ybuild *b)
{
	wg_ynode *n = b->stack[--b->depth];

	return n->type == WG_YNODE_MAP ? check_duplicates(b, n) : 0;
}

/* Anchors, aliases and tags are refused wherever they appear. */
static int refuse_extras(const ybuild *b, const yaml_event_t *e)
{
	const yaml_char_t *anchor = NULL, *tag = NULL;

	switch (e->type) {
	case YAML_ALIAS_EVENT:
		return yerr(b, e->start_mark, "YAML aliases (*name) are not allowed");
	case YAML_SCALAR_EVENT:
		anchor = e->data.scalar.anchor;
		tag = e->data.scalar.tag;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = e->data.sequence_start.anchor;
		tag = e->data.sequence_start.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = e->data.mapping_start.anchor;
		tag = e->data.mapping_start.tag;
		break;
	case YAML_DOCUMENT_START_EVENT:
		if (b->docs >= 1)
			return yerr(b, e->start_mark, "only one YAML document is allowed");
		break;
	default:
		break;
	}
	if (anchor)
		return yerr(b, e->start_mark, "YAML anchors (&name) are not allowed");
	if (tag)
		return yerr(b, e->start_mark, "YAML tags (!tag) are not allowed");
	return 0;
}

static int on_event(ybuild *b, const yaml_event_t *e)
{
	int rc = refuse_extras(b, e);

	if (rc)
		return rc;
	switch (e->type) {
	case YAML_DOCUMENT_START_EVENT:
		b->docs++;
		return 0;
	case YAML_SCALAR_EVENT:
		return on_scalar(b, e);
	case YAML_SEQUENCE_START_EVENT:
		return on_start(b, e, WG_YNODE_SEQ);
	case YAML_MAPPING_START_EVENT:
		return on_start(b, e, WG_YNODE_MAP);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		return on_end(b);
	default:
		return 0;
	}
}

int wg_ytree_parse(const char *text, size_t len, const char *name,
		   wg_ynode **out)
{
	ybuild b;
	yaml_event_t e;
	int rc = 0, done = 0;

	*out = NULL;
	memset(&b, 0, sizeof(b));
	b.name = name;
	if (!yaml_parser_initialize(&b.parser))
		return wg_error_set(WG_ENOMEM, "%s: out of memory", name);
	yaml_parser_set_input_string(&b.parser, (const unsigned char *)text, len);
	while (!rc && !done) {
		if (!yaml_parser_parse(&b.parser, &e)) {
			rc = parser_error(&b);
			break;
		}
		done = e.type == YAML_STREAM_END_EVENT;
		rc = on_event(&b, &e);
		yaml_event_delete(&e);
	}
	yaml_parser_delete(&b.parser);
	if (rc) {
		wg_ytree_free(b.root);
		return rc;
	}
	*out = b.root;
	return 0;
}
