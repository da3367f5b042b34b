// SPDX-License-Identifier: GPL-2.0
/*
 * source_text.c - spelling and positions as written in the file.
 *
 * libclang's clang_getFileLocation() already does the useful thing for
 * macros: a token from a macro argument is placed where the argument was
 * written, a token from a macro body at the macro's invocation.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "source_text.h"
#include "tu_internal.h"

struct ir_loc source_loc(struct tu *tu, CXSourceLocation location)
{
	struct ir_loc loc = { "", 0, 0 };
	CXFile file;

	clang_getFileLocation(location, &file, &loc.line, &loc.col, NULL);
	if (file)
		loc.file = tu_file_name(tu, file);
	return loc;
}

struct ir_loc cursor_start(struct tu *tu, CXCursor cursor)
{
	return source_loc(tu, clang_getRangeStart(clang_getCursorExtent(cursor)));
}

struct text_buffer {
	char *data;
	size_t len, capacity;
};

static void buffer_add(struct text_buffer *buf, const char *text)
{
	size_t n = strlen(text);

	if (buf->len + n + 1 > buf->capacity) {
		buf->capacity = (buf->len + n + 1) * 2;
		buf->data = realloc(buf->data, buf->capacity);
		if (!buf->data)
			abort();
	}
	memcpy(buf->data + buf->len, text, n + 1);
	buf->len += n;
}

static bool is_one_of(const char *token, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(token, *set) == 0)
			return true;
	return false;
}

static bool is_word(const char *token)
{
	return isalnum((unsigned char)token[0]) || token[0] == '_' ||
	       token[0] == '"' || token[0] == '\'';
}

/* Ends an operand: an identifier, a literal, `)` or `]`. */
static bool ends_operand(const char *token)
{
	return is_word(token) || strcmp(token, ")") == 0 || strcmp(token, "]") == 0;
}

static bool is_prefix_operator(const char *before, const char *token)
{
	static const char *const unary[] = { "*", "&", "-", "+", "!", "~", "++", "--", NULL };

	return is_one_of(token, unary) && (!before || !ends_operand(before));
}

/* Whether a space goes between `prev` and `token`; `before` precedes prev. */
static bool wants_space(const char *before, const char *prev, const char *token)
{
	static const char *const tight_before[] = { ")", "]", ",", ";", ".", "->", NULL };
	static const char *const tight_after[] = { "(", "[", ".", "->", NULL };

	if (is_one_of(token, tight_before) || is_one_of(prev, tight_after))
		return false;
	if ((strcmp(token, "(") == 0 || strcmp(token, "[") == 0) && ends_operand(prev))
		return false;
	if ((strcmp(token, "++") == 0 || strcmp(token, "--") == 0) && ends_operand(prev))
		return false;
	if (is_prefix_operator(before, prev))
		return false;
	/* A cast: `(u8 *)addr`. */
	if (strcmp(prev, ")") == 0 && is_word(token))
		return false;
	return true;
}

static bool balanced(CXTranslationUnit unit, const CXToken *tokens, unsigned n)
{
	int depth = 0;

	for (unsigned i = 0; i < n; i++) {
		CXString s = clang_getTokenSpelling(unit, tokens[i]);
		const char *t = clang_getCString(s);

		if (!strcmp(t, "(") || !strcmp(t, "[") || !strcmp(t, "{"))
			depth++;
		else if (!strcmp(t, ")") || !strcmp(t, "]") || !strcmp(t, "}"))
			depth--;
		clang_disposeString(s);
		if (depth < 0)
			return false;
	}
	return depth == 0;
}

static char *join_tokens(CXTranslationUnit unit, const CXToken *tokens, unsigned n)
{
	struct text_buffer buf = { NULL, 0, 0 };
	CXString before = { 0 }, prev = { 0 };

	buffer_add(&buf, "");
	for (unsigned i = 0; i < n; i++) {
		CXString s = clang_getTokenSpelling(unit, tokens[i]);

		if (i > 0 && wants_space(i > 1 ? clang_getCString(before) : NULL,
					 clang_getCString(prev), clang_getCString(s)))
			buffer_add(&buf, " ");
		buffer_add(&buf, clang_getCString(s));
		if (i > 1)
			clang_disposeString(before);
		before = prev;
		prev = s;
	}
	if (n > 1)
		clang_disposeString(before);
	if (n > 0)
		clang_disposeString(prev);
	return buf.data;
}

/*
 * The text of an expression longer than this is cut, and named by where it
 * stands so that two long ones never compare equal.  Every node of a deep
 * expression (a ?: chain of thousands) has its own text: whole, they made
 * the time and the memory quadratic.
 */
#define MAX_TEXT_BYTES	2048

static char *cut_text(char *text, unsigned from, unsigned to)
{
	size_t size = strlen(text) + 64;
	char *cut = malloc(size);

	if (!cut)
		abort();
	snprintf(cut, size, "%s ... [%u bytes at offset %u]", text, to - from, from);
	free(text);
	return cut;
}

