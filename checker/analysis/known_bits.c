// SPDX-License-Identifier: GPL-2.0
/*
 * known_bits.c - which bits of a local integer a branch has seen set or
 * clear on this path.  A value tested by a bit mask is later compared with
 * a constant that has bits the mask ruled out: KVM tests
 * `is_error_noslot_pfn(pfn)` (an inline `!!(pfn & ERR_MASK)`), and on the
 * next loop iteration `pfn != KVM_PFN_ERR_FAULT`, whose bits are all in
 * that mask.  Without the bits, the second test may go either way, and the
 * path that skips the unmap makes a false leak.
 *
 * Bits come from a test of `x & M` written in the condition or returned by
 * a same-file predicate taking x; they go when x is written, but for
 * `x |= C`, which sets C and keeps the others.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"

static int find(const struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nbits; i++)
		if (s->bits[i].var == var)
			return i;
	return -1;
}

void known_bits_forget(struct path_state *s, int var)
{
	int i = find(s, var);

	if (i < 0)
		return;
	memmove(&s->bits[i], &s->bits[i + 1],
		(s->nbits - i - 1) * sizeof(s->bits[0]));
	s->nbits--;
}

/* Only a variable nothing but its own assignments can change. */
static bool followed(const struct hm_walk *w, int var)
{
	const struct ir_var *v;

	if (var < 0 || var >= w->fn->nvars)
		return false;
	v = &w->fn->vars[var];
	return (v->kind == IR_VAR_LOCAL || v->kind == IR_VAR_PARAM) &&
	       !v->is_pointer && !v->is_aggregate && !v->address_taken;
}

static void add_bits(struct path_state *s, int var, unsigned long long zero,
		     unsigned long long one)
{
	int i = find(s, var);

	if (i < 0) {
		if (s->nbits == HM_MAX_KNOWN_BITS)
			return;
		for (i = s->nbits; i > 0 && s->bits[i - 1].var > var; i--)
			s->bits[i] = s->bits[i - 1];
		s->bits[i].var = var;
		s->bits[i].zero = 0;
		s->bits[i].one = 0;
		s->nbits++;
	}
	s->bits[i].zero |= zero;
	s->bits[i].one |= one;
}

void known_bits_or(struct hm_walk *w, struct path_state *s, int var,
		   unsigned long long bits)
{
	int i = find(s, var);

	if (!followed(w, var)) {
		known_bits_forget(s, var);
		return;
	}
	if (i >= 0)
		s->bits[i].zero &= ~bits;
	add_bits(s, var, 0, bits);
}

/* The bit test every return of `fn` makes of one parameter, or NULL. */
static const struct ir_expr *predicate_mask(const struct ir_function *fn)
{
	const struct ir_expr *test = NULL;
	int b;

	if (!fn || fn->truncated)
		return NULL;
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		const struct ir_expr *value = &blk->term.value;

		if (blk->ninstrs)
			return NULL;
		if (blk->term.kind == IR_TERM_GOTO)
			continue;
		if (blk->term.kind != IR_TERM_RETURN || !value->has_mask ||
		    value->mask_var >= fn->nparams)
			return NULL;
		if (test && (test->mask_var != value->mask_var ||
			     test->mask != value->mask ||
			     test->mask_zero != value->mask_zero))
			return NULL;
		test = value;
	}
	return test;
}

static bool single_bit(unsigned long long mask)
{
	return mask && !(mask & (mask - 1));
}

/* A bit test of a caller's variable: no bit of `mask` set if `zero`. */
struct bit_test {
	int var;
	unsigned long long mask;
	bool zero;
};

static bool expr_test(const struct ir_expr *e, struct bit_test *t)
{
	if (!e->has_mask)
		return false;
	t->var = e->mask_var;
	t->mask = e->mask;
	t->zero = e->mask_zero;
	return true;
}

/* The bit test a same-file predicate call makes of its argument. */
static bool call_test(struct hm_walk *w, const struct ir_call *call,
		      struct bit_test *t)
{
	const struct ir_expr *test, *arg;

