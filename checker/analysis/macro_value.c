// SPDX-License-Identifier: GPL-2.0
/*
 * macro_value.c - is the value of a macro used, when the call the model
 * knows it by is only a helper inside it?  `err = __get_user(x, p)` is a
 * statement expression: its value is the last expression of the macro
 * body, never the helper call's result, so the call's own result_used
 * says nothing.  The front end spells every operand made inside the
 * expansion as the invocation; an operand so spelled that the caller
 * writes outside the expansion (at another column), or tests or returns,
 * uses the macro's value.
 */
#include <string.h>
#include "analysis/walk.h"

static bool same_place(struct ir_loc a, struct ir_loc b)
{
	return a.line == b.line && a.col == b.col && a.file == b.file;
}

static const char *invocation_text(const struct ir_instr *in)
{
	const char *macro = in->call.macro;
	size_t n = strlen(macro);
	int i;

	for (i = 0; i < in->call.nargs; i++) {
		const char *text = in->call.args[i].text;

		if (!strncmp(text, macro, n) && text[n] == '(')
			return text;
	}
	return NULL;
}

static bool used_outside(const struct ir_instr *next, const struct ir_instr *in,
			 const char *text)
{
	const struct ir_expr *src;

	if (next->op == IR_ASSIGN)
		src = &next->assign.src;
	else if (next->op == IR_STORE)
		src = &next->store.src;
	else if (next->op == IR_CALL && next->call.nargs > 0)
		src = &next->call.args[0];
	else
		return false;
	return !same_place(next->loc, in->loc) && !strcmp(src->text, text);
}

bool macro_value_used(const struct hm_walk *w, const struct ir_instr *in)
{
	const struct ir_block *b;
	const struct ir_instr *next;
	const char *text;

	if (!in->call.macro || w->block < 0 || w->block >= w->fn->nblocks)
		return false;
	text = invocation_text(in);
	b = &w->fn->blocks[w->block];
	if (!text || in < b->instrs || in >= b->instrs + b->ninstrs)
		return false;
	for (next = in + 1; next < b->instrs + b->ninstrs; next++)
		if (used_outside(next, in, text))
			return true;
	if (b->term.kind == IR_TERM_BRANCH)
		return !strcmp(b->term.cond.text, text);
	if (b->term.kind == IR_TERM_RETURN)
		return !strcmp(b->term.value.text, text);
	return false;
}
