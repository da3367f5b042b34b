// SPDX-License-Identifier: GPL-2.0
/*
 * walk.c - the path-sensitive walk of one function.
 *
 * A first-in first-out worklist of (block, state) pairs, so the output does
 * not depend on anything but the IR.  Each block remembers the states it has
 * been entered with; a state seen before is dropped, which is what ends
 * loops.  Past a per-block cap incoming states first forget the values
 * and facts nothing ahead reads and the known values of all but flags
 * (dead_vars.c, fact_prune.c, flag_vars.c), and what no report tells
 * apart (budget_widen.c: how far below zero a context went, the integers
 * a mapping was made under); past one and a half times the
 * cap the branch facts are dropped, but for those about variables the
 * function never assigns (they take few values, and losing one splits a
 * test from its twin), and the state reports nothing from then on: with
 * the facts gone it may stand for paths that cannot happen.  Past twice
 * the cap states are dropped.  Paths are lost, but no report is invented.
 * A step budget bounds the whole walk.
 */
#include <stdio.h>
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/dead_vars.h"
#include "analysis/liveness.h"
#include "analysis/flag_vars.h"
#include "analysis/callback.h"
#include "analysis/budget_debug.h"
#include "analysis/budget_widen.h"

static void queue_push(struct hm_walk *w, int block, int from,
		       struct path_state *s)
{
	if (w->nqueue == w->queue_cap) {
		struct work_item *items;
		int i, cap = w->queue_cap ? 2 * w->queue_cap : 64;

		items = xcalloc(cap, sizeof(*items));
		for (i = 0; i < w->nqueue; i++)
			items[i] = w->queue[(w->queue_head + i) % w->queue_cap];
		free(w->queue);
		w->queue = items;
		w->queue_cap = cap;
		w->queue_head = 0;
	}
	w->queue[(w->queue_head + w->nqueue) % w->queue_cap] =
		(struct work_item){ block, from, s };
	w->nqueue++;
}

static bool queue_pop(struct hm_walk *w, struct work_item *item)
{
	if (!w->nqueue)
		return false;
	*item = w->queue[w->queue_head];
	w->queue_head = (w->queue_head + 1) % w->queue_cap;
	w->nqueue--;
	return true;
}

static bool seen_before(const struct block_seen *seen, const struct path_state *s,
			unsigned long hash)
{
	int i;

	for (i = 0; i < seen->nstates; i++)
		if (seen->hashes[i] == hash && state_equal(seen->states[i], s))
			return true;
	return false;
}

static void remember(struct block_seen *seen, struct path_state *s,
		     unsigned long hash)
{
	int n = seen->nstates + 1;

	seen->states = xrealloc(seen->states, n * sizeof(*seen->states));
	seen->hashes = xrealloc(seen->hashes, n * sizeof(*seen->hashes));
	seen->states[seen->nstates] = state_clone(s);
	seen->hashes[seen->nstates] = hash;
	seen->nstates = n;
}

/*
 * A state coming into a loop from outside goes into the body only
 * (loops_restrict()): it must not stand for the same state coming back
 * from the body, which may leave.  Else a loop whose body ends where it
 * began (`for (; p->i < n; p->i++) if (p->x[p->i]) return ...;`: the
 * store forgets the test) never leaves, and what follows it is not walked.
 */
static bool entering_loop(const struct hm_walk *w, int block)
{
	return loops_restrict(&w->loops, block, w->block, 3) != 3;	/* both sides */
}

/* Hand a state to a block, unless the block has already seen it. */
static void enter_block(struct hm_walk *w, int block, struct path_state *s)
{
	struct block_seen *seen = &w->seen[block];
	int cap = w->an->opts.max_states_per_block;
	unsigned long hash;

	state_collect(s);
	hash = state_hash(s);
	if (seen_before(seen, s, hash))
		goto drop;
	if (seen->nstates >= cap) {
		/* Known integers too: a loop to a million ends here. */
		prune_dead_facts(w, s, block);
		known_ints_drop_but_flags(w, s);
		forget_dead_vars(w, s, block);
		widen_past_budget(w, s);
		hash = state_hash(s);
		if (seen_before(seen, s, hash))
			goto drop;
	}
	if (seen->nstates >= cap + cap / 2 && s->nfacts) {
		int had = s->nfacts;

		budget_debug_explain(w, block, s);
		drop_facts_but_invariant(w, s);
		s->imprecise |= s->nfacts < had;
		hash = state_hash(s);
		if (seen_before(seen, s, hash))
			goto drop;
	}
	if (seen->nstates >= 2 * cap)
		goto drop;
	w->stored_bytes += sizeof(*s) + s->nvars * (2 * sizeof(int) + sizeof(char *));
	if (w->stored_bytes > HM_MAX_STORED_BYTES) {
		w->stopped = true;
		goto drop;
	}
	if (!entering_loop(w, block))
		remember(seen, s, hash);
	queue_push(w, block, w->block, s);
	return;
drop:
	state_free(s);
}

static void walk_return(struct hm_walk *w, struct path_state *s,
			const struct ir_term *term)
{
	struct hm_event ev;

	hm_event_init(&ev, w, s, HM_EVENT_RETURN, term->loc);
	ev.value = &term->value;
	if (term->value.kind != IR_EXPR_NONE) {
		int value = expr_value(w, s, &term->value);

		ev.record = value >= 0 ? value : -1;
	}
	hm_fire(&ev);
	summary_collect_return(w, s, &term->value);
}

