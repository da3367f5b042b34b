// SPDX-License-Identifier: GPL-2.0
/*
 * summary.c - computing function summaries, bottom-up and on demand.
 *
 * The first call to a function with a body walks that body (once: summaries
 * are memoized) and records, at each of its returns, what a caller must
 * know.  A function already being summarized (recursion) gets an empty
 * summary: nothing is assumed about it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_guard.h"
#include "analysis/summary_guard.h"
#include "analysis/last_ref.h"

/* How many kmap_atomic() mappings its caller handed it this path unmapped. */
static int released_callers_atomic_maps(const struct summary *sum,
					const struct path_state *s)
{
	int i, n = 0;

	for (i = 0; i < sum->nunmaps; i++)
		if ((s->helper_unmaps & (1u << i)) &&
		    sum->unmaps[i].family == FAMILY_ATOMIC)
			n++;
	return n;
}

static bool released_callers_atomic_map(const struct summary *sum,
					const struct path_state *s)
{
	return released_callers_atomic_maps(sum, s) > 0;
}

/*
 * A path that left a caller's lock and also unmapped the caller's
 * kmap_atomic() (pte_unmap_unlock() before lock_page()) sleeps below
 * that mapping too: its caller's live mapping does not make it atomic.
 */
static int add_released_maps(const struct summary *sum,
			     const struct path_state *s,
			     struct context_level *levels, int n)
{
	int i, maps = released_callers_atomic_maps(sum, s);

	for (i = 0; i < n; i++)
		if (!strcmp(levels[i].context, HM_CONTEXT_CALLERS_ATOMIC_MAP))
			return n;
	if (maps && n < HM_MAX_CONTEXTS)
		levels[n++] = (struct context_level){
			.context = HM_CONTEXT_CALLERS_ATOMIC_MAP, .levels = maps };
	return n;
}

struct summary_table {
	int n;
	const struct ir_function **functions;
	struct summary **summaries;
};

static const struct summary empty_summary = {
	.status = SUMMARY_DONE, .returns_page_param = -1,
};

struct summary_table *summary_table_new(void)
{
	return xcalloc(1, sizeof(struct summary_table));
}

void summary_table_free(struct summary_table *t)
{
	int i;

	if (!t)
		return;
	for (i = 0; i < t->n; i++)
		summary_free(t->summaries[i]);
	free(t->functions);
	free(t->summaries);
	free(t);
}

static struct summary *find_summary(struct summary_table *t,
				    const struct ir_function *fn)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->functions[i] == fn)
			return t->summaries[i];
	return NULL;
}

static struct summary *add_summary(struct summary_table *t,
				   const struct ir_function *fn)
{
	struct summary *sum = xcalloc(1, sizeof(*sum));

	sum->name = fn->name;
	sum->returns_page_param = -1;
	t->functions = xrealloc(t->functions, (t->n + 1) * sizeof(*t->functions));
	t->summaries = xrealloc(t->summaries, (t->n + 1) * sizeof(*t->summaries));
	t->functions[t->n] = fn;
	t->summaries[t->n++] = sum;
	return sum;
}

const struct summary *summary_of(struct analysis *an, const struct ir_function *fn)
{
	struct summary *sum = find_summary(an->summaries, fn);

	if (sum)
		return sum->status == SUMMARY_DONE ? sum : &empty_summary;
	if (an->nesting >= HM_MAX_SUMMARY_NESTING)
		return &empty_summary;
	sum = add_summary(an->summaries, fn);
	sum->status = SUMMARY_COMPUTING;
	an->nesting++;
	walk_function(an, fn, sum);
	an->nesting--;
	sum->status = SUMMARY_DONE;
	return sum;
}

/* The summary of a function already walked, or NULL. */
const struct summary *summary_found(struct analysis *an,
				    const struct ir_function *fn)
{
	struct summary *sum = find_summary(an->summaries, fn);

	return sum && sum->status == SUMMARY_DONE ? sum : NULL;
}

bool summary_done(struct analysis *an, const char *name)
{
	int i;

	for (i = 0; i < an->summaries->n; i++)
		if (!strcmp(an->summaries->functions[i]->name, name))
			return true;
	return false;
}

