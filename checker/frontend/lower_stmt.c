// SPDX-License-Identifier: GPL-2.0
/*
 * lower_stmt.c - statements: blocks, declarations, if, labels and goto,
 * return, inline asm, statement expressions.  Loops and switch are in
 * lower_loop.c.
 */
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "source_text.h"

/* Jump to `block` unless the code before already left. */
static void fall_to(struct lower *lw, int block, struct ir_loc loc)
{
	if (!lw->blocks[lw->current].terminated)
		end_goto(lw, block, loc);
}

static void store_initializer(struct lower *lw, int var, CXCursor list)
{
	struct cursor_list children;

	cursor_children(list, &children);
	for (int i = 0; i < children.n; i++) {
		CXCursor written = initializer_value(children.items[i]);
		CXCursor item = strip_implicit(written);
		struct ir_expr value;
		struct ir_instr *instr;

		if (clang_getCursorKind(item) == CXCursor_InitListExpr) {
			store_initializer(lw, var, item);
			continue;
		}
		if (!clang_isExpression(clang_getCursorKind(item)))
			continue;
		value = lower_operand(lw, written);
		if (value.kind == IR_EXPR_CONST ||
		    (value.kind == IR_EXPR_OTHER && value.nreads == 0))
			continue;
		instr = emit(lw, IR_STORE, value.loc);
		instr->store.target = var_expr(lw, var);
		instr->store.target.kind = IR_EXPR_MEMORY;
		instr->store.target.text = lw->vars[var].name;
		instr->store.target.loc = lw->vars[var].decl;
		instr->store.src = value;
	}
	cursor_list_free(&children);
}

static void lower_var_decl(struct lower *lw, CXCursor decl)
{
	enum CX_StorageClass storage = clang_Cursor_getStorageClass(decl);
	enum ir_var_kind kind = IR_VAR_LOCAL;
	CXCursor init;
	int var;

	if (storage == CX_SC_Static)
		kind = IR_VAR_STATIC;
	else if (storage == CX_SC_Extern)
		kind = IR_VAR_GLOBAL;
	var = declare_var(lw, decl, kind);
	init = clang_Cursor_getVarDeclInitializer(decl);
	/* A static's initializer runs once, before any call: not here. */
	if (kind != IR_VAR_LOCAL)
		return;
	if (clang_Cursor_isNull(init))
		;
	else if (clang_getCursorKind(strip_implicit(init)) == CXCursor_InitListExpr) {
		store_initializer(lw, var, strip_implicit(init));
		store_initializer_members(lw, var, strip_implicit(init));
	} else
		lower_into_var(lw, var, init, lw->vars[var].decl);
	cleanup_variable_declared(lw, decl, var);
}

void lower_decl_stmt(struct lower *lw, CXCursor stmt)
{
	struct cursor_list children;

	cursor_children(stmt, &children);
	for (int i = 0; i < children.n; i++)
		if (clang_getCursorKind(children.items[i]) == CXCursor_VarDecl)
			lower_var_decl(lw, children.items[i]);
	cursor_list_free(&children);
}

static void lower_if(struct lower *lw, CXCursor stmt)
{
	struct cursor_list children;
	struct ir_loc loc = cursor_start(lw->tu, stmt);
	int then_block, else_block, join;

	cursor_children(stmt, &children);
	if (children.n < 2) {
		cursor_list_free(&children);
		cannot_lower(lw, stmt, "an if statement");
		return;
	}
	then_block = new_block(lw);
	else_block = children.n > 2 ? new_block(lw) : -1;
	join = new_block(lw);
	lower_statement_cond(lw, stmt, children.items[0], then_block,
			     else_block >= 0 ? else_block : join);
	start_block(lw, then_block);
	lower_stmt(lw, children.items[1]);
	fall_to(lw, join, loc);
	if (else_block >= 0) {
		start_block(lw, else_block);
		lower_stmt(lw, children.items[2]);
	}
	start_block(lw, join);
	cursor_list_free(&children);
}

