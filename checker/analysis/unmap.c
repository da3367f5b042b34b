// SPDX-License-Identifier: GPL-2.0
/*
 * unmap.c - matching an unmap's argument to a mapping, and releasing it.
 *
 * kunmap_local() and kunmap_atomic() take any address inside the mapped
 * page; kunmap() takes the page.  The core decides what the argument is
 * (a live mapping, one already released, a page, certainly nothing, or
 * something it cannot know) and tells the checks; which of those is a bug
 * is theirs to say.  Whatever they say, the path goes on as the programmer
 * meant it, so one mistake gives one report.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/page_form.h"

void unmap_target_from_expr(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *e, struct unmap_target *t)
{
	memset(t, 0, sizeof(*t));
	t->text = e->text;
	t->var = e->kind == IR_EXPR_VAR ? e->var : -1;
	if (e->kind == IR_EXPR_MEMORY)
		t->memory = known_ints_text(w, s, e);
	t->value = expr_value(w, s, e);
	t->param_origin = expr_param_origin_suffix(w, s, e, &t->param_suffix);
	t->copied_from = unmap_copied_from(w, e);
	t->page_memory = page_identity(w, s, e);
	if (t->param_origin < 0)
		t->page_form = page_form_of(w, s, e, &t->form_param);
	/* The argument may have been converted to const void *. */
	t->expr = e;
	t->is_page = e->is_page ||
		     (e->kind == IR_EXPR_VAR && e->var >= 0 &&
		      e->var < w->fn->nvars && w->fn->vars[e->var].is_page);
}

/* `names`: an unmap's spelling of a page it released counts (released_name.c). */
static bool same_page(const struct map_record *r, const struct unmap_target *t,
		      const char *page_text, bool names)
{
	int i;

	/* The same text at another known index: another page. */
	if (page_identity_distinct(r->page_memory, t->page_memory))
		return false;
	if (r->page_memory && r->page_memory == t->page_memory)
		return true;
	if (t->var >= 0 && r->page_var == t->var && r->page_var >= 0)
		return true;
	for (i = 0; i < r->nstores; i++) {
		const struct store_site *site = &r->stores[i];

		if (!site->holds_page || (site->named_by && !names))
			continue;
		if (site->text == page_text ||
		    (site->named_by && t->memory && site->text == t->memory))
			return true;
	}
	if (r->page_text && r->page_text[0] && t->copied_from &&
	    r->page_text == t->copied_from)
		return true;
	return r->page_text && r->page_text[0] && r->page_text == page_text;
}

/* The most recent mapping of the page named by `t`, live or not. */
static int find_by_page(struct hm_walk *w, const struct path_state *s,
			const struct unmap_target *t, bool pkmap, bool live,
			bool names)
{
	const char *page_text = intern_compact(w->an->strings, t->text);
	int i;

	for (i = s->nrecords - 1; i >= 0; i--) {
		const struct map_record *r = &s->records[i];

		if ((r->family == FAMILY_PKMAP) != pkmap || r->live != live)
			continue;
		if (same_page(r, t, page_text, names))
			return i;
	}
	return -1;
}

/*
 * The live kmap() the unknown page most likely is: an element of the same
 * array at an index that may be the same, else the latest one.
 */
static int latest_live_pkmap(const struct path_state *s,
			     const struct unmap_target *t)
{
	int i, latest = -1;

	for (i = s->nrecords - 1; i >= 0; i--) {
		const struct map_record *r = &s->records[i];

		if (!r->live || r->family != FAMILY_PKMAP)
			continue;
		if (page_identity_may_alias(r->page_memory, t->page_memory))
			return i;
		if (latest < 0)
			latest = i;
	}
	return latest;
}

/*
 * kunmap() of a page with nothing live.  It is a bug only when this path
 * certainly holds no kmap() of it: the page is NULL or freshly allocated,
 * or this function maps that very page itself, on other paths only.  A
 * page from anywhere else (a parameter, memory, a callee's out-parameter)
 * may have been kmap()ed where the analysis does not see: a handover.
 */
