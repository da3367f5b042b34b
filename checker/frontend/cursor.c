// SPDX-License-Identifier: GPL-2.0
/*
 * cursor.c - helpers over libclang cursors and types.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "operator.h"

struct child_walk {
	struct cursor_list *list;
	int capacity;
};

static enum CXChildVisitResult add_child(CXCursor cursor, CXCursor parent,
					 CXClientData data)
{
	struct child_walk *walk = data;
	struct cursor_list *list = walk->list;

	(void)parent;
	if (list->n == walk->capacity) {
		walk->capacity = walk->capacity ? walk->capacity * 2 : 8;
		list->items = realloc(list->items, walk->capacity * sizeof(CXCursor));
		if (!list->items) {
			fprintf(stderr, "hmcheck: out of memory (cursor list)\n");
			exit(2);
		}
	}
	list->items[list->n++] = cursor;
	return CXChildVisit_Continue;
}

void cursor_children(CXCursor cursor, struct cursor_list *list)
{
	struct child_walk walk = { list, 0 };

	list->n = 0;
	list->items = NULL;
	clang_visitChildren(cursor, add_child, &walk);
}

void cursor_list_free(struct cursor_list *list)
{
	free(list->items);
	list->items = NULL;
	list->n = 0;
}

static enum CXChildVisitResult count_child(CXCursor cursor, CXCursor parent,
					   CXClientData data)
{
	(void)cursor;
	(void)parent;
	++*(int *)data;
	return CXChildVisit_Continue;
}

int cursor_count_children(CXCursor cursor)
{
	int n = 0;

	clang_visitChildren(cursor, count_child, &n);
	return n;
}

CXCursor cursor_only_child(CXCursor cursor)
{
	struct cursor_list list;
	CXCursor only = clang_getNullCursor();

	cursor_children(cursor, &list);
	if (list.n == 1)
		only = list.items[0];
	cursor_list_free(&list);
	return only;
}

CXCursor cursor_last_expression(CXCursor cursor)
{
	struct cursor_list list;
	CXCursor last = clang_getNullCursor();

	cursor_children(cursor, &list);
	for (int i = 0; i < list.n; i++)
		if (clang_isExpression(clang_getCursorKind(list.items[i])))
			last = list.items[i];
	cursor_list_free(&list);
	return last;
}

CXCursor strip_parens(CXCursor cursor)
{
	while (clang_getCursorKind(cursor) == CXCursor_ParenExpr) {
		CXCursor inner = cursor_only_child(cursor);

		if (clang_Cursor_isNull(inner))
			break;
		cursor = inner;
	}
	return cursor;
}

/* An implicit conversion that keeps the value: not array or function decay. */
static bool is_value_wrapper(CXCursor cursor, CXCursor *inner)
{
	if (clang_getCursorKind(cursor) != CXCursor_UnexposedExpr)
		return false;
	*inner = cursor_only_child(cursor);
	if (clang_Cursor_isNull(*inner) ||
	    !clang_isExpression(clang_getCursorKind(*inner)))
		return false;
	return !type_is_array(clang_getCursorType(*inner)) &&
	       !type_is_function(clang_getCursorType(*inner));
}

CXCursor strip_implicit(CXCursor cursor)
{
	CXCursor inner;

	for (;;) {
		cursor = strip_parens(cursor);
		if (!is_value_wrapper(cursor, &inner))
			return cursor;
		cursor = inner;
	}
}

CXCursor strip_casts(CXCursor cursor)
{
	for (;;) {
		CXCursor inner;

		cursor = strip_implicit(cursor);
		if (clang_getCursorKind(cursor) != CXCursor_CStyleCastExpr)
			return cursor;
		inner = cursor_last_expression(cursor);
		if (clang_Cursor_isNull(inner))
			return cursor;
		cursor = inner;
	}
}

bool type_is_pointer(CXType type)
{
	return clang_getCanonicalType(type).kind == CXType_Pointer;
}