static void lower_label(struct lower *lw, CXCursor stmt)
{
	int block = label_stmt_block(lw, stmt);
	CXCursor body = cursor_only_child(stmt);

	start_block(lw, block);
	if (!clang_Cursor_isNull(body))
		lower_stmt(lw, body);
}

static void lower_goto(struct lower *lw, CXCursor stmt)
{
	CXCursor label = clang_getCursorReferenced(stmt);
	CXString name = clang_getCursorSpelling(label);
	struct ir_loc loc = cursor_start(lw->tu, stmt);

	if (clang_Cursor_isNull(label) || !*clang_getCString(name)) {
		cannot_lower(lw, stmt, "a goto without a label");
		end_unreachable(lw, loc);
	} else {
		cleanups_before_goto(lw, label, loc);
		end_goto(lw, label_stmt_block(lw, label), loc);
	}
	clang_disposeString(name);
}

static void lower_jump(struct lower *lw, CXCursor stmt, int target, int cleanups)
{
	if (target < 0) {
		cannot_lower(lw, stmt, "a break or continue outside a loop");
		return;
	}
	run_cleanups(lw, cleanups, cursor_start(lw->tu, stmt));
	end_goto(lw, target, cursor_start(lw->tu, stmt));
}

/* The value first, then the cleanups, which may not change it. */
static void lower_return(struct lower *lw, CXCursor stmt)
{
	CXCursor value = cursor_last_expression(stmt);
	struct ir_loc loc = cursor_start(lw->tu, stmt);
	struct ir_expr result = lower_operand(lw, value);

	run_cleanups(lw, 0, loc);
	end_return(lw, result, loc);
}

static struct ir_instr *emit_asm_clobber(struct lower *lw, CXCursor ref)
{
	struct ir_instr *instr = emit(lw, IR_CLOBBER, cursor_start(lw->tu, ref));

	instr->clobber.var = var_for_decl(lw, clang_getCursorReferenced(ref));
	instr->clobber.by_asm = 1;
	return instr;
}

static enum CXChildVisitResult clobber_named_var(CXCursor cursor, CXCursor parent,
						 CXClientData data)
{
	(void)parent;
	if (!cursor_is_variable_ref(cursor))
		return CXChildVisit_Recurse;
	emit_asm_clobber(data, cursor);
	return CXChildVisit_Continue;
}

/*
 * An input operand that is a scalar variable's value: the asm gets a copy
 * (`"0" (kaddr)` tied to an output gives the output that value, kaddr
 * keeps it).  An address, an array or a member may let it write more.
 */
static bool asm_value_input(CXCursor operand)
{
	CXCursor value = strip_implicit(operand);

	return cursor_is_variable_ref(value) &&
	       !type_is_aggregate(clang_getCursorType(value));
}

/*
 * The variables an asm names, in a row (call_writes.c reads the row as
 * what its results may point into): any of them written, but for the
 * values of its inputs when its operands can be told apart.
 */
static void clobber_asm_operands(struct lower *lw, CXCursor stmt)
{
	int outputs = asm_output_count(lw->tu, stmt);
	struct cursor_list operands;

	if (outputs < 0) {
		clang_visitChildren(stmt, clobber_named_var, lw);
		return;
	}
	cursor_children(stmt, &operands);
	for (int i = 0; i < operands.n; i++) {
		CXCursor operand = operands.items[i];

		if (i >= outputs && asm_value_input(operand)) {
			emit_asm_clobber(lw, strip_implicit(operand))
				->clobber.asm_input = 1;
			continue;
		}
		clobber_named_var(operand, stmt, lw);
		clang_visitChildren(operand, clobber_named_var, lw);
	}
	cursor_list_free(&operands);
}

/* asm goto may jump to its labels. */
static void lower_asm(struct lower *lw, CXCursor stmt)
{
	const char *labels[16];
	int nlabels = asm_goto_labels(lw->tu, stmt, labels, 16);
	struct ir_expr cond = no_expr();

	clobber_asm_operands(lw, stmt);
	cond.kind = IR_EXPR_OTHER;
	cond.text = "asm goto";
	cond.loc = cursor_start(lw->tu, stmt);
	for (int i = 0; i < nlabels; i++) {
		int next = new_block(lw);

		end_branch(lw, cond, label_block(lw, labels[i]), next);
		start_block(lw, next);
	}
}

