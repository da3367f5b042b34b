// SPDX-License-Identifier: GPL-2.0
/*
 * lower_expr.c - expressions as values: the operand an instruction sees,
 * after the calls and side effects inside it have been emitted.
 */
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "operator.h"
#include "source_text.h"

struct ir_expr no_expr(void)
{
	struct ir_expr e = { .kind = IR_EXPR_NONE, .var = -1, .text = "" };

	return e;
}

static struct ir_expr other_expr(struct lower *lw, const struct ir_expr *a,
				 const struct ir_expr *b)
{
	struct ir_expr e = no_expr();
	struct ir_expr none = no_expr();

	e.kind = IR_EXPR_OTHER;
	e.reads = merge_reads(lw, a ? a : &none, b ? b : &none, &e.nreads);
	return e;
}

struct ir_expr var_expr(struct lower *lw, int var)
{
	struct ir_expr e = no_expr();

	e.kind = IR_EXPR_VAR;
	e.var = var;
	e.is_pointer = lw->vars[var].is_pointer;
	e.is_page = lw->vars[var].is_page;
	e.nreads = 1;
	e.reads = arena_copy(&lw->tu->arena, &var, sizeof(var));
	return e;
}

struct ir_expr const_expr(long long value)
{
	struct ir_expr e = no_expr();

	e.kind = IR_EXPR_CONST;
	e.has_value = 1;
	e.value = value;
	return e;
}

static bool has_read(const int *reads, int n, int var)
{
	for (int i = 0; i < n; i++)
		if (reads[i] == var)
			return true;
	return false;
}

int *merge_reads(struct lower *lw, const struct ir_expr *a, const struct ir_expr *b,
		 int *nreads)
{
	int *reads = arena_alloc(&lw->tu->arena, (a->nreads + b->nreads + 1) * sizeof(int));
	int n = 0;

	for (int i = 0; i < a->nreads; i++)
		if (!has_read(reads, n, a->reads[i]))
			reads[n++] = a->reads[i];
	for (int i = 0; i < b->nreads; i++)
		if (!has_read(reads, n, b->reads[i]))
			reads[n++] = b->reads[i];
	*nreads = n;
	return reads;
}

static struct ir_expr lower_decl_ref(struct lower *lw, CXCursor expr)
{
	CXCursor decl = clang_getCursorReferenced(expr);
	long long value;

	switch (clang_getCursorKind(decl)) {
	case CXCursor_VarDecl:
	case CXCursor_ParmDecl:
		return var_expr(lw, var_for_decl(lw, decl));
	case CXCursor_EnumConstantDecl:
		if (cursor_constant(expr, &value))
			return const_expr(value);
		break;
	default:
		break;
	}
	return other_expr(lw, NULL, NULL);
}

static struct ir_expr lower_constant(struct lower *lw, CXCursor expr)
{
	long long value;

	if (cursor_constant(expr, &value))
		return const_expr(value);
	return other_expr(lw, NULL, NULL);
}

/* An implicit conversion, or one of the expressions libclang does not name. */
static struct ir_expr lower_unexposed(struct lower *lw, CXCursor expr)
{
	struct cursor_list children;
	struct ir_expr e;
	long long value;

	cursor_children(expr, &children);
	if (children.n == 1 && clang_isExpression(clang_getCursorKind(children.items[0]))) {
		CXCursor inner = children.items[0];
		CXType type = clang_getCursorType(inner);

		if (type_is_array(type) && !type_is_array(clang_getCursorType(expr))) {
			struct place place = lower_place(lw, inner);

			e = address_of_place(lw, &place);
		} else if (type_is_function(type)) {
			e = other_expr(lw, NULL, NULL);
		} else {
			e = lower_value(lw, inner);
		}
	} else if (is_binary_conditional(expr)) {
		e = lower_binary_conditional(lw, expr, true);
	} else if (cursor_constant(expr, &value)) {
		e = const_expr(value);
	} else if (children.n == 3 && clang_isExpression(clang_getCursorKind(children.items[1])) &&
		   cursor_constant(children.items[0], &value)) {
		e = lower_value(lw, children.items[value ? 1 : 2]);	/* choose_expr */
	} else {
		if (children.n > 0)
			cannot_lower(lw, expr, "an unexposed expression");
		e = other_expr(lw, NULL, NULL);
	}
	cursor_list_free(&children);
	return e;
}

