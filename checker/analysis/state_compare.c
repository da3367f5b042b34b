// SPDX-License-Identifier: GPL-2.0
/*
 * state_compare.c - equality, hashing and garbage collection of path states,
 * which is what keeps loops finite: a loop body that leaves the state as it
 * found it brings the walk back to a state already seen at the loop head.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/state.h"

static bool loc_equal(struct ir_loc a, struct ir_loc b)
{
	return a.file == b.file && a.line == b.line && a.col == b.col;
}

static bool stores_equal(const struct map_record *a, const struct map_record *b)
{
	int i;

	if (a->nstores != b->nstores)
		return false;
	for (i = 0; i < a->nstores; i++) {
		const struct store_site *x = &a->stores[i], *y = &b->stores[i];

		if (x->text != y->text || x->base_var != y->base_var ||
		    x->escapes != y->escapes || x->holds_page != y->holds_page ||
		    !loc_equal(x->loc, y->loc))
			return false;
	}
	return true;
}

static bool record_equal(const struct map_record *a, const struct map_record *b)
{
	return a->family == b->family && a->live == b->live &&
	       a->repeated == b->repeated &&
	       a->count_unknown == b->count_unknown &&
	       a->used_after_release == b->used_after_release &&
	       a->page_text == b->page_text && a->page_var == b->page_var &&
	       a->cond_var == b->cond_var && a->cond_pointer == b->cond_pointer &&
	       a->cond_zero_fails == b->cond_zero_fails &&
	       loc_equal(a->site, b->site) &&
	       loc_equal(a->unmap_site, b->unmap_site) && stores_equal(a, b) &&
	       a->ints_key == b->ints_key && a->exact == b->exact &&
	       a->orphaned == b->orphaned;
}

static bool has_fact(const struct path_state *s, const struct branch_fact *f)
{
	int i;

	for (i = 0; i < s->nfacts; i++) {
		if (s->facts[i].text == f->text && s->facts[i].value == f->value &&
		    s->facts[i].block == f->block)
			return true;
	}
	return false;
}

static bool query_flags_equal(const struct path_state *a,
			      const struct path_state *b)
{
	int i;

	if (a->nquery_flags != b->nquery_flags)
		return false;
	for (i = 0; i < a->nquery_flags; i++)
		if (a->query_flags[i].var != b->query_flags[i].var ||
		    a->query_flags[i].when != b->query_flags[i].when ||
		    a->query_flags[i].not_in != b->query_flags[i].not_in)
			return false;
	return true;
}

static bool result_links_equal(const struct path_state *a,
			       const struct path_state *b)
{
	int i;

	if (a->nresult_links != b->nresult_links)
		return false;
	for (i = 0; i < a->nresult_links; i++)
		if (a->result_links[i].dest != b->result_links[i].dest ||
		    a->result_links[i].var != b->result_links[i].var ||
		    a->result_links[i].value != b->result_links[i].value)
			return false;
	return true;
}

static bool contexts_equal(const struct path_state *a, const struct path_state *b)
{
	int i;

	if (a->ncontexts != b->ncontexts)
		return false;
	for (i = 0; i < a->ncontexts; i++) {
		if (a->contexts[i].name != b->contexts[i].name ||
		    a->contexts[i].depth != b->contexts[i].depth ||
		    a->contexts[i].entered_here != b->contexts[i].entered_here ||
		    a->contexts[i].switched_on != b->contexts[i].switched_on ||
		    a->contexts[i].caller_gone != b->contexts[i].caller_gone ||
		    a->contexts[i].callers_on != b->contexts[i].callers_on ||
		    a->contexts[i].result_linked != b->contexts[i].result_linked ||
		    (a->contexts[i].depth > 0 &&
		     (a->contexts[i].guard_text != b->contexts[i].guard_text ||
		      a->contexts[i].guard_value != b->contexts[i].guard_value)) ||
		    (a->contexts[i].result_linked &&
		     a->contexts[i].result_var != b->contexts[i].result_var))
			return false;
	}
	return true;
}

static bool ints_equal(const struct path_state *a, const struct path_state *b)
{
	int i;

	if (a->nints != b->nints)
		return false;
	for (i = 0; i < a->nints; i++)
		if (a->ints[i].var != b->ints[i].var ||
		    a->ints[i].value != b->ints[i].value)
			return false;
	return true;
}

static bool bits_equal(const struct path_state *a, const struct path_state *b)
{
	int i;

	if (a->nbits != b->nbits)
		return false;
	for (i = 0; i < a->nbits; i++)
		if (a->bits[i].var != b->bits[i].var ||
		    a->bits[i].zero != b->bits[i].zero ||
		    a->bits[i].one != b->bits[i].one)
			return false;
	return true;
}

/* stored_ints.c: the same constants at the same places, in any order. */
static bool stored_equal(const struct path_state *a, const struct path_state *b)
{
	int i, j;

	if (a->nstored != b->nstored || a->entry_guard != b->entry_guard)
		return false;
	for (i = 0; i < a->nstored; i++) {
		for (j = 0; j < b->nstored; j++)
			if (a->stored[i].text == b->stored[j].text &&
			    a->stored[i].value == b->stored[j].value &&
			    a->stored[i].symbolic == b->stored[j].symbolic &&
			    a->stored[i].param == b->stored[j].param &&
			    a->stored[i].copy == b->stored[j].copy)
				break;
		if (j == b->nstored)
			return false;
	}
	return true;
}

