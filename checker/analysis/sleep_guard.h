/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sleep_guard.h - a helper that sleeps only on one side of a test of a
 * parameter (`if (recv) kmap_atomic(...) else kmap(...)`), or of one of a
 * few such tests: called with constants that pick the other sides, it
 * does not sleep.
 */
#ifndef HMCHECK_ANALYSIS_SLEEP_GUARD_H
#define HMCHECK_ANALYSIS_SLEEP_GUARD_H

#include <stdbool.h>
#include "ir.h"
#include "analysis.h"
#include "analysis/summary.h"

struct hm_walk;
struct path_state;
struct ir_instr;

/* No guard: the sleep is not known to depend on a parameter. */
#define SLEEP_GUARD_NONE	(-1)
/* The call cannot sleep: its argument picks the side that does not. */
#define SLEEP_GUARD_SKIP	(-2)

/*
 * What a sleep depends on: any one of `n` tests of parameters (the flags
 * of __filemap_get_folio() lock on FGP_LOCK, allocate on FGP_CREAT), or
 * all of a group of them (sleep_test.group).
 */
struct sleep_guard {
	int n;
	struct sleep_test any[HM_SLEEP_TESTS];
};

/*
 * sleep_guard_join.c: whatever passes test `a` passes `b`; entry i of
 * `any` is the first of its group; the tests of that group (into
 * `group`, HM_SLEEP_TESTS of room), and how many.  sleep_tests_join()
 * adds the tests of `guard` to those the sleeps seen so far need (it may
 * sleep if any group of them passes); false if they cannot be kept.
 */
bool sleep_test_is_bits(const struct sleep_test *test);
bool sleep_test_implies(const struct sleep_test *a, const struct sleep_test *b);
bool sleep_group_first(const struct sleep_test *any, int i);
int sleep_group_of(const struct sleep_test *any, int n, int i,
		   struct sleep_test *group);
bool sleep_tests_join(struct sleep_tests *tests,
		      const struct sleep_guard *guard);

/*
 * sleep_guard_equals.c: the test `x == C` (C nonzero) a branch fact
 * makes, if it is one; whether value `value` surely fails such a test;
 * whether whatever passes `a` passes `b`, one of them an equality test;
 * what the caller's path knows of its variable `var` passed for such a
 * test: 1 it fails, -1 it may pass, 0 unknown.
 */
struct branch_fact;
bool sleep_guard_equals_of_fact(const struct hm_walk *w,
				const struct branch_fact *f,
				struct sleep_test *test);
bool sleep_test_equals_fails(const struct sleep_test *test, long long value);
bool sleep_test_equals_implies(const struct sleep_test *a,
			       const struct sleep_test *b);
int sleep_test_equals_at_call(const struct hm_walk *w,
			      const struct path_state *s, int var,
			      const struct sleep_test *test);

/*
 * sleep_guard_dom.c: the tests of integer parameters still as the caller
 * passed them that every way to the walk's block passes (into `tests`,
 * HM_SLEEP_TESTS of room), and how many.
 */
int sleep_guard_dominating(struct hm_walk *w, const struct path_state *s,
			   struct sleep_test *tests);
/* Every way from the entry to `block` takes side `side` of `from`'s branch. */
bool sleep_guard_branch_needed(const struct ir_function *fn, int block,
			       int from, int side);

/*
 * sleep_guard_some.c: a test of a parameter's bits (or its member's) the
 * path passed that needs any one of several one-bit tests (`flags & (A |
 * B)`, `(flags & M) != V`): those tests (into `tests`, HM_SLEEP_TESTS of room), but
 * for those the path's known bits fail, and how many; 0 if none.
 */
int sleep_guard_some_bits(struct hm_walk *w, const struct path_state *s,
			  struct sleep_test *tests);
/* The same test as one (differ), for a call out; false if none. */
bool sleep_guard_some_test(const struct hm_walk *w, const struct path_state *s,
			   struct sleep_test *test);

