// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_equals.c - a parameter's equality test against a constant
 * as a sleep guard: `if (code == SETUP_CONFIRM || code == TEARDOWN)
 * msleep(10);`.  Each path to the sleep is a group of its own
 * (`code == SETUP_CONFIRM`; `code != SETUP_CONFIRM` and `code ==
 * TEARDOWN`), so a caller passing another code fails one test of each.
 * A test against zero is the parameter's truth test (the front end makes
 * `x == 0` a test of x), so only nonzero constants are kept here.
 *
 * A caller's value decides a test only where the parameter's type cannot
 * change the answer: the callee's parameter may be narrower than the
 * caller's argument (a u8 `code` passed 0x102 holds 2), so a value fails
 * `code == C` only if its low 8 bits differ from C's.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"

#define LOW_BITS	0xffull	/* no integer parameter is narrower */

/*
 * The comparison a fact's text is: its own branch's, or another branch
 * of the same text (ir.h: they take the same side).  A switch's `case C:`
 * makes the fact first (its dispatch has no comparison of its own), and
 * a later `if (code == C)` of the same text only reads it.
 */
static const struct ir_expr *comparison_of(const struct hm_walk *w,
					   const struct branch_fact *f)
{
	const struct ir_expr *cond = &w->fn->blocks[f->block].term.cond;
	int i;

	if (cond->has_compare || !strstr(f->text, "=="))
		return cond;
	for (i = 0; i < w->fn->nblocks; i++) {
		const struct ir_term *term = &w->fn->blocks[i].term;

		if (term->kind == IR_TERM_BRANCH && term->cond.has_compare &&
		    !strcmp(term->cond.text, f->text))
			return &term->cond;
	}
	return cond;
}

bool sleep_guard_equals_of_fact(const struct hm_walk *w,
				const struct branch_fact *f,
				struct sleep_test *test)
{
	const struct ir_expr *cond;

	if (f->memory || f->predicate || f->nreads != 1 || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return false;
	cond = comparison_of(w, f);
	if (!cond->has_compare || cond->compare_var != f->reads[0] ||
	    (cond->compare_op != IR_CMP_EQ && cond->compare_op != IR_CMP_NE) ||
	    !cond->compare_value)
		return false;
	*test = (struct sleep_test){
		.param = cond->compare_var,
		.value = f->value == (cond->compare_op == IR_CMP_EQ),
		.equals = true,
		.constant = cond->compare_value,
	};
	return true;
}

bool sleep_test_equals_fails(const struct sleep_test *test, long long value)
{
	unsigned long long diff = (unsigned long long)(value ^ test->constant);

	if (test->value)
		return (diff & LOW_BITS) != 0;
	return value == test->constant;
}

/* A test of the truth of x: `value` true is x != 0. */
static bool truth_implies_equals(const struct sleep_test *a,
				 const struct sleep_test *b)
{
	return !a->value && !b->value;
}

bool sleep_test_equals_implies(const struct sleep_test *a,
			       const struct sleep_test *b)
{
	unsigned long long c = (unsigned long long)a->constant;

	if (!a->equals)
		return !sleep_test_is_bits(a) && truth_implies_equals(a, b);
	if (!a->value)
		return b->equals && !b->value && b->constant == a->constant;
	if (sleep_test_is_bits(b))
		return ((c & b->ones) == b->ones && !(c & b->zeros)) !=
		       b->differ;
	if (!b->equals)
		return b->value;
	return b->value ? b->constant == a->constant :
			  b->constant != a->constant;
}

/*
 * What the caller's path knows of `var`: its own test against the same
 * constant (`if (code != SETUP) helper(code)`: the value as tested is the
 * value passed), or bits a branch saw that C does not have (or lacks).
 * 1 fails, -1 may pass, 0 unknown.
 */
int sleep_test_equals_at_call(const struct hm_walk *w,
			      const struct path_state *s, int var,
			      const struct sleep_test *test)
{
	unsigned long long c = (unsigned long long)test->constant;
	struct sleep_test mine;
	int i;

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (!sleep_guard_equals_of_fact(w, f, &mine) ||
		    mine.param != var || mine.constant != test->constant)
			continue;
		return mine.value == test->value ? -1 : 1;
	}
	for (i = 0; i < s->nbits; i++)
		if (s->bits[i].var == var &&
		    ((s->bits[i].one & ~c) | (s->bits[i].zero & c)) & LOW_BITS)
			return test->value ? 1 : -1;
	return 0;
}
