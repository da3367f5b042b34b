// SPDX-License-Identifier: GPL-2.0
/*
 * lower_function.c - one function definition to IR: its header, its
 * parameters, then the body statement by statement.
 */
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "source_text.h"

static void describe_function(struct lower *lw, CXCursor definition)
{
	struct ir_function *fn = lw->fn;
	CXString name = clang_getCursorSpelling(definition);

	fn->name = arena_intern(&lw->tu->arena, clang_getCString(name));
	clang_disposeString(name);
	fn->loc = source_loc(lw->tu, clang_getCursorLocation(definition));
	fn->is_static = clang_Cursor_getStorageClass(definition) == CX_SC_Static;
	fn->is_inline = clang_Cursor_isFunctionInlined(definition) != 0;
	fn->in_main_file = tu_location_is_own(lw->tu, clang_getCursorLocation(definition));
	fn->returns_pointer = type_is_pointer(clang_getCursorResultType(definition));
	fn->is_noreturn = function_is_noreturn(lw->tu, definition);
}

static void declare_params(struct lower *lw, CXCursor definition)
{
	int n = clang_Cursor_getNumArguments(definition);

	for (int i = 0; i < n; i++)
		declare_var(lw, clang_Cursor_getArgument(definition, i), IR_VAR_PARAM);
	lw->fn->nparams = n > 0 ? n : 0;
}

static CXCursor function_body(CXCursor definition)
{
	struct cursor_list children;
	CXCursor body = clang_getNullCursor();

	cursor_children(definition, &children);
	for (int i = 0; i < children.n; i++)
		if (clang_getCursorKind(children.items[i]) == CXCursor_CompoundStmt)
			body = children.items[i];
	cursor_list_free(&children);
	return body;
}

static void release_builder(struct lower *lw)
{
	for (int i = 0; i < lw->nblocks; i++)
		free(lw->blocks[i].instrs);
	free(lw->blocks);
	free(lw->vars);
	free(lw->var_decls);
	free(lw->labels);
	free(lw->cleanups);
	free(lw->macros_done);
}

struct ir_function *lower_function(struct tu *tu, CXCursor definition)
{
	struct lower lw;
	CXCursor body = function_body(definition);

	memset(&lw, 0, sizeof(lw));
	lw.tu = tu;
	lw.fn = arena_alloc(&tu->arena, sizeof(*lw.fn));
	lw.break_target = lw.continue_target = -1;
	describe_function(&lw, definition);
	declare_params(&lw, definition);
	read_context_annotations(tu, lw.fn, definition, body);
	tu_file_hint(tu, clang_getRangeStart(clang_getCursorExtent(body)));
	lw.end_loc = source_loc(tu, clang_getRangeEnd(clang_getCursorExtent(body)));
	if (lw.end_loc.col > 1)
		lw.end_loc.col--;	/* the range ends after the closing brace */
	lw.current = new_block(&lw);
	if (clang_Cursor_isNull(body))
		cannot_lower(&lw, definition, "a function without a body");
	else
		lower_stmt(&lw, body);
	finish_function(&lw);
	release_builder(&lw);
	return lw.fn;
}
