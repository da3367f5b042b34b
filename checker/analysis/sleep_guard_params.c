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
 * parameter to the constant or to that caller's own parameter.
 */
#include "analysis/walk.h"
#include "analysis/sleep_guard.h"

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

	for (i = 0; i < HM_CALL_CONST_ARGS; i++)
		if (!other || !(other->param_args & (1u << i)) ||
		    other->param_of[i] != out->param_of[i] ||
		    other->param_mask[i] != out->param_mask[i])
			out->param_args &= ~(1u << i);
}

/*
 * `out`, a call out of the callee of a call passing `into`, seen from
 * that call's caller: a parameter passed on becomes the constant or the
 * parameter of the caller `into` passes there, or nothing known.
 */
void sleep_guard_params_through(struct function_call_out *out,
				const struct function_call_out *into)
{
	unsigned params = out->param_args;
	unsigned long long mask;
	int i, p;

	out->param_args = 0;
	for (i = 0; i < HM_CALL_CONST_ARGS; i++) {
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

	if (!out->has_guard)
		return;
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
