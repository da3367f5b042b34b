// SPDX-License-Identifier: GPL-2.0
/*
 * check_escape.c - rule `escape`: a mapping's address stored where it
 * outlives the mapping (a global, memory reached through a pointer) or
 * returned, while this function releases the mapping.  Whoever reads it
 * later reads through a dead mapping.  Storing it and not unmapping is a map
 * helper, not a bug; clearing the store after the unmap is fine too, which
 * is why this is judged when the function returns.
 *
 * A helper that stores into its caller's memory and, on its error paths,
 * releases the mapping again (`*out = kmap_local_page(p); if (bad) {
 * kunmap_local(*out); return -EIO; }`) leaves a dangling pointer its caller
 * is told not to read.  Stores through a parameter are therefore reported
 * only when no path of the function hands the mapping over there.
 */
#include <stdlib.h>
#include <string.h>
#include "checks/checks.h"

struct pending_escape {
	struct hm_walk *walk;		/* walks nest: callees are summarized */
	const char *text;
	struct ir_loc store, unmap, ret;
	const char *api_name;
	bool handed_over;		/* another path returns with it live */
};

static struct pending_escape *pending;
static int npending;

static void report_store(const struct hm_event *ev, const char *api_name,
			 const char *text, struct ir_loc store,
			 struct ir_loc unmap, struct ir_loc ret)
{
	struct diag_report *rep;

	rep = hm_report(ev, "escape", store,
			"the address of the %s() mapping is stored in '%s', "
			"which outlives the mapping released on line %u",
			api_name, text, unmap.line);
	diag_note(rep, unmap, "the mapping is released here; clear '%s' "
		  "first, or keep the mapping while it is stored", text);
	diag_note(rep, ret, "and the function returns here with it stored");
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

static bool through_parameter(const struct path_state *s,
			      const struct store_site *site)
{
	return site->base_var >= 0 && site->base_var < s->nvars &&
	       s->param_origin[site->base_var] >= 0;
}

static struct pending_escape *find_pending(struct hm_walk *walk, const char *text)
{
	int i;

	for (i = 0; i < npending; i++)
		if (pending[i].walk == walk && pending[i].text == text)
			return &pending[i];
	return NULL;
}

static struct pending_escape *add_pending(struct hm_walk *walk, const char *text)
{
	struct pending_escape *p = find_pending(walk, text);

	if (p)
		return p;
	pending = realloc(pending, (npending + 1) * sizeof(*pending));
	if (!pending)
		abort();
	p = &pending[npending++];
	memset(p, 0, sizeof(*p));
	p->walk = walk;
	p->text = text;
	return p;
}

static void released_store(const struct hm_event *ev, const struct map_record *r,
			   const struct store_site *site)
{
	struct pending_escape *p;

	if (!through_parameter(ev->state, site)) {
		report_store(ev, r->api_name, site->text, site->loc,
			     r->unmap_site, ev->loc);
		return;
	}
	p = add_pending(ev->walk, site->text);
	if (p->store.line)
		return;
	p->store = site->loc;
	p->unmap = r->unmap_site;
	p->ret = ev->loc;
	p->api_name = r->api_name;
}

static void escape_at_return(const struct hm_event *ev)
{
	const struct path_state *s = ev->state;
	int i, j;

	if (ev->record >= 0 && !s->records[ev->record].live)
		report_returned(ev, &s->records[ev->record]);
	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		for (j = 0; j < r->nstores; j++) {
			const struct store_site *site = &r->stores[j];

			if (!site->escapes)
				continue;
			if (!r->live)
				released_store(ev, r, site);
			else if (through_parameter(s, site))
				add_pending(ev->walk, site->text)->handed_over = true;
		}
	}
}

static void escape_at_end(const struct hm_event *ev)
{
	int i, kept = 0;

	for (i = 0; i < npending; i++) {
		struct pending_escape *p = &pending[i];

		if (p->walk != ev->walk) {
			pending[kept++] = *p;
			continue;
		}
		if (!p->handed_over && p->store.line)
			report_store(ev, p->api_name, p->text, p->store,
				     p->unmap, p->ret);
	}
	npending = kept;
	if (!npending) {
		free(pending);
		pending = NULL;
	}
}

void check_escape_register(void)
{
	hm_add_hook(HM_EVENT_RETURN, escape_at_return);
	hm_add_hook(HM_EVENT_FUNCTION_END, escape_at_end);
}
