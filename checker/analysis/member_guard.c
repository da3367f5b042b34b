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
 *
 * The member may be reached through a pure accessor of the parameter
 * (`db = netdev_priv(dev); if (db->in_timeout)`, member_accessor.c): the
 * suffix is then "netdev_priv()->in_timeout".  Between the entry and
 * the test, a call handed the accessor's local may write the member as a
 * call handed the parameter would; a call handed only the parameter
 * (another netdev_priv(dev) inside) is taken not to, as stored_ints.c
 * takes a call not handed the pointer.  And a caller knows the member
 * from a constant it stored there (`db->in_timeout = 1;`, stored_ints.c)
 * as well as from a test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"
#include "analysis/member_accessor.h"
#include "analysis/summary_guard.h"
#include "analysis/returned_members.h"
#include "analysis/known_ints.h"

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

/*
 * A suffix "netdev_priv()->m": the accessor's name into `accessor`
 * (interned) and the chain after it; else NULL and the suffix itself.
 */
static const char *split_accessor(struct hm_walk *w, const char *suffix,
				  const char **accessor)
{
	const char *call = strstr(suffix, "()");
	char *name;

	*accessor = NULL;
	if (!call || !strncmp(suffix, "->", 2))
		return suffix;
	name = strndup(suffix, (size_t)(call - suffix));
	*accessor = intern(w->an->strings, name);
	free(name);
	return intern(w->an->strings, call + 2);
}

/* `var<suffix>`, or `accessor(var)->m` for "accessor()->m". */
static const char *member_text(struct hm_walk *w, int var, const char *suffix)
{
	const char *name = w->fn->vars[var].name, *accessor;
	const char *chain = split_accessor(w, suffix, &accessor);
	size_t size = strlen(name) + strlen(suffix) + 3;
	char *buf = xcalloc(size, 1);
	const char *text;

	if (accessor)
		snprintf(buf, size, "%s(%s)%s", accessor, name, chain);
	else
		snprintf(buf, size, "%s%s", name, suffix);
	text = intern(w->an->strings, buf);
	free(buf);
	return text;
}

