// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_dom.c - the tests of parameters every way to a block passes.
 *
 *	switch (event) {
 *	case RTM_DELADDR:
 *		... many tests of ifp's members ...
 *		ip6_del_rt(net, ifp->rt, false);
 *
 * The call can only be reached through the side of `event == RTM_DELADDR`
 * that holds, and a parameter still as its caller passed it keeps that
 * value: the call's guard.  The path's branch fact says so too, but past
 * a block's budget of states the walk forgets the facts nothing ahead
 * reads (fact_prune.c), and nothing after the dispatch reads `event`:
 * __ipv6_ifa_notify()'s calls out of case RTM_DELADDR kept no guard, and
 * its caller passing 0 under rcu_read_lock_bh() was reported (sweep 21).
 * The branch structure does not forget.  Only equality and truth tests of
 * integer parameters are taken; found once per block (walk.h dom).
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/sleep_guard.h"

/* `block` is reached from the entry without taking edge from -> to. */
static bool reached_without(const struct ir_function *fn, int block,
			    int from, int side, int *stack, unsigned char *seen)
{
	int n = 0, b, i, next;

	memset(seen, 0, (size_t)fn->nblocks);
	seen[0] = 1;
	stack[n++] = 0;
	while (n) {
		b = stack[--n];
		if (b == block)
			return true;
		for (i = 0; i < ir_term_nsuccs(&fn->blocks[b].term); i++) {
			next = fn->blocks[b].term.succ[i];
			if ((b == from && i == side) || next < 0 ||
			    next >= fn->nblocks || seen[next])
				continue;
			seen[next] = 1;
			stack[n++] = next;
		}
	}
	return false;
}

/* The test side `side` of block b's branch makes of an integer parameter. */
static bool branch_test(const struct hm_walk *w, int b, int side,
			struct sleep_test *test)
{
	const struct ir_term *term = &w->fn->blocks[b].term;
	const struct ir_expr *cond = &term->cond;
	int var;

	if (term->kind != IR_TERM_BRANCH || term->succ[0] == term->succ[1])
		return false;
	if (cond->has_compare && (cond->compare_op == IR_CMP_EQ ||
				  cond->compare_op == IR_CMP_NE) &&
	    cond->compare_value) {
		var = cond->compare_var;
		*test = (struct sleep_test){
			.param = var, .equals = true,
			.value = !side == (cond->compare_op == IR_CMP_EQ),
			.constant = cond->compare_value,
		};
	} else if (cond->kind == IR_EXPR_VAR && !cond->offset) {
		var = cond->var;
		*test = (struct sleep_test){ .param = var, .value = !side };
	} else {
		return false;
	}
	return var >= 0 && var < w->fn->nparams &&
	       w->fn->vars[var].kind == IR_VAR_PARAM &&
	       !w->fn->vars[var].is_pointer;
}

/* The tests of every way to `block`, once per block of the walk. */
static struct dom_tests *dominating(struct hm_walk *w, int block)
{
	const struct ir_function *fn = w->fn;
	struct dom_tests *d;
	struct sleep_test test;
	unsigned char *seen;
	int *stack, b, side;

	if (!w->dom)
		w->dom = xcalloc((size_t)fn->nblocks, sizeof(*w->dom));
	d = &w->dom[block];
	if (d->known)
		return d;
	d->known = true;
	stack = xcalloc((size_t)fn->nblocks, sizeof(*stack));
	seen = xcalloc((size_t)fn->nblocks, 1);
	for (b = 0; b < fn->nblocks && d->n < HM_SLEEP_TESTS; b++)
		for (side = 0; side < 2 && d->n < HM_SLEEP_TESTS; side++)
			if (branch_test(w, b, side, &test) &&
			    !reached_without(fn, block, b, side, stack, seen))
				d->tests[d->n++] = test;
	free(seen);
	free(stack);
	return d;
}

int sleep_guard_dominating(struct hm_walk *w, const struct path_state *s,
			   struct sleep_test *tests)
{
	const struct dom_tests *d;
	int i, n = 0;

	if (w->block < 0 || w->block >= w->fn->nblocks)
		return 0;
	d = dominating(w, w->block);
	for (i = 0; i < d->n; i++)
		if (sleep_guard_unchanged_param(w, s, d->tests[i].param))
			tests[n++] = d->tests[i];
	return n;
}

bool sleep_guard_branch_needed(const struct ir_function *fn, int block,
			       int from, int side)
{
	unsigned char *seen;
	int *stack;
	bool needed;

	if (block < 0 || block >= fn->nblocks || from < 0 ||
	    from >= fn->nblocks)
		return false;
	stack = xcalloc((size_t)fn->nblocks, sizeof(*stack));
	seen = xcalloc((size_t)fn->nblocks, 1);
	needed = !reached_without(fn, block, from, side, stack, seen);
	free(seen);
	free(stack);
	return needed;
}
