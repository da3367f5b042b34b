// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard.c - sleeps that depend on a flag parameter.  Kernel helpers
 * often take the caller's context as a flag (`recv`, `atomic`, `can_sleep`)
 * and sleep only when it allows (libiscsi_tcp's iscsi_tcp_segment_map()
 * uses kmap() for the transmit path only).  The summary keeps the tests
 * of parameters the sleeps of the helper depend on, each sleep one of
 * them (__filemap_get_folio() locks on FGP_LOCK and allocates on
 * FGP_CREAT); a caller passing constants (or known integers) that fail
 * them all does not sleep there, and a caller passing its own parameter
 * along depends on that one in turn (sleep_guard_call.c).
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"

bool sleep_guard_unchanged_param(const struct hm_walk *w,
				 const struct path_state *s, int var)
{
	return var >= 0 && var < w->fn->nparams && var < s->nvars &&
	       s->param_origin[var] == var && !s->param_suffix[var];
}

/* An unchanged parameter, tested as itself: `if (recv)`, `if (!recv)`. */
static int guard_from_facts(struct hm_walk *w, const struct path_state *s,
			    bool *value)
{
	int i, var;

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory || f->predicate || f->nreads != 1)
			continue;
		var = f->reads[0];
		if (!sleep_guard_unchanged_param(w, s, var) ||
		    w->fn->vars[var].is_pointer ||
		    strcmp(f->text, w->fn->vars[var].name))
			continue;
		*value = f->value;
		return var;
	}
	return SLEEP_GUARD_NONE;
}

/*
 * A parameter whose bits a branch saw (`if (gfp & M)`): unchanged, or
 * changed only by narrowing it (`x &= M`) or setting bits (`x |= C`):
 * a bit set now that no write sets was set by the caller; a clear one may
 * have been cleared here.
 */
static bool guard_from_known(struct hm_walk *w, const struct path_state *s,
			     const struct known_bits *bits,
			     struct sleep_test *test)
{
	unsigned long long set;

	if (sleep_guard_unchanged_param(w, s, bits->var)) {
		test->ones = bits->one;
		test->zeros = bits->zero;
	} else {
		set = known_bits_set_in_param(w, bits->var);
		if (!(bits->one & ~set))
			return false;
		test->ones = bits->one & ~set;
		test->zeros = 0;
	}
	test->param = bits->var;
	return true;
}

/*
 * Or a fact of a local bool holding such a test (`if (!is_atomic)`), which
 * outlives the known bits of a long function's merged paths.
 */
static int guard_from_bits(struct hm_walk *w, const struct path_state *s,
			   struct sleep_test *test)
{
	struct known_bits bits;
	int i;

	for (i = 0; i < s->nbits; i++)
		if (guard_from_known(w, s, &s->bits[i], test))
			return test->param;
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory || f->predicate || f->nreads != 1 ||
		    f->reads[0] < 0 || f->reads[0] >= w->fn->nvars ||
		    strcmp(f->text, w->fn->vars[f->reads[0]].name) ||
		    !known_bits_of_bool(w, f->reads[0], f->value, &bits))
			continue;
		if (guard_from_known(w, s, &bits, test))
			return test->param;
	}
	return SLEEP_GUARD_NONE;
}

static bool is_bit_test(const struct sleep_test *test)
{
	return test->ones || test->zeros;
}

/* Whatever passes test `a` passes `b`. */
static bool implies(const struct sleep_test *a, const struct sleep_test *b)
{
	if (a->param != b->param || a->suffix != b->suffix ||
	    is_bit_test(a) != is_bit_test(b))
		return false;
	if (!is_bit_test(a))
		return a->value == b->value;
	return !(b->ones & ~a->ones) && !(b->zeros & ~a->zeros);
}

/* Drop the tests `test` implies, and say if one implies it. */
static bool covered(struct sleep_tests *tests, const struct sleep_test *test)
{
	int i = 0;

	while (i < tests->n) {
		struct sleep_test *old = &tests->any[i];

		if (implies(test, old))
			return true;
		if (implies(old, test))
			*old = tests->any[--tests->n];
		else
			i++;
	}
	return false;
}

static int popcount(unsigned long long bits)
{
	return __builtin_popcountll(bits);
}

/*
 * No room for another test: weaken the bit test of the same parameter
 * that keeps the most bits to what both need.  False if none is left.
 */
static bool weaken(struct sleep_tests *tests, const struct sleep_test *test)
{
	struct sleep_test *best = NULL;
	int i, kept, most = 0;

	if (!is_bit_test(test))
		return false;
	for (i = 0; i < tests->n; i++) {
		struct sleep_test *old = &tests->any[i];

		if (old->param != test->param || old->suffix != test->suffix ||
		    !is_bit_test(old))
			continue;
		kept = popcount(old->ones & test->ones) +
		       popcount(old->zeros & test->zeros);
		if (kept > most) {
			most = kept;
			best = old;
		}
	}
	if (!best)
		return false;
	best->ones &= test->ones;
	best->zeros &= test->zeros;
	return true;
}

