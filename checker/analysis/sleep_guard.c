// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard.c - sleeps that depend on a flag parameter.  Kernel helpers
 * often take the caller's context as a flag (`recv`, `atomic`, `can_sleep`)
 * and sleep only when it allows (libiscsi_tcp's iscsi_tcp_segment_map()
 * uses kmap() for the transmit path only).  The summary keeps the tests
 * of parameters the sleeps of the helper depend on, each sleep one of
 * them (__filemap_get_folio() locks on FGP_LOCK and allocates on
 * FGP_CREAT), or a group of them all (`if (a) { if (b) mutex_lock(); }`,
 * sleep_guard_join.c); a caller passing constants (or known integers)
 * that fail them does not sleep there, and a caller passing its own
 * parameter along depends on that one in turn (sleep_guard_call.c).  A
 * pointer's test counts too (`if (!skb) skb = alloc_skb(GFP_KERNEL)`): a
 * caller that tested its argument, or passes an address, knows it.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"
#include "analysis/pointee_guard.h"

bool sleep_guard_unchanged_param(const struct hm_walk *w,
				 const struct path_state *s, int var)
{
	return var >= 0 && var < w->fn->nparams && var < s->nvars &&
	       s->param_origin[var] == var && !s->param_suffix[var];
}

/*
 * Add a test a path's sleep needs to those it needs all of, in place of
 * those it implies (`code == B` after `code != A`).
 */
static void add_test(struct sleep_guard *guard, const struct sleep_test *test)
{
	int i, kept = 0;

	if (test->param < 0)
		return;
	for (i = 0; i < guard->n; i++)
		if (sleep_test_implies(&guard->any[i], test))
			return;
	for (i = 0; i < guard->n; i++)
		if (!sleep_test_implies(test, &guard->any[i]))
			guard->any[kept++] = guard->any[i];
	guard->n = kept;
	if (guard->n < HM_SLEEP_TESTS)
		guard->any[guard->n++] = *test;
}

/*
 * Unchanged parameters, tested as themselves: `if (recv)`, `if (!recv)`;
 * numbers (also against a constant: `if (code == SETUP)`), or else
 * pointers (`if (!skb) skb = alloc_skb(GFP_KERNEL)`), by a branch: not a
 * pointer known only from a dereference (`p->len`), which any caller not
 * crashing passes.
 */
static void guard_from_facts(struct hm_walk *w, const struct path_state *s,
			     bool pointers, struct sleep_guard *into)
{
	struct sleep_test test;
	int i, var;

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (!pointers && sleep_guard_equals_of_fact(w, f, &test) &&
		    sleep_guard_unchanged_param(w, s, test.param) &&
		    !w->fn->vars[test.param].is_pointer) {
			add_test(into, &test);
			continue;
		}
		if (f->memory || f->predicate || f->nreads != 1)
			continue;
		var = f->reads[0];
		if (!sleep_guard_unchanged_param(w, s, var) ||
		    w->fn->vars[var].is_pointer != pointers ||
		    (pointers && f->block < 0) ||
		    strcmp(f->text, w->fn->vars[var].name))
			continue;
		add_test(into, &(struct sleep_test){ .param = var,
						     .value = f->value });
	}
}

/*
 * `skb = alloc_skb(len, GFP_KERNEL)` under `if (!skb)`: the call writes
 * its result over the variable before its sleep is noted, but sleeps
 * (and reads its arguments) before it returns, with the variable as it
 * was: a parameter as the caller passed it, perhaps, and tested.
 */
void sleep_guard_before_call(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in)
{
	int i, var = in->call.dest;

	w->dest_call = NULL;
	if (var < 0 || var >= s->nvars || var >= w->fn->nvars)
		return;
	w->dest_call = in;
	w->dest_var = var;
	w->dest_unchanged = sleep_guard_unchanged_param(w, s, var);
	w->dest_tested = false;
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory || f->predicate || f->nreads != 1 ||
		    f->reads[0] != var ||
		    strcmp(f->text, w->fn->vars[var].name))
			continue;
		w->dest_tested = true;
		w->dest_branch = f->block >= 0;
		w->dest_value = f->value;
	}
}

