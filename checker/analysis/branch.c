// SPDX-License-Identifier: GPL-2.0
/*
 * branch.c - which way a branch may go on a path.
 *
 * Kernel code tests the same flag twice (`if (need) map ... if (need) unmap`)
 * and tests a mapping's address before unmapping it.  Without correlating
 * those, every such function would look like it leaks.  A branch records a
 * fact (its text and the side taken); a later branch with the same text
 * takes that side only, until a write to something the condition reads.
 */
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/param_result.h"
#include "analysis/known_ints.h"
#include "analysis/fresh_compare.h"
#include "analysis/summary.h"
#include "analysis/summary_guard.h"
#include "analysis/last_ref.h"
#include "analysis/context_query.h"
#include "analysis/deref_facts.h"
#include "analysis/fact_match.h"

#define SIDE_TRUE	1
#define SIDE_FALSE	2

static int side_of(bool value)
{
	return value ? SIDE_TRUE : SIDE_FALSE;
}

/* Facts about temporaries would tie two different calls' results together. */
static bool reads_temporary(const struct hm_walk *w, const struct ir_expr *cond)
{
	int i;

	for (i = 0; i < cond->nreads; i++) {
		int var = cond->reads[i];

		if (var < 0 || var >= w->fn->nvars ||
		    w->fn->vars[var].kind == IR_VAR_TEMP)
			return true;
	}
	return false;
}

/*
 * A branch on the result of a call made just before, in the same block:
 * `if (PageHighMem(page))`.  Tested again with the same text and nothing
 * written in between, it gives the same answer.
 */
const struct ir_call *branch_predicate_call(const struct hm_walk *w,
					    const struct ir_block *b)
{
	const struct ir_expr *cond = &b->term.cond;
	int i;

	(void)w;
	if (cond->kind != IR_EXPR_VAR || cond->offset || cond->var < 0 ||
	    !strchr(cond->text, '('))
		return NULL;
	for (i = b->ninstrs - 1; i >= 0; i--) {
		const struct ir_instr *in = &b->instrs[i];

		if (in->op == IR_CALL && in->call.dest == cond->var)
			return in->call.callee ? &in->call : NULL;
		if (in->op == IR_ASSIGN && in->assign.dest == cond->var)
			return NULL;
	}
	return NULL;
}

static bool reads_memory(const struct ir_expr *cond)
{
	return cond->kind == IR_EXPR_MEMORY || strstr(cond->text, "->") ||
	       strchr(cond->text, '[') || strchr(cond->text, '*') ||
	       strchr(cond->text, '.');
}

/*
 * What a fact "name OP number" says about a later test of plain `name`:
 * 1 it is non-zero, 0 it is zero, -1 nothing (`use_sg > 1` then `if (use_sg)`).
 */
static int implied_nonzero(const char *fact, bool value, const char *name)
{
	size_t n = strlen(name);
	const char *op;
	char *end;
	long number;

	if (strncmp(fact, name, n) || fact[n] != ' ')
		return -1;
	op = fact + n + 1;
	number = strtol(op + 2 + (op[1] != ' '), &end, 0);
	if (*end || end == op + 2 + (op[1] != ' '))
		return -1;
	if (!strncmp(op, "> ", 2) && number >= 0 && value)
		return 1;
	if (!strncmp(op, ">= ", 3) && number >= 1 && value)
		return 1;
	if (!strncmp(op, "== ", 3))
		return value ? number != 0 : (number == 0 ? 1 : -1);
	if (!strncmp(op, "!= ", 3) && number == 0)
		return value;
	return -1;
}

/*
 * A branch is bound by the fact it recorded itself in an earlier iteration
 * unless it can leave its loop: a loop test must be free to stop the loop,
 * but `if (dest_page)` inside the body tests what it tested last time
 * (when nothing before the loop tests it, its fact is its own).
 */
static int fact_side(struct hm_walk *w, const struct path_state *s,
		     const struct ir_block *b)
{
	int id = (int)(b - w->fn->blocks);
	bool exits = loops_branch_exits(&w->loops, w->fn, id);
	int i;

	if (b->term.cond.kind == IR_EXPR_VAR && !b->term.cond.offset) {
		for (i = 0; i < s->nfacts; i++) {
			int nonzero = implied_nonzero(s->facts[i].text,
						      s->facts[i].value,
						      b->term.cond.text);

			if (nonzero >= 0)
				return side_of(nonzero);
		}
	}

	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if ((f->block != id || !exits) &&
		    !strcmp(f->text, b->term.cond.text) &&
		    fact_reads_within(f, &b->term.cond))
			return side_of(f->value);
	}
	return SIDE_TRUE | SIDE_FALSE;
}

