// SPDX-License-Identifier: GPL-2.0
/*
 * lower_integer.c - the integer facts of an expression (ir.h: has_compare,
 * has_linear, has_mask, has_scaled), so that the analysis can count
 * `for (i = 0; i < NR; i++)`, knows which bits a tested flag has and
 * when `HZ * can_sleep` is zero.
 * Only a plain integer variable against a constant clang evaluates: that
 * is what counted loops in the kernel look like, and anything wider would
 * need a real value analysis.
 */
#include "cursor.h"
#include "lower.h"
#include "operator.h"
#include "source_text.h"

static bool type_is_integer(CXType type)
{
	enum CXTypeKind kind = clang_getCanonicalType(type).kind;

	return (kind >= CXType_Bool && kind <= CXType_Int128) ||
	       kind == CXType_Enum;
}

/*
 * The temporary holding a call's result, as the call lowered it: `f() > 0`
 * tests it as `n > 0` would, so a callee's known result (a configuration
 * stub's constant) decides the test.
 */
static bool call_result_temp(struct lower *lw, const struct ir_expr *e,
			     CXCursor cursor)
{
	return lw->vars[e->var].kind == IR_VAR_TEMP &&
	       clang_getCursorKind(strip_parens(strip_implicit(cursor))) ==
		       CXCursor_CallExpr;
}

/*
 * `i` as an operand: a whole integer variable, neither cast nor offset, or
 * a call's result.
 */
static int integer_var(struct lower *lw, const struct ir_expr *e, CXCursor cursor)
{
	if (e->kind != IR_EXPR_VAR || e->offset || e->var < 0 || e->var >= lw->nvars)
		return -1;
	if (lw->vars[e->var].is_pointer || lw->vars[e->var].is_aggregate ||
	    !type_is_integer(clang_getCursorType(cursor)))
		return -1;
	if (!cursor_is_variable_ref(strip_parens(strip_implicit(cursor))) &&
	    !call_result_temp(lw, e, cursor))
		return -1;
	return e->var;
}

/*
 * `i++ < NR`, `--i >= 0`: the IR has already written the new value of i,
 * so a post-increment compares one less than it: `i < NR + 1` of the new i.
 */
static int updated_var(struct lower *lw, const struct ir_expr *e, CXCursor cursor,
		       long long *shift)
{
	CXCursor core = strip_parens(strip_implicit(cursor));
	enum unary_op op;

	if (clang_getCursorKind(core) != CXCursor_UnaryOperator)
		return -1;
	op = unary_operator(core);
	if (op < UNOP_POST_INC || op > UNOP_PRE_DEC ||
	    integer_var(lw, e, cursor_only_child(core)) < 0)
		return -1;
	*shift = op == UNOP_POST_INC ? 1 : op == UNOP_POST_DEC ? -1 : 0;
	return e->var;
}

static bool constant_operand(const struct ir_expr *e, CXCursor cursor,
			     long long *value)
{
	if (e->has_value) {
		*value = e->value;
		return true;
	}
	return !cursor_is_variable_ref(strip_casts(cursor)) &&
	       cursor_constant(cursor, value);
}

static int compare_op(enum binary_op op, bool swapped)
{
	switch (op) {
	case BINOP_LT:
		return swapped ? IR_CMP_GT : IR_CMP_LT;
	case BINOP_LE:
		return swapped ? IR_CMP_GE : IR_CMP_LE;
	case BINOP_GT:
		return swapped ? IR_CMP_LT : IR_CMP_GT;
	case BINOP_GE:
		return swapped ? IR_CMP_LE : IR_CMP_GE;
	case BINOP_EQ:
		return IR_CMP_EQ;
	case BINOP_NE:
		return IR_CMP_NE;
	default:
		return -1;
	}
}

static void set_compare(struct ir_expr *e, enum binary_op op, bool swapped,
			int var, long long value)
{
	int cmp = compare_op(op, swapped);

	if (cmp < 0)
		return;
	e->has_compare = 1;
	e->compare_op = cmp;
	e->compare_var = var;
	e->compare_value = value;
}

static void set_linear(struct ir_expr *e, int var, long long addend)
{
	e->has_linear = 1;
	e->linear_var = var;
	e->linear_addend = addend;
}

static void set_mask(struct ir_expr *e, int var, unsigned long long mask,
		     bool zero)
{
	e->has_mask = 1;
	e->mask_zero = zero;
	e->mask_value = 0;
	e->mask_var = var;
	e->mask = mask;
}

static void set_or(struct ir_expr *e, int var, unsigned long long bits)
{
	e->has_or = 1;
	e->or_var = var;
	e->or_bits = bits;
}

static bool one_bit(unsigned long long mask)
{
	return mask && !(mask & (mask - 1));
}

