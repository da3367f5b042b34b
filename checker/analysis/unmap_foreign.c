// SPDX-License-Identifier: GPL-2.0
/*
 * unmap_foreign.c - a mapping released here that was made elsewhere.
 *
 * A release helper unmaps what its caller, a callback or an earlier call
 * mapped: no record of this function stands for it, so the release was
 * matched to nothing and remembered nowhere, and a second
 * `kunmap_atomic(x)` or `kunmap(page)` of the same argument, or a read
 * through the address, looked like the caller's business again.  But the
 * first unmap popped the slot, or dropped the pkmap reference, whoever
 * took it.  So the release leaves a released record, foreign (no leak of
 * it is this function's), held by the variable the address is in, or
 * named by the argument's spelling for as long as that spelling names the
 * same value (released_name.c).
 *
 * A second kunmap() of a page is legal when the page was kmap()ed twice;
 * a release helper given one reference does not drop two, and a kmap()
 * made in between is matched first (match_pkmap()).
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/util.h"

void remember_foreign_release(struct hm_walk *w, struct path_state *s,
			      const struct unmap_target *t, enum map_family family,
			      const char *name, struct ir_loc loc)
{
	struct map_record r = {
		.family = family, .foreign = true, .page_var = -1,
		.cond_var = -1, .api_name = name, .page_text = "",
		.unmap_site = loc, .decisions_before = s->ndecisions,
	};
	struct store_site spelling;
	int index;

	/* An address in a variable: the variable holds the record. */
	if (family != FAMILY_PKMAP && !t->memory) {
		if (t->var < 0)
			return;
		index = state_add_record(s, &r);
		state_set_value(s, t->var, index, s->param_origin[t->var],
				s->param_suffix[t->var]);
		return;
	}
	if (!release_name(w, t, loc, &spelling))
		return;
	index = state_add_record(s, &r);
	record_add_store(&s->records[index], &spelling);
}
