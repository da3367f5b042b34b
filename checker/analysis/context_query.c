// SPDX-License-Identifier: GPL-2.0
/*
 * context_query.c - sleeps a function makes only after asking whether it
 * may.  i915's GuC send loop sleeps only `if (!in_atomic() &&
 * !irqs_disabled())`, and spins otherwise; callers under a spinlock never
 * reach the sleep (6.1's x86 configuration counts preemption, so
 * in_atomic() sees every spinlock).  A `context-query` rules entry names
 * the contexts its call reports; on the false side of a test of its
 * result the path holds none of them, and a sleep there is one that
 * happens "unless the caller holds one of them" (sleep_unless.c), in this
 * function's summary too.  The query's true side is not followed further:
 * what it would mean for a caller is already in the false side's record.
 */
#include <stdio.h>
#include <string.h>
#include "analysis/context_query.h"
#include "analysis/sleep_unless.h"

/* "(...)" and nothing after it but spaces and closing parentheses. */
static bool closes_alone(const char *p)
{
	int depth = 0;

	for (; *p; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			break;
	}
	if (!*p)
		return false;
	return p[1 + strspn(p + 1, " )")] == 0;
}

/*
 * The query a branch tests, by its spelling: in_atomic() is a macro in 6.1
 * ((preempt_count() != 0)), irqs_disabled() a statement expression, so no
 * call of that name is left to find; the condition as written names it.
 */
static const struct api_entry *query_spelled(struct hm_walk *w,
					     const char *text)
{
	const char *p;
	const struct api_entry *api;
	char name[64];
	size_t n;

	while (*text == ' ' || *text == '(')
		text++;
	n = strspn(text, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_0123456789");
	if (!n || n >= sizeof(name))
		return NULL;
	for (p = text + n; *p == ' '; p++)
		;
	if (*p != '(' || !closes_alone(p))
		return NULL;
	memcpy(name, text, n);
	name[n] = 0;
	api = model_lookup(w->an->model, name);
	return api && api->kind == API_CONTEXT_QUERY ? api : NULL;
}

/* "a,b" and "b,c" make "a,b,b,c": a list only ever asks "any of these". */
static const char *joined(struct hm_walk *w, const char *have, const char *more)
{
	char text[512];

	if (!have || strstr(have, more))
		return have ? have : intern(w->an->strings, more);
	snprintf(text, sizeof(text), "%s,%s", have, more);
	return intern(w->an->strings, text);
}

static struct query_flag *flag_of(struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nquery_flags; i++)
		if (s->query_flags[i].var == var)
			return &s->query_flags[i];
	return NULL;
}

void context_query_forget(struct path_state *s, int var)
{
	struct query_flag *f = flag_of(s, var);

	if (f)
		*f = s->query_flags[--s->nquery_flags];
}

/* `ok = !in_atomic();`: the answer kept for a later test of `ok`. */
void context_query_assign(struct hm_walk *w, struct path_state *s,
			  int dest, const struct ir_expr *src)
{
	const char *text = src->text;
	const struct api_entry *api;
	bool negated = false;

	context_query_forget(s, dest);
	while (*text == ' ' || *text == '!') {
		negated ^= *text == '!';
		text++;
	}
	api = *text ? query_spelled(w, text) : NULL;
	if (!api || !api->context || s->nquery_flags >= HM_MAX_QUERY_FLAGS)
		return;
	s->query_flags[s->nquery_flags++] = (struct query_flag){
		.var = dest, .when = negated, .not_in = api->context,
	};
}

void context_query_branch(struct hm_walk *w, struct path_state *s,
			  const struct ir_block *b, bool value)
{
	const struct ir_expr *cond = &b->term.cond;
	const struct api_entry *api;
	const struct query_flag *f;

	f = cond->kind == IR_EXPR_VAR && !cond->offset ? flag_of(s, cond->var) : NULL;
	if (f && f->when == value)
		s->not_in = joined(w, s->not_in, f->not_in);
	if (value)
		return;
	api = query_spelled(w, cond->text);
	if (api && api->context)
		s->not_in = joined(w, s->not_in, api->context);
}

bool context_query_sleep(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const char *name,
			 const char *chain, struct ir_loc chain_loc)
{
	if (!s->not_in)
		return false;
	raise_sleep_unless(w, s, in, name, chain, chain_loc, s->not_in);
	return true;
}
