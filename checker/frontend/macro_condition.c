// SPDX-License-Identifier: GPL-2.0
/*
 * macro_condition.c - the text of a condition a macro body tests.
 *
 * Such a condition has no text of its own in the file: written out, it is
 * the invocation (`HARD_TX_LOCK(odev, txq, cpu)`).  But branches correlate
 * by text, so the invocation's text made HARD_TX_LOCK()'s test and
 * HARD_TX_UNLOCK()'s test of the same `(odev->features & NETIF_F_LLTX) ==
 * 0` two unrelated conditions (a lock taken on one side, released on the
 * other: net/core/pktgen.c), and two different tests of one macro body
 * the same one.  The expression written out from its syntax tree, macro
 * arguments substituted (expr_key.c), names each condition for what it
 * tests.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "expr_key.h"
#include "source_text.h"
#include "tu_internal.h"

/*
 * A token of a macro body is placed at the invocation; a token of a
 * macro argument where the argument is written, after it.  An end from
 * the body makes the expression the macro's, even if it starts with an
 * argument (`d->f == 0` of `M(d)`).
 */
static bool from_macro_body(CXSourceLocation location)
{
	CXFile file, expansion_file;
	unsigned offset, expansion_offset;

	clang_getFileLocation(location, &file, NULL, NULL, &offset);
	clang_getExpansionLocation(location, &expansion_file, NULL, NULL,
				   &expansion_offset);
	return file && expansion_file && clang_File_isEqual(file, expansion_file) &&
	       offset == expansion_offset;
}

static bool made_by_macro_body(CXCursor cursor)
{
	CXSourceRange extent = clang_getCursorExtent(cursor);

	return from_macro_body(clang_getRangeStart(extent)) ||
	       from_macro_body(clang_getRangeEnd(extent));
}

static const char *keyword_of(CXCursor stmt)
{
	switch (clang_getCursorKind(stmt)) {
	case CXCursor_IfStmt:
		return "if";
	case CXCursor_WhileStmt:
		return "while";
	case CXCursor_DoStmt:
		return "do";
	case CXCursor_ForStmt:
		return "for";
	default:
		return NULL;
	}
}

/*
 * libclang places a macro body's tokens at the invocation, and spells them
 * there too: what stands in the file where the statement starts is the
 * macro's name, not the statement's keyword.  (From a macro argument, the
 * keyword is written there.)
 */
bool statement_in_macro_body(struct tu *tu, CXCursor stmt)
{
	const char *keyword = keyword_of(stmt);
	CXSourceLocation start = clang_getRangeStart(clang_getCursorExtent(stmt));
	size_t size = 0, n;
	const char *contents;
	CXFile file;
	unsigned offset;

	clang_getFileLocation(start, &file, NULL, NULL, &offset);
	if (!keyword || !file)
		return false;
	contents = tu_file_contents(tu, file, &size);
	n = strlen(keyword);
	if (!contents || offset + n > size)
		return false;
	return strncmp(contents + offset, keyword, n) != 0 ||
	       (offset + n < size && (isalnum((unsigned char)contents[offset + n]) ||
				      contents[offset + n] == '_'));
}

const char *macro_condition_text(struct tu *tu, CXCursor cursor)
{
	const char *interned;
	char *text;

	if (!made_by_macro_body(cursor))
		return NULL;
	text = expr_key(cursor, cursor_start(tu, cursor));
	interned = *text ? arena_intern(&tu->arena, text) : NULL;
	free(text);
	return interned;
}
