// SPDX-License-Identifier: GPL-2.0
/*
 * sleep_guard_call.c - a call to a function whose sleeps need one of a
 * few tests of its parameters (sleep_guard.c).  The arguments decide each
 * test: a constant, a known integer, or bits the caller's branches saw
 * that fail it rule it out; a test of an argument that is the caller's
 * own parameter (or a zero test of it scaled: `HZ * can_sleep`) becomes
 * the same test of that parameter; any other argument may pass it, and
 * the call may sleep whatever the caller does.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/member_guard.h"
#include "analysis/pointee_guard.h"

/*
 * A pointer variable the path set to NULL (`struct buf *p = NULL; ...
 * put(p)`): the walk follows it as the null constant, not as a number.
 */
static bool null_pointer_var(const struct path_state *s,
			     const struct ir_expr *arg)
{
	return arg->kind == IR_EXPR_VAR && !arg->offset && arg->is_pointer &&
	       arg->var >= 0 && arg->var < s->nvars &&
	       s->values[arg->var] == VALUE_NULL;
}

static bool argument_value(const struct path_state *s,
			   const struct ir_expr *arg, long long *value)
{
	long long known;

	if (null_pointer_var(s, arg)) {
		*value = 0;
		return true;
	}
	if (arg->has_value) {
		*value = arg->value;
		return true;
	}
	if (arg->has_mask && arg->kind != IR_EXPR_VAR) {
		if (!known_int(s, arg->mask_var, &known))
			return false;
		known &= (long long)arg->mask;
		*value = arg->mask_zero ? !known :
			 arg->mask_value ? known : known != 0;
		return true;
	}
	if (arg->has_scaled)
		return known_int(s, arg->scaled_var, &known) &&
		       !__builtin_mul_overflow(known, arg->scale, value);
	return arg->kind == IR_EXPR_VAR && !arg->offset &&
	       known_int(s, arg->var, value);
}

/*
 * The caller's variable a test of this argument tests: the argument
 * itself, or for `HZ * x` the zero test of x (ir.h: a scaled variable is
 * zero exactly when x is), but not a test of its bits.
 */
static int argument_var(const struct ir_expr *arg,
			const struct sleep_test *test)
{
	if (arg->kind == IR_EXPR_VAR && !arg->offset)
		return arg->var;
	if (arg->has_scaled && !test->ones && !test->zeros && !test->equals)
		return arg->scaled_var;
	return -1;
}

/* Would `test` pass, the parameter being `value`? */
static bool test_passes(const struct sleep_test *test, long long value)
{
	unsigned long long bits = (unsigned long long)value;

	if (test->equals)
		return !sleep_test_equals_fails(test, value);
	if (!test->ones && !test->zeros)
		return (value != 0) == test->value;
	return ((bits & test->ones) == test->ones && !(bits & test->zeros)) !=
	       test->differ;
}

bool sleep_test_fails_value(const struct sleep_test *test, long long value)
{
	return !test_passes(test, value);
}

/* The bits the caller's branches saw in `var` fail the bit test. */
static bool known_bits_fail(const struct path_state *s, int var,
			    const struct sleep_test *test)
{
	int i;

	for (i = 0; i < s->nbits; i++)
		if (s->bits[i].var == var)
			return (s->bits[i].zero & test->ones) ||
			       (s->bits[i].one & test->zeros);
	return false;
}

/*
 * An argument `e | C` surely has the bits of C: a test that needs one of
 * them clear, or the whole value zero, fails (`ct_send(.., len << 8 | NB)`
 * where the helper sleeps only without NB).
 */
static bool argument_ones_fail(const struct ir_expr *arg,
			       const struct sleep_test *test)
{
	if (!arg->has_ones || arg->has_value || test->equals)
		return false;
	if (sleep_test_is_bits(test))
		return (arg->ones & test->zeros) != 0;
	return !test->value;
}

/*
 * What the caller's path knows of an argument's truth: an address (`&x`),
 * or a test of the variable passed (`if (skb) send_reset(sk, skb)`).
 */
static bool argument_truth(const struct hm_walk *w, const struct path_state *s,
			   const struct ir_instr *in, const struct ir_expr *arg,
			   bool *truth)
{
	int i;

	*truth = true;
	if (arg->kind == IR_EXPR_ADDR_OF || arg->nonnull_address)
		return true;
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0 ||
	    arg->var >= w->fn->nvars)
		return false;
	if (w->dest_call == in && arg->var == w->dest_var) {
		*truth = w->dest_value;
		return w->dest_tested;
	}
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (f->memory || f->predicate || f->nreads != 1 ||
		    f->reads[0] != arg->var ||
		    strcmp(f->text, w->fn->vars[arg->var].name))
			continue;
		*truth = f->value;
		return true;
	}
	return false;
}

