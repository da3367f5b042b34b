// SPDX-License-Identifier: GPL-2.0
/*
 * dead_vars.c - forget what variables nothing ahead reads still hold.
 *
 * States reaching a join late in a long function differ mostly in values
 * nobody will read again: the temporaries of a min() or a call long behind,
 * an offset of the other arm.  Kept, they fill the block's budget, and past
 * it the branch facts go: `if (cp->crc_size) map ... if (cp->crc_size)
 * unmap` is lost and a false leak or double unmap reported.  A variable no
 * path from here reads before assigning it (nor its address, nor a
 * parameter's origin a summary may want) is set back to "no mapping", and
 * its known value forgotten, so such states merge; the mappings themselves
 * are records and stay.
 */
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/dead_vars.h"
#include "analysis/known_ints.h"
#include "analysis/liveness.h"

static bool always_live(const struct ir_var *v)
{
	return v->kind == IR_VAR_PARAM || v->kind == IR_VAR_GLOBAL ||
	       v->kind == IR_VAR_STATIC || v->address_taken || v->is_aggregate;
}

static bool held_by_a_variable(const struct path_state *s, int record)
{
	int i;

	for (i = 0; i < s->nvars; i++)
		if (s->values[i] == record)
			return true;
	return false;
}

/*
 * A live local or atomic mapping whose only holder was just forgotten can
 * no longer be unmapped by name: a loop mapping again at its site loses it
 * (calls.c), which the variable would have told had it been kept.
 */
static void mark_orphaned(struct path_state *s, int record)
{
	struct map_record *r;

	if (record < 0 || record >= s->nrecords)
		return;
	r = &s->records[record];
	if (r->live && r->family != FAMILY_PKMAP && !r->nstores &&
	    !held_by_a_variable(s, record))
		r->orphaned = true;
}

void forget_dead_vars(struct hm_walk *w, struct path_state *s, int block)
{
	int i;

	if (!w->liveness)
		w->liveness = liveness_new(w->fn);
	for (i = 0; i < s->nvars && i < w->fn->nvars; i++) {
		int value = s->values[i];

		if (liveness_live_at(w->liveness, block, i) || always_live(&w->fn->vars[i]))
			continue;
		s->values[i] = VALUE_NOT_MAPPING;
		mark_orphaned(s, value);
		s->param_origin[i] = -1;
		s->param_suffix[i] = NULL;
		known_int_forget(s, i);
	}
	state_collect(s);
}
