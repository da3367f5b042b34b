/* SPDX-License-Identifier: GPL-2.0 */
/*
 * call_writes.h - which members of the objects it is handed a function may
 * write, so that a caller's branch facts about the other members survive
 * the call (call_facts.c).
 */
#ifndef HMCHECK_ANALYSIS_CALL_WRITES_H
#define HMCHECK_ANALYSIS_CALL_WRITES_H

#include <stdbool.h>
#include "ir.h"

struct intern_table;
struct analysis;

/* access_path.c */
/* The next place `name` names the variable in `text`, from `from`, or NULL. */
const char *access_find(const char *text, const char *from, const char *name);
/* The member chain at the start of `after`: "->a.b[]" (indexes as "[]");
   `used`: how much of `after` it spans. */
const char *access_chain(struct intern_table *strings, const char *after,
			 size_t *used);
/* One chain starts the other: writing one may change the other. */
bool regions_overlap(const char *a, const char *b);
/* `inner` (relative to a pointer) appended to `base`; `address`: the
   pointer was &base, so "->f" becomes ".f". */
const char *region_join(struct intern_table *strings, const char *base,
			bool address, const char *inner);

/* Where an expression points, relative to the variable it is rooted at. */
struct expr_region {
	const char *chain;	/* "" the variable's object itself */
	bool address;		/* &var<chain> */
	bool whole;		/* arithmetic or a dereference: all of chain */
};
void expr_region_of(struct intern_table *strings, const struct ir_function *fn,
		    const struct ir_expr *e, struct expr_region *r);

/* call_writes.c */
struct param_writes {
	int n;
	const char **regions;	/* relative to *param: "->io_pos", "" all */
};

struct function_writes {
	bool computing;
	bool unknown;		/* writes through pointers it does not trace */
	int nparams;
	struct param_writes *params;
};

struct write_table;
void write_table_free(struct write_table *t);
/* What `fn` and its callees write through its parameters; NULL: recursion. */
const struct function_writes *writes_of(struct analysis *an,
					const struct ir_function *fn);
/* The caller's region a callee's write to `inner` through `arg` reaches. */
const char *arg_region(struct intern_table *strings, const struct expr_region *arg,
		       const char *inner);

#endif
