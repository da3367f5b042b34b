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

static void clear_own(struct function_call_out *out)
{
	out->own_quiet = false;
	out->has_own_guard = false;
}

/*
 * The one test every sleep of the callee needs here: the only test, or
 * one of a single group (all of whose tests hold for the sleep).  Tests
 * of members or of equality are not kept in a call out.
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
	return NULL;
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
	if (!test)
		return;
	out->has_own_guard = true;
	out->own_param = test->param;
	out->own_value = test->value;
	out->own_ones = test->ones;
	out->own_zeros = test->zeros;
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
		return;
	}
	if (!out->has_own_guard || !other->has_own_guard) {
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

	if (call->own_quiet)
		return true;
	own_as_guard(call, &as);
	return sleep_guard_call_out_ruled_out(&as, into);
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
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0 ||
	    !sleep_guard_param_at_call(w, s, in, arg->var)) {
		clear_own(out);
		return;
	}
	out->own_param = arg->var;
}
