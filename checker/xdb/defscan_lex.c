// SPDX-License-Identifier: GPL-2.0
/*
 * defscan_lex.c - C tokens, cheaply, from any bytes at all.
 *
 * Every read is checked against the length: the text need not end in NUL
 * and may hold NULs, junk, or stop in the middle of a comment.  Literals
 * end at an unspliced newline even when unterminated, so one stray quote
 * (an apostrophe in an #error, binary junk) costs one line, not the file.
 */
#include <string.h>

#include "defscan_lex.h"

void defscan_lex_init(struct defscan_lexer *lex, const char *text, size_t len)
{
	lex->text = text;
	lex->len = len;
	lex->pos = 0;
	lex->line = 1;
	lex->at_line_start = true;
}

static char peek(const struct defscan_lexer *lex, size_t ahead)
{
	if (lex->pos + ahead >= lex->len)
		return '\0';
	return lex->text[lex->pos + ahead];
}

static bool at_end(const struct defscan_lexer *lex)
{
	return lex->pos >= lex->len;
}

/* A backslash-newline at pos (the newline may be CRLF): consume it. */
static bool skip_splice(struct defscan_lexer *lex)
{
	if (peek(lex, 0) != '\\')
		return false;
	if (peek(lex, 1) == '\n') {
		lex->pos += 2;
	} else if (peek(lex, 1) == '\r' && peek(lex, 2) == '\n') {
		lex->pos += 3;
	} else {
		return false;
	}
	lex->line++;
	return true;
}

static void skip_block_comment(struct defscan_lexer *lex)
{
	lex->pos += 2;
	while (!at_end(lex)) {
		if (peek(lex, 0) == '*' && peek(lex, 1) == '/') {
			lex->pos += 2;
			return;
		}
		if (peek(lex, 0) == '\n')
			lex->line++;
		lex->pos++;
	}
}

/* Up to the newline, which is left for the caller; splices continue it. */
static void skip_line_comment(struct defscan_lexer *lex)
{
	while (!at_end(lex) && peek(lex, 0) != '\n') {
		if (!skip_splice(lex))
			lex->pos++;
	}
}

static bool skip_comment(struct defscan_lexer *lex)
{
	if (peek(lex, 0) != '/')
		return false;
	if (peek(lex, 1) == '*')
		skip_block_comment(lex);
	else if (peek(lex, 1) == '/')
		skip_line_comment(lex);
	else
		return false;
	return true;
}

/* A string or character literal, with escapes; never past its line. */
static void skip_literal(struct defscan_lexer *lex)
{
	char quote = peek(lex, 0);

	lex->pos++;
	while (!at_end(lex)) {
		char c = peek(lex, 0);

		if (c == quote) {
			lex->pos++;
			return;
		}
		if (c == '\n')
			return;
		if (c == '\\' && !skip_splice(lex))
			lex->pos += at_end(lex) ? 0 : 2;
		else if (c != '\\')
			lex->pos++;
	}
	if (lex->pos > lex->len)	/* a backslash as the last byte */
		lex->pos = lex->len;
}

static bool is_ident_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
}

static bool is_ident_char(char c)
{
	return is_ident_start(c) || (c >= '0' && c <= '9');
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\0';
}

static void skip_ident(struct defscan_lexer *lex)
{
	while (!at_end(lex) && is_ident_char(peek(lex, 0)))
		lex->pos++;
}

/* A pp-number: digits, letters, dots, and a sign after an exponent. */
static void skip_number(struct defscan_lexer *lex)
{
	while (!at_end(lex)) {
		char c = peek(lex, 0);
		char next = peek(lex, 1);

		if ((c == 'e' || c == 'E' || c == 'p' || c == 'P') &&
		    (next == '+' || next == '-'))
			lex->pos += 2;
		else if (is_ident_char(c) || c == '.')
			lex->pos++;
		else
			return;
	}
	if (lex->pos > lex->len)
		lex->pos = lex->len;
}

/* Blanks, splices and comments inside a directive line. */
static void skip_directive_blanks(struct defscan_lexer *lex)
{
	while (!at_end(lex)) {
		if (is_blank(peek(lex, 0)))
			lex->pos++;
		else if (!skip_splice(lex) && !skip_comment(lex))
			return;
	}
}

