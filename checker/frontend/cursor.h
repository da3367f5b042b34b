/* SPDX-License-Identifier: GPL-2.0 */
/*
 * cursor.h - small questions asked of libclang cursors and types while
 * lowering: children as an array, wrappers to look through, kinds of type.
 */
#ifndef HMCHECK_FRONTEND_CURSOR_H
#define HMCHECK_FRONTEND_CURSOR_H

#include <stdbool.h>
#include <clang-c/Index.h>

struct cursor_list {
	int n;
	CXCursor *items;	/* malloc'ed; cursor_list_free() */
};

void cursor_children(CXCursor cursor, struct cursor_list *list);
void cursor_list_free(struct cursor_list *list);
int cursor_count_children(CXCursor cursor);
/* The only child, or a null cursor when there is not exactly one. */
CXCursor cursor_only_child(CXCursor cursor);
/* The last child that is an expression (the operand of a cast). */
CXCursor cursor_last_expression(CXCursor cursor);

/*
 * In an initializer list, `.field = value` and `[i] = value` are unexposed
 * expressions whose last child is the value: that value, else the item.
 */
CXCursor initializer_value(CXCursor item);

/* GNU `a ?: b`: libclang shows it unexposed, with four expression children. */
bool is_binary_conditional(CXCursor cursor);

/* Look through (x) and the implicit conversions clang shows as UnexposedExpr. */
CXCursor strip_parens(CXCursor cursor);
CXCursor strip_implicit(CXCursor cursor);
/* ...and through explicit casts as well. */
CXCursor strip_casts(CXCursor cursor);

bool type_is_pointer(CXType type);
bool type_is_page(CXType type);		/* struct page * or struct folio * */
bool type_is_aggregate(CXType type);	/* struct, union or array */
bool type_is_array(CXType type);
bool type_is_function(CXType type);
bool type_is_void(CXType type);

/* A reference to a variable or parameter. */
bool cursor_is_variable_ref(CXCursor cursor);

/* Integer value of a constant expression without side effects. */
bool cursor_constant(CXCursor cursor, long long *value);
/* A call, assignment, ++/-- or statement expression somewhere inside. */
bool cursor_has_side_effects(CXCursor cursor);

/*
 * Which of a for statement's children (body last) are the init, the
 * condition and the increment; a missing one is a null cursor.  Returns
 * false when it had to guess.
 */
bool for_statement_parts(CXCursor for_stmt, const struct cursor_list *children,
			 CXCursor *init, CXCursor *cond, CXCursor *inc);

#endif
