// SPDX-License-Identifier: GPL-2.0
/*
 * budget_widen.c - what a state past its block's budget no longer tells
 * apart, so that such states merge before their branch facts must go.
 *
 * A callee that leaves a per-CPU context on some returns only (a preload
 * whose end re-enables preemption) lowers its caller's least-held depth at
 * each call, and a loop calling it never sees the same depth twice: every
 * iteration's states are new until the budget drops their facts and holds
 * back what they report.  Below zero a depth only tells how many enters it
 * takes before the path is atomic again (a leave at or below zero is
 * unbalanced whatever the depth), so past the budget every depth below
 * zero becomes the floor locks already have, -HM_LOCK_DEPTH_FLOOR.
 *
 * A mapping remembers the known integers it was made under, so that a
 * counted loop's next iteration maps anew (calls.c).  Past the budget
 * those integers are forgotten but flags (flag_vars.c); a key of integers
 * no longer known only keeps equal records apart, so a live record takes
 * the key of the integers still known: a mapping again at its site is the
 * same loop's, as it would be one iteration later.  A released record's
 * key is read by nothing.
 *
 * An integer variable's value is "not a mapping" after a constant (`i = 1`)
 * and "unknown" after arithmetic (`i++`): a counter splits every state at
 * its loop's head in two, though an integer holds no address either way
 * and its known value went with the known integers.  It becomes unknown.
 * Pointers keep theirs: their null tests guard mappings.
 */
#include "analysis/walk.h"
#include "analysis/known_ints.h"
#include "analysis/budget_widen.h"

static void widen_left_contexts(struct path_state *s)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (s->contexts[i].depth < 0)
			s->contexts[i].depth = -HM_LOCK_DEPTH_FLOOR;
}

static void rekey_records(struct path_state *s)
{
	unsigned long key = known_ints_key(s);
	int i;

	for (i = 0; i < s->nrecords; i++)
		s->records[i].ints_key = s->records[i].live ? key : 0;
}

static void widen_integers(const struct ir_function *fn, struct path_state *s)
{
	int i;

	for (i = 0; i < s->nvars && i < fn->nvars; i++) {
		const struct ir_var *v = &fn->vars[i];

		if (s->values[i] == VALUE_NOT_MAPPING && !v->is_pointer &&
		    !v->is_aggregate && !v->address_taken)
			s->values[i] = VALUE_UNKNOWN;
	}
}

void widen_past_budget(const struct hm_walk *w, struct path_state *s)
{
	widen_left_contexts(s);
	rekey_records(s);
	widen_integers(w->fn, s);
}