/* The value of parameter `var` as its caller passed it. */
bool sleep_guard_unchanged_param(const struct hm_walk *w,
				 const struct path_state *s, int var);
/*
 * transfer.c: what the path knew of the variable a call writes its result
 * to, before it does; sleep_guard_unchanged_param() of an argument of
 * call `in`, as it was before the call.
 */
void sleep_guard_before_call(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in);
bool sleep_guard_param_at_call(const struct hm_walk *w,
			       const struct path_state *s,
			       const struct ir_instr *in, int var);
/*
 * A sleep on this path of a summarized function, guarded by `guard`
 * (NULL: find the guard in the path's branch facts and known bits, if
 * there is one).
 */
void sleep_guard_note(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard);
/* The same for a sleep after leaving a context the caller holds. */
void sleep_guard_note_left(struct hm_walk *w, const struct path_state *s,
			   const struct sleep_guard *guard);
/* summary.c: a sleep that depends on the function's parameter `guard`. */
void summary_note_guarded_sleep(struct hm_walk *w, const struct path_state *s,
				const char *chain, struct ir_loc loc,
				const struct sleep_guard *guard);
/* calls.c: raise_sleep() of a sleep that depends on parameter `guard`. */
void raise_guarded_sleep(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const char *name,
			 const char *chain, struct ir_loc chain_loc,
			 const struct sleep_guard *guard);
/*
 * sleep_guard_call.c: the callee sleeps only if one of its guard's tests
 * holds: SLEEP_GUARD_SKIP if this call's arguments fail them all; if the
 * arguments of those they may pass are the caller's own parameters, the
 * first of them (*guard: the tests of the caller's parameters); else
 * SLEEP_GUARD_NONE.
 */
int sleep_guard_at_call(struct hm_walk *w, const struct path_state *s,
			const struct ir_instr *in, const struct summary *sum,
			struct sleep_guard *guard);
/* The same for the callee's sleeps after leaving a caller's context. */
int sleep_guard_left_at_call(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum,
			     struct sleep_guard *guard);

/*
 * Calls to other files (extern.c's calls out): the constant arguments of
 * `call`; of two calls one entry stands for, the constants both pass; and
 * whether the callee's guard keeps it from sleeping in every such call.
 */
void sleep_guard_call_consts(const struct path_state *s,
			     const struct ir_call *call,
			     struct function_call_out *out);
void sleep_guard_merge_consts(struct function_call_out *out,
			      const struct function_call_out *other);
bool sleep_guard_rules_out(const struct summary *sum,
			   const struct function_call_out *out);
/*
 * sleep_guard_params.c: the arguments of `in` that are the caller's
 * parameters passed on unchanged (those not constants already); of two
 * calls one entry stands for, those both pass the same; and a call out of
 * the callee of a call passing `into`, its parameters passed on replaced
 * by what `into` passes there.
 */
void sleep_guard_call_params(const struct hm_walk *w,
			     const struct path_state *s,
			     const struct ir_instr *in,
			     struct function_call_out *out);
void sleep_guard_merge_params(struct function_call_out *out,
			      const struct function_call_out *other);
/*
 * The arguments of `in` that are members of the caller's parameters
 * (`cfg->fc_mx`) on which the callee's sleeps or calls out (`sum`) may
 * depend.
 */
void sleep_guard_call_member_args(struct hm_walk *w,
				  const struct path_state *s,
				  const struct ir_instr *in,
				  const struct summary *sum,
				  struct function_call_out *out);
void sleep_guard_params_through(struct function_call_out *out,
				const struct function_call_out *into);
/*
 * sleep_guard_params.c: `out`'s path test (of the parameters of the
 * callee of a call passing `into`) as the same test of the parameter
 * of that call's caller passed there, or none.
 */
void sleep_guard_path_through(struct function_call_out *out,
			      const struct function_call_out *into);
