// SPDX-License-Identifier: GPL-2.0
/*
 * summary_guard.c - unmaps that depend on the state of the object a helper
 * is handed.  A driver's stop helper unmaps its buffer's pages only when
 * the device's state says they were mapped:
 *
 *	if (dev->state != STATE_ERROR)
 *		for (u = 0; u < NR_PAGES; u++)
 *			kunmap(dev->buffer.pages[u]);
 *
 * and its start function sets the state before mapping, then calls the
 * helper on failure.  The helper's summary counts, for each side of that
 * test, its returns and the returns that unmapped; a caller that stored a
 * constant into the member, or tested it, and did nothing since that may
 * have changed it, knows the side: the unmap happens for sure, or not at
 * all.  Otherwise the call is judged as before, by all returns together.
 *
 * Only a test the helper makes before it writes or calls anything counts:
 * what it reads there is what its caller left.  A call of a getter of
 * this file (`if (use_queue(dev))`, returning dev->queue_ready) reads
 * only, and its test is of that member.  context_guard.c keeps a helper's
 * context changes per side of the same test.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/call_writes.h"
#include "analysis/summary_guard.h"

struct entry_guard {
	int block;
	int param;
	const char *suffix;	/* "->state", interned */
};

static int predecessors(const struct ir_function *fn, int block, int *from)
{
	int b, i, n = 0;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < ir_term_nsuccs(&fn->blocks[b].term); i++)
			if (fn->blocks[b].term.succ[i] == block) {
				*from = b;
				n++;
			}
	return n;
}

/*
 * A call of a getter of this file (`return p->m;`, nothing else) handed a
 * parameter, its result in a temporary: it reads the caller's memory only.
 * Its chain ("->m"), else NULL.
 */
static const char *getter_call(struct hm_walk *w, const struct ir_function *fn,
			       const struct ir_instr *in)
{
	const struct ir_function *callee;
	const struct ir_expr *arg;

	if (in->op != IR_CALL || !in->call.callee || !in->call.has_body ||
	    in->call.nargs != 1 || in->call.dest < fn->nparams)
		return NULL;
	arg = &in->call.args[0];
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0 ||
	    arg->var >= fn->nparams || !fn->vars[arg->var].is_pointer)
		return NULL;
	callee = tu_function(w->an->tu, in->call.callee);
	return callee && callee != fn ? predicate_member(w, callee) : NULL;
}

/* Reads and copies only, no retry label: the memory is the caller's. */
static bool straight_block(struct hm_walk *w, const struct ir_function *fn,
			   int block, int prev)
{
	const struct ir_block *b = &fn->blocks[block];
	int i, from = -1, n = predecessors(fn, block, &from);

	if (prev < 0 ? n != 0 : (n != 1 || from != prev))
		return false;
	for (i = 0; i < b->ninstrs; i++) {
		const struct ir_instr *in = &b->instrs[i];

		if (in->op == IR_DEREF || getter_call(w, fn, in))
			continue;
		if (in->op != IR_ASSIGN || in->assign.dest < fn->nparams)
			return false;
	}
	return true;
}

/* `if (getter(param))`: the getter's member of the parameter. */
static const char *getter_of_param(struct hm_walk *w,
				   const struct ir_function *fn,
				   const struct ir_block *b, int *param)
{
	const struct ir_expr *cond = &b->term.cond;
	const char *chain;
	int i;

	if (cond->kind != IR_EXPR_VAR || cond->offset || cond->var < fn->nparams)
		return NULL;
	for (i = b->ninstrs - 1; i >= 0; i--) {
		const struct ir_instr *in = &b->instrs[i];

		if (in->op == IR_CALL && in->call.dest == cond->var) {
			chain = getter_call(w, fn, in);
			*param = in->call.args[0].var;
			return chain && !strchr(chain, '[') ? chain : NULL;
		}
		if (in->op == IR_ASSIGN && in->assign.dest == cond->var)
			return NULL;
	}
	return NULL;
}

/* `param->member.member`, nothing else: the suffix after the name. */
static const char *member_of_param(struct intern_table *strings,
				   const struct ir_function *fn,
				   const struct ir_expr *cond)
{
	const char *text = intern_compact(strings, cond->text), *name, *chain;
	size_t n, used;

	if (cond->kind != IR_EXPR_MEMORY || cond->offset || cond->var < 0 ||
	    cond->var >= fn->nparams || !fn->vars[cond->var].is_pointer)
		return NULL;
	name = fn->vars[cond->var].name;
	n = strlen(name);
	if (strncmp(text, name, n) || strncmp(text + n, "->", 2))
		return NULL;
	chain = access_chain(strings, text + n, &used);
	if (used != strlen(text + n) || strchr(chain, '['))
		return NULL;
	return intern(strings, text + n);
}

static bool find_entry_guard(struct hm_walk *w, const struct ir_function *fn,
			     struct entry_guard *g)
{
	int block = 0, prev = -1, steps;

	for (steps = 0; fn->nblocks && steps < fn->nblocks; steps++) {
		const struct ir_block *b = &fn->blocks[block];

		if (!straight_block(w, fn, block, prev))
			return false;
		if (b->term.kind == IR_TERM_BRANCH) {
			g->block = block;
			g->param = b->term.cond.var;
			g->suffix = member_of_param(w->an->strings, fn,
						    &b->term.cond);
			if (!g->suffix)
				g->suffix = getter_of_param(w, fn, b, &g->param);
			return g->suffix != NULL;
		}
		if (b->term.kind != IR_TERM_GOTO || b->term.succ[0] < 0)
			return false;
		prev = block;
		block = b->term.succ[0];
	}
	return false;
}

