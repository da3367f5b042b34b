// SPDX-License-Identifier: GPL-2.0
/*
 * call_facts.c - which branch facts about memory survive a call.
 *
 * A driver tests `cp->crc_size`, maps, makes a dozen calls, and tests it
 * again to unmap.  By kernel convention a function only writes the objects
 * it is handed: a fact read through a local or parameter pointer outlives a
 * call that gets neither that pointer nor the variable's address.  Globals,
 * statics and address-taken variables are reachable by any call.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/util.h"
#include "analysis/call_writes.h"

/* "(u8*)(type*)rest" -> "rest" */
static const char *skip_casts(const char *text)
{
	while (text[0] == '(') {
		const char *close = strchr(text, ')');

		if (!close)
			break;
		text = close + 1;
	}
	return text;
}

/*
 * `&name->a->b`: the address of an object reached through a pointer loaded
 * from *name, not of a part of *name itself.
 */
static bool address_beyond(struct hm_walk *w, const char *text, const char *name)
{
	const char *rest = skip_casts(intern_compact(w->an->strings, text));
	size_t n = strlen(name);
	const char *arrow, *index;

	if (rest[0] != '&' || strncmp(rest + 1, name, n) ||
	    strncmp(rest + 1 + n, "->", 2))
		return false;
	rest += 1 + n + 2;
	arrow = strstr(rest, "->");
	index = strpbrk(rest, "[(");
	return arrow && (!index || arrow < index);
}

static bool arg_reads(const struct ir_expr *arg, int var)
{
	int i;

	for (i = 0; i < arg->nreads; i++)
		if (arg->reads[i] == var)
			return true;
	return false;
}

static bool arg_reads_fact(const struct branch_fact *f, int var)
{
	int i;

	for (i = 0; i < f->nreads; i++)
		if (f->reads[i] == var)
			return true;
	return false;
}

/*
 * Whether a member chain the fact reads through `name` overlaps `region`;
 * when `name` cannot be found in the text (hidden in a macro), it may.
 */
static bool fact_overlaps(struct hm_walk *w, const char *fact, const char *name,
			  const char *region)
{
	const char *text = intern_compact(w->an->strings, fact);
	const char *at = access_find(text, text, name);
	size_t used;

	if (!at)
		return true;
	for (; at; at = access_find(text, at + 1, name)) {
		const char *chain = access_chain(w->an->strings, at + strlen(name),
						 &used);

		if (!*chain && (at == text || at[-1] != '*'))
			continue;	/* the pointer itself: calls cannot change it */
		if (regions_overlap(chain, region))
			return true;
	}
	return false;
}

/* The function of this file an argument names: a callback handed over. */
static const struct ir_function *callback_arg(struct hm_walk *w,
					      const struct ir_expr *arg)
{
	const char *text = intern_compact(w->an->strings, arg->text);

	if (arg->var >= 0)
		return NULL;
	return tu_function(w->an->tu, text + (text[0] == '&'));
}

/*
 * A function without a body handed the address of a local object together
 * with a callback of this file (gnttab_foreach_grant_in_range(..., fn,
 * &setup)) hands that address on to the callback, as opaque data it cannot
 * read itself: what the callback writes through its pointer parameters is
 * all it writes.  Without a callback, anything may be written.
 */
static bool callback_writes_fact(struct hm_walk *w, const struct ir_call *call,
				 int i, int var, const char *fact)
{
	const struct ir_expr *arg = &call->args[i];
	const struct ir_function *callback = NULL;
	const struct function_writes *fw;
	struct expr_region r;
	int j, k;

	for (j = 0; j < call->nargs && !callback; j++)
		if (j != i)
			callback = callback_arg(w, &call->args[j]);
	fw = callback ? writes_of(w->an, callback) : NULL;
	if (!fw || fw->unknown || arg->kind != IR_EXPR_ADDR_OF || arg->var != var)
		return true;
	expr_region_of(w->an->strings, w->fn, arg, &r);
	for (j = 0; j < fw->nparams; j++)
		for (k = 0; k < fw->params[j].n; k++)
			if (fact_overlaps(w, fact, w->fn->vars[var].name,
					  arg_region(w->an->strings, &r,
						     fw->params[j].regions[k])))
				return true;
	return false;
}