bool sleep_guard_param_at_call(const struct hm_walk *w,
			       const struct path_state *s,
			       const struct ir_instr *in, int var)
{
	if (w->dest_call == in && var == w->dest_var)
		return w->dest_unchanged;
	return sleep_guard_unchanged_param(w, s, var);
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
static void guard_from_bits(struct hm_walk *w, const struct path_state *s,
			    struct sleep_guard *into)
{
	struct sleep_test test;
	struct known_bits bits;
	int i;

	for (i = 0; i < s->nbits; i++) {
		test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
		if (guard_from_known(w, s, &s->bits[i], &test))
			add_test(into, &test);
	}
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory || f->predicate || f->nreads != 1 ||
		    f->reads[0] < 0 || f->reads[0] >= w->fn->nvars ||
		    strcmp(f->text, w->fn->vars[f->reads[0]].name) ||
		    !known_bits_of_bool(w, f->reads[0], f->value, &bits))
			continue;
		test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
		if (guard_from_known(w, s, &bits, &test))
			add_test(into, &test);
	}
}

/* Is one of the tests so far of a parameter's truth? */
static bool value_tests_before(const struct summary *sum)
{
	int i;

	if (!sum)
		return false;
	for (i = 0; i < sum->nsleep_tests; i++)
		if (!sleep_test_is_bits(&sum->sleep_tests[i]))
			return true;
	return false;
}

/* Tests of parameters' members the path still knows (member_guard.c). */
static void guard_from_members(struct hm_walk *w, const struct path_state *s,
			       struct sleep_guard *into)
{
	const struct branch_fact *facts;
	struct sleep_test test;
	int i, n;

	facts = member_guard_path_facts(w, s, &n);
	for (i = 0; i < n; i++)
		if (member_guard_of_fact(w, s, &facts[i], &test) ||
		    pointee_guard_of_fact(w, s, &facts[i], &test))
			add_test(into, &test);
	for (i = 0; i < s->nfacts; i++)
		if (member_guard_of_local(w, s, &s->facts[i], &test))
			add_test(into, &test);
}

/*
 * The tests every way here passed, which the path's facts may have lost
 * past a block's budget (sleep_guard_dom.c); one the facts have is not
 * added again.
 */
static void guard_from_dominating(struct hm_walk *w, const struct path_state *s,
				  struct sleep_guard *guard)
{
	struct sleep_test tests[HM_SLEEP_TESTS];
	int i, n = sleep_guard_dominating(w, s, tests);

	for (i = 0; i < n; i++)
		add_test(guard, &tests[i]);
}

static void add_tests(struct sleep_guard *guard, const struct sleep_guard *more)
{
	int i;

	for (i = 0; i < more->n; i++)
		add_test(guard, &more->any[i]);
}

/*
 * The guard this path gives a sleep: every test of a parameter its
 * branches made, all of them needed (one group).  First what a single
 * test would be: a bit test (a flags parameter), else a number's truth;
 * the latter first if the sleeps before have tests of that kind; then
 * tests of members, then of pointers' NULL-ness; then `extra` (one of
 * the one-bit tests of sleep_guard_some.c), if any.
 */
static void guard_of_path(struct hm_walk *w, const struct path_state *s,
			  const struct sleep_test *extra,
			  struct sleep_guard *guard)
{
	struct sleep_guard facts = { 0 }, bits = { 0 };
	int i;

	guard_from_facts(w, s, false, &facts);
	guard_from_bits(w, s, &bits);
	guard->n = 0;
	if (facts.n && (!bits.n || value_tests_before(w->summary))) {
		add_tests(guard, &facts);
		add_tests(guard, &bits);
	} else {
		add_tests(guard, &bits);
		add_tests(guard, &facts);
	}
	guard_from_dominating(w, s, guard);
	guard_from_members(w, s, guard);
	guard_from_facts(w, s, true, guard);
	if (w->dest_call && w->dest_unchanged && w->dest_tested &&
	    (w->dest_branch || !w->fn->vars[w->dest_var].is_pointer))
		add_test(guard, &(struct sleep_test){ .param = w->dest_var,
						      .value = w->dest_value });
	if (extra)
		add_test(guard, extra);
	for (i = 0; i < guard->n; i++)
		guard->any[i].group = guard->n > 1;
	if (!guard->n)
		guard->any[guard->n++] =
			(struct sleep_test){ .param = SLEEP_GUARD_NONE };
}

