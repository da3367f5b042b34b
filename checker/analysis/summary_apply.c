// SPDX-License-Identifier: GPL-2.0
/*
 * summary_apply.c - a call to a summarized function, in the caller: the
 * callee's effects on its parameters are translated to the caller's
 * arguments ("c->vaddr" in the callee is "ctx.vaddr" for `helper(&ctx)`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_guard.h"
#include "analysis/sleep_unless.h"
#include "analysis/summary_guard.h"
#include "analysis/last_ref.h"
#include "analysis/page_form.h"

/*
 * `&p->m.n[2]`: the address of an object named by a plain access path,
 * what the front end gives as the pointer p moved by an offset; its
 * member `->f` is `p->m.n[2].f`, as the caller's stores name it
 * (`b->storage.file = NULL; unmap(&b->storage)`).
 */
static bool address_of_path(const char *text)
{
	const char *at;

	if (text[0] != '&' || !text[1])
		return false;
	for (at = text + 1; *at; at++) {
		if (*at == '-' && at[1] == '>') {
			at++;
			continue;
		}
		if (!strchr("_.[]", *at) && !(*at >= '0' && *at <= '9') &&
		    !((*at | 32) >= 'a' && (*at | 32) <= 'z'))
			return false;
	}
	return true;
}

/* The caller's memory text for argument `arg` followed by `suffix`. */
const char *summary_translate(struct hm_walk *w, const struct ir_expr *arg,
			     const char *suffix)
{
	const char *text = intern_compact(w->an->strings, arg->text);
	size_t size = strlen(text) + strlen(suffix) + 4;
	char *buf = xcalloc(size, 1);
	const char *result;

	if (!strcmp(suffix, "*"))
		snprintf(buf, size, "*%s", text);
	else if ((arg->kind == IR_EXPR_ADDR_OF ||
		  (arg->kind == IR_EXPR_VAR && arg->offset &&
		   address_of_path(text))) &&
		 text[0] == '&' && !strncmp(suffix, "->", 2))
		snprintf(buf, size, "%s.%s", text + 1, suffix + 2);
	else if (arg->kind == IR_EXPR_VAR && !arg->offset)
		snprintf(buf, size, "%s%s", text, suffix);
	else
		snprintf(buf, size, "(%s)%s", text, suffix);
	result = intern(w->an->strings, buf);
	free(buf);
	return result;
}

static bool is_address_of_var(const struct ir_expr *arg, const char *suffix)
{
	return arg->kind == IR_EXPR_ADDR_OF && arg->var >= 0 &&
	       !strcmp(suffix, "*") && arg->text[0] == '&';
}

static void apply_unmaps(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const struct summary *sum)
{
	int side = summary_guard_side(w, in, sum);
	int i;

	for (i = 0; i < sum->nunmaps; i++) {
		const struct summary_effect *e = &sum->unmaps[i];
		const struct ir_expr *arg;
		struct unmap_target t;

		if (e->param >= in->call.nargs)
			continue;
		arg = &in->call.args[e->param];
		if (!e->page_form)
			unmap_target_from_expr(w, s, arg, &t);
		else if (!page_form_target(w, s, in, e->page_form, &t))
			continue;
		if (e->suffix && is_address_of_var(arg, e->suffix)) {
			t.var = arg->var;
			t.value = s->values[arg->var];
			t.is_page = w->fn->vars[arg->var].is_page;
		} else if (e->suffix) {
			t.memory = summary_translate(w, arg, e->suffix);
			t.text = t.memory;
			t.var = -1;
			t.is_page = false;
			t.value = state_find_store(s, t.memory);
			if (t.value < 0)
				t.value = VALUE_UNKNOWN;
			if (t.param_suffix || arg->kind != IR_EXPR_VAR)
				t.param_origin = -1;
			t.param_suffix = e->suffix;
		}
		/* The state it was handed picks the side of its guard. */
		if (side != GUARD_SIDE_UNKNOWN && !e->guard_with[side])
			continue;
		if (e->returns_with < sum->nreturns &&
		    (side == GUARD_SIDE_UNKNOWN ||
		     e->guard_with[side] < sum->guard_returns[side]))
			apply_maybe_unmap(w, s, e->family, &t);
		else
			summary_unmap(w, s, in, sum->name, e->family, &t,
				      e->in_loop);
		summary_apply_clear(w, s, sum, e, &t);
	}
}

