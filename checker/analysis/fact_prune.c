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
#include <string.h>
#include "analysis/walk.h"
#include "analysis/util.h"
#include "analysis/fact_match.h"

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

static int instr_writes(const struct ir_instr *in)
{
	return in->op == IR_ASSIGN ? in->assign.dest :
	       in->op == IR_CALL ? in->call.dest : -1;
}

/*
 * Whether `b` assigns a variable the fact reads.  A predicate's fact reads
 * the temporary its call assigns each time; it is matched by its text, so
 * no assignment ends it.
 */
static bool block_kills(const struct ir_block *b, const struct branch_fact *f)
{
	int i, j, var;

	if (f->predicate)
		return false;
	for (i = 0; i < b->ninstrs; i++) {
		var = instr_writes(&b->instrs[i]);
		for (j = 0; var >= 0 && j < f->nreads; j++)
			if (f->reads[j] == var)
				return true;
	}
	return false;
}

/*
 * Two expansions of one macro declare a variable each, spelled alike
 * (WARN_ON()'s `__ret_warn_on`): a fact about one says nothing of a test
 * of the other.  A fact binds a test of the same text whose variables
 * include every variable the fact read.
 */
bool fact_reads_within(const struct branch_fact *f, const struct ir_expr *cond)
{
	int i, j;

	if (f->predicate)
		return true;
	for (i = 0; i < f->nreads; i++) {
		for (j = 0; j < cond->nreads; j++)
			if (cond->reads[j] == f->reads[i])
				break;
		if (j == cond->nreads)
			return false;
	}
	return true;
}

/*
 * A bit test of the same memory (`p->flags & B` after `p->flags & (A|B)`):
 * text_bits.c decides it by this fact, whose text it need not share.
 */
static bool tests_its_bits(const struct ir_function *fn,
			   const struct ir_expr *cond, const struct branch_fact *f)
{
	const struct ir_expr *made;

	if (!cond->has_text_mask || f->block < 0 || f->block >= fn->nblocks)
		return false;
	made = &fn->blocks[f->block].term.cond;
	return made->has_text_mask && !strcmp(made->mask_text, cond->mask_text);
}

/*
 * A branch ahead tests the fact before anything assigns what it reads: a
 * fact about `e` is dead at a loop's head when the body does `e = lookup()`
 * before its `if (e)`; kept, the last iteration's facts keep states apart
 * until the block's budget drops every fact, this iteration's too.
 */
static bool read_ahead(const struct ir_function *fn, int start,
		       const struct branch_fact *f, unsigned char *seen, int *stack)
{
	int n = 0, i, next;
	bool found = false;

	memset(seen, 0, (size_t)fn->nblocks);
	seen[start] = 1;
	stack[n++] = start;
	while (n && !found) {
		int at = stack[--n];
		const struct ir_block *b = &fn->blocks[at];

		if (block_kills(b, f))
			continue;
		if (at != f->block && b->term.kind == IR_TERM_BRANCH &&
		    ((branch_tests_fact(&b->term.cond, f->text) &&
		      fact_reads_within(f, &b->term.cond)) ||
		     tests_its_bits(fn, &b->term.cond, f))) {
			found = true;
			break;
		}
		for (i = 0; i < ir_term_nsuccs(&b->term); i++) {
			next = b->term.succ[i];
			if (next >= 0 && next < fn->nblocks && !seen[next]) {
				seen[next] = 1;
				stack[n++] = next;
			}
		}
	}
	return found;
}

void prune_dead_facts(struct hm_walk *w, struct path_state *s, int block)
{
	unsigned char *seen;
	int *stack, i, kept = 0;

	if (!s->nfacts)
		return;
	seen = xcalloc((size_t)w->fn->nblocks, 1);
	stack = xcalloc((size_t)w->fn->nblocks, sizeof(*stack));
	for (i = 0; i < s->nfacts; i++)
		if (read_ahead(w->fn, block, &s->facts[i], seen, stack))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
	free(stack);
	free(seen);
}

/* Per variable: 1 if no instruction of the function assigns it (malloc'ed). */
static unsigned char *unwritten_vars(const struct ir_function *fn)
{
	unsigned char *unwritten = xcalloc((size_t)fn->nvars + 1, 1);
	int b, i;

	for (i = 0; i < fn->nvars; i++)
		unwritten[i] = !fn->vars[i].address_taken &&
			       (fn->vars[i].kind == IR_VAR_PARAM ||
				fn->vars[i].kind == IR_VAR_LOCAL);
	for (b = 0; b < fn->nblocks; b++) {
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];
			int var = in->op == IR_ASSIGN ? in->assign.dest :
				  in->op == IR_CALL ? in->call.dest :
				  in->op == IR_CLOBBER ? in->clobber.var : -1;

			if (var >= 0 && var < fn->nvars)
				unwritten[var] = 0;
		}
	}
	return unwritten;
}

static bool invariant_fact(const struct branch_fact *f,
			   const unsigned char *unwritten, int nvars)
{
	int i;

	if (f->memory || f->predicate || !f->nreads)
		return false;
	for (i = 0; i < f->nreads; i++)
		if (f->reads[i] < 0 || f->reads[i] >= nvars ||
		    !unwritten[f->reads[i]])
			return false;
	return true;
}

/*
 * Past its budget a block drops its states' facts so that they merge, but
 * a fact about variables the function never assigns (`if (dest_page)` on
 * a parameter) has one value for the whole call: forgetting it lets a loop
 * body map in one iteration and skip the unmap's twin test in the next.
 * Such facts take only a few values, so keeping them cannot keep a walk
 * from ending.
 */
void drop_facts_but_invariant(struct hm_walk *w, struct path_state *s)
{
	unsigned char *unwritten = unwritten_vars(w->fn);
	int i, kept = 0;

	for (i = 0; i < s->nfacts; i++)
		if (invariant_fact(&s->facts[i], unwritten, w->fn->nvars))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
	free(unwritten);
}
