// SPDX-License-Identifier: GPL-2.0
/*
 * known_ints.c - the values of plain local integers along a path (see
 * known_ints.h).  A state keeps a few, sorted by variable, so that equal
 * knowledge compares equal; past that, a new value is simply not kept.
 */
#include <stdio.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"

static int find(const struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nints; i++)
		if (s->ints[i].var == var)
			return i;
	return -1;
}

bool known_int(const struct path_state *s, int var, long long *value)
{
	int i = find(s, var);

	if (i < 0)
		return false;
	*value = s->ints[i].value;
	return true;
}

int var_truth_fact(const struct hm_walk *w, const struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (!f->memory && !f->predicate && f->nreads == 1 &&
		    f->reads[0] == var &&
		    !strcmp(f->text, w->fn->vars[var].name))
			return f->value;
	}
	return -1;
}

int known_int_truth(const struct hm_walk *w, const struct path_state *s, int var)
{
	long long value;

	if (known_int(s, var, &value))
		return value != 0;
	return var_truth_fact(w, s, var);
}

void known_int_forget_value(struct path_state *s, int var)
{
	int i = find(s, var);

	if (i < 0)
		return;
	memmove(&s->ints[i], &s->ints[i + 1],
		(s->nints - i - 1) * sizeof(s->ints[0]));
	s->nints--;
}

void known_int_forget(struct path_state *s, int var)
{
	known_int_forget_value(s, var);
	known_bits_forget(s, var);
}

static void set_known(struct path_state *s, int var, long long value)
{
	int i = find(s, var);

	if (i >= 0) {
		s->ints[i].value = value;
		return;
	}
	if (s->nints == HM_MAX_KNOWN_INTS)
		return;
	for (i = s->nints; i > 0 && s->ints[i - 1].var > var; i--)
		s->ints[i] = s->ints[i - 1];
	s->ints[i].var = var;
	s->ints[i].value = value;
	s->nints++;
}

/*
 * Forget every known value (too many states at one block).  Mappings a
 * counted loop made one per iteration can no longer be matched one to one
 * with their unmaps: how many remain is unknown from here on.
 */
void known_ints_drop(struct path_state *s)
{
	int i;

	s->nints = 0;
	s->nbits = 0;
	for (i = 0; i < s->nrecords; i++)
		if (s->records[i].live && s->records[i].exact)
			s->records[i].count_unknown = true;
}

/*
 * The front end's temporaries hold `a || b` and `c ? 1 : 0` until the one
 * assignment that reads them (`absent = !pte || none(pte)`): known there,
 * the variable is known, and `if (absent)` agrees with `if (pte)`.  Read,
 * they are never read again, so they give their slot back.
 */
static bool is_temporary(const struct hm_walk *w, int var)
{
	return var >= 0 && var < w->fn->nvars &&
	       w->fn->vars[var].kind == IR_VAR_TEMP;
}

static bool followed(const struct hm_walk *w, int var)
{
	const struct ir_var *v;

	if (var < 0 || var >= w->fn->nvars)
		return false;
	v = &w->fn->vars[var];
	return (v->kind == IR_VAR_LOCAL || v->kind == IR_VAR_TEMP) &&
	       !v->is_pointer && !v->is_aggregate && !v->address_taken;
}

/* The value of `e` from constants and known variables, if there is one. */
static bool value_of(const struct path_state *s, const struct ir_expr *e,
		     long long *value)
{
	if (e->kind == IR_EXPR_CONST && e->has_value) {
		*value = e->value;
		return true;
	}
	if (e->has_linear && known_int(s, e->linear_var, value)) {
		*value += e->linear_addend;
		return true;
	}
	if (e->kind == IR_EXPR_VAR && !e->offset && !e->is_pointer)
		return known_int(s, e->var, value);
	return false;
}