	if (!call->has_body || !call->callee)
		return false;
	test = predicate_mask(tu_function(w->an->tu, call->callee));
	if (!test || test->mask_var >= call->nargs)
		return false;
	arg = &call->args[test->mask_var];
	if (arg->kind != IR_EXPR_VAR || arg->offset)
		return false;
	expr_test(test, t);
	t->var = arg->var;
	return true;
}

static bool writes(const struct ir_instr *in, int var)
{
	return (in->op == IR_ASSIGN && in->assign.dest == var) ||
	       (in->op == IR_CALL && in->call.dest == var) ||
	       (in->op == IR_CLOBBER && in->clobber.var == var);
}

/*
 * Every write of `var` is in block `block` before instruction `end`
 * (none elsewhere); sets *index to the last of them, or -1.
 */
static bool written_only_before(const struct ir_function *fn, int var,
				int block, int end, int *index)
{
	int b, i;

	*index = -1;
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			if (!writes(&fn->blocks[b].instrs[i], var))
				continue;
			if (b != block || i >= end)
				return false;
			*index = i;
		}
	return true;
}

/* `pred(x)`, `!pred(x)`, `!!pred(x)` of the call writing temporary `tmp`. */
static bool negated_call(const struct ir_expr *src, const struct ir_call *call,
			 bool *negated)
{
	const char *text = src->text;
	size_t n = strlen(call->callee);

	*negated = false;
	for (; *text == '!' || *text == '(' || *text == ' '; text++)
		if (*text == '!')
			*negated = !*negated;
	return !strncmp(text, call->callee, n) && text[n] == '(';
}

/* The test assigned at instruction `at` of `blk`: `b = x & M`, `b = !pred(x)`. */
static bool assigned_test(struct hm_walk *w, const struct ir_block *blk,
			  int at, struct bit_test *t, int *from)
{
	const struct ir_expr *src = &blk->instrs[at].assign.src;
	const struct ir_instr *in;
	bool negated;
	int i;

	*from = at;
	if (expr_test(src, t))
		return true;
	if (src->nreads != 1)
		return false;
	for (i = at - 1; i >= 0; i--) {
		in = &blk->instrs[i];
		if (in->op != IR_CALL || in->call.dest != src->reads[0])
			continue;
		if (!call_test(w, &in->call, t) ||
		    !negated_call(src, &in->call, &negated))
			return false;
		t->zero ^= negated;
		*from = i;
		return true;
	}
	return false;
}

/*
 * A local bool written once from a bit test (`is_atomic =
 * !gfpflags_allow_blocking(gfp)`), of a variable not written after it:
 * testing the bool tests those bits.
 */
static bool local_bool_test(struct hm_walk *w, int var, struct bit_test *t)
{
	const struct ir_function *fn = w->fn;
	int b, at = 0, from, last;

	if (var < 0 || var >= fn->nvars || fn->vars[var].kind != IR_VAR_LOCAL ||
	    !followed(w, var))
		return false;
	for (b = 0; b < fn->nblocks; b++) {
		for (at = 0; at < fn->blocks[b].ninstrs; at++)
			if (writes(&fn->blocks[b].instrs[at], var))
				break;
		if (at < fn->blocks[b].ninstrs)
			break;
	}
	if (b == fn->nblocks || fn->blocks[b].instrs[at].op != IR_ASSIGN ||
	    !written_only_before(fn, var, b, at + 1, &last) ||
	    !assigned_test(w, &fn->blocks[b], at, t, &from))
		return false;
	return followed(w, t->var) &&
	       written_only_before(fn, t->var, b, from, &last);
}

/* local_bool_test(), asked once per variable and walk. */
static bool bool_test(struct hm_walk *w, int var, struct bit_test *t)
{
	struct bool_test *c;

	if (var < 0 || var >= w->fn->nvars)
		return false;
	if (!w->bool_tests)
		w->bool_tests = xcalloc(w->fn->nvars, sizeof(*w->bool_tests));
	c = &w->bool_tests[var];
	if (!c->known) {
		memset(t, 0, sizeof(*t));
		c->known = local_bool_test(w, var, t) ? 1 : -1;
		c->var = t->var;
		c->mask = t->mask;
		c->zero = t->zero;
	}
	t->var = c->var;
	t->mask = c->mask;
	t->zero = c->zero;
	return c->known > 0;
}

