// SPDX-License-Identifier: GPL-2.0
/*
 * member_facts.c - a branch fact about one member, across a call handed
 * the object: `if (skb_is_nonlinear(skb))` (a predicate returning
 * skb->data_len) or `if (buf->data_len)`, then a call that may only
 * increase that member (member_growth.c), then the same test again.
 *
 * The fact survives when nothing the callee writes through its arguments
 * overlaps the member, or the fact says the member is non-zero and the
 * callee only increases it by a non-negative amount.  What the callee
 * writes comes from its body, or for a function of another file from the
 * summary database or demand analysis; without an answer the fact goes,
 * as before.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"

/* The member fact: `var<chain>` is non-zero (value) or zero (!value). */
struct member_fact {
	int var;
	const char *chain;
	bool nonzero;
};

/* `return p->m;` on every return, nothing else done: "->m", else NULL. */
const char *predicate_member(struct hm_walk *w, const struct ir_function *fn)
{
	const char *chain = NULL;
	struct expr_region r;
	int b, i;

	if (fn->nparams < 1 || !fn->vars[0].is_pointer || fn->truncated)
		return NULL;
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];
		const struct ir_expr *value = &blk->term.value;

		for (i = 0; i < blk->ninstrs; i++)
			if (blk->instrs[i].op != IR_DEREF)
				return NULL;
		if (blk->term.kind == IR_TERM_GOTO)
			continue;
		if (blk->term.kind != IR_TERM_RETURN ||
		    value->kind != IR_EXPR_MEMORY || value->var != 0 ||
		    value->offset)
			return NULL;
		expr_region_of(w->an->strings, fn, value, &r);
		if (r.whole || r.address || !*r.chain || (chain && chain != r.chain))
			return NULL;
		chain = r.chain;
	}
	return chain;
}

static bool plain_pointer(const struct hm_walk *w, int var)
{
	const struct ir_var *v;

	if (var < 0 || var >= w->fn->nvars)
		return false;
	v = &w->fn->vars[var];
	return v->is_pointer && !v->address_taken &&
	       (v->kind == IR_VAR_PARAM || v->kind == IR_VAR_LOCAL);
}

/* "pred(var)" of a predicate reading one member of its argument. */
static bool predicate_fact(struct hm_walk *w, const struct branch_fact *f,
			   struct member_fact *m)
{
	const struct ir_function *callee = f->callee ?
		tu_function(w->an->tu, f->callee) : NULL;
	const char *text = intern_compact(w->an->strings, f->text);
	size_t n;

	if (!callee || f->nreads != 1 || !plain_pointer(w, f->reads[0]))
		return false;
	m->var = f->reads[0];
	n = strlen(f->callee);
	if (strncmp(text, f->callee, n) || text[n] != '(' ||
	    strncmp(text + n + 1, w->fn->vars[m->var].name,
		    strlen(w->fn->vars[m->var].name)) ||
	    strcmp(text + n + 1 + strlen(w->fn->vars[m->var].name), ")"))
		return false;
	m->chain = predicate_member(w, callee);
	m->nonzero = f->value;
	return m->chain != NULL;
}

/* "var->a.b" tested as is. */
static bool plain_fact(struct hm_walk *w, const struct branch_fact *f,
		       struct member_fact *m)
{
	const char *text = intern_compact(w->an->strings, f->text);
	const char *name;
	size_t n, used;

	if (f->predicate || f->nreads != 1 || !plain_pointer(w, f->reads[0]))
		return false;
	m->var = f->reads[0];
	name = w->fn->vars[m->var].name;
	n = strlen(name);
	if (strncmp(text, name, n) || strncmp(text + n, "->", 2))
		return false;
	m->chain = access_chain(w->an->strings, text + n, &used);
	m->nonzero = f->value;
	return *m->chain && !text[n + used] && !strchr(m->chain, '[');
}

/*
 * This function maps and unmaps a family itself: a fact it keeps may pair
 * a map with its unmap, worth analyzing a callee's file on demand.
 */
static bool maps_here(const struct hm_walk *w)
{
	int i;

	for (i = 0; i <= FAMILY_PKMAP; i++)
		if (w->maps_family[i] && w->unmaps_family[i])
			return true;
	return false;
}

static const struct function_writes *call_writes(struct hm_walk *w,
						 const struct ir_call *call)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(w->an->tu, call->callee) : NULL;
	bool need = maps_here(w);

	if (callee)
		return need ? writes_of_needed(w->an, callee) :
		       writes_of(w->an, callee);
	if (!call->callee || !w->an->opts.externs)
		return NULL;
	return extern_writes_of(w->an, call->callee, need);
}

/* What the callee writes through argument `i` leaves the fact true. */
static bool writes_keep(struct hm_walk *w, const struct ir_call *call, int i,
			const struct param_writes *p, const struct member_fact *m)
{
	struct expr_region r;
	int j;

	expr_region_of(w->an->strings, w->fn, &call->args[i], &r);
	for (j = 0; j < p->n; j++) {
		const char *region = arg_region(w->an->strings, &r, p->regions[j]);

		if (!regions_overlap(region, m->chain))
			continue;
		if (!m->nonzero || region != m->chain ||
		    growth_through_call(w->fn, call, p->grow_by[j]) != WRITE_GROWS)
			return false;
	}
	return true;
}

static bool call_keeps(struct hm_walk *w, const struct ir_call *call,
		       const struct member_fact *m)
{
	const struct function_writes *fw = NULL;
	bool asked = false;
	int i, j;

	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];

		for (j = 0; j < arg->nreads && arg->reads[j] != m->var; j++)
			;
		if (j == arg->nreads || !arg->is_pointer)
			continue;	/* an integer carries no address */
		if (arg->kind != IR_EXPR_VAR || arg->var != m->var)
			return false;
		if (!asked) {
			fw = call_writes(w, call);
			asked = true;
		}
		if (!fw || fw->unknown || i >= fw->nparams ||
		    !writes_keep(w, call, i, &fw->params[i], m))
			return false;
	}
	return true;
}

bool call_keeps_member_fact(struct hm_walk *w, const struct ir_call *call,
			    const struct branch_fact *f)
{
	struct member_fact m;

	if (!predicate_fact(w, f, &m) && !plain_fact(w, f, &m))
		return false;
	return call_keeps(w, call, &m);
}
