/* SPDX-License-Identifier: GPL-2.0 */
/*
 * last_ref.h - sleeps reached only when a reference count drops to zero
 * (rules: `last-ref`, rules/refcount.rules).  See last_ref.c.
 */
#ifndef HMCHECK_ANALYSIS_LAST_REF_H
#define HMCHECK_ANALYSIS_LAST_REF_H

#include "analysis/walk.h"

struct summary;

/* A branch on a last-reference test: its true side frees. */
void last_ref_branch(struct hm_walk *w, struct path_state *s,
		     const struct ir_block *b, bool value);
/* A sleep on such a side, for the summary; false if the path took none. */
bool last_ref_note_sleep(struct hm_walk *w, const struct path_state *s,
			 const char *chain, struct ir_loc loc);
/* A call to a callee that sleeps only after its own last-reference test. */
void last_ref_apply(struct hm_walk *w, struct path_state *s,
		    const struct ir_instr *in, const struct summary *sum);

#endif
