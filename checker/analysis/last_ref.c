// SPDX-License-Identifier: GPL-2.0
/*
 * last_ref.c - sleeps reached only when a reference count drops to zero.
 *
 * put_event() frees its event, with a mutex, only when
 * atomic_long_dec_and_test() says the reference it dropped was the last.
 * Callers put under a spinlock a reference they know is not the last (they
 * hold another); lockdep and might_sleep() see them daily.  The analysis
 * cannot count references, so it follows the kernel's convention:
 *
 *  - a sleep on the true side of a `last-ref` test (rules/refcount.rules)
 *    goes into the function's summary as a last-reference sleep, not a
 *    plain one;
 *  - a call to such a function in atomic context is not reported (-v names
 *    it); the caller's own summary passes the sleep on as one too;
 *  - a function that tests for the last reference itself and sleeps on
 *    that side while holding an atomic context is reported as before: its
 *    own code says the last reference can go there.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/last_ref.h"
#include "analysis/summary.h"

/* The call whose result the branch tests, made just before in its block. */
static const struct ir_instr *tested_call(const struct ir_block *b)
{
	const struct ir_expr *cond = &b->term.cond;
	int i;

	if (cond->kind != IR_EXPR_VAR || cond->offset || cond->var < 0)
		return NULL;
	for (i = b->ninstrs - 1; i >= 0; i--) {
		const struct ir_instr *in = &b->instrs[i];

		if (in->op == IR_CALL && in->call.dest == cond->var)
			return in;
		if (in->op == IR_ASSIGN && in->assign.dest == cond->var)
			return NULL;
	}
	return NULL;
}

void last_ref_branch(struct hm_walk *w, struct path_state *s,
		     const struct ir_block *b, bool value)
{
	const struct ir_instr *in;
	const struct api_entry *api;
	const char *name;

	if (!value || s->last_ref)
		return;
	in = tested_call(b);
	api = in ? call_api(w, in, &name) : NULL;
	if (api && api->kind == API_LAST_REF)
		s->last_ref = true;
}

static void note(struct summary *sum, const char *chain, struct ir_loc loc)
{
	if (sum->last_ref_sleep_chain)
		return;
	sum->last_ref_sleep_chain = strdup(chain ? chain : "?");
	if (!sum->last_ref_sleep_chain)
		abort();
	sum->last_ref_sleep_loc = loc;
}

bool last_ref_note_sleep(struct hm_walk *w, const struct path_state *s,
			 const char *chain, struct ir_loc loc)
{
	if (!s->last_ref)
		return false;
	if (w->summary)
		note(w->summary, chain, loc);
	return true;
}

static bool said_before(struct hm_walk *w, struct ir_loc loc)
{
	int i, n = w->nlast_ref_quiet;
	int cap = sizeof(w->last_ref_quiet) / sizeof(w->last_ref_quiet[0]);

	for (i = 0; i < n && i < cap; i++)
		if (w->last_ref_quiet[i].line == loc.line &&
		    w->last_ref_quiet[i].col == loc.col &&
		    w->last_ref_quiet[i].file == loc.file)
			return true;
	if (n < cap)
		w->last_ref_quiet[n] = loc;
	w->nlast_ref_quiet++;
	return false;
}

void last_ref_apply(struct hm_walk *w, struct path_state *s,
		    const struct ir_instr *in, const struct summary *sum)
{
	size_t size = strlen(sum->name) + strlen(sum->last_ref_sleep_chain) + 8;
	char *chain = xcalloc(size, 1);
	struct ir_loc cause;
	const char *what;

	snprintf(chain, size, "%s -> %s", sum->name, sum->last_ref_sleep_chain);
	if (w->summary)
		note(w->summary, chain, sum->last_ref_sleep_loc);
	if (w->reporting && w->an->opts.verbose && !s->imprecise &&
	    state_atomic_cause(s, &cause, &what) && !said_before(w, in->loc))
		fprintf(stderr, "%s:%u:%u: note: %s() may sleep only after a "
			"last-reference test (%s): not reported in atomic "
			"context\n", in->loc.file ? in->loc.file : "?",
			in->loc.line, in->loc.col, sum->name, chain);
	free(chain);
}
