// SPDX-License-Identifier: GPL-2.0
/*
 * lower_finish.c - close the graph: every open block returns, blocks that
 * cannot be reached from the entry go, the rest move into the tu's arena
 * with dense numbers.
 */
#include <stdlib.h>
#include <string.h>

#include "lower.h"

static void close_open_blocks(struct lower *lw)
{
	for (int i = 0; i < lw->nblocks; i++) {
		struct block_builder *block = &lw->blocks[i];

		if (block->terminated)
			continue;
		block->terminated = true;
		block->term.kind = IR_TERM_RETURN;
		block->term.loc = lw->end_loc;
		block->term.succ[0] = block->term.succ[1] = -1;
		block->term.cond = no_expr();
		block->term.value = no_expr();
	}
}

/* Where a jump to `block` ends up, past empty unlabeled blocks that only jump. */
static int jump_destination(struct lower *lw, int block)
{
	for (int steps = 0; steps < lw->nblocks; steps++) {
		struct block_builder *b = &lw->blocks[block];

		if (block == 0 || b->ninstrs || b->label || b->term.kind != IR_TERM_GOTO)
			break;
		block = b->term.succ[0];
	}
	return block;
}

static void thread_jumps(struct lower *lw)
{
	for (int i = 0; i < lw->nblocks; i++) {
		struct ir_term *term = &lw->blocks[i].term;

		for (int s = 0; s < ir_term_nsuccs(term); s++)
			term->succ[s] = jump_destination(lw, term->succ[s]);
	}
}

static int number_reachable(struct lower *lw, int *new_id);

/* Predecessors among the blocks reachable from the entry. */
static void count_predecessors(struct lower *lw, int *preds, int *reachable)
{
	number_reachable(lw, reachable);
	memset(preds, 0, lw->nblocks * sizeof(int));
	for (int i = 0; i < lw->nblocks; i++) {
		if (reachable[i] < 0)
			continue;
		struct ir_term *term = &lw->blocks[i].term;

		for (int s = 0; s < ir_term_nsuccs(term); s++)
			preds[term->succ[s]]++;
	}
}

static void append_block(struct block_builder *to, struct block_builder *from)
{
	if (to->ninstrs + from->ninstrs > to->capacity) {
		to->capacity = to->ninstrs + from->ninstrs;
		to->instrs = realloc(to->instrs, to->capacity * sizeof(*to->instrs));
		if (!to->instrs)
			abort();
	}
	if (from->ninstrs)
		memcpy(to->instrs + to->ninstrs, from->instrs,
		       from->ninstrs * sizeof(*to->instrs));
	to->ninstrs += from->ninstrs;
	to->term = from->term;
	from->ninstrs = 0;
	from->term.kind = IR_TERM_UNREACHABLE;	/* now unreachable: dropped below */
}

/* A straight line of blocks, each the only way into the next, is one block. */
static void merge_straight_lines(struct lower *lw)
{
	int *preds = malloc(lw->nblocks * sizeof(int));
	int *reachable = malloc(lw->nblocks * sizeof(int));

	count_predecessors(lw, preds, reachable);
	for (int i = 0; i < lw->nblocks; i++) {
		struct block_builder *block = &lw->blocks[i];

		while (reachable[i] >= 0 && block->term.kind == IR_TERM_GOTO) {
			int next = block->term.succ[0];

			if (next == i || next == 0 || preds[next] != 1 || lw->blocks[next].label)
				break;
			append_block(block, &lw->blocks[next]);
			preds[next] = 0;
		}
	}
	free(preds);
	free(reachable);
}

/* new_id[i]: the final number of block i, or -1 when it is unreachable. */
static int number_reachable(struct lower *lw, int *new_id)
{
	int *stack = malloc(lw->nblocks * sizeof(int));
	int top = 0, count = 0;

	for (int i = 0; i < lw->nblocks; i++)
		new_id[i] = -1;
	new_id[0] = 0;
	stack[top++] = 0;
	/* Depth first, but numbered in creation order below, for stable dumps. */
	while (top > 0) {
		struct ir_term *term = &lw->blocks[stack[--top]].term;

		for (int s = 0; s < ir_term_nsuccs(term); s++) {
			int next = term->succ[s];

			if (new_id[next] < 0) {
				new_id[next] = 0;
				stack[top++] = next;
			}
		}
	}
	free(stack);
	for (int i = 0; i < lw->nblocks; i++)
		if (new_id[i] >= 0)
			new_id[i] = count++;
	return count;
}

static void move_block(struct lower *lw, const struct block_builder *from,
		       struct ir_block *to, const int *new_id)
{
	to->ninstrs = from->ninstrs;
	to->instrs = arena_copy(&lw->tu->arena, from->instrs,
				from->ninstrs * sizeof(*from->instrs));
	to->term = from->term;
	to->label = from->label;
	for (int s = 0; s < ir_term_nsuccs(&to->term); s++)
		to->term.succ[s] = new_id[to->term.succ[s]];
	if (to->term.kind != IR_TERM_BRANCH)
		to->term.succ[1] = -1;
	if (ir_term_nsuccs(&to->term) == 0)
		to->term.succ[0] = -1;
}

void finish_function(struct lower *lw)
{
	struct ir_function *fn = lw->fn;
	int *new_id = malloc(lw->nblocks * sizeof(int));

	close_open_blocks(lw);
	thread_jumps(lw);
	merge_straight_lines(lw);
	fn->nblocks = number_reachable(lw, new_id);
	fn->blocks = arena_alloc(&lw->tu->arena, fn->nblocks * sizeof(*fn->blocks));
	for (int i = 0; i < lw->nblocks; i++) {
		if (new_id[i] < 0)
			continue;
		fn->blocks[new_id[i]].id = new_id[i];
		move_block(lw, &lw->blocks[i], &fn->blocks[new_id[i]], new_id);
	}
	fn->nvars = lw->nvars;
	fn->vars = arena_copy(&lw->tu->arena, lw->vars, lw->nvars * sizeof(*lw->vars));
	fn->truncated = lw->truncated;
	free(new_id);
}
