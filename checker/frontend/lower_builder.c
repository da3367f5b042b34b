// SPDX-License-Identifier: GPL-2.0
/*
 * lower_builder.c - basic blocks under construction, and the finished graph.
 *
 * Code after a return or goto still gets lowered, into a block nothing jumps
 * to; finish_function() drops such blocks and numbers the rest densely.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower.h"
#include "source_text.h"

static void *grow(void *array, int *capacity, size_t item)
{
	*capacity = *capacity ? *capacity * 2 : 8;
	array = realloc(array, *capacity * item);
	if (!array) {
		fprintf(stderr, "hmcheck: out of memory (lowering)\n");
		exit(2);
	}
	return array;
}

int new_block(struct lower *lw)
{
	if (lw->nblocks == lw->block_capacity)
		lw->blocks = grow(lw->blocks, &lw->block_capacity, sizeof(*lw->blocks));
	memset(&lw->blocks[lw->nblocks], 0, sizeof(*lw->blocks));
	return lw->nblocks++;
}

/* The block code goes into now: a fresh, unreachable one after a jump. */
static struct block_builder *current_block(struct lower *lw)
{
	if (lw->blocks[lw->current].terminated)
		lw->current = new_block(lw);
	return &lw->blocks[lw->current];
}

/* Where falling out of the current block happens: after its last instruction. */
static struct ir_loc fall_loc(struct lower *lw)
{
	struct block_builder *block = &lw->blocks[lw->current];

	if (block->ninstrs > 0)
		return block->instrs[block->ninstrs - 1].loc;
	return lw->fn->loc;
}

/* Continue in `block`; the current block, if still open, falls into it. */
void start_block(struct lower *lw, int block)
{
	if (!lw->blocks[lw->current].terminated && lw->current != block)
		end_goto(lw, block, fall_loc(lw));
	lw->current = block;
}

struct ir_instr *emit(struct lower *lw, enum ir_op op, struct ir_loc loc)
{
	struct block_builder *block = current_block(lw);
	struct ir_instr *instr;

	if (block->ninstrs == block->capacity)
		block->instrs = grow(block->instrs, &block->capacity, sizeof(*instr));
	instr = &block->instrs[block->ninstrs++];
	memset(instr, 0, sizeof(*instr));
	instr->op = op;
	instr->loc = loc;
	return instr;
}

static struct ir_term *end_block(struct lower *lw, enum ir_term_kind kind,
				 struct ir_loc loc)
{
	struct block_builder *block = current_block(lw);

	block->terminated = true;
	block->term.kind = kind;
	block->term.loc = loc;
	block->term.succ[0] = block->term.succ[1] = -1;
	block->term.cond = no_expr();
	block->term.value = no_expr();
	return &block->term;
}

void end_goto(struct lower *lw, int target, struct ir_loc loc)
{
	end_block(lw, IR_TERM_GOTO, loc)->succ[0] = target;
}

void end_branch(struct lower *lw, struct ir_expr cond, int if_true, int if_false)
{
	struct ir_term *term = end_block(lw, IR_TERM_BRANCH, cond.loc);

	term->cond = cond;
	term->succ[0] = if_true;
	term->succ[1] = if_false;
}

void end_return(struct lower *lw, struct ir_expr value, struct ir_loc loc)
{
	end_block(lw, IR_TERM_RETURN, loc)->value = value;
}

void end_unreachable(struct lower *lw, struct ir_loc loc)
{
	end_block(lw, IR_TERM_UNREACHABLE, loc);
}

static struct label_entry *new_label(struct lower *lw, const char *name)
{
	struct label_entry *label;

	if (lw->nlabels == lw->label_capacity)
		lw->labels = grow(lw->labels, &lw->label_capacity, sizeof(*lw->labels));
	label = &lw->labels[lw->nlabels++];
	memset(label, 0, sizeof(*label));
	label->name = arena_intern(&lw->tu->arena, name);
	label->block = new_block(lw);
	lw->blocks[label->block].label = label->name;
	return label;
}

/* A label by name alone (asm goto's operands): the first of that name. */
int label_block(struct lower *lw, const char *name)
{
	for (int i = 0; i < lw->nlabels; i++)
		if (strcmp(lw->labels[i].name, name) == 0)
			return lw->labels[i].block;
	return new_label(lw, name)->block;
}

/*
 * A label statement, found by where it is: local labels (`__label__
 * __out;` in each expansion of a wait macro) share their name within a
 * function.  Each expansion has its own place, and a label and every goto
 * to it name the same statement.
 */
int label_stmt_block(struct lower *lw, CXCursor label)
{
	CXString spelling = clang_getCursorSpelling(label);
	const char *name = clang_getCString(spelling);
	struct label_entry *entry = NULL;
	unsigned offset;

	clang_getExpansionLocation(clang_getCursorLocation(label), NULL, NULL,
				   NULL, &offset);
	offset++;	/* 0 stands for "not known" */
	for (int i = 0; i < lw->nlabels && !entry; i++)
		if (strcmp(lw->labels[i].name, name) == 0 &&
		    (!lw->labels[i].offset || lw->labels[i].offset == offset))
			entry = &lw->labels[i];
	if (!entry)
		entry = new_label(lw, name);
	entry->offset = offset;
	clang_disposeString(spelling);
	return entry->block;
}

void cannot_lower(struct lower *lw, CXCursor cursor, const char *what)
{
	struct ir_loc loc = cursor_start(lw->tu, cursor);

	lw->truncated = true;
	if (lw->tu->opts.verbose)
		fprintf(stderr, "%s:%u:%u: note: cannot lower %s in %s(); its IR is partial\n",
			loc.file, loc.line, loc.col, what, lw->fn->name);
}

void cannot_lower_kind(struct lower *lw, CXCursor cursor, const char *what)
{
	CXString kind = clang_getCursorKindSpelling(clang_getCursorKind(cursor));
	char text[128];

	snprintf(text, sizeof(text), "an unhandled %s (%s)", what, clang_getCString(kind));
	clang_disposeString(kind);
	cannot_lower(lw, cursor, text);
}
