// SPDX-License-Identifier: GPL-2.0
/*
 * unmap_foreign.c - a mapping released here that was made elsewhere.
 *
 * A release helper unmaps what its caller, a callback or an earlier call
 * mapped: no record of this function stands for it, so the release was
 * matched to nothing and remembered nowhere, and a second
 * `kunmap_atomic(x)` of the same address, or a read through it, looked
 * like the caller's business again.  But the first unmap popped the slot,
 * whoever pushed it.  So the release leaves a released record, foreign
 * (no leak of it is this function's), held by the variable or the memory
 * the address came from.  Memory only while no call may have put a new
 * mapping there (an iterator's next()), and not through an index that
 * may move.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/util.h"

static bool fixed_place(const struct unmap_target *t)
{
	if (t->memory)
		return !strchr(t->memory, '[');
	return t->var >= 0;
}

void remember_foreign_release(struct path_state *s,
			      const struct unmap_target *t, enum map_family family,
			      const char *name, struct ir_loc loc)
{
	struct map_record r = {
		.family = family, .foreign = true, .page_var = -1,
		.cond_var = -1, .api_name = name, .page_text = "",
		.unmap_site = loc, .decisions_before = s->ndecisions,
	};
	int index;

	if (family == FAMILY_PKMAP || !fixed_place(t))
		return;
	index = state_add_record(s, &r);
	if (t->memory) {
		record_add_store(&s->records[index], &(struct store_site){
			.text = t->memory, .base_var = -1, .loc = loc,
		});
		return;
	}
	state_set_value(s, t->var, index, s->param_origin[t->var],
			s->param_suffix[t->var]);
}

/* A call may map anew into memory it can reach: forget what was there. */
void forget_foreign_stores(struct path_state *s)
{
	int i;

	for (i = 0; i < s->nrecords; i++)
		if (s->records[i].foreign && !s->records[i].live)
			s->records[i].nstores = 0;
}