/* The mapping exists only if the call succeeded: its caller will test that. */
static void make_conditional(struct hm_walk *w, struct path_state *s, int record,
			     const struct ir_instr *in, const struct summary *sum)
{
	const struct ir_function *callee = tu_function(w->an->tu, sum->name);

	if (!sum->maps_conditionally || in->call.dest < 0)
		return;
	s->records[record].cond_var = in->call.dest;
	/* A function elsewhere: its summary says what it returns. */
	s->records[record].cond_pointer = callee ? callee->returns_pointer :
					  sum->returns_pointer;
	/* An int answering "made it?": zero fails (handed_result.c). */
	s->records[record].cond_zero_fails = !s->records[record].cond_pointer &&
					     handed_on_nonzero(sum);
}

/*
 * A kmap() handed over through a parameter: what was stored may be the
 * address or the page; the caller will name the page when it kunmap()s it.
 */
static void apply_pkmap_store(struct hm_walk *w, struct path_state *s,
			      const struct ir_instr *in, const struct summary *sum,
			      const struct summary_effect *e, int record)
{
	const struct ir_expr *arg = &in->call.args[e->param];
	bool into_var = is_address_of_var(arg, e->suffix);
	int dest = into_var && !e->holds_page ? arg->var : -1;
	struct map_record *r;

	/* Also returned: one mapping, known by two names. */
	if (record >= 0)
		state_set_value(s, dest, record, -1, NULL);
	else
		record = push_mapping(w, s, in, FAMILY_PKMAP, sum->name, NULL, dest);
	if (record < 0)
		return;
	if (dest >= 0)
		w->set_by_call = dest;
	make_conditional(w, s, record, in, sum);
	r = &s->records[record];
	if (e->page_param >= 0 && e->page_param < in->call.nargs) {
		const struct ir_expr *page = &in->call.args[e->page_param];

		r->page_var = page->kind == IR_EXPR_VAR ? page->var : -1;
		r->page_text = intern_compact(w->an->strings, page->text);
	}
	if (!e->suffix[0]) {
		/* The caller's page itself is the handle. */
		r->page_var = arg->kind == IR_EXPR_VAR ? arg->var : -1;
		r->page_text = intern_compact(w->an->strings, arg->text);
		kmap_of_callers_page(w, s, record);
		summary_kmapped_for_effect(w, s, record);
		return;
	}
	if (into_var) {
		w->set_by_call = arg->var;	/* its IR_CLOBBER must not undo this */
		if (e->holds_page) {
			r->page_var = arg->var;
			r->page_text = intern_compact(w->an->strings,
						      w->fn->vars[arg->var].name);
		}
		return;
	}
	record_add_store(r, &(struct store_site){
		.text = summary_translate(w, arg, e->suffix), .base_var = arg->var,
		.loc = in->loc, .escapes = arg->kind != IR_EXPR_ADDR_OF,
		.holds_page = e->holds_page,
	});
	if (e->holds_page)
		r->page_text = summary_translate(w, arg, e->suffix);
}

static void apply_stores(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const struct summary *sum,
			 int returned)
{
	int i;

	for (i = 0; i < sum->nstores; i++) {
		const struct summary_effect *e = &sum->stores[i];
		const struct ir_expr *arg;
		struct store_site site = { 0 };
		int record;

		if (e->param >= in->call.nargs)
			continue;
		arg = &in->call.args[e->param];
		if (e->family == FAMILY_PKMAP) {
			apply_pkmap_store(w, s, in, sum, e,
					  e->returned ? returned : -1);
			continue;
		}
		if (is_address_of_var(arg, e->suffix)) {
			record = push_mapping(w, s, in, e->family, sum->name,
					      NULL, arg->var);
			w->set_by_call = arg->var;
			if (record >= 0)
				make_conditional(w, s, record, in, sum);
			continue;
		}
		record = push_mapping(w, s, in, e->family, sum->name, NULL, -1);
		if (record < 0)
			continue;
		make_conditional(w, s, record, in, sum);
		site.text = summary_translate(w, arg, e->suffix);
		site.base_var = arg->var;
		site.loc = in->loc;
		site.escapes = arg->kind != IR_EXPR_ADDR_OF ||
			       (arg->var >= 0 &&
				(w->fn->vars[arg->var].kind == IR_VAR_GLOBAL ||
				 w->fn->vars[arg->var].kind == IR_VAR_STATIC));
		record_add_store(&s->records[record], &site);
	}
}

