/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sleep_unless.h - calls that sleep only outside one context: vfree() is
 * might_sleep_if(!in_interrupt()) in 6.1, so with bottom halves disabled
 * (spin_lock_bh()) it defers its work and returns.  A rules entry says so
 * with `unless=CONTEXT`; a helper reaching it sleeps "unless its caller
 * holds CONTEXT", and says so in its summary for its own callers.
 */
#ifndef HMCHECK_ANALYSIS_SLEEP_UNLESS_H
#define HMCHECK_ANALYSIS_SLEEP_UNLESS_H

#include <stdbool.h>
#include "ir.h"

struct hm_walk;
struct path_state;
struct ir_instr;
struct summary;

/* The path surely holds at least one level of `context`. */
bool state_holds_context(const struct path_state *s, const char *context);

/*
 * calls.c: a sleep that happens only where the path does not hold
 * `context`: nothing if it does, else a sleep the summary remembers with
 * its condition.
 */
void raise_sleep_unless(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const char *name,
			const char *chain, struct ir_loc chain_loc,
			const char *context);

/* summary_apply.c: a callee that sleeps unless its caller holds a context. */
void apply_sleep_unless(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const struct summary *sum);

#endif
