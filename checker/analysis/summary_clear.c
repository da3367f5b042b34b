// SPDX-License-Identifier: GPL-2.0
/*
 * summary_clear.c - a helper that releases a mapping its caller keeps in a
 * member of the object it is handed, and clears that member
 * (`kunmap_atomic(rq->entry); rq->entry = NULL;`).  Without the clear, the
 * caller's member would still hold the address after the call and outlive
 * the mapping (rule escape); with it on every return, nothing stored there
 * is left to outlive it.  A clear counts only after the unmap on the same
 * path: a store before it is the caller's address being replaced, not
 * released.
 */
#include "analysis/walk.h"
#include "analysis/summary.h"

/* The unmap effect of this path that released `param` at `suffix`. */
static int released_here(struct hm_walk *w, const struct path_state *s,
			 int param, const char *suffix)
{
	const struct summary *sum = w->summary;
	int i;

	if (!sum || param < 0 || !suffix || !suffix[0])
		return -1;
	for (i = 0; i < sum->nunmaps && i < 32; i++)
		if ((s->helper_unmaps & (1u << i)) &&
		    sum->unmaps[i].param == param &&
		    sum->unmaps[i].suffix == suffix)
			return i;
	return -1;
}

void summary_note_clear(struct hm_walk *w, struct path_state *s,
			const struct ir_expr *target, int value)
{
	const char *suffix;
	int param, i;

	if (!w->summary || target->kind != IR_EXPR_MEMORY)
		return;
	param = expr_param_origin_suffix(w, s, target, &suffix);
	i = released_here(w, s, param, suffix);
	if (i < 0)
		return;
	/* Another mapping stored there is handed over, not cleared. */
	if (value >= 0)
		s->helper_clears &= ~(1u << i);
	else
		s->helper_clears |= 1u << i;
}

void summary_collect_clears(struct summary *sum, const struct path_state *s)
{
	int i;

	for (i = 0; i < sum->nunmaps && i < 32; i++)
		if (s->helper_unmaps & s->helper_clears & (1u << i))
			sum->unmaps[i].clears_with++;
}

/*
 * Every return cleared it: what the caller stored there is gone, and a
 * caller being summarized clears its own caller's memory in turn.
 */
void summary_apply_clear(struct hm_walk *w, struct path_state *s,
			 const struct summary *sum,
			 const struct summary_effect *e,
			 const struct unmap_target *t)
{
	int i;

	if (!t->memory || !e->suffix || !e->clears_with ||
	    e->clears_with != sum->nreturns)
		return;
	state_drop_stores_at(s, t->memory);
	i = released_here(w, s, t->param_origin, t->param_suffix);
	if (i >= 0)
		s->helper_clears |= 1u << i;
}
