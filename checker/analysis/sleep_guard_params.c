// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_params.c - a call out's arguments that are its caller's
 * parameters passed on unchanged.  `static int send(skb, gfp) { return
 * nl_broadcast(skb, gfp); }` called with GFP_ATOMIC by a spinlocked
 * function: the call out of send() says its argument 1 is send()'s
 * parameter 1, so the GFP_ATOMIC passed to send() is what nl_broadcast()
 * gets, whether its summary was known when send() was analysed or is
 * only read when the spinlocked caller is judged.  Chains of helpers and
 * of files compose: each call the record passes through maps the
 * parameter to the constant or to that caller's own parameter.  An
 * argument may also be a member of the caller's parameter (`cfg->fc_mx`):
 * a constant its caller stored there, or the same member of that
 * caller's parameter, takes its place.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"

/*
 * The caller's variable argument `arg` passes on, and the mask of its
 * bits (`flags & MSG_DONTWAIT`, sleep_guard_mask.c; 0: all of it), or -1.
 */
static int passed_var(const struct ir_expr *arg, unsigned long long *mask)
{
	*mask = 0;
	if (arg->kind == IR_EXPR_VAR && !arg->offset)
		return arg->var;
	if (arg->has_mask && arg->mask_value && !arg->mask_zero &&
	    arg->mask) {
		*mask = arg->mask;
		return arg->mask_var;
	}
	return -1;
}

void sleep_guard_call_params(const struct hm_walk *w,
			     const struct path_state *s,
			     const struct ir_instr *in,
			     struct function_call_out *out)
{
	unsigned long long mask;
	int i, var;

	out->param_args = 0;
	for (i = 0; i < in->call.nargs && i < HM_CALL_CONST_ARGS; i++) {
		var = passed_var(&in->call.args[i], &mask);
		if ((out->const_args & (1u << i)) || var < 0 ||
		    var >= HM_CALL_CONST_ARGS ||
		    !sleep_guard_param_at_call(w, s, in, var))
			continue;
		out->param_args |= 1u << i;
		out->param_of[i] = (signed char)var;
		out->param_mask[i] = mask;
	}
}

void sleep_guard_merge_params(struct function_call_out *out,
			      const struct function_call_out *other)
{
	int i;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++) {
		if (!other || !(other->param_args & (1u << i)) ||
		    other->param_of[i] != out->param_of[i] ||
		    other->param_mask[i] != out->param_mask[i])
			out->param_args &= ~(1u << i);
		if (!other || !(other->member_args & (1u << i)) ||
		    !(out->member_args & (1u << i)) ||
		    other->param_of[i] != out->param_of[i] ||
		    strcmp(other->arg_suffix[i], out->arg_suffix[i]))
			out->member_args &= ~(1u << i);
	}
}

/* The call out passes the caller's parameter `i`, or a member of it, on. */
static bool passes_on(const struct function_call_out *c, int i)
{
	int k;

	for (k = 0; k < HM_CALL_CONST_ARGS; k++)
		if (((c->param_args | c->member_args) & (1u << k)) &&
		    c->param_of[k] == i)
			return true;
	return false;
}

/* The callee's sleeps or calls out may depend on its parameter `i`. */
static bool callee_reads_param(const struct summary *sum, int i)
{
	const struct function_call_out *c;
	int j;

	for (j = 0; j < sum->nsleep_tests; j++)
		if (sum->sleep_tests[j].param == i)
			return true;
	for (j = 0; j < sum->ncalls_out; j++) {
		c = &sum->calls_out[j];
		if ((c->has_guard && c->guard_param == i) ||
		    (c->has_own_guard && c->own_param == i) || passes_on(c, i))
			return true;
	}
	return false;
}

void sleep_guard_call_member_args(struct hm_walk *w,
				  const struct path_state *s,
				  const struct ir_instr *in,
				  const struct summary *sum,
				  struct function_call_out *out)
{
	const char *suffix;
	int i, param;

