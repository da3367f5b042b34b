/* SPDX-License-Identifier: GPL-2.0 */
/*
 * source_text.h - what the user wrote: expression text, locations, the
 * macro a call was written through, the labels of an asm goto.
 */
#ifndef HMCHECK_FRONTEND_SOURCE_TEXT_H
#define HMCHECK_FRONTEND_SOURCE_TEXT_H

#include <clang-c/Index.h>

#include "ir.h"

struct tu;

/* Where `location` is in a file (a macro argument: where it was written). */
struct ir_loc source_loc(struct tu *tu, CXSourceLocation location);
/* The start of the cursor's extent, in a file. */
struct ir_loc cursor_start(struct tu *tu, CXCursor cursor);

/*
 * The cursor's source spelling as written in the file, tokens joined by one
 * space except in C's tight spots (a->b, a.b, f(x), a[i], unary operators,
 * casts), so that equal token sequences give equal text.  Interned, never
 * NULL.
 */
const char *cursor_text(struct tu *tu, CXCursor cursor);

/*
 * The condition of an if or loop statement a macro body makes, when it has
 * no text of its own in the file: the expression written out from its
 * syntax tree (macro arguments substituted), so that equal tests compare
 * equal.  NULL for a
 * condition written in the file, where cursor_text() is right.
 */
const char *macro_condition_text(struct tu *tu, CXCursor cursor);
/* Whether the statement comes from a macro's body (not its arguments). */
bool statement_in_macro_body(struct tu *tu, CXCursor stmt);

/* The identifier written at `offset` of `file` (interned), or NULL. */
const char *identifier_at(struct tu *tu, CXFile file, unsigned offset);
/*
 * For a call whose callee name is at `callee_location`: the function-like
 * macro written at that place when it is not the callee itself, or NULL.
 */
const char *call_macro(struct tu *tu, CXSourceLocation callee_location,
		       const char *callee);

/* The labels named by an asm goto statement (interned); their count. */
int asm_goto_labels(struct tu *tu, CXCursor asm_stmt, const char **labels, int max);
/* How many output operands an asm statement has; -1 when not known. */
int asm_output_count(struct tu *tu, CXCursor asm_stmt);

#endif
