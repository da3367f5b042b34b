// SPDX-License-Identifier: GPL-2.0
/*
 * lower_loop.c - while, do, for and switch: the statements with break and
 * continue targets.
 */
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "operator.h"
#include "source_text.h"

struct jump_targets {
	int break_target;
	int continue_target;
	int break_cleanups;
	int continue_cleanups;
};

/* A break or continue runs the cleanups of the variables declared since. */
static struct jump_targets enter_loop(struct lower *lw, int break_target,
				      int continue_target)
{
	struct jump_targets saved = {
		lw->break_target, lw->continue_target,
		lw->break_cleanups, lw->continue_cleanups
	};

	lw->break_target = break_target;
	lw->continue_target = continue_target;
	lw->break_cleanups = lw->continue_cleanups = lw->ncleanups;
	return saved;
}

static void leave_loop(struct lower *lw, struct jump_targets saved)
{
	lw->break_target = saved.break_target;
	lw->continue_target = saved.continue_target;
	lw->break_cleanups = saved.break_cleanups;
	lw->continue_cleanups = saved.continue_cleanups;
}

void lower_while(struct lower *lw, CXCursor stmt)
{
	struct cursor_list children;
	int head = new_block(lw), body = new_block(lw), exit = new_block(lw);
	struct jump_targets saved;

	cursor_children(stmt, &children);
	start_block(lw, head);
	if (children.n == 2) {
		lower_statement_cond(lw, stmt, children.items[0], body, exit);
		start_block(lw, body);
		saved = enter_loop(lw, exit, head);
		lower_stmt(lw, children.items[1]);
		leave_loop(lw, saved);
		start_block(lw, head);
	} else {
		cannot_lower(lw, stmt, "a while loop");
	}
	start_block(lw, exit);
	cursor_list_free(&children);
}

void lower_do(struct lower *lw, CXCursor stmt)
{
	struct cursor_list children;
	int body = new_block(lw), test = new_block(lw), exit = new_block(lw);
	struct jump_targets saved;

	cursor_children(stmt, &children);
	start_block(lw, body);
	if (children.n == 2) {
		saved = enter_loop(lw, exit, test);
		lower_stmt(lw, children.items[0]);
		leave_loop(lw, saved);
		start_block(lw, test);
		lower_statement_cond(lw, stmt, children.items[1], body, exit);
	} else {
		cannot_lower(lw, stmt, "a do loop");
	}
	start_block(lw, exit);
	cursor_list_free(&children);
}

static void lower_for_init(struct lower *lw, CXCursor init)
{
	if (clang_Cursor_isNull(init))
		return;
	if (clang_getCursorKind(init) == CXCursor_DeclStmt)
		lower_decl_stmt(lw, init);
	else
		lower_effect(lw, init);
}

void lower_for(struct lower *lw, CXCursor stmt)
{
	struct cursor_list children;
	CXCursor init, cond, step;
	int head, body, next, exit;
	struct jump_targets saved;
	CXSourceRange scope = clang_getCursorExtent(stmt);
	CXSourceRange outer = enter_scope(lw, scope);
	int depth = lw->ncleanups;

	cursor_children(stmt, &children);
	if (!for_statement_parts(stmt, &children, &init, &cond, &step))
		cannot_lower(lw, stmt, "the parts of a for loop (guessed)");
	lower_for_init(lw, init);
	head = new_block(lw);
	body = new_block(lw);
	next = new_block(lw);
	exit = new_block(lw);
	start_block(lw, head);
	if (clang_Cursor_isNull(cond))
		end_goto(lw, body, cursor_start(lw->tu, stmt));
	else
		lower_statement_cond(lw, stmt, cond, body, exit);
	start_block(lw, body);
	saved = enter_loop(lw, exit, next);
	if (children.n > 0)
		lower_stmt(lw, children.items[children.n - 1]);
	leave_loop(lw, saved);
	start_block(lw, next);
	if (!clang_Cursor_isNull(step))
		lower_effect(lw, step);
	start_block(lw, head);
	start_block(lw, exit);
	leave_scope(lw, depth, scope, outer);
	cursor_list_free(&children);
}

struct case_walk {
	struct switch_context *context;
	int capacity;
	struct lower *lw;
};

static enum CXChildVisitResult collect_case(CXCursor cursor, CXCursor parent,
					    CXClientData data)
{
	struct case_walk *walk = data;
	struct switch_context *context = walk->context;
	enum CXCursorKind kind = clang_getCursorKind(cursor);

	(void)parent;
	if (kind == CXCursor_SwitchStmt)
		return CXChildVisit_Continue;	/* its cases are its own */
	if (kind != CXCursor_CaseStmt && kind != CXCursor_DefaultStmt)
		return CXChildVisit_Recurse;
	if (context->ncases == walk->capacity) {
		walk->capacity = walk->capacity ? walk->capacity * 2 : 8;
		context->cases = realloc(context->cases,
					 walk->capacity * sizeof(*context->cases));
		if (!context->cases)
			abort();
	}
	context->cases[context->ncases].stmt = cursor;
	context->cases[context->ncases].block = new_block(walk->lw);
	context->ncases++;
	return CXChildVisit_Recurse;
}

