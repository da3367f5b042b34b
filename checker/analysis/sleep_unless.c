// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_unless.c - a sleep that depends on the caller's context (see
 * sleep_unless.h).  Only what the path surely holds counts: a context a
 * callee may have kept (`unsure`) or a depth below zero proves nothing.
 */
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_unless.h"
#include "analysis/last_ref.h"

static bool holds_one(const struct path_state *s, const char *context,
		      size_t length)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strncmp(s->contexts[i].name, context, length) &&
		    !s->contexts[i].name[length])
			return s->contexts[i].depth > 0;
	return false;
}

/* `context` may be a list, "spin,bh" (context_query.c): any of them. */
bool state_holds_context(const struct path_state *s, const char *context)
{
	size_t n;

	for (; *context; context += n + (context[n] == ',')) {
		n = strcspn(context, ",");
		if (holds_one(s, context, n))
			return true;
	}
	return false;
}

/*
 * Remember the conditional sleep.  A second one under another context, or
 * one after leaving a context of the caller's, is remembered as a plain
 * sleep: one condition per summary, and never a weaker claim than the truth.
 */
static void note_sleep_unless(struct hm_walk *w, const struct path_state *s,
			      const char *chain, struct ir_loc loc,
			      const char *context)
{
	struct summary *sum = w->summary;

	if (!sum || last_ref_note_sleep(w, s, chain, loc))
		return;
	if (state_left_caller_context(s) ||
	    (sum->sleep_unless && strcmp(sum->sleep_unless, context))) {
		summary_note_sleep(w, s, chain, loc, false);
		return;
	}
	if (sum->sleep_unless)
		return;
	sum->sleep_unless = context;
	sum->unless_sleep_chain = strdup(chain ? chain : "?");
	if (!sum->unless_sleep_chain)
		abort();
	sum->unless_sleep_loc = loc;
}

void raise_sleep_unless(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const char *name,
			const char *chain, struct ir_loc chain_loc,
			const char *context)
{
	if (state_holds_context(s, context))
		return;
	fire_sleep_event(w, s, in, name, chain, chain_loc);
	note_sleep_unless(w, s, chain, chain_loc, context);
}

void apply_sleep_unless(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const struct summary *sum)
{
	size_t size;
	char *text;
	const char *chain;

	if (!sum->sleep_unless || !sum->unless_sleep_chain ||
	    state_holds_context(s, sum->sleep_unless))
		return;
	size = strlen(sum->name) + strlen(sum->unless_sleep_chain) + 8;
	text = xcalloc(size, 1);
	snprintf(text, size, "%s -> %s", sum->name, sum->unless_sleep_chain);
	chain = intern(w->an->strings, text);
	free(text);
	raise_sleep_unless(w, s, in, sum->name, chain, sum->unless_sleep_loc,
			   sum->sleep_unless);
}
