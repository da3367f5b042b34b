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
 *
 * Every store that leaks the address is reported at its own line: the
 * stores pending until the function ends are a set over all paths, one
 * per place and store line, not one per place.  Kept one per place, the
 * path that happened to return first chose the line (a workspace pointer
 * stored before a loop and again inside it), and whatever changed the
 * order of the walk changed the report.
 */
#include <stdlib.h>
#include <string.h>
#include "checks/checks.h"

struct pending_escape {
	struct hm_walk *walk;		/* walks nest: callees are summarized */
	const char *text;
	struct ir_loc store, unmap, ret; /* store zero: a hand-over */
	const char *api_name;
	bool handed_over;		/* a path returns with it live there */
	bool held_back;			/* only imprecise paths gave it */
};

static struct pending_escape *pending;
static int npending;

static bool loc_equal(struct ir_loc a, struct ir_loc b)
{
	return a.file == b.file && a.line == b.line && a.col == b.col;
}

static bool loc_before(struct ir_loc a, struct ir_loc b)
{
	int files = strcmp(a.file ? a.file : "", b.file ? b.file : "");

	if (files)
		return files < 0;
	return a.line != b.line ? a.line < b.line : a.col < b.col;
}

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

static struct pending_escape *find_pending(struct hm_walk *walk, const char *text,
					   struct ir_loc store)
{
	int i;

	for (i = 0; i < npending; i++)
		if (pending[i].walk == walk && pending[i].text == text &&
		    loc_equal(pending[i].store, store))
			return &pending[i];
	return NULL;
}

static struct pending_escape *add_pending(struct hm_walk *walk, const char *text,
					  struct ir_loc store)
{
	struct pending_escape *p = find_pending(walk, text, store);

	if (p)
		return p;
	pending = realloc(pending, (npending + 1) * sizeof(*pending));
	if (!pending)
		abort();
	p = &pending[npending++];
	memset(p, 0, sizeof(*p));
	p->walk = walk;
	p->text = text;
	p->store = store;
	return p;
}

/*
 * The same store reached by several paths: name the earliest unmap and
 * return, so that the notes do not depend on which path came first.  A
 * state past the budget that lost its facts reports nothing (hooks.c):
 * the store it releases stays held back unless a precise path releases
 * it too, as its report would be were it not waiting for the end (-v
 * does not count it: the walk's count is told before the end).
 */
static void released_store(const struct hm_event *ev, const struct map_record *r,
			   const struct store_site *site)
{
	bool imprecise = ev->state->imprecise;
	struct pending_escape *p;

	if (!through_parameter(ev->state, site)) {
		report_store(ev, r->api_name, site->text, site->loc,
			     r->unmap_site, ev->loc);
		return;
	}
	p = add_pending(ev->walk, site->text, site->loc);
	if (imprecise && p->api_name)
		return;
	if (!imprecise && p->held_back) {
		p->held_back = false;
		p->api_name = NULL;
	}
	if (p->api_name && !loc_before(r->unmap_site, p->unmap) &&
	    !(loc_equal(r->unmap_site, p->unmap) && loc_before(ev->loc, p->ret)))
		return;
	p->unmap = r->unmap_site;
	p->ret = ev->loc;
	p->api_name = r->api_name;
	p->held_back = imprecise;
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
				add_pending(ev->walk, site->text,
					    (struct ir_loc){ 0 })->handed_over = true;
		}
	}
}

static bool handed_over(const struct pending_escape *p)
{
	int i;

	for (i = 0; i < npending; i++)
		if (pending[i].walk == p->walk && pending[i].text == p->text &&
		    pending[i].handed_over)
			return true;
	return false;
}

/* In the order of the source, not of the walk. */
static int by_store(const void *a, const void *b)
{
	const struct pending_escape *x = a, *y = b;

	if (loc_before(x->store, y->store))
		return -1;
	return loc_before(y->store, x->store);
}

/* This walk's pending stores to the end of the array, others kept in order. */
static int move_walk_last(struct hm_walk *walk)
{
	struct pending_escape *tmp = malloc(npending * sizeof(*tmp));
	int i, n = 0, first;

	if (!tmp)
		abort();
	for (i = 0; i < npending; i++)
		if (pending[i].walk != walk)
			tmp[n++] = pending[i];
	first = n;
	for (i = 0; i < npending; i++)
		if (pending[i].walk == walk)
			tmp[n++] = pending[i];
	memcpy(pending, tmp, npending * sizeof(*tmp));
	free(tmp);
	return first;
}

static void escape_at_end(const struct hm_event *ev)
{
	int i, first;

	if (!npending)
		return;
	first = move_walk_last(ev->walk);
	qsort(pending + first, npending - first, sizeof(*pending), by_store);
	for (i = first; i < npending; i++) {
		struct pending_escape *p = &pending[i];

		if (p->api_name && !p->held_back && !handed_over(p))
			report_store(ev, p->api_name, p->text, p->store,
				     p->unmap, p->ret);
	}
	npending = first;
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
