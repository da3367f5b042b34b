// SPDX-License-Identifier: GPL-2.0
/*
 * loops.c - back edges by depth-first search, natural loop bodies by walking
 * predecessors back from each back edge's source to the loop head.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/loops.h"
#include "analysis/util.h"

static bool valid(const struct ir_function *fn, int block)
{
	return block >= 0 && block < fn->nblocks;
}

/* Each block's predecessors, one array: those of b are at first[b] .. first[b + 1]. */
struct predecessors {
	int *first;
	int *blocks;
};

static void find_predecessors(const struct ir_function *fn, struct predecessors *p)
{
	int b, i, k, succ, *fill;

	p->first = xcalloc(fn->nblocks + 1, sizeof(int));
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0, k = ir_term_nsuccs(&fn->blocks[b].term); i < k; i++)
			if (valid(fn, succ = fn->blocks[b].term.succ[i]))
				p->first[succ + 1]++;
	for (b = 0; b < fn->nblocks; b++)
		p->first[b + 1] += p->first[b];
	p->blocks = xcalloc(p->first[fn->nblocks] + 1, sizeof(int));
	fill = xcalloc(fn->nblocks + 1, sizeof(int));
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0, k = ir_term_nsuccs(&fn->blocks[b].term); i < k; i++)
			if (valid(fn, succ = fn->blocks[b].term.succ[i]))
				p->blocks[p->first[succ] + fill[succ]++] = b;
	free(fill);
}

/*
 * Mark the body of the loop headed by `head` whose back edge leaves `tail`.
 * From the predecessor lists: a scan of every block for each block of the
 * body made a thousand nested loops take minutes.
 */
static void mark_body(const struct ir_function *fn, const struct predecessors *preds,
		      unsigned char *body, int head, int tail)
{
	int *stack = xcalloc(fn->nblocks + 1, sizeof(int)), n = 0, i;

	body[head] = 1;
	if (!body[tail]) {
		body[tail] = 1;
		stack[n++] = tail;
	}
	while (n) {
		int block = stack[--n];

		for (i = preds->first[block]; i < preds->first[block + 1]; i++) {
			int b = preds->blocks[i];

			if (body[b])
				continue;
			body[b] = 1;
			stack[n++] = b;
		}
	}
	free(stack);
}

static void back_edge(const struct ir_function *fn, const struct predecessors *preds,
		      struct loop_info *loops, int head, int tail)
{
	if (!loops->body[head])
		loops->body[head] = xcalloc(fn->nblocks, 1);
	mark_body(fn, preds, loops->body[head], head, tail);
}

/* Iterative depth-first search: an edge to a block on the stack is a back edge. */
static void find_back_edges(const struct ir_function *fn, struct loop_info *loops)
{
	int *stack = xcalloc(fn->nblocks + 1, sizeof(int));
	int *next = xcalloc(fn->nblocks, sizeof(int));
	char *state = xcalloc(fn->nblocks, 1);	/* 0 new, 1 on stack, 2 done */
	struct predecessors preds;
	int n = 0;

	find_predecessors(fn, &preds);
	stack[n++] = 0;
	state[0] = 1;
	while (n) {
		int b = stack[n - 1];
		const struct ir_block *blk = &fn->blocks[b];
		int succ;

		if (next[b] >= ir_term_nsuccs(&blk->term)) {
			state[b] = 2;
			n--;
			continue;
		}
		succ = blk->term.succ[next[b]++];
		if (!valid(fn, succ))
			continue;
		if (state[succ] == 1)
			back_edge(fn, &preds, loops, succ, b);
		else if (state[succ] == 0) {
			state[succ] = 1;
			stack[n++] = succ;
		}
	}
	free(preds.first);
	free(preds.blocks);
	free(stack);
	free(next);
	free(state);
}

/* Whether an instruction may give `var` a new value. */
static bool writes_var(const struct ir_instr *in, int var)
{
	switch (in->op) {
	case IR_ASSIGN:
		return in->assign.dest == var;
	case IR_CALL:
		return in->call.dest == var;
	case IR_CLOBBER:
		return in->clobber.var == var;
	default:
		return false;
	}
}

static bool body_writes(const struct ir_function *fn, const unsigned char *body,
			int var)
{
	int b, i;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; body[b] && i < fn->blocks[b].ninstrs; i++)
			if (writes_var(&fn->blocks[b].instrs[i], var))
				return true;
	return false;
}

