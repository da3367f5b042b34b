// SPDX-License-Identifier: GPL-2.0
/*
 * pointee_guard.c - sleeps that depend on what a parameter points to.  A
 * helper is handed a lock and the address of its caller's note of
 * whether the lock is held:
 *
 *	if (*locked) {
 *		spin_unlock_irqrestore(lock, flags);
 *		*locked = false;
 *	}
 *	cond_resched();
 *
 * It sleeps with the caller's lock held only where `*locked` was false on
 * entry; where it was true it drops the lock first (a sleep after leaving
 * the caller's context, left_levels.c).  The plain sleep keeps the test
 * of parameter 2's pointee (a sleep_test with the suffix "*") when the
 * helper tested it before writing or calling anything, so the value is
 * the caller's.  The caller passing `&locked` decides it by what its path
 * knows of `locked`: a branch on it, a known integer, or the result of a
 * helper that returns a nonzero constant on every return (`locked =
 * lock_it(...)`, a helper that takes the lock and returns true).
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/pointee_guard.h"

/* How many branches and gotos lead to `block`. */
static int predecessors(const struct ir_function *fn, int block)
{
	int b, i, n = 0;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < ir_term_nsuccs(&fn->blocks[b].term); i++)
			n += fn->blocks[b].term.succ[i] == block;
	return n;
}

/*
 * Blocks from the entry to instruction `at` of `block` run straight (one
 * successor each, no other way into them: no retry label) and only read:
 * what a parameter points to there is what the caller left.
 */
static bool straight_from_entry(const struct ir_function *fn, int block,
				int at)
{
	int b = 0, steps, i, n;

	for (steps = 0; steps < fn->nblocks; steps++) {
		const struct ir_block *blk = &fn->blocks[b];

		if (predecessors(fn, b) != (b ? 1 : 0))
			return false;
		n = b == block ? at : blk->ninstrs;
		for (i = 0; i < n; i++)
			if (blk->instrs[i].op != IR_DEREF &&
			    (blk->instrs[i].op != IR_ASSIGN ||
			     blk->instrs[i].assign.dest < fn->nparams))
				return false;
		if (b == block)
			return true;
		if (blk->term.kind != IR_TERM_GOTO || blk->term.succ[0] <= b)
			return false;
		b = blk->term.succ[0];
	}
	return false;
}

static bool tested_at_entry(const struct ir_function *fn, int block)
{
	return block >= 0 && block < fn->nblocks &&
	       straight_from_entry(fn, block, fn->blocks[block].ninstrs);
}

/* `*name`, the whole pointee of parameter `var`. */
static bool is_pointee_text(struct hm_walk *w, const struct ir_expr *cond)
{
	const char *text = intern_compact(w->an->strings, cond->text);
	const char *name = w->fn->vars[cond->var].name;

	return text[0] == '*' && !strcmp(text + 1, name);
}

