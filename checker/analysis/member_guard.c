// SPDX-License-Identifier: GPL-2.0
/*
 * member_guard.c - sleeps that depend on a member of a parameter.  A
 * helper allocates only when its object has nothing yet:
 *
 *	if (dev->info)
 *		return;
 *	dev->info = kcalloc(n, size, GFP_KERNEL);
 *
 * and a caller under a spinlock calls it after testing, or dereferencing,
 * dev->info itself: it does not sleep there.  The helper's sleep keeps
 * the test of parameter 0's "->info" (sleep_guard.c's tests with a
 * suffix), found in a branch fact the path still holds at the sleep; a
 * caller holding a fact on the same memory at the call, its argument
 * followed by the suffix, decides the test; a caller passing its own
 * parameter along keeps the test for its callers.
 *
 * A test of memory says what the caller left there only if nothing
 * before it may have written that memory: no store to it and no call
 * that may write it on any way from the function's entry to the test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"

/* "->info.count" if `text` is `name->info.count` (no index), else NULL. */
static const char *member_suffix(struct hm_walk *w, int var, const char *text)
{
	const char *name = w->fn->vars[var].name, *chain;
	size_t n = strlen(name), used;

	text = intern_compact(w->an->strings, text);
	if (strncmp(text, name, n) || strncmp(text + n, "->", 2))
		return NULL;
	chain = access_chain(w->an->strings, text + n, &used);
	if (used != strlen(text + n) || strchr(chain, '['))
		return NULL;
	return intern(w->an->strings, text + n);
}

static const char *member_text(struct hm_walk *w, int var, const char *suffix)
{
	const char *name = w->fn->vars[var].name;
	size_t size = strlen(name) + strlen(suffix) + 1;
	char *buf = xcalloc(size, 1);
	const char *text;

	snprintf(buf, size, "%s%s", name, suffix);
	text = intern(w->an->strings, buf);
	free(buf);
	return text;
}

/*
 * A store to `chain` writes the member `suffix`: the member or a part of
 * it, or what holds it; not what the member points to ("->info[]").
 */
static bool writes_member(const char *chain, const char *suffix)
{
	size_t n = strlen(suffix);

	if (!strncmp(suffix, chain, strlen(chain)))
		return true;
	return !strncmp(chain, suffix, n) && (!chain[n] || chain[n] == '.');
}

/* The store may write `var<suffix>`: not a store to another member of it. */
static bool store_may_write(struct hm_walk *w, const struct ir_expr *target,
			    int var, const char *suffix)
{
	const char *text, *chain;
	size_t n, used;

	if (!store_escapes(w, target))
		return false;
	if (target->kind != IR_EXPR_MEMORY || target->var != var ||
	    target->offset)
		return true;
	text = intern_compact(w->an->strings, target->text);
	n = strlen(w->fn->vars[var].name);
	if (strncmp(text, w->fn->vars[var].name, n))
		return true;
	chain = access_chain(w->an->strings, text + n, &used);
	return writes_member(chain, suffix);
}

static bool instr_may_write(struct hm_walk *w, const struct ir_instr *in,
			    const struct branch_fact *f, int var,
			    const char *suffix)
{
	if (in->op == IR_STORE)
		return store_may_write(w, &in->store.target, var, suffix);
	if (in->op == IR_ASSIGN)
		return in->assign.dest == var;
	if (in->op == IR_CLOBBER)
		return in->clobber.var == var;
	if (in->op != IR_CALL || call_writes_nothing(w, &in->call))
		return false;
	return !call_keeps_memory_fact(w, &in->call, f);
}

