// SPDX-License-Identifier: GPL-2.0
/*
 * tu_refs.c - where the unit's own code names its functions.  A function
 * named only as the callee of calls has no address anyone could call it
 * through, so its callers in the unit are all it has (if it is static).
 * Every name counts, in bodies and in initializers of tables alike; a
 * direct call names its callee once, as a call and as a reference.
 */
#include "tu_internal.h"

static struct function_entry *entry_named(struct tu *tu, CXCursor decl)
{
	CXString spelling;
	struct function_entry *entry;

	if (clang_getCursorKind(decl) != CXCursor_FunctionDecl)
		return NULL;
	spelling = clang_getCursorSpelling(decl);
	entry = tu_find_entry(tu, clang_getCString(spelling));
	clang_disposeString(spelling);
	return entry;
}

static enum CXChildVisitResult count_reference(CXCursor cursor, CXCursor parent,
					       CXClientData data)
{
	struct tu *tu = data;
	enum CXCursorKind kind = clang_getCursorKind(cursor);
	struct function_entry *entry;

	(void)parent;
	if (kind != CXCursor_CallExpr && kind != CXCursor_DeclRefExpr)
		return CXChildVisit_Recurse;
	entry = entry_named(tu, clang_getCursorReferenced(cursor));
	if (entry && kind == CXCursor_CallExpr)
		entry->direct_calls++;
	else if (entry)
		entry->references++;
	return CXChildVisit_Recurse;
}

static enum CXChildVisitResult count_in_own(CXCursor cursor, CXCursor parent,
					    CXClientData data)
{
	struct tu *tu = data;

	(void)parent;
	if (tu_location_is_own(tu, clang_getCursorLocation(cursor)))
		clang_visitChildren(cursor, count_reference, tu);
	return CXChildVisit_Continue;
}

int tu_function_address_uses(struct tu *tu, const char *name)
{
	struct function_entry *entry = tu_find_entry(tu, name);

	if (!entry)
		return -1;
	if (!tu->references_counted) {
		tu->references_counted = true;
		clang_visitChildren(clang_getTranslationUnitCursor(tu->unit),
				    count_in_own, tu);
	}
	return entry->references - entry->direct_calls;
}
