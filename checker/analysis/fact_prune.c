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
#include <stdint.h>
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

/*
 * What read_ahead() answered, per block and fact.  A state over its block's
 * budget asks it of every fact it holds, and the states that fill a budget
 * mostly hold the same facts: each answer is a walk of what follows the
 * block.  Facts are compared by what the answer depends on, all of which
 * lives as long as the walk (interned text, reads into the IR).
 */
struct ahead_entry {
	const char *text;
	const int *reads;
	int nreads, fact_block, start;
	bool predicate, used, found;
};

struct ahead_cache {
	size_t cap, used;		/* cap a power of two */
	struct ahead_entry *e;
	unsigned char *seen;		/* read_ahead()'s scratch */
	int *stack;
};

static size_t ahead_hash(int start, const struct branch_fact *f)
{
	size_t h = (size_t)(uintptr_t)f->text * 31 + (size_t)(uintptr_t)f->reads;

	h = h * 31 + (size_t)f->nreads;
	h = h * 31 + (size_t)f->block;
	h = h * 31 + (size_t)start;
	return h ^ (h >> 17);
}

static bool ahead_same(const struct ahead_entry *e, int start,
		       const struct branch_fact *f)
{
	return e->start == start && e->text == f->text &&
	       e->reads == f->reads && e->nreads == f->nreads &&
	       e->fact_block == f->block && e->predicate == f->predicate;
}

static struct ahead_entry *ahead_slot(struct ahead_cache *c, int start,
				      const struct branch_fact *f)
{
	size_t i = ahead_hash(start, f) & (c->cap - 1);

	while (c->e[i].used && !ahead_same(&c->e[i], start, f))
		i = (i + 1) & (c->cap - 1);
	return &c->e[i];
}

static void ahead_grow(struct ahead_cache *c)
{
	struct ahead_entry *old = c->e;
	size_t i, ncap = c->cap ? c->cap * 2 : 64, oldcap = c->cap;

	c->e = xcalloc(ncap, sizeof(*c->e));
	c->cap = ncap;
	for (i = 0; i < oldcap; i++) {
		struct branch_fact f = {
			.text = old[i].text, .reads = old[i].reads,
			.nreads = old[i].nreads, .block = old[i].fact_block,
			.predicate = old[i].predicate,
		};

		if (old[i].used)
			*ahead_slot(c, old[i].start, &f) = old[i];
	}
	free(old);
}

static bool read_ahead_cached(struct hm_walk *w, int start,
			      const struct branch_fact *f)
{
	struct ahead_cache *c = w->ahead;
	struct ahead_entry *e;

	if (!c) {
		c = w->ahead = xcalloc(1, sizeof(*c));
		c->seen = xcalloc((size_t)w->fn->nblocks, 1);
		c->stack = xcalloc((size_t)w->fn->nblocks, sizeof(*c->stack));
	}
	if (2 * (c->used + 1) > c->cap)
		ahead_grow(c);
	e = ahead_slot(c, start, f);
	if (e->used)
		return e->found;
	*e = (struct ahead_entry){
		.text = f->text, .reads = f->reads, .nreads = f->nreads,
		.fact_block = f->block, .start = start,
		.predicate = f->predicate, .used = true,
		.found = read_ahead(w->fn, start, f, c->seen, c->stack),
	};
	c->used++;
	return e->found;
}

void ahead_cache_free(struct ahead_cache *c)
{
	if (!c)
		return;
	free(c->e);
	free(c->seen);
	free(c->stack);
	free(c);
}

void prune_dead_facts(struct hm_walk *w, struct path_state *s, int block)
{
	int i, kept = 0;

	for (i = 0; i < s->nfacts; i++)
		if (read_ahead_cached(w, block, &s->facts[i]))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
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
