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
		if (var < 0 || var >= w->fn->nparams || var >= s->nvars ||
		    s->param_origin[var] != var || s->param_suffix[var] ||
		    w->fn->vars[var].is_pointer ||
		    strcmp(f->text, w->fn->vars[var].name))
			continue;
		*value = f->value;
		return var;
	}
	return SLEEP_GUARD_NONE;
}

void sleep_guard_note(struct hm_walk *w, const struct path_state *s,
		      int param, bool value)
{
	struct summary *sum = w->summary;

	if (!sum || sum->sleep_unguarded)
		return;
	if (param == SLEEP_GUARD_NONE)
		param = guard_from_facts(w, s, &value);
	if (param < 0 || (sum->sleep_guarded &&
			  (sum->sleep_guard_param != param ||
			   sum->sleep_guard_value != value))) {
		sum->sleep_unguarded = true;
		return;
	}
	sum->sleep_guarded = true;
	sum->sleep_guard_param = param;
	sum->sleep_guard_value = value;
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

int sleep_guard_at_call(struct hm_walk *w, const struct path_state *s,
			const struct ir_instr *in, const struct summary *sum,
			bool *value)
{
	const struct ir_expr *arg;
	long long known;
	int var;

	if (!sum->sleep_guarded || sum->sleep_unguarded ||
	    sum->sleep_guard_param >= in->call.nargs)
		return SLEEP_GUARD_NONE;
	arg = &in->call.args[sum->sleep_guard_param];
	if (argument_value(s, arg, &known))
		return (known != 0) == sum->sleep_guard_value ?
		       SLEEP_GUARD_NONE : SLEEP_GUARD_SKIP;
	var = arg->kind == IR_EXPR_VAR && !arg->offset ? arg->var : -1;
	if (var < 0 || var >= w->fn->nparams || var >= s->nvars ||
	    s->param_origin[var] != var || s->param_suffix[var])
		return SLEEP_GUARD_NONE;
	*value = sum->sleep_guard_value;
	return var;
}
