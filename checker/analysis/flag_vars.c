// SPDX-License-Identifier: GPL-2.0
/*
 * flag_vars.c - local integers only ever set to constants: flags.
 *
 * `bool unmap = false; ... src = kmap_atomic(...); unmap = true; ...
 * if (unmap) kunmap_atomic(src);` keeps the mapping and its release
 * correlated through the flag.  A loop that forgets what it assigns, or a
 * block over its budget that forgets known values, does so to end: a
 * counter takes a new value each iteration.  A flag takes only the few
 * constants written into it, so knowing it can never keep a walk from
 * ending, and it is kept.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/flag_vars.h"
#include "analysis/known_ints.h"

/* A copy of a flag (`unmap = tmp` after `tmp = a && b`) is one too. */
static bool flag_source(const struct ir_expr *src, const unsigned char *flag,
			int nvars)
{
	if (src->kind == IR_EXPR_CONST)
		return src->has_value;
	return src->kind == IR_EXPR_VAR && !src->offset && src->var >= 0 &&
	       src->var < nvars && flag[src->var];
}

static bool unflag_instr(const struct ir_instr *in, unsigned char *flag, int nvars)
{
	int var = -1;
	bool ok = false;

	if (in->op == IR_ASSIGN) {
		var = in->assign.dest;
		ok = flag_source(&in->assign.src, flag, nvars);
	} else if (in->op == IR_CALL) {
		var = in->call.dest;
	} else if (in->op == IR_CLOBBER) {
		var = in->clobber.var;
	}
	if (var < 0 || var >= nvars || ok || !flag[var])
		return false;
	flag[var] = 0;
	return true;
}

unsigned char *flag_vars_find(const struct ir_function *fn)
{
	unsigned char *flag = xcalloc((size_t)fn->nvars + 1, 1);
	bool changed = true;
	int b, i;

	for (i = 0; i < fn->nvars; i++) {
		const struct ir_var *v = &fn->vars[i];

		flag[i] = (v->kind == IR_VAR_LOCAL || v->kind == IR_VAR_TEMP) &&
			  !v->is_pointer && !v->is_aggregate && !v->address_taken;
	}
	while (changed) {
		changed = false;
		for (b = 0; b < fn->nblocks; b++)
			for (i = 0; i < fn->blocks[b].ninstrs; i++)
				changed |= unflag_instr(&fn->blocks[b].instrs[i],
							flag, fn->nvars);
	}
	return flag;
}

/*
 * An integer set to 0 also holds "null" as its value (VALUE_NULL), a second
 * record of the same known zero: `curbh = 0` before a loop that counts it
 * up splits every state at the loop head in two.  Forgotten with the known
 * values; pointers keep it, as their null tests guard mappings.
 */
static void forget_zero_integers(const struct hm_walk *w, struct path_state *s,
				 const unsigned char *flag)
{
	int i;

	for (i = 0; i < s->nvars && i < w->fn->nvars; i++) {
		const struct ir_var *v = &w->fn->vars[i];

		if (s->values[i] == VALUE_NULL && !flag[i] && !v->is_pointer &&
		    !v->is_aggregate)
			s->values[i] = VALUE_UNKNOWN;
	}
}

/*
 * The bits branches saw set in parameters: a sleep's guard is made of
 * them (sleep_guard.c), and __filemap_get_folio() is over its budget by
 * the time it locks again after setting FGP_LOCK on its FGP_CREAT path.
 * Bits seen clear are forgotten: they split states more than they guard.
 */
static void keep_parameter_ones(const struct hm_walk *w, struct path_state *s,
				const struct known_bits *had, int nhad)
{
	int i;

	for (i = 0; i < nhad; i++) {
		if (had[i].var >= w->fn->nparams || !had[i].one)
			continue;
		s->bits[s->nbits] = had[i];
		s->bits[s->nbits++].zero = 0;
	}
}

void known_ints_drop_but_flags(struct hm_walk *w, struct path_state *s)
{
	unsigned char *flag;
	struct known_int kept[HM_MAX_KNOWN_INTS];
	struct known_bits bits[HM_MAX_KNOWN_BITS];
	int i, n = 0, nbits = s->nbits;

	/* Once a walk: a block over its budget drops each state it gets. */
	if (!w->flags)
		w->flags = flag_vars_find(w->fn);
	flag = w->flags;
	forget_zero_integers(w, s, flag);

	for (i = 0; i < s->nints; i++)
		if (flag[s->ints[i].var])
			kept[n++] = s->ints[i];
	memcpy(bits, s->bits, nbits * sizeof(bits[0]));
	known_ints_drop(s);
	for (i = 0; i < n; i++)
		s->ints[i] = kept[i];
	s->nints = n;
	keep_parameter_ones(w, s, bits, nbits);
}