bool state_equal(const struct path_state *a, const struct path_state *b)
{
	int i;

	if (a->nrecords != b->nrecords || a->nfacts != b->nfacts ||
	    !stored_equal(a, b) ||
	    a->atomic_released != b->atomic_released ||
	    a->helper_unmaps != b->helper_unmaps ||
	    a->helper_clears != b->helper_clears ||
	    a->imprecise != b->imprecise || a->last_ref != b->last_ref ||
	    a->not_in != b->not_in || !query_flags_equal(a, b) ||
	    !result_links_equal(a, b) ||
	    a->nvars != b->nvars || !contexts_equal(a, b) ||
	    !ints_equal(a, b) || !bits_equal(a, b))
		return false;
	for (i = 0; i < a->nrecords; i++)
		if (!record_equal(&a->records[i], &b->records[i]))
			return false;
	if (a->nvars && (memcmp(a->values, b->values, a->nvars * sizeof(int)) ||
	    memcmp(a->param_origin, b->param_origin, a->nvars * sizeof(int)) ||
	    memcmp(a->param_suffix, b->param_suffix, a->nvars * sizeof(char *))))
		return false;
	for (i = 0; i < a->nfacts; i++)
		if (!has_fact(b, &a->facts[i]))
			return false;
	return true;
}

static unsigned long mix(unsigned long h, unsigned long v)
{
	return (h ^ v) * 1099511628211UL;
}

unsigned long state_hash(const struct path_state *s)
{
	unsigned long h = 14695981039346656037UL, facts = 0;
	int i;

	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		h = mix(h, r->site.line * 4 + r->live * 2 + r->repeated);
		h = mix(h, r->nstores);
	}
	for (i = 0; i < s->nvars; i++)
		h = mix(h, (unsigned long)(s->values[i] + 8));
	for (i = 0; i < s->ncontexts; i++)
		h = mix(h, (unsigned long)(s->contexts[i].depth + 64));
	for (i = 0; i < s->nints; i++)
		h = mix(mix(h, (unsigned long)s->ints[i].var),
			(unsigned long)s->ints[i].value);
	for (i = 0; i < s->nbits; i++)
		h = mix(mix(h, (unsigned long)s->bits[i].var),
			(unsigned long)(s->bits[i].zero ^ s->bits[i].one));
	/* Facts are a set: combine them in an order-independent way. */
	for (i = 0; i < s->nfacts; i++)
		facts += (unsigned long)s->facts[i].block * 31 + s->facts[i].value;
	return mix(mix(mix(h, facts), s->imprecise), s->last_ref);
}

static bool record_referenced(const struct path_state *s, int index)
{
	int i;

	const struct map_record *r = &s->records[index];

	if (r->live || r->nstores)
		return true;
	/* A released kmap() is remembered by its page: kunmap() names it so. */
	if (r->family == FAMILY_PKMAP && (r->page_var >= 0 || r->page_text[0]))
		return true;
	for (i = 0; i < s->nvars; i++)
		if (s->values[i] == index)
			return true;
	return false;
}

void state_collect(struct path_state *s)
{
	int *new_index = calloc(s->nrecords + 1, sizeof(int));
	int i, kept = 0;

	for (i = 0; i < s->nrecords; i++) {
		if (!record_referenced(s, i)) {
			free(s->records[i].stores);
			new_index[i] = VALUE_UNKNOWN;
			continue;
		}
		new_index[i] = kept;
		s->records[kept++] = s->records[i];
	}
	if (kept != s->nrecords) {
		for (i = 0; i < s->nvars; i++)
			if (s->values[i] >= 0)
				s->values[i] = new_index[s->values[i]];
		s->nrecords = kept;
	}
	free(new_index);
}