/*
 * sleep_guard_mask.c: `test`, of an argument `x & mask` (mask 0: of x
 * itself), as the same test of x; false if no one test says it.  And
 * the mask of `(x & inner) & outer` (0: none).
 */
bool sleep_test_through_mask(struct sleep_test *test, unsigned long long mask);
unsigned long long sleep_guard_mask_both(unsigned long long outer,
					 unsigned long long inner);
/*
 * sleep_guard.c: the test of a parameter the path making call-out `out`
 * passed, if there is one (and that test as a sleep_test); of two calls
 * one entry stands for, the test both pass.  sleep_guard_call.c: `call`,
 * one of the callee's calls out, is not made for the constants `into`
 * (the call of the callee) passes.
 */
void sleep_guard_of_call_out(struct hm_walk *w, const struct path_state *s,
			     struct function_call_out *out);
void sleep_guard_call_out_test(const struct function_call_out *out,
			       struct sleep_test *test);
void sleep_guard_merge_call_out(struct function_call_out *out,
				const struct function_call_out *other);
bool sleep_guard_call_out_ruled_out(const struct function_call_out *call,
				    const struct function_call_out *into);

/*
 * sleep_guard_members.c: the constants the caller stored in the members
 * of the objects call `in` passes that `sum`'s calls out test; of two
 * calls one entry stands for, those both pass; a call out of the callee
 * of a call passing `into`, the members `into` passes in the parameters
 * it passes on; the value `into` passes in argument `arg`'s `suffix`.
 * sleep_guard_call.c: `value` fails the test.
 */
void sleep_guard_call_members(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in,
			      const struct summary *sum,
			      struct function_call_out *out);
void sleep_guard_merge_members(struct function_call_out *out,
			       const struct function_call_out *other);
void sleep_guard_members_through(struct function_call_out *out,
				 const struct function_call_out *into);
bool sleep_guard_member_value(const struct function_call_out *into,
			      int arg, const char *suffix, long long *value);
bool sleep_test_fails_value(const struct sleep_test *test, long long value);
/*
 * A call out of the callee of `in` made where a member of the callee's
 * parameter passed a test (guard_suffix): seen from the caller, the
 * same test of its own parameter (or member), or none; true if the
 * caller's facts or stores at `in` fail it.  And only the latter, for
 * a call `in` made in atomic context.
 */
bool sleep_guard_path_member_through(struct hm_walk *w,
				     const struct path_state *s,
				     const struct ir_instr *in,
				     struct function_call_out *out);
bool sleep_guard_path_member_ruled_out_at(struct hm_walk *w,
					  const struct path_state *s,
					  const struct ir_instr *in,
					  const struct function_call_out *call);

/*
 * sleep_guard_own.c: what the callee's own sleep needs at this call, in
 * terms of the caller's parameters (`sum`: the callee's summary, or NULL);
 * of two calls one entry stands for, what both need; `call`'s callee's
 * own sleep ruled out for the constants `into` passes; and a call out of
 * the callee of `in` passed on by its caller, its own test (of the
 * callee's parameters) decided by the constants `into` the call passes
 * or taken over as the same test of the caller's parameter passed on.
 */
void sleep_guard_own_at_call(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum,
			     struct function_call_out *out);
void sleep_guard_merge_own(struct function_call_out *out,
			   const struct function_call_out *other);
bool sleep_guard_own_ruled_out(const struct function_call_out *call,
			       const struct function_call_out *into);
void sleep_guard_own_through(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     struct function_call_out *out,
			     const struct function_call_out *into);
/*
 * A call out of the callee of `in` (made in atomic context) whose own
 * test is of a member, or of a parameter `in` passes a member load for:
 * the caller's facts or stores at `in` fail it.
 */
bool sleep_guard_own_ruled_out_at(struct hm_walk *w,
				  const struct path_state *s,
				  const struct ir_instr *in,
				  const struct function_call_out *call);

#endif
