// SPDX-License-Identifier: GPL-2.0
/*
 * callback_name.c - which function of the unit an argument names.  The IR
 * keeps an operand's spelling only: `fn`, `&fn`, `(cast)fn`, and for an
 * argument made inside a macro (timer_setup(t, fn, 0) expands to
 * init_timer_key(...)) the whole invocation.  An identifier counts only
 * if the unit defines a function of that name.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "frontend.h"
#include "analysis/callback_name.h"

#define MAX_IDENTIFIER 128

/*
 * The one function of the unit named in text[0..len), or NULL if none or
 * more than one is.
 */
static struct ir_function *only_function_in(struct tu *tu, const char *text,
					    size_t len)
{
	struct ir_function *found = NULL, *fn;
	char name[MAX_IDENTIFIER];
	size_t i = 0, n;

	while (i < len) {
		if (!isalpha((unsigned char)text[i]) && text[i] != '_') {
			i++;
			continue;
		}
		for (n = 0; i + n < len && (isalnum((unsigned char)text[i + n]) ||
					    text[i + n] == '_'); n++)
			;
		if (n < MAX_IDENTIFIER) {
			memcpy(name, text + i, n);
			name[n] = '\0';
			fn = tu_function(tu, name);
			if (fn && found && fn != found)
				return NULL;
			if (fn)
				found = fn;
		}
		i += n;
	}
	return found;
}

/* Argument `index` of the macro invocation "NAME(a, b, c)", by its extent. */
static bool macro_argument(const char *text, int index, size_t *start, size_t *len)
{
	const char *open = strchr(text, '(');
	int depth = 0, arg = 0;
	const char *p, *begin;

	if (!open)
		return false;
	begin = open + 1;
	for (p = begin; *p; p++) {
		if (*p == '(' || *p == '[' || *p == '{')
			depth++;
		else if ((*p == ')' || *p == ']' || *p == '}') && depth > 0)
			depth--;
		else if ((*p == ',' && depth == 0) || (*p == ')' && depth == 0)) {
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

struct ir_function *callback_function_named(struct tu *tu, const struct ir_call *call,
					    int index)
{
	const struct ir_expr *arg;
	struct ir_function *fn;
	size_t start, len;

	if (index < 0 || index >= call->nargs)
		return NULL;
	arg = &call->args[index];
	fn = only_function_in(tu, arg->text, strlen(arg->text));
	if (fn || !call->macro || strncmp(arg->text, call->macro, strlen(call->macro)))
		return fn;
	/* The invocation names several: take the macro's own argument. */
	if (!macro_argument(arg->text, index, &start, &len))
		return NULL;
	return only_function_in(tu, arg->text + start, len);
}
