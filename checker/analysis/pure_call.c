// SPDX-License-Identifier: GPL-2.0
/*
 * pure_call.c - a call to a function of this file that writes no memory
 * and calls nothing (an accessor: get_current(), a member getter) leaves
 * every branch fact about memory as it was.  Without this, each
 * `current->x` in a test made the call get_current() between two tests
 * of current's members and expired what the first one said.
 */
#include "analysis/walk.h"

/* A write only into the callee's own frame: its locals and temporaries. */
static bool own_frame(const struct ir_function *fn, int var)
{
	return var >= 0 && var < fn->nvars &&
	       (fn->vars[var].kind == IR_VAR_LOCAL ||
		fn->vars[var].kind == IR_VAR_TEMP ||
		fn->vars[var].kind == IR_VAR_PARAM);
}

static bool instr_writes(const struct ir_function *fn, const struct ir_instr *in)
{
	switch (in->op) {
	case IR_CALL:
		return true;
	case IR_ASSIGN:
		return !own_frame(fn, in->assign.dest);
	case IR_STORE:
		return in->store.target.kind == IR_EXPR_MEMORY ||
		       !own_frame(fn, in->store.target.var);
	case IR_DEREF:
		return in->deref.write;
	case IR_CLOBBER:
		/*
		 * An asm names the per-cpu variable it reads (x86's
		 * this_cpu_read_stable(current_task) passes its address); the
		 * IR cannot tell an input from an output.  Accessors read.
		 */
		return !in->clobber.by_asm && !own_frame(fn, in->clobber.var);
	}
	return true;
}

bool call_writes_nothing(struct hm_walk *w, const struct ir_call *call)
{
	const struct ir_function *fn;
	int b, i;

	if (!call->callee || !call->has_body)
		return false;
	fn = tu_function(w->an->tu, call->callee);
	if (!fn || fn->truncated || fn->nblocks > 32)
		return false;
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++)
			if (instr_writes(fn, &fn->blocks[b].instrs[i]))
				return false;
	return true;
}