static bool word_is(const char *start, size_t len, const char *word)
{
	return len == strlen(word) && memcmp(start, word, len) == 0;
}

/* #if 0 and #if 1: the condition is that one digit alone. */
static enum defscan_directive classify_if(struct defscan_lexer *lex)
{
	char digit;

	skip_directive_blanks(lex);
	digit = peek(lex, 0);
	if ((digit != '0' && digit != '1') || at_end(lex))
		return DIRECTIVE_IF;
	if (is_ident_char(peek(lex, 1)) || peek(lex, 1) == '.')
		return DIRECTIVE_IF;
	lex->pos++;
	skip_directive_blanks(lex);
	if (!at_end(lex) && peek(lex, 0) != '\n')
		return DIRECTIVE_IF;	/* #if 0 || CONFIG_X and the like */
	return digit == '0' ? DIRECTIVE_IF_0 : DIRECTIVE_IF_1;
}

static enum defscan_directive classify_directive(struct defscan_lexer *lex)
{
	const char *name;
	size_t len;

	skip_directive_blanks(lex);
	name = lex->text + lex->pos;
	skip_ident(lex);
	len = lex->text + lex->pos - name;
	if (word_is(name, len, "if"))
		return classify_if(lex);
	if (word_is(name, len, "ifdef") || word_is(name, len, "ifndef"))
		return DIRECTIVE_IF;
	if (word_is(name, len, "else") || word_is(name, len, "elif") ||
	    word_is(name, len, "elifdef") || word_is(name, len, "elifndef"))
		return DIRECTIVE_ELSE;
	if (word_is(name, len, "endif"))
		return DIRECTIVE_ENDIF;
	return DIRECTIVE_OTHER;
}

/* The rest of a directive, through splices and multi-line comments. */
static void skip_directive_body(struct defscan_lexer *lex)
{
	while (!at_end(lex) && peek(lex, 0) != '\n') {
		char c = peek(lex, 0);

		if (c == '"' || c == '\'')
			skip_literal(lex);
		else if (!skip_splice(lex) && !skip_comment(lex))
			lex->pos++;
	}
}

static void read_directive(struct defscan_lexer *lex, struct defscan_token *token)
{
	token->kind = DEFSCAN_DIRECTIVE;
	token->line = lex->line;
	token->start = lex->text + lex->pos;
	lex->pos++;
	token->directive = classify_directive(lex);
	skip_directive_body(lex);
	token->len = lex->text + lex->pos - token->start;
}

/* Whitespace, splices and comments; false at the first byte of a token. */
static bool skip_space(struct defscan_lexer *lex)
{
	char c = peek(lex, 0);

	if (c == '\n') {
		lex->line++;
		lex->at_line_start = true;
		lex->pos++;
		return true;
	}
	if (is_blank(c)) {
		lex->pos++;
		return true;
	}
	return skip_splice(lex) || skip_comment(lex);
}

static void read_token(struct defscan_lexer *lex, struct defscan_token *token)
{
	char c = peek(lex, 0);

	token->line = lex->line;
	token->start = lex->text + lex->pos;
	token->directive = DIRECTIVE_OTHER;
	token->kind = DEFSCAN_PUNCT;
	token->punct = c;
	if (is_ident_start(c)) {
		token->kind = DEFSCAN_IDENT;
		skip_ident(lex);
	} else if ((c >= '0' && c <= '9') || (c == '.' && peek(lex, 1) >= '0' &&
					      peek(lex, 1) <= '9')) {
		token->punct = '0';
		skip_number(lex);
	} else if (c == '"' || c == '\'') {
		token->punct = '"';
		skip_literal(lex);
	} else {
		lex->pos++;
	}
	token->len = lex->text + lex->pos - token->start;
}

void defscan_lex_next(struct defscan_lexer *lex, struct defscan_token *token)
{
	while (!at_end(lex) && skip_space(lex))
		;
	if (at_end(lex)) {
		token->kind = DEFSCAN_END;
		token->start = lex->text + lex->len;
		token->len = 0;
		token->line = lex->line;
		token->punct = '\0';
		token->directive = DIRECTIVE_OTHER;
		return;
	}
	if (peek(lex, 0) == '#' && lex->at_line_start) {
		read_directive(lex, token);
		return;
	}
	lex->at_line_start = false;
	read_token(lex, token);
}