/* Predecessors of block b: from[start[b]] .. from[start[b + 1] - 1]. */
static int *predecessors(const struct ir_function *fn, int **from)
{
	int *start = xcalloc((size_t)fn->nblocks + 2, sizeof(*start));
	int b, i, s, total = 0;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < ir_term_nsuccs(&fn->blocks[b].term); i++)
			if ((s = fn->blocks[b].term.succ[i]) >= 0 &&
			    s < fn->nblocks)
				start[s + 2]++;
	for (b = 0; b < fn->nblocks; b++) {
		total += start[b + 2];
		start[b + 2] = total;
	}
	*from = xcalloc((size_t)total + 1, sizeof(**from));
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < ir_term_nsuccs(&fn->blocks[b].term); i++)
			if ((s = fn->blocks[b].term.succ[i]) >= 0 &&
			    s < fn->nblocks)
				(*from)[start[s + 1]++] = b;
	return start;
}

/* Blocks from which `block` is reached (not `block` itself, unless a loop). */
static void mark_before(const struct ir_function *fn, int block, bool *before)
{
	int *from, *start = predecessors(fn, &from);
	int *stack = xcalloc((size_t)fn->nblocks + 1, sizeof(*stack));
	int i, n = 0, cur;

	stack[n++] = block;
	while (n) {
		cur = stack[--n];
		for (i = start[cur]; i < start[cur + 1]; i++)
			if (!before[from[i]]) {
				before[from[i]] = true;
				stack[n++] = from[i];
			}
	}
	free(stack);
	free(start);
	free(from);
}

bool member_guard_untouched(struct hm_walk *w, int var, const char *suffix,
			    int block, int ninstrs)
{
	const struct ir_function *fn = w->fn;
	struct branch_fact f = {
		.text = member_text(w, var, suffix), .memory = true,
		.nreads = 1, .reads = &var,
	};
	bool *before, untouched = true;
	int b, i, saved = w->block;

	if (block < 0 || block >= fn->nblocks)
		return false;
	before = xcalloc((size_t)fn->nblocks, sizeof(*before));
	mark_before(fn, block, before);
	for (b = 0; b < fn->nblocks && untouched; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		int n = before[b] ? blk->ninstrs : b == block ? ninstrs : 0;

		w->block = b;
		for (i = 0; i < n && untouched; i++)
			untouched = !instr_may_write(w, &blk->instrs[i], &f, var,
						     suffix);
	}
	w->block = saved;
	free(before);
	return untouched;
}

/* A single bit, so that `p->m & BIT` being non-zero says it is set. */
static bool one_bit(unsigned long long mask)
{
	return mask && !(mask & (mask - 1));
}

/* `text` is a member of an unchanged pointer parameter the test reads. */
static const char *param_member(struct hm_walk *w, const struct path_state *s,
				const struct ir_expr *cond, const char *text,
				int *param)
{
	const char *suffix;
	int i, var;

	for (i = 0; i < cond->nreads; i++) {
		var = cond->reads[i];
		if (!sleep_guard_unchanged_param(w, s, var) ||
		    !w->fn->vars[var].is_pointer)
			continue;
		suffix = member_suffix(w, var, text);
		if (suffix) {
			*param = var;
			return suffix;
		}
	}
	return NULL;
}

