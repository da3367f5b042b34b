/* SPDX-License-Identifier: GPL-2.0 */
/*
 * dead_vars.h - a state over its block's budget forgets the values of the
 * variables nothing ahead reads (dead_vars.c), so that it may merge.
 */
#ifndef HMCHECK_ANALYSIS_DEAD_VARS_H
#define HMCHECK_ANALYSIS_DEAD_VARS_H

struct hm_walk;
struct path_state;

void forget_dead_vars(struct hm_walk *w, struct path_state *s, int block);

#endif
