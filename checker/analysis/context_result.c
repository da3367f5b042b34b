// SPDX-License-Identifier: GPL-2.0
/*
 * context_result.c - a callee that changes a context according to its
 * result: a lookup that returns the object it found with the object's
 * lock held, and NULL (or an int that returns 0 locked, an error
 * unlocked).  Its returns disagree on the lock, so its callers knew only
 * that the lock "may be held" (summary_context.mixed, context_depth.unsure);
 * but sorted by result, zero against anything else, they agree, and the
 * callers test the result before they do anything that cares.
 *
 * A return's result is zero when it is the constant 0 or NULL, or a
 * variable a branch or a known value says is zero; anything else counts as
 * not zero (`return sk;` of the object found: by convention never NULL
 * there).  A return of a result whose own callee's levels are still
 * linked to it (`return lookup_first(seq);`) counts on both sides.
 *
 * In the caller the unsure levels stay linked to the variable receiving
 * the result until a branch on that variable settles them, on each side,
 * or something else is written into it, which leaves them unsure.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"

#define RESULT_ZERO	1
#define RESULT_OTHER	2

/* Whether the variable's value is zero on this path: 1 yes, 0 no, -1 unknown. */
static int var_is_zero(struct hm_walk *w, const struct path_state *s,
		       const struct ir_expr *value)
{
	long long known;
	int i;

	if (known_int(s, value->var, &known))
		return known == 0;
	if (expr_value(w, s, value) == VALUE_NULL)
		return 1;
	for (i = 0; i < s->nfacts; i++)
		if (!strcmp(s->facts[i].text, value->text))
			return !s->facts[i].value;
	return -1;
}

static const struct context_depth *linked_to(const struct path_state *s,
					     const char *name, int var)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, name))
			return s->contexts[i].result_linked &&
			       s->contexts[i].result_var == var ?
			       &s->contexts[i] : NULL;
	return NULL;
}

/* The kinds of result this return may hand back; 0: none (void). */
static int result_class(struct hm_walk *w, const struct path_state *s,
			const struct ir_expr *value, int *var)
{
	int zero;

	*var = -1;
	if (value->kind == IR_EXPR_NONE)
		return 0;
	if (value->has_value || value->kind == IR_EXPR_CONST)
		return value->value == 0 ? RESULT_ZERO : RESULT_OTHER;
	if (value->kind != IR_EXPR_VAR || value->offset || value->var < 0 ||
	    value->var >= s->nvars)
		return RESULT_OTHER;
	zero = var_is_zero(w, s, value);
	if (zero >= 0)
		return zero ? RESULT_ZERO : RESULT_OTHER;
	*var = value->var;
	return RESULT_OTHER;
}

int context_result_class(struct hm_walk *w, const struct path_state *s,
			 const struct ir_expr *value, int *var)
{
	return result_class(w, s, value, var);
}

static void note_delta(struct summary_context *c, int kind, int delta,
		       unsigned char how)
{
	int *slot = kind == RESULT_ZERO ? &c->zero_delta : &c->other_delta;

	if (!(c->result_seen & kind))
		*slot = delta;
	else if (*slot != delta)
		c->result_broken = true;
	c->result_seen |= kind;
	if (kind == RESULT_ZERO)
		c->zero_switch |= how;
	else
		c->other_switch |= how;
}

static const struct context_depth *state_depth(const struct path_state *s,
					       const char *name)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, name))
			return &s->contexts[i];
	return NULL;
}