bool type_is_page(CXType type)
{
	CXType canonical = clang_getCanonicalType(type);
	CXCursor decl;
	CXString name;
	bool page;

	if (canonical.kind != CXType_Pointer)
		return false;
	decl = clang_getTypeDeclaration(clang_getPointeeType(canonical));
	if (clang_getCursorKind(decl) != CXCursor_StructDecl)
		return false;
	name = clang_getCursorSpelling(decl);
	page = strcmp(clang_getCString(name), "page") == 0 ||
	       strcmp(clang_getCString(name), "folio") == 0;
	clang_disposeString(name);
	return page;
}

bool type_is_array(CXType type)
{
	switch (clang_getCanonicalType(type).kind) {
	case CXType_ConstantArray:
	case CXType_IncompleteArray:
	case CXType_VariableArray:
	case CXType_DependentSizedArray:
		return true;
	default:
		return false;
	}
}

bool type_is_aggregate(CXType type)
{
	return clang_getCanonicalType(type).kind == CXType_Record || type_is_array(type);
}

bool type_is_function(CXType type)
{
	enum CXTypeKind kind = clang_getCanonicalType(type).kind;

	return kind == CXType_FunctionProto || kind == CXType_FunctionNoProto;
}

bool type_is_void(CXType type)
{
	return clang_getCanonicalType(type).kind == CXType_Void;
}

/*
 * __builtin_constant_p() does not evaluate its operand, and clang folds it:
 * to 1 for a constant, to 0 for a variable, as a function body read on its
 * own has it.  The kernel's per-CPU operations, bit operations and uaccess
 * size checks choose their code with it: folded, one path instead of two.
 */
static bool is_constant_p_call(CXCursor call)
{
	CXString name = clang_getCursorSpelling(call);
	bool is = strcmp(clang_getCString(name), "__builtin_constant_p") == 0;

	clang_disposeString(name);
	return is;
}

struct effects {
	bool found;		/* a side effect */
	bool constant_p;	/* a __builtin_constant_p() to fold */
};

static enum CXChildVisitResult find_side_effect(CXCursor cursor, CXCursor parent,
						CXClientData data)
{
	struct effects *e = data;
	enum unary_op unary;
	enum binary_op binary;

	(void)parent;
	switch (clang_getCursorKind(cursor)) {
	case CXCursor_CallExpr:
		if (is_constant_p_call(cursor)) {
			e->constant_p = true;
			return CXChildVisit_Continue;
		}
		e->found = true;
		return CXChildVisit_Break;
	case CXCursor_StmtExpr:
	case CXCursor_CompoundAssignOperator:
		e->found = true;
		return CXChildVisit_Break;
	case CXCursor_UnaryExpr:	/* sizeof: its operand is not evaluated */
		return CXChildVisit_Continue;
	case CXCursor_BinaryOperator:
		binary = binary_operator(cursor);
		if (binary == BINOP_ASSIGN || binary == BINOP_UNKNOWN) {
			e->found = true;
			return CXChildVisit_Break;
		}
		return CXChildVisit_Recurse;
	case CXCursor_UnaryOperator:
		unary = unary_operator(cursor);
		if (unary <= UNOP_PRE_DEC) {	/* ++, -- or unknown */
			e->found = true;
			return CXChildVisit_Break;
		}
		return CXChildVisit_Recurse;
	default:
		return CXChildVisit_Recurse;
	}
}

static void find_effects(CXCursor cursor, struct effects *e)
{
	if (find_side_effect(cursor, clang_getNullCursor(), e) == CXChildVisit_Break ||
	    clang_getCursorKind(cursor) == CXCursor_UnaryExpr || e->constant_p)
		return;
	clang_visitChildren(cursor, find_side_effect, e);
}

bool cursor_has_side_effects(CXCursor cursor)
{
	struct effects e = { false, false };

	find_effects(cursor, &e);
	return e.found;
}