static enum unmap_match match_unknown_page(struct hm_walk *w,
					   const struct path_state *s,
					   const struct unmap_target *t,
					   int *record)
{
	/* The page's identity may have been lost on the way. */
	*record = latest_live_pkmap(s, t);
	if (*record >= 0)
		return UNMAP_ASSUMED;
	if (t->value == VALUE_NULL || t->value == VALUE_FRESH ||
	    maps_this_page(w, t))
		return UNMAP_NOTHING;
	if (t->param_origin >= 0 || t->page_form)
		return UNMAP_WRAPPER_ARG;
	return UNMAP_UNKNOWN;
}

/* An unmap of a parameter's address with nothing live: an unmap helper. */
static enum unmap_match match_unknown(const struct path_state *s,
				      const struct unmap_target *t, int *record)
{
	bool helper = t->param_origin >= 0;

	*record = state_stack_top(s);
	if (*record >= 0)
		return UNMAP_ASSUMED;
	return helper ? UNMAP_WRAPPER_ARG : UNMAP_UNKNOWN;
}

static enum unmap_match match_pkmap(struct hm_walk *w, const struct path_state *s,
				    const struct unmap_target *t, int *record)
{
	/* Whatever its type says, a mapping's address is not a page. */
	if (t->value >= 0) {
		*record = t->value;
		return UNMAP_ADDRESS_NOT_PAGE;
	}
	*record = find_by_page(w, s, t, true, true, false);
	if (*record >= 0)
		return UNMAP_MATCHED;
	*record = find_by_page(w, s, t, false, true, false);
	if (*record >= 0)
		return UNMAP_WRONG_FAMILY;
	*record = find_by_page(w, s, t, true, false, false);
	if (*record >= 0)
		return UNMAP_RELEASED;
	/* A kmap() live now may have mapped the spelled page again. */
	if (latest_live_pkmap(s, t) < 0) {
		*record = find_by_page(w, s, t, true, false, true);
		if (*record >= 0)
			return UNMAP_RELEASED;
	}
	return match_unknown_page(w, s, t, record);
}

static bool stored_in_array(const struct map_record *r, const char *text,
			    size_t base)
{
	int i;

	for (i = 0; i < r->nstores; i++)
		if (!strncmp(r->stores[i].text, text, base))
			return true;
	return false;
}

/*
 * `kunmap_local(ptrs[i])`: which element a variable index names is beyond
 * us, and the text "ptrs[i]" may have been stored under another i.  When the
 * most recent mapping lives in the same array, it is the one released: the
 * unmap loop of a map loop goes in reverse.
 */
static int array_element_value(const struct path_state *s,
			       const struct unmap_target *t)
{
	size_t base = text_array_base(t->memory);
	int top = state_stack_top(s), named = named_release(s, t->memory);

	if (named >= 0)
		return named;
	if (!base || top < 0 || s->records[top].count_unknown ||
	    !stored_in_array(&s->records[top], t->memory, base))
		return t->value;
	return top;
}

bool unmap_is_handover(struct hm_walk *w, const struct path_state *s,
		       const struct unmap_target *t)
{
	enum unmap_match match;
	int record;

	/*
	 * A page this path holds no kmap() of: the caller's, or nobody's.
	 * A second release of the caller's page is one mistake, reported
	 * as unbalanced: as to sleeping, it is the release it repeats.
	 */
	match = match_pkmap(w, s, t, &record);
	if (match == UNMAP_RELEASED && record >= 0 && s->records[record].foreign)
		return true;
	return match == UNMAP_WRAPPER_ARG || match == UNMAP_UNKNOWN;
}

static enum unmap_match match_stack(struct hm_walk *w, const struct path_state *s,
				    const struct unmap_target *t,
				    enum map_family family, int *record)
{
	*record = -1;
	if (t->memory && t->value != VALUE_NULL &&
	    t->value != VALUE_NOT_MAPPING) {
		int value = array_element_value(s, t);

		if (value >= 0) {
			const struct map_record *r = &s->records[value];

			*record = value;
			if (!r->live)
				return UNMAP_RELEASED;
			return r->family == family ? UNMAP_MATCHED : UNMAP_WRONG_FAMILY;
		}
	}
	if (t->is_page && t->value < 0) {
		*record = find_by_page(w, s, t, false, true, false);
		return UNMAP_PAGE_NOT_ADDRESS;
	}
	if (t->value >= 0) {
		const struct map_record *r = &s->records[t->value];

		*record = t->value;
		if (!r->live)
			return UNMAP_RELEASED;
		return r->family == family ? UNMAP_MATCHED : UNMAP_WRONG_FAMILY;
	}
	if (t->value == VALUE_NULL || t->value == VALUE_NOT_MAPPING)
		return UNMAP_NOTHING;
	return match_unknown(s, t, record);
}

