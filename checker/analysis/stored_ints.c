// SPDX-License-Identifier: GPL-2.0
/*
 * stored_ints.c - integer constants a path stored into an object it reaches
 * through a parameter or local pointer: `dev->state = STOPPED;` before a
 * helper that tests `dev->state`.
 *
 * By the convention call_facts.c relies on, a function writes only what it
 * is handed: the value stays until a store that may overlap it, a new value
 * of the pointer, or a call handed the pointer itself (or a member that
 * contains the stored one).  A store of a pointer never overwrites an
 * integer member, and a local structure no pointer reaches is its own.
 * A local holding the address of another member of the object (`info =
 * &req->info;`) writes within that member.
 * Kept are the members a callee's entry guard or sleep tests
 * (member_guard.c) read, and those of an object the function returns
 * (returned_members.c).  A parameter stored as it came in (`r->waiting =
 * wait;`) is kept as that parameter's entry value: a symbolic entry.  A
 * local integer stored (`nd->flags = flags;` after `if (flags & RCU)`)
 * is kept as a copy of it while it holds that value: what the path
 * knows of its bits it knows of the member.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/call_writes.h"
#include "analysis/summary_guard.h"
#include "analysis/member_guard.h"
#include "analysis/sleep_guard.h"
#include "analysis/returned_members.h"
#include "analysis/member_accessor.h"

static const char *region_of(struct hm_walk *w, const struct ir_expr *e,
			     bool *whole)
{
	struct expr_region r;

	expr_region_of(w->an->strings, w->fn, e, &r);
	*whole = r.whole;
	return r.chain;
}

static void drop(struct path_state *s, int i)
{
	s->stored[i] = s->stored[--s->nstored];
}

/* A pointer stored: its target is a pointer, not an integer member. */
static bool stores_pointer(struct hm_walk *w, const struct ir_expr *target,
			   const struct ir_expr *src)
{
	return target->is_pointer || src->is_pointer ||
	       (src->kind == IR_EXPR_VAR && src->var >= 0 &&
		src->var < w->fn->nvars && w->fn->vars[src->var].is_pointer);
}

/*
 * `var` is a local defined once, as the address of a member of `of`
 * (`info = &req->info;`): that member's chain ("->info"), else NULL.
 * What is stored through it stays within that member of some object.
 * So does a view of a member of such a view (`args = &info->in.args;`,
 * `depth` views deep), within the outer view's member.
 */
static const char *member_view_of(struct hm_walk *w, int var, int of,
				  int depth)
{
	const struct ir_function *fn = w->fn;
	const struct ir_instr *def;
	const struct ir_expr *src;
	struct expr_region r;

	if (var < 0 || var >= fn->nvars || fn->vars[var].kind != IR_VAR_LOCAL ||
	    fn->vars[var].address_taken ||
	    var_definitions(fn, var, &def) != 1 || def->op != IR_ASSIGN)
		return NULL;
	src = &def->assign.src;
	if (src->kind != IR_EXPR_VAR || src->var < 0)
		return NULL;
	expr_region_of(w->an->strings, fn, src, &r);
	if (!r.address || !*r.chain || strchr(r.chain, '['))
		return NULL;
	if (src->var == of)
		return r.chain;
	/* Within the inner view's member, not through a pointer in it. */
	if (depth >= 4 || strncmp(r.chain, "->", 2) || strstr(r.chain + 2, "->"))
		return NULL;
	return member_view_of(w, src->var, of, depth + 1);
}

static const char *member_view(struct hm_walk *w, int var, int of)
{
	return member_view_of(w, var, of, 0);
}

/* `view->m.n`: a store into the viewed member, not through a pointer in it. */
static bool within_view(struct hm_walk *w, const struct ir_expr *target)
{
	bool whole;
	const char *chain = region_of(w, target, &whole);

	return !whole && !strncmp(chain, "->", 2) && !strstr(chain + 2, "->");
}

/* A store to `target` may change the value kept at entry `i`. */
static bool store_may_write(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *target,
			    const struct ir_expr *src, int i)
{
	bool whole;
	const char *chain;

	if (target->var == s->stored[i].var) {
		chain = region_of(w, target, &whole);
		return regions_overlap(chain, s->stored[i].chain);
	}
	chain = member_view(w, target->var, s->stored[i].var);
	if (chain && within_view(w, target))
		return regions_overlap(chain, s->stored[i].chain);
	return !stores_pointer(w, target, src) &&
	       !call_frame_object(w, target->var);
}

static bool trackable(struct hm_walk *w, const struct ir_expr *target)
{
	const struct ir_var *v;

	if (target->kind != IR_EXPR_MEMORY || target->is_pointer ||
	    target->var < 0 || target->var >= w->fn->nvars)
		return false;
	v = &w->fn->vars[target->var];
	if (call_frame_object(w, target->var))
		return true;	/* a local structure only calls are handed */
	return (v->kind == IR_VAR_PARAM || v->kind == IR_VAR_LOCAL) &&
	       v->is_pointer && !v->address_taken;
}

/* A member a test may read: the entry guard, a callee, a caller. */
static bool worth_keeping(struct hm_walk *w, const struct path_state *s,
			  int var, const char *text)
{
	return summary_guard_member(w, text) ||
	       member_guard_callee_member(w, s, text) ||
	       returned_members_keep(w, var);
}

