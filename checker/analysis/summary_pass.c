// SPDX-License-Identifier: GPL-2.0
/*
 * summary_pass.c - helpers that keep what they are given: a callee storing
 * one parameter into memory another parameter (or a global) reaches, as
 * iosys_map_set_vaddr(map, vaddr) does.  A mapping passed there is held by
 * the caller's memory afterwards, exactly as if the caller had stored it.
 *
 * The callee's body is scanned, not walked: a parameter stored on any path
 * is taken as stored, which is what the helpers that matter do.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"

static bool is_param(const struct ir_function *fn, int var)
{
	return var >= 0 && var < fn->nparams;
}

/* Where in parameter `param` the store goes: "->vaddr", or NULL. */
static const char *param_suffix_of(struct hm_walk *w,
				   const struct ir_function *callee,
				   const struct ir_expr *target)
{
	const char *text = intern_compact(w->an->strings, target->text);
	const char *suffix;

	if (target->kind != IR_EXPR_MEMORY || !is_param(callee, target->var))
		return NULL;
	suffix = suffix_after(w, text, callee->vars[target->var].name);
	return suffix && suffix[0] ? suffix : NULL;
}

static void keep_store(struct hm_walk *w, struct path_state *s, int record,
		       const struct ir_expr *holder, const char *suffix,
		       struct ir_loc loc)
{
	const struct ir_var *base = holder->var >= 0 && holder->var < w->fn->nvars ?
				    &w->fn->vars[holder->var] : NULL;
	struct store_site site = {
		.text = summary_translate(w, holder, suffix),
		.base_var = holder->var, .loc = loc,
		.escapes = holder->kind != IR_EXPR_ADDR_OF ||
			   (base && (base->kind == IR_VAR_GLOBAL ||
				     base->kind == IR_VAR_STATIC)),
	};

	state_drop_stores_at(s, site.text);
	record_add_store(&s->records[record], &site);
}

static void apply_one(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const struct ir_function *callee,
		      const struct ir_instr *store)
{
	const struct ir_expr *src = &store->store.src;
	const struct ir_expr *given, *holder;
	const char *suffix;
	int record;

	if (src->kind != IR_EXPR_VAR || !is_param(callee, src->var) ||
	    src->var >= in->call.nargs)
		return;
	suffix = param_suffix_of(w, callee, &store->store.target);
	if (!suffix || store->store.target.var >= in->call.nargs)
		return;
	given = &in->call.args[src->var];
	holder = &in->call.args[store->store.target.var];
	record = expr_value(w, s, given);
	if (record < 0 || given->kind == IR_EXPR_ADDR_OF)
		return;
	keep_store(w, s, record, holder, suffix, in->loc);
}

void summary_apply_param_stores(struct hm_walk *w, struct path_state *s,
				const struct ir_instr *in,
				const struct summary *sum)
{
	const struct ir_function *callee = tu_function(w->an->tu, sum->name);
	int b, i;

	if (!callee)
		return;
	for (b = 0; b < callee->nblocks; b++) {
		const struct ir_block *blk = &callee->blocks[b];

		for (i = 0; i < blk->ninstrs; i++)
			if (blk->instrs[i].op == IR_STORE)
				apply_one(w, s, in, callee, &blk->instrs[i]);
	}
}

/*
 * A callee kmap()ed the caller's page for its effect (jfs's
 * insert_metapage()): the caller never learns the address, so only a
 * kunmap() of the page could release it.  In a caller that kunmap()s
 * nothing, the page's owner releases it later: a handover.
 */
void summary_kmapped_for_effect(struct hm_walk *w, struct path_state *s,
				int record)
{
	struct map_record *r = &s->records[record];

	if (w->unmaps_family[FAMILY_PKMAP] || !r->page_text[0])
		return;
	record_add_store(r, &(struct store_site){
		.text = r->page_text, .base_var = r->page_var, .loc = r->site,
		.escapes = true, .holds_page = true,
	});
}

/*
 * `release(&ctl)` where ctl holds a mapping and release() has no body here
 * (ceph's readdir cache control): the callee can reach the mapping and is
 * its likely owner.  In a function that never unmaps that family itself,
 * this is a handover, not a leak.
 */
void handover_to_opaque_call(struct hm_walk *w, struct path_state *s,
			     const struct ir_instr *in)
{
	int a, i, j;

	for (a = 0; a < in->call.nargs; a++) {
		const struct ir_expr *arg = &in->call.args[a];

		if (arg->kind != IR_EXPR_ADDR_OF || arg->var < 0)
			continue;
		for (i = 0; i < s->nrecords; i++) {
			struct map_record *r = &s->records[i];

			if (!r->live || w->unmaps_family[r->family])
				continue;
			for (j = 0; j < r->nstores; j++)
				if (r->stores[j].base_var == arg->var)
					r->stores[j].escapes = true;
		}
	}
}
