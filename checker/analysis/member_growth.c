// SPDX-License-Identifier: GPL-2.0
/*
 * member_growth.c - members a function only ever increases.
 *
 * A transmit path tests skb_is_nonlinear(skb) (skb->data_len), hands skb
 * to a helper that appends a trailer fragment (`skb->data_len += tlen`),
 * maps that fragment, and tests skb_is_nonlinear(skb) again to unmap.  A
 * length that was non-zero and only grows stays non-zero: the kernel's
 * lengths and counts do not wrap, an increase by a non-negative amount
 * never brings one back to zero.  So a write is recorded with how it
 * changes its member: increased by a non-negative constant, increased by
 * a parameter (non-negative if the caller's argument is), or anything.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"

/* Nothing but its declaration and the constants assigned to it sets it. */
static bool assigned_only(const struct ir_function *fn, int var,
			  bool constants, bool *negative)
{
	int b, i;

	for (b = 0; b < fn->nblocks; b++) {
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];

			if ((in->op == IR_CALL && in->call.dest == var) ||
			    (in->op == IR_CLOBBER && in->clobber.var == var))
				return false;
			if (in->op != IR_ASSIGN || in->assign.dest != var)
				continue;
			if (!constants || !in->assign.src.has_value)
				return false;
			*negative |= in->assign.src.value < 0;
		}
	}
	return true;
}

/* A plain integer variable no pointer reaches. */
static bool plain_integer(const struct ir_function *fn, int var)
{
	const struct ir_var *v;

	if (var < 0 || var >= fn->nvars)
		return false;
	v = &fn->vars[var];
	return !v->is_pointer && !v->is_aggregate && !v->address_taken &&
	       (v->kind == IR_VAR_PARAM || v->kind == IR_VAR_LOCAL);
}

/* The parameter named `name` (an integer never assigned), or -1. */
static int unchanged_param(const struct ir_function *fn, const char *name)
{
	bool negative = false;
	int i;

	for (i = 0; i < fn->nparams; i++)
		if (!strcmp(fn->vars[i].name, name))
			return plain_integer(fn, i) &&
			       assigned_only(fn, i, false, &negative) ? i : -1;
	return -1;
}

/* A decimal or hexadecimal literal, perhaps with a U/L suffix. */
static bool literal(const char *text)
{
	size_t n = strspn(text, "0123456789");

	if (!n)
		return false;
	if (text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
		n = 2 + strspn(text + 2, "0123456789abcdefABCDEF");
	return text[n + strspn(text + n, "uUlL")] == '\0';
}

/* "sizeof(...)" and nothing after it: a size is never negative. */
static bool size_only(const char *text)
{
	int depth = 0;

	if (strncmp(text, "sizeof(", 7))
		return false;
	for (text += 6; *text; text++) {
		depth += *text == '(';
		depth -= *text == ')';
		if (!depth)
			return text[1] == '\0';
	}
	return false;
}

int store_growth(struct intern_table *strings, const struct ir_function *fn,
		 const struct ir_instr *store)
{
	const char *target = intern_compact(strings, store->store.target.text);
	const char *src = intern_compact(strings, store->store.src.text);
	size_t n = strlen(target);
	const char *amount;
	int param;

	if (store->store.src.kind != IR_EXPR_OTHER)
		return WRITE_ANY;
	if ((!strncmp(src, target, n) && !strcmp(src + n, "++")) ||
	    (!strncmp(src, "++", 2) && !strcmp(src + 2, target)))
		return WRITE_GROWS;
	if (strncmp(src, target, n) || strncmp(src + n, "+=", 2))
		return WRITE_ANY;
	amount = src + n + 2;
	if (literal(amount) || size_only(amount))
		return WRITE_GROWS;
	param = unchanged_param(fn, amount);
	return param >= 0 ? param : WRITE_ANY;
}

int growth_through_call(const struct ir_function *fn, const struct ir_call *call,
			int grow_by)
{
	const struct ir_expr *arg;
	bool negative = false;

	if (grow_by < 0)
		return grow_by;
	if (grow_by >= call->nargs)
		return WRITE_ANY;
	arg = &call->args[grow_by];
	if (arg->has_value)
		return arg->value >= 0 ? WRITE_GROWS : WRITE_ANY;
	if (arg->kind != IR_EXPR_VAR || arg->offset || !plain_integer(fn, arg->var))
		return WRITE_ANY;
	if (arg->var < fn->nparams)
		return assigned_only(fn, arg->var, false, &negative) ?
		       arg->var : WRITE_ANY;
	/* `tlen = sizeof(struct fcoe_crc_eof)` and nothing else */
	return assigned_only(fn, arg->var, true, &negative) && !negative ?
	       WRITE_GROWS : WRITE_ANY;
}
