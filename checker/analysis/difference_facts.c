// SPDX-License-Identifier: GPL-2.0
/*
 * difference_facts.c - `x -= y` on a path where `y < x` held leaves x above
 * zero.
 *
 * Copy loops count down what is left (`while (len < left) { ...; left -=
 * len; ... else if (left > 0) goto fail; }`): the write to `left` expires the
 * loop test's fact, and without this one the checker walks the path where
 * `left` became 0 although the loop test just said it could not, and reports
 * a mapping released on that path as used after its unmap.  The difference
 * of two integers the path ordered is positive whatever their type.
 */
#include <stdio.h>
#include <string.h>
#include "analysis/walk.h"

/* `x-=y` or `x-y` (compacted) with x named `dest`: y, or NULL. */
static const char *subtrahend(const char *text, const char *dest)
{
	size_t n = strlen(dest);

	if (strncmp(text, dest, n))
		return NULL;
	text += n;
	if (!strncmp(text, "-=", 2))
		return text + 2;
	if (text[0] == '-' && text[1] != '-' && text[1] != '=')
		return text + 1;
	return NULL;
}

static bool plain_name(const char *text)
{
	const char *p = text;

	if (!*p || !(*p == '_' || (*p >= 'a' && *p <= 'z') ||
		     (*p >= 'A' && *p <= 'Z')))
		return false;
	for (; *p; p++)
		if (!(*p == '_' || (*p >= 'a' && *p <= 'z') ||
		      (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')))
			return false;
	return true;
}

/*
 * The new fact reads x alone (y may be address-taken, and any call would
 * expire it); the IR's own entry for x serves as its list of reads.
 */
static const int *read_of(const struct ir_expr *e, int var)
{
	int i;

	for (i = 0; i < e->nreads; i++)
		if (e->reads[i] == var)
			return &e->reads[i];
	return NULL;
}

/* Does a fact of this path say y < x? */
static bool path_orders(struct hm_walk *w, const struct path_state *s,
			const char *x, const char *y)
{
	char less[160], greater[160], not_less[160], not_greater[160];
	int i;

	snprintf(less, sizeof(less), "%s<%s", y, x);
	snprintf(greater, sizeof(greater), "%s>%s", x, y);
	snprintf(not_less, sizeof(not_less), "%s<=%s", x, y);
	snprintf(not_greater, sizeof(not_greater), "%s>=%s", y, x);
	for (i = 0; i < s->nfacts; i++) {
		const char *text = intern_compact(w->an->strings,
						  s->facts[i].text);

		if (s->facts[i].value &&
		    (!strcmp(text, less) || !strcmp(text, greater)))
			return true;
		if (!s->facts[i].value &&
		    (!strcmp(text, not_less) || !strcmp(text, not_greater)))
			return true;
	}
	return false;
}

/* Before the assignment: whether it subtracts something the path ordered. */
bool difference_positive(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in)
{
	const char *x = w->fn->vars[in->assign.dest].name;
	const char *text, *y;

	if (in->assign.src.kind != IR_EXPR_OTHER || !x || !plain_name(x))
		return false;
	if (!read_of(&in->assign.src, in->assign.dest))
		return false;
	text = intern_compact(w->an->strings, in->assign.src.text);
	y = subtrahend(text, x);
	return y && plain_name(y) && strcmp(x, y) && path_orders(w, s, x, y);
}

/* After it: `x > 0`, as a later `if (x > 0)` or `if (x)` reads it. */
void difference_add_fact(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in)
{
	char text[160];
	struct branch_fact *f;

	snprintf(text, sizeof(text), "%s > 0",
		 w->fn->vars[in->assign.dest].name);
	f = state_put_fact(s, intern(w->an->strings, text), true);
	if (!f)
		return;
	f->nreads = 1;
	f->reads = read_of(&in->assign.src, in->assign.dest);
}
