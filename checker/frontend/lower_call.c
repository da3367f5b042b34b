// SPDX-License-Identifier: GPL-2.0
/*
 * lower_call.c - calls: arguments left to right, the result into a temp or
 * straight into the assigned variable, the macro the call was written
 * through, clobbers for addresses passed, and the end of the path after a
 * function that does not return.
 */
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "source_text.h"

static const char *const noreturn_builtins[] = {
	"__builtin_unreachable", "__builtin_trap", NULL
};

static bool attribute_says_noreturn(struct tu *tu, CXCursor attr)
{
	CXToken *tokens = NULL;
	unsigned n = 0;
	bool noreturn = false;

	clang_tokenize(tu->unit, clang_getCursorExtent(attr), &tokens, &n);
	for (unsigned i = 0; i < n && !noreturn; i++) {
		CXString s = clang_getTokenSpelling(tu->unit, tokens[i]);

		noreturn = strstr(clang_getCString(s), "noreturn") != NULL ||
			   strstr(clang_getCString(s), "Noreturn") != NULL;
		clang_disposeString(s);
	}
	clang_disposeTokens(tu->unit, tokens, n);
	return noreturn;
}

/*
 * GNU noreturn is part of the function's type ("... __attribute__((noreturn))");
 * C11 _Noreturn is an attribute libclang shows only as "unexposed".
 */
static bool decl_is_noreturn(struct tu *tu, CXCursor decl)
{
	CXString type = clang_getTypeSpelling(clang_getCursorType(decl));
	CXString name = clang_getCursorSpelling(decl);
	struct cursor_list children;
	bool noreturn = strstr(clang_getCString(type), "noreturn") != NULL;

	for (int i = 0; noreturn_builtins[i] && !noreturn; i++)
		noreturn = strcmp(clang_getCString(name), noreturn_builtins[i]) == 0;
	clang_disposeString(type);
	clang_disposeString(name);
	if (noreturn)
		return true;
	cursor_children(decl, &children);
	for (int i = 0; i < children.n && !noreturn; i++)
		if (clang_getCursorKind(children.items[i]) == CXCursor_UnexposedAttr)
			noreturn = attribute_says_noreturn(tu, children.items[i]);
	cursor_list_free(&children);
	return noreturn;
}

/*
 * Asked at every call: the type's spelling and the attributes' tokens of
 * one declaration are worked out once (the cursor's data[0] is its node).
 */
bool function_is_noreturn(struct tu *tu, CXCursor decl)
{
	const void *node = clang_isDeclaration(clang_getCursorKind(decl)) ?
			   decl.data[0] : NULL;
	unsigned char known;
	bool noreturn;

	if (pointer_memo_get(&tu->noreturn, node, &known))
		return known;
	noreturn = decl_is_noreturn(tu, decl);
	pointer_memo_put(&tu->noreturn, node, noreturn);
	return noreturn;
}

static const char *callee_name(struct lower *lw, CXCursor call)
{
	CXCursor decl = clang_getCursorReferenced(call);
	CXString name;
	const char *interned;

	if (clang_getCursorKind(decl) != CXCursor_FunctionDecl)
		return NULL;
	name = clang_getCursorSpelling(decl);
	interned = arena_intern(&lw->tu->arena, clang_getCString(name));
	clang_disposeString(name);
	return interned;
}

bool is_expect_call(CXCursor call, CXCursor *value)
{
	CXCursor decl = clang_getCursorReferenced(call);
	CXString name;
	bool expect;

	if (clang_getCursorKind(call) != CXCursor_CallExpr ||
	    clang_getCursorKind(decl) != CXCursor_FunctionDecl ||
	    clang_Cursor_getNumArguments(call) < 1)
		return false;
	name = clang_getCursorSpelling(decl);
	expect = strncmp(clang_getCString(name), "__builtin_expect", 16) == 0;
	clang_disposeString(name);
	if (expect)
		*value = clang_Cursor_getArgument(call, 0);
	return expect;
}

static CXCursor callee_expression(CXCursor call)
{
	CXCursor callee = clang_getNullCursor();
	struct cursor_list children;

	cursor_children(call, &children);
	if (children.n > 0)
		callee = children.items[0];
	cursor_list_free(&children);
	return callee;
}

/* Where the callee's name (or the macro around the call) is written. */
static CXSourceLocation callee_location(CXCursor call)
{
	CXCursor callee = strip_implicit(callee_expression(call));

	if (clang_getCursorKind(callee) == CXCursor_DeclRefExpr)
		return clang_getCursorLocation(callee);
	return clang_getRangeStart(clang_getCursorExtent(call));
}

static struct ir_expr *lower_arguments(struct lower *lw, CXCursor call, int *nargs)
{
	int n = clang_Cursor_getNumArguments(call);
	struct ir_expr *args;

	if (n < 0)
		n = 0;
	args = arena_alloc(&lw->tu->arena, (n + 1) * sizeof(*args));
	for (int i = 0; i < n; i++)
		args[i] = lower_operand(lw, clang_Cursor_getArgument(call, i));
	*nargs = n;
	return args;
}

static void clobber_escaped_addresses(struct lower *lw, const struct ir_call *call,
				      struct ir_loc loc)
{
	for (int i = 0; i < call->nargs; i++) {
		struct ir_instr *instr;

		if (call->args[i].kind != IR_EXPR_ADDR_OF || call->args[i].var < 0)
			continue;
		instr = emit(lw, IR_CLOBBER, loc);
		instr->clobber.var = call->args[i].var;
	}
}

static struct ir_expr lower_expect(struct lower *lw, CXCursor value, int dest, bool used)
{
	struct ir_expr e;

	if (!used && dest < 0) {
		lower_effect(lw, value);
		return no_expr();
	}
	e = lower_operand(lw, value);
	if (dest >= 0) {
		struct ir_instr *instr = emit(lw, IR_ASSIGN, e.loc);

		instr->assign.dest = dest;
		instr->assign.src = e;
		return var_expr(lw, dest);
	}
	return e;
}

struct ir_expr lower_call(struct lower *lw, CXCursor call, int dest, bool used)
{
	CXSourceLocation where = callee_location(call);
	struct ir_loc loc = source_loc(lw->tu, where);
	CXType type = clang_getCursorType(call);
	struct ir_instr *instr;
	struct ir_call ir = { 0 };
	CXCursor value;

	if (is_expect_call(call, &value))
		return lower_expect(lw, value, dest, used);
	ir.callee = callee_name(lw, call);
	if (!ir.callee)		/* through a pointer: ops->fn(x) reads ops */
		lower_value(lw, callee_expression(call));
	ir.args = lower_arguments(lw, call, &ir.nargs);
	if (used && dest < 0 && !type_is_void(type))
		dest = new_temp(lw, type);
	ir.dest = dest;
	ir.result_used = used && !type_is_void(type);
	ir.macro = call_macro(lw->tu, where, ir.callee);
	if (ir.callee) {
		CXCursor decl = clang_getCursorReferenced(call);

		ir.noreturn = function_is_noreturn(lw->tu, decl);
		ir.has_body = tu_find_entry(lw->tu, ir.callee) != NULL;
	}
	macro_call_seen(lw, &ir);
	instr = emit(lw, IR_CALL, loc);
	instr->call = ir;
	clobber_escaped_addresses(lw, &ir, loc);
	if (ir.noreturn)
		end_unreachable(lw, loc);
	return dest >= 0 ? var_expr(lw, dest) : no_expr();
}
