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
#include "model.h"
#include "analysis/walk.h"
#include "analysis/call_writes.h"

#define MAX_REGIONS	32

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
	bool need;		/* ask about callees elsewhere with need */
};

void write_table_free(struct write_table *t)
{
	int i;

	if (!t)
		return;
	for (i = 0; i < t->n; i++)
		function_writes_free(t->writes[i]);
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

static void add_region(struct function_writes *fw, int param, const char *region,
		       int grow_by)
{
	struct param_writes *p = &fw->params[param];
	int i;

	for (i = 0; i < p->n; i++)
		if (!strcmp(p->regions[i], region) && p->grow_by[i] == grow_by)
			return;
	if (p->n == MAX_REGIONS) {
		p->regions[0] = "";	/* too many to tell apart: all */
		p->grow_by[0] = WRITE_ANY;
		p->n = 1;
		return;
	}
	if (!p->regions) {
		p->regions = xcalloc(MAX_REGIONS, sizeof(*p->regions));
		p->grow_by = xcalloc(MAX_REGIONS, sizeof(*p->grow_by));
	}
	p->grow_by[p->n] = grow_by;
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
	if (e->kind == IR_EXPR_ADDR_OF && !sc->fn->vars[e->var].is_pointer) {
		out->own = true;	/* &lock: the variable's own storage */
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

/* What a callee returns, `ret` relative to its parameter, through `arg`. */
static void returned_through(struct scan *sc, const struct ir_expr *arg,
			     const struct origin *ret, struct origin_set *out)
{
	struct origin_set from;
	int i;

	expr_origin(sc, arg, &from);
	out->own |= from.own;
	out->unknown |= from.unknown;
	for (i = 0; i < from.n; i++) {
		struct origin o = from.o[i];

		if (!o.whole) {
			o.base = region_join(sc->an->strings, o.base, o.address,
					     ret->base);
			o.address = ret->address;
			o.whole = ret->whole;
		}
		add_origin(out, &o);
	}
}

/* The callee's body says where its result points: true if it does. */
static bool traced_result_origin(struct scan *sc, const struct ir_call *call,
				 struct origin_set *out)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(sc->an->tu, call->callee) : NULL;
	const struct function_writes *fw = callee ? writes_of(sc->an, callee) : NULL;
	int i;

	if (!fw || !fw->returns_traced)
		return false;
	memset(out, 0, sizeof(*out));
	out->own = fw->returned.own;
	for (i = 0; i < fw->returned.n; i++) {
		const struct origin *ret = &fw->returned.o[i];

		if (ret->param >= call->nargs)
			return false;
		returned_through(sc, &call->args[ret->param], ret, out);
	}
	return true;
}

/*
 * A call's result points into what its pointer arguments reach (a getter,
 * container_of, a list walk), or to something fresh or global.
 */
static void call_result_origin(struct scan *sc, const struct ir_call *call,
			       struct origin_set *out)
{
	int i, j;

	if (traced_result_origin(sc, call, out))
		return;
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

/*
 * A variable an asm names for its value, not for its address: a global
 * structure or array is named for where it is (`&pcpu_pools.pool`), and
 * that is global memory, whatever calls wrote into it.
 */
static bool holds_address(const struct scan *sc, int var)
{
	const struct ir_var *v = &sc->fn->vars[var];

	return v->is_pointer || (!v->is_aggregate && v->kind != IR_VAR_GLOBAL &&
				 v->kind != IR_VAR_STATIC);
}

/*
 * What an asm statement writes is computed from what it names (x86's
 * this_cpu_ptr() adds the CPU's offset to a global's address): like a
 * call's result, it points into what those variables reach, or to
 * something global.  `first` is the first of the asm's clobbers.
 */
static void asm_origin(struct scan *sc, const struct ir_instr *first, int n,
		       struct origin_set *out)
{
	int i, j;

	memset(out, 0, sizeof(*out));
	out->own = true;
	for (i = 0; i < n && first[i].op == IR_CLOBBER && first[i].clobber.by_asm;
	     i++) {
		const struct origin_set *from;
		int var = first[i].clobber.var;

		if (var < 0 || var >= sc->fn->nvars || !holds_address(sc, var))
			continue;
		from = &sc->origins[var];
		out->unknown |= from->unknown;
		for (j = 0; j < from->n; j++) {
			struct origin o = from->o[j];

			o.whole = true;
			add_origin(out, &o);
		}
	}
}

/* The start of the row of asm clobbers instruction `i` of `b` is in. */
static int asm_first(const struct ir_block *b, int i)
{
	while (i > 0 && b->instrs[i - 1].op == IR_CLOBBER &&
	       b->instrs[i - 1].clobber.by_asm)
		i--;
	return i;
}

static bool trace_instr(struct scan *sc, const struct ir_block *b, int index)
{
	const struct ir_instr *in = &b->instrs[index];
	struct origin_set from = { .unknown = true };
	int dest, first;

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
		if (in->clobber.by_asm) {
			first = asm_first(b, index);
			asm_origin(sc, &b->instrs[first], b->ninstrs - first, &from);
		}
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
				changed |= trace_instr(sc, &sc->fn->blocks[b], i);
	}
	if (changed)
		sc->result->unknown = true;
}

/*
 * Memory reached through `e` may be written, `inner` of it if known; how,
 * when `inner` is that one member exactly (grow_by, see call_writes.h).
 */
static void note_write(struct scan *sc, const struct ir_expr *e, const char *inner,
		       int grow_by)
{
	struct origin_set set;
	int i;

	if (e->var < 0 && (e->kind == IR_EXPR_CONST || e->kind == IR_EXPR_NONE ||
			   !e->is_pointer))
		return;
	/* A pointer made of no variable (a string literal) reaches no parameter. */
	if (e->var < 0 && e->kind == IR_EXPR_OTHER && !e->nreads)
		return;
	expr_origin(sc, e, &set);
	if (set.unknown || (!set.n && !set.own)) {
		sc->result->unknown = true;
		return;
	}
	for (i = 0; i < set.n; i++) {
		const struct origin *o = &set.o[i];

		if (o->whole || !inner)
			add_region(sc->result, o->param, o->base, WRITE_ANY);
		else
			add_region(sc->result, o->param,
				   region_join(sc->an->strings, o->base,
					       o->address, inner), grow_by);
	}
}

/*
 * How a call's pointer arguments reach the parameters: 0 not at all, 1
 * through a member or an alias, 2 one is a parameter itself (`skb`).
 */
static int reaches_params(struct scan *sc, const struct ir_call *call)
{
	int i, j, reach = 0;

	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];
		struct origin_set set;

		if (!arg->is_pointer && arg->kind != IR_EXPR_ADDR_OF)
			continue;
		expr_origin(sc, arg, &set);
		for (j = 0; j < set.n; j++)
			reach = set.o[j].whole || set.o[j].address ||
				*set.o[j].base ? (reach > 1 ? reach : 1) : 2;
	}
	return reach;
}

