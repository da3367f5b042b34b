/* SPDX-License-Identifier: GPL-2.0 */
/*
 * expr_reads.h - an expression's variables found by their spelling, for
 * checks that take a condition or a page apart by its text.
 */
#ifndef HMCHECK_ANALYSIS_EXPR_READS_H
#define HMCHECK_ANALYSIS_EXPR_READS_H

#include <stddef.h>
#include "ir.h"

/* The variable `e` reads that is spelled name[0..n), or -1. */
int expr_read_named(const struct ir_function *fn, const struct ir_expr *e,
		    const char *name, size_t n);

#endif
