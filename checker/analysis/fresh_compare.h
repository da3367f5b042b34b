/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fresh_compare.h - a mapping made on this path is not an address the
 * function held before it made any call.
 */
#ifndef HMCHECK_ANALYSIS_FRESH_COMPARE_H
#define HMCHECK_ANALYSIS_FRESH_COMPARE_H

struct hm_walk;
struct path_state;
struct ir_expr;

/*
 * `mapped != before` or `==`: the sides it may take (1 true, 2 false,
 * 3 either), as branch.c's branch_sides().
 */
int fresh_compare_sides(struct hm_walk *w, const struct path_state *s,
			const struct ir_expr *cond);

#endif
