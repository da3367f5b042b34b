/* SPDX-License-Identifier: GPL-2.0 */
/*
 * budget_debug.h - with HMCHECK_DEBUG_BUDGET set, say what keeps a state
 * apart from the ones a block kept once the block is past its budget.
 */
#ifndef HMCHECK_ANALYSIS_BUDGET_DEBUG_H
#define HMCHECK_ANALYSIS_BUDGET_DEBUG_H

struct hm_walk;
struct path_state;

void budget_debug_explain(const struct hm_walk *w, int block,
			  const struct path_state *s);

#endif
