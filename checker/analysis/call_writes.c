// SPDX-License-Identifier: GPL-2.0
/*
 * call_writes.c - the members of its parameters' objects a function writes.
 *
 * A driver tests `host->req->long_data`, maps, hands `host` to a helper that
 * fills `host->io_word[]` and `host->io_pos`, and tests `host->req->long_data`
 * again to unmap.  The helper never writes `host->req`, so the fact holds.
 * This is flow-insensitive: every store and every call argument of the body
 * counts, on any path; a pointer may come from a few places at once.  A
 * call's result points into what its pointer arguments reach, or to
 * something fresh or global (the kernel convention call_facts.c relies on).
 * A pointer traced to nothing makes the function write "anything": the
 * caller then forgets as before.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"

#define MAX_REGIONS	32
#define MAX_ORIGINS	4

/* Where a pointer may point: into *param at base. */
struct origin {
	int param;
	const char *base;	/* region of *param it points into */
	bool address;		/* points at base itself (&p->f) */
	bool whole;		/* somewhere in base */
};

struct origin_set {
	int n;
	bool own;		/* also the frame's own memory, a global, a
				   fresh object: writes there do not matter */
	bool unknown;		/* also somewhere we cannot tell */
	struct origin o[MAX_ORIGINS];
};

struct write_table {
	int n;
	const struct ir_function **functions;
	struct function_writes **writes;
};

struct scan {
	struct analysis *an;
	const struct ir_function *fn;
	struct origin_set *origins;
	struct function_writes *result;
};

void write_table_free(struct write_table *t)
{
	int i, j;

	if (!t)
		return;
	for (i = 0; i < t->n; i++) {
		for (j = 0; j < t->writes[i]->nparams; j++)
			free(t->writes[i]->params[j].regions);
		free(t->writes[i]->params);
		free(t->writes[i]);
	}
	free(t->functions);
	free(t->writes);
	free(t);
}

const char *arg_region(struct intern_table *strings, const struct expr_region *arg,
		       const char *inner)
{
	if (arg->whole)
		return arg->chain;
	return region_join(strings, arg->chain, arg->address, inner);
}

static void add_region(struct function_writes *fw, int param, const char *region)
{
	struct param_writes *p = &fw->params[param];
	int i;

	for (i = 0; i < p->n; i++)
		if (!strcmp(p->regions[i], region))
			return;
	if (p->n == MAX_REGIONS) {
		p->regions[0] = "";	/* too many to tell apart: all */
		p->n = 1;
		return;
	}
	if (!p->regions)
		p->regions = xcalloc(MAX_REGIONS, sizeof(*p->regions));
	p->regions[p->n++] = region;
}

static bool same_origin(const struct origin *a, const struct origin *b)
{
	return a->param == b->param && a->base == b->base &&
	       a->address == b->address && a->whole == b->whole;
}

/* Adds `o` to `set`; true if it was new. */
static bool add_origin(struct origin_set *set, const struct origin *o)
{
	int i;

	for (i = 0; i < set->n; i++)
		if (same_origin(&set->o[i], o))
			return false;
	if (set->n == MAX_ORIGINS) {
		set->unknown = true;
		return true;
	}
	set->o[set->n++] = *o;
	return true;
}

/* Where what expression `e` points to may be, through its root variable. */
static void expr_origin(struct scan *sc, const struct ir_expr *e,
			struct origin_set *out)
{
	const struct origin_set *root;
	struct expr_region r;
	int i;

	memset(out, 0, sizeof(*out));
	if (e->kind == IR_EXPR_CONST || e->kind == IR_EXPR_NONE)
		return;
	if (e->var < 0 || e->var >= sc->fn->nvars) {
		out->unknown = true;
		return;
	}
	root = &sc->origins[e->var];
	out->own = root->own;
	out->unknown = root->unknown;
	if (!root->n)
		return;
	expr_region_of(sc->an->strings, sc->fn, e, &r);
	for (i = 0; i < root->n; i++) {
		struct origin o = root->o[i];

		if (!o.whole) {
			o.base = region_join(sc->an->strings, o.base, o.address,
					     r.chain);
			o.address = r.address;
			o.whole = r.whole;
		}
		add_origin(out, &o);
	}
}

/* `var` now (also) holds what `from` says: true if that is news. */
static bool merge_origin(struct scan *sc, int var, const struct origin_set *from)
{
	struct origin_set *cur = &sc->origins[var];
	bool changed = false;
	int i;

	if (from->own && !cur->own)
		changed = cur->own = true;
	if (from->unknown && !cur->unknown)
		changed = cur->unknown = true;
	for (i = 0; i < from->n; i++)
		changed |= add_origin(cur, &from->o[i]);
	return changed;
}

/*
 * A call's result points into what its pointer arguments reach (a getter,
 * container_of, a list walk), or to something fresh or global.
 */
static void call_result_origin(struct scan *sc, const struct ir_call *call,
			       struct origin_set *out)
{
	int i, j;

	memset(out, 0, sizeof(*out));
	out->own = true;
	for (i = 0; i < call->nargs; i++) {
		struct origin_set arg;

		if (!call->args[i].is_pointer &&
		    call->args[i].kind != IR_EXPR_ADDR_OF)
			continue;
		expr_origin(sc, &call->args[i], &arg);
		out->unknown |= arg.unknown;
		for (j = 0; j < arg.n; j++) {
			arg.o[j].whole = true;
			add_origin(out, &arg.o[j]);
		}
	}
}