/*
 * Add the tests of `guard` to those the sleeps seen so far need: it may
 * sleep if any of them passes.  False if they cannot be kept.
 */
static bool join(struct sleep_tests *tests, const struct sleep_guard *guard)
{
	int i;

	tests->guarded = true;
	for (i = 0; i < guard->n; i++) {
		const struct sleep_test *test = &guard->any[i];

		if (test->param < 0)
			return false;
		if (covered(tests, test))
			continue;
		if (tests->n < HM_SLEEP_TESTS)
			tests->any[tests->n++] = *test;
		else if (!weaken(tests, test))
			return false;
	}
	return guard->n > 0;
}

/* Is one of the tests so far of a parameter's truth? */
static bool value_tests_before(const struct summary *sum)
{
	int i;

	if (!sum)
		return false;
	for (i = 0; i < sum->nsleep_tests; i++)
		if (!is_bit_test(&sum->sleep_tests[i]))
			return true;
	return false;
}

/* Else a test of a parameter's member the path still knows (member_guard.c). */
static void guard_from_members(struct hm_walk *w, const struct path_state *s,
			       struct sleep_test *test)
{
	int i;

	for (i = 0; i < s->nfacts; i++)
		if (member_guard_of_fact(w, s, &s->facts[i], test))
			return;
	*test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
}

/*
 * The guard this path gives a sleep: a bit test (a flags parameter),
 * else a parameter's truth; the latter first if the sleeps before have
 * tests of that kind; else a test of a member.
 */
static void guard_of_path(struct hm_walk *w, const struct path_state *s,
			  struct sleep_guard *guard)
{
	struct sleep_test fact = { .param = SLEEP_GUARD_NONE };
	struct sleep_test *test = &guard->any[0];

	fact.param = guard_from_facts(w, s, &fact.value);
	*test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
	guard_from_bits(w, s, test);
	if (test->param < 0 ||
	    (fact.param >= 0 && value_tests_before(w->summary)))
		*test = fact;
	if (test->param < 0)
		guard_from_members(w, s, test);
	guard->n = 1;
}

static void note_into(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard,
		      struct sleep_tests *tests)
{
	struct sleep_guard found;

	if (tests->unguarded)
		return;
	if (!guard) {
		guard_of_path(w, s, &found);
		guard = &found;
	}
	if (!join(tests, guard))
		tests->unguarded = true;
}

void sleep_guard_note(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard)
{
	struct summary *sum = w->summary;
	struct sleep_tests tests;

	if (!sum)
		return;
	tests.guarded = sum->sleep_guarded;
	tests.unguarded = sum->sleep_unguarded;
	tests.n = sum->nsleep_tests;
	memcpy(tests.any, sum->sleep_tests, sizeof(tests.any));
	note_into(w, s, guard, &tests);
	sum->sleep_guarded = tests.guarded;
	sum->sleep_unguarded = tests.unguarded;
	sum->nsleep_tests = tests.n;
	memcpy(sum->sleep_tests, tests.any, sizeof(tests.any));
}

void sleep_guard_note_left(struct hm_walk *w, const struct path_state *s,
			   const struct sleep_guard *guard)
{
	if (w->summary)
		note_into(w, s, guard, &w->summary->left_guard);
}

static void call_out_test(const struct function_call_out *out,
			  struct sleep_test *test)
{
	test->param = out->guard_param;
	test->value = out->guard_value;
	test->ones = out->guard_ones;
	test->zeros = out->guard_zeros;
	test->suffix = NULL;
}

static void set_call_out_test(struct function_call_out *out,
			      const struct sleep_test *test)
{
	out->has_guard = test->param >= 0 && !test->suffix;
	out->guard_param = test->param;
	out->guard_value = test->value;
	out->guard_ones = test->ones;
	out->guard_zeros = test->zeros;
}

void sleep_guard_of_call_out(struct hm_walk *w, const struct path_state *s,
			     struct function_call_out *out)
{
	struct sleep_guard guard;

	guard_of_path(w, s, &guard);
	set_call_out_test(out, &guard.any[0]);
}

void sleep_guard_merge_call_out(struct function_call_out *out,
				const struct function_call_out *other)
{
	struct sleep_test mine, theirs;

	if (!out->has_guard || !other->has_guard) {
		out->has_guard = false;
		return;
	}
	call_out_test(out, &mine);
	call_out_test(other, &theirs);
	if (implies(&mine, &theirs) || implies(&theirs, &mine)) {
		set_call_out_test(out, implies(&mine, &theirs) ? &theirs : &mine);
		return;
	}
	/* Both need what both tests need. */
	out->guard_ones &= other->guard_ones;
	out->guard_zeros &= other->guard_zeros;
	out->has_guard = mine.param == theirs.param && is_bit_test(&mine) &&
			 is_bit_test(&theirs) &&
			 (out->guard_ones || out->guard_zeros);
}