/*
 * A test of an argument `x & M` (or `!(x & M)`): the test of x's bits
 * it is, decided as test_at_call() decides one of x.
 */
static int masked_test_at_call(struct hm_walk *w, const struct path_state *s,
			       const struct ir_instr *in,
			       const struct ir_expr *arg,
			       const struct sleep_test *test,
			       struct sleep_test *mine)
{
	struct sleep_test bits = *test;

	if (!arg->mask_value && (sleep_test_is_bits(&bits) || bits.equals))
		return -1;	/* a truth made of the bits: 0 or 1 */
	if (arg->mask_zero)
		bits.value = !bits.value;
	if (!sleep_test_through_mask(&bits, arg->mask))
		return -1;
	if (known_bits_fail(s, arg->mask_var, &bits))
		return 1;
	if (!sleep_guard_param_at_call(w, s, in, arg->mask_var))
		return -1;
	*mine = bits;
	mine->param = arg->mask_var;
	return 0;
}

static int arg_test_at_call(struct hm_walk *w, const struct path_state *s,
			    const struct ir_instr *in,
			    const struct ir_expr *arg,
			    const struct sleep_test *test,
			    struct sleep_test *mine);

/*
 * A test of an argument `!x` or `!!x` (0 or 1): its truth, or its
 * equality with a constant, is a truth test of x (kvfree_call_rcu()
 * passes `!head` as the `can_alloc` its helper allocates under).  A
 * test of its bits is left to pass.
 */
static int truth_test_at_call(struct hm_walk *w, const struct path_state *s,
			      const struct ir_instr *in,
			      const struct ir_expr *arg,
			      const struct sleep_test *test,
			      struct sleep_test *mine)
{
	struct ir_expr x = {
		.kind = IR_EXPR_VAR, .var = arg->truth_var, .text = "",
		.nreads = 1, .reads = (int *)&arg->truth_var,
	};
	struct sleep_test truth = { .param = test->param };
	bool one = true;	/* the test passes for the value 1 */

	if (test->ones || test->zeros)
		return -1;
	if (test->equals) {
		if (test->constant != 0 && test->constant != 1)
			return test->value ? 1 : -1;
		one = (test->constant == 1) == test->value;
	} else {
		one = test->value;
	}
	truth.value = one != arg->truth_not;
	return arg_test_at_call(w, s, in, &x, &truth, mine);
}

/*
 * One test of the callee at this call: 1 if the arguments fail it, 0 if
 * it becomes `*mine` of the caller's parameter, -1 if it may pass.
 */
static int test_at_call(struct hm_walk *w, const struct path_state *s,
			const struct ir_instr *in, const struct sleep_test *test,
			struct sleep_test *mine)
{
	if (test->param < 0 || test->param >= in->call.nargs)
		return -1;
	if (test->suffix && !strcmp(test->suffix, "*"))
		return pointee_guard_at_call(w, s, in, test, mine);
	if (test->suffix)
		return member_guard_at_call(w, s, in, test, mine);
	return arg_test_at_call(w, s, in, &in->call.args[test->param], test,
				mine);
}

/* The same, of argument `arg`. */
static int arg_test_at_call(struct hm_walk *w, const struct path_state *s,
			    const struct ir_instr *in,
			    const struct ir_expr *arg,
			    const struct sleep_test *test,
			    struct sleep_test *mine)
{
	long long known;
	bool truth;
	int var;

	if (arg->has_truth && !arg->has_value)
		return truth_test_at_call(w, s, in, arg, test, mine);
	if (argument_value(s, arg, &known))
		return test_passes(test, known) ? -1 : 1;
	if (argument_ones_fail(arg, test))
		return 1;
	if (arg->kind == IR_EXPR_MEMORY)
		return member_guard_load_at_call(w, s, in, arg, test, mine);
	if (!test->ones && !test->zeros &&
	    argument_truth(w, s, in, arg, &truth)) {
		if (!test->equals)
			return truth == test->value ? -1 : 1;
		if (!truth)
			return test_passes(test, 0) ? -1 : 1;
	}
	if (arg->has_mask && arg->kind != IR_EXPR_VAR)
		return masked_test_at_call(w, s, in, arg, test, mine);
	var = argument_var(arg, test);
	if (var >= 0 && test->equals &&
	    sleep_test_equals_at_call(w, s, var, test))
		return sleep_test_equals_at_call(w, s, var, test);
	if (var >= 0 && !arg->has_scaled && known_bits_fail(s, var, test))
		return 1;
	if (!sleep_guard_param_at_call(w, s, in, var))
		return -1;
	*mine = *test;
	mine->param = var;
	return 0;
}

