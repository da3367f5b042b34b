// SPDX-License-Identifier: GPL-2.0
/*
 * liveness.c - which variables each block may read before assigning them
 * (liveness.h).
 */
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/liveness.h"

/*
 * The textbook backward data flow over the blocks: a variable is
 * live at a block's start if some path from there reads it before any
 * assignment.  Assignments matter: a loop's `e = lookup()` makes the last
 * iteration's `e` dead at the loop's head, and states that differ only in
 * it would otherwise fill the head's budget.
 */
struct liveness {
	int words;			/* per block, bits of nvars */
	unsigned long long *use;	/* read before assigned in the block */
	unsigned long long *def;	/* assigned in the block */
	unsigned long long *in;		/* live at the block's start */
};

static unsigned long long *row(unsigned long long *set, int words, int block)
{
	return set + (size_t)block * words;
}

static void note_read(unsigned long long *use, const unsigned long long *def,
		      int nvars, int var)
{
	unsigned long long bit;

	if (var < 0 || var >= nvars)
		return;
	bit = 1ULL << (var % 64);
	if (!(def[var / 64] & bit))
		use[var / 64] |= bit;
}

static void note_expr(unsigned long long *use, const unsigned long long *def,
		      int nvars, const struct ir_expr *e)
{
	int i;

	for (i = 0; i < e->nreads; i++)
		note_read(use, def, nvars, e->reads[i]);
	note_read(use, def, nvars, e->var);
}

static void note_write(unsigned long long *def, int nvars, int var)
{
	if (var >= 0 && var < nvars)
		def[var / 64] |= 1ULL << (var % 64);
}

static void scan_instr(unsigned long long *use, unsigned long long *def,
		       int nvars, const struct ir_instr *in)
{
	int i;

	switch (in->op) {
	case IR_CALL:
		for (i = 0; i < in->call.nargs; i++)
			note_expr(use, def, nvars, &in->call.args[i]);
		note_write(def, nvars, in->call.dest);
		break;
	case IR_ASSIGN:
		note_expr(use, def, nvars, &in->assign.src);
		note_write(def, nvars, in->assign.dest);
		break;
	case IR_STORE:
		note_expr(use, def, nvars, &in->store.target);
		note_expr(use, def, nvars, &in->store.src);
		break;
	case IR_DEREF:
		note_read(use, def, nvars, in->deref.var);
		break;
	case IR_CLOBBER:
		note_read(use, def, nvars, in->clobber.var);
		break;
	}
}

static void scan_block(unsigned long long *use, unsigned long long *def,
		       int nvars, const struct ir_block *b)
{
	int i;

	for (i = 0; i < b->ninstrs; i++)
		scan_instr(use, def, nvars, &b->instrs[i]);
	if (b->term.kind == IR_TERM_BRANCH)
		note_expr(use, def, nvars, &b->term.cond);
	if (b->term.kind == IR_TERM_RETURN)
		note_expr(use, def, nvars, &b->term.value);
}

/* in = use | (out & ~def); whether it grew. */
static bool flow_block(const struct ir_function *fn, struct liveness *l, int b)
{
	const struct ir_term *t = &fn->blocks[b].term;
	unsigned long long out, grown = 0, *in = row(l->in, l->words, b);
	int i, k, succ;

	for (k = 0; k < l->words; k++) {
		out = 0;
		for (i = 0; i < ir_term_nsuccs(t); i++) {
			succ = t->succ[i];
			if (succ >= 0 && succ < fn->nblocks)
				out |= row(l->in, l->words, succ)[k];
		}
		out = row(l->use, l->words, b)[k] | (out & ~row(l->def, l->words, b)[k]);
		grown |= out & ~in[k];
		in[k] |= out;
	}
	return grown != 0;
}

struct liveness *liveness_new(const struct ir_function *fn)
{
	struct liveness *l = xcalloc(1, sizeof(*l));
	size_t n;
	bool grown;
	int b;

	l->words = fn->nvars / 64 + 1;
	n = (size_t)fn->nblocks * l->words;
	l->use = xcalloc(n, sizeof(*l->use));
	l->def = xcalloc(n, sizeof(*l->def));
	l->in = xcalloc(n, sizeof(*l->in));
	for (b = 0; b < fn->nblocks; b++)
		scan_block(row(l->use, l->words, b), row(l->def, l->words, b),
			   fn->nvars, &fn->blocks[b]);
	do {
		grown = false;
		for (b = fn->nblocks - 1; b >= 0; b--)
			grown |= flow_block(fn, l, b);
	} while (grown);
	return l;
}

void liveness_free(struct liveness *l)
{
	if (!l)
		return;
	free(l->use);
	free(l->def);
	free(l->in);
	free(l);
}

bool liveness_live_at(const struct liveness *l, int block, int var)
{
	return row(l->in, l->words, block)[var / 64] & (1ULL << (var % 64));
}
