// SPDX-License-Identifier: GPL-2.0
/*
 * lower_cond.c - conditions become branches: `!` swaps the successors,
 * && and || chain, ?: splits, `x == NULL` is a test of x, likely() and
 * unlikely() are looked through, and a constant condition is a plain jump.
 */
#include "cursor.h"
#include "lower.h"
#include "operator.h"
#include "source_text.h"

static bool is_zero(CXCursor expr)
{
	long long value;

	return cursor_constant(strip_casts(expr), &value) && value == 0;
}

static void branch_on_value(struct lower *lw, CXCursor expr, int if_true, int if_false)
{
	struct ir_expr cond;
	const char *macro_text;
	long long value;

	if (!cursor_is_variable_ref(strip_casts(expr)) && cursor_constant(expr, &value)) {
		end_goto(lw, value ? if_true : if_false, cursor_start(lw->tu, expr));
		return;
	}
	cond = lower_operand(lw, expr);
	macro_text = lw->macro_statement ? macro_condition_text(lw->tu, expr) : NULL;
	if (macro_text)
		cond.text = macro_text;
	end_branch(lw, cond, if_true, if_false);
}

/* if ((x = f())): a test of x, after the assignment. */
static void branch_on_assignment(struct lower *lw, CXCursor expr, int if_true,
				 int if_false)
{
	struct ir_expr cond = lower_assignment(lw, expr);
	CXCursor target = clang_getNullCursor();
	struct cursor_list children;

	cursor_children(expr, &children);
	if (children.n == 2)
		target = children.items[0];
	cursor_list_free(&children);
	cond.text = clang_Cursor_isNull(target) ? cursor_text(lw->tu, expr) :
						   cursor_text(lw->tu, target);
	cond.loc = cursor_start(lw->tu, expr);
	end_branch(lw, cond, if_true, if_false);
}

static bool lower_binary_cond(struct lower *lw, CXCursor expr, int if_true, int if_false)
{
	enum binary_op op = binary_operator(expr);
	struct cursor_list children;
	bool done = true;
	int middle;

	if (op == BINOP_ASSIGN) {
		branch_on_assignment(lw, expr, if_true, if_false);
		return true;
	}
	cursor_children(expr, &children);
	if (children.n != 2) {
		cursor_list_free(&children);
		return false;
	}
	if (op == BINOP_LAND || op == BINOP_LOR) {
		middle = new_block(lw);
		if (op == BINOP_LAND)
			lower_cond(lw, children.items[0], middle, if_false);
		else
			lower_cond(lw, children.items[0], if_true, middle);
		start_block(lw, middle);
		lower_cond(lw, children.items[1], if_true, if_false);
	} else if (op == BINOP_COMMA) {
		lower_effect(lw, children.items[0]);
		lower_cond(lw, children.items[1], if_true, if_false);
	} else if ((op == BINOP_EQ || op == BINOP_NE) && is_zero(children.items[1])) {
		lower_cond(lw, children.items[0], op == BINOP_NE ? if_true : if_false,
			   op == BINOP_NE ? if_false : if_true);
	} else if ((op == BINOP_EQ || op == BINOP_NE) && is_zero(children.items[0])) {
		lower_cond(lw, children.items[1], op == BINOP_NE ? if_true : if_false,
			   op == BINOP_NE ? if_false : if_true);
	} else {
		done = false;
	}
	cursor_list_free(&children);
	return done;
}

static void lower_conditional_cond(struct lower *lw, CXCursor expr, int if_true,
				   int if_false)
{
	struct cursor_list children;
	int then_block, else_block;

	cursor_children(expr, &children);
	if (children.n != 3) {
		cursor_list_free(&children);
		branch_on_value(lw, expr, if_true, if_false);
		return;
	}
	then_block = new_block(lw);
	else_block = new_block(lw);
	lower_cond(lw, children.items[0], then_block, else_block);
	start_block(lw, then_block);
	lower_cond(lw, children.items[1], if_true, if_false);
	start_block(lw, else_block);
	lower_cond(lw, children.items[2], if_true, if_false);
	cursor_list_free(&children);
}

