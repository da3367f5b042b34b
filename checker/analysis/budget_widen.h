/* SPDX-License-Identifier: GPL-2.0 */
/*
 * budget_widen.h - past its block's budget a state also forgets how far
 * below zero a context went, the known integers its live mappings were
 * made under and whether an integer was set to a constant
 * (budget_widen.c).  Called after known_ints_drop_but_flags().
 */
#ifndef HMCHECK_ANALYSIS_BUDGET_WIDEN_H
#define HMCHECK_ANALYSIS_BUDGET_WIDEN_H

struct hm_walk;
struct path_state;

void widen_past_budget(const struct hm_walk *w, struct path_state *s);

#endif
