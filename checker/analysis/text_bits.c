// SPDX-License-Identifier: GPL-2.0
/*
 * text_bits.c - bit tests of memory (`p->flags & M`) decided by the tests
 * of the same text before, which the path's branch facts remember:
 *
 *	if (p->flags & (A | B)) {	some bit of A|B is set
 *		if (p->flags & A)	no bit of A is set, on the false side
 *			...
 *		else if (p->flags & B)	so some bit of B is: only true
 *
 * known_bits.c does this for plain local integers, whose bits it keeps in
 * the state; memory can change under any write or call, which expires the
 * memory facts (transfer.c), so the facts alone are what is known.  Each
 * fact names the branch that made it, whose condition says the mask.
 */
#include <string.h>
#include "analysis/walk.h"

#define MAX_SOME	8

struct text_bits {
	unsigned long long zero;		/* no bit of these is set */
	int nsome;
	unsigned long long some[MAX_SOME];	/* some bit of each is set */
};

/* What the fact `f` says of the bits of `text`; false if nothing. */
static bool fact_bits(struct hm_walk *w, const struct branch_fact *f,
		      const char *text, struct text_bits *bits)
{
	const struct ir_expr *cond;
	bool nonzero;

	if (f->block < 0 || f->block >= w->fn->nblocks)
		return false;
	cond = &w->fn->blocks[f->block].term.cond;
	if (!cond->has_text_mask || strcmp(cond->mask_text, text))
		return false;
	nonzero = f->value != cond->text_mask_zero;
	if (!nonzero)
		bits->zero |= cond->text_mask;
	else if (bits->nsome < MAX_SOME)
		bits->some[bits->nsome++] = cond->text_mask;
	return true;
}

/* Whether some bit of `mask` is set: 1 yes, 0 no, -1 unknown. */
static int some_bit_set(const struct text_bits *bits, unsigned long long mask)
{
	int i;

	if (!(mask & ~bits->zero))
		return 0;
	for (i = 0; i < bits->nsome; i++)
		if (!(bits->some[i] & ~bits->zero & ~mask))
			return 1;
	return -1;
}

int text_bits_sides(struct hm_walk *w, const struct path_state *s,
		    const struct ir_expr *cond)
{
	struct text_bits bits = { 0 };
	bool any = false;
	int i, set;

	if (!cond->has_text_mask)
		return 3;
	for (i = 0; i < s->nfacts; i++)
		any |= fact_bits(w, &s->facts[i], cond->mask_text, &bits);
	if (!any)
		return 3;
	set = some_bit_set(&bits, cond->text_mask);
	if (set < 0)
		return 3;
	/* 1: only the true side, 2: only the false side. */
	return (set == 1) != cond->text_mask_zero ? 1 : 2;
}
