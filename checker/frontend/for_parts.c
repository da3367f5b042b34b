// SPDX-License-Identifier: GPL-2.0
/*
 * for_parts.c - tell a for statement's init, condition and increment apart.
 *
 * libclang visits only the parts that are present, so `for (; c; i++)` and
 * `for (i = 0; c;)` both show two expressions before the body, and the
 * tokens are no help when the loop comes from a macro (list_for_each_entry).
 * Clang's ForStmt keeps the parts in a fixed array right after the 8-byte
 * Stmt header, in the order init, condition variable, condition, increment,
 * body; a child's cursor points at the same node.  The layout is confirmed
 * on every use by finding the body where it must be; if it is not there we
 * fall back to a guess and say so.
 */
#include <stdint.h>

#include "cursor.h"

enum { FOR_INIT, FOR_CONDITION_VARIABLE, FOR_CONDITION, FOR_INCREMENT, FOR_BODY,
       FOR_NPARTS };

#define STMT_HEADER_SIZE	8

static const void *const *for_slots(CXCursor for_stmt)
{
	const char *node = for_stmt.data[1];

	return (const void *const *)(node + STMT_HEADER_SIZE);
}

static bool layout_confirmed(CXCursor for_stmt, CXCursor body)
{
	return for_stmt.data[1] && for_slots(for_stmt)[FOR_BODY] == body.data[1];
}

/* When the layout is unknown: all three, none, or the likeliest shape. */
static bool guess_parts(const struct cursor_list *children, int nheader,
			CXCursor *init, CXCursor *cond, CXCursor *inc)
{
	if (nheader == 3) {
		*init = children->items[0];
		*cond = children->items[1];
		*inc = children->items[2];
		return true;
	}
	if (nheader == 0)
		return true;
	if (clang_getCursorKind(children->items[0]) == CXCursor_DeclStmt) {
		*init = children->items[0];
		if (nheader == 2)
			*cond = children->items[1];
		return false;
	}
	*cond = children->items[0];
	if (nheader == 2)
		*inc = children->items[1];
	return false;
}

bool for_statement_parts(CXCursor for_stmt, const struct cursor_list *children,
			 CXCursor *init, CXCursor *cond, CXCursor *inc)
{
	int nheader = children->n - 1;
	const void *const *slots;

	*init = *cond = *inc = clang_getNullCursor();
	if (nheader < 0)
		return false;
	if (!layout_confirmed(for_stmt, children->items[nheader]))
		return guess_parts(children, nheader, init, cond, inc);
	slots = for_slots(for_stmt);
	for (int i = 0; i < nheader; i++) {
		const void *node = children->items[i].data[1];

		if (node == slots[FOR_INIT])
			*init = children->items[i];
		else if (node == slots[FOR_CONDITION])
			*cond = children->items[i];
		else if (node == slots[FOR_INCREMENT])
			*inc = children->items[i];
	}
	return true;
}
