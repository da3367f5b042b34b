/* SPDX-License-Identifier: GPL-2.0 */
/*
 * flag_vars.h - local integers only ever assigned constants (flag_vars.c):
 * their known values are finite, so loops and budgets need not forget them.
 */
#ifndef HMCHECK_ANALYSIS_FLAG_VARS_H
#define HMCHECK_ANALYSIS_FLAG_VARS_H

struct ir_function;
struct hm_walk;
struct path_state;

/* Per variable: 1 if a flag.  The caller frees it. */
unsigned char *flag_vars_find(const struct ir_function *fn);
/* known_ints_drop(), keeping the values of flags. */
void known_ints_drop_but_flags(struct hm_walk *w, struct path_state *s);

#endif