static struct ir_expr lower_cast(struct lower *lw, CXCursor expr)
{
	CXCursor inner = cursor_last_expression(expr);

	if (clang_Cursor_isNull(inner))
		return other_expr(lw, NULL, NULL);
	if (type_is_void(clang_getCursorType(expr))) {
		lower_effect(lw, inner);
		return other_expr(lw, NULL, NULL);
	}
	return lower_value(lw, inner);
}

static struct ir_expr fold_unary(enum unary_op op, struct ir_expr e)
{
	switch (op) {
	case UNOP_MINUS:
		return const_expr(-e.value);
	case UNOP_NOT:
		return const_expr(~e.value);
	case UNOP_LNOT:
		return const_expr(!e.value);
	default:
		return const_expr(e.value);
	}
}

static struct ir_expr lower_unary(struct lower *lw, CXCursor expr)
{
	enum unary_op op = unary_operator(expr);
	CXCursor operand = cursor_only_child(expr);
	struct place place;
	struct ir_expr e;

	if (op == UNOP_ADDR_OF) {
		place = lower_place(lw, operand);
		e = address_of_place(lw, &place);
		/* &p->m: p is not NULL (ir.h nonnull_address) */
		e.nonnull_address = place.kind == PLACE_THROUGH_VAR &&
				    clang_getCursorKind(strip_parens(operand)) ==
					    CXCursor_MemberRefExpr;
		return e;
	}
	if (op == UNOP_DEREF) {
		place = lower_place(lw, expr);
		return load_place(lw, &place, expr);
	}
	if (op >= UNOP_POST_INC && op <= UNOP_PRE_DEC)
		return lower_update(lw, expr, operand, clang_getNullCursor());
	if (op == UNOP_UNKNOWN)
		cannot_lower(lw, expr, "an unknown unary operator");
	e = lower_value(lw, operand);
	if (op == UNOP_EXTENSION || op == UNOP_PLUS)
		return e;
	if (e.kind == IR_EXPR_CONST && op != UNOP_REAL && op != UNOP_IMAG)
		return fold_unary(op, e);
	if (op == UNOP_LNOT) {
		struct ir_expr not = other_expr(lw, &e, NULL);

		integer_not_facts(&not, &e);
		truth_not_facts(&not, &e, operand);
		loads_of_operands(&not, &e, NULL);
		return not;
	}
	return other_expr(lw, &e, NULL);
}

static bool pointer_var(struct lower *lw, const struct ir_expr *e)
{
	return e->kind == IR_EXPR_VAR && lw->vars[e->var].is_pointer;
}

/*
 * An unsigned long variable: the kernel's integer for an address (cache
 * maintenance walks `va + offset`, page table code `addr & PAGE_MASK`).
 */
static bool address_int_var(struct lower *lw, const struct ir_expr *e)
{
	enum CXTypeKind kind;

	if (e->kind != IR_EXPR_VAR || e->var < 0 || lw->vars[e->var].is_pointer ||
	    clang_Cursor_isNull(lw->var_decls[e->var]))
		return false;
	kind = clang_getCanonicalType(clang_getCursorType(lw->var_decls[e->var])).kind;
	return kind == CXType_Long || kind == CXType_ULong;
}

/*
 * p + n, n + p, p - n, p & mask: still the object `p` points into; the
 * same of an address held in an unsigned long.
 */
static struct ir_expr arithmetic(struct lower *lw, enum binary_op op,
				 struct ir_expr a, struct ir_expr b)
{
	struct ir_expr e = other_expr(lw, &a, &b);
	bool offsets = op == BINOP_ADD || op == BINOP_SUB || op == BINOP_AND;

	if (offsets && (pointer_var(lw, &a) || address_int_var(lw, &a)) &&
	    !pointer_var(lw, &b)) {
		e.kind = IR_EXPR_VAR;
		e.var = a.var;
		e.offset = 1;
	} else if (op == BINOP_ADD && pointer_var(lw, &b) && !pointer_var(lw, &a)) {
		e.kind = IR_EXPR_VAR;
		e.var = b.var;
		e.offset = 1;
	} else if ((op == BINOP_ADD || op == BINOP_SUB) && a.kind == IR_EXPR_ADDR_OF) {
		e.kind = IR_EXPR_ADDR_OF;
		e.var = a.var;
	} else if ((op == BINOP_ADD || op == BINOP_SUB) && a.kind == IR_EXPR_MEMORY &&
		   a.is_pointer) {
		e.kind = IR_EXPR_MEMORY;	/* s->vaddr + off */
		e.var = a.var;
		e.offset = 1;
	}
	return e;
}

