// SPDX-License-Identifier: GPL-2.0
/*
 * access_path.c - the member chain a memory text reaches through a variable.
 *
 * "host->req->long_data" reaches "->req->long_data" through `host`;
 * "host->io_word[0]" reaches "->io_word[]" (an index says nothing about
 * which element, so every index is the same).  A region is such a chain
 * read as "this member and everything inside it": two regions overlap when
 * one chain starts the other.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/call_writes.h"
#include "analysis/util.h"

static bool is_name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* `name` at `at` is the variable, not a member or part of a longer name. */
static bool names_variable(const char *text, const char *at, size_t n)
{
	if (is_name_char(at[n]))
		return false;
	if (at == text)
		return true;
	return !is_name_char(at[-1]) && at[-1] != '.' && at[-1] != '>';
}

const char *access_find(const char *text, const char *from, const char *name)
{
	size_t n = strlen(name);
	const char *at;

	for (at = strstr(from, name); at; at = strstr(at + 1, name))
		if (names_variable(text, at, n))
			return at;
	return NULL;
}

/* Length of "[...]" at `p`, brackets balanced, or 0. */
static size_t index_length(const char *p)
{
	int depth = 0;
	const char *q;

	for (q = p; *q; q++) {
		depth += *q == '[';
		depth -= *q == ']';
		if (!depth)
			return (size_t)(q - p) + 1;
	}
	return 0;
}

static size_t member_length(const char *p)
{
	size_t n = 0;

	while (is_name_char(p[n]))
		n++;
	return n;
}

const char *access_chain(struct intern_table *strings, const char *after,
			 size_t *used)
{
	char *buf = xcalloc(strlen(after) + 1, 1), *out = buf;
	const char *start = after, *result;

	for (;;) {
		size_t skip = after[0] == '.' ? 1 :
			      !strncmp(after, "->", 2) ? 2 : 0;
		size_t n;

		if (skip && (n = member_length(after + skip))) {
			memcpy(out, after, skip + n);
			out += skip + n;
			after += skip + n;
		} else if (after[0] == '[' && (n = index_length(after))) {
			memcpy(out, "[]", 2);
			out += 2;
			after += n;
		} else {
			break;
		}
	}
	*used = (size_t)(after - start);
	result = intern(strings, buf);
	free(buf);
	return result;
}

static bool chain_boundary(char c)
{
	return !c || c == '.' || c == '-' || c == '[';
}

bool regions_overlap(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);

	if (na > nb)
		return regions_overlap(b, a);
	return !strncmp(a, b, na) && chain_boundary(b[na]);
}

const char *region_join(struct intern_table *strings, const char *base,
			bool address, const char *inner)
{
	size_t size = strlen(base) + strlen(inner) + 2;
	char *buf;
	const char *result;

	if (address && strncmp(inner, "->", 2))
		return base;	/* *(&s->f) or (&s->f)[i]: all of s->f */
	buf = xcalloc(size, 1);
	if (address)
		snprintf(buf, size, "%s.%s", base, inner + 2);
	else
		snprintf(buf, size, "%s%s", base, inner);
	result = intern(strings, buf);
	free(buf);
	return result;
}

/* "(u8*)(type*)rest" -> "rest"; "(p)" -> "p)": parentheses never matter. */
static const char *skip_casts_and_parens(const char *text)
{
	while (text[0] == '(') {
		size_t n = strspn(text + 1, "abcdefghijklmnopqrstuvwxyz"
				  "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_*");

		if (text[1 + n] == ')' && n && !isdigit((unsigned char)text[1]))
			text += n + 2;	/* a cast; "(p)" is read as one too */
		else
			text++;
	}
	return text;
}

void expr_region_of(struct intern_table *strings, const struct ir_function *fn,
		    const struct ir_expr *e, struct expr_region *r)
{
	const char *text = skip_casts_and_parens(intern_compact(strings, e->text));
	const char *name = fn->vars[e->var].name;
	size_t n = strlen(name), used;

	r->chain = "";
	r->address = text[0] == '&';
	r->whole = true;
	if (r->address)
		text = skip_casts_and_parens(text + 1);
	if (strncmp(text, name, n) || is_name_char(text[n]))
		return;		/* *p, p + i ...: anything p reaches */
	r->chain = access_chain(strings, text + n, &used);
	text += n + used;
	while (*text == ')')
		text++;
	/* &ptr: what the callee writes through it is ptr itself */
	r->whole = *text || (e->kind == IR_EXPR_VAR && e->offset) ||
		   (r->address && !*r->chain && !fn->vars[e->var].is_aggregate);
}