/*
 * A callee that switches a context on (interrupts on) on every return,
 * or on and then off again, does so to the caller whatever it held.
 */
static bool apply_switch(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const struct summary *sum,
			 const struct summary_context *c)
{
	if (c->switch_seen != SUMMARY_SWITCH_ON &&
	    c->switch_seen != SUMMARY_SWITCH_OFF)
		return false;
	switch_context_off(w, s, in, c->name, sum->name);
	if (c->switch_seen == SUMMARY_SWITCH_OFF)
		switch_context_on(w, s, in->loc, c->name, sum->name,
				  c->sleep_ok);
	return true;
}

/*
 * A callee whose returns disagree (it unlocks only when it fails) changes
 * the context by its least delta for sure; the rest may or may not be held.
 */
static void apply_contexts(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in, const struct summary *sum)
{
	struct context_depth *depth;
	int i, n, delta, held;

	for (i = 0; i < sum->ncontexts; i++) {
		const struct summary_context *c = &sum->contexts[i];

		if (apply_switch(w, s, in, sum, c))
			continue;
		held = context_guard_held(s, c->name);
		delta = c->mixed ? c->min_delta : c->delta;
		for (n = 0; n < delta; n++)
			enter_context(w, s, c->name, in->loc, sum->name,
				      c->sleep_ok);
		for (n = 0; n > delta && !c->mixed; n--)
			leave_context(w, s, in, c->name, sum->name);
		context_guard_tag(w, s, in, sum, c, held);
		depth = c->mixed ? state_context(s, c->name) : NULL;
		if (!depth)
			continue;
		/* Left on some returns only: no proof of leaving twice. */
		if (delta < 0)
			depth->depth += delta;
		depth->unsure += c->max_delta - c->min_delta;
		state_context_floor(depth);
		context_result_link(s, in, c);
	}
}

static void raise_chain(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const struct summary *sum,
			const char *chain, struct ir_loc loc, bool fault,
			const struct sleep_guard *guard)
{
	size_t size = strlen(sum->name) + strlen(chain) + 8;
	char *text = xcalloc(size, 1);
	const char *interned;

	snprintf(text, size, "%s -> %s", sum->name, chain);
	interned = intern(w->an->strings, text);
	free(text);
	if (guard)
		raise_guarded_sleep(w, s, in, sum->name, interned, loc, guard);
	else
		raise_sleep(w, s, in, sum->name, interned, loc, fault);
}

static bool holds_pkmap(const struct path_state *s)
{
	int i;

	for (i = 0; i < s->nrecords; i++)
		if (s->records[i].live && s->records[i].family == FAMILY_PKMAP)
			return true;
	return false;
}

/*
 * A callee that sleeps only in kunmap() of its caller's kmap(): it sleeps
 * here if this path holds a kmap(); else the kmap() is this function's
 * caller's, perhaps.
 */
static void apply_unmap_sleep(struct hm_walk *w, struct path_state *s,
			      const struct ir_instr *in, const struct summary *sum)
{
	size_t size = strlen(sum->name) + strlen(sum->unmap_sleep_chain) + 8;
	char *text = xcalloc(size, 1);
	const char *chain;

	snprintf(text, size, "%s -> %s", sum->name, sum->unmap_sleep_chain);
	chain = intern(w->an->strings, text);
	free(text);
	if (holds_pkmap(s))
		raise_sleep(w, s, in, sum->name, chain, sum->unmap_sleep_loc, false);
	else
		summary_note_unmap_sleep(w, chain, sum->unmap_sleep_loc);
}

/* A sleep after leaving a context of this caller's, if its guard allows. */
static void apply_left_sleep(struct hm_walk *w, struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum)
{
	struct sleep_guard guard;
	int param = sleep_guard_left_at_call(w, s, in, sum, &guard);

	if (param == SLEEP_GUARD_SKIP ||
	    (sum->left_sleep_fault && state_pagefaults_disabled(s)))
		return;
	raise_chain(w, s, in, sum, sum->left_sleep_chain, sum->left_sleep_loc,
		    sum->left_sleep_fault, param >= 0 ? &guard : NULL);
}

/*
 * A sleep after leaving no more than this path holds: not in atomic
 * context here, perhaps in the caller's (left_levels.c).
 */