/*
 * `(x & M) == C` or `!= C` of an `x & M` already seen, C nonzero: of one
 * bit, the bit test (`(gfp & B) == B` is `gfp & B`); else the bits of M
 * compared with C.  A C with bits outside M never equals: no test.
 */
static void bits_equal_facts(struct ir_expr *e, enum binary_op op,
			     const struct ir_expr *a, unsigned long long value)
{
	if (value & ~a->mask)
		return;
	if (one_bit(a->mask)) {
		set_mask(e, a->mask_var, a->mask, op == BINOP_NE);
		return;
	}
	e->has_bits_equal = 1;
	e->bits_differ = op == BINOP_NE;
	e->bits_var = a->mask_var;
	e->bits_mask = a->mask;
	e->bits_value = value;
}

/* `x & M`, and `(x & M) == C` or `!= C` of one already seen; `x | C`. */
static void mask_facts(struct ir_expr *e, enum binary_op op,
		       const struct ir_expr *a, int var, long long value)
{
	if (op == BINOP_OR && var >= 0)
		set_or(e, var, (unsigned long long)value);
	if (op == BINOP_AND && var >= 0 && value) {
		set_mask(e, var, (unsigned long long)value, false);
		e->mask_value = 1;
	} else if ((op == BINOP_EQ || op == BINOP_NE) && a->has_mask && !value)
		set_mask(e, a->mask_var, a->mask, a->mask_zero != (op == BINOP_EQ));
	else if ((op == BINOP_EQ || op == BINOP_NE) && a->has_mask &&
		 a->mask_value)
		bits_equal_facts(e, op, a, (unsigned long long)value);
}

static void set_text_mask(struct ir_expr *e, const char *text,
			  unsigned long long mask, bool zero)
{
	e->has_text_mask = 1;
	e->text_mask_zero = zero;
	e->mask_text = text;
	e->text_mask = mask;
}

/* `p->flags & M` of anything but a plain variable, and `== 0` or `!= 0` of one. */
static void text_mask_facts(struct lower *lw, struct ir_expr *e, enum binary_op op,
			    const struct ir_expr *operand, CXCursor cursor,
			    long long value)
{
	if (op == BINOP_AND && value)
		set_text_mask(e, cursor_text(lw->tu, cursor),
			      (unsigned long long)value, false);
	else if ((op == BINOP_EQ || op == BINOP_NE) && operand->has_text_mask && !value)
		set_text_mask(e, operand->mask_text, operand->text_mask,
			      operand->text_mask_zero != (op == BINOP_EQ));
}

/* `!e`: the same bit test, the other way round. */
void integer_not_facts(struct ir_expr *e, const struct ir_expr *operand)
{
	if (operand->has_mask)
		set_mask(e, operand->mask_var, operand->mask, !operand->mask_zero);
	if (operand->has_bits_equal) {
		e->has_bits_equal = 1;
		e->bits_differ = !operand->bits_differ;
		e->bits_var = operand->bits_var;
		e->bits_mask = operand->bits_mask;
		e->bits_value = operand->bits_value;
	}
	if (operand->has_text_mask)
		set_text_mask(e, operand->mask_text, operand->text_mask,
			      !operand->text_mask_zero);
}

/*
 * `!x` of a plain variable, as written (a cast may change its truth:
 * `!(u8)x`), and `!!x`: the truth of x (ir.h has_truth).
 */
void truth_not_facts(struct ir_expr *e, const struct ir_expr *operand,
		     CXCursor cursor)
{
	if (operand->has_truth) {
		e->has_truth = 1;
		e->truth_var = operand->truth_var;
		e->truth_not = !operand->truth_not;
		return;
	}
	if (operand->kind != IR_EXPR_VAR || operand->offset ||
	    operand->var < 0 ||
	    !cursor_is_variable_ref(strip_parens(strip_implicit(cursor))))
		return;
	e->has_truth = 1;
	e->truth_var = operand->var;
	e->truth_not = 1;
}

/* `x` or an already scaled `x * K`: the variable and the factor so far. */
static int scaled_operand(struct lower *lw, const struct ir_expr *e,
			  CXCursor cursor, long long *scale)
{
	int var = integer_var(lw, e, cursor);

	*scale = 1;
	if (var >= 0 || !e->has_scaled)
		return var;
	*scale = e->scale;
	return e->scaled_var;
}

static void set_scaled(struct ir_expr *e, int var, long long scale,
		       long long factor)
{
	if (!factor) {
		e->has_value = 1;
		e->value = 0;
	} else if (!__builtin_mul_overflow(scale, factor, &e->scale)) {
		e->has_scaled = 1;
		e->scaled_var = var;
	}
}

/*
 * `x * K`, `K * x`, `x << K` of a variable (or of one already scaled) and
 * a constant: zero exactly when x is, unless K is 0.  A shift by a count
 * out of range is left alone.
 */
