// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard.c - sleeps that depend on a flag parameter.  Kernel helpers
 * often take the caller's context as a flag (`recv`, `atomic`, `can_sleep`)
 * and sleep only when it allows (libiscsi_tcp's iscsi_tcp_segment_map()
 * uses kmap() for the transmit path only).  The summary keeps which
 * parameter, tested how, every sleep of the helper depends on; a caller
 * passing a constant (or a known integer) that picks the other side does
 * not sleep there, and a caller passing its own parameter along depends
 * on that one in turn.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"

/* The value of parameter `var` as its caller passed it. */
static bool unchanged_parameter(struct hm_walk *w, const struct path_state *s,
				int var)
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
		if (!unchanged_parameter(w, s, var) ||
		    w->fn->vars[var].is_pointer ||
		    strcmp(f->text, w->fn->vars[var].name))
			continue;
		*value = f->value;
		return var;
	}
	return SLEEP_GUARD_NONE;
}

/*
 * A parameter whose bits a branch saw (`if (gfp & M)`), unchanged or only
 * narrowed since the caller passed it.
 */
static bool guard_from_known(struct hm_walk *w, const struct path_state *s,
			     const struct known_bits *bits,
			     struct sleep_guard *guard)
{
	if (unchanged_parameter(w, s, bits->var)) {
		guard->ones = bits->one;
		guard->zeros = bits->zero;
	} else if (bits->one && known_bits_narrowed_param(w, bits->var, bits->one)) {
		/* A bit set now was set by the caller; a clear one may
		   have been cleared here. */
		guard->ones = bits->one;
		guard->zeros = 0;
	} else {
		return false;
	}
	guard->param = bits->var;
	return true;
}

/*
 * Or a fact of a local bool holding such a test (`if (!is_atomic)`), which
 * outlives the known bits of a long function's merged paths.
 */
static int guard_from_bits(struct hm_walk *w, const struct path_state *s,
			   struct sleep_guard *guard)
{
	struct known_bits bits;
	int i;

	for (i = 0; i < s->nbits; i++)
		if (guard_from_known(w, s, &s->bits[i], guard))
			return guard->param;
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory || f->predicate || f->nreads != 1 ||
		    f->reads[0] < 0 || f->reads[0] >= w->fn->nvars ||
		    strcmp(f->text, w->fn->vars[f->reads[0]].name) ||
		    !known_bits_of_bool(w, f->reads[0], f->value, &bits))
			continue;
		if (guard_from_known(w, s, &bits, guard))
			return guard->param;
	}
	return SLEEP_GUARD_NONE;
}

static bool is_bit_guard(const struct sleep_guard *guard)
{
	return guard->ones || guard->zeros;
}

/* The guard of the sleeps seen so far joined with `guard`: false if none. */
static bool join(struct summary *sum, const struct sleep_guard *guard)
{
	bool bits = sum->sleep_guard_ones || sum->sleep_guard_zeros;

	if (!sum->sleep_guarded) {
		sum->sleep_guarded = true;
		sum->sleep_guard_param = guard->param;
		sum->sleep_guard_value = guard->value;
		sum->sleep_guard_ones = guard->ones;
		sum->sleep_guard_zeros = guard->zeros;
		return true;
	}
	if (sum->sleep_guard_param != guard->param ||
	    bits != is_bit_guard(guard))
		return false;
	if (!bits)
		return sum->sleep_guard_value == guard->value;
	/* Sleeping needs only the bits every sleep needs. */
	sum->sleep_guard_ones &= guard->ones;
	sum->sleep_guard_zeros &= guard->zeros;
	return sum->sleep_guard_ones || sum->sleep_guard_zeros;
}

/*
 * The guard this path gives a sleep: of the candidates, the one like the
 * guard of the sleeps before, else a bit test (a flags parameter), else a
 * parameter's truth.
 */
static void guard_of_path(struct hm_walk *w, const struct path_state *s,
			  struct sleep_guard *guard)
{
	const struct summary *sum = w->summary;
	struct sleep_guard fact = { .param = SLEEP_GUARD_NONE };
	bool bits_before = sum->sleep_guard_ones || sum->sleep_guard_zeros;

	fact.param = guard_from_facts(w, s, &fact.value);
	*guard = (struct sleep_guard){ .param = SLEEP_GUARD_NONE };
	guard_from_bits(w, s, guard);
	if (guard->param < 0 ||
	    (sum->sleep_guarded && !bits_before && fact.param >= 0))
		*guard = fact;
}

void sleep_guard_note(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard)
{
	struct summary *sum = w->summary;
	struct sleep_guard found;

	if (!sum || sum->sleep_unguarded)
		return;
	if (!guard) {
		guard_of_path(w, s, &found);
		guard = &found;
	}
	if (guard->param < 0 || !join(sum, guard))
		sum->sleep_unguarded = true;
}

static bool argument_value(const struct path_state *s,
			   const struct ir_expr *arg, long long *value)
{
	if (arg->has_value) {
		*value = arg->value;
		return true;
	}
	return arg->kind == IR_EXPR_VAR && !arg->offset &&
	       known_int(s, arg->var, value);
}

/* Would the callee's guard let it sleep, called with `value`? */
static bool guard_holds(const struct summary *sum, long long value)
{
	unsigned long long bits = (unsigned long long)value;

	if (!sum->sleep_guard_ones && !sum->sleep_guard_zeros)
		return (value != 0) == sum->sleep_guard_value;
	return (bits & sum->sleep_guard_ones) == sum->sleep_guard_ones &&
	       !(bits & sum->sleep_guard_zeros);
}

int sleep_guard_at_call(struct hm_walk *w, const struct path_state *s,
			const struct ir_instr *in, const struct summary *sum,
			struct sleep_guard *guard)
{
	const struct ir_expr *arg;
	long long known;
	int var;

	if (!sum->sleep_guarded || sum->sleep_unguarded ||
	    sum->sleep_guard_param >= in->call.nargs)
		return SLEEP_GUARD_NONE;
	arg = &in->call.args[sum->sleep_guard_param];
	if (argument_value(s, arg, &known))
		return guard_holds(sum, known) ? SLEEP_GUARD_NONE :
		       SLEEP_GUARD_SKIP;
	var = arg->kind == IR_EXPR_VAR && !arg->offset ? arg->var : -1;
	if (!unchanged_parameter(w, s, var))
		return SLEEP_GUARD_NONE;
	guard->param = var;
	guard->value = sum->sleep_guard_value;
	guard->ones = sum->sleep_guard_ones;
	guard->zeros = sum->sleep_guard_zeros;
	return var;
}

void sleep_guard_call_consts(const struct path_state *s,
			     const struct ir_call *call,
			     struct function_call_out *out)
{
	long long value;
	int i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < call->nargs && i < HM_CALL_CONST_ARGS; i++)
		if (argument_value(s, &call->args[i], &value)) {
			out->const_args |= 1u << i;
			out->const_values[i] = value;
		}
}

void sleep_guard_merge_consts(struct function_call_out *out,
			      const struct function_call_out *other)
{
	int i;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++)
		if (!other || !(other->const_args & (1u << i)) ||
		    other->const_values[i] != out->const_values[i])
			out->const_args &= ~(1u << i);
}

bool sleep_guard_rules_out(const struct summary *sum,
			   const struct function_call_out *out)
{
	int param = sum->sleep_guard_param;

	if (!sum->sleep_guarded || sum->sleep_unguarded || param < 0 ||
	    param >= HM_CALL_CONST_ARGS || !(out->const_args & (1u << param)))
		return false;
	return !guard_holds(sum, out->const_values[param]);
}