static void walk_branch(struct hm_walk *w, struct path_state *s,
			const struct ir_block *b)
{
	int sides = branch_sides(w, s, b);
	bool chosen = sides == 3;

	if (sides == 3)
		counted_loops_widen(w, s, w->block);
	sides = loops_restrict(&w->loops, w->block, w->from, sides);
	if (sides & 1) {
		struct path_state *taken = sides & 2 ? state_clone(s) : s;

		branch_record(w, taken, b, true, chosen);
		enter_block(w, b->term.succ[0], taken);
	}
	if (sides & 2) {
		branch_record(w, s, b, false, chosen);
		enter_block(w, b->term.succ[1], s);
	}
	if (!sides)
		state_free(s);
}

static void walk_terminator(struct hm_walk *w, struct path_state *s,
			    const struct ir_block *b)
{
	switch (b->term.kind) {
	case IR_TERM_GOTO:
		enter_block(w, b->term.succ[0], s);
		return;
	case IR_TERM_BRANCH:
		walk_branch(w, s, b);
		return;
	case IR_TERM_RETURN:
		walk_return(w, s, &b->term);
		break;
	case IR_TERM_UNREACHABLE:
		break;
	}
	state_free(s);
}

static bool out_of_steps(struct hm_walk *w)
{
	if (++w->steps <= w->an->opts.max_steps_per_function)
		return false;
	w->stopped = true;
	return true;
}

static void walk_block(struct hm_walk *w, const struct work_item *item)
{
	const struct ir_block *b = &w->fn->blocks[item->block];
	struct path_state *s = item->state;
	int i;

	w->block = item->block;
	w->from = item->from;
	w->path_ended = false;
	for (i = 0; i < b->ninstrs; i++) {
		if (out_of_steps(w))
			break;
		transfer_instr(w, s, &b->instrs[i]);
		if (w->path_ended)
			break;
	}
	if (w->stopped || w->path_ended || out_of_steps(w)) {
		state_free(s);
		return;
	}
	walk_terminator(w, s, b);
}

static void walk_cleanup(struct hm_walk *w)
{
	struct work_item item;
	int i, j;

	while (queue_pop(w, &item))
		state_free(item.state);
	free(w->queue);
	for (i = 0; i < w->fn->nblocks; i++) {
		for (j = 0; j < w->seen[i].nstates; j++)
			state_free(w->seen[i].states[j]);
		free(w->seen[i].states);
		free(w->seen[i].hashes);
	}
	free(w->seen);
	loops_free(&w->loops);
	counted_loops_free(w->counted);
	free(w->frame_objects);
	free(w->slot_answers);
	free(w->bool_tests);
	free(w->flags);
	liveness_free(w->liveness);
	ahead_cache_free(w->ahead);
	free(w->dom);
	free(w->sleep_members_asked);
}

static void say_gave_up(const struct hm_walk *w)
{
	const struct ir_function *fn = w->fn;

	if (w->an->opts.verbose && w->reporting)
		fprintf(stderr, "%s:%u: note: hmcheck gave up on %s after %ld steps\n",
			fn->loc.file ? fn->loc.file : "?", fn->loc.line,
			fn->name, w->steps - 1);
}

static void say_held_back(const struct hm_walk *w)
{
	const struct ir_function *fn = w->fn;

	if (w->an->opts.verbose && w->held_back)
		fprintf(stderr, "%s:%u: note: hmcheck held back %d report%s in %s: "
			"past the state budget their paths may be infeasible\n",
			fn->loc.file ? fn->loc.file : "?", fn->loc.line,
			w->held_back, w->held_back == 1 ? "" : "s", fn->name);
}

void walk_function(struct analysis *an, const struct ir_function *fn,
		   struct summary *summary)
{
	walk_function_from(an, fn, summary, NULL);
}

/*
 * A function something registers as a callback reports only when walked
 * from the context it runs in (callback.c); its plain walk is for callers.
 */
void walk_function_from(struct analysis *an, const struct ir_function *fn,
			struct summary *summary,
			const struct callback_start *start)
{
	struct hm_walk w = {
		.an = an, .fn = fn, .summary = summary, .set_by_call = -1,
	};
	struct path_state *entry;
	struct work_item item;
	struct hm_event end;

	if (fn->nblocks <= 0)
		return;
	w.reporting = fn->in_main_file && (start || !callback_start_of(an, fn));
	w.seen = xcalloc(fn->nblocks, sizeof(*w.seen));
	loops_find(fn, &w.loops);
	w.counted = counted_loops_find(fn, &w.loops);
	find_mapped_families(&w);
	w.block = -1;
	entry = state_new(fn);
	if (start)
		callback_enter(start, entry);
	enter_block(&w, 0, entry);
	while (!w.stopped && queue_pop(&w, &item))
		walk_block(&w, &item);
	if (w.stopped)
		say_gave_up(&w);
	else
		say_held_back(&w);
	/* Fired even when stopped, for the checks to forget the walk. */
	hm_event_init(&end, &w, NULL, HM_EVENT_FUNCTION_END, fn->loc);
	hm_fire(&end);
	summary_finish(&w);
	walk_cleanup(&w);
}
