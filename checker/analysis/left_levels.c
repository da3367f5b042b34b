// SPDX-License-Identifier: GPL-2.0
/*
 * left_levels.c - how far below its entry a function sleeps after leaving
 * contexts its caller holds.  A helper called with three locks held that
 * drops all three (spin_unlock() twice, spin_unlock_irq()), sleeps and
 * takes them again sleeps two spin levels and every irq level below its
 * entry: a caller holding exactly those does not sleep in atomic context
 * there, one holding a fourth lock, rcu_read_lock() or preempt_disable()
 * still does.  Interrupts are switched, not counted (context_switch.c):
 * a leave that switches them on takes all the caller's levels.
 */
#include <string.h>
#include "walk.h"
#include "sleep_guard.h"

/*
 * The levels of the path's sleep below the entry: its negative depths, less
 * the levels it may hold beyond them (a lock taken on some paths only,
 * whose unlock counted), but at least the one level it surely left.
 */
int left_levels_of_state(const struct path_state *s, const char *left,
			 struct context_level *out)
{
	int i, n = 0;

	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *c = &s->contexts[i];
		int levels = -(c->depth + c->unsure);

		if (c->depth < 0)
			out[n++] = (struct context_level){
				.context = c->name,
				.levels = levels > 1 ? levels : 1,
				.all = c->switched_on,
				.alone = c->switched_on && c->left_alone,
			};
		/* Its own level switched on: the caller's, and only them. */
		else if (state_context_callers_on(c))
			out[n++] = (struct context_level){
				.context = c->name, .levels = 1,
				.all = true, .alone = true,
			};
	}
	if (!n && left && !strcmp(left, HM_CONTEXT_CALLERS_ATOMIC_MAP))
		out[n++] = (struct context_level){ .context = left, .levels = 1 };
	return n;
}

static const struct context_level *find(const struct context_level *levels,
					int n, const char *context)
{
	int i;

	for (i = 0; i < n; i++)
		if (!strcmp(levels[i].context, context))
			return &levels[i];
	return NULL;
}

/* The fewer levels of two: `all` is more than any number. */
static struct context_level least(struct context_level a,
				  const struct context_level *b)
{
	if (b->all) {
		/* Left alone by either: the other contexts stay held. */
		a.alone = a.all && (a.alone || b->alone);
		return a;
	}
	if (a.all || b->levels < a.levels)
		a.levels = b->levels;
	a.all = false;
	a.alone = false;
	return a;
}

/*
 * Two sleeps after leaving: a caller is atomic at one of them if it holds
 * more than the fewer levels each context was left by, so those are kept.
 */
void left_levels_merge(struct summary *sum, const struct context_level *levels,
		       int n)
{
	int i, kept = 0;

	if (!sum->has_left_levels) {
		sum->has_left_levels = true;
		memcpy(sum->left_levels, levels, n * sizeof(*levels));
		sum->nleft_levels = n;
		return;
	}
	for (i = 0; i < sum->nleft_levels; i++) {
		const struct context_level *other =
			find(levels, n, sum->left_levels[i].context);

		if (other)
			sum->left_levels[kept++] = least(sum->left_levels[i], other);
	}
	sum->nleft_levels = kept;
}

bool left_levels_atomic(const struct path_state *s, const struct summary *sum)
{
	struct context_level one = { .context = sum->sleep_after_leaving,
				     .levels = 1 };

	if (!sum->has_left_levels)
		return state_atomic_below(s, &one, 1);
	return state_atomic_below(s, sum->left_levels, sum->nleft_levels);
}

static void add(struct context_level *out, int *n, struct context_level l)
{
	if (*n < HM_MAX_CONTEXTS && (l.all || l.levels > 0))
		out[(*n)++] = l;
}

static bool tracked(const struct path_state *s, const char *context)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, context))
			return true;
	return false;
}

/*
 * The callee's sleep seen from this caller's entry: what the callee left,
 * less what this path holds of it, plus what this path left itself.
 */
static int levels_below(const struct path_state *s, const struct summary *sum,
			struct context_level *out)
{
	const struct context_level *l = sum->left_levels;
	int i, n = 0;

	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *c = &s->contexts[i];
		const struct context_level *k = find(l, sum->nleft_levels, c->name);
		struct context_level below = { .context = c->name };

		if (k && k->all) {
			below.all = true;
			below.alone = k->alone;
		}
		else if (c->depth < 0 && c->switched_on)
			below.all = true;
		else if (state_context_callers_on(c))
			below.all = below.alone = true;
		else
			below.levels = (k ? k->levels : 0) - c->depth - c->unsure;
		add(out, &n, below);
	}
	for (i = 0; i < sum->nleft_levels; i++) {
		struct context_level below = l[i];

		if (!strcmp(l[i].context, HM_CONTEXT_CALLERS_ATOMIC_MAP))
			below.levels -= state_atomic_mappings(s);
		else if (tracked(s, l[i].context))
			continue;
		add(out, &n, below);
	}
	return n;
}

/*
 * The caller is not atomic where its callee sleeps: its own callers may
 * be.  Its summary takes the sleep, after leaving their contexts if the
 * callee left more than this path holds, else as a sleep of its own.
 */
void left_levels_pass_on(struct hm_walk *w, const struct path_state *s,
			 const struct summary *sum,
			 const char *chain, const struct sleep_guard *guard)
{
	struct context_level below[HM_MAX_CONTEXTS];
	int n;

	if (!w->summary || !sum->has_left_levels)
		return;
	n = levels_below(s, sum, below);
	if (n)
		summary_note_left_sleep(w, s, chain, sum->left_sleep_loc,
					sum->left_sleep_fault, guard, below, n);
	else if (guard)
		summary_note_guarded_sleep(w, s, chain, sum->left_sleep_loc, guard);
	else
		summary_note_sleep(w, s, chain, sum->left_sleep_loc,
				   sum->left_sleep_fault);
}