	out->member_args = 0;
	for (i = 0; sum && i < in->call.nargs && i < HM_CALL_CONST_ARGS; i++) {
		if (((out->const_args | out->param_args) & (1u << i)) ||
		    !callee_reads_param(sum, i) ||
		    !member_guard_param_member(w, s, in, &in->call.args[i],
					       &param, &suffix) ||
		    param >= HM_CALL_CONST_ARGS)
			continue;
		out->member_args |= 1u << i;
		out->param_of[i] = (signed char)param;
		out->arg_suffix[i] = suffix;
	}
}

/*
 * A member argument of `out` whose parameter the call passes `into`
 * for: the constant it holds there, or the same member of the
 * parameter of `into`'s caller passed on; else nothing known.
 */
static void member_arg_through(struct function_call_out *out, int i,
			       const struct function_call_out *into)
{
	int p = out->param_of[i];
	long long value;

	if (p < 0 || p >= HM_CALL_CONST_ARGS)
		return;
	if (sleep_guard_member_value(into, p, out->arg_suffix[i], &value)) {
		out->const_args |= 1u << i;
		out->const_values[i] = value;
	} else if ((into->param_args & (1u << p)) && !into->param_mask[p]) {
		out->member_args |= 1u << i;
		out->param_of[i] = into->param_of[p];
	}
}

/*
 * `out`, a call out of the callee of a call passing `into`, seen from
 * that call's caller: a parameter passed on becomes the constant or the
 * parameter of the caller `into` passes there, or nothing known.
 */
void sleep_guard_params_through(struct function_call_out *out,
				const struct function_call_out *into)
{
	unsigned params = out->param_args, members = out->member_args;
	unsigned long long mask;
	int i, p;

	sleep_guard_members_through(out, into);
	out->param_args = 0;
	out->member_args = 0;
	for (i = 0; i < HM_CALL_CONST_ARGS; i++) {
		if (members & (1u << i))
			member_arg_through(out, i, into);
		if (!(params & (1u << i)))
			continue;
		p = out->param_of[i];
		mask = out->param_mask[i];
		if (p < 0 || p >= HM_CALL_CONST_ARGS)
			continue;
		if (into->const_args & (1u << p)) {
			out->const_args |= 1u << i;
			out->const_values[i] = mask ?
				into->const_values[p] & (long long)mask :
				into->const_values[p];
		} else if (into->param_args & (1u << p)) {
			mask = sleep_guard_mask_both(mask, into->param_mask[p]);
			if (out->param_mask[i] && into->param_mask[p] && !mask) {
				out->const_args |= 1u << i;	/* no bit left */
				out->const_values[i] = 0;
				continue;
			}
			out->param_args |= 1u << i;
			out->param_of[i] = into->param_of[p];
			out->param_mask[i] = mask;
		} else if ((into->member_args & (1u << p)) && !mask) {
			out->member_args |= 1u << i;
			out->param_of[i] = into->param_of[p];
			out->arg_suffix[i] = into->arg_suffix[p];
		}
	}
}

/*
 * A helper's call made only where its parameter passes a test (`if (state
 * == RUNNABLE) return; refresh(v);`), seen from the helper's caller: the
 * same test of the caller's parameter passed there, so the caller's own
 * callers' constants still decide it.  A constant there passing it (one
 * failing it rules the call out before this) or any other argument: no
 * test known.
 */
void sleep_guard_path_through(struct function_call_out *out,
			      const struct function_call_out *into)
{
	struct sleep_test test;
	int p = out->guard_param;

	if (!out->has_guard || out->guard_suffix)
		return;	/* a member's test: sleep_guard_path_member_through() */
	if (p < 0 || p >= HM_CALL_CONST_ARGS || !(into->param_args & (1u << p))) {
		out->has_guard = false;
		return;
	}
	sleep_guard_call_out_test(out, &test);
	if (!sleep_test_through_mask(&test, into->param_mask[p])) {
		out->has_guard = false;
		return;
	}
	out->guard_ones = test.ones;
	out->guard_zeros = test.zeros;
	out->guard_param = into->param_of[p];
}
