// SPDX-License-Identifier: GPL-2.0
/*
 * fresh_compare.c - `mapped != before`, where `mapped` holds a mapping
 * made on this path and `before` a local pointer the function set before
 * its first call.  Every mapping is made by a call, so `before` was
 * computed first: it is not the new mapping's address.  KVM's
 * hva_to_pfn_retry() keeps `old_khva` from its entry and, on its next
 * try, unmaps the previous try's kmap() only `if (new_khva != old_khva)`
 * (it reuses the old address without mapping when the pfn is the
 * cache's).  Without this the path that takes the equal side after a
 * kmap() skips the unmap and makes a false leak.  (A kmap() of a page
 * the function's caller had already mapped would give the same address;
 * code comparing the two to decide the unmap would be wrong either way.)
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/fresh_compare.h"
#include "analysis/expr_reads.h"

#define EITHER_SIDE	3

static bool writes(const struct ir_instr *in, int var)
{
	return (in->op == IR_ASSIGN && in->assign.dest == var) ||
	       (in->op == IR_CALL && in->call.dest == var) ||
	       (in->op == IR_CLOBBER && in->clobber.var == var);
}

/* Is the entry block a loop's target too? */
static bool entry_reentered(const struct ir_function *fn)
{
	int b;

	for (b = 0; b < fn->nblocks; b++)
		if (fn->blocks[b].term.succ[0] == 0 ||
		    fn->blocks[b].term.succ[1] == 0)
			return true;
	return false;
}

/*
 * A local written only in the entry block, never through its address,
 * and with no call after its last write there.
 */
static bool set_before_calls(const struct ir_function *fn, int var)
{
	const struct ir_block *entry;
	int b, i;

	if (var < 0 || var >= fn->nvars || fn->vars[var].kind != IR_VAR_LOCAL ||
	    fn->vars[var].address_taken || !fn->nblocks || entry_reentered(fn))
		return false;
	for (b = 1; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++)
			if (writes(&fn->blocks[b].instrs[i], var))
				return false;
	entry = &fn->blocks[0];
	for (i = entry->ninstrs - 1; i >= 0; i--) {
		if (writes(&entry->instrs[i], var))
			return true;
		if (entry->instrs[i].op == IR_CALL)
			return false;
	}
	return false;
}

/* `mapped` holds a live mapping, `before` is not it and predates it. */
static bool differ(const struct hm_walk *w, const struct path_state *s,
		   int mapped, int before)
{
	int record;

	if (mapped < 0 || before < 0 || mapped >= s->nvars ||
	    before >= s->nvars)
		return false;
	record = s->values[mapped];
	return record >= 0 && record < s->nrecords &&
	       s->records[record].live && s->values[before] != record &&
	       set_before_calls(w->fn, before);
}

int fresh_compare_sides(struct hm_walk *w, const struct path_state *s,
			const struct ir_expr *cond)
{
	const char *text = intern_compact(w->an->strings, cond->text);
	const char *op = strstr(text, "!=");
	bool equal = false;
	int left, right;

	if (cond->kind != IR_EXPR_OTHER || cond->nreads != 2)
		return EITHER_SIDE;
	if (!op) {
		op = strstr(text, "==");
		equal = true;
	}
	if (!op)
		return EITHER_SIDE;
	left = expr_read_named(w->fn, cond, text, (size_t)(op - text));
	right = expr_read_named(w->fn, cond, op + 2, strlen(op + 2));
	if (!differ(w, s, left, right) && !differ(w, s, right, left))
		return EITHER_SIDE;
	return equal ? 2 : 1;
}
