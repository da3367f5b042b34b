// SPDX-License-Identifier: GPL-2.0
/*
 * callback_name.c - which registration a call is, and which function of
 * the unit it registers.  The IR keeps an operand's spelling only: `fn`,
 * `&fn`, `(cast)fn`; an operand made inside a macro is spelled as the
 * whole invocation ("timer_setup(&t, fn, 0)" for init_timer_key()'s
 * argument).  Such an operand is trusted only when the invocation is of a
 * macro the rules list, and then that macro's own argument fn=N is taken:
 * INIT_DELAYED_WORK(w, fn) reaches init_timer_key() too, but with the
 * workqueue's own timer function, not with `fn`.
 */
#include <ctype.h>
#include <string.h>
#include "frontend.h"
#include "analysis/callback_name.h"

#define MAX_IDENTIFIER 128

static bool is_name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/*
 * The function text[0..len) designates: an identifier, perhaps with `&`,
 * parentheses and casts before it, naming a function with a body here.
 * "d->fn", "x ? f : g" or "f + 1" designate none.
 */
static struct ir_function *designated(struct tu *tu, const char *text, size_t len)
{
	char name[MAX_IDENTIFIER];
	size_t end = len, start, before;

	while (end > 0 && (isspace((unsigned char)text[end - 1]) || text[end - 1] == ')'))
		end--;
	for (start = end; start > 0 && is_name_char(text[start - 1]); start--)
		;
	if (start == end || end - start >= MAX_IDENTIFIER ||
	    isdigit((unsigned char)text[start]))
		return NULL;
	for (before = start; before > 0 && isspace((unsigned char)text[before - 1]); before--)
		;
	if (before > 0 && !strchr("&()", text[before - 1]))
		return NULL;
	memcpy(name, text + start, end - start);
	name[end - start] = '\0';
	return tu_function(tu, name);
}

/* Argument `index` of the invocation "NAME(a, b, c)": its extent. */
static bool macro_argument(const char *text, int index, size_t *start, size_t *len)
{
	const char *open = strchr(text, '(');
	int depth = 0, arg = 0;
	const char *p, *begin;

	if (!open)
		return false;
	begin = open + 1;
	for (p = begin; *p; p++) {
		if (*p == '(' || *p == '[' || *p == '{') {
			depth++;
		} else if (depth > 0 && (*p == ')' || *p == ']' || *p == '}')) {
			depth--;
		} else if (*p == ',' || *p == ')') {
			if (arg == index) {
				*start = begin - text;
				*len = p - begin;
				return true;
			}
			if (*p == ')')
				return false;
			arg++;
			begin = p + 1;
		}
	}
	return false;
}

/* Whether the operand is spelled as the invocation of the call's macro. */
static bool spelled_as_invocation(const struct ir_call *call, const char *text)
{
	size_t n;

	if (!call->macro)
		return false;
	n = strlen(call->macro);
	if (strncmp(text, call->macro, n))
		return false;
	while (isspace((unsigned char)text[n]))
		n++;
	return text[n] == '(';
}

struct ir_function *callback_registered(struct tu *tu, const struct ir_call *call,
					const struct api_entry *callee_api,
					const struct api_entry *macro_api,
					const struct api_entry **api)
{
	const struct api_entry *entry = callee_api ? callee_api : macro_api;
	const char *text;
	size_t start, len;

	if (!entry || entry->fn_arg >= call->nargs)
		return NULL;
	text = call->args[entry->fn_arg].text;
	*api = entry;
	if (!spelled_as_invocation(call, text))
		return designated(tu, text, strlen(text));
	if (!macro_api || !macro_argument(text, macro_api->fn_arg, &start, &len))
		return NULL;
	*api = macro_api;
	return designated(tu, text + start, len);
}
