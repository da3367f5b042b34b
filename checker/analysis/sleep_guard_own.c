// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_own.c - a call to another file, made outside atomic context,
 * whose callee sleeps only under its guard (sleep_guard.c): the call out
 * keeps what that guard needs at the call, as a test of the caller's own
 * parameter or as "never", so an atomic caller of the caller can decide
 * it by what it passes.  A helper taking a request from another helper
 * that sets its waiting member to the caller's `wait` and running it
 * with a third that sleeps only if the member is set: the call out of
 * the runner sleeps only if `wait` is nonzero, and a spinlocked caller
 * passing 0 is quiet.  The guard path's own test (has_guard) says when
 * the call is made at all; this says when the callee's own sleep can
 * happen once it is (its own calls out are judged by theirs).
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"

static void clear_own(struct function_call_out *out)
{
	out->own_quiet = false;
	out->has_own_guard = false;
	out->own_suffix = NULL;
}

/*
 * The one test every sleep of the callee needs here: the only test, or
 * one of a single group (all of whose tests hold for the sleep).  Tests
 * of equality are not kept in a call out; a test of the parameter itself
 * is preferred to one of its member.
 */
static const struct sleep_test *needed_test(const struct sleep_guard *guard)
{
	int i;

	for (i = 1; i < guard->n; i++)
		if (!guard->any[0].group ||
		    guard->any[i].group != guard->any[0].group)
			return NULL;
	for (i = 0; i < guard->n; i++)
		if (!guard->any[i].suffix && !guard->any[i].equals &&
		    guard->any[i].param >= 0)
			return &guard->any[i];
	for (i = 0; i < guard->n; i++)
		if (!guard->any[i].equals && guard->any[i].param >= 0)
			return &guard->any[i];
	return NULL;
}

static void set_own(struct function_call_out *out,
		    const struct sleep_test *test)
{
	out->has_own_guard = true;
	out->own_param = test->param;
	out->own_value = test->value;
	out->own_ones = test->ones;
	out->own_zeros = test->zeros;
	out->own_suffix = test->suffix;
}

/* The own test as a sleep_test of the caller's parameter. */
static void own_test(const struct function_call_out *out,
		     struct sleep_test *test)
{
	*test = (struct sleep_test){
		.param = out->own_param, .value = out->own_value,
		.ones = out->own_ones, .zeros = out->own_zeros,
		.suffix = out->own_suffix,
	};
}

