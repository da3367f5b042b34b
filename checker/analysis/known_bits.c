// SPDX-License-Identifier: GPL-2.0
/*
 * known_bits.c - which bits of a local integer a branch has seen set or
 * clear on this path.  A value tested by a bit mask is later compared with
 * a constant that has bits the mask ruled out: KVM tests
 * `is_error_noslot_pfn(pfn)` (an inline `!!(pfn & ERR_MASK)`), and on the
 * next loop iteration `pfn != KVM_PFN_ERR_FAULT`, whose bits are all in
 * that mask.  Without the bits, the second test may go either way, and the
 * path that skips the unmap makes a false leak.
 *
 * Bits come from a test of `x & M` written in the condition or returned by
 * a same-file predicate taking x; they go when x is written.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"

static int find(const struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nbits; i++)
		if (s->bits[i].var == var)
			return i;
	return -1;
}

void known_bits_forget(struct path_state *s, int var)
{
	int i = find(s, var);

	if (i < 0)
		return;
	memmove(&s->bits[i], &s->bits[i + 1],
		(s->nbits - i - 1) * sizeof(s->bits[0]));
	s->nbits--;
}

/* Only a variable nothing but its own assignments can change. */
static bool followed(const struct hm_walk *w, int var)
{
	const struct ir_var *v;

	if (var < 0 || var >= w->fn->nvars)
		return false;
	v = &w->fn->vars[var];
	return (v->kind == IR_VAR_LOCAL || v->kind == IR_VAR_PARAM) &&
	       !v->is_pointer && !v->is_aggregate && !v->address_taken;
}

static void add_bits(struct path_state *s, int var, unsigned long long zero,
		     unsigned long long one)
{
	int i = find(s, var);

	if (i < 0) {
		if (s->nbits == HM_MAX_KNOWN_BITS)
			return;
		for (i = s->nbits; i > 0 && s->bits[i - 1].var > var; i--)
			s->bits[i] = s->bits[i - 1];
		s->bits[i].var = var;
		s->bits[i].zero = 0;
		s->bits[i].one = 0;
		s->nbits++;
	}
	s->bits[i].zero |= zero;
	s->bits[i].one |= one;
}

/* The bit test every return of `fn` makes of one parameter, or NULL. */
static const struct ir_expr *predicate_mask(const struct ir_function *fn)
{
	const struct ir_expr *test = NULL;
	int b;

	if (!fn || fn->truncated)
		return NULL;
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		const struct ir_expr *value = &blk->term.value;

		if (blk->ninstrs)
			return NULL;
		if (blk->term.kind == IR_TERM_GOTO)
			continue;
		if (blk->term.kind != IR_TERM_RETURN || !value->has_mask ||
		    value->mask_var >= fn->nparams)
			return NULL;
		if (test && (test->mask_var != value->mask_var ||
			     test->mask != value->mask ||
			     test->mask_zero != value->mask_zero))
			return NULL;
		test = value;
	}
	return test;
}

/*
 * The bit test a branch makes: its own condition, or a predicate call's
 * result tested just after it.  Sets *var to the caller's variable.
 */
static const struct ir_expr *branch_mask(struct hm_walk *w,
					 const struct ir_block *b, int *var)
{
	const struct ir_expr *cond = &b->term.cond;
	const struct ir_call *call;
	const struct ir_expr *test, *arg;

	if (cond->has_mask) {
		*var = cond->mask_var;
		return cond;
	}
	call = branch_predicate_call(w, b);
	if (!call || !call->has_body)
		return NULL;
	test = predicate_mask(tu_function(w->an->tu, call->callee));
	if (!test || test->mask_var >= call->nargs)
		return NULL;
	arg = &call->args[test->mask_var];
	if (arg->kind != IR_EXPR_VAR || arg->offset)
		return NULL;
	*var = arg->var;
	return test;
}

static bool single_bit(unsigned long long mask)
{
	return mask && !(mask & (mask - 1));
}

void known_bits_branch(struct hm_walk *w, struct path_state *s,
		       const struct ir_block *b, bool value)
{
	const struct ir_expr *test;
	int var;

	test = branch_mask(w, b, &var);
	if (!test || !followed(w, var))
		return;
	/* On this side, are all of the mask's bits clear? */
	if (value == (bool)test->mask_zero)
		add_bits(s, var, test->mask, 0);
	else if (single_bit(test->mask))
		add_bits(s, var, 0, test->mask);
}

/* The known bits rule out `x == C`. */
static bool cannot_equal(const struct known_bits *k, long long constant)
{
	unsigned long long c = (unsigned long long)constant;

	return (c & k->zero) || (~c & k->one);
}

int known_bits_sides(const struct path_state *s, const struct ir_expr *cond)
{
	const struct known_bits *k;
	int i;

	if (cond->has_compare && (cond->compare_op == IR_CMP_EQ ||
				  cond->compare_op == IR_CMP_NE)) {
		i = find(s, cond->compare_var);
		if (i < 0 || !cannot_equal(&s->bits[i], cond->compare_value))
			return 3;
		return cond->compare_op == IR_CMP_EQ ? 2 : 1;
	}
	if (cond->has_mask && (i = find(s, cond->mask_var)) >= 0) {
		k = &s->bits[i];
		if ((k->zero & cond->mask) == cond->mask)
			return cond->mask_zero ? 1 : 2;
		if (k->one & cond->mask)
			return cond->mask_zero ? 2 : 1;
	}
	if (cond->kind == IR_EXPR_VAR && !cond->offset &&
	    (i = find(s, cond->var)) >= 0 && s->bits[i].one)
		return 1;
	return 3;
}
