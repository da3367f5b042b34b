/* SPDX-License-Identifier: GPL-2.0 */
/*
 * member_accessor.h - a local that holds what a pure accessor of a
 * parameter returns (`struct board *db = netdev_priv(dev);`): a test of
 * db->m is a test of accessor(dev)->m, a member its caller can know too.
 */
#ifndef HMCHECK_ANALYSIS_MEMBER_ACCESSOR_H
#define HMCHECK_ANALYSIS_MEMBER_ACCESSOR_H

#include <stdbool.h>
#include "ir.h"

struct hm_walk;

/*
 * The callee of `call` if it is a function of this unit of one parameter
 * that writes and calls nothing and returns only that parameter moved by
 * a constant (`return (char *)dev + SIZE;`), given a variable; else NULL.
 */
const char *member_accessor_of_call(struct hm_walk *w, const struct ir_call *call);
/*
 * The variable `var` holds accessor(p) wherever it holds anything: its one
 * definition in the function is such a call of a variable the function
 * never writes.  p, and *accessor; or -1.
 */
int member_accessor_local(struct hm_walk *w, int var, const char **accessor);
/* How many instructions of the function give `var` a value; the last. */
int var_definitions(const struct ir_function *fn, int var,
		    const struct ir_instr **last);
/* The local that holds accessor(var) in the function, or -1. */
int member_accessor_holder(struct hm_walk *w, int var, const char *accessor);

#endif
