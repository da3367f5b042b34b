// SPDX-License-Identifier: GPL-2.0
/*
 * fact_prune.c - forget the branch facts nothing ahead can read.
 *
 * A block that has seen its budget of states drops every fact, and with
 * them the correlation `if (cp->crc_size) map ... if (cp->crc_size) unmap`
 * that made the path feasible.  Most states that fill the budget differ only
 * in facts about tests already behind them (`hlen < 0` of an earlier
 * section): those facts can never bind again, and dropping them first lets
 * such states merge while the facts still ahead are kept.
 */
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/util.h"

/* Marks every block reachable from `start`, itself included (malloc'ed). */
unsigned char *reachable_from(const struct ir_function *fn, int start)
{
	unsigned char *seen = xcalloc((size_t)fn->nblocks, 1);
	int *stack = xcalloc((size_t)fn->nblocks, sizeof(*stack));
	int n = 0, i;

	seen[start] = 1;
	stack[n++] = start;
	while (n) {
		const struct ir_block *b = &fn->blocks[stack[--n]];
		for (i = 0; i < ir_term_nsuccs(&b->term); i++) {
			int next = b->term.succ[i];

			if (next >= 0 && next < fn->nblocks && !seen[next]) {
				seen[next] = 1;
				stack[n++] = next;
			}
		}
	}
	free(stack);
	return seen;
}

static bool read_ahead(const struct ir_function *fn, const unsigned char *ahead,
		       const struct branch_fact *f)
{
	int i;

	for (i = 0; i < fn->nblocks; i++) {
		const struct ir_block *b = &fn->blocks[i];

		if (ahead[i] && i != f->block && b->term.kind == IR_TERM_BRANCH &&
		    branch_tests_fact(&b->term.cond, f->text))
			return true;
	}
	return false;
}

void prune_dead_facts(struct hm_walk *w, struct path_state *s, int block)
{
	unsigned char *ahead;
	int i, kept = 0;

	if (!s->nfacts)
		return;
	ahead = reachable_from(w->fn, block);
	for (i = 0; i < s->nfacts; i++)
		if (read_ahead(w->fn, ahead, &s->facts[i]))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
	free(ahead);
}
