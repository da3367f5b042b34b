/* SPDX-License-Identifier: GPL-2.0 */
/*
 * context_query.h - tests of the running context (in_atomic(),
 * irqs_disabled(): rules kind `context-query`).  See context_query.c.
 */
#ifndef HMCHECK_ANALYSIS_CONTEXT_QUERY_H
#define HMCHECK_ANALYSIS_CONTEXT_QUERY_H

#include "analysis/walk.h"

/* A branch on a query's result: its false side holds none of its contexts. */
void context_query_branch(struct hm_walk *w, struct path_state *s,
			  const struct ir_block *b, bool value);
/* An assignment: `ok = !in_atomic();` keeps the answer in `dest`. */
void context_query_assign(struct hm_walk *w, struct path_state *s,
			  int dest, const struct ir_expr *src);
/* `var` is written otherwise: its answer is gone. */
void context_query_forget(struct path_state *s, int var);
/*
 * A sleep on a path past such a false side: it happens only where the
 * caller holds none of those contexts.  False if the path took none.
 */
bool context_query_sleep(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const char *name,
			 const char *chain, struct ir_loc chain_loc);

#endif
