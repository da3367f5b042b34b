// SPDX-License-Identifier: GPL-2.0
/*
 * mapping_slot.c - memory this function uses to hold its own mapping's
 * address, or NULL when it holds none (`strm->buf.out = kmap(page) + off`
 * ... `strm->buf.out = NULL`), and tests to know whether to unmap.
 *
 * A callee handed the structure (a decompressor's stream) reads the
 * address, or advances it inside the page; it does not make the caller's
 * mapping, nor clear the slot the caller unmaps by.  So that the caller
 * stored NULL there holds across such a call.  Only for a slot that is a
 * flag beside a kunmap(page): a slot handed to the unmap itself is
 * followed by the mapping's own store records.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/deref_facts.h"

/* An unmap call handed the slot's address itself. */
static bool unmaps_slot(struct hm_walk *w, const struct ir_instr *in,
			const char *slot)
{
	const struct api_entry *api;
	const char *name;
	int i;

	if (in->op != IR_CALL)
		return false;
	api = call_api(w, in, &name);
	if (!api || api->kind != API_UNMAP)
		return false;
	for (i = 0; i < in->call.nargs; i++)
		if (intern_compact(w->an->strings, in->call.args[i].text) == slot)
			return true;
	return false;
}

/* `var` is given the result of a map call somewhere in the function. */
static bool mapping_result(struct hm_walk *w, int var)
{
	const struct ir_function *fn = w->fn;
	int saved = w->block, b, i;
	bool found = false;

	for (b = 0; b < fn->nblocks && !found; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		w->block = b;
		for (i = 0; i < blk->ninstrs && !found; i++) {
			const struct ir_instr *in = &blk->instrs[i];
			const struct api_entry *api;
			const char *name;

			if (in->op != IR_CALL || in->call.dest != var)
				continue;
			api = call_api(w, in, &name);
			found = api && api->kind == API_MAP;
		}
	}
	w->block = saved;
	return found;
}

/* 1: a mapping's address, 0: NULL, -1: anything else. */
static int slot_value(struct hm_walk *w, const struct ir_expr *src)
{
	if (src->kind == IR_EXPR_CONST)
		return src->value == 0 ? 0 : -1;
	if (src->kind == IR_EXPR_VAR && src->var >= 0 &&
	    mapping_result(w, src->var))
		return 1;
	return -1;
}

static bool scan_mapping_slot(struct hm_walk *w, const char *slot)
{
	const struct ir_function *fn = w->fn;
	int saved = w->block, b, i, mapped = 0;
	bool unmapped = false;

	for (b = 0; b < fn->nblocks && !unmapped; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		w->block = b;
		for (i = 0; i < blk->ninstrs && !unmapped; i++)
			unmapped = unmaps_slot(w, &blk->instrs[i], slot);
	}
	w->block = saved;
	if (unmapped)
		return false;
	for (b = 0; b < fn->nblocks; b++) {
		const struct ir_block *blk = &fn->blocks[b];

		for (i = 0; i < blk->ninstrs; i++) {
			const struct ir_instr *in = &blk->instrs[i];
			int value;

			if (in->op != IR_STORE ||
			    intern_compact(w->an->strings,
					   in->store.target.text) != slot)
				continue;
			value = slot_value(w, &in->store.src);
			if (value < 0)
				return false;
			mapped += value;
		}
	}
	return mapped > 0;
}

bool mapping_slot(struct hm_walk *w, const char *text)
{
	const char *slot = intern_compact(w->an->strings, text);
	struct slot_answer *a;
	int i;

	for (i = 0; i < w->nslot_answers; i++)
		if (w->slot_answers[i].slot == slot)
			return w->slot_answers[i].mapping;
	w->slot_answers = xrealloc(w->slot_answers,
				   (w->nslot_answers + 1) * sizeof(*a));
	a = &w->slot_answers[w->nslot_answers++];
	a->slot = slot;
	a->mapping = scan_mapping_slot(w, slot);
	return a->mapping;
}

/*
 * The fact says the slot is empty.  That it holds a mapping the path's
 * records say already; keeping that too would only split states.
 */
bool mapping_slot_empty(struct hm_walk *w, const struct branch_fact *f)
{
	return f->memory && !f->predicate && !f->value &&
	       mapping_slot(w, f->text);
}

/* `a` is `b` or a part of it: "x->buf" contains "x->buf.out". */
static bool part_of(const char *a, const char *b)
{
	size_t n = strlen(b);

	return !strncmp(a, b, n) && strchr(".-[", a[n]);
}

/* The store to `target` may change what the fact says of its slot. */
static bool store_writes_slot(struct hm_walk *w, const struct branch_fact *f,
			      const struct ir_expr *target)
{
	const char *slot = intern_compact(w->an->strings, f->text);
	const char *text = intern_compact(w->an->strings, target->text);

	return part_of(slot, text) || part_of(text, slot);
}

/*
 * A store through a pointer expires the memory facts, but not what this
 * function knows of a mapping slot it does not store to: the slot is
 * written by this function's own stores only.
 */
void mapping_slot_expire_for_store(struct hm_walk *w, struct path_state *s,
				   const struct ir_expr *target,
				   bool keep_predicates)
{
	int i, kept = 0;

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (!f->memory || (keep_predicates && f->predicate) ||
		    (!store_writes_slot(w, f, target) && mapping_slot_empty(w, f)) ||
		    deref_fact_survives_store(f, target))
			s->facts[kept++] = *f;
	}
	s->nfacts = kept;
}

/* `slot = NULL`: the path now knows the slot holds no mapping. */
void mapping_slot_store_null(struct hm_walk *w, struct path_state *s,
			     const struct ir_expr *target,
			     const struct ir_expr *src)
{
	struct branch_fact *f;

	if (target->kind != IR_EXPR_MEMORY || src->kind != IR_EXPR_CONST ||
	    src->value != 0 || !mapping_slot(w, target->text))
		return;
	f = state_put_fact(s, target->text, false);
	if (!f)
		return;
	f->memory = true;
	f->nreads = target->nreads;
	f->reads = target->reads;
}