/*
 * `x == FOO` of a single label: the comparison a test `x == FOO` would
 * have (ir.h has_compare), for a plain integer switch value.
 */
static void case_compare(struct lower *lw, struct ir_expr *cond,
			 const struct ir_expr *value, CXCursor value_cursor,
			 CXCursor label)
{
	struct ir_expr constant = no_expr();

	if (!cursor_constant(label, &constant.value))
		return;
	constant.kind = IR_EXPR_CONST;
	constant.has_value = 1;
	integer_binary_facts(lw, cond, BINOP_EQ, value, value_cursor,
			     &constant, label);
}

/* "x == FOO" (or "x == 1 ... 5"), reading what the switch value reads. */
static struct ir_expr case_condition(struct lower *lw, const struct ir_expr *value,
				     CXCursor value_cursor, CXCursor case_stmt)
{
	struct cursor_list children;
	struct ir_expr cond = no_expr();
	const char *label;
	char *text;
	size_t size;

	cursor_children(case_stmt, &children);
	label = cursor_text(lw->tu, children.items[0]);
	size = strlen(value->text) + strlen(label) + 64;
	if (children.n == 3)
		size += strlen(cursor_text(lw->tu, children.items[1]));
	text = malloc(size);
	if (!text)
		abort();
	if (children.n == 3)
		snprintf(text, size, "%s == %s ... %s", value->text, label,
			 cursor_text(lw->tu, children.items[1]));
	else
		snprintf(text, size, "%s == %s", value->text, label);
	cond.kind = IR_EXPR_OTHER;
	cond.text = arena_intern(&lw->tu->arena, text);
	cond.loc = cursor_start(lw->tu, case_stmt);
	cond.nreads = value->nreads;
	cond.reads = value->reads;
	if (children.n == 2)
		case_compare(lw, &cond, value, value_cursor, children.items[0]);
	free(text);
	cursor_list_free(&children);
	return cond;
}

static void dispatch_cases(struct lower *lw, const struct switch_context *context,
			   const struct ir_expr *value, CXCursor value_cursor,
			   int exit)
{
	int fallback = exit;

	for (int i = 0; i < context->ncases; i++) {
		CXCursor stmt = context->cases[i].stmt;
		int next;

		if (clang_getCursorKind(stmt) == CXCursor_DefaultStmt) {
			fallback = context->cases[i].block;
			continue;
		}
		next = new_block(lw);
		end_branch(lw, case_condition(lw, value, value_cursor, stmt),
			   context->cases[i].block, next);
		start_block(lw, next);
	}
	end_goto(lw, fallback, value->loc);
}

void lower_switch(struct lower *lw, CXCursor stmt)
{
	struct switch_context context = { NULL, 0, 0 };
	struct switch_context *outer = lw->switch_context;
	struct case_walk walk = { &context, 0, lw };
	struct cursor_list children;
	struct ir_expr value;
	int exit, target, saved_break = lw->break_target;
	int saved_break_cleanups = lw->break_cleanups;

	cursor_children(stmt, &children);
	if (children.n != 2) {
		cursor_list_free(&children);
		cannot_lower(lw, stmt, "a switch statement");
		return;
	}
	exit = new_block(lw);
	clang_visitChildren(children.items[1], collect_case, &walk);
	target = constant_switch_target(&context, children.items[0], exit);
	if (target >= 0) {
		end_goto(lw, target, cursor_start(lw->tu, children.items[0]));
	} else {
		value = lower_operand(lw, children.items[0]);
		dispatch_cases(lw, &context, &value, children.items[0], exit);
	}
	lw->switch_context = &context;
	lw->break_target = exit;
	lw->break_cleanups = lw->ncleanups;
	lower_stmt(lw, children.items[1]);
	lw->break_target = saved_break;
	lw->break_cleanups = saved_break_cleanups;
	lw->switch_context = outer;
	start_block(lw, exit);
	free(context.cases);
	cursor_list_free(&children);
}

/*
 * The same statement, found by two walks.  Not clang_equalCursors: a cursor
 * also carries the declaration the walk last entered, so a case after a
 * block with a local declaration ("case 1: { int *p = ...; break; }") is a
 * different cursor in the case-collecting walk than in the lowering walk.
 */
static bool same_statement(CXCursor a, CXCursor b)
{
	return clang_getCursorKind(a) == clang_getCursorKind(b) &&
	       clang_equalRanges(clang_getCursorExtent(a), clang_getCursorExtent(b));
}

void lower_case(struct lower *lw, CXCursor stmt)
{
	struct switch_context *context = lw->switch_context;
	struct cursor_list children;

	cursor_children(stmt, &children);
	/*
	 * From where the last case was found: a search from the start for
	 * each case would be quadratic in a switch of thousands of cases.
	 */
	for (int n = 0; context && n < context->ncases; n++) {
		int i = (context->next + n) % context->ncases;

		if (same_statement(context->cases[i].stmt, stmt)) {
			start_block(lw, context->cases[i].block);
			context->next = i + 1;
			break;
		}
	}
	if (!context)
		cannot_lower(lw, stmt, "a case label outside a switch");
	if (children.n > 0)
		lower_stmt(lw, children.items[children.n - 1]);
	cursor_list_free(&children);
}
