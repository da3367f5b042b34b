// SPDX-License-Identifier: GPL-2.0
/*
 * callback.c - functions registered to run in a context of their own.
 *
 * Before any walk, every call of the unit is looked up in the model's
 * `callback` table (rules/callback.rules); the function its fn=N argument
 * names is registered, with the first registering call.  A registered
 * function's ordinary walk makes its summary but no report (walk.c asks
 * callback_start_of()); callback_walk() then walks it again with the
 * registration's contexts held from entry, reporting, and throws that
 * walk's summary away: a direct caller still sees the function as written.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/callback.h"
#include "analysis/callback_name.h"

struct callback_table {
	int n;
	struct callback_start *starts;
};

static struct callback_start *find_start(struct callback_table *t,
					 const struct ir_function *fn)
{
	int i;

	for (i = 0; i < t->n; i++)
		if (t->starts[i].fn == fn)
			return &t->starts[i];
	return NULL;
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

bool same_context(const struct api_entry *a, const struct api_entry *b)
{
	return same_text(a->context, b->context) && same_text(a->also, b->also);
}

static void scan_call(struct analysis *an, struct callback_table *t,
		      const struct ir_instr *in)
{
	const struct ir_call *call = &in->call;
	const struct api_entry *callee_api, *macro_api, *api = NULL;
	struct ir_function *fn;
	struct callback_start *start;

	callee_api = model_lookup_callback(an->model, call->callee);
	macro_api = model_lookup_callback(an->model, call->macro);
	fn = callback_registered(an->tu, call, callee_api, macro_api, &api);
	if (!fn || fn->nblocks <= 0)
		return;
	start = find_start(t, fn);
	if (start) {
		start->registrations++;
		start->mixed |= !same_context(start->api, api);
		return;
	}
	t->starts = xrealloc(t->starts, (t->n + 1) * sizeof(*t->starts));
	t->starts[t->n++] = (struct callback_start){
		.fn = fn, .api = api, .loc = in->loc, .registrations = 1,
		.registered_by = macro_api ? call->macro : call->callee,
	};
}

struct callback_table *callback_table_find(struct analysis *an)
{
	struct callback_table *t = xcalloc(1, sizeof(*t));
	int f, b, i, n = tu_nfunctions(an->tu);

	for (f = 0; f < n; f++) {
		const struct ir_function *fn = tu_function_at(an->tu, f);

		for (b = 0; fn && b < fn->nblocks; b++)
			for (i = 0; i < fn->blocks[b].ninstrs; i++)
				if (fn->blocks[b].instrs[i].op == IR_CALL)
					scan_call(an, t, &fn->blocks[b].instrs[i]);
	}
	callback_only_callers(an, &t->starts, &t->n);
	return t;
}

void callback_table_free(struct callback_table *t)
{
	if (!t)
		return;
	free(t->starts);
	free(t);
}

const struct callback_start *callback_start_of(const struct analysis *an,
					       const struct ir_function *fn)
{
	return an->callbacks ? find_start(an->callbacks, fn) : NULL;
}

/* Held from entry, and never below: see state_context_floor(). */
static void hold_from_entry(const struct callback_start *start,
			    struct path_state *s, const char *context)
{
	struct context_depth *c = state_context(s, context);

	if (!c)
		return;
	c->depth = c->floor = 1;
	c->entered = start->loc;
	c->entered_by = start->registered_by;
	c->callback = start->runs_from ? start->runs_from : start->fn->name;
}

void callback_enter(const struct callback_start *start, struct path_state *s)
{
	hold_from_entry(start, s, start->api->context);
	if (start->api->also)
		hold_from_entry(start, s, start->api->also);
}

void callback_walk(struct analysis *an, const struct ir_function *fn)
{
	struct callback_start *start;
	struct summary *scratch;

	if (!an->callbacks || !fn->in_main_file)
		return;
	start = find_start(an->callbacks, fn);
	if (!start || start->walked)
		return;
	start->walked = true;
	scratch = xcalloc(1, sizeof(*scratch));
	scratch->name = fn->name;
	scratch->returns_page_param = -1;
	scratch->status = SUMMARY_COMPUTING;
	an->nesting++;
	walk_function_from(an, fn, scratch, start);
	an->nesting--;
	summary_free(scratch);
}
