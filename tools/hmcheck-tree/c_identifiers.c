// SPDX-License-Identifier: GPL-2.0
/*
 * c_identifiers.c - a lexer just good enough for the prefilter: it finds the
 * identifiers of a C file and skips comments, string and character literals
 * (a kmap in a comment is not a mapping).  Numbers are skipped whole so that
 * "0x1fkmap" is not taken for a name.  It never fails: odd input (an
 * unterminated comment) only ends the scan early.
 */
#include <stdbool.h>
#include <string.h>
#include "hmcheck_tree.h"

static bool is_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static bool is_part(char c)
{
	return is_start(c) || (c >= '0' && c <= '9');
}

/* Index just past the comment or literal starting at `i`. */
static size_t skip_comment(const char *t, size_t len, size_t i)
{
	if (t[i + 1] == '/') {
		while (i < len && t[i] != '\n')
			i += t[i] == '\\' ? 2 : 1;	/* a \ newline continues it */
		return i;
	}
	for (i += 2; i + 1 < len; i++)
		if (t[i] == '*' && t[i + 1] == '/')
			return i + 2;
	return len;
}

static size_t skip_literal(const char *t, size_t len, size_t i)
{
	char quote = t[i];

	for (i++; i < len && t[i] != quote && t[i] != '\n'; i++)
		if (t[i] == '\\')
			i++;
	return i + 1;
}

static bool followed_by_paren(const char *t, size_t len, size_t i)
{
	while (i < len && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n'))
		i++;
	return i < len && t[i] == '(';
}

void c_identifiers(const char *t, size_t len,
		   void (*fn)(void *data, const char *id, size_t len, bool called),
		   void *data)
{
	size_t i = 0, start;

	while (i < len) {
		char c = t[i];

		if (c == '/' && i + 1 < len && (t[i + 1] == '/' || t[i + 1] == '*')) {
			i = skip_comment(t, len, i);
		} else if (c == '"' || c == '\'') {
			i = skip_literal(t, len, i);
		} else if (is_start(c)) {
			start = i;
			while (i < len && is_part(t[i]))
				i++;
			fn(data, t + start, i - start, followed_by_paren(t, len, i));
		} else if (c >= '0' && c <= '9') {
			while (i < len && (is_part(t[i]) || t[i] == '.'))
				i++;
		} else {
			i++;
		}
	}
}
