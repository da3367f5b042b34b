// SPDX-License-Identifier: GPL-2.0
/*
 * operator.c - read the operator of an operator cursor.
 *
 * libclang 14 has no call for it (clang_getCursorBinaryOperatorKind came in
 * LLVM 17), its pretty printer only prints declarations, and inside a macro
 * body the operator's token cannot be found from the C API (every location
 * it gives is the expansion's).  But `x = y` written in list_for_each_entry()
 * or READ_ONCE() must be lowered right.  So the opcode is read where clang
 * keeps it, in the bitfields at the start of the Stmt node the cursor points
 * to; a probe over a unit with every operator in a known order confirms the
 * layout on the running libclang before any of it is trusted.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "operator.h"

/* Stmt class (8 bits), then Expr's value kind, object kind, dependence. */
#define OPCODE_SHIFT	18
#define BINARY_BITS	0x3f
#define UNARY_BITS	0x1f

static int probe_state;		/* 0 unknown, 1 good, -1 unusable */

static unsigned opcode_bits(CXCursor cursor)
{
	const uint32_t *node = cursor.data[1];

	return node ? *node >> OPCODE_SHIFT : ~0u;
}

enum binary_op binary_operator(CXCursor cursor)
{
	enum CXCursorKind kind = clang_getCursorKind(cursor);
	unsigned op;

	if (probe_state != 1 || (kind != CXCursor_BinaryOperator &&
				 kind != CXCursor_CompoundAssignOperator))
		return BINOP_UNKNOWN;
	op = opcode_bits(cursor) & BINARY_BITS;
	if (op < BINOP_MUL || op > BINOP_COMMA)
		return BINOP_UNKNOWN;
	return (enum binary_op)op;
}

enum unary_op unary_operator(CXCursor cursor)
{
	unsigned op;

	if (probe_state != 1 || clang_getCursorKind(cursor) != CXCursor_UnaryOperator)
		return UNOP_UNKNOWN;
	op = opcode_bits(cursor) & UNARY_BITS;
	if (op > UNOP_EXTENSION)
		return UNOP_UNKNOWN;
	return (enum unary_op)op;
}

static const char probe_source[] =
	"void probe(int a, int b, int *p)\n"
	"{\n"
	"\ta * b; a / b; a % b; a + b; a - b; a << b; a >> b;\n"
	"\ta < b; a > b; a <= b; a >= b; a == b; a != b; a & b; a ^ b; a | b;\n"
	"\ta && b; a || b; a = b; a *= b; a /= b; a %= b; a += b; a -= b;\n"
	"\ta <<= b; a >>= b; a &= b; a ^= b; a |= b; a, b;\n"
	"\ta++; a--; ++a; --a; &a; *p; +a; -a; ~a; !a;\n"
	"}\n";

struct probe_walk {
	int nbinary;		/* next expected binary opcode - BINOP_MUL */
	int nunary;
	bool bad;
};

static enum CXChildVisitResult probe_visit(CXCursor cursor, CXCursor parent,
					   CXClientData data)
{
	struct probe_walk *walk = data;
	enum CXCursorKind kind = clang_getCursorKind(cursor);

	(void)parent;
	if (kind == CXCursor_BinaryOperator || kind == CXCursor_CompoundAssignOperator) {
		int expected = BINOP_MUL + walk->nbinary++;

		if (expected >= BINOP_CMP)
			expected++;	/* <=> is C++ only: not in the probe */
		if (binary_operator(cursor) != (enum binary_op)expected)
			walk->bad = true;
		return CXChildVisit_Continue;
	}
	if (kind == CXCursor_UnaryOperator) {
		if (unary_operator(cursor) != UNOP_POST_INC + walk->nunary++)
			walk->bad = true;
		return CXChildVisit_Continue;
	}
	return CXChildVisit_Recurse;
}

static bool run_probe(CXIndex index)
{
	struct CXUnsavedFile file = {
		"hmcheck-operator-probe.c", probe_source, sizeof(probe_source) - 1
	};
	struct probe_walk walk = { 0 };
	CXTranslationUnit unit = NULL;

	if (clang_parseTranslationUnit2(index, file.Filename, NULL, 0, &file, 1,
					CXTranslationUnit_None, &unit) != CXError_Success)
		return false;
	clang_visitChildren(clang_getTranslationUnitCursor(unit), probe_visit, &walk);
	clang_disposeTranslationUnit(unit);
	return !walk.bad && walk.nbinary == BINOP_COMMA - BINOP_MUL &&
	       walk.nunary == UNOP_LNOT + 1;
}

bool operator_probe(CXIndex index)
{
	if (probe_state == 0) {
		probe_state = 1;	/* let the readers answer during the probe */
		if (!run_probe(index)) {
			probe_state = -1;
			fprintf(stderr, "hmcheck: warning: cannot read operators on this "
				"libclang; assignments and conditions will be approximate\n");
		}
	}
	return probe_state == 1;
}