/* The walk's own function, summarized: find its guard once. */
static int walk_guard_block(struct hm_walk *w)
{
	struct summary *sum = w->summary;
	struct entry_guard g;

	if (w->entry_guard_known)
		return w->entry_guard_block;
	w->entry_guard_known = true;
	w->entry_guard_block = -1;
	if (!sum || !find_entry_guard(w, w->fn, &g))
		return -1;
	w->entry_guard_block = g.block;
	sum->has_guard = true;
	sum->guard_param = g.param;
	sum->guard_suffix = g.suffix;
	return g.block;
}

void summary_guard_branch(struct hm_walk *w, struct path_state *s,
			  const struct ir_block *b, bool value)
{
	if (!w->summary || walk_guard_block(w) != (int)(b - w->fn->blocks))
		return;
	s->entry_guard = value ? 2 : 1;
}

void summary_guard_collect(struct hm_walk *w, const struct path_state *s)
{
	struct summary *sum = w->summary;
	int i, side;

	if (!sum || walk_guard_block(w) < 0)
		return;
	if (!s->entry_guard) {
		sum->guard_broken = true;
		return;
	}
	side = s->entry_guard - 1;
	sum->guard_returns[side]++;
	for (i = 0; i < sum->nunmaps; i++)
		if (s->helper_unmaps & (1u << i))
			sum->unmaps[i].guard_with[side]++;
}

void summary_guard_note_unmap(struct hm_walk *w, int index)
{
	struct summary_effect *e;
	int h;

	if (!w->summary || index < 0 || index >= w->summary->nunmaps)
		return;
	e = &w->summary->unmaps[index];
	if (!e->suffix || !strchr(e->suffix, '[') || w->block < 0 ||
	    w->block >= w->loops.nblocks)
		return;
	for (h = 0; h < w->loops.nblocks; h++)
		if (w->loops.body[h] && w->loops.body[h][w->block])
			e->in_loop = true;
}

/* "->state", "->buffer.npages": the last member's name. */
static const char *last_member(struct intern_table *strings, const char *chain)
{
	const char *dot = strrchr(chain, '.'), *arrow = strrchr(chain, '>');
	const char *at = dot > arrow ? dot : arrow;

	return intern(strings, at ? at + 1 : chain);
}

static void find_guard_members(struct hm_walk *w)
{
	const struct ir_function *callee;
	struct entry_guard g;
	int b, i;

	w->guard_members_known = true;
	for (b = 0; b < w->fn->nblocks; b++) {
		const struct ir_block *blk = &w->fn->blocks[b];

		for (i = 0; i < blk->ninstrs; i++) {
			const struct ir_call *call = &blk->instrs[i].call;

			if (blk->instrs[i].op != IR_CALL || !call->callee ||
			    !call->has_body ||
			    w->nguard_members == HM_MAX_GUARD_MEMBERS)
				continue;
			callee = tu_function(w->an->tu, call->callee);
			if (callee && find_entry_guard(w, callee, &g))
				w->guard_members[w->nguard_members++] =
					last_member(w->an->strings, g.suffix);
		}
	}
}

bool summary_guard_member(struct hm_walk *w, const char *text)
{
	size_t n = strlen(text), m;
	int i;

	if (!w->guard_members_known)
		find_guard_members(w);
	for (i = 0; i < w->nguard_members; i++) {
		m = strlen(w->guard_members[i]);
		if (n > m && !strcmp(text + n - m, w->guard_members[i]) &&
		    (text[n - m - 1] == '.' || text[n - m - 1] == '>'))
			return true;
	}
	return false;
}

/* What this path knows of the member: a constant stored, or a test. */
static int known_side(struct hm_walk *w, const struct path_state *s,
		      const char *text)
{
	long long value;
	int i;

	if (stored_int(s, text, &value))
		return value != 0;
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory && !f->predicate &&
		    intern_compact(w->an->strings, f->text) == text)
			return f->value;
	}
	return GUARD_SIDE_UNKNOWN;
}

/* The callee's guard: from its summary once made, else from its blocks. */
static bool callee_guard(struct hm_walk *w, const struct ir_function *callee,
			 struct entry_guard *g)
{
	const struct summary *sum = summary_found(w->an, callee);

	if (!sum)
		return find_entry_guard(w, callee, g);
	g->param = sum->guard_param;
	g->suffix = sum->guard_suffix;
	return sum->has_guard && !sum->guard_broken;
}

void summary_guard_before_call(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in)
{
	const struct ir_function *callee;
	struct entry_guard g;

	w->guard_call = NULL;
	if (!in->call.callee || !in->call.has_body)
		return;
	callee = tu_function(w->an->tu, in->call.callee);
	if (!callee || !callee_guard(w, callee, &g) || g.param >= in->call.nargs)
		return;
	w->guard_call = in;
	w->guard_call_side = known_side(w, s, summary_translate(w,
					&in->call.args[g.param], g.suffix));
}

int summary_guard_side(struct hm_walk *w, const struct ir_instr *in,
		       const struct summary *sum)
{
	if (!sum->has_guard || sum->guard_broken || w->guard_call != in)
		return GUARD_SIDE_UNKNOWN;
	return w->guard_call_side;
}
