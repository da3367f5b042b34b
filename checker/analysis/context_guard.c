// SPDX-License-Identifier: GPL-2.0
/*
 * context_guard.c - a helper that takes a lock on one side of a test of
 * its object's member, and a caller that tests the member again while it
 * holds the lock:
 *
 *	static int cmd_lock(struct adapter *a)
 *	{
 *		if (use_mcc(a)) {		(a getter of a->mcc_created)
 *			spin_lock_bh(&a->mcc_lock);
 *			return 0;
 *		}
 *		return mutex_lock_interruptible(&a->mbox_lock);
 *	}
 *	...
 *	status = cmd_lock(a);
 *	if (status)
 *		return status;
 *	if (use_mcc(a))
 *		... else msleep(1);
 *
 * lock_guard.c knows this inside one function.  Here the helper's summary
 * keeps its context changes per side of its entry guard (the test of a
 * parameter's member summary_guard.c finds, through a getter of this file
 * too), and the caller marks the lock it may hold after the call with
 * that member in its own words: while the lock is held, the member says
 * what it said when the helper took it, unless this function may write it
 * since (a store to it, an assignment to the object's variable, a call of
 * this file that writes it).
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/call_writes.h"

static int depth_of(const struct path_state *s, const char *name, int *unsure)
{
	int i;

	*unsure = 0;
	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, name)) {
			*unsure = s->contexts[i].unsure;
			return s->contexts[i].depth;
		}
	return 0;
}

static void note_side(struct summary_context *c, int side, int delta)
{
	if (c->guard_counted[side] && c->guard_delta[side] != delta)
		c->guard_mixed |= 1u << side;
	c->guard_delta[side] = delta;
	c->guard_counted[side]++;
}

void context_guard_collect(struct hm_walk *w, const struct path_state *s)
{
	struct summary *sum = w->summary;
	int i, side, delta, unsure;

	if (!sum || !sum->has_guard || !s->entry_guard)
		return;
	side = s->entry_guard - 1;
	for (i = 0; i < sum->ncontexts; i++) {
		struct summary_context *c = &sum->contexts[i];

		/* New on this return: the side's earlier ones left it alone. */
		while (c->guard_counted[side] < sum->guard_returns[side] - 1)
			note_side(c, side, 0);
		delta = depth_of(s, c->name, &unsure);
		if (unsure)
			c->guard_mixed |= 1u << side;
		note_side(c, side, delta);
	}
}

/* The delta every return on `side` agrees on. */
static bool side_delta(const struct summary *sum,
		       const struct summary_context *c, int side, int *delta)
{
	if (!sum->guard_returns[side] || (c->guard_mixed & (1u << side)))
		return false;
	*delta = c->guard_counted[side] ? c->guard_delta[side] : 0;
	/* Returns of the side before the context was seen left it alone. */
	return c->guard_counted[side] == sum->guard_returns[side] || !*delta;
}

/*
 * Every return of each side agrees, and one side alone changes it: a lock
 * or unlock helper of another file (be_cmd_lock() and be_cmd_unlock()),
 * whose change its caller can place on a side of its own test.
 */
bool context_guard_one_side(const struct summary *sum,
			    const struct summary_context *c)
{
	int taken[2];

	if (!sum->has_guard || sum->guard_broken ||
	    !side_delta(sum, c, 0, &taken[0]) ||
	    !side_delta(sum, c, 1, &taken[1]))
		return false;
	return !taken[0] != !taken[1];
}

int context_guard_held(const struct path_state *s, const char *name)
{
	int unsure, depth = depth_of(s, name, &unsure);

	return depth > 0 || unsure > 0 ? depth + unsure : 0;
}

void context_guard_tag(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const struct summary *sum,
		       const struct summary_context *c, int held_before)
{
	struct context_depth *d;
	int taken[2], side;
	const struct ir_expr *arg;

	if (held_before || !sum->has_guard || sum->guard_broken ||
	    sum->guard_param < 0 || sum->guard_param >= in->call.nargs ||
	    !side_delta(sum, c, 0, &taken[0]) ||
	    !side_delta(sum, c, 1, &taken[1]) ||
	    (taken[0] > 0) == (taken[1] > 0))
		return;
	arg = &in->call.args[sum->guard_param];
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0)
		return;
	side = taken[1] > 0;
	d = state_context(s, c->name);
	if (!d)
		return;
	d->guard_text = summary_translate(w, arg, sum->guard_suffix);
	d->guard_value = side;
	d->guard_block = w->block;
	d->guard_by_call = true;
}

/*
 * The member a branch tests, in this function's words: `p->m` as is, or
 * `getter(p)` of a getter of this file; its object's variable in *var.
 */
