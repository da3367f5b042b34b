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
#include "analysis/call_writes.h"

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

/*
 * Whether a member chain the fact reads through `name` overlaps `region`;
 * when `name` cannot be found in the text (hidden in a macro), it may.
 */
static bool fact_overlaps(struct hm_walk *w, const char *fact, const char *name,
			  const char *region)
{
	const char *text = intern_compact(w->an->strings, fact);
	const char *at = access_find(text, text, name);
	size_t used;

	if (!at)
		return true;
	for (; at; at = access_find(text, at + 1, name)) {
		const char *chain = access_chain(w->an->strings, at + strlen(name),
						 &used);

		if (!*chain && (at == text || at[-1] != '*'))
			continue;	/* the pointer itself: calls cannot change it */
		if (regions_overlap(chain, region))
			return true;
	}
	return false;
}

/* What the callee writes through argument `i` touches what the fact reads. */
static bool call_writes_fact(struct hm_walk *w, const struct ir_call *call,
			     int i, int var, const char *fact)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(w->an->tu, call->callee) : NULL;
	const struct function_writes *fw = callee ? writes_of(w->an, callee) : NULL;
	const struct ir_expr *arg = &call->args[i];
	struct expr_region r;
	int j;

	if (!fw || fw->unknown || i >= fw->nparams || arg->var != var)
		return true;
	expr_region_of(w->an->strings, w->fn, arg, &r);
	for (j = 0; j < fw->params[i].n; j++)
		if (fact_overlaps(w, fact, w->fn->vars[var].name,
				  arg_region(w->an->strings, &r,
					     fw->params[i].regions[j])))
			return true;
	return false;
}

/* Could the callee write what the fact reads through `var` (or var itself)? */
static bool call_receives(struct hm_walk *w, const struct ir_call *call, int var,
			  const char *fact)
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
		if (call_writes_fact(w, call, i, var, fact))
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
		    v->address_taken || call_receives(w, call, var, f->text))
			return false;
	}
	return true;
}
