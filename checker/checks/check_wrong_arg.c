// SPDX-License-Identifier: GPL-2.0
/*
 * check_wrong_arg.c - rule `wrong-arg`: kunmap() takes the page, while
 * kunmap_local() and kunmap_atomic() take the address; and a mapping must
 * be released by its own family's unmap.
 */
#include "checks/checks.h"

static void note_mapped(struct diag_report *rep, const struct hm_event *ev)
{
	const struct map_record *r;

	if (ev->record < 0)
		return;
	r = &ev->state->records[ev->record];
	diag_note(rep, r->site, "mapped here by %s()", r->api_name);
}

static void wrong_arg(const struct hm_event *ev)
{
	const struct map_record *r = NULL;
	struct diag_report *rep;

	if (ev->record >= 0)
		r = &ev->state->records[ev->record];
	switch (ev->match) {
	case UNMAP_PAGE_NOT_ADDRESS:
		rep = hm_report(ev, "wrong-arg", ev->loc,
				"%s() takes the address the mapping returned, "
				"not the page '%s'", ev->name, ev->arg_text);
		break;
	case UNMAP_ADDRESS_NOT_PAGE:
		rep = hm_report(ev, "wrong-arg", ev->loc,
				"%s() takes the page, not the address '%s'%s%s%s",
				ev->name, ev->arg_text,
				r && r->family != FAMILY_PKMAP ? "; this mapping "
				"was made by " : "",
				r && r->family != FAMILY_PKMAP ? r->api_name : "",
				r && r->family != FAMILY_PKMAP ? "(): use its unmap" : "");
		break;
	case UNMAP_WRONG_FAMILY:
		if (!r)
			return;
		rep = hm_report(ev, "wrong-arg", ev->loc,
				"'%s' was mapped by %s(): release it with %s(), "
				"not %s()", ev->arg_text, r->api_name,
				hm_record_unmap(r), ev->name);
		break;
	default:
		return;
	}
	note_mapped(rep, ev);
	diag_end(rep);
}

void check_wrong_arg_register(void)
{
	hm_add_hook(HM_EVENT_UNMAP, wrong_arg);
}