void lower_cond(struct lower *lw, CXCursor expr, int if_true, int if_false)
{
	CXCursor value;

	expr = strip_implicit(expr);
	switch (clang_getCursorKind(expr)) {
	case CXCursor_UnaryOperator:
		if (unary_operator(expr) == UNOP_LNOT) {
			lower_cond(lw, cursor_only_child(expr), if_false, if_true);
			return;
		}
		if (unary_operator(expr) == UNOP_EXTENSION) {
			lower_cond(lw, cursor_only_child(expr), if_true, if_false);
			return;
		}
		break;
	case CXCursor_BinaryOperator:
		if (lower_binary_cond(lw, expr, if_true, if_false))
			return;
		break;
	case CXCursor_ConditionalOperator:
		lower_conditional_cond(lw, expr, if_true, if_false);
		return;
	case CXCursor_CallExpr:
		if (is_expect_call(expr, &value)) {
			lower_cond(lw, value, if_true, if_false);
			return;
		}
		break;
	default:
		break;
	}
	branch_on_value(lw, expr, if_true, if_false);
}

static void assign_constant(struct lower *lw, int var, long long value, struct ir_loc loc)
{
	struct ir_instr *instr = emit(lw, IR_ASSIGN, loc);

	instr->assign.dest = var;
	instr->assign.src = const_expr(value);
	instr->assign.src.text = value ? "1" : "0";
	instr->assign.src.loc = loc;
}

/* a && b as a value: a temp set to 1 or 0 on the two sides. */
struct ir_expr lower_logical_value(struct lower *lw, CXCursor expr)
{
	struct ir_loc loc = cursor_start(lw->tu, expr);
	int temp = new_temp(lw, clang_getCursorType(expr));
	int yes = new_block(lw), no = new_block(lw), join = new_block(lw);

	lower_cond(lw, expr, yes, no);
	start_block(lw, yes);
	assign_constant(lw, temp, 1, loc);
	end_goto(lw, join, loc);
	start_block(lw, no);
	assign_constant(lw, temp, 0, loc);
	start_block(lw, join);
	return var_expr(lw, temp);
}

static void lower_arm(struct lower *lw, CXCursor arm, int temp, int join)
{
	if (temp >= 0)
		lower_into_var(lw, temp, arm, cursor_start(lw->tu, arm));
	else
		lower_effect(lw, arm);
	end_goto(lw, join, cursor_start(lw->tu, arm));
}

/* c ? a : b: branches, and a temp holding the value when it is used. */
struct ir_expr lower_conditional(struct lower *lw, CXCursor expr, bool used)
{
	struct cursor_list children;
	int temp = -1, then_block, else_block, join;

	cursor_children(expr, &children);
	if (children.n != 3) {
		cursor_list_free(&children);
		cannot_lower(lw, expr, "a conditional expression");
		return no_expr();
	}
	if (used && !type_is_void(clang_getCursorType(expr)))
		temp = new_temp(lw, clang_getCursorType(expr));
	then_block = new_block(lw);
	else_block = new_block(lw);
	join = new_block(lw);
	lower_cond(lw, children.items[0], then_block, else_block);
	start_block(lw, then_block);
	lower_arm(lw, children.items[1], temp, join);
	start_block(lw, else_block);
	lower_arm(lw, children.items[2], temp, join);
	start_block(lw, join);
	cursor_list_free(&children);
	return temp >= 0 ? var_expr(lw, temp) : no_expr();
}

/* a ?: b (children: a, its two hidden uses, b): a is evaluated once. */
struct ir_expr lower_binary_conditional(struct lower *lw, CXCursor expr, bool used)
{
	struct cursor_list children;
	struct ir_expr cond;
	int temp, otherwise, join;

	(void)used;
	cursor_children(expr, &children);
	temp = new_temp(lw, clang_getCursorType(expr));
	lower_into_var(lw, temp, children.items[0], cursor_start(lw->tu, expr));
	cond = var_expr(lw, temp);
	cond.text = cursor_text(lw->tu, children.items[0]);
	cond.loc = cursor_start(lw->tu, children.items[0]);
	otherwise = new_block(lw);
	join = new_block(lw);
	end_branch(lw, cond, join, otherwise);
	start_block(lw, otherwise);
	lower_arm(lw, children.items[children.n - 1], temp, join);
	start_block(lw, join);
	cursor_list_free(&children);
	return var_expr(lw, temp);
}

void lower_statement_cond(struct lower *lw, CXCursor stmt, CXCursor cond,
			  int if_true, int if_false)
{
	bool saved = lw->macro_statement;

	lw->macro_statement = statement_in_macro_body(lw->tu, stmt);
	lower_cond(lw, cond, if_true, if_false);
	lw->macro_statement = saved;
}
