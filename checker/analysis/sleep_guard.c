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

/* An unchanged parameter whose bits a branch saw: `if (gfp & M)`. */
static int guard_from_bits(struct hm_walk *w, const struct path_state *s,
			   struct sleep_guard *guard)
{
	int i, var;

	for (i = 0; i < s->nbits; i++) {
		var = s->bits[i].var;
		if (!unchanged_parameter(w, s, var))
			continue;
		guard->param = var;
		guard->ones = s->bits[i].one;
		guard->zeros = s->bits[i].zero;
		return var;
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

void sleep_guard_note(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard)
{
	struct summary *sum = w->summary;
	struct sleep_guard found = { .param = SLEEP_GUARD_NONE };

	if (!sum || sum->sleep_unguarded)
		return;
	if (!guard) {
		found.param = guard_from_facts(w, s, &found.value);
		if (found.param < 0)
			guard_from_bits(w, s, &found);
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
