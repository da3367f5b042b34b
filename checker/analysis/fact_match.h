/* SPDX-License-Identifier: GPL-2.0 */
/*
 * fact_match.h - whether a branch fact is about the variables a test of
 * the same text reads (fact_prune.c): macro expansions declare variables
 * spelled alike.
 */
#ifndef HMCHECK_ANALYSIS_FACT_MATCH_H
#define HMCHECK_ANALYSIS_FACT_MATCH_H

#include <stdbool.h>

struct branch_fact;
struct ir_expr;

bool fact_reads_within(const struct branch_fact *f, const struct ir_expr *cond);

#endif