/*
 * A loop whose head tests only scalars of the frame that its body never
 * assigns (`next: if (start >= end) { ...; goto next; }`, a retry written
 * with goto) keeps its test's answer while it turns: once in, it leaves
 * only by its other exits.  Its head's other side is reached only from
 * outside, so such a loop is not assumed to run at least once.
 */
static bool test_fixed_in_body(const struct ir_function *fn,
			       const unsigned char *body, const struct ir_expr *cond)
{
	int i;

	if (!cond->nreads || cond->kind == IR_EXPR_MEMORY)
		return false;
	for (i = 0; i < cond->nreads; i++) {
		int var = cond->reads[i];
		const struct ir_var *v;

		if (var < 0 || var >= fn->nvars)
			return false;
		v = &fn->vars[var];
		if ((v->kind != IR_VAR_LOCAL && v->kind != IR_VAR_PARAM) ||
		    v->is_pointer || v->is_aggregate || v->address_taken ||
		    body_writes(fn, body, var))
			return false;
	}
	return true;
}

void loops_find(const struct ir_function *fn, struct loop_info *loops)
{
	int b;

	loops->nblocks = fn->nblocks;
	loops->entry_side = xcalloc(fn->nblocks, 1);
	loops->body = xcalloc(fn->nblocks, sizeof(*loops->body));
	find_back_edges(fn, loops);
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		bool in0, in1;

		loops->entry_side[b] = -1;
		if (!loops->body[b] || blk->term.kind != IR_TERM_BRANCH ||
		    !valid(fn, blk->term.succ[0]) || !valid(fn, blk->term.succ[1]))
			continue;
		in0 = loops->body[b][blk->term.succ[0]];
		in1 = loops->body[b][blk->term.succ[1]];
		if (in0 != in1 &&
		    !test_fixed_in_body(fn, loops->body[b], &blk->term.cond))
			loops->entry_side[b] = in0 ? 0 : 1;
	}
}

void loops_free(struct loop_info *loops)
{
	int b;

	for (b = 0; b < loops->nblocks; b++)
		free(loops->body[b]);
	free(loops->body);
	free(loops->entry_side);
}

bool loops_branch_exits(const struct loop_info *loops,
			const struct ir_function *fn, int block)
{
	const struct ir_term *term = &fn->blocks[block].term;
	int head, i;

	for (head = 0; head < loops->nblocks; head++) {
		if (!loops->body[head] || !loops->body[head][block])
			continue;
		for (i = 0; i < ir_term_nsuccs(term); i++)
			if (valid(fn, term->succ[i]) &&
			    !loops->body[head][term->succ[i]])
				return true;
	}
	return false;
}

int loops_restrict(const struct loop_info *loops, int block, int from, int sides)
{
	int entry;

	if (block < 0 || block >= loops->nblocks || loops->entry_side[block] < 0)
		return sides;
	if (from >= 0 && from < loops->nblocks && loops->body[block][from])
		return sides;	/* another iteration: it may stop here */
	entry = 1 << loops->entry_side[block];
	return sides & entry ? entry : sides;
}

/* Which loops hold the map's block, the unmap's, or one but not the other. */
struct loop_spread {
	bool map_in_loop, map_only, unmap_only;
};

static bool loop_spread(const struct loop_info *loops, int map_block,
			int unmap_block, struct loop_spread *sp)
{
	int h;

	memset(sp, 0, sizeof(*sp));
	if (map_block < 0 || map_block >= loops->nblocks ||
	    unmap_block < 0 || unmap_block >= loops->nblocks)
		return false;
	for (h = 0; h < loops->nblocks; h++) {
		const unsigned char *body = loops->body[h];

		if (!body)
			continue;
		sp->map_in_loop |= body[map_block];
		sp->map_only |= body[map_block] && !body[unmap_block];
		sp->unmap_only |= body[unmap_block] && !body[map_block];
	}
	return true;
}

/*
 * Only loops that hold one of the two blocks but not the other count.  A
 * loop around both (an outer loop that maps, then unmaps and maps again in
 * an inner loop) makes and releases once per iteration: the walk follows
 * each of its mappings on its own.
 */
bool loops_across(const struct loop_info *loops, int map_block, int unmap_block)
{
	struct loop_spread sp;

	return loop_spread(loops, map_block, unmap_block, &sp) &&
	       sp.map_only && sp.unmap_only;
}

bool loops_unmap_apart(const struct loop_info *loops, int map_block,
		       int unmap_block)
{
	struct loop_spread sp;

	return loop_spread(loops, map_block, unmap_block, &sp) &&
	       sp.map_in_loop && sp.unmap_only;
}
