// SPDX-License-Identifier: GPL-2.0
/*
 * narrowed_param.c - a flags parameter a function only ever narrows:
 * mm/percpu.c pcpu_alloc() starts with `gfp = current_gfp_context(gfp)`,
 * which can only clear bits (`flags &= ~(__GFP_IO | __GFP_FS)`).  A bit
 * set in the narrowed value was set in the caller's, so a sleep that needs
 * it set still needs the caller to pass it (sleep_guard.c).  Setting
 * other bits does not matter either: __filemap_get_folio() locks only
 * `if (fgp_flags & FGP_LOCK)`, and `fgp_flags |= FGP_DIRTY` on its way
 * back to `repeat:` leaves FGP_LOCK as the caller passed it.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/known_ints.h"

static bool writes(const struct ir_instr *in, int var)
{
	return (in->op == IR_ASSIGN && in->assign.dest == var) ||
	       (in->op == IR_CALL && in->call.dest == var) ||
	       (in->op == IR_CLOBBER && in->clobber.var == var);
}

/*
 * `x & M`, `x &= y`, `x` itself: no bit x does not have; `x | C` with no
 * bit of `bits` in C: none of those bits x does not have.
 */
static bool narrows(const struct ir_function *fn, const struct ir_expr *e,
		    int var, unsigned long long bits)
{
	const char *name = fn->vars[var].name;
	size_t n = strlen(name);

	if (e->kind == IR_EXPR_VAR && !e->offset && e->var == var)
		return true;
	if (e->has_or && e->or_var == var && !(e->or_bits & bits))
		return true;
	if (e->has_mask && !e->mask_zero && e->mask_var == var)
		return true;
	return !strncmp(e->text, name, n) && !strncmp(e->text + n, " &= ", 4);
}

static bool plain_integer(const struct ir_function *fn, int var)
{
	const struct ir_var *v = &fn->vars[var];

	return var >= 0 && var < fn->nvars && !v->is_pointer &&
	       !v->is_aggregate && !v->address_taken;
}

/* Every write of `var` in `fn` narrows it; `callee_ok`: calls may too. */
static bool only_narrowed(const struct analysis *an,
			  const struct ir_function *fn, int var, bool calls_ok);

/* A function returning its parameter `param` with bits cleared at most. */
static bool narrowing_function(const struct ir_function *fn, int param)
{
	int b;

	if (!fn || fn->truncated || param >= fn->nparams ||
	    !plain_integer(fn, param) || !only_narrowed(NULL, fn, param, false))
		return false;
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_term *t = &fn->blocks[b].term;

		if (t->kind == IR_TERM_RETURN && !narrows(fn, &t->value, param, ~0ULL))
			return false;
	}
	return true;
}

static bool narrowing_call(const struct analysis *an, const struct ir_call *call,
			   int var)
{
	int i;

	if (!call->has_body || !call->callee)
		return false;
	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];

		if (arg->kind == IR_EXPR_VAR && !arg->offset && arg->var == var)
			return narrowing_function(tu_function(an->tu, call->callee), i);
	}
	return false;
}

static bool only_narrowed(const struct analysis *an,
			  const struct ir_function *fn, int var, bool calls_ok)
{
	int b, i;

	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];

			if (!writes(in, var))
				continue;
			if (in->op == IR_ASSIGN && narrows(fn, &in->assign.src, var, ~0ULL))
				continue;
			if (in->op == IR_CALL && calls_ok &&
			    narrowing_call(an, &in->call, var))
				continue;
			return false;
		}
	return true;
}

/*
 * The bits this function may set in parameter `var` that its caller did
 * not: those of its `x |= C`, if every other write only narrows it; else
 * all.  __filemap_get_folio() sets FGP_LOCK on its FGP_CREAT path before
 * it goes back to `repeat:`: a lock there still needs the caller's
 * FGP_CREAT.
 */
unsigned long long known_bits_set_in_param(const struct hm_walk *w, int var)
{
	const struct ir_function *fn = w->fn;
	unsigned long long set = 0;
	int b, i;

	if (var < 0 || var >= fn->nparams || !plain_integer(fn, var))
		return ~0ULL;
	for (b = 0; b < fn->nblocks; b++)
		for (i = 0; i < fn->blocks[b].ninstrs; i++) {
			const struct ir_instr *in = &fn->blocks[b].instrs[i];
			const struct ir_expr *src = &in->assign.src;

			if (!writes(in, var))
				continue;
			if (in->op == IR_ASSIGN && narrows(fn, src, var, 0)) {
				if (src->has_or && src->or_var == var)
					set |= src->or_bits;
				continue;
			}
			if (in->op == IR_CALL && narrowing_call(w->an, &in->call, var))
				continue;
			return ~0ULL;
		}
	return set;
}