static void collect_context(struct summary *sum, struct summary_context *c,
			    const struct path_state *s, int kind, int var)
{
	const struct context_depth *d = state_depth(s, c->name);
	const struct context_depth *link = var >= 0 ? linked_to(s, c->name, var) : NULL;
	int delta = d ? d->depth : 0;
	unsigned char how = summary_context_switch(s, c->name);

	/* New on this return: the earlier ones did not change it. */
	if (!c->result_seen && sum->nreturns > 1) {
		if (sum->result_classes & RESULT_ZERO)
			note_delta(c, RESULT_ZERO, 0, SUMMARY_SWITCH_COUNTED);
		if (sum->result_classes & RESULT_OTHER)
			note_delta(c, RESULT_OTHER, 0, SUMMARY_SWITCH_COUNTED);
	}
	if (!kind) {
		c->result_broken = true;
		return;
	}
	if (link) {
		note_delta(c, RESULT_ZERO, delta + link->result_zero, how);
		note_delta(c, RESULT_OTHER, delta + link->result_other, how);
		return;
	}
	if (d && d->unsure > 0)
		c->result_broken = true;	/* unsure here whatever it returns */
	note_delta(c, kind, delta, how);
}

void context_result_collect(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *value)
{
	struct summary *sum = w->summary;
	int kind, var, i;

	if (!sum)
		return;
	kind = result_class(w, s, value, &var);
	for (i = 0; i < sum->ncontexts; i++)
		collect_context(sum, &sum->contexts[i], s, kind, var);
	sum->result_classes |= kind ? kind : 0;
}

static bool by_result(const struct summary_context *c)
{
	return c->mixed && !c->result_broken && c->result_seen ==
	       (RESULT_ZERO | RESULT_OTHER) && c->zero_delta != c->other_delta;
}

/* The returns of one kind of result all switch it on (interrupts). */
bool context_result_switches_on(const struct summary_context *c)
{
	return by_result(c) && (c->zero_switch == SUMMARY_SWITCH_ON ||
				c->other_switch == SUMMARY_SWITCH_ON);
}

void context_result_link(struct path_state *s, const struct ir_instr *in,
			 const struct summary_context *c)
{
	struct context_depth *d;
	int i;

	if (!by_result(c) || in->call.dest < 0)
		return;
	for (i = 0, d = NULL; i < s->ncontexts && !d; i++)
		if (!strcmp(s->contexts[i].name, c->name))
			d = &s->contexts[i];
	if (!d)
		return;
	d->result_linked = true;
	d->result_var = in->call.dest;
	d->result_zero = c->zero_delta - c->min_delta;
	d->result_other = c->other_delta - c->min_delta;
	d->result_zero_on = c->zero_switch == SUMMARY_SWITCH_ON;
	d->result_other_on = c->other_switch == SUMMARY_SWITCH_ON;
	d->result_loc = in->loc;
	d->result_by = in->call.callee;
	d->result_decisions = s->ndecisions;
}

/*
 * The levels the result says are held now are, surely; the rest are not.
 * Where its returns switched the context on (interrupts, schedule() on
 * one side), it is on whatever this path held (context_switch.c).
 */
static void settle(struct context_depth *d, bool zero)
{
	int held = zero ? d->result_zero : d->result_other;
	bool on = zero ? d->result_zero_on : d->result_other_on;

	if (held > 0 && d->depth <= 0 && d->depth + held > 0) {
		d->entered = d->result_loc;
		d->entered_by = d->result_by;
		d->decisions_at_entry = d->result_decisions;
		d->entered_here = true;
	}
	d->depth += held;
	d->unsure -= d->result_zero + d->result_other;
	if (d->unsure < 0)
		d->unsure = 0;
	d->result_linked = false;
	if (on)
		context_switched_on(d);
}

void context_result_branch(struct path_state *s, const struct ir_expr *cond,
			   bool value)
{
	int i;

	if (cond->kind != IR_EXPR_VAR || cond->offset)
		return;
	for (i = 0; i < s->ncontexts; i++)
		if (s->contexts[i].result_linked &&
		    s->contexts[i].result_var == cond->var)
			settle(&s->contexts[i], !value);
}

void context_result_forget(struct path_state *s, int var)
{
	int i;

	if (var < 0)
		return;
	for (i = 0; i < s->ncontexts; i++)
		if (s->contexts[i].result_linked && s->contexts[i].result_var == var)
			s->contexts[i].result_linked = false;
}
