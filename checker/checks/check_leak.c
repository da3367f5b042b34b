// SPDX-License-Identifier: GPL-2.0
/*
 * check_leak.c - rule `leak`: a mapping still held when the function
 * returns.  A local slot stays taken (and, for kmap_atomic, preemption and
 * page faults stay disabled); a pkmap entry is never given back.  Handing
 * the mapping over is not a leak: returning it, or storing it in memory the
 * caller can reach (a map helper).
 */
#include <string.h>
#include "checks/checks.h"

static bool handed_over(const struct map_record *r)
{
	int i;

	for (i = 0; i < r->nstores; i++)
		if (r->stores[i].escapes)
			return true;
	return false;
}

/* dir_get_page() returns the page it kmap()ed: its caller kunmap()s it. */
static bool returns_its_page(const struct hm_event *ev, const struct map_record *r)
{
	const struct ir_expr *value = ev->value;

	if (r->family != FAMILY_PKMAP || !value || value->kind != IR_EXPR_VAR)
		return false;
	return (r->page_var >= 0 && value->var == r->page_var) ||
	       !strcmp(value->text, r->page_text);
}

static void report_leak(const struct hm_event *ev, const struct map_record *r)
{
	struct diag_report *rep;

	rep = hm_report(ev, "leak", r->site,
			"the mapping made by %s(%s) is not released on every "
			"path: call %s() before returning",
			r->api_name, r->page_text, hm_record_unmap(r));
	diag_note(rep, ev->loc, "returning here without unmapping");
	hm_note_path(rep, ev->state, r->decisions_before);
	diag_end(rep);
}

static void leak_at_return(const struct hm_event *ev)
{
	const struct path_state *s = ev->state;
	int i;

	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		if (!r->live || r->count_unknown || i == ev->record || r->foreign ||
		    r->cond_var >= 0 || handed_over(r) || returns_its_page(ev, r))
			continue;
		report_leak(ev, r);
	}
}

/*
 * The earlier mapping's page as written.  A record that forgot its page
 * (its variable was given the next page) was made at this same call, so
 * the new mapping's page spells it.
 */
static const char *lost_page_text(const struct hm_event *ev,
				  const struct map_record *r)
{
	if (r->page_text[0] || ev->record < 0 ||
	    ev->record >= ev->state->nrecords)
		return r->page_text;
	return ev->state->records[ev->record].page_text;
}

/* A loop maps again into the only holder of the mapping made there before. */
static void leak_at_remap(const struct hm_event *ev)
{
	const struct map_record *r;
	struct diag_report *rep;

	if (ev->lost_record < 0)
		return;
	r = &ev->state->records[ev->lost_record];
	rep = hm_report(ev, "leak", ev->loc,
			"the mapping made by %s(%s) is lost: mapped again here "
			"before %s() released the earlier one",
			r->api_name, lost_page_text(ev, r), hm_record_unmap(r));
	diag_note(rep, r->site, "the earlier mapping made here, in an earlier "
		  "iteration");
	hm_note_path(rep, ev->state, r->decisions_before);
	diag_end(rep);
}

void check_leak_register(void)
{
	hm_add_hook(HM_EVENT_RETURN, leak_at_return);
	hm_add_hook(HM_EVENT_MAP, leak_at_remap);
}
