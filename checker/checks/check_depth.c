// SPDX-License-Identifier: GPL-2.0
/*
 * check_depth.c - rule `depth`: a 16th kmap_local / kmap_atomic mapping
 * live at once.  6.1's kmap_local_idx_push() moves the index, then
 * BUG_ON(idx >= KM_MAX_IDX), so only KM_MAX_IDX - 1 can nest.  A loop
 * that maps without unmapping counts once, since how many times it runs is
 * unknown.  A call to a function that nests mappings of its own on top of
 * the caller's is reported at the call.
 */
#include "checks/checks.h"

static void depth_at_map(const struct hm_event *ev)
{
	struct diag_report *rep;

	if (ev->family != FAMILY_LOCAL && ev->family != FAMILY_ATOMIC)
		return;
	if (state_stack_depth(ev->state) != HM_KM_MAX_IDX)
		return;
	rep = hm_report(ev, "depth", ev->loc,
			"%s() makes %d nested kmap_local/kmap_atomic mappings: "
			"the index reaches KM_MAX_IDX (%d) and kmap_local_idx_push() "
			"BUG()s; unmap some first",
			ev->name, HM_KM_MAX_IDX, HM_KM_MAX_IDX);
	hm_note_path(rep, ev->state, 0);
	diag_end(rep);
}

static void depth_at_call(const struct hm_event *ev)
{
	struct diag_report *rep;

	/* A callee that overflows on its own is reported inside it. */
	if (!ev->nested_depth || ev->nested_depth >= HM_KM_MAX_IDX ||
	    ev->depth_before >= HM_KM_MAX_IDX ||
	    ev->depth_before + ev->nested_depth < HM_KM_MAX_IDX)
		return;
	rep = hm_report(ev, "depth", ev->loc,
			"%s() nests %d more kmap_local/kmap_atomic mappings on "
			"top of the %d live here: the index reaches KM_MAX_IDX "
			"(%d) inside it and kmap_local_idx_push() BUG()s",
			ev->name, ev->nested_depth, ev->depth_before,
			HM_KM_MAX_IDX);
	diag_note(rep, ev->nested_loc, "its deepest mapping is made here");
	hm_note_path(rep, ev->state, 0);
	diag_end(rep);
}

void check_depth_register(void)
{
	hm_add_hook(HM_EVENT_MAP, depth_at_map);
	hm_add_hook(HM_EVENT_CALL, depth_at_call);
}
