// SPDX-License-Identifier: GPL-2.0
/*
 * released_name.c - a released mapping remembered by the spelling its
 * unmap gave it: `kunmap(buf->page)`, `kunmap(sg_page(seg->sg))`,
 * `kunmap_local(ptrs[i])`.  A second unmap spelled the same names the
 * same page or address, and so is a double unmap, for as long as nothing
 * can have changed what the spelling names:
 *
 *  - no variable the argument reads was written (an index moved on, the
 *    page variable given another page);
 *  - no call was made that may map anew or write memory: a callee may
 *    kmap() the very page again (a map helper need not return the
 *    address: page_address() finds it) or put a new mapping where the
 *    spelling reads.  A call of this file that writes no memory and
 *    calls nothing (sg_page(), a member getter) can do neither;
 *  - for a plain member (`buf->page`), nothing was stored into it; for a
 *    computed one (an index, a call's result, arithmetic, a macro), which
 *    memory it reads is not known: nothing was stored at all.
 *
 * A call's result is a name only when that call is such an accessor:
 * `kunmap(next_page(it))` twice unmaps two pages.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/util.h"

static const struct ir_call *defining_call(const struct ir_function *fn, int var)
{
	int b, i;

	if (var < 0 || var >= fn->nvars || fn->vars[var].kind != IR_VAR_TEMP)
		return NULL;
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];

			if (in->op == IR_CALL && in->call.dest == var)
				return &in->call;
		}
	return NULL;
}

/* The expressions whose reads decide what the argument names. */
static bool name_inputs(struct hm_walk *w, const struct ir_expr *e,
			struct store_site *name)
{
	const struct ir_call *call;

	name->named_by = e;
	name->named_nexprs = 1;
	switch (e->kind) {
	case IR_EXPR_MEMORY:
		name->named_computed = strchr(e->text, '[') != NULL;
		return true;
	case IR_EXPR_OTHER:
		name->named_computed = true;
		return e->nreads > 0;
	case IR_EXPR_VAR:
		break;
	default:
		return false;
	}
	if (w->fn->vars[e->var].kind != IR_VAR_TEMP) {
		name->named_computed = e->offset;
		return true;
	}
	call = defining_call(w->fn, e->var);
	if (!call || !call_writes_nothing(w, call))
		return false;
	name->named_by = call->args;
	name->named_nexprs = call->nargs;
	name->named_computed = true;
	return true;
}

/*
 * The store that remembers a release by the argument's spelling, or
 * false when the spelling does not keep naming one value.
 */
bool release_name(struct hm_walk *w, const struct unmap_target *t,
		  struct ir_loc loc, struct store_site *name)
{
	const struct ir_expr *e = t->expr;

	memset(name, 0, sizeof(*name));
	if (!e || (e->kind == IR_EXPR_VAR &&
		   (e->var < 0 || e->var >= w->fn->nvars)))
		return false;
	if (!name_inputs(w, e, name))
		return false;
	name->text = t->memory ? t->memory :
		     intern_compact(w->an->strings, t->text);
	name->base_var = e->kind == IR_EXPR_MEMORY || e->kind == IR_EXPR_VAR ?
			 e->var : -1;
	name->loc = loc;
	name->holds_page = t->is_page;
	return true;
}

/*
 * A loop's mappings stay one live record when one of them is released
 * (count_unknown): the one released gets a record of its own, still
 * `repeated`: made by a map in a loop.
 */
static int released_iteration(struct path_state *s, int record,
			      struct ir_loc loc)
{
	struct map_record r = s->records[record];

	r.live = r.count_unknown = r.maybe_released = false;
	r.used_after_release = r.orphaned = false;
	r.page_var = -1;
	r.page_text = "";
	r.page_memory = NULL;
	r.unmap_site = loc;
	return state_add_record(s, &r);
}

/*
 * Whose release a later unmap spelled the same repeats, beyond the
 * foreign ones:
 *  - kunmap(X) of a page whose identity was lost on the way released a
 *    kmap() of this function: a second kunmap(X) releases it again.
 *    While another kmap() is live, X may be that one (match_pkmap()).
 *  - kunmap_local(ptrs[i]) releasing one of a map loop's mappings (the
 *    record stays live, its count unknown): a second one of the same
 *    element would be taken for another iteration's.  But one element is
 *    one address, and no two live slots share one: it is that address
 *    again.  Only there: naming a mapping released outright this way hid
 *    a true escape (test double_release_helper, scrub_stripes), and the
 *    array's latest mapping is what the next unmap is matched to anyway.
 */
