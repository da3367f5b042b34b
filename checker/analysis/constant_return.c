// SPDX-License-Identifier: GPL-2.0
/*
 * constant_return.c - a static function of the unit whose every return
 * is the same constant: a configuration stub (`static inline bool
 * feature_enabled(struct vm *vm) { return false; }` where the feature is
 * configured out).  Its call's result is that constant, so a test of it
 * takes one side only, and what the other side does is dead code here.
 * Only static functions: another file's definition cannot replace them
 * (a __weak default returning 0 is overridden by the architecture's).
 */
#include "analysis/walk.h"
#include "analysis/known_ints.h"
#include "analysis/constant_return.h"

bool constant_return_of(const struct ir_function *fn, long long *value)
{
	bool seen = false;
	int i;

	if (!fn->is_static)
		return false;
	for (i = 0; i < fn->nblocks; i++) {
		const struct ir_term *term = &fn->blocks[i].term;

		if (term->kind != IR_TERM_RETURN)
			continue;
		if (!term->value.has_value ||
		    (seen && term->value.value != *value))
			return false;
		*value = term->value.value;
		seen = true;
	}
	return seen;
}

void constant_return_after_call(struct hm_walk *w, struct path_state *s,
				const struct ir_instr *in,
				const struct ir_function *callee)
{
	struct ir_expr result = { .kind = IR_EXPR_CONST, .var = -1,
				  .has_value = 1, .text = "" };

	if (in->call.dest < 0 || !constant_return_of(callee, &result.value))
		return;
	known_ints_assign(w, s, in->call.dest, &result);
}
