/* SPDX-License-Identifier: GPL-2.0 */
/*
 * known_ints.h - the values of plain local integers along a path, so that
 * a counted loop (`for (i = 0; i < NR; i++)`) runs as many times as it
 * says, and a test of a variable set to a constant takes one side only.
 *
 * Only locals that are neither pointers, aggregates nor address-taken are
 * followed: nothing but an assignment can change them.  A loop whose exits
 * cannot be decided by known values forgets what it assigns (widening), so
 * a loop with an unknown bound still ends in a state seen before.
 */
#ifndef HMCHECK_ANALYSIS_KNOWN_INTS_H
#define HMCHECK_ANALYSIS_KNOWN_INTS_H

#include <stdbool.h>
#include "analysis/loops.h"
#include "analysis/state.h"

struct hm_walk;

bool known_int(const struct path_state *s, int var, long long *value);
/* A branch on `var` alone taken on this path: 1 true, 0 false, -1 none. */
int var_truth_fact(const struct hm_walk *w, const struct path_state *s, int var);
/* The truth of `var` on this path, from its value or a branch on it alone:
   1 true, 0 false, -1 unknown. */
int known_int_truth(const struct hm_walk *w, const struct path_state *s, int var);
/* `var` was written: forget its value and its bits. */
void known_int_forget(struct path_state *s, int var);
/* Widening: forget the value, keep the bits branches saw (known_bits.c). */
void known_int_forget_value(struct path_state *s, int var);
/* Forget them all; what counted loops mapped is counted no more. */
void known_ints_drop(struct path_state *s);
/* `dest = src`: a constant, a copy, or var + addend of known values. */
void known_ints_assign(struct hm_walk *w, struct path_state *s, int dest,
		       const struct ir_expr *src);
/* Which sides (bit 0 true, bit 1 false) known values allow; 3 if any. */
int known_ints_sides(const struct path_state *s, const struct ir_expr *cond);
/* The known values as one number: equal values, equal keys. */
unsigned long known_ints_key(const struct path_state *s);

/* The compacted text of a memory operand, known indices as numbers. */
const char *known_ints_text(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *e);

/*
 * known_bits.c: bits of local integers seen set or clear by branches
 * (`x & M`, or an inline predicate returning that), which decide a later
 * `x == C` or `x & M`.
 */
void known_bits_forget(struct path_state *s, int var);
/* `var |= bits`: those are set now, the others as they were. */
void known_bits_or(struct hm_walk *w, struct path_state *s, int var,
		   unsigned long long bits);
void known_bits_branch(struct hm_walk *w, struct path_state *s,
		       const struct ir_block *b, bool value);
int known_bits_sides(const struct path_state *s, const struct ir_expr *cond);
/* The bits local bool `var` testing as `value` says its variable has. */
bool known_bits_of_bool(struct hm_walk *w, int var, bool value,
			struct known_bits *bits);
/*
 * narrowed_param.c: the bits writes of parameter `var` may set that its
 * caller did not (`x |= C`; `x &= M` sets none); ~0: any.
 */
unsigned long long known_bits_set_in_param(const struct hm_walk *w, int var);

/* counted_loops.c: per loop, its exits and what its body assigns. */
struct counted_loops;
struct counted_loops *counted_loops_find(const struct ir_function *fn,
					 const struct loop_info *loops);
void counted_loops_free(struct counted_loops *c);
/*
 * After an undecided branch at `block`: each loop it leaves whose exits no
 * known value decides forgets the values its body assigns.
 */
void counted_loops_widen(const struct hm_walk *w, struct path_state *s,
			 int block);
/* Whether `block` is in loops that all run a count known on this path. */
bool counted_loops_exact(const struct hm_walk *w, const struct path_state *s,
			 int block);

#endif
