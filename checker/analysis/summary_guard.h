/* SPDX-License-Identifier: GPL-2.0 */
/*
 * summary_guard.h - a helper whose unmaps depend on its object's state:
 * `if (dev->state != ERROR) for (...) kunmap(dev->pages[u]);` at its
 * start.  The summary counts, per side of that entry test, the returns and
 * the unmaps; a caller that knows what the member holds (it stored a
 * constant there, or tested it) learns which side the helper takes.
 *
 * stored_ints.c: integer constants a path stored to memory reached through
 * a parameter or local pointer (`dev->state = STOPPED;`), kept while
 * nothing that may write them runs.
 */
#ifndef HMCHECK_ANALYSIS_SUMMARY_GUARD_H
#define HMCHECK_ANALYSIS_SUMMARY_GUARD_H

#include <stdbool.h>
#include "ir.h"
#include "model.h"

struct hm_walk;
struct path_state;
struct summary;
struct unmap_target;

/* The caller does not know which side of the callee's guard it takes. */
#define GUARD_SIDE_UNKNOWN	(-1)

/* stored_ints.c */
/* Before each instruction's transfer; calls are judged after theirs. */
void stored_ints_before(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in);
void stored_ints_after_call(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in);
/* The constant this path stored at compacted, interned `text`. */
bool stored_int(const struct path_state *s, const char *text, long long *value);

/* summary_guard.c */
/* In a summary walk: which side of the entry guard this path took. */
void summary_guard_branch(struct hm_walk *w, struct path_state *s,
			  const struct ir_block *b, bool value);
/* A return: count it, and the unmaps it did, under its side of the guard. */
void summary_guard_collect(struct hm_walk *w, const struct path_state *s);
/* An unmap effect `index` done inside a loop: it unmaps an array's elements. */
void summary_guard_note_unmap(struct hm_walk *w, int index);
/* Before a call (its facts not yet expired): which side its guard takes. */
void summary_guard_before_call(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in);
/*
 * Whether a store to memory `text` may decide the entry guard of a callee
 * of this function: only those are worth keeping (stored_ints.c).
 */
bool summary_guard_member(struct hm_walk *w, const char *text);
/* At the call: GUARD_SIDE_UNKNOWN, 0 (false) or 1 (true). */
int summary_guard_side(struct hm_walk *w, const struct ir_instr *in,
		       const struct summary *sum);
/*
 * summary_unmap_loop.c: a callee's sure unmap in its caller; `array`: of
 * every element of an array it unmapped in a loop.
 */
void summary_unmap(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in, const char *name,
		   enum map_family family, const struct unmap_target *t,
		   bool array);

#endif
