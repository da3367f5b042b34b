// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_members.c - constants a call out's arguments hold in their
 * members.  A static helper builds a request on its stack and hands it to
 * another file:
 *
 *	struct fib6_config cfg = { .fc_table = table, ... };	(no .fc_mx)
 *	ip6_route_add(&cfg, gfp_flags, NULL);
 *
 * ip6_route_add()'s call out to ip_fib_metrics_init() keeps its own test
 * of parameter 0's "->fc_mx" (sleep_guard_own.c); the helper's call out
 * to ip6_route_add() records that member of argument 0 as 0, so a
 * spinlocked caller of the helper, following the calls out, finds the
 * allocation ruled out.  The members recorded are those the callee's
 * calls out test or pass on (ip6_route_info_create() passes cfg->fc_mx
 * to ip_fib_metrics_init(), whose own calls out need it), holding a
 * constant the caller stored (stored_ints.c).
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"

static int find_member(const struct function_call_out *out, int arg,
		       const char *suffix)
{
	int i;

	for (i = 0; i < out->nmember_consts; i++)
		if (out->member_arg[i] == arg &&
		    !strcmp(out->member_suffix[i], suffix))
			return i;
	return -1;
}

static void add_member(struct function_call_out *out, int arg,
		       const char *suffix, long long value)
{
	int i = out->nmember_consts;

	if (i == HM_CALL_MEMBER_CONSTS || find_member(out, arg, suffix) >= 0)
		return;
	out->member_arg[i] = (signed char)arg;
	out->member_suffix[i] = suffix;
	out->member_value[i] = value;
	out->nmember_consts++;
}

/* What the caller stored in argument `arg`'s `suffix`, if it did. */
static void add_value(struct hm_walk *w, const struct path_state *s,
		      const struct ir_instr *in, struct function_call_out *out,
		      int arg, const char *suffix)
{
	long long value;

	if (arg >= 0 && arg < HM_CALL_CONST_ARGS &&
	    member_guard_value_at_call(w, s, in, arg, suffix, &value))
		add_member(out, arg, suffix, value);
}

void sleep_guard_call_members(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in,
			      const struct summary *sum,
			      struct function_call_out *out)
{
	const struct function_call_out *far;
	int i, j;

	out->nmember_consts = 0;
	for (i = 0; sum && i < sum->ncalls_out; i++) {
		far = &sum->calls_out[i];
		if (!far->own_quiet && far->has_own_guard && far->own_suffix)
			add_value(w, s, in, out, far->own_param,
				  far->own_suffix);
		if (far->has_guard && far->guard_suffix)
			add_value(w, s, in, out, far->guard_param,
				  far->guard_suffix);
		for (j = 0; j < HM_CALL_CONST_ARGS; j++)
			if (far->member_args & (1u << j))
				add_value(w, s, in, out, far->param_of[j],
					  far->arg_suffix[j]);
	}
}

void sleep_guard_merge_members(struct function_call_out *out,
			       const struct function_call_out *other)
{
	int i, j, kept = 0;

	for (i = 0; i < out->nmember_consts; i++) {
		j = other ? find_member(other, out->member_arg[i],
					out->member_suffix[i]) : -1;
		if (j < 0 || other->member_value[j] != out->member_value[i])
			continue;
		out->member_arg[kept] = out->member_arg[i];
		out->member_suffix[kept] = out->member_suffix[i];
		out->member_value[kept++] = out->member_value[i];
	}
	out->nmember_consts = kept;
}

void sleep_guard_members_through(struct function_call_out *out,
				 const struct function_call_out *into)
{
	int i, j, p;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++) {
		if (!(out->param_args & (1u << i)))
			continue;
		p = out->param_of[i];
		for (j = 0; j < into->nmember_consts; j++)
			if (into->member_arg[j] == p)
				add_member(out, i, into->member_suffix[j],
					   into->member_value[j]);
	}
}

bool sleep_guard_member_value(const struct function_call_out *into,
			      int arg, const char *suffix, long long *value)
{
	int i = into && suffix ? find_member(into, arg, suffix) : -1;

	if (i < 0)
		return false;
	*value = into->member_value[i];
	return true;
}

/*
 * `out` is a call out of the callee of `in`, made where that callee's
 * parameter's member passed a test (`if (!(nd->flags & LOOKUP_RCU))
 * path_put(&nd->path)`): what the caller's facts or stores at `in` say
 * of that member of the argument decide it, or it becomes the caller's
 * test of its own parameter or member.  True if they fail it.
 */
bool sleep_guard_path_member_through(struct hm_walk *w,
				     const struct path_state *s,
				     const struct ir_instr *in,
				     struct function_call_out *out)
{
	struct sleep_test test, mine;
	int decided;

	if (!out->has_guard || !out->guard_suffix)
		return false;
	sleep_guard_call_out_test(out, &test);
	out->has_guard = false;
	out->guard_suffix = NULL;
	if (test.param < 0 || test.param >= in->call.nargs)
		return false;
	decided = member_guard_at_call(w, s, in, &test, &mine);
	if (decided == 1)
		return true;
	if (!decided && !(mine.suffix && mine.equals)) {
		out->has_guard = true;
		out->guard_param = mine.param;
		out->guard_value = mine.value;
		out->guard_ones = mine.ones;
		out->guard_zeros = mine.zeros;
		out->guard_suffix = mine.suffix;
		out->guard_differ = false;
	}
	return false;
}

bool sleep_guard_path_member_ruled_out_at(struct hm_walk *w,
					  const struct path_state *s,
					  const struct ir_instr *in,
					  const struct function_call_out *call)
{
	struct sleep_test test, mine;

	if (!call->has_guard || !call->guard_suffix ||
	    call->guard_param < 0 || call->guard_param >= in->call.nargs)
		return false;
	sleep_guard_call_out_test(call, &test);
	return member_guard_at_call(w, s, in, &test, &mine) == 1;
}