/* A page some live mapping was made of: kmap of NULL would have oopsed. */
static bool mapped_page_var(const struct path_state *s, const struct ir_expr *cond)
{
	int i;

	if (cond->kind != IR_EXPR_VAR || cond->offset || cond->var < 0)
		return false;
	for (i = 0; i < s->nrecords; i++)
		if (s->records[i].live && s->records[i].page_var == cond->var)
			return true;
	return false;
}

/* "(unsignedchar*)sink" -> the variable named after the casts, or -1. */
static int object_named(struct hm_walk *w, const char *text, size_t n)
{
	char name[128];
	int i;

	while (n && text[0] == '(') {
		const char *close = memchr(text, ')', n);

		if (!close)
			return -1;
		n -= (size_t)(close + 1 - text);
		text = close + 1;
	}
	if (!n || n >= sizeof(name))
		return -1;
	memcpy(name, text, n);
	name[n] = 0;
	for (i = 0; i < w->fn->nvars; i++)
		if (!strcmp(w->fn->vars[i].name, name))
			return i;
	return -1;
}

/*
 * `vaddr != (u8 *)sink_page` where vaddr holds a live mapping and sink_page
 * is a global or static array: a fresh mapping is never that object.
 */
static int compare_with_object(struct hm_walk *w, const struct path_state *s,
			       const struct ir_expr *cond)
{
	const char *text = intern_compact(w->an->strings, cond->text);
	const char *op = strstr(text, "!=");
	bool equal = false;
	const struct ir_var *obj;
	char left[160];
	int var, value;

	if (!op) {
		op = strstr(text, "==");
		equal = true;
	}
	if (!op || (size_t)(op - text) >= sizeof(left))
		return SIDE_TRUE | SIDE_FALSE;
	memcpy(left, text, (size_t)(op - text));
	left[op - text] = 0;
	value = state_find_store(s, intern(w->an->strings, left));
	if (value < 0) {
		var = object_named(w, left, strlen(left));
		value = var >= 0 && var < s->nvars ? s->values[var] : -1;
	}
	var = object_named(w, op + 2, strlen(op + 2));
	if (value < 0 || !s->records[value].live || var < 0)
		return SIDE_TRUE | SIDE_FALSE;
	obj = &w->fn->vars[var];
	if (!obj->is_aggregate ||
	    (obj->kind != IR_VAR_GLOBAL && obj->kind != IR_VAR_STATIC))
		return SIDE_TRUE | SIDE_FALSE;
	return equal ? SIDE_FALSE : SIDE_TRUE;
}

int branch_sides(struct hm_walk *w, const struct path_state *s,
		 const struct ir_block *b)
{
	const struct ir_expr *cond = &b->term.cond;

	if (cond->has_value)
		return side_of(cond->value != 0);
	if (known_ints_sides(s, cond) != (SIDE_TRUE | SIDE_FALSE))
		return known_ints_sides(s, cond);
	if (known_bits_sides(s, cond) != (SIDE_TRUE | SIDE_FALSE))
		return known_bits_sides(s, cond);
	if (cond->kind == IR_EXPR_VAR || cond->kind == IR_EXPR_MEMORY) {
		int value = expr_value(w, s, cond);

		/* Maps never fail: a mapping's address is never NULL. */
		if (value >= 0 || mapped_page_var(s, cond))
			return SIDE_TRUE;
		if (value == VALUE_NULL && cond->kind == IR_EXPR_VAR && !cond->offset)
			return SIDE_FALSE;
	}
	if (cond->kind == IR_EXPR_OTHER &&
	    compare_with_object(w, s, cond) != (SIDE_TRUE | SIDE_FALSE))
		return compare_with_object(w, s, cond);
	if (fresh_compare_sides(w, s, cond) != (SIDE_TRUE | SIDE_FALSE))
		return fresh_compare_sides(w, s, cond);
	if (relation_fact_sides(w, s, cond) != (SIDE_TRUE | SIDE_FALSE))
		return relation_fact_sides(w, s, cond);
	if (text_bits_sides(w, s, cond) != (SIDE_TRUE | SIDE_FALSE))
		return text_bits_sides(w, s, cond);
	if (!cond->nreads ||
	    (reads_temporary(w, cond) && !branch_predicate_call(w, b)))
		return SIDE_TRUE | SIDE_FALSE;
	if (fact_side(w, s, b) != (SIDE_TRUE | SIDE_FALSE))
		return fact_side(w, s, b);
	return lock_guard_sides(w, s, b);
}

/* Would a later test read this fact: `x` again, or `x` after `x > 0`? */
bool branch_tests_fact(const struct ir_expr *other, const char *text)
{
	size_t n = strlen(other->text);

	if (!strcmp(other->text, text) || relation_tests_fact(other->text, text))
		return true;
	return other->kind == IR_EXPR_VAR && !other->offset &&
	       !strncmp(text, other->text, n) && text[n] == ' ';
}

