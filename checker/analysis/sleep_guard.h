/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sleep_guard.h - a helper that sleeps only on one side of a test of a
 * parameter (`if (recv) kmap_atomic(...) else kmap(...)`): called with a
 * constant that picks the other side, it does not sleep.
 */
#ifndef HMCHECK_ANALYSIS_SLEEP_GUARD_H
#define HMCHECK_ANALYSIS_SLEEP_GUARD_H

#include <stdbool.h>
#include "ir.h"
#include "analysis.h"

struct hm_walk;
struct path_state;
struct ir_instr;
struct summary;

/* No guard: the sleep is not known to depend on a parameter. */
#define SLEEP_GUARD_NONE	(-1)
/* The call cannot sleep: its argument picks the side that does not. */
#define SLEEP_GUARD_SKIP	(-2)

/*
 * What a sleep depends on: parameter `param` testing as `value`, or, if
 * ones or zeros is non-zero, having the bits `ones` set and `zeros` clear.
 */
struct sleep_guard {
	int param;
	bool value;
	unsigned long long ones, zeros;
};

/*
 * A sleep on this path of a summarized function, guarded by `guard`
 * (NULL: find the guard in the path's branch facts and known bits, if
 * there is one).
 */
void sleep_guard_note(struct hm_walk *w, const struct path_state *s,
		      const struct sleep_guard *guard);
/*
 * The callee sleeps only if its guard holds: SLEEP_GUARD_SKIP if this
 * call's argument says it does not, the caller's own parameter that
 * decides it if the argument is that parameter (*guard says how), else
 * SLEEP_GUARD_NONE.
 */
/* summary.c: a sleep that depends on the function's parameter `guard`. */
void summary_note_guarded_sleep(struct hm_walk *w, const struct path_state *s,
				const char *chain, struct ir_loc loc,
				const struct sleep_guard *guard);
/* calls.c: raise_sleep() of a sleep that depends on parameter `guard`. */
void raise_guarded_sleep(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const char *name,
			 const char *chain, struct ir_loc chain_loc,
			 const struct sleep_guard *guard);
int sleep_guard_at_call(struct hm_walk *w, const struct path_state *s,
			const struct ir_instr *in, const struct summary *sum,
			struct sleep_guard *guard);

/*
 * Calls to other files (extern.c's calls out): the constant arguments of
 * `call`; of two calls one entry stands for, the constants both pass; and
 * whether the callee's guard keeps it from sleeping in every such call.
 */
void sleep_guard_call_consts(const struct path_state *s,
			     const struct ir_call *call,
			     struct function_call_out *out);
void sleep_guard_merge_consts(struct function_call_out *out,
			      const struct function_call_out *other);
bool sleep_guard_rules_out(const struct summary *sum,
			   const struct function_call_out *out);

#endif