/* Add the tests of `path` to a group `into` holds from `start` on. */
static void add_to_group(struct sleep_guard *into, int start,
			 const struct sleep_guard *path, unsigned char *id)
{
	int i, j;

	for (i = 0; i < path->n; i++) {
		for (j = start; j < into->n; j++)
			if (sleep_test_implies(&into->any[j], &path->any[i]))
				break;
		if (j == into->n)
			into->any[into->n++] = path->any[i];
	}
	for (j = start; j < into->n; j++)
		into->any[j].group = into->n - start > 1 ? *id : 0;
	*id += into->n - start > 1;
}

/*
 * A callee's sleep its guard lets through on this path also needs the
 * tests the path made (`if (a) helper(m)`): each group of the callee's
 * gets them, if there is room for all.
 */
static void with_path_tests(struct hm_walk *w, const struct path_state *s,
			    const struct sleep_guard *callee,
			    const struct sleep_test *extra,
			    struct sleep_guard *into)
{
	struct sleep_test group[HM_SLEEP_TESTS];
	struct sleep_guard path;
	unsigned char id = 1;
	int i, n, groups = 0;

	*into = *callee;
	guard_of_path(w, s, extra, &path);
	for (i = 0; i < callee->n; i++)
		groups += sleep_group_first(callee->any, i);
	if (path.any[0].param < 0 ||
	    callee->n + groups * path.n > HM_SLEEP_TESTS)
		return;
	into->n = 0;
	for (i = 0; i < callee->n; i++) {
		if (!sleep_group_first(callee->any, i))
			continue;
		n = sleep_group_of(callee->any, callee->n, i, group);
		memcpy(&into->any[into->n], group, n * sizeof(group[0]));
		into->n += n;
		add_to_group(into, into->n - n, &path, &id);
	}
}

static void note_one(struct hm_walk *w, const struct path_state *s,
		     const struct sleep_guard *guard,
		     const struct sleep_test *extra, struct sleep_tests *tests)
{
	struct sleep_guard found;

	if (tests->unguarded)
		return;
	if (!guard)
		guard_of_path(w, s, extra, &found);
	else
		with_path_tests(w, s, guard, extra, &found);
	if (!sleep_tests_join(tests, &found))
		tests->unguarded = true;
}

/*
 * A path past a test that needs any one of several bits: its sleep
 * needs the path's tests and one of those, so it is noted once with
 * each; if they cannot all be kept, once without them, as before.
 */
static void note_into(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard,
		      struct sleep_tests *tests)
{
	struct sleep_test some[HM_SLEEP_TESTS];
	struct sleep_tests with = *tests;
	int i, n = sleep_guard_some_bits(w, s, some);

