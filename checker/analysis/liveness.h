/* SPDX-License-Identifier: GPL-2.0 */
/*
 * liveness.h - live variables per block, for states over a block's budget
 * to forget what no path ahead reads before assigning it (dead_vars.c).
 * Computed once a walk, on first need.
 */
#ifndef HMCHECK_ANALYSIS_LIVENESS_H
#define HMCHECK_ANALYSIS_LIVENESS_H

#include <stdbool.h>

struct ir_function;
struct liveness;

struct liveness *liveness_new(const struct ir_function *fn);
void liveness_free(struct liveness *l);
/* Whether a path from the start of `block` may read `var` before assigning it. */
bool liveness_live_at(const struct liveness *l, int block, int var);

#endif