/* The test a memory fact of the path makes of a parameter's member. */
bool member_guard_of_fact(struct hm_walk *w, const struct path_state *s,
			  const struct branch_fact *f, struct sleep_test *test)
{
	const struct ir_expr *cond;
	bool nonzero;

	if (!f->memory || f->predicate || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return false;
	cond = &w->fn->blocks[f->block].term.cond;
	*test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
	if (cond->has_text_mask) {
		test->suffix = param_member(w, s, cond, cond->mask_text,
					    &test->param);
		nonzero = f->value != cond->text_mask_zero;
		if (nonzero && one_bit(cond->text_mask))
			test->ones = cond->text_mask;
		else if (!nonzero)
			test->zeros = cond->text_mask;
	} else if (cond->kind == IR_EXPR_MEMORY && !cond->offset) {
		test->suffix = param_member(w, s, cond, cond->text,
					    &test->param);
		test->value = f->value;
	}
	if (!test->suffix || (!test->ones && !test->zeros &&
			      cond->kind != IR_EXPR_MEMORY))
		return false;
	return member_guard_untouched(w, test->param, test->suffix, f->block,
				      w->fn->blocks[f->block].ninstrs);
}

/*
 * The callee reads the memory as it was before the call: the facts the
 * call expires (it writes that memory) still decide its tests.
 */
void member_guard_before_call(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in)
{
	int i;

	w->member_call = NULL;
	if (!in->call.callee)
		return;
	w->member_call = in;
	w->nmember_facts = 0;
	for (i = 0; i < s->nfacts; i++)
		if (s->facts[i].memory && !s->facts[i].predicate)
			w->member_facts[w->nmember_facts++] = s->facts[i];
}

/* What the facts say of the bits of `text`: clear ones, set ones. */
static void fact_bits(struct hm_walk *w, const struct branch_fact *facts,
		      int nfacts, const char *text, unsigned long long *zero,
		      unsigned long long *one)
{
	const struct ir_expr *cond;
	int i;

	*zero = *one = 0;
	for (i = 0; i < nfacts; i++) {
		const struct branch_fact *f = &facts[i];

		if (!f->memory || f->predicate || f->block < 0 ||
		    f->block >= w->fn->nblocks)
			continue;
		cond = &w->fn->blocks[f->block].term.cond;
		if (!cond->has_text_mask ||
		    intern_compact(w->an->strings, cond->mask_text) != text)
			continue;
		if (f->value == cond->text_mask_zero)
			*zero |= cond->text_mask;
		else if (one_bit(cond->text_mask))
			*one |= cond->text_mask;
	}
}

/* 1 the facts on `text` fail the test, -1 they pass it, 0 unknown. */
static int facts_decide(struct hm_walk *w, const struct branch_fact *facts,
			int nfacts, const char *text,
			const struct sleep_test *test)
{
	unsigned long long zero, one;
	int i;

	if (test->ones || test->zeros) {
		fact_bits(w, facts, nfacts, text, &zero, &one);
		if ((zero & test->ones) || (one & test->zeros))
			return 1;
		return !(test->ones & ~one) && !(test->zeros & ~zero) ? -1 : 0;
	}
	for (i = 0; i < nfacts; i++) {
		const struct branch_fact *f = &facts[i];

		if (f->memory && !f->predicate &&
		    intern_compact(w->an->strings, f->text) == text)
			return f->value == test->value ? -1 : 1;
	}
	return 0;
}

/* Where `in` is in the block being walked, or -1. */
static int instr_index(const struct hm_walk *w, const struct ir_instr *in)
{
	const struct ir_block *blk;

	if (w->block < 0 || w->block >= w->fn->nblocks)
		return -1;
	blk = &w->fn->blocks[w->block];
	if (in < blk->instrs || in >= blk->instrs + blk->ninstrs)
		return -1;
	return (int)(in - blk->instrs);
}

int member_guard_at_call(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in, const struct sleep_test *test,
			 struct sleep_test *mine)
{
	const struct ir_expr *arg = &in->call.args[test->param];
	const char *text = intern_compact(w->an->strings,
					  summary_translate(w, arg, test->suffix));
	int at = instr_index(w, in), decided;

	if (w->member_call == in)
		decided = facts_decide(w, w->member_facts, w->nmember_facts,
				       text, test);
	else
		decided = facts_decide(w, s->facts, s->nfacts, text, test);
	if (decided)
		return decided;
	if (arg->kind != IR_EXPR_VAR || arg->offset || at < 0 ||
	    !sleep_guard_unchanged_param(w, s, arg->var) ||
	    !w->fn->vars[arg->var].is_pointer ||
	    !member_guard_untouched(w, arg->var, test->suffix, w->block, at))
		return -1;
	*mine = *test;
	mine->param = arg->var;
	return 0;
}