/* Tokens of [begin, end) in one file; NULL if the range is not one. */
static char *range_text(struct tu *tu, CXSourceLocation begin, CXSourceLocation end,
			bool want_balanced)
{
	CXFile file1, file2;
	unsigned from, to, cut_at, n = 0;
	CXToken *tokens = NULL;
	CXSourceRange range;
	char *text = NULL;

	clang_getFileLocation(begin, &file1, NULL, NULL, &from);
	clang_getFileLocation(end, &file2, NULL, NULL, &to);
	if (!file1 || !file2 || !clang_File_isEqual(file1, file2) || to <= from)
		return NULL;
	cut_at = to - from > MAX_TEXT_BYTES ? from + MAX_TEXT_BYTES : to;
	range = clang_getRange(tu_location_near(tu, file1, from, &begin, from),
			       tu_location_near(tu, file1, cut_at, &begin, from));
	clang_tokenize(tu->unit, range, &tokens, &n);
	while (n > 0) {
		unsigned at;

		clang_getFileLocation(clang_getTokenLocation(tu->unit, tokens[n - 1]),
				      NULL, NULL, NULL, &at);
		if (at < cut_at)
			break;
		n--;
	}
	if (cut_at < to)
		text = cut_text(join_tokens(tu->unit, tokens, n), from, to);
	else if (!want_balanced || balanced(tu->unit, tokens, n))
		text = join_tokens(tu->unit, tokens, n);
	clang_disposeTokens(tu->unit, tokens, n ? n : 0);
	return text;
}

static CXSourceLocation expansion_of(struct tu *tu, CXSourceLocation location)
{
	CXFile file;
	unsigned offset;

	clang_getExpansionLocation(location, &file, NULL, NULL, &offset);
	if (!file)
		return location;
	return tu_location_at(tu, file, offset);
}

/* How many of `tokens` make up `name(...)`, the parentheses balanced. */
static unsigned invocation_length(CXTranslationUnit unit, const CXToken *tokens, unsigned n)
{
	int depth = 0;

	for (unsigned i = 1; i < n; i++) {
		CXString s = clang_getTokenSpelling(unit, tokens[i]);
		const char *t = clang_getCString(s);
		bool open = !strcmp(t, "("), close = !strcmp(t, ")");

		clang_disposeString(s);
		if (i == 1 && !open)
			return 1;	/* an object-like macro */
		depth += open - close;
		if (depth == 0)
			return i + 1;
	}
	return n > 0 ? 1 : 0;
}

/*
 * A value made entirely inside macro bodies (the 1 of preempt_disable())
 * has no text of its own in the file: the invocation it comes from.
 */
static char *invocation_text(struct tu *tu, CXSourceLocation location)
{
	size_t size = 0;
	CXFile file;
	unsigned from, n = 0;
	CXToken *tokens = NULL;
	CXSourceRange window;
	char *text;

	clang_getExpansionLocation(location, &file, NULL, NULL, &from);
	if (!file || !tu_file_contents(tu, file, &size) || from >= size)
		return NULL;
	window = clang_getRange(tu_location_at(tu, file, from),
				tu_location_at(tu, file, size - from > 4096 ?
						       from + 4096 : size));
	clang_tokenize(tu->unit, window, &tokens, &n);
	text = join_tokens(tu->unit, tokens, invocation_length(tu->unit, tokens, n));
	clang_disposeTokens(tu->unit, tokens, n);
	return text;
}

/*
 * Parentheses, an implicit conversion or a cast between pointers that a
 * macro body puts around its argument (pte_unmap(pte) is
 * kunmap_atomic((pte))): what they wrap, else a null cursor.  They do not
 * change which object is named, and the argument has its own text where
 * it was written.
 */
static CXCursor macro_wrapped(CXCursor cursor)
{
	CXCursor inner = strip_implicit(cursor);

	if (clang_getCursorKind(inner) == CXCursor_CStyleCastExpr &&
	    type_is_pointer(clang_getCursorType(inner))) {
		CXCursor value = strip_implicit(cursor_last_expression(inner));

		if (!clang_Cursor_isNull(value) &&
		    type_is_pointer(clang_getCursorType(value)))
			inner = value;
	}
	if (clang_equalCursors(inner, cursor))
		return clang_getNullCursor();
	return inner;
}

const char *cursor_text(struct tu *tu, CXCursor cursor)
{
	CXSourceRange extent = clang_getCursorExtent(cursor);
	CXSourceLocation begin = clang_getRangeStart(extent);
	CXSourceLocation end = clang_getRangeEnd(extent);
	char *text = range_text(tu, begin, end, true);
	const char *interned;
	CXCursor inner;

	/* Wrapped by a macro body: as the argument was written, at any depth. */
	if (!text && !clang_Cursor_isNull(inner = macro_wrapped(cursor)))
		return cursor_text(tu, inner);
	/* Half in a macro argument, half in its body: take the invocation. */
	if (!text)
		text = range_text(tu, expansion_of(tu, begin), end, false);
	if (!text)
		text = invocation_text(tu, begin);
	if (!text)
		return arena_intern(&tu->arena, "");
	interned = arena_intern(&tu->arena, text);
	free(text);
	return interned;
}

