// SPDX-License-Identifier: GPL-2.0
/*
 * handed_result.c - which result a helper gives when it hands a mapping
 * over (returned, kept, or stored through a parameter) and which when it
 * does not.  A helper handing over only on some returns makes its
 * caller's mapping conditional on the result (summary_apply.c
 * make_conditional()): a pointer fails as NULL or ERR_PTR, and an int, by
 * the error-code convention, fails nonzero.  But a helper answering
 * "pinned?" (`return 1;` after `*mapp = map;`, `return 0;` with nothing
 * held) has it the other way: the caller's `while (!pin(..., &map))` or
 * `if (!pin(...)) goto out;` holds the mapping on the nonzero side only.
 *
 * Each return sorts itself by its result, as context_result.c does for
 * contexts: zero, or anything else; a variable whose value is not known
 * counts as both, unless it is the result of the helper's own helper that
 * made the mapping handed on (a wrapper `return pin(...);`), which gives
 * that helper's success and failure results.  Zero fails when every
 * handing return is surely nonzero and some other return surely zero;
 * other nonzero returns may hand nothing over (`*mapp = NULL; return 1;`
 * of a huge page not mapped at all), as a pointer helper's NULL may not.
 */
#include "analysis/walk.h"
#include "analysis/summary.h"

#define HANDED_ZERO	1	/* as context_result.c's result kinds */
#define HANDED_OTHER	2
#define HANDED_BOTH	(HANDED_ZERO | HANDED_OTHER)

/*
 * A wrapper returning the result its callee's conditional mapping hangs
 * on: the success kind of that result, or 0 if the return is no such.
 */
static int linked_success(const struct path_state *s,
			  const struct ir_expr *value)
{
	int i;

	if (value->kind != IR_EXPR_VAR || value->offset || value->var < 0)
		return 0;
	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		if (!r->live || r->cond_var != value->var || r->cond_pointer)
			continue;
		return r->cond_zero_fails ? HANDED_OTHER : HANDED_ZERO;
	}
	return 0;
}

void handed_result_collect(struct hm_walk *w, const struct path_state *s,
			   const struct ir_expr *value, bool effect,
			   bool unsettled)
{
	struct summary *sum = w->summary;
	int kind, var, success;

	if (!sum)
		return;
	if (unsettled) {
		success = linked_success(s, value);
		sum->handed_results |= success ? success : HANDED_BOTH;
		sum->plain_results |= success ? HANDED_BOTH & ~success :
				      HANDED_BOTH;
		return;
	}
	kind = context_result_class(w, s, value, &var);
	if (!kind || var >= 0)
		kind = HANDED_BOTH;
	if (effect)
		sum->handed_results |= kind;
	else
		sum->plain_results |= kind;
}

bool handed_on_nonzero(const struct summary *sum)
{
	return sum->maps_conditionally &&
	       sum->handed_results == HANDED_OTHER &&
	       (sum->plain_results & HANDED_ZERO);
}