static void keep(struct hm_walk *w, struct path_state *s,
		 const struct ir_expr *target, const char *text,
		 struct stored_int v)
{
	bool whole;

	if (!trackable(w, target) || s->nstored == HM_MAX_STORED_INTS ||
	    !worth_keeping(w, s, target->var, text))
		return;
	v.text = text;
	v.var = target->var;
	v.chain = region_of(w, target, &whole);
	if (!whole)
		s->stored[s->nstored++] = v;
}

static void transfer_store(struct hm_walk *w, struct path_state *s,
			   const struct ir_expr *target, const struct ir_expr *src)
{
	const char *text = intern_compact(w->an->strings, target->text);
	int i;

	for (i = s->nstored - 1; i >= 0; i--)
		if (s->stored[i].text == text || store_may_write(w, s, target, src, i))
			drop(s, i);
	if (src->has_value)
		keep(w, s, target, text, (struct stored_int){
			.value = src->value });
	else if (src->kind == IR_EXPR_VAR && !src->offset &&
		 sleep_guard_unchanged_param(w, s, src->var) &&
		 !w->fn->vars[src->var].is_pointer)
		keep(w, s, target, text, (struct stored_int){
			.symbolic = true, .param = src->var });
	else if (src->kind == IR_EXPR_VAR && !src->offset && src->var >= 0 &&
		 src->var < w->fn->nvars && !w->fn->vars[src->var].is_pointer &&
		 !w->fn->vars[src->var].address_taken)
		keep(w, s, target, text, (struct stored_int){
			.symbolic = true, .param = src->var, .copy = true });
}

void stored_int_add(struct hm_walk *w, struct path_state *s, int var,
		    const char *text, bool symbolic, int param,
		    long long value)
{
	struct ir_expr target = {
		.kind = IR_EXPR_MEMORY, .var = var, .text = text,
	};
	int i;

	for (i = s->nstored - 1; i >= 0; i--)
		if (s->stored[i].text == text)
			drop(s, i);
	keep(w, s, &target, text, (struct stored_int){
		.symbolic = symbolic, .param = param, .value = value });
}

/* `var` takes a new value: what is stored through it, or copied from it. */
static void forget_var(struct path_state *s, int var)
{
	int i;

	for (i = s->nstored - 1; i >= 0; i--)
		if (s->stored[i].var == var ||
		    (s->stored[i].copy && s->stored[i].param == var))
			drop(s, i);
}

void stored_ints_before(struct hm_walk *w, struct path_state *s,
			const struct ir_instr *in)
{
	if (!s->nstored && in->op != IR_STORE)
		return;
	if (in->op == IR_STORE)
		transfer_store(w, s, &in->store.target, &in->store.src);
	else if (in->op == IR_ASSIGN)
		forget_var(s, in->assign.dest);
	else if (in->op == IR_CLOBBER)
		forget_var(s, in->clobber.var);
}

/* Whether the callee may write the value through argument `arg`. */
static bool arg_may_write(struct hm_walk *w, const struct ir_expr *arg,
			  const struct stored_int *v)
{
	const char *chain;
	bool whole;
	int i;

	for (i = 0; i < arg->nreads && arg->reads[i] != v->var; i++)
		;
	if (i == arg->nreads || !arg->is_pointer)
		return false;
	if (arg->kind == IR_EXPR_MEMORY && !arg->offset && arg->var == v->var)
		return false;	/* a pointer loaded from the object */
	if (arg->var != v->var)
		return true;
	/* &dev->buffer: that member and what it holds, not dev->state */
	chain = region_of(w, arg, &whole);
	return regions_overlap(chain, v->chain);
}

static bool call_may_write(struct hm_walk *w, const struct ir_call *call,
			   const struct stored_int *v)
{
	struct branch_fact f = {
		.text = v->text, .memory = true, .nreads = 1, .reads = &v->var,
	};
	int i;

	/* The callee's own writes, when it has a body here. */
	if (call_keeps_memory_fact(w, call, &f))
		return false;
	for (i = 0; i < call->nargs; i++)
		if (arg_may_write(w, &call->args[i], v))
			return true;
	return false;
}

void stored_ints_after_call(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in)
{
	int i;

	for (i = s->nstored - 1; i >= 0; i--)
		if (call_may_write(w, &in->call, &s->stored[i]) ||
		    s->stored[i].var == in->call.dest ||
		    (s->stored[i].copy && s->stored[i].param == in->call.dest))
			drop(s, i);
	returned_members_apply(w, s, in);
}

bool stored_int(const struct path_state *s, const char *text, long long *value)
{
	int i;

	for (i = 0; i < s->nstored; i++) {
		if (s->stored[i].text == text && !s->stored[i].symbolic) {
			*value = s->stored[i].value;
			return true;
		}
	}
	return false;
}

bool stored_param(const struct path_state *s, const char *text, int *param)
{
	int i;

	for (i = 0; i < s->nstored; i++) {
		if (s->stored[i].text == text && s->stored[i].symbolic &&
		    !s->stored[i].copy) {
			*param = s->stored[i].param;
			return true;
		}
	}
	return false;
}

bool stored_copy(const struct path_state *s, const char *text, int *var)
{
	int i;

	for (i = 0; i < s->nstored; i++) {
		if (s->stored[i].text == text && s->stored[i].copy) {
			*var = s->stored[i].param;
			return true;
		}
	}
	return false;
}
