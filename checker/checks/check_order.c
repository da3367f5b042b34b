// SPDX-License-Identifier: GPL-2.0
/*
 * check_order.c - rule `order`: kmap_local and kmap_atomic mappings live on
 * a per-CPU stack, and kunmap_local()/kunmap_atomic() must release the most
 * recent one first.  Releasing an older one first makes the kernel warn and
 * tear down the wrong slot.
 */
#include "checks/checks.h"

static void order_unmap(const struct hm_event *ev)
{
	const struct path_state *s = ev->state;
	const struct map_record *r, *top;
	struct diag_report *rep;
	int top_index;

	if (ev->match != UNMAP_MATCHED || ev->family == FAMILY_PKMAP ||
	    ev->record < 0)
		return;
	top_index = state_stack_top(s);
	if (top_index < 0 || top_index == ev->record)
		return;
	r = &s->records[ev->record];
	top = &s->records[top_index];
	/* A loop's mappings may all be gone already: their count is unknown. */
	if (r->repeated || top->repeated || top->count_unknown)
		return;
	rep = hm_report(ev, "order", ev->loc,
			"%s(%s) releases a mapping that is not the most recent: "
			"the one made by %s() on line %u must be unmapped first",
			ev->name, ev->arg_text, top->api_name, top->site.line);
	diag_note(rep, r->site, "the mapping released here was made here");
	diag_note(rep, top->site,
		  "this later mapping is still live; %s() mappings nest like a "
		  "stack: unmap in the reverse order of mapping",
		  hm_family_name(top->family));
	hm_note_path(rep, s, top->decisions_before);
	diag_end(rep);
}

void check_order_register(void)
{
	hm_add_hook(HM_EVENT_UNMAP, order_unmap);
}
