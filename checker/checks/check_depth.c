// SPDX-License-Identifier: GPL-2.0
/*
 * check_depth.c - rule `depth`: more than KM_MAX_IDX (16) kmap_local /
 * kmap_atomic mappings live at once.  The per-CPU slot stack overflows and
 * the kernel BUGs.  A loop that maps without unmapping counts once, since
 * how many times it runs is unknown.
 */
#include "checks/checks.h"

static void depth_at_map(const struct hm_event *ev)
{
	struct diag_report *rep;

	if (ev->family != FAMILY_LOCAL && ev->family != FAMILY_ATOMIC)
		return;
	if (state_stack_depth(ev->state) != HM_KM_MAX_IDX + 1)
		return;
	rep = hm_report(ev, "depth", ev->loc,
			"%s() makes %d nested kmap_local/kmap_atomic mappings, "
			"but a CPU has only %d slots: unmap some first",
			ev->name, HM_KM_MAX_IDX + 1, HM_KM_MAX_IDX);
	hm_note_path(rep, ev->state, 0);
	diag_end(rep);
}

void check_depth_register(void)
{
	hm_add_hook(HM_EVENT_MAP, depth_at_map);
}
