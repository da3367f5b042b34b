// SPDX-License-Identifier: GPL-2.0
/*
 * lower_vars.c - the function's variables: parameters, locals, statics,
 * the globals it touches, and the temporaries the lowering makes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "lower.h"
#include "source_text.h"

static int add_var(struct lower *lw, CXCursor decl, const char *name,
		   enum ir_var_kind kind, CXType type)
{
	struct ir_var *var;

	if (lw->nvars == lw->var_capacity) {
		lw->var_capacity = lw->var_capacity ? lw->var_capacity * 2 : 16;
		lw->vars = realloc(lw->vars, lw->var_capacity * sizeof(*lw->vars));
		lw->var_decls = realloc(lw->var_decls,
					lw->var_capacity * sizeof(*lw->var_decls));
		if (!lw->vars || !lw->var_decls) {
			fprintf(stderr, "hmcheck: out of memory (variables)\n");
			exit(2);
		}
	}
	var = &lw->vars[lw->nvars];
	memset(var, 0, sizeof(*var));
	var->name = arena_intern(&lw->tu->arena, name);
	var->kind = kind;
	var->is_pointer = type_is_pointer(type);
	var->is_page = type_is_page(type);
	var->is_aggregate = type_is_aggregate(type);
	lw->var_decls[lw->nvars] = decl;
	return lw->nvars++;
}

int declare_var(struct lower *lw, CXCursor decl, enum ir_var_kind kind)
{
	CXString name = clang_getCursorSpelling(decl);
	int var = add_var(lw, decl, clang_getCString(name), kind, clang_getCursorType(decl));

	clang_disposeString(name);
	lw->vars[var].decl = source_loc(lw->tu, clang_getCursorLocation(decl));
	return var;
}

static enum ir_var_kind kind_of_unseen(CXCursor decl)
{
	enum CXCursorKind parent = clang_getCursorKind(clang_getCursorSemanticParent(decl));

	if (clang_getCursorKind(decl) == CXCursor_ParmDecl)
		return IR_VAR_PARAM;
	if (parent == CXCursor_TranslationUnit || clang_Cursor_getStorageClass(decl) == CX_SC_Extern)
		return IR_VAR_GLOBAL;
	if (clang_Cursor_getStorageClass(decl) == CX_SC_Static)
		return IR_VAR_STATIC;
	return IR_VAR_LOCAL;
}

/* The variable `decl` declares; globals are added on first use. */
int var_for_decl(struct lower *lw, CXCursor decl)
{
	CXCursor canonical = clang_getCanonicalCursor(decl);

	for (int i = 0; i < lw->nvars; i++) {
		if (clang_Cursor_isNull(lw->var_decls[i]))
			continue;
		if (clang_equalCursors(lw->var_decls[i], decl) ||
		    clang_equalCursors(clang_getCanonicalCursor(lw->var_decls[i]), canonical))
			return i;
	}
	return declare_var(lw, decl, kind_of_unseen(decl));
}

int new_temp(struct lower *lw, CXType type)
{
	char name[32];
	int var;

	snprintf(name, sizeof(name), "tmp.%d", lw->ntemps++);
	var = add_var(lw, clang_getNullCursor(), name, IR_VAR_TEMP, type);
	lw->vars[var].decl = lw->fn->loc;
	return var;
}

void mark_address_taken(struct lower *lw, int var)
{
	if (var >= 0)
		lw->vars[var].address_taken = 1;
}
