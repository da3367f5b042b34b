// SPDX-License-Identifier: GPL-2.0
/*
 * lower_annotations.c - sparse's context annotations on a definition:
 * "static void f(struct q *q) __releases(q->lock) { ... }".  Kernel builds
 * define them only under __CHECKER__, so the AST has nothing; the source
 * tokens between the start of the definition and its body still do.
 */
#include <stdio.h>
#include <string.h>

#include "cursor.h"
#include "lower.h"

enum annotation { NOT_ANNOTATION, RELEASES, ACQUIRES, MUST_HOLD };

static enum annotation annotation_kind(const char *name)
{
	if (!strcmp(name, "__releases"))
		return RELEASES;
	if (!strcmp(name, "__acquires"))
		return ACQUIRES;
	if (!strcmp(name, "__must_hold"))
		return MUST_HOLD;
	return NOT_ANNOTATION;
}

static char *token_text(CXTranslationUnit unit, CXToken token, char *buf,
			size_t size)
{
	CXString s = clang_getTokenSpelling(unit, token);

	snprintf(buf, size, "%s", clang_getCString(s));
	clang_disposeString(s);
	return buf;
}

/* The argument of the annotation whose name is tokens[at]; *end: after it. */
static const char *annotation_argument(struct tu *tu, CXToken *tokens,
				       unsigned n, unsigned at, unsigned *end)
{
	char text[256] = "", buf[128];
	unsigned i = at + 1;
	int depth = 0;

	*end = at + 1;
	if (i >= n || strcmp(token_text(tu->unit, tokens[i], buf, sizeof(buf)), "("))
		return NULL;
	for (; i < n; i++) {
		token_text(tu->unit, tokens[i], buf, sizeof(buf));
		depth += !strcmp(buf, "(") - !strcmp(buf, ")");
		if (depth == 0)
			break;
		if (i > at + 1 && strlen(text) + strlen(buf) < sizeof(text))
			strcat(text, buf);
	}
	*end = i + 1;
	return arena_intern(&tu->arena, text);
}

static void note_annotation(struct ir_function *fn, enum annotation kind,
			    const char *argument)
{
	switch (kind) {
	case RELEASES:
		if (!fn->nreleases++)
			fn->releases = argument;
		break;
	case ACQUIRES:
		if (!fn->nacquires++)
			fn->acquires = argument;
		break;
	case MUST_HOLD:
		if (!fn->must_hold)
			fn->must_hold = argument;
		break;
	default:
		break;
	}
}

void read_context_annotations(struct tu *tu, struct ir_function *fn,
			      CXCursor definition, CXCursor body)
{
	CXSourceRange whole = clang_getCursorExtent(definition);
	CXSourceRange head;
	CXToken *tokens = NULL;
	unsigned n = 0, i, end;
	char buf[128];

	if (clang_Cursor_isNull(body))
		return;
	head = clang_getRange(clang_getRangeStart(whole),
			      clang_getRangeStart(clang_getCursorExtent(body)));
	clang_tokenize(tu->unit, head, &tokens, &n);
	for (i = 0; i < n; i = end) {
		enum annotation kind;
		const char *argument;

		end = i + 1;
		if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
			continue;
		kind = annotation_kind(token_text(tu->unit, tokens[i], buf, sizeof(buf)));
		if (kind == NOT_ANNOTATION)
			continue;
		argument = annotation_argument(tu, tokens, n, i, &end);
		if (argument)
			note_annotation(fn, kind, argument);
	}
	clang_disposeTokens(tu->unit, tokens, n);
}