/*
 * What a callee writes: its body's, else what its own file said.  Its file
 * is analyzed on demand (need) only when it is handed a parameter itself,
 * the object a caller's fact is about: not for a lock or a list head
 * inside it, which would analyze half of kernel/ for every driver, nor
 * for a function the API model describes (mutex_unlock(), kfree()).
 */
static const struct function_writes *callee_writes(struct scan *sc,
						   const struct ir_call *call,
						   int reach)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(sc->an->tu, call->callee) : NULL;
	const struct function_writes *sub;
	bool need = sc->need && reach == 2 && call->callee &&
		    !model_lookup(sc->an->model, call->callee);

	if (callee) {
		sub = need ? writes_of_needed(sc->an, callee) :
		      writes_of(sc->an, callee);
		if (sub && sub->unanswered)
			sc->result->unanswered = true;
		return sub;
	}
	if (!call->callee || !sc->an->opts.externs)
		return NULL;
	sub = extern_writes_of(sc->an, call->callee, need);
	if (!sub && !need)
		sc->result->unanswered = true;
	return sub;
}

/*
 * A callee of this unit is asked even when no argument is known to reach
 * the parameters: an argument of unknown origin (`(void *)&nd->root.
 * dentry->d_seq` in a macro) is written only if the callee writes there.
 */