/* Only the latest release of a page matters for a later kunmap() of it. */
static void forget_older_releases(struct path_state *s, int record)
{
	const struct map_record *r = &s->records[record];
	int i;

	for (i = 0; i < s->nrecords; i++) {
		struct map_record *old = &s->records[i];

		if (i == record || old->live || old->family != FAMILY_PKMAP)
			continue;
		if ((r->page_var >= 0 && old->page_var == r->page_var) ||
		    (r->page_text[0] && old->page_text == r->page_text)) {
			old->page_var = -1;
			old->page_text = "";
		}
	}
}

static void release(struct hm_walk *w, struct path_state *s, int record,
		    struct ir_loc loc)
{
	struct map_record *r;

	if (record < 0)
		return;
	r = &s->records[record];
	if (!r->live)
		return;
	if (r->repeated ||
	    (!r->exact && loops_across(&w->loops, r->block, w->block))) {
		/* Some iterations' mappings may remain: stop judging them. */
		r->count_unknown = true;
		return;
	}
	r->live = false;
	r->unmap_site = loc;
	if (r->family == FAMILY_ATOMIC)
		s->atomic_released = true;
	if (r->family == FAMILY_PKMAP)
		forget_older_releases(s, record);
}

/*
 * A loop releasing `ptrs[i]` releases an unknown number of the mappings
 * stored in that array outside it: how many is beyond us, so is a leak.
 */
static void release_array_loop(struct hm_walk *w, struct path_state *s,
			       const struct unmap_target *t)
{
	size_t base = text_array_base(t->memory);
	int i;

	for (i = 0; base && i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->live && !r->exact && stored_in_array(r, t->memory, base) &&
		    loops_unmap_apart(&w->loops, r->block, w->block))
			r->count_unknown = true;
	}
}

void apply_unmap(struct hm_walk *w, struct path_state *s,
		 const struct ir_instr *in, const char *name,
		 enum map_family family, const struct unmap_target *t)
{
	struct hm_event ev;
	int record;

	hm_event_init(&ev, w, s, HM_EVENT_UNMAP, in->loc);
	ev.call = &in->call;
	ev.name = name;
	ev.family = family;
	ev.arg_text = t->text;
	if (family == FAMILY_PKMAP)
		ev.match = match_pkmap(w, s, t, &record);
	else
		ev.match = match_stack(w, s, t, family, &record);
	ev.record = record;
	hm_fire(&ev);
	if (ev.match == UNMAP_WRAPPER_ARG)
		summary_note_unmap(w, s, t, family);
	if (ev.match == UNMAP_WRAPPER_ARG || ev.match == UNMAP_UNKNOWN)
		remember_foreign_release(w, s, t, family, name, in->loc);
	/* A wrong argument releases nothing: the mapping stays, as it would. */
	if (ev.match == UNMAP_MATCHED || ev.match == UNMAP_ASSUMED)
		release(w, s, record, in->loc);
	if (record >= 0 && (ev.match == UNMAP_MATCHED || ev.match == UNMAP_ASSUMED))
		name_release(w, s, record, ev.match, t, in->loc);
	if (ev.match == UNMAP_MATCHED && family != FAMILY_PKMAP)
		release_array_loop(w, s, t);
}

void apply_maybe_unmap(struct hm_walk *w, struct path_state *s,
		       enum map_family family, const struct unmap_target *t)
{
	enum unmap_match match;
	int record;

	if (family == FAMILY_PKMAP)
		match = match_pkmap(w, s, t, &record);
	else
		match = match_stack(w, s, t, family, &record);
	if ((match == UNMAP_MATCHED || match == UNMAP_ASSUMED) && record >= 0) {
		s->records[record].count_unknown = true;
		s->records[record].maybe_released = true;
	}
	if (match == UNMAP_WRAPPER_ARG)
		summary_note_maybe_unmap(w, t, family);
}
