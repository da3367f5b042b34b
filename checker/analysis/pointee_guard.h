/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pointee_guard.h - sleeps that need a test of what a parameter points to
 * (`if (*locked) { unlock(lock); *locked = false; } ... cond_resched();`):
 * struct sleep_test with the suffix "*", found in the callee's path and
 * decided in the caller by what it knows of the variable whose address
 * it passes (`&locked`).
 */
#ifndef HMCHECK_ANALYSIS_POINTEE_GUARD_H
#define HMCHECK_ANALYSIS_POINTEE_GUARD_H

#include <stdbool.h>
#include "ir.h"
#include "analysis/summary.h"

struct hm_walk;
struct path_state;
struct branch_fact;

/* The test of `*param` the fact `f` makes, if the caller's value is read. */
bool pointee_guard_of_fact(struct hm_walk *w, const struct path_state *s,
			   const struct branch_fact *f, struct sleep_test *test);
/* Before call `in` expires them: what the path knows of its `&var`s. */
void pointee_guard_before_call(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in);
/*
 * The callee's test of `*param` at call `in`: 1 if the caller's path
 * knows the pointed-to variable fails it, 0 if it becomes `*mine`, the
 * same test of the caller's own parameter passed along untouched, -1 if
 * it may pass.
 */
int pointee_guard_at_call(struct hm_walk *w, const struct path_state *s,
			  const struct ir_instr *in,
			  const struct sleep_test *test, struct sleep_test *mine);
/* A return: is its result a nonzero constant (summary returns_nonzero)? */
void pointee_guard_collect_return(struct hm_walk *w, const struct path_state *s,
				  const struct ir_expr *value);
/*
 * After call `in` (the end of pointee_guard_before_call()'s view): a callee that returns a nonzero constant on every
 * return (`return true;` after taking a lock) leaves its result's
 * variable known to be true.
 */
void pointee_guard_after_call(struct hm_walk *w, struct path_state *s,
			      const struct ir_instr *in);
/*
 * `var = CONSTANT` of a variable whose address only calls get: known
 * true or false (known_ints.c follows no address-taken variable).
 */
void pointee_guard_after_assign(struct hm_walk *w, struct path_state *s,
				const struct ir_instr *in);

#endif