bool known_bits_of_bool(struct hm_walk *w, int var, bool value,
			struct known_bits *bits)
{
	struct bit_test t;

	if (!bool_test(w, var, &t))
		return false;
	bits->var = t.var;
	bits->zero = value == t.zero ? t.mask : 0;
	bits->one = value != t.zero && single_bit(t.mask) ? t.mask : 0;
	return bits->zero || bits->one;
}

/*
 * The bit test a branch makes: its own condition, a predicate call's
 * result tested just after it, or a local bool holding one.
 */
static bool branch_mask(struct hm_walk *w, const struct ir_block *b,
			struct bit_test *t)
{
	const struct ir_expr *cond = &b->term.cond;
	const struct ir_call *call;

	if (expr_test(cond, t))
		return true;
	call = branch_predicate_call(w, b);
	if (call)
		return call_test(w, call, t);
	return cond->kind == IR_EXPR_VAR && !cond->offset &&
	       !strchr(cond->text, '(') && bool_test(w, cond->var, t);
}

/* `(x & M) == C` taken equal: x has C's bits of M, and not the others. */
static bool bits_equal_branch(struct hm_walk *w, struct path_state *s,
			      const struct ir_expr *cond, bool value)
{
	if (!cond->has_bits_equal)
		return false;
	if (followed(w, cond->bits_var) && value != cond->bits_differ)
		add_bits(s, cond->bits_var, cond->bits_mask & ~cond->bits_value,
			 cond->bits_value);
	return true;
}

void known_bits_branch(struct hm_walk *w, struct path_state *s,
		       const struct ir_block *b, bool value)
{
	struct bit_test test;

	if (bits_equal_branch(w, s, &b->term.cond, value))
		return;
	if (!branch_mask(w, b, &test) || !followed(w, test.var))
		return;
	/* On this side, are all of the mask's bits clear? */
	if (value == test.zero)
		add_bits(s, test.var, test.mask, 0);
	else if (single_bit(test.mask))
		add_bits(s, test.var, 0, test.mask);
}

/* The known bits rule out `x == C`. */
static bool cannot_equal(const struct known_bits *k, long long constant)
{
	unsigned long long c = (unsigned long long)constant;

	return (c & k->zero) || (~c & k->one);
}

/* The sides of `(x & M) == C` (or `!=`) the known bits of x leave. */
static int bits_equal_sides(const struct path_state *s,
			    const struct ir_expr *cond)
{
	unsigned long long mask = cond->bits_mask, c = cond->bits_value;
	const struct known_bits *k;
	int i = find(s, cond->bits_var);

	if (i < 0)
		return 3;
	k = &s->bits[i];
	if ((k->one & mask & ~c) || (k->zero & c))
		return cond->bits_differ ? 1 : 2;
	if (((k->one | k->zero) & mask) == mask)
		return cond->bits_differ ? 2 : 1;
	return 3;
}

int known_bits_sides(const struct path_state *s, const struct ir_expr *cond)
{
	const struct known_bits *k;
	int i;

	if (cond->has_bits_equal)
		return bits_equal_sides(s, cond);

	if (cond->has_compare && (cond->compare_op == IR_CMP_EQ ||
				  cond->compare_op == IR_CMP_NE)) {
		i = find(s, cond->compare_var);
		if (i < 0 || !cannot_equal(&s->bits[i], cond->compare_value))
			return 3;
		return cond->compare_op == IR_CMP_EQ ? 2 : 1;
	}
	if (cond->has_mask && (i = find(s, cond->mask_var)) >= 0) {
		k = &s->bits[i];
		if ((k->zero & cond->mask) == cond->mask)
			return cond->mask_zero ? 1 : 2;
		if (k->one & cond->mask)
			return cond->mask_zero ? 2 : 1;
	}
	if (cond->kind == IR_EXPR_VAR && !cond->offset &&
	    (i = find(s, cond->var)) >= 0 && s->bits[i].one)
		return 1;
	return 3;
}
