/* SPDX-License-Identifier: GPL-2.0 */
/*
 * operator.h - which operator a BinaryOperator / UnaryOperator cursor is.
 */
#ifndef HMCHECK_FRONTEND_OPERATOR_H
#define HMCHECK_FRONTEND_OPERATOR_H

#include <stdbool.h>
#include <clang-c/Index.h>

/* Numbered as clang's own BinaryOperatorKind (OperationKinds.def). */
enum binary_op {
	BINOP_MUL = 2, BINOP_DIV, BINOP_REM, BINOP_ADD, BINOP_SUB, BINOP_SHL,
	BINOP_SHR, BINOP_CMP, BINOP_LT, BINOP_GT, BINOP_LE, BINOP_GE, BINOP_EQ,
	BINOP_NE, BINOP_AND, BINOP_XOR, BINOP_OR, BINOP_LAND, BINOP_LOR,
	BINOP_ASSIGN, BINOP_MUL_ASSIGN, BINOP_DIV_ASSIGN, BINOP_REM_ASSIGN,
	BINOP_ADD_ASSIGN, BINOP_SUB_ASSIGN, BINOP_SHL_ASSIGN, BINOP_SHR_ASSIGN,
	BINOP_AND_ASSIGN, BINOP_XOR_ASSIGN, BINOP_OR_ASSIGN, BINOP_COMMA,
	BINOP_UNKNOWN = -1,
};

/* Numbered as clang's own UnaryOperatorKind. */
enum unary_op {
	UNOP_POST_INC, UNOP_POST_DEC, UNOP_PRE_INC, UNOP_PRE_DEC, UNOP_ADDR_OF,
	UNOP_DEREF, UNOP_PLUS, UNOP_MINUS, UNOP_NOT, UNOP_LNOT, UNOP_REAL,
	UNOP_IMAG, UNOP_EXTENSION,
	UNOP_UNKNOWN = -1,
};

/*
 * Check once, on a small probe unit parsed with `index`, that operators can
 * be read on this libclang; false (after one message) if they cannot.
 */
bool operator_probe(CXIndex index);

enum binary_op binary_operator(CXCursor cursor);
enum unary_op unary_operator(CXCursor cursor);

#endif