void name_release(struct hm_walk *w, struct path_state *s, int record,
		  enum unmap_match match, const struct unmap_target *t,
		  struct ir_loc loc)
{
	struct map_record *r = &s->records[record];
	struct store_site name;

	if (r->family == FAMILY_PKMAP ? match != UNMAP_ASSUMED || r->live :
	    match != UNMAP_MATCHED || !r->live || !t->memory ||
	    !text_array_base(t->memory))
		return;
	if (!release_name(w, t, loc, &name))
		return;
	if (r->live)
		record = released_iteration(s, record, loc);
	record_add_store(&s->records[record], &name);
}

/* The released mapping a still valid name spelled `text` stands for, or -1. */
int named_release(const struct path_state *s, const char *text)
{
	int i, j;

	for (i = s->nrecords - 1; i >= 0; i--) {
		const struct map_record *r = &s->records[i];

		for (j = 0; !r->live && j < r->nstores; j++)
			if (r->stores[j].named_by && r->stores[j].text == text)
				return i;
	}
	return -1;
}

static bool name_reads(const struct store_site *site, int var)
{
	int i, j;

	for (i = 0; i < site->named_nexprs; i++) {
		const struct ir_expr *e = &site->named_by[i];

		for (j = 0; j < e->nreads; j++)
			if (e->reads[j] == var)
				return true;
	}
	return false;
}

/* `x->sg` stored to: `x->sg` and `x->sg->page` now name something else. */
static bool stored_within(const char *name, const char *stored)
{
	size_t n = strlen(stored);

	if (name == stored)
		return true;
	return !strncmp(name, stored, n) &&
	       (name[n] == '-' || name[n] == '.' || name[n] == '[');
}

enum forget_why { FORGET_VAR, FORGET_STORE, FORGET_CALL };

static bool forget_name(const struct store_site *site, enum forget_why why,
			int var, const char *text)
{
	if (!site->named_by)
		return false;
	switch (why) {
	case FORGET_VAR:
		return name_reads(site, var);
	case FORGET_STORE:
		return site->named_computed || stored_within(site->text, text);
	case FORGET_CALL:
		return true;
	}
	return true;
}

static void forget_names(struct path_state *s, enum forget_why why, int var,
			 const char *text)
{
	int i, j, kept;

	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		for (j = kept = 0; j < r->nstores; j++)
			if (!forget_name(&r->stores[j], why, var, text))
				r->stores[kept++] = r->stores[j];
		r->nstores = kept;
	}
}

void state_forget_names_reading(struct path_state *s, int var)
{
	forget_names(s, FORGET_VAR, var, NULL);
}

/* `text` (interned, compacted) was stored to. */
void forget_names_after_store(struct path_state *s, const char *text)
{
	forget_names(s, FORGET_STORE, -1, text);
}

static bool has_names(const struct path_state *s)
{
	int i, j;

	for (i = 0; i < s->nrecords; i++)
		for (j = 0; j < s->records[i].nstores; j++)
			if (s->records[i].stores[j].named_by)
				return true;
	return false;
}

/*
 * A helper call an unmap macro makes before the unmap itself (tracing,
 * the test harness's line marker): the macro, as the model says, unmaps.
 */
static bool inside_unmap_macro(struct hm_walk *w, const struct ir_call *call)
{
	const struct api_entry *api;

	if (!call->macro)
		return false;
	api = model_lookup(w->an->model, call->macro);
	return api && api->kind == API_UNMAP;
}

/* A call the model does not know: it may map, or write what names read. */
void forget_names_for_call(struct hm_walk *w, struct path_state *s,
			   const struct ir_call *call)
{
	if (!has_names(s) || inside_unmap_macro(w, call) ||
	    call_writes_nothing(w, call))
		return;
	forget_names(s, FORGET_CALL, -1, NULL);
}