static struct ir_expr lower_binary(struct lower *lw, CXCursor expr)
{
	enum binary_op op = binary_operator(expr);
	struct cursor_list children;
	struct ir_expr a, b, e;

	if (op == BINOP_ASSIGN)
		return lower_assignment(lw, expr);
	if (op == BINOP_LAND || op == BINOP_LOR)
		return lower_logical_value(lw, expr);
	cursor_children(expr, &children);
	if (children.n != 2) {
		cursor_list_free(&children);
		cannot_lower(lw, expr, "a binary operator");
		return other_expr(lw, NULL, NULL);
	}
	if (op == BINOP_COMMA) {
		lower_effect(lw, children.items[0]);
		a = lower_value(lw, children.items[1]);
	} else {
		if (op == BINOP_UNKNOWN)
			cannot_lower(lw, expr, "an unknown binary operator");
		a = lower_value(lw, children.items[0]);
		b = lower_value(lw, children.items[1]);
		e = arithmetic(lw, op, a, b);
		integer_binary_facts(lw, &e, op, &a, children.items[0],
				     &b, children.items[1]);
		loads_of_operands(&e, &a, &b);
		a = e;
	}
	cursor_list_free(&children);
	return a;
}

static struct ir_expr lower_update_operator(struct lower *lw, CXCursor expr)
{
	struct cursor_list children;
	struct ir_expr e;

	cursor_children(expr, &children);
	if (children.n == 2) {
		e = lower_update(lw, expr, children.items[0], children.items[1]);
	} else {
		cannot_lower(lw, expr, "a compound assignment");
		e = other_expr(lw, NULL, NULL);
	}
	cursor_list_free(&children);
	return e;
}

/* Initializers evaluated for their side effects: the value is "other". */
static struct ir_expr lower_children_for_effect(struct lower *lw, CXCursor expr)
{
	struct cursor_list children;

	cursor_children(expr, &children);
	for (int i = 0; i < children.n; i++)
		if (clang_isExpression(clang_getCursorKind(children.items[i])))
			lower_effect(lw, initializer_value(children.items[i]));
	cursor_list_free(&children);
	return other_expr(lw, NULL, NULL);
}

/*
 * _Generic: libclang does not say which association was chosen, but the
 * chosen one has the type of the whole expression.  The controlling
 * expression (the first child) is not evaluated.
 */
static struct ir_expr lower_generic(struct lower *lw, CXCursor expr)
{
	CXType type = clang_getCanonicalType(clang_getCursorType(expr));
	struct cursor_list children;
	struct ir_expr e = no_expr();
	bool found = false;

	cursor_children(expr, &children);
	for (int i = 1; i < children.n && !found; i++) {
		CXCursor item = children.items[i];

		if (!clang_isExpression(clang_getCursorKind(item)) ||
		    !clang_equalTypes(clang_getCanonicalType(clang_getCursorType(item)), type))
			continue;
		e = lower_value(lw, item);
		found = true;
	}
	cursor_list_free(&children);
	if (!found) {
		cannot_lower(lw, expr, "a _Generic selection");
		e = other_expr(lw, NULL, NULL);
	}
	return e;
}

static struct ir_expr lower_memory(struct lower *lw, CXCursor expr)
{
	struct place place = lower_place(lw, expr);
	struct ir_expr e = load_place(lw, &place, expr);

	loads_of_member(&e, expr);
	return e;
}

