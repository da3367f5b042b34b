// SPDX-License-Identifier: GPL-2.0
/*
 * counted_loops.c - which loops run a count known on a path.  A loop is
 * counted while one of its exits is decided by known values (`i < NR`
 * with i known); a `break` under some other test only makes it shorter.
 * A loop none of whose exits is decided forgets what its body assigns:
 * otherwise `for (i = 0; i < n; i++)` would give a new state per i, and
 * every iteration's mapping would look like a new one.
 */
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"
#include "analysis/flag_vars.h"

struct loop_facts {
	int nexits;
	int *exits;		/* branch blocks with a successor outside */
	unsigned char *assigned; /* per variable: written in the body */
};

struct counted_loops {
	int nblocks;
	struct loop_facts *heads; /* per block; nexits == -1: no loop head */
};

static bool leaves(const struct ir_block *b, const unsigned char *body)
{
	return b->term.kind == IR_TERM_BRANCH &&
	       (!body[b->term.succ[0]] || !body[b->term.succ[1]]);
}

static void mark_assigned(const struct ir_block *b, unsigned char *assigned,
			  int nvars)
{
	int i, var;

	for (i = 0; i < b->ninstrs; i++) {
		const struct ir_instr *in = &b->instrs[i];

		if (in->op == IR_ASSIGN)
			var = in->assign.dest;
		else if (in->op == IR_CALL)
			var = in->call.dest;
		else
			continue;
		if (var >= 0 && var < nvars)
			assigned[var] = 1;
	}
}

static void find_facts(const struct ir_function *fn, const unsigned char *body,
		       const unsigned char *flag, struct loop_facts *f)
{
	int b, var;

	f->exits = xcalloc(fn->nblocks + 1, sizeof(int));
	f->assigned = xcalloc(fn->nvars + 1, 1);
	for (b = 0; b < fn->nblocks; b++) {
		if (!body[b])
			continue;
		if (leaves(&fn->blocks[b], body))
			f->exits[f->nexits++] = b;
		mark_assigned(&fn->blocks[b], f->assigned, fn->nvars);
	}
	for (var = 0; var < fn->nvars; var++)
		if (flag[var])
			f->assigned[var] = 0;	/* a flag's few values end a loop */
}

struct counted_loops *counted_loops_find(const struct ir_function *fn,
					 const struct loop_info *loops)
{
	struct counted_loops *c = xcalloc(1, sizeof(*c));
	unsigned char *flag = flag_vars_find(fn);
	int h;

	c->nblocks = fn->nblocks;
	c->heads = xcalloc(fn->nblocks + 1, sizeof(*c->heads));
	for (h = 0; h < fn->nblocks; h++) {
		c->heads[h].nexits = -1;
		if (loops->body[h]) {
			c->heads[h].nexits = 0;
			find_facts(fn, loops->body[h], flag, &c->heads[h]);
		}
	}
	free(flag);
	return c;
}

void counted_loops_free(struct counted_loops *c)
{
	int h;

	if (!c)
		return;
	for (h = 0; h < c->nblocks; h++) {
		free(c->heads[h].exits);
		free(c->heads[h].assigned);
	}
	free(c->heads);
	free(c);
}

static bool loop_counted(const struct hm_walk *w, const struct path_state *s,
			 const struct loop_facts *f)
{
	int i;

	for (i = 0; i < f->nexits; i++) {
		const struct ir_expr *cond = &w->fn->blocks[f->exits[i]].term.cond;

		if (known_ints_sides(s, cond) != 3)
			return true;
	}
	return false;
}

static void forget_assigned(struct path_state *s, const struct loop_facts *f)
{
	int i;

	for (i = s->nints - 1; i >= 0; i--)
		if (f->assigned[s->ints[i].var])
			known_int_forget_value(s, s->ints[i].var);
}

void counted_loops_widen(const struct hm_walk *w, struct path_state *s,
			 int block)
{
	const struct counted_loops *c = w->counted;
	int h;

	if (!c || !s->nints || block < 0 || block >= c->nblocks)
		return;
	for (h = 0; h < c->nblocks; h++) {
		const unsigned char *body = w->loops.body[h];

		if (c->heads[h].nexits < 0 || !body[block] ||
		    !leaves(&w->fn->blocks[block], body))
			continue;
		if (!loop_counted(w, s, &c->heads[h]))
			forget_assigned(s, &c->heads[h]);
	}
}

bool counted_loops_exact(const struct hm_walk *w, const struct path_state *s,
			 int block)
{
	const struct counted_loops *c = w->counted;
	bool in_loop = false;
	int h;

	if (!c || block < 0 || block >= c->nblocks)
		return false;
	for (h = 0; h < c->nblocks; h++) {
		if (c->heads[h].nexits < 0 || !w->loops.body[h][block])
			continue;
		if (!loop_counted(w, s, &c->heads[h]))
			return false;
		in_loop = true;
	}
	return in_loop;
}
