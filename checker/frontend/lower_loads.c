// SPDX-License-Identifier: GPL-2.0
/*
 * lower_loads.c - which memory an expression loads (ir.h loads_numbers):
 * a test of `phba->rev == 4` reads one integer member, and a store of a
 * pointer through another variable (`cmd->waitq = &wq`) leaves it alone,
 * so a later test of the same member still agrees with the first.  A
 * load through a loaded pointer (`p->a->rev`) is not one: the store may
 * have changed p->a.
 */
#include "cursor.h"
#include "lower.h"

static bool type_is_number(CXType type)
{
	CXType canonical = clang_getCanonicalType(type);

	return (canonical.kind >= CXType_Bool &&
		canonical.kind <= CXType_LongDouble) ||
	       canonical.kind == CXType_Enum;
}

/* `p->m` or `s.m` of a variable, of a number type. */
void loads_of_member(struct ir_expr *e, CXCursor expr)
{
	CXCursor base;

	if (clang_getCursorKind(expr) != CXCursor_MemberRefExpr ||
	    !type_is_number(clang_getCursorType(expr)))
		return;
	base = strip_parens(strip_implicit(cursor_only_child(expr)));
	e->loads_numbers = cursor_is_variable_ref(base);
}

/*
 * A constant, or a value that loads only numbers of members.  Not a
 * variable: a loop's `i < p->n` is left to expire as it did, so that its
 * iterations do not keep more states apart.
 */
static bool numbers_only(const struct ir_expr *e)
{
	return !e || e->loads_numbers || e->kind == IR_EXPR_CONST ||
	       e->has_value;
}

/* `a OP b`, `!a`: the loads of its operands. */
void loads_of_operands(struct ir_expr *e, const struct ir_expr *a,
		       const struct ir_expr *b)
{
	e->loads_numbers = numbers_only(a) && numbers_only(b);
}
