// SPDX-License-Identifier: GPL-2.0
/*
 * dead_vars.c - forget what variables nothing ahead reads still hold.
 *
 * States reaching a join late in a long function differ mostly in values
 * nobody will read again: the temporaries of a min() or a call long behind,
 * an offset of the other arm.  Kept, they fill the block's budget, and past
 * it the branch facts go: `if (cp->crc_size) map ... if (cp->crc_size)
 * unmap` is lost and a false leak or double unmap reported.  A variable no
 * block reachable from here reads (nor its address, nor a parameter's
 * origin a summary may want) is set back to "no mapping" so such states
 * merge; the mappings themselves are records and stay.
 */
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/dead_vars.h"

static void mark_reads(unsigned char *live, int nvars, const struct ir_expr *e)
{
	int i;

	for (i = 0; i < e->nreads; i++)
		if (e->reads[i] >= 0 && e->reads[i] < nvars)
			live[e->reads[i]] = 1;
	if (e->var >= 0 && e->var < nvars)
		live[e->var] = 1;
}

static void mark_var(unsigned char *live, int nvars, int var)
{
	if (var >= 0 && var < nvars)
		live[var] = 1;
}

static void mark_instr(unsigned char *live, int nvars, const struct ir_instr *in)
{
	int i;

	switch (in->op) {
	case IR_CALL:
		for (i = 0; i < in->call.nargs; i++)
			mark_reads(live, nvars, &in->call.args[i]);
		break;
	case IR_ASSIGN:
		mark_reads(live, nvars, &in->assign.src);
		break;
	case IR_STORE:
		mark_reads(live, nvars, &in->store.target);
		mark_reads(live, nvars, &in->store.src);
		break;
	case IR_DEREF:
		mark_var(live, nvars, in->deref.var);
		break;
	case IR_CLOBBER:
		mark_var(live, nvars, in->clobber.var);
		break;
	}
}

static void mark_block(unsigned char *live, int nvars, const struct ir_block *b)
{
	int i;

	for (i = 0; i < b->ninstrs; i++)
		mark_instr(live, nvars, &b->instrs[i]);
	if (b->term.kind == IR_TERM_BRANCH)
		mark_reads(live, nvars, &b->term.cond);
	if (b->term.kind == IR_TERM_RETURN)
		mark_reads(live, nvars, &b->term.value);
}

/* Variables that may be read from the start of `start` on. */
static unsigned char *live_from(const struct ir_function *fn, int start)
{
	unsigned char *reached = reachable_from(fn, start);
	unsigned char *live = xcalloc((size_t)fn->nvars + 1, 1);
	int i;

	for (i = 0; i < fn->nblocks; i++)
		if (reached[i])
			mark_block(live, fn->nvars, &fn->blocks[i]);
	free(reached);
	return live;
}

static bool always_live(const struct ir_var *v)
{
	return v->kind == IR_VAR_PARAM || v->kind == IR_VAR_GLOBAL ||
	       v->kind == IR_VAR_STATIC || v->address_taken || v->is_aggregate;
}

void forget_dead_vars(struct hm_walk *w, struct path_state *s, int block)
{
	unsigned char *live = live_from(w->fn, block);
	int i;

	for (i = 0; i < s->nvars && i < w->fn->nvars; i++) {
		if (live[i] || always_live(&w->fn->vars[i]))
			continue;
		s->values[i] = VALUE_NOT_MAPPING;
		s->param_origin[i] = -1;
		s->param_suffix[i] = NULL;
	}
	free(live);
	state_collect(s);
}
