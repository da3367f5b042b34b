/* SPDX-License-Identifier: GPL-2.0 */
/*
 * defscan_lex.h - the token reader behind defscan.c.  It knows C's lexical
 * shape only: comments, string and character literals, line splices and
 * preprocessor lines are consumed here, so the definition finder sees
 * identifiers, punctuation and one token per directive.
 */
#ifndef HMCHECK_XDB_DEFSCAN_LEX_H
#define HMCHECK_XDB_DEFSCAN_LEX_H

#include <stdbool.h>
#include <stddef.h>

enum defscan_token_kind {
	DEFSCAN_END,
	DEFSCAN_IDENT,
	DEFSCAN_PUNCT,		/* one character; literals and numbers are '"' and '0' */
	DEFSCAN_DIRECTIVE,
};

/* The directives that matter for brace counting; the rest are OTHER. */
enum defscan_directive {
	DIRECTIVE_OTHER,
	DIRECTIVE_IF,		/* #if, #ifdef, #ifndef */
	DIRECTIVE_IF_0,		/* #if 0: dead code up to its #else or #endif */
	DIRECTIVE_IF_1,		/* #if 1: its #else branches are dead */
	DIRECTIVE_ELSE,		/* #else, #elif, #elifdef, #elifndef */
	DIRECTIVE_ENDIF,
};

struct defscan_token {
	enum defscan_token_kind kind;
	const char *start;
	size_t len;
	int line;
	char punct;
	enum defscan_directive directive;
};

struct defscan_lexer {
	const char *text;
	size_t len;
	size_t pos;
	int line;
	bool at_line_start;	/* only blanks and comments so far on this line */
};

void defscan_lex_init(struct defscan_lexer *lex, const char *text, size_t len);
void defscan_lex_next(struct defscan_lexer *lex, struct defscan_token *token);

#endif /* HMCHECK_XDB_DEFSCAN_LEX_H */
