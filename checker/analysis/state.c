// SPDX-License-Identifier: GPL-2.0
/*
 * state.c - creating, copying, comparing and tidying path states.
 *
 * Strings in a state are interned (by the IR, the model or intern.c), so
 * comparing them is comparing pointers.  Two states are equal when every
 * check would see the same thing; the path decisions kept for notes are not
 * compared, so the first path to reach a state speaks for all.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/state.h"
#include "analysis/util.h"

struct path_state *state_new(const struct ir_function *fn)
{
	struct path_state *s = xcalloc(1, sizeof(*s));
	int i;

	s->nvars = fn->nvars;
	s->values = xcalloc(s->nvars + 1, sizeof(int));
	s->param_origin = xcalloc(s->nvars + 1, sizeof(int));
	s->param_suffix = xcalloc(s->nvars + 1, sizeof(char *));
	for (i = 0; i < s->nvars; i++) {
		enum ir_var_kind kind = fn->vars[i].kind;

		/* Locals start uninitialized: certainly not a mapping. */
		if (kind == IR_VAR_LOCAL || kind == IR_VAR_TEMP)
			s->values[i] = VALUE_NOT_MAPPING;
		else
			s->values[i] = VALUE_UNKNOWN;
		s->param_origin[i] = kind == IR_VAR_PARAM ? i : -1;
	}
	return s;
}

static void copy_records(struct path_state *to, const struct path_state *from)
{
	int i;

	to->records = xcalloc(from->nrecords + 1, sizeof(*to->records));
	for (i = 0; i < from->nrecords; i++) {
		struct map_record *r = &to->records[i];

		*r = from->records[i];
		r->stores = xcalloc(r->nstores + 1, sizeof(*r->stores));
		if (r->nstores)
			memcpy(r->stores, from->records[i].stores,
			       r->nstores * sizeof(*r->stores));
	}
}

struct path_state *state_clone(const struct path_state *from)
{
	/* Not zeroed: a state is some 4 KiB, cloned at every branch and
	   block a walk remembers, and all of it is copied over at once. */
	struct path_state *s = xrealloc(NULL, sizeof(*s));

	*s = *from;
	copy_records(s, from);
	s->values = xcalloc(s->nvars + 1, sizeof(int));
	s->param_origin = xcalloc(s->nvars + 1, sizeof(int));
	if (s->nvars) {
		memcpy(s->values, from->values, s->nvars * sizeof(int));
		memcpy(s->param_origin, from->param_origin, s->nvars * sizeof(int));
	}
	s->param_suffix = xcalloc(s->nvars + 1, sizeof(char *));
	if (s->nvars)
		memcpy(s->param_suffix, from->param_suffix, s->nvars * sizeof(char *));
	return s;
}

void state_free(struct path_state *s)
{
	int i;

	if (!s)
		return;
	for (i = 0; i < s->nrecords; i++)
		free(s->records[i].stores);
	free(s->records);
	free(s->values);
	free(s->param_origin);
	free(s->param_suffix);
	free(s);
}

int state_add_record(struct path_state *s, const struct map_record *r)
{
	s->records = xrealloc(s->records, (s->nrecords + 1) * sizeof(*r));
	s->records[s->nrecords] = *r;
	s->records[s->nrecords].stores = NULL;
	s->records[s->nrecords].nstores = 0;
	return s->nrecords++;
}

void record_add_store(struct map_record *r, const struct store_site *site)
{
	int i;

	for (i = 0; i < r->nstores; i++) {
		if (r->stores[i].text == site->text) {
			r->stores[i] = *site;
			return;
		}
	}
	r->stores = xrealloc(r->stores, (r->nstores + 1) * sizeof(*site));
	r->stores[r->nstores++] = *site;
}

static void drop_stores_if(struct map_record *r, int var, const char *text)
{
	int i, kept = 0;

	for (i = 0; i < r->nstores; i++) {
		const struct store_site *site = &r->stores[i];

		if ((var >= 0 && site->base_var == var) ||
		    (text && site->text == text))
			continue;
		r->stores[kept++] = *site;
	}
	r->nstores = kept;
}

void state_drop_stores_of_var(struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nrecords; i++)
		drop_stores_if(&s->records[i], var, NULL);
}

void state_drop_stores_at(struct path_state *s, const char *text)
{
	int i;

	for (i = 0; i < s->nrecords; i++)
		drop_stores_if(&s->records[i], -1, text);
}

int state_find_store(const struct path_state *s, const char *text)
{
	int i, j, released = -1;

	for (i = s->nrecords - 1; i >= 0; i--) {
		const struct map_record *r = &s->records[i];

		for (j = 0; j < r->nstores; j++) {
			if (r->stores[j].text != text || r->stores[j].holds_page)
				continue;
			if (r->live)
				return i;
			if (released < 0)
				released = i;
		}
	}
	return released;
}

int state_find_page_store(const struct path_state *s, const char *text)
{
	int i, j;

	for (i = s->nrecords - 1; i >= 0; i--) {
		const struct map_record *r = &s->records[i];

		if (!r->live || r->family != FAMILY_PKMAP)
			continue;
		for (j = 0; j < r->nstores; j++)
			if (r->stores[j].text == text && r->stores[j].holds_page)
				return i;
	}
	return -1;
}