/*
 * A group of tests the callee's sleep needs all of: 1 if the arguments
 * fail one, -1 if they may pass all, else 0 and the caller's tests of
 * those they may pass appended to `guard` (those they surely pass go).
 */
static int group_at_call(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in,
			 const struct sleep_test *group, int n,
			 struct sleep_guard *guard, unsigned char id)
{
	int i, start = guard->n;

	for (i = 0; i < n; i++) {
		switch (test_at_call(w, s, in, &group[i],
				     &guard->any[guard->n])) {
		case 1:
			guard->n = start;
			return 1;
		case 0:
			guard->any[guard->n++].group = id;
			break;
		}
	}
	if (guard->n == start)
		return -1;
	if (guard->n == start + 1)
		guard->any[start].group = 0;
	return 0;
}

static int tests_at_call(struct hm_walk *w, const struct path_state *s,
			 const struct ir_instr *in,
			 const struct sleep_tests *tests,
			 struct sleep_guard *guard)
{
	struct sleep_test group[HM_SLEEP_TESTS];
	int i, n, id = 0;

	if (!tests->guarded || tests->unguarded || !tests->n)
		return SLEEP_GUARD_NONE;
	guard->n = 0;
	for (i = 0; i < tests->n; i++) {
		if (!sleep_group_first(tests->any, i))
			continue;
		n = sleep_group_of(tests->any, tests->n, i, group);
		switch (group_at_call(w, s, in, group, n, guard, id + 1)) {
		case -1:
			return SLEEP_GUARD_NONE;
		case 0:
			id++;
			break;
		}
	}
	return guard->n ? guard->any[0].param : SLEEP_GUARD_SKIP;
}

int sleep_guard_at_call(struct hm_walk *w, const struct path_state *s,
			const struct ir_instr *in, const struct summary *sum,
			struct sleep_guard *guard)
{
	struct sleep_tests tests = {
		.guarded = sum->sleep_guarded,
		.unguarded = sum->sleep_unguarded,
		.n = sum->nsleep_tests,
	};

	memcpy(tests.any, sum->sleep_tests, sizeof(tests.any));
	return tests_at_call(w, s, in, &tests, guard);
}

int sleep_guard_left_at_call(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum,
			     struct sleep_guard *guard)
{
	return tests_at_call(w, s, in, &sum->left_guard, guard);
}

void sleep_guard_call_consts(const struct path_state *s,
			     const struct ir_call *call,
			     struct function_call_out *out)
{
	long long value;
	int i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < call->nargs && i < HM_CALL_CONST_ARGS; i++)
		if (argument_value(s, &call->args[i], &value)) {
			out->const_args |= 1u << i;
			out->const_values[i] = value;
		}
}

void sleep_guard_merge_consts(struct function_call_out *out,
			      const struct function_call_out *other)
{
	int i;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++)
		if (!other || !(other->const_args & (1u << i)) ||
		    other->const_values[i] != out->const_values[i])
			out->const_args &= ~(1u << i);
}

/* The constants the calls pass fail the test. */
static bool const_fails(const struct sleep_test *test,
			const struct function_call_out *out)
{
	int param = test->param;

	return param >= 0 && param < HM_CALL_CONST_ARGS && !test->suffix &&
	       (out->const_args & (1u << param)) &&
	       !test_passes(test, out->const_values[param]);
}

/* Every group of tests of the callee has one the constants fail. */
bool sleep_guard_rules_out(const struct summary *sum,
			   const struct function_call_out *out)
{
	int i, j;
	bool failed;

	if (!sum->sleep_guarded || sum->sleep_unguarded || !sum->nsleep_tests)
		return false;
	for (i = 0; i < sum->nsleep_tests; i++) {
		if (!sleep_group_first(sum->sleep_tests, i))
			continue;
		failed = const_fails(&sum->sleep_tests[i], out);
		for (j = i + 1; j < sum->nsleep_tests && !failed; j++)
			failed = sum->sleep_tests[i].group &&
				 sum->sleep_tests[j].group ==
				 sum->sleep_tests[i].group &&
				 const_fails(&sum->sleep_tests[j], out);
		if (!failed)
			return false;
	}
	return true;
}

bool sleep_guard_call_out_ruled_out(const struct function_call_out *call,
				    const struct function_call_out *into)
{
	struct sleep_test test;
	long long value;

	sleep_guard_call_out_test(call, &test);
	if (into && call->has_guard && test.suffix)
		/* a constant the call's caller stored in that member */
		return sleep_guard_member_value(into, test.param, test.suffix,
						&value) &&
		       sleep_test_fails_value(&test, value);
	return into && call->has_guard && test.param >= 0 &&
	       test.param < HM_CALL_CONST_ARGS &&
	       (into->const_args & (1u << test.param)) &&
	       !test_passes(&test, into->const_values[test.param]);
}
