// SPDX-License-Identifier: GPL-2.0
/*
 * lower_cleanup.c - variables declared __attribute__((cleanup(fn))): C
 * calls fn(&var) whenever var goes out of scope, on every way out of its
 * block (falling off its end, return, break, continue, a goto to a label
 * outside it), the latest declared first.  The kernel's guard(),
 * scoped_guard() and __free() (include/linux/cleanup.h) are made of it,
 * so a lock a guard takes is released only by these implicit calls.
 *
 * libclang 14 shows the attribute only as an UnexposedAttr child of the
 * VarDecl, with no child naming the function, and its tokens are those of
 * the macro invocation (`guard(rcu)()`), not the expansion.  The
 * declaration printed back by clang (clang_getCursorPrettyPrinted) does
 * spell it out, macros expanded: "... __attribute__((cleanup(fn)))"; the
 * attribute comes after the initializer, so the last such text is the
 * variable's own, not one of a statement expression in its initializer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "source_text.h"

static const char cleanup_spelling[] = "__attribute__((cleanup(";

static bool has_unexposed_attribute(CXCursor decl)
{
	struct cursor_list children;
	bool found = false;

	cursor_children(decl, &children);
	for (int i = 0; i < children.n && !found; i++)
		found = clang_getCursorKind(children.items[i]) == CXCursor_UnexposedAttr;
	cursor_list_free(&children);
	return found;
}

/* The function named in `text` after the last cleanup attribute, or NULL. */
static const char *cleanup_function_in(struct lower *lw, const char *text)
{
	const char *at = NULL, *next = text, *end;
	char name[256];

	while ((next = strstr(next, cleanup_spelling)) != NULL)
		at = next++;
	if (!at)
		return NULL;
	at += strlen(cleanup_spelling);
	end = at + strcspn(at, ")");
	if (end == at || *end != ')' || (size_t)(end - at) >= sizeof(name))
		return NULL;
	memcpy(name, at, end - at);
	name[end - at] = '\0';
	return arena_intern(&lw->tu->arena, name);
}

/* The function `decl` names in a cleanup attribute, or NULL. */
static const char *cleanup_function(struct lower *lw, CXCursor decl)
{
	CXPrintingPolicy policy;
	CXString printed;
	const char *name;

	if (!has_unexposed_attribute(decl))
		return NULL;
	policy = clang_getCursorPrintingPolicy(decl);
	printed = clang_getCursorPrettyPrinted(decl, policy);
	name = cleanup_function_in(lw, clang_getCString(printed));
	clang_disposeString(printed);
	clang_PrintingPolicy_dispose(policy);
	return name;
}

/* Where `location` is in the file the function is written in. */
static void file_offset(CXSourceLocation location, CXFile *file, unsigned *offset)
{
	clang_getExpansionLocation(location, file, NULL, NULL, offset);
}

void cleanup_variable_declared(struct lower *lw, CXCursor decl, int var)
{
	const char *function = cleanup_function(lw, decl);
	struct cleanup_entry *entry;
	CXFile scope_file;

	if (!function)
		return;
	if (lw->ncleanups == lw->cleanup_capacity) {
		lw->cleanup_capacity = lw->cleanup_capacity ? lw->cleanup_capacity * 2 : 8;
		lw->cleanups = realloc(lw->cleanups,
				       lw->cleanup_capacity * sizeof(*lw->cleanups));
		if (!lw->cleanups)
			abort();
	}
	entry = &lw->cleanups[lw->ncleanups++];
	entry->var = var;
	entry->function = function;
	file_offset(clang_getCursorLocation(decl), &entry->file, &entry->start);
	file_offset(clang_getRangeEnd(lw->scope), &scope_file, &entry->end);
	if (!clang_File_isEqual(scope_file, entry->file))
		entry->end = (unsigned)-1;	/* unknown: the rest of the file */
	mark_address_taken(lw, var);
}

static void emit_cleanup_call(struct lower *lw, const struct cleanup_entry *entry,
			      struct ir_loc loc)
{
	struct ir_instr *instr;
	struct ir_call call = { 0 };
	char text[300];

	snprintf(text, sizeof(text), "&%s", lw->vars[entry->var].name);
	call.callee = entry->function;
	call.nargs = 1;
	call.args = arena_alloc(&lw->tu->arena, sizeof(*call.args));
	call.args[0] = var_expr(lw, entry->var);
	call.args[0].kind = IR_EXPR_ADDR_OF;
	call.args[0].is_pointer = 1;
	call.args[0].is_page = 0;
	call.args[0].loc = loc;
	call.args[0].text = arena_intern(&lw->tu->arena, text);
	call.dest = -1;
	call.has_body = tu_find_entry(lw->tu, call.callee) != NULL;
	instr = emit(lw, IR_CALL, loc);
	instr->call = call;
	instr = emit(lw, IR_CLOBBER, loc);
	instr->clobber.var = entry->var;
}

/* The cleanups of the variables above `depth`, latest first, if the path goes on. */
void run_cleanups(struct lower *lw, int depth, struct ir_loc loc)
{
	if (lw->blocks[lw->current].terminated)
		return;
	for (int i = lw->ncleanups - 1; i >= depth; i--)
		emit_cleanup_call(lw, &lw->cleanups[i], loc);
}

/* The end of a scope that began at cleanup depth `depth`, at `end`. */
void leave_scope(struct lower *lw, int depth, CXSourceRange scope, CXSourceRange outer)
{
	struct ir_loc loc = source_loc(lw->tu, clang_getRangeEnd(scope));

	if (loc.col > 1)
		loc.col--;	/* the range ends after the closing brace */
	run_cleanups(lw, depth, loc);
	lw->ncleanups = depth;
	lw->scope = outer;
}

CXSourceRange enter_scope(struct lower *lw, CXSourceRange scope)
{
	CXSourceRange outer = lw->scope;

	lw->scope = scope;
	return outer;
}

/* Before a goto to `label`: the cleanups of the scopes it jumps out of. */
void cleanups_before_goto(struct lower *lw, CXCursor label, struct ir_loc loc)
{
	int depth = lw->ncleanups;
	unsigned offset;
	CXFile file;

	file_offset(clang_getCursorLocation(label), &file, &offset);
	while (depth > 0) {
		const struct cleanup_entry *entry = &lw->cleanups[depth - 1];

		if (clang_File_isEqual(file, entry->file) &&
		    offset > entry->start && offset <= entry->end)
			break;	/* the label is inside its scope: it stays */
		depth--;
	}
	run_cleanups(lw, depth, loc);
}