struct ir_expr lower_stmt_expr(struct lower *lw, CXCursor expr, bool used)
{
	CXCursor body = cursor_only_child(expr);
	struct cursor_list children;
	struct ir_expr value = no_expr();
	CXSourceRange scope = clang_getCursorExtent(body);
	CXSourceRange outer = enter_scope(lw, scope);
	int depth = lw->ncleanups;
	CXCursor last;

	cursor_children(body, &children);
	for (int i = 0; i + 1 < children.n; i++)
		lower_stmt(lw, children.items[i]);
	if (children.n > 0) {
		last = children.items[children.n - 1];
		if (used && clang_isExpression(clang_getCursorKind(last)))
			value = lower_value(lw, last);
		else
			lower_stmt(lw, last);
	}
	leave_scope(lw, depth, scope, outer);
	cursor_list_free(&children);
	return value;
}

static void lower_compound(struct lower *lw, CXCursor stmt)
{
	struct cursor_list children;
	CXSourceRange scope = clang_getCursorExtent(stmt);
	CXSourceRange outer = enter_scope(lw, scope);
	int depth = lw->ncleanups;

	cursor_children(stmt, &children);
	for (int i = 0; i < children.n; i++)
		lower_stmt(lw, children.items[i]);
	leave_scope(lw, depth, scope, outer);
	cursor_list_free(&children);
}

static void lower_stmt_kind(struct lower *lw, CXCursor stmt)
{
	enum CXCursorKind kind = clang_getCursorKind(stmt);

	switch (kind) {
	case CXCursor_CompoundStmt:
		lower_compound(lw, stmt);
		break;
	case CXCursor_DeclStmt:
		lower_decl_stmt(lw, stmt);
		break;
	case CXCursor_IfStmt:
		lower_if(lw, stmt);
		break;
	case CXCursor_WhileStmt:
		lower_while(lw, stmt);
		break;
	case CXCursor_DoStmt:
		lower_do(lw, stmt);
		break;
	case CXCursor_ForStmt:
		lower_for(lw, stmt);
		break;
	case CXCursor_SwitchStmt:
		lower_switch(lw, stmt);
		break;
	case CXCursor_CaseStmt:
	case CXCursor_DefaultStmt:
		lower_case(lw, stmt);
		break;
	case CXCursor_LabelStmt:
		lower_label(lw, stmt);
		break;
	case CXCursor_GotoStmt:
		lower_goto(lw, stmt);
		break;
	case CXCursor_IndirectGotoStmt:
		lower_value(lw, cursor_last_expression(stmt));
		cannot_lower(lw, stmt, "a computed goto");
		end_unreachable(lw, cursor_start(lw->tu, stmt));
		break;
	case CXCursor_BreakStmt:
		lower_jump(lw, stmt, lw->break_target, lw->break_cleanups);
		break;
	case CXCursor_ContinueStmt:
		lower_jump(lw, stmt, lw->continue_target, lw->continue_cleanups);
		break;
	case CXCursor_ReturnStmt:
		lower_return(lw, stmt);
		break;
	case CXCursor_GCCAsmStmt:
		lower_asm(lw, stmt);
		break;
	case CXCursor_NullStmt:
		break;
	case CXCursor_UnexposedStmt:	/* in C: an attributed statement */
		lower_compound(lw, stmt);
		break;
	default:
		if (clang_isExpression(kind))
			lower_effect(lw, stmt);
		else
			cannot_lower_kind(lw, stmt, "statement");
		break;
	}
}

void lower_stmt(struct lower *lw, CXCursor stmt)
{
	struct open_macro m;
	bool invocation = macro_open(lw, stmt, &m);

	lower_stmt_kind(lw, stmt);
	if (invocation)
		macro_close(lw, &m);
}