void known_ints_assign(struct hm_walk *w, struct path_state *s, int dest,
		       const struct ir_expr *src)
{
	long long value;

	if (src->has_or && src->or_var == dest)
		known_bits_or(w, s, dest, src->or_bits);
	else
		known_bits_forget(s, dest);
	if (followed(w, dest) && value_of(s, src, &value))
		set_known(s, dest, value);
	else
		known_int_forget_value(s, dest);
	if (src->kind == IR_EXPR_VAR && is_temporary(w, src->var))
		known_int_forget_value(s, src->var);
}

static bool compare(int op, long long a, long long b)
{
	switch (op) {
	case IR_CMP_LT:
		return a < b;
	case IR_CMP_LE:
		return a <= b;
	case IR_CMP_GT:
		return a > b;
	case IR_CMP_GE:
		return a >= b;
	case IR_CMP_EQ:
		return a == b;
	default:
		return a != b;
	}
}

int known_ints_sides(const struct path_state *s, const struct ir_expr *cond)
{
	long long value;

	if (cond->has_compare && known_int(s, cond->compare_var, &value))
		return compare(cond->compare_op, value, cond->compare_value) ? 1 : 2;
	if (cond->kind == IR_EXPR_VAR && !cond->offset &&
	    known_int(s, cond->var, &value))
		return value ? 1 : 2;
	return 3;
}

unsigned long known_ints_key(const struct path_state *s)
{
	unsigned long key = 0;
	int i;

	for (i = 0; i < s->nints; i++) {
		key = (key ^ (unsigned long)s->ints[i].var) * 1099511628211UL;
		key = (key ^ (unsigned long)s->ints[i].value) * 1099511628211UL;
	}
	return key;
}

static bool ident_char(char c)
{
	return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/* A variable the expression reads, named `name` (`len` long), if known. */
static bool known_name(const struct hm_walk *w, const struct path_state *s,
		       const struct ir_expr *e, const char *name, size_t len,
		       long long *value)
{
	int i;

	for (i = 0; i < e->nreads; i++) {
		int var = e->reads[i];

		if (var >= 0 && var < w->fn->nvars &&
		    strlen(w->fn->vars[var].name) == len &&
		    !strncmp(w->fn->vars[var].name, name, len) &&
		    known_int(s, var, value))
			return true;
	}
	return false;
}

/* Copy `text`, known variables inside [] replaced by their values. */
static bool substitute(const struct hm_walk *w, const struct path_state *s,
		       const struct ir_expr *e, const char *text, char *out,
		       size_t size)
{
	size_t n = 0, len;
	int depth = 0;
	long long value;
	const char *p;

	for (p = text; *p; p += len) {
		len = 1;
		depth += (*p == '[') - (*p == ']');
		if (depth > 0 && ident_char(*p) && !(*p >= '0' && *p <= '9') &&
		    (p == text || !strchr(".>", p[-1]))) {
			while (ident_char(p[len]))
				len++;
			if (known_name(w, s, e, p, len, &value)) {
				n += snprintf(out + n, n < size ? size - n : 0,
					      "%lld", value);
				continue;
			}
		}
		if (n + len < size)
			memcpy(out + n, p, len);
		n += len;
	}
	if (n >= size)
		return false;
	out[n] = '\0';
	return true;
}

/*
 * The compacted text of a memory operand, with known indices as numbers:
 * `addr[i]` stored at i == 3 is "addr[3]", so that each iteration of a
 * counted loop stores, and its unmap loop finds, a different element.
 */
const char *known_ints_text(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *e)
{
	const char *text = intern_compact(w->an->strings, e->text);
	char buffer[512];

	/* a[i++]: the IR wrote i before the store; its text is no index. */
	if (!s->nints || !strchr(text, '[') || strstr(text, "++") ||
	    strstr(text, "--") ||
	    !substitute(w, s, e, text, buffer, sizeof(buffer)))
		return text;
	return intern(w->an->strings, buffer);
}