const char *identifier_at(struct tu *tu, CXFile file, unsigned offset)
{
	size_t size = 0;
	const char *contents = tu_file_contents(tu, file, &size);
	size_t end = offset;

	if (!contents || offset >= size)
		return NULL;
	while (end < size && (isalnum((unsigned char)contents[end]) || contents[end] == '_'))
		end++;
	if (end == offset)
		return NULL;
	return arena_intern_len(&tu->arena, contents + offset, end - offset);
}

const char *call_macro(struct tu *tu, CXSourceLocation callee_location,
		       const char *callee)
{
	CXFile file, expansion_file;
	unsigned offset, expansion_offset;
	const char *written;

	clang_getFileLocation(callee_location, &file, NULL, NULL, &offset);
	clang_getExpansionLocation(callee_location, &expansion_file, NULL, NULL,
				   &expansion_offset);
	/* Spelled in a macro argument: the callee is written right there. */
	if (!file || !expansion_file || !clang_File_isEqual(file, expansion_file) ||
	    offset != expansion_offset)
		return NULL;
	written = identifier_at(tu, file, offset);
	if (!written || (callee && strcmp(written, callee) == 0))
		return NULL;
	return written;
}

static const char *token_string(struct tu *tu, CXToken token)
{
	CXString s = clang_getTokenSpelling(tu->unit, token);
	const char *interned = arena_intern(&tu->arena, clang_getCString(s));

	clang_disposeString(s);
	return interned;
}

/* Where a token of an asm statement is: its parentheses and its parts. */
struct asm_part {
	int depth;
	int colons;
};

/* Brackets and the colons between parts: true if `t` was one of them. */
static bool asm_structure(struct asm_part *part, const char *t)
{
	if (!strcmp(t, "(") || !strcmp(t, "["))
		part->depth++;
	else if (!strcmp(t, ")") || !strcmp(t, "]"))
		part->depth--;
	else if (part->depth == 1 && !strcmp(t, ":"))
		part->colons++;
	else if (part->depth == 1 && !strcmp(t, "::"))
		part->colons += 2;
	else
		return false;
	return true;
}

int asm_goto_labels(struct tu *tu, CXCursor asm_stmt, const char **labels, int max)
{
	CXToken *tokens = NULL;
	unsigned n = 0;
	struct asm_part part = { 0, 0 };
	int found = 0;

	CXSourceRange extent = clang_getCursorExtent(asm_stmt);
	CXFile file;
	unsigned from, to;

	/* From a macro (asm_volatile_goto), the extent's file range is the call. */
	clang_getExpansionLocation(clang_getRangeStart(extent), &file, NULL, NULL, &from);
	clang_getFileLocation(clang_getRangeEnd(extent), NULL, NULL, NULL, &to);
	if (!file || to <= from)
		return 0;
	extent = clang_getRange(tu_location_at(tu, file, from),
				tu_location_at(tu, file, to));
	clang_tokenize(tu->unit, extent, &tokens, &n);
	for (unsigned i = 0; i < n; i++) {
		const char *t = token_string(tu, tokens[i]);

		if (asm_structure(&part, t))
			continue;
		/* Only asm goto has a fourth part: its labels. */
		if (part.depth == 1 && part.colons == 4 && is_word(t) && found < max)
			labels[found++] = t;
	}
	clang_disposeTokens(tu->unit, tokens, n);
	return found;
}

static bool is_asm_keyword(const char *t)
{
	return !strcmp(t, "asm") || !strcmp(t, "__asm__") || !strcmp(t, "__asm");
}

/*
 * The operands between the first and second top-level colon, counted by
 * their commas.  Only for an asm written out in the file: from a macro,
 * the tokens are the invocation's, and their colons are not the asm's.
 */
int asm_output_count(struct tu *tu, CXCursor asm_stmt)
{
	CXToken *tokens = NULL;
	unsigned n = 0;
	struct asm_part part = { 0, 0 };
	int outputs = 0;

	clang_tokenize(tu->unit, clang_getCursorExtent(asm_stmt), &tokens, &n);
	if (n == 0 || !is_asm_keyword(token_string(tu, tokens[0])))
		outputs = -1;
	for (unsigned i = 0; i < n && outputs >= 0 && part.colons < 2; i++) {
		const char *t = token_string(tu, tokens[i]);

		if (asm_structure(&part, t))
			continue;
		if (part.depth == 1 && part.colons == 1 && !strcmp(t, ","))
			outputs++;
		else if (part.colons == 1 && !outputs)
			outputs = 1;
	}
	clang_disposeTokens(tu->unit, tokens, n);
	return outputs;
}
