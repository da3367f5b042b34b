/* SPDX-License-Identifier: GPL-2.0 */
/*
 * member_guard.h - sleeps that need a test of a member of a parameter
 * (`if (dev->info) return;` before an allocation): struct sleep_test with
 * a suffix, found and applied for sleep_guard.c and sleep_guard_call.c.
 */
#ifndef HMCHECK_ANALYSIS_MEMBER_GUARD_H
#define HMCHECK_ANALYSIS_MEMBER_GUARD_H

#include <stdbool.h>
#include "ir.h"
#include "analysis/summary.h"

struct hm_walk;
struct path_state;
struct branch_fact;

/*
 * Nothing from the entry of the walk's function to instruction `ninstrs`
 * of `block` may write `var<suffix>` (nor assign `var`).
 */
bool member_guard_untouched(struct hm_walk *w, int var, const char *suffix,
			    int block, int ninstrs);
/* The test of a parameter's member the memory fact `f` makes, if any. */
bool member_guard_of_fact(struct hm_walk *w, const struct path_state *s,
			  const struct branch_fact *f, struct sleep_test *test);
/*
 * The same of a truth test of a local holding a parameter's member
 * (`file = store->file; ... if (file)`).
 */
bool member_guard_of_local(struct hm_walk *w, const struct path_state *s,
			   const struct branch_fact *f, struct sleep_test *test);
/*
 * The memory fact `f` passed `x->m & M`, M of several bits, on its
 * nonzero side, x a parameter and its member untouched: *param, the
 * member's *suffix and M (sleep_guard_some.c).
 */
bool member_guard_some_of_fact(struct hm_walk *w, const struct path_state *s,
			       const struct branch_fact *f, int *param,
			       const char **suffix, unsigned long long *mask);
/* Keep the path's memory facts before call `in` expires them. */
void member_guard_before_call(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in);
/*
 * The callee's member test at call `in`: 1 if the caller's facts on the
 * argument's member fail it, 0 if it becomes `*mine` of the caller's own
 * parameter, -1 if it may pass.
 */
int member_guard_at_call(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in, const struct sleep_test *test,
			 struct sleep_test *mine);
/*
 * The same for a test of a parameter the caller passes a member load
 * `arg` (`cfg->mx`, `cfg.mx`) for: decided by the caller's facts on that
 * member or a constant stored there, or its test of that member of its
 * own parameter.
 */
int member_guard_load_at_call(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in,
			      const struct ir_expr *arg,
			      const struct sleep_test *test,
			      struct sleep_test *mine);
/*
 * `arg` of call `in` is a member of the caller's parameter nothing wrote
 * since the entry (`cfg->fc_mx`): that parameter and the member's suffix.
 */
bool member_guard_param_member(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in,
			       const struct ir_expr *arg, int *param,
			       const char **suffix);
/*
 * The constant the caller stored in argument `param` of call `in`
 * followed by `suffix` (`cfg.fc_mx` for &cfg and "->fc_mx"), if any.
 */
bool member_guard_value_at_call(struct hm_walk *w, const struct path_state *s,
				const struct ir_instr *in, int param,
				const char *suffix, long long *value);
/*
 * The facts a path's tests of members are read from while a call is
 * made: those before it (member_guard_before_call() to _after_call()).
 * A call handed the object expires them, but the call, and the sleeps in
 * it, were reached under them.  Else the path's.
 */
const struct branch_fact *member_guard_path_facts(const struct hm_walk *w,
						  const struct path_state *s,
						  int *n);
void member_guard_after_call(struct hm_walk *w);
/*
 * A store to `text` (compacted, interned) may decide a member test of a
 * callee of the walk's function: worth keeping (stored_ints.c).
 */
bool member_guard_callee_member(struct hm_walk *w, const struct path_state *s,
				const char *text);

#endif