static void pass_on_left_sleep(struct hm_walk *w, struct path_state *s,
			       const struct ir_instr *in,
			       const struct summary *sum)
{
	struct sleep_guard guard;
	int param = sleep_guard_left_at_call(w, s, in, sum, &guard);
	size_t size = strlen(sum->name) + strlen(sum->left_sleep_chain) + 8;
	char *text;

	if (!w->summary || param == SLEEP_GUARD_SKIP ||
	    (sum->left_sleep_fault && state_pagefaults_disabled(s)))
		return;
	text = xcalloc(size, 1);
	snprintf(text, size, "%s -> %s", sum->name, sum->left_sleep_chain);
	left_levels_pass_on(w, s, sum, intern(w->an->strings, text),
			    param >= 0 ? &guard : NULL);
	free(text);
}

static void apply_sleep(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in, const struct summary *sum)
{
	struct sleep_guard guard;
	int param = sleep_guard_at_call(w, s, in, sum, &guard);

	if (sum->may_sleep && sum->sleep_chain && param != SLEEP_GUARD_SKIP)
		raise_chain(w, s, in, sum, sum->sleep_chain, sum->sleep_loc,
			    false, param >= 0 ? &guard : NULL);
	else if (sum->sleep_unless && sum->unless_sleep_chain &&
		 !state_holds_context(s, sum->sleep_unless))
		apply_sleep_unless(w, s, in, sum);
	else if (sum->sleep_after_leaving && sum->left_sleep_chain &&
		 left_levels_atomic(s, sum))
		apply_left_sleep(w, s, in, sum);
	else if (sum->unmap_sleep_chain)
		apply_unmap_sleep(w, s, in, sum);
	else if (sum->may_fault && sum->fault_chain &&
		 !state_pagefaults_disabled(s))
		raise_chain(w, s, in, sum, sum->fault_chain, sum->fault_loc, true,
			    NULL);
	else if (sum->last_ref_sleep_chain)
		last_ref_apply(w, s, in, sum);
	if (sum->sleep_after_leaving && sum->left_sleep_chain &&
	    !left_levels_atomic(s, sum))
		pass_on_left_sleep(w, s, in, sum);
}

/* The callee mapped and released the caller's page: remember the release. */
static void apply_releases(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in, const struct summary *sum)
{
	int i;

	for (i = 0; i < sum->nreleases; i++) {
		const struct ir_expr *page;
		struct map_record r = { .family = FAMILY_PKMAP, .cond_var = -1 };

		/* Released on some paths only: nothing sure to remember. */
		if (sum->releases[i].param >= in->call.nargs ||
		    sum->releases[i].returns_with < sum->nreturns)
			continue;
		page = &in->call.args[sum->releases[i].param];
		r.api_name = sum->name;
		r.page_text = intern_compact(w->an->strings, page->text);
		r.page_var = page->kind == IR_EXPR_VAR ? page->var : -1;
		r.site = in->loc;
		r.unmap_site = in->loc;
		r.block = w->block;
		r.decisions_before = s->ndecisions;
		state_add_record(s, &r);
	}
}

/* The result is a page the callee kmap()ed: the caller must kunmap() it. */
static void apply_kmapped_page(struct hm_walk *w, struct path_state *s,
			       const struct ir_instr *in, const struct summary *sum)
{
	int dest = in->call.dest;
	int record = push_mapping(w, s, in, FAMILY_PKMAP, sum->name, NULL, -1);

	if (record < 0)
		return;
	s->records[record].page_var = dest;
	s->records[record].page_text =
		intern_compact(w->an->strings, w->fn->vars[dest].name);
	make_conditional(w, s, record, in, sum);
}

void summary_apply(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in, const struct summary *sum)
{
	int returned = -1;

	apply_sleep(w, s, in, sum);
	apply_contexts(w, s, in, sum);
	apply_release_annotation(w, s, in, sum);
	apply_unmaps(w, s, in, sum);
	apply_releases(w, s, in, sum);
	if (sum->returns_family != FAMILY_NONE) {
		const struct ir_expr *page = NULL;

		if (sum->returns_page_param >= 0 &&
		    sum->returns_page_param < in->call.nargs)
			page = &in->call.args[sum->returns_page_param];
		returned = push_mapping(w, s, in, sum->returns_family,
					sum->name, page, in->call.dest);
		if (returned >= 0)
			make_conditional(w, s, returned, in, sum);
	}
	apply_stores(w, s, in, sum, returned);
	summary_apply_param_stores(w, s, in, sum);
	if (sum->returns_kmapped_page && in->call.dest >= 0)
		apply_kmapped_page(w, s, in, sum);
}