static bool clang_constant(CXCursor cursor, long long *value)
{
	CXEvalResult result = clang_Cursor_Evaluate(cursor);
	bool ok = false;

	if (!result)
		return false;
	if (clang_EvalResult_getKind(result) == CXEval_Int) {
		if (clang_EvalResult_isUnsignedInt(result))
			*value = (long long)clang_EvalResult_getAsUnsigned(result);
		else
			*value = clang_EvalResult_getAsLongLong(result);
		ok = true;
	}
	clang_EvalResult_dispose(result);
	return ok;
}

static bool fold(CXCursor cursor, long long *value);

/* a && b, a || b, !a, c ? a : b, around __builtin_constant_p(). */
static bool fold_children(CXCursor cursor, enum CXCursorKind kind,
			  long long *value)
{
	struct cursor_list c;
	bool ok = false;
	long long v;

	cursor_children(cursor, &c);
	if (kind == CXCursor_UnaryOperator && c.n == 1 && fold(c.items[0], &v)) {
		*value = !v;
		ok = true;
	} else if (kind == CXCursor_BinaryOperator && c.n == 2 &&
		   fold(c.items[0], &v)) {
		bool decides = binary_operator(cursor) == BINOP_LAND ? !v : v;

		ok = decides || fold(c.items[1], &v);
		*value = v != 0;
	} else if (kind == CXCursor_ConditionalOperator && c.n == 3 &&
		   fold(c.items[0], &v)) {
		ok = fold(c.items[v ? 1 : 2], value);
	}
	cursor_list_free(&c);
	return ok;
}

static bool foldable_kind(CXCursor cursor, enum CXCursorKind kind)
{
	switch (kind) {
	case CXCursor_UnaryOperator:
		return unary_operator(cursor) == UNOP_LNOT;
	case CXCursor_BinaryOperator:
		return binary_operator(cursor) == BINOP_LAND ||
		       binary_operator(cursor) == BINOP_LOR;
	case CXCursor_ConditionalOperator:
		return true;
	default:
		return false;
	}
}

static bool fold(CXCursor cursor, long long *value)
{
	enum CXCursorKind kind;
	CXCursor inner = strip_casts(cursor);

	if (clang_constant(cursor, value))
		return true;
	kind = clang_getCursorKind(inner);
	if (foldable_kind(inner, kind))
		return fold_children(inner, kind, value);
	if (kind == CXCursor_CallExpr && is_constant_p_call(inner)) {
		long long ignored;
		struct cursor_list c;

		cursor_children(inner, &c);
		*value = c.n == 2 && clang_constant(c.items[1], &ignored);
		cursor_list_free(&c);
		return true;
	}
	return false;
}

bool cursor_constant(CXCursor cursor, long long *value)
{
	struct effects e = { false, false };

	if (!clang_isExpression(clang_getCursorKind(cursor)))
		return false;
	find_effects(cursor, &e);
	if (e.found)
		return false;
	return e.constant_p ? fold(cursor, value) : clang_constant(cursor, value);
}

bool cursor_is_variable_ref(CXCursor cursor)
{
	enum CXCursorKind kind;

	if (clang_getCursorKind(cursor) != CXCursor_DeclRefExpr)
		return false;
	kind = clang_getCursorKind(clang_getCursorReferenced(cursor));
	return kind == CXCursor_VarDecl || kind == CXCursor_ParmDecl;
}

CXCursor initializer_value(CXCursor item)
{
	struct cursor_list children;
	CXCursor value = item;

	if (clang_getCursorKind(item) != CXCursor_UnexposedExpr)
		return item;
	cursor_children(item, &children);
	if (children.n >= 2 &&
	    clang_isExpression(clang_getCursorKind(children.items[children.n - 1])))
		value = children.items[children.n - 1];
	cursor_list_free(&children);
	return value;
}

bool is_binary_conditional(CXCursor cursor)
{
	struct cursor_list children;
	bool all_expressions = true;
	int n;

	if (clang_getCursorKind(cursor) != CXCursor_UnexposedExpr)
		return false;
	cursor_children(cursor, &children);
	n = children.n;
	for (int i = 0; i < n; i++)
		if (!clang_isExpression(clang_getCursorKind(children.items[i])))
			all_expressions = false;
	cursor_list_free(&children);
	return n == 4 && all_expressions;
}
