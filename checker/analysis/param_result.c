// SPDX-License-Identifier: GPL-2.0
/*
 * param_result.c - a helper whose result is nonzero only for one truth of
 * a parameter.  sock_alloc_send_pskb() takes `timeo =
 * sock_sndtimeo(sk, noblock)` (static inline: `return noblock ? 0 :
 * sk->sk_sndtimeo;`) and waits only past `if (!timeo) goto failure;`:
 * the wait needs `noblock` to be 0, as if the test were written out
 * there, and callers passing MSG_DONTWAIT never reach it.
 *
 * The helper's summary keeps, over its returns that may be nonzero, the
 * truths of unchanged parameters each one's path had tested (all of
 * them agree on those kept).  A caller storing the result in `timeo`
 * and passing its variable `noblock` there links the two: on the side
 * of a later test where `timeo` is nonzero, the path knows `noblock`'s
 * truth, a branch fact like any other (a sleep there is guarded by it,
 * sleep_guard.c).  A constant or a known truth that fails it makes the
 * result 0, a known integer.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/param_result.h"

/* Return kinds, as context_result.c sorts them. */
#define RESULT_ZERO	1

/* The path's truth of an unchanged number parameter: 1, 0, or -1. */
static int param_truth(const struct hm_walk *w, const struct path_state *s,
		       int param)
{
	if (!sleep_guard_unchanged_param(w, s, param) ||
	    w->fn->vars[param].is_pointer)
		return -1;
	return var_truth_fact(w, s, param);
}

void param_result_collect(struct hm_walk *w, const struct path_state *s,
			  const struct ir_expr *value)
{
	struct summary *sum = w->summary;
	unsigned when_true = 0, when_false = 0;
	int var, p, truth;

	if (!sum || context_result_class(w, s, value, &var) == RESULT_ZERO)
		return;
	for (p = 0; p < w->fn->nparams && p < 32; p++) {
		truth = param_truth(w, s, p);
		if (truth == 1)
			when_true |= 1u << p;
		else if (truth == 0)
			when_false |= 1u << p;
	}
	if (!sum->nonzero_seen) {
		sum->nonzero_seen = true;
		sum->nonzero_if_true = when_true;
		sum->nonzero_if_false = when_false;
		return;
	}
	sum->nonzero_if_true &= when_true;
	sum->nonzero_if_false &= when_false;
}

/* The parameter the result's truth hangs on, and the truth it needs. */
static int linked_param(const struct summary *sum, bool *value)
{
	unsigned both = sum->nonzero_if_true | sum->nonzero_if_false;

	if (!sum->nonzero_seen || !both)
		return -1;
	*value = sum->nonzero_if_true & (both & -both);
	return __builtin_ctz(both);
}

static void set_zero(struct hm_walk *w, struct path_state *s, int dest)
{
	struct ir_expr zero = { .kind = IR_EXPR_CONST, .var = -1,
				.has_value = 1, .text = "" };

	known_ints_assign(w, s, dest, &zero);
}

void param_result_after_call(struct hm_walk *w, struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum)
{
	const struct ir_expr *arg;
	int dest = in->call.dest, p, truth;
	bool value;

	/* A recursive call's summary has not seen every return yet. */
	if (!sum || sum->status != SUMMARY_DONE || dest < 0 ||
	    dest >= s->nvars || dest >= w->fn->nvars)
		return;
	p = linked_param(sum, &value);
	if (p < 0 || p >= in->call.nargs)
		return;
	arg = &in->call.args[p];
	if (arg->has_value) {
		if ((arg->value != 0) != value)
			set_zero(w, s, dest);
		return;
	}
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0 ||
	    arg->var >= w->fn->nvars || arg->var == dest ||
	    arg->nreads != 1 || w->fn->vars[arg->var].kind == IR_VAR_TEMP ||
	    w->fn->vars[arg->var].is_pointer)
		return;
	truth = known_int_truth(w, s, arg->var);
	if (truth >= 0) {
		if (truth != value)
			set_zero(w, s, dest);
		return;
	}
	if (s->nresult_links == HM_MAX_RESULT_LINKS)
		return;
	s->result_links[s->nresult_links++] = (struct result_link){
		.dest = dest, .var = arg->var, .value = value,
		.reads = arg->reads,
	};
}

void param_result_forget(struct path_state *s, int var)
{
	int i, kept = 0;

	for (i = 0; i < s->nresult_links; i++)
		if (s->result_links[i].dest != var &&
		    s->result_links[i].var != var)
			s->result_links[kept++] = s->result_links[i];
	s->nresult_links = kept;
}

/* The side of `cond` on which variable `dest` is nonzero: 1, 0, or -1. */
static int nonzero_side(const struct ir_expr *cond, int dest)
{
	if (cond->kind == IR_EXPR_VAR && !cond->offset && cond->var == dest)
		return 1;
	if (!cond->has_compare || cond->compare_var != dest ||
	    cond->compare_value != 0)
		return -1;
	if (cond->compare_op == IR_CMP_NE)
		return 1;
	return cond->compare_op == IR_CMP_EQ ? 0 : -1;
}

void param_result_branch(struct hm_walk *w, struct path_state *s,
			 const struct ir_block *b, bool value)
{
	const struct result_link *link;
	struct branch_fact *f;
	int i;

	for (i = 0; i < s->nresult_links; i++) {
		link = &s->result_links[i];
		if (nonzero_side(&b->term.cond, link->dest) != (int)value)
			continue;
		if (known_int_truth(w, s, link->var) >= 0)
			continue;	/* known already (and not against it) */
		f = state_put_fact(s, intern(w->an->strings,
					     w->fn->vars[link->var].name),
				   link->value);
		if (!f)
			continue;
		f->nreads = 1;
		f->reads = link->reads;
	}
}