static void scaled_facts(struct lower *lw, struct ir_expr *e, enum binary_op op,
			 const struct ir_expr *a, CXCursor left,
			 const struct ir_expr *b, CXCursor right)
{
	long long scale, value;
	int var;

	if (op != BINOP_MUL && op != BINOP_SHL)
		return;
	var = scaled_operand(lw, a, left, &scale);
	if (var >= 0 && constant_operand(b, right, &value)) {
		if (op == BINOP_MUL)
			set_scaled(e, var, scale, value);
		else if (value >= 0 && value < 63)
			set_scaled(e, var, scale, 1ll << value);
		return;
	}
	var = scaled_operand(lw, b, right, &scale);
	if (op == BINOP_MUL && var >= 0 && constant_operand(a, left, &value))
		set_scaled(e, var, scale, value);
}

/* `e | C`, `C | e`: the bits C sets, and those e surely had. */
static void ones_facts(struct ir_expr *e, enum binary_op op,
		       const struct ir_expr *a, CXCursor left,
		       const struct ir_expr *b, CXCursor right)
{
	long long value;

	if (op != BINOP_OR)
		return;
	if (constant_operand(b, right, &value)) {
		e->ones = (unsigned long long)value | (a->has_ones ? a->ones : 0);
	} else if (constant_operand(a, left, &value)) {
		e->ones = (unsigned long long)value | (b->has_ones ? b->ones : 0);
	} else if (a->has_ones || b->has_ones) {
		e->ones = (a->has_ones ? a->ones : 0) |
			  (b->has_ones ? b->ones : 0);
	} else {
		return;
	}
	e->has_ones = e->ones != 0;
}

/* `a OP b` for the operands already lowered: i < 16, 16 > i, i + 1, i - 1. */
void integer_binary_facts(struct lower *lw, struct ir_expr *e, enum binary_op op,
			  const struct ir_expr *a, CXCursor left,
			  const struct ir_expr *b, CXCursor right)
{
	int var_a = integer_var(lw, a, left), var_b = integer_var(lw, b, right);
	long long value, shift;

	scaled_facts(lw, e, op, a, left, b, right);
	ones_facts(e, op, a, left, b, right);
	if (var_a < 0 && (var_a = updated_var(lw, a, left, &shift)) >= 0) {
		if (constant_operand(b, right, &value))
			set_compare(e, op, false, var_a, value + shift);
		return;
	}
	if (var_b < 0 && (var_b = updated_var(lw, b, right, &shift)) >= 0) {
		if (constant_operand(a, left, &value))
			set_compare(e, op, true, var_b, value + shift);
		return;
	}
	if (var_a >= 0 && constant_operand(b, right, &value)) {
		mask_facts(e, op, a, var_a, value);
		set_compare(e, op, false, var_a, value);
		if (op == BINOP_ADD)
			set_linear(e, var_a, value);
		else if (op == BINOP_SUB)
			set_linear(e, var_a, -value);
	} else if (var_b >= 0 && constant_operand(a, left, &value)) {
		mask_facts(e, op, b, var_b, value);
		set_compare(e, op, true, var_b, value);
		if (op == BINOP_ADD)
			set_linear(e, var_b, value);
	} else if (constant_operand(b, right, &value)) {
		mask_facts(e, op, a, -1, value);
		text_mask_facts(lw, e, op, a, left, value);
	} else if (constant_operand(a, left, &value)) {
		mask_facts(e, op, b, -1, value);
		text_mask_facts(lw, e, op, b, right, value);
	}
}

/* i++, --i, i += 4, i -= 2: the new value of `var`. */
void integer_update_facts(struct lower *lw, struct ir_expr *e, CXCursor expr,
			  int var, CXCursor target, CXCursor amount)
{
	struct ir_expr whole = var_expr(lw, var);
	long long value;

	if (integer_var(lw, &whole, target) < 0)
		return;
	if (clang_getCursorKind(expr) == CXCursor_UnaryOperator) {
		enum unary_op op = unary_operator(expr);

		if (op == UNOP_POST_INC || op == UNOP_PRE_INC)
			set_linear(e, var, 1);
		else if (op == UNOP_POST_DEC || op == UNOP_PRE_DEC)
			set_linear(e, var, -1);
		return;
	}
	if (clang_Cursor_isNull(amount) || cursor_is_variable_ref(strip_casts(amount)) ||
	    !cursor_constant(amount, &value))
		return;
	if (binary_operator(expr) == BINOP_ADD_ASSIGN)
		set_linear(e, var, value);
	else if (binary_operator(expr) == BINOP_SUB_ASSIGN)
		set_linear(e, var, -value);
	else if (binary_operator(expr) == BINOP_OR_ASSIGN)
		set_or(e, var, (unsigned long long)value);
}
