// SPDX-License-Identifier: GPL-2.0
/*
 * expr_key.c - an expression written out from the syntax tree, for the
 * conditions a macro body makes (macro_condition.c): their tokens are not
 * in the file, and this libclang prints no expression.  Constants are
 * their values, names their spelling; equal expressions give equal text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "expr_key.h"
#include "operator.h"
#include "source_text.h"

/* Past this, the key is cut and made unique by where it stands. */
#define MAX_KEY_BYTES	1024

struct key {
	char text[MAX_KEY_BYTES];
	size_t len;
	bool cut;
};

static void put(struct key *k, const char *s)
{
	size_t n = strlen(s);

	if (k->len + n >= sizeof(k->text)) {
		k->cut = true;
		return;
	}
	memcpy(k->text + k->len, s, n + 1);
	k->len += n;
}

static const char *binary_text(enum binary_op op)
{
	static const char *const names[] = {
		[BINOP_MUL] = "*", [BINOP_DIV] = "/", [BINOP_REM] = "%",
		[BINOP_ADD] = "+", [BINOP_SUB] = "-", [BINOP_SHL] = "<<",
		[BINOP_SHR] = ">>", [BINOP_LT] = "<", [BINOP_GT] = ">",
		[BINOP_LE] = "<=", [BINOP_GE] = ">=", [BINOP_EQ] = "==",
		[BINOP_NE] = "!=", [BINOP_AND] = "&", [BINOP_XOR] = "^",
		[BINOP_OR] = "|", [BINOP_LAND] = "&&", [BINOP_LOR] = "||",
		[BINOP_ASSIGN] = "=", [BINOP_COMMA] = ",",
	};

	if (op >= 0 && (size_t)op < sizeof(names) / sizeof(names[0]) && names[op])
		return names[op];
	return "?=";
}

static const char *unary_text(enum unary_op op)
{
	static const char *const names[] = {
		[UNOP_POST_INC] = "++", [UNOP_POST_DEC] = "--",
		[UNOP_PRE_INC] = "++", [UNOP_PRE_DEC] = "--",
		[UNOP_ADDR_OF] = "&", [UNOP_DEREF] = "*", [UNOP_PLUS] = "+",
		[UNOP_MINUS] = "-", [UNOP_NOT] = "~", [UNOP_LNOT] = "!",
	};

	if (op >= 0 && (size_t)op < sizeof(names) / sizeof(names[0]) && names[op])
		return names[op];
	return "?";
}

static void put_key(struct key *k, CXCursor c);

static void put_children(struct key *k, const struct cursor_list *l, int from,
			 const char *sep)
{
	int i;

	for (i = from; i < l->n; i++) {
		if (i > from)
			put(k, sep);
		put_key(k, l->items[i]);
	}
}

static void put_spelling(struct key *k, CXCursor c)
{
	CXString s = clang_getCursorSpelling(c);

	put(k, clang_getCString(s));
	clang_disposeString(s);
}

static void put_member(struct key *k, CXCursor c, const struct cursor_list *l)
{
	if (l->n > 0) {
		put_key(k, l->items[0]);
		put(k, type_is_pointer(clang_getCursorType(strip_implicit(l->items[0]))) ?
		       "->" : ".");
	}
	put_spelling(k, c);
}

static void put_unary(struct key *k, CXCursor c, const struct cursor_list *l)
{
	enum unary_op op = unary_operator(c);
	bool post = op == UNOP_POST_INC || op == UNOP_POST_DEC;

	if (!post)
		put(k, unary_text(op));
	put_children(k, l, 0, "");
	if (post)
		put(k, unary_text(op));
}

static void put_cast(struct key *k, CXCursor c)
{
	CXString type = clang_getTypeSpelling(clang_getCursorType(c));

	put(k, "(");
	put(k, clang_getCString(type));
	put(k, ")");
	clang_disposeString(type);
	put_key(k, cursor_last_expression(c));
}

static void put_composite(struct key *k, CXCursor c, const struct cursor_list *l)
{
	switch (clang_getCursorKind(c)) {
	case CXCursor_MemberRefExpr:
		put_member(k, c, l);
		break;
	case CXCursor_ParenExpr:
		put(k, "(");
		put_children(k, l, 0, "");
		put(k, ")");
		break;
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator:
		if (l->n == 2) {
			put_key(k, l->items[0]);
			put(k, " ");
			put(k, binary_text(binary_operator(c)));
			put(k, " ");
			put_key(k, l->items[1]);
		}
		break;
	case CXCursor_UnaryOperator:
		put_unary(k, c, l);
		break;
	case CXCursor_CallExpr:
		if (l->n > 0) {
			put_key(k, l->items[0]);
			put(k, "(");
			put_children(k, l, 1, ", ");
			put(k, ")");
		}
		break;
	case CXCursor_ArraySubscriptExpr:
		if (l->n == 2) {
			put_key(k, l->items[0]);
			put(k, "[");
			put_key(k, l->items[1]);
			put(k, "]");
		}
		break;
	case CXCursor_ConditionalOperator:
		put_children(k, l, 0, " ?: ");
		break;
	default:
		put(k, "{");
		put_children(k, l, 0, ", ");
		put(k, "}");
		break;
	}
}

static void put_key(struct key *k, CXCursor c)
{
	struct cursor_list children;
	char number[32];
	long long value;

	c = strip_implicit(c);
	if (k->cut)
		return;
	if (clang_getCursorKind(c) != CXCursor_DeclRefExpr && cursor_constant(c, &value)) {
		snprintf(number, sizeof(number), "%lld", value);
		put(k, number);
		return;
	}
	if (clang_getCursorKind(c) == CXCursor_DeclRefExpr) {
		put_spelling(k, c);
		return;
	}
	if (clang_getCursorKind(c) == CXCursor_CStyleCastExpr) {
		put_cast(k, c);
		return;
	}
	cursor_children(c, &children);
	put_composite(k, c, &children);
	cursor_list_free(&children);
}

char *expr_key(CXCursor cursor, struct ir_loc where)
{
	struct key *k = calloc(1, sizeof(*k));
	char *text;

	if (!k)
		abort();
	put_key(k, cursor);
	if (k->cut)
		snprintf(k->text, sizeof(k->text), "[a long condition at %s:%u:%u]",
			 where.file ? where.file : "", where.line, where.col);
	text = strdup(k->text);
	free(k);
	if (!text)
		abort();
	return text;
}