static void note_call(struct scan *sc, const struct ir_call *call)
{
	int reach = reaches_params(sc, call);
	const struct function_writes *sub = reach || call->has_body ?
					    callee_writes(sc, call, reach) :
					    NULL;
	int i, j;

	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];
		const struct param_writes *p;

		if (!arg->is_pointer && arg->kind != IR_EXPR_ADDR_OF)
			continue;
		if (!sub || sub->unknown || i >= sub->nparams) {
			note_write(sc, arg, NULL, WRITE_ANY);
			continue;
		}
		p = &sub->params[i];
		for (j = 0; j < p->n; j++)
			note_write(sc, arg, p->regions[j],
				   growth_through_call(sc->fn, call, p->grow_by[j]));
	}
}

static void scan_writes(struct scan *sc)
{
	int b, i;

	for (b = 0; b < sc->fn->nblocks; b++) {
		for (i = 0; i < sc->fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &sc->fn->blocks[b].instrs[i];

			if (in->op == IR_STORE)
				note_write(sc, &in->store.target, "",
					   store_growth(sc->an->strings, sc->fn, in));
			else if (in->op == IR_CALL)
				note_call(sc, &in->call);
		}
	}
}

/* Where every pointer the function returns comes from. */
static void trace_returned(struct scan *sc)
{
	struct origin_set *out = &sc->result->returned;
	int b, i;

	if (!sc->fn->returns_pointer)
		return;
	for (b = 0; b < sc->fn->nblocks; b++) {
		const struct ir_term *term = &sc->fn->blocks[b].term;
		struct origin_set from;

		if (term->kind != IR_TERM_RETURN)
			continue;
		expr_origin(sc, &term->value, &from);
		out->own |= from.own;
		out->unknown |= from.unknown;
		for (i = 0; i < from.n; i++)
			add_origin(out, &from.o[i]);
	}
	sc->result->returns_traced = !out->unknown;
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

static struct function_writes *find_writes(struct analysis *an,
					   const struct ir_function *fn)
{
	int i;

	if (!an->writes)
		an->writes = xcalloc(1, sizeof(*an->writes));
	for (i = 0; i < an->writes->n; i++)
		if (an->writes->functions[i] == fn)
			return an->writes->writes[i];
	return NULL;
}

static void compute_writes(struct analysis *an, const struct ir_function *fn,
			   struct function_writes *result, bool need)
{
	struct scan sc = { .an = an, .fn = fn, .result = result, .need = need };

	sc.result->computing = true;
	sc.origins = xcalloc((size_t)fn->nvars + 1, sizeof(*sc.origins));
	trace_origins(&sc);
	if (!sc.result->unknown && !fn->truncated) {
		scan_writes(&sc);
		trace_returned(&sc);
	}
	else
		sc.result->unknown = true;
	free(sc.origins);
	sc.result->computing = false;
}

const struct function_writes *writes_of(struct analysis *an,
					const struct ir_function *fn)
{
	struct function_writes *fw = find_writes(an, fn);

	if (fw)
		return fw->computing ? NULL : fw;
	fw = add_writes(an->writes, fn);
	compute_writes(an, fn, fw, false);
	return fw;
}

/*
 * Asking about a function of another file with need may analyze its file
 * on demand: done only for a call whose answer decides a branch fact a
 * mapping depends on (member_growth.c), once per function.
 */
const struct function_writes *writes_of_needed(struct analysis *an,
					       const struct ir_function *fn)
{
	struct function_writes *fw = (struct function_writes *)writes_of(an, fn);
	int j;

	if (!fw || !fw->unanswered || fw->needed)
		return fw;
	for (j = 0; j < fw->nparams; j++) {
		free(fw->params[j].regions);
		free(fw->params[j].grow_by);
	}
	memset(fw->params, 0, ((size_t)fw->nparams + 1) * sizeof(*fw->params));
	fw->unknown = fw->unanswered = fw->returns_traced = false;
	memset(&fw->returned, 0, sizeof(fw->returned));
	compute_writes(an, fn, fw, true);
	fw->needed = true;
	return fw;
}