	for (i = 0; i < n; i++)
		note_one(w, s, guard, &some[i], &with);
	if (n && !with.unguarded)
		*tests = with;
	else
		note_one(w, s, guard, NULL, tests);
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

void sleep_guard_call_out_test(const struct function_call_out *out,
			       struct sleep_test *test)
{
	*test = (struct sleep_test){
		.param = out->guard_param, .value = out->guard_value,
		.ones = out->guard_ones, .zeros = out->guard_zeros,
		.equals = out->guard_equals, .constant = out->guard_constant,
		.suffix = out->guard_suffix, .differ = out->guard_differ,
	};
}

static void set_call_out_test(struct function_call_out *out,
			      const struct sleep_test *test)
{
	out->has_guard = test->param >= 0 && !(test->suffix && test->equals);
	out->guard_param = test->param;
	out->guard_suffix = test->suffix;
	out->guard_value = test->value;
	out->guard_ones = test->ones;
	out->guard_zeros = test->zeros;
	out->guard_equals = test->equals;
	out->guard_constant = test->constant;
	out->guard_differ = test->differ;
}

/* How many of the path's other tests whatever passes test `i` passes. */
static int tests_implied(const struct sleep_guard *guard, int i)
{
	int j, n = 0;

	for (j = 0; j < guard->n; j++)
		n += j != i &&
		     sleep_test_implies(&guard->any[i], &guard->any[j]);
	return n;
}

/* Not an equality test of a member (a call out keeps none). */
static bool call_out_testable(const struct sleep_test *test)
{
	return test->param >= 0 && !(test->suffix && test->equals);
}

/*
 * A call out keeps one of the tests its path needs.  An equality test of
 * a parameter (a switch case) decides the value: every path reaching the
 * call through that case shares it, where a truth test made before the
 * switch (`if (event) ...; switch (event)`) is taken both ways and the
 * merged paths would keep none.  Otherwise the test that implies most of
 * the others, since merged paths keep what both tests imply; `x != C`
 * rules out one value only, so on a tie a truth or bit test is kept
 * (`if (new_state != GONE) { ... if (new_state == SUSPENDED) ... }`,
 * GONE being 0, the value callers pass).  A bit test gets the bits the
 * other tests of the same parameter or member need (the path needs them
 * all: `!(nd->flags & BENEATH)` and later `!(nd->flags & RCU)`).
 */
static void call_out_test(const struct sleep_guard *guard,
			  struct sleep_test *test)
{
	int i, best = 0, best_n = -1, n;
	bool unequal, best_unequal = true;

	for (i = 0; i < guard->n; i++)
		if (call_out_testable(&guard->any[i]) &&
		    guard->any[i].equals && guard->any[i].value) {
			*test = guard->any[i];
			return;
		}
	for (i = 0; i < guard->n; i++) {
		if (!call_out_testable(&guard->any[i]))
			continue;
		n = tests_implied(guard, i);
		unequal = guard->any[i].equals;
		if (n > best_n || (n == best_n && best_unequal && !unequal)) {
			best = i;
			best_n = n;
			best_unequal = unequal;
		}
	}
	*test = guard->any[best];
	if (!sleep_test_is_bits(test))
		return;
	for (i = 0; i < guard->n; i++)
		if (i != best && guard->any[i].param == test->param &&
		    guard->any[i].suffix == test->suffix &&
		    sleep_test_is_bits(&guard->any[i])) {
			test->ones |= guard->any[i].ones;
			test->zeros |= guard->any[i].zeros;
		}
	if (test->ones & test->zeros)
		*test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
}

void sleep_guard_of_call_out(struct hm_walk *w, const struct path_state *s,
			     struct function_call_out *out)
{
	struct sleep_guard guard;
	struct sleep_test test;

	guard_of_path(w, s, NULL, &guard);
	call_out_test(&guard, &test);
	if (test.param < 0)
		sleep_guard_some_test(w, s, &test);
	set_call_out_test(out, &test);
}

void sleep_guard_merge_call_out(struct function_call_out *out,
				const struct function_call_out *other)
{
	struct sleep_test mine, theirs;

	if (!out->has_guard || !other->has_guard) {
		out->has_guard = false;
		return;
	}
	sleep_guard_call_out_test(out, &mine);
	sleep_guard_call_out_test(other, &theirs);
	if (sleep_test_implies(&mine, &theirs) ||
	    sleep_test_implies(&theirs, &mine)) {
		set_call_out_test(out, sleep_test_implies(&mine, &theirs) ?
				       &theirs : &mine);
		return;
	}
	/* Both need what both tests need. */
	if (mine.differ || theirs.differ) {
		out->has_guard = false;
		return;
	}
	out->guard_ones &= other->guard_ones;
	out->guard_zeros &= other->guard_zeros;
	out->has_guard = mine.param == theirs.param &&
			 mine.suffix == theirs.suffix &&
			 sleep_test_is_bits(&mine) &&
			 sleep_test_is_bits(&theirs) &&
			 (out->guard_ones || out->guard_zeros);
}
