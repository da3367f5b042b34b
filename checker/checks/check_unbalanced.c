// SPDX-License-Identifier: GPL-2.0
/*
 * check_unbalanced.c - rule `unbalanced`: an unmap with nothing to unmap on
 * some path (a double unmap, an unmap of NULL or of a page not held), or
 * leaving an atomic context this path already left.  A function that only
 * unmaps or only leaves what its caller set up is a helper, not a bug: the
 * core tells those apart and this check stays quiet about them.
 */
#include "checks/checks.h"

static void double_unmap(const struct hm_event *ev)
{
	const struct map_record *r = &ev->state->records[ev->record];
	struct diag_report *rep;

	rep = hm_report(ev, "unbalanced", ev->loc,
			"%s(%s) releases a mapping that was already released "
			"on this path", ev->name, ev->arg_text);
	if (r->foreign) {
		diag_note(rep, r->unmap_site, "it was released here (it had "
			  "been mapped outside this function)");
	} else {
		diag_note(rep, r->unmap_site, "it was released here");
		diag_note(rep, r->site, r->repeated ? "it was mapped here, in a "
			  "loop" : "it was mapped here, once");
	}
	hm_note_path(rep, ev->state, r->decisions_before);
	diag_end(rep);
}

static void nothing_mapped(const struct hm_event *ev)
{
	struct diag_report *rep;

	if (ev->family == FAMILY_PKMAP)
		rep = hm_report(ev, "unbalanced", ev->loc,
				"%s(%s) but that page is not mapped with kmap() "
				"on this path", ev->name, ev->arg_text);
	else
		rep = hm_report(ev, "unbalanced", ev->loc,
				"%s(%s) but '%s' holds no mapping on this path",
				ev->name, ev->arg_text, ev->arg_text);
	hm_note_path(rep, ev->state, 0);
	diag_end(rep);
}

static void unbalanced_unmap(const struct hm_event *ev)
{
	if (ev->match == UNMAP_RELEASED && ev->record >= 0)
		double_unmap(ev);
	else if (ev->match == UNMAP_NOTHING)
		nothing_mapped(ev);
}

static void unbalanced_leave(const struct hm_event *ev)
{
	struct diag_report *rep;

	if (!ev->unbalanced)
		return;
	rep = hm_report(ev, "unbalanced", ev->loc,
			"%s() leaves %s context, which this path has already "
			"left", ev->name, ev->context);
	hm_note_path(rep, ev->state, 0);
	diag_end(rep);
}

void check_unbalanced_register(void)
{
	hm_add_hook(HM_EVENT_UNMAP, unbalanced_unmap);
	hm_add_hook(HM_EVENT_ATOMIC_LEAVE, unbalanced_leave);
}
