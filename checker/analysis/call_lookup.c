// SPDX-License-Identifier: GPL-2.0
/*
 * call_lookup.c - which model entry a call has.  The callee's own entry is
 * the most precise; a macro's entry stands for the call it expands to, but
 * only for the last call of its expansion (kshim's and tracing macros put
 * helper calls before the real one).
 */
#include <string.h>
#include "analysis/walk.h"

/* The block being walked, if `in` is one of its instructions (else NULL). */
static const struct ir_block *block_holding(const struct hm_walk *w,
					    const struct ir_instr *in)
{
	const struct ir_block *b;

	if (w->block < 0 || w->block >= w->fn->nblocks)
		return NULL;
	b = &w->fn->blocks[w->block];
	if (in < b->instrs || in >= b->instrs + b->ninstrs)
		return NULL;
	return b;
}

/*
 * Whether a later call in the same block comes from the same macro
 * expansion: `kunmap_local(p)` may expand to `do { trace(); __kunmap_local(p); }`,
 * and only the last call of the expansion is the one the macro names.
 */
static bool later_call_in_expansion(const struct hm_walk *w,
				    const struct ir_instr *in)
{
	const struct ir_block *b;
	const struct ir_instr *next;

	b = block_holding(w, in);
	if (!b)
		return false;
	for (next = in + 1; next < b->instrs + b->ninstrs; next++) {
		const char *macro, *callee;

		if (next->op != IR_CALL || next->loc.line != in->loc.line)
			continue;
		macro = next->call.macro;
		callee = next->call.callee;
		if ((macro && !strcmp(macro, in->call.macro)) ||
		    (callee && !strcmp(callee, in->call.macro)))
			return true;
	}
	return false;
}

/*
 * Whether an earlier call of the same expansion did what the macro's entry
 * says by its own entry: local_lock_irqsave() expands to
 * arch_local_irq_save(), itself `enter irq`, then local_lock_acquire();
 * the macro's `enter irq` on the last call entered irq a second time,
 * which local_unlock_irqrestore() (its own arch_local_irq_restore()) left
 * once only, and the path stayed atomic (kernel/kcov.c:912).
 */
static bool earlier_call_did_it(struct hm_walk *w, const struct ir_instr *in,
				const struct api_entry *macro_api)
{
	const struct ir_block *b;
	const struct ir_instr *prev;
	const struct api_entry *api;

	b = block_holding(w, in);
	if (!b)
		return false;
	for (prev = b->instrs; prev < in; prev++) {
		if (prev->op != IR_CALL || prev->loc.line != in->loc.line ||
		    !prev->call.macro || !prev->call.callee ||
		    strcmp(prev->call.macro, in->call.macro))
			continue;
		api = model_lookup(w->an->model, prev->call.callee);
		if (api && api->kind == macro_api->kind && api->context &&
		    macro_api->context && !strcmp(api->context, macro_api->context))
			return true;
	}
	return false;
}

/*
 * The model's entry for a call.  The callee's own entry is the most precise;
 * a macro's entry stands for the call it expands to.  The name used in
 * messages is the one written in the source.
 */
const struct api_entry *call_api(struct hm_walk *w,
					const struct ir_instr *in,
					const char **name)
{
	const struct ir_call *call = &in->call;
	const struct api_entry *api = NULL, *macro_api = NULL;

	if (call->macro)
		macro_api = model_lookup(w->an->model, call->macro);
	if (call->callee)
		api = model_lookup(w->an->model, call->callee);
	*name = call->callee;
	if (api) {
		if (macro_api && macro_api->kind == api->kind)
			*name = call->macro;
		return api;
	}
	if (!macro_api || later_call_in_expansion(w, in) ||
	    earlier_call_did_it(w, in, macro_api))
		return NULL;
	*name = call->macro;
	return macro_api;
}

void find_mapped_families(struct hm_walk *w)
{
	const char *name;
	int b, i;

	for (b = 0; b < w->fn->nblocks; b++) {
		const struct ir_block *blk = &w->fn->blocks[b];

		w->block = b;
		for (i = 0; i < blk->ninstrs; i++) {
			const struct api_entry *api;

			if (blk->instrs[i].op != IR_CALL)
				continue;
			api = call_api(w, &blk->instrs[i], &name);
			if (!api || api->family > FAMILY_PKMAP)
				continue;
			if (api->kind == API_MAP)
				w->maps_family[api->family] = true;
			if (api->kind == API_UNMAP)
				w->unmaps_family[api->family] = true;
		}
	}
	w->block = -1;
}
