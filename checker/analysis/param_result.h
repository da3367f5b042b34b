/* SPDX-License-Identifier: GPL-2.0 */
/*
 * param_result.h - a helper's result nonzero only for one truth of a
 * parameter (`return noblock ? 0 : sk->sk_sndtimeo;`): its summary says
 * so, and a caller's test of the result tells the truth of the variable
 * it passed there (param_result.c).
 */
#ifndef HMCHECK_ANALYSIS_PARAM_RESULT_H
#define HMCHECK_ANALYSIS_PARAM_RESULT_H

#include <stdbool.h>
#include "ir.h"

struct hm_walk;
struct path_state;
struct summary;

/* summary_collect.c: a return of `value` on this path. */
void param_result_collect(struct hm_walk *w, const struct path_state *s,
			  const struct ir_expr *value);
/* calls.c: call `in` of a function summarized as `sum` has returned. */
void param_result_after_call(struct hm_walk *w, struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum);
/* branch.c: the branch of block `b` takes side `value`. */
void param_result_branch(struct hm_walk *w, struct path_state *s,
			 const struct ir_block *b, bool value);

#endif
