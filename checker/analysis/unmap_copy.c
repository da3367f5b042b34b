// SPDX-License-Identifier: GPL-2.0
/*
 * unmap_copy.c - "page = pages[i]; kunmap(page);".  The kmap() of an array
 * element is recorded under the element's text, "pages[i]"; the unmap
 * names a variable just loaded from that element.  When nothing between
 * the load and the unmap may change the element or what its text reads
 * (the index, the array), the variable and the text are one value, and the
 * unmap names the page the text names.  The variable alone may still name
 * a page it held before (an earlier kmap(page) of it, since released).
 */
#include "analysis/walk.h"

/* Blocks followed back to the load, each the only way into the next. */
#define HM_COPY_MAX_BLOCKS	4

static bool writes_var(const struct ir_instr *in, int var)
{
	return (in->op == IR_ASSIGN && in->assign.dest == var) ||
	       (in->op == IR_CALL && in->call.dest == var) ||
	       (in->op == IR_CLOBBER && in->clobber.var == var);
}

/* The instruction whose call arguments hold `arg`, or -1. */
static int call_holding(const struct ir_block *blk, const struct ir_expr *arg)
{
	int i;

	for (i = 0; i < blk->ninstrs; i++) {
		const struct ir_call *call = &blk->instrs[i].call;

		if (blk->instrs[i].op == IR_CALL && arg >= call->args &&
		    arg < call->args + call->nargs)
			return i;
	}
	return -1;
}

/* The only block jumping to `block`, or -1. */
static int only_predecessor(const struct ir_function *fn, int block)
{
	int b, k, found = -1;

	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_term *term = &fn->blocks[b].term;

		for (k = 0; k < ir_term_nsuccs(term); k++) {
			if (term->succ[k] != block)
				continue;
			if (found >= 0 && found != b)
				return -1;
			found = b;
		}
	}
	return found;
}

static bool same_loc(struct ir_loc a, struct ir_loc b)
{
	return a.line == b.line && a.col == b.col && a.file == b.file;
}

/*
 * May `in` change the memory `src` names or a variable it reads?  A call
 * at the unmap's own location is the unmap macro's expansion, not code
 * between: a wrapper's bookkeeping call ("(trace(), kunmap(page))").
 */
static bool may_change(const struct ir_instr *in, const struct ir_expr *src,
		       struct ir_loc unmap)
{
	int r;

	if (in->op == IR_CALL && same_loc(in->loc, unmap))
		return false;
	if (in->op == IR_STORE || in->op == IR_CALL)
		return true;
	for (r = 0; r < src->nreads; r++)
		if (writes_var(in, src->reads[r]))
			return true;
	return false;
}

/*
 * Walk back from instruction `end` of `block` to the last write of `var`;
 * `after` collects the instructions between, checked once the load is found.
 */
static const struct ir_instr *last_write(const struct ir_function *fn, int block,
					 int end, int var, int *nafter,
					 const struct ir_instr **after, int max)
{
	int b = block, n, i;

	for (n = 0; n < HM_COPY_MAX_BLOCKS && b >= 0; n++) {
		const struct ir_block *blk = &fn->blocks[b];

		for (i = (n == 0 ? end : blk->ninstrs) - 1; i >= 0; i--) {
			if (writes_var(&blk->instrs[i], var))
				return &blk->instrs[i];
			if (*nafter == max)
				return NULL;
			after[(*nafter)++] = &blk->instrs[i];
		}
		b = only_predecessor(fn, b);
	}
	return NULL;
}

const char *unmap_copied_from(struct hm_walk *w, const struct ir_expr *arg)
{
	const struct ir_function *fn = w->fn;
	const struct ir_instr *after[32], *load;
	int end, nafter = 0, i;

	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0 ||
	    w->block < 0 || w->block >= fn->nblocks)
		return NULL;
	end = call_holding(&fn->blocks[w->block], arg);
	if (end < 0)
		return NULL;
	load = last_write(fn, w->block, end, arg->var, &nafter, after, 32);
	if (!load || load->op != IR_ASSIGN ||
	    load->assign.src.kind != IR_EXPR_MEMORY)
		return NULL;
	for (i = 0; i < nafter; i++)
		if (may_change(after[i], &load->assign.src,
			       fn->blocks[w->block].instrs[end].loc))
			return NULL;
	return intern_compact(w->an->strings, load->assign.src.text);
}