bool pointee_guard_of_fact(struct hm_walk *w, const struct path_state *s,
			   const struct branch_fact *f, struct sleep_test *test)
{
	const struct ir_expr *cond;

	if (!f->memory || f->predicate || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return false;
	cond = &w->fn->blocks[f->block].term.cond;
	if (cond->kind != IR_EXPR_MEMORY || cond->offset || cond->var < 0 ||
	    cond->has_text_mask || !sleep_guard_unchanged_param(w, s, cond->var) ||
	    !w->fn->vars[cond->var].is_pointer || !is_pointee_text(w, cond) ||
	    !tested_at_entry(w->fn, f->block))
		return false;
	*test = (struct sleep_test){
		.param = cond->var, .value = f->value,
		.suffix = intern(w->an->strings, "*"),
	};
	return true;
}

/* `&var` of a scalar variable: var, else -1. */
static int address_of_var(struct hm_walk *w, const struct ir_expr *arg)
{
	const char *text;
	int var = arg->var;

	if (arg->kind != IR_EXPR_ADDR_OF || var < 0 || var >= w->fn->nvars ||
	    w->fn->vars[var].is_aggregate)
		return -1;
	text = intern_compact(w->an->strings, arg->text);
	return text[0] == '&' && !strcmp(text + 1, w->fn->vars[var].name) ?
	       var : -1;
}

void pointee_guard_before_call(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in)
{
	int i, var;

	w->pointee_call = in;
	for (i = 0; i < HM_POINTEE_ARGS; i++) {
		var = i < in->call.nargs ?
		      address_of_var(w, &in->call.args[i]) : -1;
		w->pointee_truth[i] = var >= 0 ? known_int_truth(w, s, var) : -1;
	}
}

/*
 * `param`, an unchanged pointer parameter of the caller, handed on at `in`
 * before the caller wrote or called anything: the callee's test of its
 * pointee is the caller's.
 */
static bool passed_along(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in, const struct ir_expr *arg)
{
	const struct ir_block *blk;

	if (arg->kind != IR_EXPR_VAR || arg->offset ||
	    !sleep_guard_unchanged_param(w, s, arg->var) ||
	    !w->fn->vars[arg->var].is_pointer || w->block < 0 ||
	    w->block >= w->fn->nblocks)
		return false;
	blk = &w->fn->blocks[w->block];
	if (in < blk->instrs || in >= blk->instrs + blk->ninstrs)
		return false;
	return straight_from_entry(w->fn, w->block, (int)(in - blk->instrs));
}

int pointee_guard_at_call(struct hm_walk *w, const struct path_state *s,
			  const struct ir_instr *in,
			  const struct sleep_test *test, struct sleep_test *mine)
{
	const struct ir_expr *arg = &in->call.args[test->param];
	int var, truth;

	if (test->ones || test->zeros || test->equals)
		return -1;
	if (passed_along(w, s, in, arg)) {
		*mine = *test;
		mine->param = arg->var;
		return 0;
	}
	var = address_of_var(w, arg);
	if (var < 0)
		return -1;
	if (w->pointee_call == in)
		truth = test->param < HM_POINTEE_ARGS ?
			w->pointee_truth[test->param] : -1;
	else
		truth = known_int_truth(w, s, var);
	if (truth < 0)
		return -1;
	return truth == test->value ? -1 : 1;
}

void pointee_guard_collect_return(struct hm_walk *w, const struct path_state *s,
				  const struct ir_expr *value)
{
	struct summary *sum = w->summary;
	long long known;
	bool nonzero;

	if (!sum)
		return;
	nonzero = value->kind != IR_EXPR_NONE && value->has_value &&
		  value->value != 0;
	if (!nonzero && value->kind == IR_EXPR_VAR && !value->offset &&
	    known_int(s, value->var, &known))
		nonzero = known != 0;
	sum->returns_nonzero |= nonzero ? SUMMARY_NONZERO_ONLY :
					  SUMMARY_NONZERO_NOT;
}

/*
 * `var` is now `truth`: a fact like a branch's, kept until something
 * writes var (an assignment, or a call handed &var).  Only for a variable
 * no pointer reaches: its address goes to calls alone.
 */
static void note_truth(struct hm_walk *w, struct path_state *s,
		       const int *var, bool truth)
{
	struct branch_fact *f;

	if (*var < 0 || *var >= w->fn->nvars || *var >= s->nvars ||
	    w->fn->vars[*var].is_aggregate ||
	    (w->fn->vars[*var].address_taken && !call_frame_local(w, *var)))
		return;
	f = state_put_fact(s, w->fn->vars[*var].name, truth);
	if (!f)
		return;
	f->nreads = 1;
	f->reads = var;
}

/* The callee's summary once made: this file's, or another file's. */
static const struct summary *callee_summary(struct hm_walk *w,
					    const struct ir_call *call)
{
	const struct ir_function *callee;
	const struct summary *sum;

	if (!call->has_body)
		return extern_summary_known(w->an, call->callee, false);
	callee = tu_function(w->an->tu, call->callee);
	sum = callee ? summary_found(w->an, callee) : NULL;
	return sum && sum->status == SUMMARY_DONE ? sum : NULL;
}

void pointee_guard_after_call(struct hm_walk *w, struct path_state *s,
			      const struct ir_instr *in)
{
	const struct summary *sum;

	w->pointee_call = NULL;
	if (in->call.dest < 0 || !in->call.callee)
		return;
	sum = callee_summary(w, &in->call);
	if (sum && sum->complete &&
	    sum->returns_nonzero == SUMMARY_NONZERO_ONLY)
		note_truth(w, s, &in->call.dest, true);
}

void pointee_guard_after_assign(struct hm_walk *w, struct path_state *s,
				const struct ir_instr *in)
{
	int var = in->assign.dest;

	if (in->assign.src.has_value && var >= 0 && var < w->fn->nvars &&
	    w->fn->vars[var].address_taken)
		note_truth(w, s, &in->assign.dest, in->assign.src.value != 0);
}
