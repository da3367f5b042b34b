// SPDX-License-Identifier: GPL-2.0
/*
 * expr_reads.c - an expression's variables found by their spelling.
 */
#include <string.h>
#include "analysis/expr_reads.h"

int expr_read_named(const struct ir_function *fn, const struct ir_expr *e,
		    const char *name, size_t n)
{
	int i, var;

	for (i = 0; i < e->nreads; i++) {
		var = e->reads[i];
		if (var >= 0 && var < fn->nvars &&
		    strlen(fn->vars[var].name) == n &&
		    !strncmp(fn->vars[var].name, name, n))
			return var;
	}
	return -1;
}