/* An address in an assignment, a store or a return: it outlives the call. */
static void note_escape(unsigned char *frame, int nvars, const struct ir_expr *e)
{
	int i;

	if (e->kind == IR_EXPR_ADDR_OF && e->var >= 0 && e->var < nvars)
		frame[e->var] = 0;
	if (e->kind == IR_EXPR_OTHER && strchr(e->text, '&'))
		for (i = 0; i < e->nreads; i++)
			if (e->reads[i] >= 0 && e->reads[i] < nvars)
				frame[e->reads[i]] = 0;
}

static unsigned char *find_frame_objects(const struct ir_function *fn)
{
	unsigned char *frame = xcalloc((size_t)fn->nvars + 1, 1);
	int b, i;

	for (i = 0; i < fn->nvars; i++)
		frame[i] = fn->vars[i].kind == IR_VAR_LOCAL ||
			   fn->vars[i].kind == IR_VAR_PARAM;
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		for (i = 0; i < blk->ninstrs; i++) {
			const struct ir_instr *in = &blk->instrs[i];

			if (in->op == IR_ASSIGN)
				note_escape(frame, fn->nvars, &in->assign.src);
			else if (in->op == IR_STORE)
				note_escape(frame, fn->nvars, &in->store.src);
		}
		if (blk->term.kind == IR_TERM_RETURN)
			note_escape(frame, fn->nvars, &blk->term.value);
	}
	return frame;
}

/*
 * A local structure whose address is only ever handed to calls, never kept
 * in a variable or in memory: only the calls handed it can write it.
 */
static bool frame_local(struct hm_walk *w, int var)
{
	if (!w->frame_objects)
		w->frame_objects = find_frame_objects(w->fn);
	return w->frame_objects[var];
}

static bool frame_object(struct hm_walk *w, int var)
{
	return w->fn->vars[var].kind == IR_VAR_LOCAL &&
	       w->fn->vars[var].is_aggregate && frame_local(w, var);
}

/*
 * Any local or parameter, a scalar too (`len` handed as `&len` to a helper
 * that sets it): no pointer reaches it, so only the calls handed it write it.
 */
static bool frame_reachable_by_calls_only(struct hm_walk *w, int var)
{
	return var >= 0 && var < w->fn->nvars && frame_local(w, var);
}

/*
 * What a function of another file writes, as the summary database or the
 * demand analysis already knows it (never asked for here): a driver's
 * `if (hba->rev == 4) spin_lock(..)`, a call elsewhere handed `hba` that
 * writes none of it, and the same test again to unlock.  Unknown: NULL.
 * Where it says "written", that may be only a callback it was handed
 * writing (gnttab_foreach_grant_in_range(.., fn, &setup) calls fn(data)):
 * the callback of this file still decides (callback_writes_fact()).
 */
static const struct function_writes *extern_writes(struct hm_walk *w,
						   const struct ir_call *call)
{
	if (!call->callee || call->has_body)
		return NULL;
	return extern_writes_of(w->an, call->callee, false);
}

/* What the callee writes through argument `i` touches what the fact reads. */
static bool call_writes_fact(struct hm_walk *w, const struct ir_call *call,
			     int i, int var, const char *fact)
{
	const struct ir_function *callee = call->callee && call->has_body ?
		tu_function(w->an->tu, call->callee) : NULL;
	const struct function_writes *fw = callee ? writes_of(w->an, callee) :
					   extern_writes(w, call);
	const struct ir_expr *arg = &call->args[i];
	struct expr_region r;
	int j;

	if (!callee && !fw)
		return callback_writes_fact(w, call, i, var, fact);
	if (!fw || fw->unknown || i >= fw->nparams || arg->var != var)
		return !callee ? callback_writes_fact(w, call, i, var, fact) : true;
	expr_region_of(w->an->strings, w->fn, arg, &r);
	for (j = 0; j < fw->params[i].n; j++)
		if (fact_overlaps(w, fact, w->fn->vars[var].name,
				  arg_region(w->an->strings, &r,
					     fw->params[i].regions[j])))
			return !callee ? callback_writes_fact(w, call, i, var, fact) :
					 true;
	return false;
}

/* Could the callee write what the fact reads through `var` (or var itself)? */
static bool call_receives(struct hm_walk *w, const struct ir_call *call, int var,
			  const char *fact)
{
	int i;

	for (i = 0; i < call->nargs; i++) {
		const struct ir_expr *arg = &call->args[i];

		if (!arg_reads(arg, var) || !arg->is_pointer)
			continue;	/* an integer carries no address */
		if (arg->kind == IR_EXPR_MEMORY && !arg->offset)
			continue;	/* a pointer loaded from *var */
		if (arg->kind == IR_EXPR_OTHER &&
		    address_beyond(w, arg->text, w->fn->vars[var].name))
			continue;
		if (call_writes_fact(w, call, i, var, fact))
			return true;
	}
	return false;
}