static bool trace_instr(struct scan *sc, const struct ir_instr *in)
{
	struct origin_set from = { .unknown = true };
	int dest;

	switch (in->op) {
	case IR_ASSIGN:
		dest = in->assign.dest;
		if (dest < 0 || dest >= sc->fn->nvars)
			return false;
		expr_origin(sc, &in->assign.src, &from);
		return merge_origin(sc, dest, &from);
	case IR_CALL:
		dest = in->call.dest;
		if (dest < 0 || dest >= sc->fn->nvars ||
		    !sc->fn->vars[dest].is_pointer)
			return false;
		call_result_origin(sc, &in->call, &from);
		return merge_origin(sc, dest, &from);
	case IR_CLOBBER:
		dest = in->clobber.var;
		if (dest < 0 || dest >= sc->fn->nvars)
			return false;
		return merge_origin(sc, dest, &from);
	default:
		return false;
	}
}

static void init_origins(struct scan *sc)
{
	int i;

	for (i = 0; i < sc->fn->nvars; i++) {
		const struct ir_var *v = &sc->fn->vars[i];
		struct origin_set *set = &sc->origins[i];

		if (i < sc->fn->nparams && v->is_pointer) {
			set->n = 1;
			set->o[0] = (struct origin){ .param = i, .base = "" };
		} else if (v->kind == IR_VAR_GLOBAL || v->kind == IR_VAR_STATIC ||
			   v->is_aggregate || i < sc->fn->nparams) {
			set->own = true;
		}
	}
}

/* Which pointer variables come from which parameter, to a fixpoint. */
static void trace_origins(struct scan *sc)
{
	bool changed = true;
	int rounds, b, i;

	init_origins(sc);
	for (rounds = 0; changed && rounds < 8; rounds++) {
		changed = false;
		for (b = 0; b < sc->fn->nblocks; b++)
			for (i = 0; i < sc->fn->blocks[b].ninstrs; i++)
				changed |= trace_instr(sc, &sc->fn->blocks[b].instrs[i]);
	}
	if (changed)
		sc->result->unknown = true;
}

/* Memory reached through `e` may be written, `inner` of it if known. */
static void note_write(struct scan *sc, const struct ir_expr *e, const char *inner)
{
	struct origin_set set;
	int i;

	if (e->var < 0 && (e->kind == IR_EXPR_CONST || e->kind == IR_EXPR_NONE ||
			   !e->is_pointer))
		return;
	expr_origin(sc, e, &set);
	if (set.unknown || (!set.n && !set.own)) {
		sc->result->unknown = true;
		return;
	}
	for (i = 0; i < set.n; i++) {
		const struct origin *o = &set.o[i];

		add_region(sc->result, o->param,
			   o->whole || !inner ? o->base :
			   region_join(sc->an->strings, o->base, o->address,
				       inner));
	}
}

static void note_call(struct scan *sc, const struct ir_call *call)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(sc->an->tu, call->callee) : NULL;
	const struct function_writes *sub = callee ? writes_of(sc->an, callee) : NULL;
	int i, j;

	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];

		if (!arg->is_pointer && arg->kind != IR_EXPR_ADDR_OF)
			continue;
		if (!sub || sub->unknown || i >= sub->nparams) {
			note_write(sc, arg, NULL);
			continue;
		}
		for (j = 0; j < sub->params[i].n; j++)
			note_write(sc, arg, sub->params[i].regions[j]);
	}
}

static void scan_writes(struct scan *sc)
{
	int b, i;

	for (b = 0; b < sc->fn->nblocks; b++) {
		for (i = 0; i < sc->fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &sc->fn->blocks[b].instrs[i];

			if (in->op == IR_STORE)
				note_write(sc, &in->store.target, "");
			else if (in->op == IR_CALL)
				note_call(sc, &in->call);
		}
	}
}

static struct function_writes *add_writes(struct write_table *t,
					  const struct ir_function *fn)
{
	struct function_writes *fw = xcalloc(1, sizeof(*fw));

	fw->nparams = fn->nparams;
	fw->params = xcalloc((size_t)fn->nparams + 1, sizeof(*fw->params));
	t->functions = xrealloc(t->functions, (t->n + 1) * sizeof(*t->functions));
	t->writes = xrealloc(t->writes, (t->n + 1) * sizeof(*t->writes));
	t->functions[t->n] = fn;
	t->writes[t->n++] = fw;
	return fw;
}

const struct function_writes *writes_of(struct analysis *an,
					const struct ir_function *fn)
{
	struct scan sc = { .an = an, .fn = fn };
	int i;

	if (!an->writes)
		an->writes = xcalloc(1, sizeof(*an->writes));
	for (i = 0; i < an->writes->n; i++)
		if (an->writes->functions[i] == fn)
			return an->writes->writes[i]->computing ? NULL :
			       an->writes->writes[i];
	sc.result = add_writes(an->writes, fn);
	sc.result->computing = true;
	sc.origins = xcalloc((size_t)fn->nvars + 1, sizeof(*sc.origins));
	trace_origins(&sc);
	if (!sc.result->unknown && !fn->truncated)
		scan_writes(&sc);
	else
		sc.result->unknown = true;
	free(sc.origins);
	sc.result->computing = false;
	return sc.result;
}
