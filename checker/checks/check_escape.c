// SPDX-License-Identifier: GPL-2.0
/*
 * check_escape.c - rule `escape`: a mapping's address stored where it
 * outlives the mapping (a global, memory reached through a pointer) or
 * returned, while this function releases the mapping.  Whoever reads it
 * later reads through a dead mapping.  Storing it and not unmapping is a map
 * helper, not a bug; clearing the store after the unmap is fine too, which
 * is why this is judged when the function returns.
 */
#include "checks/checks.h"

static void report_store(const struct hm_event *ev, const struct map_record *r,
			 const struct store_site *site)
{
	struct diag_report *rep;

	rep = hm_report(ev, "escape", site->loc,
			"the address of the %s() mapping is stored in '%s', "
			"which outlives the mapping released on line %u",
			r->api_name, site->text, r->unmap_site.line);
	diag_note(rep, r->unmap_site, "the mapping is released here; clear "
		  "'%s' first, or keep the mapping while it is stored",
		  site->text);
	diag_note(rep, ev->loc, "and the function returns here with it stored");
	diag_end(rep);
}

static void report_returned(const struct hm_event *ev, const struct map_record *r)
{
	struct diag_report *rep;

	rep = hm_report(ev, "escape", ev->loc,
			"returning the address of a %s() mapping that was "
			"already released", r->api_name);
	diag_note(rep, r->unmap_site, "the mapping was released here");
	diag_note(rep, r->site, "it was made here");
	diag_end(rep);
}

static void escape_at_return(const struct hm_event *ev)
{
	const struct path_state *s = ev->state;
	int i, j;

	if (ev->record >= 0 && !s->records[ev->record].live)
		report_returned(ev, &s->records[ev->record]);
	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		if (r->live)
			continue;
		for (j = 0; j < r->nstores; j++)
			if (r->stores[j].escapes)
				report_store(ev, r, &r->stores[j]);
	}
}

void check_escape_register(void)
{
	hm_add_hook(HM_EVENT_RETURN, escape_at_return);
}