bool call_keeps_memory_fact(struct hm_walk *w, const struct ir_call *call,
			    const struct branch_fact *f)
{
	int i;

	if (!f->nreads)
		return false;
	if (call_keeps_member_fact(w, call, f) || mapping_slot_empty(w, f))
		return true;
	for (i = 0; i < f->nreads; i++) {
		int var = f->reads[i];
		const struct ir_var *v;

		if (var < 0 || var >= w->fn->nvars)
			return false;
		v = &w->fn->vars[var];
		if ((v->kind != IR_VAR_PARAM && v->kind != IR_VAR_LOCAL) ||
		    (v->address_taken && !frame_object(w, var)) ||
		    call_receives(w, call, var, f->text))
			return false;
	}
	return true;
}

static bool ident_char(char c)
{
	return c == '_' || (c >= '0' && c <= '9') || ((c | 32) >= 'a' && (c | 32) <= 'z');
}

/*
 * `name` appears in `text` only as an address (`mm == &init_mm`): where an
 * object is does not change, whatever a call writes into it.
 */
static bool only_address_of(const char *text, const char *name)
{
	size_t n = strlen(name);
	const char *at;
	bool seen = false;

	for (at = strstr(text, name); at; at = strstr(at + 1, name)) {
		const char *before = at;

		if ((at > text && ident_char(at[-1])) || ident_char(at[n]))
			continue;
		while (before > text && before[-1] == ' ')
			before--;
		if (before == text || before[-1] != '&')
			return false;
		seen = true;
	}
	return seen;
}

static bool call_keeps_address_fact(struct hm_walk *w, const struct ir_call *call,
				    const struct branch_fact *f)
{
	int i;

	for (i = 0; i < f->nreads; i++) {
		int var = f->reads[i];

		if (var < 0 || var >= w->fn->nvars || !w->fn->vars[var].address_taken ||
		    only_address_of(f->text, w->fn->vars[var].name))
			continue;
		if (!frame_reachable_by_calls_only(w, var) ||
		    call_receives(w, call, var, f->text))
			return false;
	}
	return true;
}

/*
 * A write through a pointer may change an address-taken object: the facts
 * reading its value go; those naming only where it is stay.
 */
void expire_facts_reading_value(struct hm_walk *w, struct path_state *s, int var)
{
	const char *name = w->fn->vars[var].name;
	int i, j, kept = 0;

	for (i = 0; i < s->nfacts; i++) {
		bool reads = false;

		for (j = 0; j < s->facts[i].nreads; j++)
			reads |= s->facts[i].reads[j] == var;
		if (!reads || only_address_of(s->facts[i].text, name))
			s->facts[kept++] = s->facts[i];
	}
	s->nfacts = kept;
}

void expire_address_taken_facts(struct hm_walk *w, struct path_state *s,
				const struct ir_call *call)
{
	int i, kept = 0;

	for (i = 0; i < s->nfacts; i++)
		if (call_keeps_address_fact(w, call, &s->facts[i]))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
}

bool call_frame_object(struct hm_walk *w, int var)
{
	return var >= 0 && var < w->fn->nvars && frame_object(w, var);
}

bool call_frame_local(struct hm_walk *w, int var)
{
	return frame_reachable_by_calls_only(w, var);
}

/*
 * A store into a member of a local structure no pointer can reach (its
 * address only ever goes to calls) changes what is read through that member
 * and nothing else: `setup.bvec_data = kmap_atomic(...)` keeps the fact
 * `setup.need_copy` and every fact about other memory.
 */
bool expire_frame_store(struct hm_walk *w, struct path_state *s,
			const struct ir_expr *target)
{
	const char *name;
	struct expr_region r;
	int i, kept = 0;

	if (!call_frame_object(w, target->var))
		return false;
	expr_region_of(w->an->strings, w->fn, target, &r);
	if (r.whole || r.address || !*r.chain)
		return false;
	name = w->fn->vars[target->var].name;
	for (i = 0; i < s->nfacts; i++)
		if (!arg_reads_fact(&s->facts[i], target->var) ||
		    !fact_overlaps(w, s->facts[i].text, name, r.chain))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
	return true;
}
