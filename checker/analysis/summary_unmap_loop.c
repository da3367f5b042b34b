// SPDX-License-Identifier: GPL-2.0
/*
 * summary_unmap_loop.c - a callee's sure unmap, applied in its caller.
 *
 * A callee that unmaps an array's elements in a loop (`for (u = 0; u < NR;
 * u++) kunmap(dev->pages[u]);`), called after its caller mapped them in a
 * loop of its own: inside one function the walk matches the two loops
 * iteration by iteration; across the call the summary says only "unmaps
 * dev->pages[u]", so each of the caller's live mappings of an element of
 * that array is released, not just the latest.
 *
 * A callee that releases what its caller handed over is its owner's
 * teardown: the handles that handover left behind (the kmap()ed page kept
 * as the handle, slots filled through a pointer moved on since, which this
 * function can no longer name or clear) are no dangling addresses of its.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary_guard.h"

static bool same_array(const char *text, const char *array, size_t base)
{
	return text && !strncmp(text, array, base);
}

/* The record's element of the array, as the caller named it, or NULL. */
static const char *element_of(const struct map_record *r, const char *array,
			      size_t base)
{
	int i;

	if (r->family == FAMILY_PKMAP)
		return same_array(r->page_text, array, base) ? r->page_text : NULL;
	for (i = 0; i < r->nstores; i++)
		if (same_array(r->stores[i].text, array, base))
			return r->stores[i].text;
	return NULL;
}

static void unmap_element(struct hm_walk *w, struct path_state *s,
			  const struct ir_instr *in, const char *name,
			  enum map_family family, const struct unmap_target *t,
			  int record, const char *element)
{
	struct unmap_target each = *t;

	each.text = element;
	each.memory = element;
	each.copied_from = NULL;
	each.var = family == FAMILY_PKMAP ? s->records[record].page_var : -1;
	each.value = family == FAMILY_PKMAP ? VALUE_UNKNOWN : record;
	apply_unmap(w, s, in, name, family, &each);
}

static void unmap_array(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const char *name,
			enum map_family family, const struct unmap_target *t)
{
	const char *array = t->memory ? t->memory : t->text;
	size_t base = text_array_base(array);
	int i, done = 0;

	for (i = s->nrecords - 1; base && i >= 0; i--) {
		const struct map_record *r = &s->records[i];
		const char *element;

		if (!r->live || r->family != family)
			continue;
		element = element_of(r, array, base);
		if (!element)
			continue;
		unmap_element(w, s, in, name, family, t, i, element);
		done++;
	}
	if (!done)
		apply_unmap(w, s, in, name, family, t);
}

static void forget_handover_handles(struct map_record *r)
{
	int i, kept = 0;

	for (i = 0; i < r->nstores; i++)
		if (!r->stores[i].moved_past && !r->stores[i].holds_page)
			r->stores[kept++] = r->stores[i];
	r->nstores = kept;
}

void summary_unmap(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in, const char *name,
		   enum map_family family, const struct unmap_target *t,
		   bool array)
{
	int i, n = s->nrecords;
	bool *was_live = xcalloc(n + 1, sizeof(bool));

	for (i = 0; i < n; i++)
		was_live[i] = s->records[i].live;
	if (array)
		unmap_array(w, s, in, name, family, t);
	else
		apply_unmap(w, s, in, name, family, t);
	for (i = 0; i < n && i < s->nrecords; i++)
		if (was_live[i] && !s->records[i].live)
			forget_handover_handles(&s->records[i]);
	free(was_live);
}