/* `levels`: how far below the entry it sleeps; n < 0: as the path is. */
static void note_sleep(struct hm_walk *w, const struct path_state *s,
		       const char *chain, struct ir_loc loc, bool fault,
		       const struct sleep_guard *guard,
		       const struct context_level *levels, int n)
{
	struct summary *sum = w->summary;
	const char *left = n < 0 ? state_left_caller_context(s) :
			   n ? levels[0].context : NULL;
	struct context_level found[HM_MAX_CONTEXTS];

	if (!sum)
		return;
	if (!left && n < 0 && released_callers_atomic_map(sum, s))
		left = HM_CONTEXT_CALLERS_ATOMIC_MAP;
	if (left && n < 0) {
		n = left_levels_of_state(s, left, found);
		n = add_released_maps(sum, s, found, n);
		levels = found;
	}
	if (!chain)
		chain = "?";
	if (!fault && !left && !guard && last_ref_note_sleep(w, s, chain, loc))
		return;
	if (fault && !left && !sum->may_fault) {
		sum->may_fault = true;
		sum->fault_chain = strdup(chain);
		sum->fault_loc = loc;
	} else if (left) {
		sleep_guard_note_left(w, s, guard);
		left_levels_merge(sum, levels, n);
		if (sum->sleep_after_leaving) {
			sum->left_sleep_fault = sum->left_sleep_fault && fault;
			return;
		}
		sum->sleep_after_leaving = left;
		sum->left_sleep_fault = fault;
		sum->left_sleep_chain = strdup(chain);
		sum->left_sleep_loc = loc;
	} else if (!fault && !left) {
		sleep_guard_note(w, s, guard);
		if (sum->may_sleep)
			return;
		sum->may_sleep = true;
		sum->sleep_chain = strdup(chain);
		sum->sleep_loc = loc;
	}
}

void summary_note_sleep(struct hm_walk *w, const struct path_state *s,
			const char *chain, struct ir_loc loc, bool fault)
{
	note_sleep(w, s, chain, loc, fault, NULL, NULL, -1);
}

void summary_note_left_sleep(struct hm_walk *w, const struct path_state *s,
			     const char *chain, struct ir_loc loc, bool fault,
			     const struct sleep_guard *guard,
			     const struct context_level *levels, int n)
{
	note_sleep(w, s, chain, loc, fault, guard, levels, n);
}

void summary_note_guarded_sleep(struct hm_walk *w, const struct path_state *s,
				const char *chain, struct ir_loc loc,
				const struct sleep_guard *guard)
{
	note_sleep(w, s, chain, loc, false, guard, NULL, -1);
}

void summary_note_unmap_sleep(struct hm_walk *w, const char *chain,
			      struct ir_loc loc)
{
	struct summary *sum = w->summary;

	if (!sum || sum->unmap_sleep_chain)
		return;
	sum->unmap_sleep_chain = strdup(chain ? chain : "?");
	sum->unmap_sleep_loc = loc;
}

static int add_effect(struct summary_effect *effects, int *n,
		      const struct unmap_target *t, enum map_family family)
{
	int param = t->param_origin >= 0 ? t->param_origin : t->form_param;
	const char *suffix = t->param_origin >= 0 ? t->param_suffix : NULL;
	const char *form = t->param_origin >= 0 ? NULL : t->page_form;
	int i;

	for (i = 0; i < *n; i++)
		if (effects[i].param == param && effects[i].suffix == suffix &&
		    effects[i].page_form == form)
			return i;
	if (*n == HM_MAX_EFFECTS)
		return -1;
	effects[*n] = (struct summary_effect){
		.param = param, .suffix = suffix, .family = family,
		.page_form = form,
	};
	return (*n)++;
}

/* Names a parameter's mapping, or a page made of parameters (page_form.h). */
static bool names_callers_mapping(const struct unmap_target *t)
{
	return t->param_origin >= 0 || (t->page_form && t->form_param >= 0);
}

void summary_note_unmap(struct hm_walk *w, struct path_state *s,
			const struct unmap_target *t, enum map_family family)
{
	struct summary *sum = w->summary;
	int i;

	if (!sum || !names_callers_mapping(t))
		return;
	i = add_effect(sum->unmaps, &sum->nunmaps, t, family);
	if (i >= 0) {
		s->helper_unmaps |= 1u << i;
		s->helper_clears &= ~(1u << i);	/* a clear before it is none */
	}
	summary_guard_note_unmap(w, i);
}

/* An unmap of a parameter's mapping on some paths only, inside a callee. */
void summary_note_maybe_unmap(struct hm_walk *w, const struct unmap_target *t,
			      enum map_family family)
{
	if (w->summary && names_callers_mapping(t))
		add_effect(w->summary->unmaps, &w->summary->nunmaps, t, family);
}

void summary_finish(struct hm_walk *w)
{
	if (w->summary)
		w->summary->complete = !w->stopped;
}

void summary_note_depth(struct hm_walk *w, const struct path_state *s,
			struct ir_loc loc)
{
	struct summary *sum = w->summary;
	int depth = state_stack_depth(s);

	if (sum && depth > sum->peak_depth) {
		sum->peak_depth = depth;
		sum->peak_loc = loc;
	}
}