/* "accessor()" followed by `chain`, interned. */
static const char *accessor_suffix(struct hm_walk *w, const char *accessor,
				   const char *chain)
{
	size_t size = strlen(accessor) + strlen(chain) + 3;
	char *buf = xcalloc(size, 1);
	const char *text;

	snprintf(buf, size, "%s()%s", accessor, chain);
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

/*
 * `text` is a member of an unchanged pointer parameter the test reads, or
 * of a local holding an accessor's view of one: the suffix of the
 * parameter, and in *root the variable the text names.
 */
static const char *param_member(struct hm_walk *w, const struct path_state *s,
				const struct ir_expr *cond, const char *text,
				int *param, int *root)
{
	const char *suffix, *accessor;
	int i, var, from;

	for (i = 0; i < cond->nreads; i++) {
		var = cond->reads[i];
		from = sleep_guard_unchanged_param(w, s, var) ? var :
		       member_accessor_local(w, var, &accessor);
		if (from < 0 || !sleep_guard_unchanged_param(w, s, from) ||
		    !w->fn->vars[var].is_pointer)
			continue;
		suffix = member_suffix(w, var, text);
		if (!suffix)
			continue;
		*param = from;
		*root = var;
		return from == var ? suffix : accessor_suffix(w, accessor, suffix);
	}
	return NULL;
}

/* The test a memory fact of the path makes of a parameter's member. */
bool member_guard_of_fact(struct hm_walk *w, const struct path_state *s,
			  const struct branch_fact *f, struct sleep_test *test)
{
	const struct ir_expr *cond;
	const char *accessor;
	bool nonzero;
	int root = -1;

	if (!f->memory || f->predicate || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return false;
	cond = &w->fn->blocks[f->block].term.cond;
	*test = (struct sleep_test){ .param = SLEEP_GUARD_NONE };
	if (cond->has_text_mask) {
		test->suffix = param_member(w, s, cond, cond->mask_text,
					    &test->param, &root);
		nonzero = f->value != cond->text_mask_zero;
		if (nonzero && one_bit(cond->text_mask))
			test->ones = cond->text_mask;
		else if (!nonzero)
			test->zeros = cond->text_mask;
	} else if (cond->kind == IR_EXPR_MEMORY && !cond->offset) {
		test->suffix = param_member(w, s, cond, cond->text,
					    &test->param, &root);
		test->value = f->value;
	}
	if (!test->suffix || (!test->ones && !test->zeros &&
			      cond->kind != IR_EXPR_MEMORY))
		return false;
	return member_guard_untouched(w, root,
				      split_accessor(w, test->suffix, &accessor),
				      f->block, w->fn->blocks[f->block].ninstrs);
}

/* "->m.n": a chain of members, through no index or dereference. */
static bool plain_member_chain(const char *suffix)
{
	return suffix && !strncmp(suffix, "->", 2) && !strpbrk(suffix, "[*()");
}

/*
 * md_bitmap_file_unmap() loads `file = store->file` first and calls
 * invalidate_mapping_pages() only `if (file)`: while nothing before the
 * test may write the member, the local holds it as the caller left it,
 * and the test is one of the parameter's member.  Only a test every way
 * to the walk's block passes: the same function's `if (sb_page)` before
 * it is taken both ways, and a call out keeps one test of its path.
 */
bool member_guard_of_local(struct hm_walk *w, const struct path_state *s,
			   const struct branch_fact *f, struct sleep_test *test)
{
	const char *suffix;
	int var, param;

	if (f->memory || f->predicate || f->nreads != 1 || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return false;
	var = f->reads[0];
	if (var < 0 || var >= w->fn->nvars || var >= s->nvars ||
	    w->fn->vars[var].kind != IR_VAR_LOCAL ||
	    w->fn->vars[var].address_taken ||
	    strcmp(f->text, w->fn->vars[var].name))
		return false;
	param = s->param_origin[var];
	suffix = s->param_suffix[var];
	if (!plain_member_chain(suffix) ||
	    !sleep_guard_unchanged_param(w, s, param) ||
	    !w->fn->vars[param].is_pointer)
		return false;
	*test = (struct sleep_test){ .param = param, .suffix = suffix,
				     .value = f->value };
	return sleep_guard_branch_needed(w->fn, w->block, f->block,
					 !f->value) &&
	       member_guard_untouched(w, param, suffix, f->block,
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

void member_guard_after_call(struct hm_walk *w)
{
	w->member_call = NULL;
}

bool member_guard_some_of_fact(struct hm_walk *w, const struct path_state *s,
			       const struct branch_fact *f, int *param,
			       const char **suffix, unsigned long long *mask)
{
	const struct ir_expr *cond;
	const char *accessor;
	int root = -1;

	if (!f->memory || f->predicate || f->block < 0 ||
	    f->block >= w->fn->nblocks)
		return false;
	cond = &w->fn->blocks[f->block].term.cond;
	if (!cond->has_text_mask || f->value == cond->text_mask_zero ||
	    one_bit(cond->text_mask))
		return false;
	*suffix = param_member(w, s, cond, cond->mask_text, param, &root);
	*mask = cond->text_mask;
	return *suffix &&
	       member_guard_untouched(w, root,
				      split_accessor(w, *suffix, &accessor),
				      f->block, w->fn->blocks[f->block].ninstrs);
}

const struct branch_fact *member_guard_path_facts(const struct hm_walk *w,
						  const struct path_state *s,
						  int *n)
{
	if (w->member_call) {
		*n = w->nmember_facts;
		return w->member_facts;
	}
	*n = s->nfacts;
	return s->facts;
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

/* 1 the constant `value` fails the test, -1 it passes it. */
static int value_decides(long long value, const struct sleep_test *test)
{
	unsigned long long bits = (unsigned long long)value;

	if (test->ones || test->zeros)
		return (bits & test->ones) == test->ones &&
		       !(bits & test->zeros) ? -1 : 1;
	return (value != 0) == test->value ? -1 : 1;
}

/* The same from what the path knows of local integer `var`, or 0. */
static int var_decides(const struct path_state *s, int var,
		       const struct sleep_test *test)
{
	long long value;
	int i;

	if (known_int(s, var, &value))
		return value_decides(value, test);
	for (i = 0; i < s->nbits; i++) {
		const struct known_bits *b = &s->bits[i];

		if (b->var != var)
			continue;
		if ((b->zero & test->ones) || (b->one & test->zeros))
			return 1;
		if (test->ones || test->zeros)
			return !(test->ones & ~b->one) &&
			       !(test->zeros & ~b->zero) ? -1 : 0;
		return b->one ? (test->value ? -1 : 1) : 0;
	}
	return 0;
}

/*
 * 1 a constant the path stored at `text` fails the test, -1 passes, 0
 * none; or what it knows of the integer it stored there (`nd->flags =
 * flags;` under `if (flags & LOOKUP_RCU)`), while that holds the value.
 */
static int stored_decides(struct hm_walk *w, const struct path_state *s,
			  const char *text, const struct sleep_test *test)
{
	long long value;
	int var;

	if (stored_int(s, text, &value))
		return value_decides(value, test);
	if (stored_copy(s, text, &var))
		return var_decides(s, var, test);
	if (stored_param(s, text, &var) &&
	    sleep_guard_unchanged_param(w, s, var))
		return var_decides(s, var, test);
	return 0;
}

/*
 * The caller's name of the callee's member: its argument followed by the
 * chain, or for "accessor()->m" the local holding accessor(argument).
 */
static const char *caller_text(struct hm_walk *w, const struct ir_expr *arg,
			       const char *suffix)
{
	const char *accessor, *chain = split_accessor(w, suffix, &accessor);
	int holder;

	if (!accessor)
		return intern_compact(w->an->strings,
				      summary_translate(w, arg, chain));
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0)
		return NULL;
	holder = member_accessor_holder(w, arg->var, accessor);
	return holder >= 0 ? member_text(w, holder, chain) :
			     member_text(w, arg->var, suffix);
}

/* Nothing before instruction `at` of the block may write `var<suffix>`. */
static bool untouched_here(struct hm_walk *w, int var, const char *suffix,
			   int at)
{
	const char *accessor, *chain = split_accessor(w, suffix, &accessor);
	int holder = accessor ? member_accessor_holder(w, var, accessor) : -1;

	if (holder >= 0)
		return member_guard_untouched(w, holder, chain, w->block, at);
	return member_guard_untouched(w, var, suffix, w->block, at);
}

/*
 * The callee's test as one of the caller's parameter: the argument is
 * that parameter, or a local holding an accessor's view of it (a test of
 * "->m" becomes one of "accessor()->m").  False if neither.
 */
static bool test_of_caller(struct hm_walk *w, const struct path_state *s,
			   const struct ir_expr *arg, int at,
			   const struct sleep_test *test,
			   struct sleep_test *mine)
{
	const char *accessor, *chain = split_accessor(w, test->suffix, &accessor);
	int var = arg->var, from;

	if (arg->kind != IR_EXPR_VAR || arg->offset || at < 0 || var < 0 ||
	    var >= w->fn->nvars || !w->fn->vars[var].is_pointer)
		return false;
	*mine = *test;
	if (sleep_guard_unchanged_param(w, s, var)) {
		mine->param = var;
		return untouched_here(w, var, test->suffix, at);
	}
	if (accessor)
		return false;
	from = member_accessor_local(w, var, &accessor);
	if (from < 0 || !sleep_guard_unchanged_param(w, s, from) ||
	    !member_guard_untouched(w, var, chain, w->block, at))
		return false;
	mine->param = from;
	mine->suffix = accessor_suffix(w, accessor, chain);
	return true;
}

int member_guard_at_call(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in, const struct sleep_test *test,
			 struct sleep_test *mine)
{
	const struct ir_expr *arg = &in->call.args[test->param];
	const char *text = caller_text(w, arg, test->suffix);
	int at = instr_index(w, in), decided = 0, param;

	if (text && w->member_call == in)
		decided = facts_decide(w, w->member_facts, w->nmember_facts,
				       text, test);
	else if (text)
		decided = facts_decide(w, s->facts, s->nfacts, text, test);
	if (text && !decided)
		decided = stored_decides(w, s, text, test);
	if (decided)
		return decided;
	if (text && stored_param(s, text, &param)) {
		/* the member holds the entry value of our parameter */
		*mine = *test;
		mine->param = param;
		mine->suffix = NULL;
		return 0;
	}
	return test_of_caller(w, s, arg, at, test, mine) ? 0 : -1;
}

/*
 * A member loaded from an object passed as the argument (`cfg->fc_mx`,
 * `cfg.fc_mx`): the callee's test of its parameter is one of that
 * member.  The caller's facts or a constant it stored there (an
 * initializer's zero) decide it; the member of the caller's own
 * parameter becomes the caller's test of that member.  Tests of equality
 * are left to the callee.
 */
int member_guard_load_at_call(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in,
			      const struct ir_expr *arg,
			      const struct sleep_test *test,
			      struct sleep_test *mine)
{
	struct ir_expr base;
	struct sleep_test member;
	const char *text, *suffix;
	int decided = 0, param;

	if (arg->kind != IR_EXPR_MEMORY || arg->offset || arg->var < 0 ||
	    arg->var >= w->fn->nvars || test->equals)
		return -1;
	text = intern_compact(w->an->strings, arg->text);
	if (w->member_call == in)
		decided = facts_decide(w, w->member_facts, w->nmember_facts,
				       text, test);
	else
		decided = facts_decide(w, s->facts, s->nfacts, text, test);
	if (!decided)
		decided = stored_decides(w, s, text, test);
	if (decided)
		return decided;
	if (stored_param(s, text, &param)) {
		*mine = *test;
		mine->param = param;
		return 0;
	}
	suffix = w->fn->vars[arg->var].is_pointer ?
		 member_suffix(w, arg->var, arg->text) : NULL;
	if (!suffix)
		return -1;
	base = (struct ir_expr){ .kind = IR_EXPR_VAR, .var = arg->var };
	member = *test;
	member.suffix = suffix;
	return test_of_caller(w, s, &base, instr_index(w, in), &member, mine) ?
	       0 : -1;
}

bool member_guard_param_member(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in,
			       const struct ir_expr *arg, int *param,
			       const char **suffix)
{
	int at = instr_index(w, in);

	if (arg->kind != IR_EXPR_MEMORY || arg->offset || arg->var < 0 ||
	    arg->var >= w->fn->nvars || !w->fn->vars[arg->var].is_pointer ||
	    at < 0 || !sleep_guard_unchanged_param(w, s, arg->var))
		return false;
	*suffix = member_suffix(w, arg->var, arg->text);
	*param = arg->var;
	return *suffix && untouched_here(w, arg->var, *suffix, at);
}

bool member_guard_value_at_call(struct hm_walk *w, const struct path_state *s,
				const struct ir_instr *in, int param,
				const char *suffix, long long *value)
{
	const char *text;

	if (param < 0 || param >= in->call.nargs)
		return false;
	text = caller_text(w, &in->call.args[param], suffix);
	return text && stored_int(s, text, value);
}

/* Keep the last member of `chain`, once. */
static void note_member_name(struct hm_walk *w, const char *chain)
{
	const char *at, *name;
	int i;

	at = chain + strlen(chain);
	while (at > chain && at[-1] != '.' && at[-1] != '>')
		at--;
	name = intern(w->an->strings, at);
	for (i = 0; i < w->nsleep_members; i++)
		if (w->sleep_members[i] == name)
			return;
	if (w->nsleep_members < HM_MAX_GUARD_MEMBERS)
		w->sleep_members[w->nsleep_members++] = name;
}

/*
 * The member the test reads: of its suffix, or for a test of a parameter
 * the call passes a member load (`cfg.mx`), of that load.
 */
static void note_sleep_member(struct hm_walk *w, const struct ir_call *call,
			      const struct sleep_test *test)
{
	const struct ir_expr *arg;
	const char *accessor;

	if (test->suffix) {
		note_member_name(w, split_accessor(w, test->suffix, &accessor));
		return;
	}
	if (test->param < 0 || test->param >= call->nargs)
		return;
	arg = &call->args[test->param];
	if (arg->kind == IR_EXPR_MEMORY && !arg->offset)
		note_member_name(w, intern_compact(w->an->strings, arg->text));
}

static void note_callee_members(struct hm_walk *w, const struct ir_call *call,
				bool need)
{
	const struct ir_function *callee;
	const struct summary *sum;
	const char *accessor;
	int i;

	if (!call->callee)
		return;
	callee = call->has_body ? tu_function(w->an->tu, call->callee) : NULL;
	sum = callee ? summary_of(w->an, callee) :
	      extern_summary_known(w->an, call->callee, need);
	if (!sum)
		return;
	for (i = 0; i < sum->nsleep_tests; i++)
		note_sleep_member(w, call, &sum->sleep_tests[i]);
	for (i = 0; i < sum->left_guard.n; i++)
		note_sleep_member(w, call, &sum->left_guard.any[i]);
	for (i = 0; i < sum->ncalls_out; i++) {
		if (sum->calls_out[i].has_own_guard &&
		    sum->calls_out[i].own_suffix)
			note_member_name(w, split_accessor(w,
					 sum->calls_out[i].own_suffix,
					 &accessor));
		if (sum->calls_out[i].has_guard &&
		    sum->calls_out[i].guard_suffix)
			note_member_name(w, split_accessor(w,
					 sum->calls_out[i].guard_suffix,
					 &accessor));
	}
}

static void note_block_members(struct hm_walk *w, int b, bool need)
{
	const struct ir_block *blk = &w->fn->blocks[b];
	int i;

	for (i = 0; i < blk->ninstrs; i++)
		if (blk->instrs[i].op == IR_CALL)
			note_callee_members(w, &blk->instrs[i].call, need);
}

/*
 * Other files' callees asked with need, as the calls themselves would be
 * asked by a path holding an atomic mapping: only those the path may
 * still make, in the blocks reachable from `from`.  A call behind it (a
 * migration_entry_wait() before the pte is mapped) would analyze a file
 * on demand that no call under the mapping needs.  The blocks asked are
 * closed under successors, so a block asked already ends the search.
 */
static void ask_reachable_members(struct hm_walk *w, int from)
{
	unsigned char *reach;
	int b;

	if (!w->sleep_members_asked)
		w->sleep_members_asked = xcalloc((size_t)w->fn->nblocks, 1);
	if (w->sleep_members_asked[from])
		return;
	reach = reachable_from(w->fn, from);
	for (b = 0; b < w->fn->nblocks; b++)
		if (reach[b] && !w->sleep_members_asked[b]) {
			w->sleep_members_asked[b] = 1;
			note_block_members(w, b, true);
		}
	free(reach);
}

/*
 * The members the sleep tests of the function's callees read: found once
 * per walk from what is known, and with need (other files' analyzed on
 * demand) from the calls a path holding an atomic mapping may still make.
 */
static void find_sleep_members(struct hm_walk *w, bool need)
{
	int b;

	if (!w->sleep_members_known) {
		w->sleep_members_known = true;
		for (b = 0; b < w->fn->nblocks; b++)
			note_block_members(w, b, false);
	}
	if (need)
		ask_reachable_members(w, w->block >= 0 ? w->block : 0);
}

bool member_guard_callee_member(struct hm_walk *w, const struct path_state *s,
				const char *text)
{
	size_t n = strlen(text), m;
	int i;

	find_sleep_members(w, state_holds_atomic_mapping(s));
	for (i = 0; i < w->nsleep_members; i++) {
		m = strlen(w->sleep_members[i]);
		if (n > m && !strcmp(text + n - m, w->sleep_members[i]) &&
		    (text[n - m - 1] == '.' || text[n - m - 1] == '>'))
			return true;
	}
	return false;
}
