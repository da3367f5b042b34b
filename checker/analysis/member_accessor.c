// SPDX-License-Identifier: GPL-2.0
/*
 * member_accessor.c - locals that name a parameter's private part.  A
 * driver reaches its own state through an accessor of the object it is
 * handed:
 *
 *	struct board *db = netdev_priv(dev);
 *
 * where netdev_priv() only returns `dev` moved by a constant.  Such a call
 * of an unchanged variable gives the same pointer wherever it is made, so
 * db->m in a helper and db->m in its caller (each with its own
 * netdev_priv(dev)) are one member: member_guard.c names it
 * "netdev_priv()->m" of the parameter.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/member_accessor.h"

/* Every return gives parameter 0, perhaps moved, and nothing else. */
static bool returns_moved_param(const struct ir_function *fn)
{
	const struct ir_term *t;
	int b, returns = 0;

	if (fn->nparams != 1 || !fn->vars[0].is_pointer)
		return false;
	for (b = 0; b < fn->nblocks; b++) {
		t = &fn->blocks[b].term;
		if (t->kind != IR_TERM_RETURN)
			continue;
		if (t->value.kind != IR_EXPR_VAR || t->value.var != 0 ||
		    t->value.nreads != 1)
			return false;
		returns++;
	}
	return returns > 0;
}

const char *member_accessor_of_call(struct hm_walk *w, const struct ir_call *call)
{
	const struct ir_function *fn;

	if (call->nargs != 1 || call->args[0].kind != IR_EXPR_VAR ||
	    call->args[0].offset || !call_writes_nothing(w, call))
		return NULL;
	fn = tu_function(w->an->tu, call->callee);
	if (!fn || !returns_moved_param(fn))
		return NULL;
	return call->callee;
}

int var_definitions(const struct ir_function *fn, int var,
		    const struct ir_instr **last)
{
	const struct ir_instr *in;
	int b, i, n = 0;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			in = &fn->blocks[b].instrs[i];
			if ((in->op == IR_CALL && in->call.dest == var) ||
			    (in->op == IR_ASSIGN && in->assign.dest == var) ||
			    (in->op == IR_CLOBBER && in->clobber.var == var) ||
			    (in->op == IR_STORE &&
			     in->store.target.kind == IR_EXPR_VAR &&
			     in->store.target.var == var)) {
				n++;
				*last = in;
			}
		}
	return n;
}

static bool never_written(const struct ir_function *fn, int var)
{
	const struct ir_instr *in;

	return var >= 0 && var < fn->nvars && !fn->vars[var].address_taken &&
	       (fn->vars[var].kind == IR_VAR_PARAM ||
		fn->vars[var].kind == IR_VAR_LOCAL) &&
	       var_definitions(fn, var, &in) == (fn->vars[var].kind != IR_VAR_PARAM);
}

int member_accessor_local(struct hm_walk *w, int var, const char **accessor)
{
	const struct ir_function *fn = w->fn;
	const struct ir_instr *def = NULL;
	int from;

	if (var < 0 || var >= fn->nvars || fn->vars[var].kind != IR_VAR_LOCAL ||
	    fn->vars[var].address_taken || !fn->vars[var].is_pointer ||
	    var_definitions(fn, var, &def) != 1 || def->op != IR_CALL)
		return -1;
	*accessor = member_accessor_of_call(w, &def->call);
	if (!*accessor)
		return -1;
	from = def->call.args[0].var;
	if (fn->vars[from].kind != IR_VAR_PARAM || !never_written(fn, from))
		return -1;
	return from;
}

int member_accessor_holder(struct hm_walk *w, int var, const char *accessor)
{
	const struct ir_function *fn = w->fn;
	const struct ir_call *call;
	const char *found;
	int b, i;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			call = &fn->blocks[b].instrs[i].call;
			if (fn->blocks[b].instrs[i].op != IR_CALL ||
			    !call->callee || strcmp(call->callee, accessor) ||
			    call->nargs != 1 || call->args[0].var != var)
				continue;
			if (member_accessor_local(w, call->dest, &found) == var)
				return call->dest;
		}
	return -1;
}