static void add_fact(struct hm_walk *w, struct path_state *s,
		     const struct ir_block *b, bool value)
{
	const struct ir_expr *cond = &b->term.cond;
	const struct ir_call *call = NULL;
	struct branch_fact *f;

	if (cond->has_value || !cond->nreads)
		return;
	/*
	 * A bit test of memory reached through a call's result
	 * (`current->jobctl & M`) is kept for text_bits.c, which compares
	 * masks of one text; branch_sides() binds no other test by it.
	 */
	if (reads_temporary(w, cond)) {
		call = branch_predicate_call(w, b);
		if (!call && !cond->has_text_mask)
			return;
	}
	f = state_put_fact(s, cond->text, value);
	if (!f)
		return;
	f->memory = reads_memory(cond);
	f->pointer = f->memory && cond->kind == IR_EXPR_MEMORY &&
		     cond->is_pointer;
	f->numbers = f->memory && cond->loads_numbers;
	f->block = (int)(b - w->fn->blocks);
	f->nreads = cond->nreads;
	f->reads = cond->reads;
	f->predicate = call != NULL;
	f->callee = call ? call->callee : NULL;
	if (call) {
		/* What the predicate is about: its arguments, and memory. */
		f->memory = true;
		f->nreads = call->nargs ? call->args[0].nreads : 0;
		f->reads = call->nargs ? call->args[0].reads : NULL;
	}
}

static bool text_is(const char *text, const char *prefix, const char *name,
		    const char *suffix)
{
	size_t p = strlen(prefix), n = strlen(name);

	return !strncmp(text, prefix, p) && !strncmp(text + p, name, n) &&
	       !strcmp(text + p + n, suffix);
}

/*
 * Which side of a test of a helper's result `var` is its failure: 1 the
 * true side, 0 the false side, -1 this is no such test.
 */
static int failure_side(struct hm_walk *w, const struct ir_expr *cond, int var,
			bool pointer, bool zero_fails)
{
	const char *text = intern_compact(w->an->strings, cond->text);
	const char *name = w->fn->vars[var].name;

	if (cond->kind == IR_EXPR_VAR && cond->var == var && !cond->offset)
		return pointer || zero_fails ? 0 : 1;
	if (zero_fails)		/* an int answering "made it?" */
		return text_is(text, "", name, "!=0") ? 0 :
		       text_is(text, "", name, "==0") ? 1 : -1;
	if (text_is(text, "IS_ERR(", name, ")") ||
	    text_is(text, "IS_ERR_OR_NULL(", name, ")") ||
	    text_is(text, "unlikely(IS_ERR(", name, "))") ||
	    text_is(text, "", name, "<0") || text_is(text, "", name, "!=0"))
		return 1;
	if (text_is(text, "", name, "==0") || text_is(text, "", name, "==NULL"))
		return 0;
	return -1;
}

/*
 * A helper's result tested: on the failure side its mappings were never
 * made; on the success side they certainly were.
 */
static void settle_conditional_records(struct hm_walk *w, struct path_state *s,
				       const struct ir_expr *cond, bool value)
{
	int i, j, failure;

	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->cond_var < 0 || r->cond_var >= s->nvars)
			continue;
		failure = failure_side(w, cond, r->cond_var, r->cond_pointer,
				       r->cond_zero_fails);
		if (failure < 0)
			continue;
		r->cond_var = -1;
		if (failure != value)
			continue;
		r->live = false;
		r->nstores = 0;
		for (j = 0; j < s->nvars; j++)
			if (s->values[j] == i)
				s->values[j] = VALUE_UNKNOWN;
	}
}

/*
 * A branch the path could have taken either way is a decision its notes
 * name; one that what the path knew forced (the same test again, a known
 * value, x86's this_cpu_add() testing its constant pao_ID__) says nothing
 * the notes before it did not.
 */
void branch_record(struct hm_walk *w, struct path_state *s,
		   const struct ir_block *b, bool value, bool chosen)
{
	struct ir_loc loc = b->term.loc.line ? b->term.loc : b->term.cond.loc;

	settle_conditional_records(w, s, &b->term.cond, value);
	context_result_branch(s, &b->term.cond, value);
	summary_guard_branch(w, s, b, value);
	known_bits_branch(w, s, b, value);
	last_ref_branch(w, s, b, value);
	context_query_branch(w, s, b, value);
	param_result_branch(w, s, b, value);
	add_fact(w, s, b, value);
	deref_facts_note(w, s, &b->term.cond);
	if (chosen)
		state_add_decision(s, loc, b->term.cond.text, value);
}
