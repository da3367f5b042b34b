// SPDX-License-Identifier: GPL-2.0
/*
 * lock_guard.c - a lock taken on one side of a test, and released under
 * the same test later:
 *
 *	if (!(dev->features & NETIF_F_LLTX))	HARD_TX_LOCK()
 *		__netif_tx_lock(txq, cpu);
 *	... ops->ndo_start_xmit(skb, dev) ...
 *	if (!(dev->features & NETIF_F_LLTX))	HARD_TX_UNLOCK()
 *		__netif_tx_unlock(txq);
 *
 * The call in between may write dev->features as far as the analysis
 * knows, so the branch fact is gone, and the path that took the lock and
 * skipped the unlock was followed: every sleep after it was reported
 * (net/core/pktgen.c:3602).  Code written so is correct only if the test
 * says the same both times, and that is its author's claim: while the lock
 * is held, the same test (the same text) takes the side that took it.
 * Not when this function itself may write what the test reads after the
 * test was made (a store to that memory, an assignment to its variables):
 * then it may really have changed.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"

#define SIDE_TRUE	1
#define SIDE_FALSE	2

void lock_guard_note(struct hm_walk *w, struct context_depth *c)
{
	const struct ir_block *from;

	c->guard_text = NULL;
	c->guard_by_call = false;
	if (w->from < 0 || w->from >= w->fn->nblocks || w->block < 0)
		return;
	from = &w->fn->blocks[w->from];
	if (from->term.kind != IR_TERM_BRANCH || !from->term.cond.nreads ||
	    from->term.succ[0] == from->term.succ[1])
		return;
	c->guard_text = from->term.cond.text;
	c->guard_value = from->term.succ[0] == w->block;
	c->guard_block = w->block;
}

static bool reads_var(const struct ir_expr *cond, int var)
{
	int i;

	for (i = 0; var >= 0 && i < cond->nreads; i++)
		if (cond->reads[i] == var)
			return true;
	return false;
}

static bool instr_writes(const struct ir_instr *in, const struct ir_expr *cond)
{
	switch (in->op) {
	case IR_ASSIGN:
		return reads_var(cond, in->assign.dest);
	case IR_CALL:
		return reads_var(cond, in->call.dest);
	case IR_STORE:
		return in->store.target.text && in->store.target.text[0] &&
		       strstr(cond->text, in->store.target.text);
	default:
		return false;
	}
}

/* Whether the function writes what `cond` reads anywhere from `start` on. */
static bool written_after(const struct ir_function *fn, int start,
			  const struct ir_expr *cond)
{
	unsigned char *reach = reachable_from(fn, start);
	bool writes = false;
	int b, i;

	for (b = 0; b < fn->nblocks && !writes; b++)
		for (i = 0; reach[b] && i < fn->blocks[b].ninstrs && !writes; i++)
			writes = instr_writes(&fn->blocks[b].instrs[i], cond);
	free(reach);
	return writes;
}

int lock_guard_sides(struct hm_walk *w, const struct path_state *s,
		     const struct ir_block *b)
{
	const struct ir_expr *cond = &b->term.cond;
	const struct context_depth *c;
	int i, sides;

	for (i = 0; i < s->ncontexts; i++) {
		c = &s->contexts[i];
		if (c->depth <= 0 || !c->guard_text)
			continue;
		if (c->guard_by_call) {
			sides = context_guard_sides(w, c, b);
			if (sides)
				return sides;
			continue;
		}
		if (strcmp(c->guard_text, cond->text))
			continue;
		if (written_after(w->fn, c->guard_block, cond))
			return SIDE_TRUE | SIDE_FALSE;
		return c->guard_value ? SIDE_TRUE : SIDE_FALSE;
	}
	return SIDE_TRUE | SIDE_FALSE;
}