static bool same_suffix(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

void sleep_guard_own_at_call(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum,
			     struct function_call_out *out)
{
	const struct sleep_test *test;
	struct sleep_guard guard;
	int param;

	clear_own(out);
	if (!sum || !sum->may_sleep)
		return;
	param = sleep_guard_at_call(w, s, in, sum, &guard);
	if (param == SLEEP_GUARD_SKIP) {
		out->own_quiet = true;
		return;
	}
	test = param >= 0 ? needed_test(&guard) : NULL;
	if (test)
		set_own(out, test);
}

/* The own test as a call out's path test, for sleep_guard.c's helpers. */
static void own_as_guard(const struct function_call_out *out,
			 struct function_call_out *as)
{
	memset(as, 0, sizeof(*as));
	as->has_guard = out->has_own_guard;
	as->guard_param = out->own_param;
	as->guard_value = out->own_value;
	as->guard_ones = out->own_ones;
	as->guard_zeros = out->own_zeros;
}

void sleep_guard_merge_own(struct function_call_out *out,
			   const struct function_call_out *other)
{
	struct function_call_out mine, theirs;

	if (!other) {
		clear_own(out);
		return;
	}
	if (other->own_quiet)
		return;
	if (out->own_quiet) {
		out->own_quiet = false;
		out->has_own_guard = other->has_own_guard;
		out->own_param = other->own_param;
		out->own_value = other->own_value;
		out->own_ones = other->own_ones;
		out->own_zeros = other->own_zeros;
		out->own_suffix = other->own_suffix;
		return;
	}
	if (!out->has_own_guard || !other->has_own_guard ||
	    !same_suffix(out->own_suffix, other->own_suffix)) {
		clear_own(out);
		return;
	}
	own_as_guard(out, &mine);
	own_as_guard(other, &theirs);
	sleep_guard_merge_call_out(&mine, &theirs);
	out->has_own_guard = mine.has_guard;
	out->own_param = mine.guard_param;
	out->own_value = mine.guard_value;
	out->own_ones = mine.guard_ones;
	out->own_zeros = mine.guard_zeros;
}

bool sleep_guard_own_ruled_out(const struct function_call_out *call,
			       const struct function_call_out *into)
{
	struct function_call_out as;
	struct sleep_test test;
	long long value;

	if (call->own_quiet)
		return true;
	if (call->own_suffix) {
		/* a constant the call's caller stored in that member */
		own_test(call, &test);
		return sleep_guard_member_value(into, test.param, test.suffix,
						&value) &&
		       sleep_test_fails_value(&test, value);
	}
	own_as_guard(call, &as);
	return sleep_guard_call_out_ruled_out(&as, into);
}

/* The own test of an argument `x & M`: the same test of x's bits. */
static void own_through_mask(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     const struct ir_expr *arg,
			     struct function_call_out *out)
{
	struct sleep_test test;

	own_test(out, &test);
	if (!sleep_test_through_mask(&test, arg->mask) ||
	    !sleep_guard_param_at_call(w, s, in, arg->mask_var)) {
		clear_own(out);
		return;
	}
	out->own_param = arg->mask_var;
	out->own_ones = test.ones;
	out->own_zeros = test.zeros;
}

/*
 * An own test of the callee's parameter's member, or of a parameter the
 * call passes a member load for: the caller's facts or stores decide it,
 * or it becomes the caller's test of its own parameter's member.
 */
static void own_through_member(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in,
			       struct function_call_out *out)
{
	struct sleep_test test, mine;
	int decided;

	own_test(out, &test);
	decided = test.suffix ?
		  member_guard_at_call(w, s, in, &test, &mine) :
		  member_guard_load_at_call(w, s, in, &in->call.args[test.param],
					    &test, &mine);
	clear_own(out);
	if (decided == 1)
		out->own_quiet = true;
	else if (!decided)
		set_own(out, &mine);
}

/*
 * `out` is a call out of the callee of `in`, its own test one of the
 * callee's parameters: the constants the call passes decide it, or the
 * caller's own parameter passed there unchanged takes the test over.
 */
void sleep_guard_own_through(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     struct function_call_out *out,
			     const struct function_call_out *into)
{
	const struct ir_expr *arg;

	if (sleep_guard_own_ruled_out(out, into)) {
		clear_own(out);
		out->own_quiet = true;
		return;
	}
	if (!out->has_own_guard || out->own_param >= in->call.nargs) {
		clear_own(out);
		return;
	}
	arg = &in->call.args[out->own_param];
	if (out->own_suffix || arg->kind == IR_EXPR_MEMORY) {
		own_through_member(w, s, in, out);
		return;
	}
	if (arg->kind != IR_EXPR_VAR && arg->has_mask && arg->mask_value &&
	    !arg->mask_zero) {
		own_through_mask(w, s, in, arg, out);
		return;
	}
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0 ||
	    !sleep_guard_param_at_call(w, s, in, arg->var)) {
		clear_own(out);
		return;
	}
	out->own_param = arg->var;
}

bool sleep_guard_own_ruled_out_at(struct hm_walk *w,
				  const struct path_state *s,
				  const struct ir_instr *in,
				  const struct function_call_out *call)
{
	struct sleep_test test, mine;

	if (!call->has_own_guard || call->own_param >= in->call.nargs ||
	    (!call->own_suffix &&
	     in->call.args[call->own_param].kind != IR_EXPR_MEMORY))
		return false;
	own_test(call, &test);
	return call->own_suffix ?
	       member_guard_at_call(w, s, in, &test, &mine) == 1 :
	       member_guard_load_at_call(w, s, in,
					 &in->call.args[test.param], &test,
					 &mine) == 1;
}