static const char *tested_text(struct hm_walk *w, const struct ir_block *b,
			       int *var)
{
	const struct ir_expr *cond = &b->term.cond;
	const struct ir_call *call;
	const struct ir_function *callee;
	const char *chain;
	char *text;

	*var = cond->var;
	if (cond->kind == IR_EXPR_MEMORY && !cond->offset && cond->var >= 0)
		return intern_compact(w->an->strings, cond->text);
	call = branch_predicate_call(w, b);
	callee = call && call->has_body ? tu_function(w->an->tu, call->callee) :
		 NULL;
	if (!callee || call->nargs != 1 || call->args[0].kind != IR_EXPR_VAR ||
	    call->args[0].offset || call->args[0].var < 0)
		return NULL;
	chain = predicate_member(w, callee);
	if (!chain)
		return NULL;
	*var = call->args[0].var;
	text = xcalloc(strlen(call->args[0].text) + strlen(chain) + 1, 1);
	strcpy(text, call->args[0].text);
	strcat(text, chain);
	chain = intern_compact(w->an->strings, text);
	free(text);
	return chain;
}

/* `name->m` or `name.m` of the variable's own name, nothing else. */
static const char *member_of_var(struct hm_walk *w, int var, const char *text)
{
	const char *name;
	size_t n;

	if (!text || var < 0 || var >= w->fn->nvars)
		return NULL;
	name = w->fn->vars[var].name;
	n = strlen(name);
	if (strncmp(text, name, n) || (strncmp(text + n, "->", 2) &&
				       text[n] != '.'))
		return NULL;
	return text;
}

/*
 * A call of this file handed the object that writes the member, or a
 * member inside it.  One whose writes cannot be traced does not count,
 * as for a test of this function's own (lock_guard.c): that the test
 * says the same while the lock is held is its author's claim.  Nor does
 * a write somewhere in an enclosing object (a memset() through a pointer
 * into it, to the analysis of call_writes.c, perhaps of another object
 * the pointer was loaded from): it names no member.
 */
static bool call_writes_member(struct hm_walk *w, const struct ir_call *call,
			       const char *member, int var)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(w->an->tu, call->callee) : NULL;
	const struct function_writes *fw;
	const char *chain = member + strlen(w->fn->vars[var].name), *region;
	struct expr_region r;
	int i, j;

	if (call->dest == var)
		return true;
	fw = callee ? writes_of(w->an, callee) : NULL;
	if (!fw || fw->unknown)
		return false;
	for (i = 0; i < call->nargs && i < fw->nparams; i++) {
		if (call->args[i].kind != IR_EXPR_VAR ||
		    call->args[i].var != var)
			continue;
		expr_region_of(w->an->strings, w->fn, &call->args[i], &r);
		for (j = 0; j < fw->params[i].n; j++) {
			region = arg_region(w->an->strings, &r,
					    fw->params[i].regions[j]);
			if (regions_overlap(region, chain) &&
			    strlen(region) >= strlen(chain))
				return true;
		}
	}
	return false;
}

static bool instr_writes_member(struct hm_walk *w, const struct ir_instr *in,
				const char *member, int var)
{
	const char *target;

	switch (in->op) {
	case IR_ASSIGN:
		return in->assign.dest == var;
	case IR_CALL:
		return call_writes_member(w, &in->call, member, var);
	case IR_STORE:
		if (!in->store.target.text || !in->store.target.text[0])
			return false;
		target = intern_compact(w->an->strings, in->store.target.text);
		return strstr(member, target) || strstr(target, member);
	default:
		return false;
	}
}

/* The blocks from which `to` can be reached (`to` itself too). */
static unsigned char *reaching(const struct ir_function *fn, int to)
{
	unsigned char *mark = xcalloc(fn->nblocks ? fn->nblocks : 1, 1);
	bool changed = true;
	int b, i;

	mark[to] = 1;
	while (changed) {
		changed = false;
		for (b = 0; b < fn->nblocks; b++)
			for (i = 0; !mark[b] && i < ir_term_nsuccs(&fn->blocks[b].term); i++)
				if (fn->blocks[b].term.succ[i] >= 0 &&
				    mark[fn->blocks[b].term.succ[i]])
					mark[b] = changed = true;
	}
	return mark;
}

/*
 * Whether this function may write `member` between the call in block
 * `start` and the test in block `test`: in a block on some way from one
 * to the other.
 */
static bool member_written_between(struct hm_walk *w, int start, int test,
				   const char *member, int var)
{
	const struct ir_function *fn = w->fn;
	unsigned char *from, *to;
	bool writes = false;
	int b, i;

	if (start < 0 || start >= fn->nblocks)
		return true;
	from = reachable_from(fn, start);
	to = reaching(fn, test);
	for (b = 0; b < fn->nblocks && !writes; b++)
		for (i = 0; from[b] && to[b] && i < fn->blocks[b].ninstrs &&
			    !writes; i++)
			writes = instr_writes_member(w, &fn->blocks[b].instrs[i],
						     member, var);
	free(from);
	free(to);
	return writes;
}

int context_guard_sides(struct hm_walk *w, const struct context_depth *c,
			const struct ir_block *b)
{
	const char *member;
	int var;

	member = tested_text(w, b, &var);
	member = member_of_var(w, var, member);
	if (!member || strcmp(member, c->guard_text))
		return 0;
	if (member_written_between(w, c->guard_block, (int)(b - w->fn->blocks),
				   member, var))
		return 0;
	return c->guard_value ? 1 : 2;
}
