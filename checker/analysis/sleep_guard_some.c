// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_some.c - a sleep past a test of a parameter's bits that no
 * one bit test says: some bit of a mask set (`if (flags & (LOCK |
 * CREAT))`, or past `if (!(gfp & (A | B))) return;`), or the bits of a
 * mask other than a value (`if ((flags & M) != V)`).  Such a test passes
 * when one bit of the mask is as it needs, so the sleep needs any one of
 * those one-bit tests: the path's guard once with each (sleep_guard.c),
 * and a caller whose constants fail them all does not sleep there.  The
 * same for some bit of a parameter's member (`if (req->flags & (SYNC |
 * FUA))`), which a caller's stores or tests of that member decide.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"

/* The branch condition fact `f` is the outcome of, or NULL. */
static const struct ir_expr *fact_cond(const struct hm_walk *w,
				       const struct branch_fact *f)
{
	const struct ir_block *b;

	if (f->memory || f->predicate || f->nreads != 1 || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return NULL;
	b = &w->fn->blocks[f->block];
	if (b->term.kind != IR_TERM_BRANCH || strcmp(b->term.cond.text, f->text))
		return NULL;
	return &b->term.cond;
}

static bool one_bit(unsigned long long mask)
{
	return mask && !(mask & (mask - 1));
}

/*
 * The side `value` of `cond` passes when x's bits of *mask are not
 * *other: `x & M` (*other 0) of several bits, or `(x & M) != C`.
 */
static bool differs_side(const struct ir_expr *cond, bool value, int *var,
			 unsigned long long *mask, unsigned long long *other)
{
	if (cond->has_mask && value != cond->mask_zero &&
	    !one_bit(cond->mask)) {
		*var = cond->mask_var;
		*mask = cond->mask;
		*other = 0;
		return true;
	}
	if (cond->has_bits_equal && value == cond->bits_differ) {
		*var = cond->bits_var;
		*mask = cond->bits_mask;
		*other = cond->bits_value;
		return true;
	}
	return false;
}

static const struct known_bits *known_of(const struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nbits; i++)
		if (s->bits[i].var == var)
			return &s->bits[i];
	return NULL;
}

/*
 * One test per bit of `mask` that differs from `other`, but for those
 * the path's known bits fail; 0 if they make one pass (the test says
 * nothing more) or there are too many.
 */
static int one_bit_tests(const struct path_state *s, int var,
			 unsigned long long mask, unsigned long long other,
			 struct sleep_test *tests)
{
	const struct known_bits *k = known_of(s, var);
	unsigned long long bit, one = k ? k->one : 0, zero = k ? k->zero : 0;
	int n = 0;

	if (__builtin_popcountll(mask) > HM_SLEEP_TESTS)
		return 0;
	for (; mask; mask &= mask - 1) {
		bit = mask & -mask;
		if ((other & bit) ? (zero & bit) : (one & bit))
			return 0;
		if ((other & bit) ? (one & bit) : (zero & bit))
			continue;
		tests[n++] = (struct sleep_test){
			.param = var,
			.ones = (other & bit) ? 0 : bit,
			.zeros = other & bit,
		};
	}
	return n;
}

/* The first such test of an unchanged parameter the path passed. */
static bool some_fact(const struct hm_walk *w, const struct path_state *s,
		      int *var, unsigned long long *mask,
		      unsigned long long *other)
{
	const struct ir_expr *cond;
	int i;

	for (i = 0; i < s->nfacts; i++) {
		cond = fact_cond(w, &s->facts[i]);
		if (cond && differs_side(cond, s->facts[i].value, var, mask,
					 other) &&
		    sleep_guard_unchanged_param(w, s, *var))
			return true;
	}
	return false;
}

/* A test of some bit of a parameter's member: one test per bit. */
static int member_bit_tests(struct hm_walk *w, const struct path_state *s,
			    struct sleep_test *tests)
{
	const struct branch_fact *facts;
	unsigned long long mask;
	const char *suffix;
	int i, n, param;

	facts = member_guard_path_facts(w, s, &n);
	for (i = 0; i < n; i++) {
		if (!member_guard_some_of_fact(w, s, &facts[i], &param, &suffix,
					       &mask))
			continue;
		if (__builtin_popcountll(mask) > HM_SLEEP_TESTS)
			return 0;
		for (n = 0; mask; mask &= mask - 1)
			tests[n++] = (struct sleep_test){
				.param = param, .suffix = suffix,
				.ones = mask & -mask,
			};
		return n;
	}
	return 0;
}

int sleep_guard_some_bits(struct hm_walk *w, const struct path_state *s,
			  struct sleep_test *tests)
{
	unsigned long long mask, other;
	int var;

	if (!some_fact(w, s, &var, &mask, &other))
		return member_bit_tests(w, s, tests);
	return one_bit_tests(s, var, mask, other, tests);
}

/*
 * A call out keeps one test: the bits test itself, taken the other way
 * (calls out are keyed by callee, not path, so one per bit would merge
 * into none).
 */
bool sleep_guard_some_test(const struct hm_walk *w, const struct path_state *s,
			   struct sleep_test *test)
{
	unsigned long long mask, other;
	int var;

	if (!some_fact(w, s, &var, &mask, &other))
		return false;
	*test = (struct sleep_test){
		.param = var, .ones = other, .zeros = mask & ~other,
		.differ = true,
	};
	return true;
}
