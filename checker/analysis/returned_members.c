// SPDX-License-Identifier: GPL-2.0
/*
 * returned_members.c - what a function that hands out an object set in it
 * on the way out.  A request helper ends
 *
 *	r->waiting = wait;
 *	return r;
 *
 * on every path that returns the object (NULL returns set nothing), and
 * the runner it feeds sleeps only `if (r->waiting)`.  The helper's summary
 * keeps "->waiting" = parameter `wait` (or a constant); the caller of
 * `x = get(c, wait)` then knows x->waiting as if it had stored it there
 * (stored_ints.c): a constant argument as a constant, its own unchanged
 * parameter as that parameter's entry value, which member_guard.c turns
 * into a test of the caller's parameter.  It stays known, as any stored
 * integer, until something may write it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/returned_members.h"

/* A variable some return of the function gives. */
static bool returned_somewhere(const struct ir_function *fn, int var)
{
	const struct ir_term *t;
	int b;

	for (b = 0; b < fn->nblocks; b++) {
		t = &fn->blocks[b].term;
		if (t->kind == IR_TERM_RETURN && t->value.kind == IR_EXPR_VAR &&
		    t->value.var == var && !t->value.offset)
			return true;
	}
	return false;
}

bool returned_members_keep(struct hm_walk *w, int var)
{
	return w->summary && var >= 0 && var < w->fn->nvars &&
	       w->fn->vars[var].is_pointer && returned_somewhere(w->fn, var);
}

/* The path tested `var` and found it NULL. */
static bool known_null(const struct hm_walk *w, const struct path_state *s,
		       int var)
{
	int i;

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (!f->memory && !f->predicate && f->nreads == 1 &&
		    f->reads[0] == var && !f->value &&
		    !strcmp(f->text, w->fn->vars[var].name))
			return true;
	}
	return false;
}

/* "->m" if `text` is a member of `var` (no index), else NULL. */
static const char *suffix_of(struct hm_walk *w, int var, const char *text)
{
	const char *name = w->fn->vars[var].name;
	size_t n = strlen(name);

	if (strncmp(text, name, n) || (strncmp(text + n, "->", 2) &&
				       text[n] != '.') ||
	    strpbrk(text + n, "[("))
		return NULL;
	return intern(w->an->strings, text + n);
}

/* The members this path stored in `var`, as a summary's. */
static int path_members(struct hm_walk *w, const struct path_state *s,
			int var, struct returned_member *out)
{
	const struct stored_int *v;
	const char *suffix;
	int i, n = 0;

	for (i = 0; i < s->nstored && n < HM_MAX_RETURNED_MEMBERS; i++) {
		v = &s->stored[i];
		suffix = v->var == var && !v->copy ?
			 suffix_of(w, var, v->text) : NULL;
		if (suffix)
			out[n++] = (struct returned_member){
				.suffix = suffix, .symbolic = v->symbolic,
				.param = v->symbolic ? v->param : -1,
				.value = v->symbolic ? 0 : v->value,
			};
	}
	return n;
}

static bool same_member(const struct returned_member *a,
			const struct returned_member *b)
{
	return a->suffix == b->suffix && a->symbolic == b->symbolic &&
	       a->param == b->param && a->value == b->value;
}

/* Keep those of the summary's members this path set alike. */
static void intersect(struct summary *sum, const struct returned_member *path,
		      int n)
{
	int i, j, kept = 0;

	for (i = 0; i < sum->nreturned_members; i++) {
		for (j = 0; j < n; j++)
			if (same_member(&sum->returned_members[i], &path[j]))
				break;
		if (j < n)
			sum->returned_members[kept++] = sum->returned_members[i];
	}
	sum->nreturned_members = kept;
}

void returned_members_collect(struct hm_walk *w, const struct path_state *s,
			      const struct ir_expr *value)
{
	struct returned_member path[HM_MAX_RETURNED_MEMBERS];
	struct summary *sum = w->summary;
	int n;

	if (!sum || sum->returned_seen == 2 || value->kind == IR_EXPR_NONE ||
	    (value->has_value && !value->value))
		return;
	if (value->kind != IR_EXPR_VAR || value->offset || value->var < 0 ||
	    value->var >= w->fn->nvars || !w->fn->vars[value->var].is_pointer) {
		sum->returned_seen = 2;
		sum->nreturned_members = 0;
		return;
	}
	if (known_null(w, s, value->var))
		return;
	n = path_members(w, s, value->var, path);
	if (!sum->returned_seen) {
		memcpy(sum->returned_members, path, sizeof(path[0]) * (size_t)n);
		sum->nreturned_members = n;
		sum->returned_seen = 1;
		return;
	}
	intersect(sum, path, n);
}

/* The caller's view of the callee's member: false if it knows nothing. */
static bool caller_value(struct hm_walk *w, const struct path_state *s,
			 const struct ir_call *call,
			 const struct returned_member *m, bool *symbolic,
			 int *param, long long *value)
{
	const struct ir_expr *arg;

	*symbolic = false;
	*value = m->value;
	if (!m->symbolic)
		return true;
	if (m->param < 0 || m->param >= call->nargs)
		return false;
	arg = &call->args[m->param];
	if (arg->has_value) {
		*value = arg->value;
		return true;
	}
	if (arg->kind != IR_EXPR_VAR || arg->offset || arg->var < 0)
		return false;
	if (known_int(s, arg->var, value))
		return true;
	*symbolic = true;
	*param = arg->var;
	return sleep_guard_unchanged_param(w, s, arg->var);
}

/* `var<suffix>`, compacted and interned. */
static const char *member_text(struct hm_walk *w, int var, const char *suffix)
{
	const char *name = w->fn->vars[var].name;
	size_t size = strlen(name) + strlen(suffix) + 1;
	char *buf = xcalloc(size, 1);
	const char *text;

	snprintf(buf, size, "%s%s", name, suffix);
	text = intern_compact(w->an->strings, buf);
	free(buf);
	return text;
}

void returned_members_apply(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in)
{
	const struct ir_call *call = &in->call;
	const struct ir_function *callee;
	const struct summary *sum;
	const struct returned_member *m;
	bool symbolic;
	long long value;
	int i, param = -1;

	if (call->dest < 0 || call->dest >= w->fn->nvars || !call->callee)
		return;
	/* Of another file: the answer the call itself was given (extern.c). */
	callee = call->has_body ? tu_function(w->an->tu, call->callee) : NULL;
	sum = callee ? summary_found(w->an, callee) :
	      !call->has_body ? extern_summary_known(w->an, call->callee, false) :
	      NULL;
	if (!sum || !sum->complete || sum->returned_seen != 1)
		return;
	for (i = 0; i < sum->nreturned_members; i++) {
		m = &sum->returned_members[i];
		if (caller_value(w, s, call, m, &symbolic, &param, &value))
			stored_int_add(w, s, call->dest,
				       member_text(w, call->dest, m->suffix),
				       symbolic, param, value);
	}
}