static struct ir_expr lower_by_kind(struct lower *lw, CXCursor expr)
{
	switch (clang_getCursorKind(expr)) {
	case CXCursor_UnexposedExpr:
		return lower_unexposed(lw, expr);
	case CXCursor_DeclRefExpr:
		return lower_decl_ref(lw, expr);
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
	case CXCursor_UnaryExpr:		/* sizeof, _Alignof */
		return lower_constant(lw, expr);
	case CXCursor_GNUNullExpr:
		return const_expr(0);
	case CXCursor_ParenExpr:
		return lower_value(lw, cursor_only_child(expr));
	case CXCursor_CStyleCastExpr:
		return lower_cast(lw, expr);
	case CXCursor_UnaryOperator:
		return lower_unary(lw, expr);
	case CXCursor_BinaryOperator:
		return lower_binary(lw, expr);
	case CXCursor_CompoundAssignOperator:
		return lower_update_operator(lw, expr);
	case CXCursor_ConditionalOperator:
		return lower_conditional(lw, expr, true);
	case CXCursor_CallExpr:
		return lower_call(lw, expr, -1, true);
	case CXCursor_MemberRefExpr:
	case CXCursor_ArraySubscriptExpr:
		return lower_memory(lw, expr);
	case CXCursor_StmtExpr:
		return lower_stmt_expr(lw, expr, true);
	case CXCursor_CompoundLiteralExpr:
	case CXCursor_InitListExpr:
		return lower_children_for_effect(lw, expr);
	case CXCursor_GenericSelectionExpr:
		return lower_generic(lw, expr);
	case CXCursor_FloatingLiteral:
	case CXCursor_ImaginaryLiteral:
	case CXCursor_StringLiteral:
	case CXCursor_AddrLabelExpr:
		return other_expr(lw, NULL, NULL);
	default:
		cannot_lower_kind(lw, expr, "expression");
		return other_expr(lw, NULL, NULL);
	}
}

struct ir_expr lower_value(struct lower *lw, CXCursor expr)
{
	struct ir_expr e;
	struct open_macro m;
	bool invocation;
	CXType type;

	if (clang_Cursor_isNull(expr))
		return no_expr();
	invocation = macro_open(lw, expr, &m);
	e = lower_by_kind(lw, expr);
	if (invocation)
		macro_close(lw, &m);
	type = clang_getCursorType(expr);
	if (e.kind != IR_EXPR_NONE) {
		e.is_pointer = type_is_pointer(type);
		e.is_page = type_is_page(type);
	}
	return e;
}

struct ir_expr lower_operand(struct lower *lw, CXCursor expr)
{
	struct ir_expr e;
	long long value;

	if (clang_Cursor_isNull(expr))
		return no_expr();
	if (!cursor_is_variable_ref(strip_casts(expr)) && cursor_constant(expr, &value)) {
		e = const_expr(value);
		e.is_pointer = type_is_pointer(clang_getCursorType(expr));
	} else {
		e = lower_value(lw, expr);
	}
	/*
	 * A cast does not move a place: `(void *)d.contents` is where
	 * `d.contents = (unsigned long)kmap_atomic(p)` stored the address,
	 * and stores are found by their text.
	 */
	e.text = cursor_text(lw->tu, e.kind == IR_EXPR_MEMORY ? strip_casts(expr) : expr);
	e.loc = cursor_start(lw->tu, expr);
	return e;
}

static void lower_binary_effect(struct lower *lw, CXCursor expr)
{
	enum binary_op op = binary_operator(expr);
	struct cursor_list children;
	int join;

	if (op == BINOP_LAND || op == BINOP_LOR) {
		join = new_block(lw);
		lower_cond(lw, expr, join, join);
		start_block(lw, join);
		return;
	}
	cursor_children(expr, &children);
	if (op == BINOP_COMMA && children.n == 2) {
		lower_effect(lw, children.items[0]);
		lower_effect(lw, children.items[1]);
	} else {
		lower_value(lw, expr);
	}
	cursor_list_free(&children);
}

static void lower_effect_kind(struct lower *lw, CXCursor expr)
{
	expr = strip_parens(expr);
	switch (clang_getCursorKind(expr)) {
	case CXCursor_CallExpr:
		lower_call(lw, expr, -1, false);
		return;
	case CXCursor_CStyleCastExpr:
		lower_effect(lw, cursor_last_expression(expr));
		return;
	case CXCursor_BinaryOperator:
		lower_binary_effect(lw, expr);
		return;
	case CXCursor_ConditionalOperator:
		lower_conditional(lw, expr, false);
		return;
	case CXCursor_StmtExpr:
		lower_stmt_expr(lw, expr, false);
		return;
	case CXCursor_UnexposedExpr:
		if (is_binary_conditional(expr)) {
			lower_binary_conditional(lw, expr, false);
			return;
		}
		break;
	default:
		break;
	}
	lower_value(lw, expr);
}

void lower_effect(struct lower *lw, CXCursor expr)
{
	struct open_macro m;
	bool invocation = macro_open(lw, expr, &m);

	lower_effect_kind(lw, expr);
	if (invocation)
		macro_close(lw, &m);
}
