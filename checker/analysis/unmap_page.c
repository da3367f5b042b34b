// SPDX-License-Identifier: GPL-2.0
/*
 * unmap_page.c - does this function kmap() the very page a kunmap() with
 * nothing live names?  Only then does it know that the page was not mapped
 * on this path: the same variable, never given another page, or the same
 * memory, never written in this function.  A page from anywhere else may
 * have been mapped where the analysis does not look.
 */
#include <string.h>
#include "analysis/walk.h"

int var_write_count(const struct ir_function *fn, int var)
{
	int b, i, n = 0;

	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		for (i = 0; i < blk->ninstrs; i++) {
			const struct ir_instr *in = &blk->instrs[i];

			n += (in->op == IR_ASSIGN && in->assign.dest == var) ||
			     (in->op == IR_CALL && in->call.dest == var) ||
			     (in->op == IR_CLOBBER && in->clobber.var == var);
		}
	}
	return n;
}

/* How many stores write the memory spelled `text`. */
static int memory_writes(struct hm_walk *w, const char *text)
{
	const struct ir_function *fn = w->fn;
	int b, i, n = 0;

	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		for (i = 0; i < blk->ninstrs; i++) {
			const struct ir_instr *in = &blk->instrs[i];

			n += in->op == IR_STORE &&
			     intern_compact(w->an->strings,
					    in->store.target.text) == text;
		}
	}
	return n;
}

/* One page all along: a parameter or a variable set once, or unwritten memory. */
static bool names_one_page(struct hm_walk *w, const struct unmap_target *t,
			   const char *page_text)
{
	int var = t->var;

	if (var >= 0 && var < w->fn->nvars) {
		int writes = var_write_count(w->fn, var);

		return w->fn->vars[var].kind == IR_VAR_PARAM ? writes == 0
							     : writes == 1;
	}
	return t->memory && memory_writes(w, page_text) == 0;
}

static bool maps_page_at(struct hm_walk *w, const struct ir_instr *in,
			 const struct unmap_target *t, const char *page_text)
{
	const struct api_entry *api;
	const struct ir_expr *page;
	const char *name;

	if (in->op != IR_CALL)
		return false;
	api = call_api(w, in, &name);
	if (!api || api->kind != API_MAP || api->family != FAMILY_PKMAP ||
	    api->page_arg < 0 || api->page_arg >= in->call.nargs)
		return false;
	page = &in->call.args[api->page_arg];
	if (t->var >= 0)
		return page->kind == IR_EXPR_VAR && page->var == t->var;
	return intern_compact(w->an->strings, page->text) == page_text;
}

bool maps_this_page(struct hm_walk *w, const struct unmap_target *t)
{
	const char *page_text = intern_compact(w->an->strings, t->text);
	int saved = w->block, b, i;
	bool found = false;

	if (!names_one_page(w, t, page_text))
		return false;
	for (b = 0; b < w->fn->nblocks && !found; b++) {
		const struct ir_block *blk = &w->fn->blocks[b];

		w->block = b;
		for (i = 0; i < blk->ninstrs && !found; i++)
			found = maps_page_at(w, &blk->instrs[i], t, page_text);
	}
	w->block = saved;
	return found;
}
