/* SPDX-License-Identifier: GPL-2.0 */
/*
 * expr_key.h - an expression's text made from its syntax tree, where the
 * file has none (a macro body's condition).
 */
#ifndef HMCHECK_FRONTEND_EXPR_KEY_H
#define HMCHECK_FRONTEND_EXPR_KEY_H

#include <clang-c/Index.h>
#include "ir.h"

/* Malloc'ed; a key past 1 KB names where the expression is instead. */
char *expr_key(CXCursor cursor, struct ir_loc where);

#endif
