// SPDX-License-Identifier: GPL-2.0
/*
 * call_facts.c - which branch facts about memory survive a call.
 *
 * A driver tests `cp->crc_size`, maps, makes a dozen calls, and tests it
 * again to unmap.  By kernel convention a function only writes the objects
 * it is handed: a fact read through a local or parameter pointer outlives a
 * call that gets neither that pointer nor the variable's address.  Globals,
 * statics and address-taken variables are reachable by any call.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/util.h"

/* "(u8*)(type*)rest" -> "rest" */
static const char *skip_casts(const char *text)
{
	while (text[0] == '(') {
		const char *close = strchr(text, ')');

		if (!close)
			break;
		text = close + 1;
	}
	return text;
}

/*
 * `&name->a->b`: the address of an object reached through a pointer loaded
 * from *name, not of a part of *name itself.
 */
static bool address_beyond(struct hm_walk *w, const char *text, const char *name)
{
	const char *rest = skip_casts(intern_compact(w->an->strings, text));
	size_t n = strlen(name);
	const char *arrow, *index;

	if (rest[0] != '&' || strncmp(rest + 1, name, n) ||
	    strncmp(rest + 1 + n, "->", 2))
		return false;
	rest += 1 + n + 2;
	arrow = strstr(rest, "->");
	index = strpbrk(rest, "[(");
	return arrow && (!index || arrow < index);
}

static bool arg_reads(const struct ir_expr *arg, int var)
{
	int i;

	for (i = 0; i < arg->nreads; i++)
		if (arg->reads[i] == var)
			return true;
	return false;
}

/* Could the callee reach the object `var` points to (or var itself)? */
static bool call_receives(struct hm_walk *w, const struct ir_call *call, int var)
{
	int i;

	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];

		if (!arg_reads(arg, var) || !arg->is_pointer)
			continue;	/* an integer carries no address */
		if (arg->kind == IR_EXPR_MEMORY && !arg->offset)
			continue;	/* a pointer loaded from *var */
		if (arg->kind == IR_EXPR_OTHER &&
		    address_beyond(w, arg->text, w->fn->vars[var].name))
			continue;
		return true;
	}
	return false;
}

bool call_keeps_memory_fact(struct hm_walk *w, const struct ir_call *call,
			    const struct branch_fact *f)
{
	int i;

	if (!f->nreads)
		return false;
	for (i = 0; i < f->nreads; i++) {
		int var = f->reads[i];
		const struct ir_var *v;

		if (var < 0 || var >= w->fn->nvars)
			return false;
		v = &w->fn->vars[var];
		if ((v->kind != IR_VAR_PARAM && v->kind != IR_VAR_LOCAL) ||
		    v->address_taken || call_receives(w, call, var))
			return false;
	}
	return true;
}
