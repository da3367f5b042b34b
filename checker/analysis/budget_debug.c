// SPDX-License-Identifier: GPL-2.0
/*
 * budget_debug.c - why a block went past its state budget.
 *
 * With HMCHECK_DEBUG_BUDGET set in the environment, the first state a
 * block would strip of its facts (walk.c) is printed against the state
 * it stands nearest among those the block kept: what keeps them apart
 * (a variable's value, a fact, a context, a known integer) is what the
 * pruning before the budget failed to forget.  For developers only.
 */
#include <stdio.h>
#include <stdlib.h>
#include "analysis/walk.h"
#include "analysis/budget_debug.h"

static const char *var_name(const struct hm_walk *w, int var)
{
	return var >= 0 && var < w->fn->nvars ? w->fn->vars[var].name : "?";
}

static bool has_fact(const struct path_state *s, const struct branch_fact *f)
{
	int i;

	for (i = 0; i < s->nfacts; i++)
		if (s->facts[i].text == f->text && s->facts[i].value == f->value &&
		    s->facts[i].block == f->block)
			return true;
	return false;
}

static int diff_facts(FILE *out, const struct path_state *a,
		      const struct path_state *b, const char *side)
{
	int i, n = 0;

	for (i = 0; i < a->nfacts; i++) {
		if (has_fact(b, &a->facts[i]))
			continue;
		n++;
		if (out)
			fprintf(out, "    fact only %s: %s == %d (block %d)\n", side,
				a->facts[i].text, a->facts[i].value,
				a->facts[i].block);
	}
	return n;
}

static int diff_vars(FILE *out, const struct hm_walk *w,
		     const struct path_state *a, const struct path_state *b)
{
	int i, n = 0;

	for (i = 0; i < a->nvars && i < b->nvars; i++) {
		if (a->values[i] == b->values[i] &&
		    a->param_origin[i] == b->param_origin[i] &&
		    a->param_suffix[i] == b->param_suffix[i])
			continue;
		n++;
		if (out)
			fprintf(out, "    var %s: value %d/%d origin %d/%d\n",
				var_name(w, i), a->values[i], b->values[i],
				a->param_origin[i], b->param_origin[i]);
	}
	return n;
}

static int diff_ints(FILE *out, const struct hm_walk *w,
		     const struct path_state *a, const struct path_state *b)
{
	int i, n = 0;

	for (i = 0; i < a->nints || i < b->nints; i++) {
		if (i < a->nints && i < b->nints &&
		    a->ints[i].var == b->ints[i].var &&
		    a->ints[i].value == b->ints[i].value)
			continue;
		n++;
		if (out && i < a->nints)
			fprintf(out, "    int new %s = %lld\n",
				var_name(w, a->ints[i].var), a->ints[i].value);
		if (out && i < b->nints)
			fprintf(out, "    int kept %s = %lld\n",
				var_name(w, b->ints[i].var), b->ints[i].value);
	}
	return n;
}

static int diff_bits(FILE *out, const struct hm_walk *w,
		     const struct path_state *a, const struct path_state *b)
{
	int i, n = 0;

	for (i = 0; i < a->nbits || i < b->nbits; i++) {
		if (i < a->nbits && i < b->nbits &&
		    a->bits[i].var == b->bits[i].var &&
		    a->bits[i].zero == b->bits[i].zero &&
		    a->bits[i].one == b->bits[i].one)
			continue;
		n++;
		if (out && i < a->nbits)
			fprintf(out, "    bits new %s zero %llx one %llx\n",
				var_name(w, a->bits[i].var), a->bits[i].zero,
				a->bits[i].one);
		if (out && i < b->nbits)
			fprintf(out, "    bits kept %s zero %llx one %llx\n",
				var_name(w, b->bits[i].var), b->bits[i].zero,
				b->bits[i].one);
	}
	return n;
}

static int diff_records(FILE *out, const struct path_state *a,
			const struct path_state *b)
{
	int i, n = 0;

	for (i = 0; i < a->nrecords || i < b->nrecords; i++) {
		const struct map_record *x = i < a->nrecords ? &a->records[i] : NULL;
		const struct map_record *y = i < b->nrecords ? &b->records[i] : NULL;

		if (x && y && x->site.line == y->site.line && x->live == y->live &&
		    x->nstores == y->nstores && x->repeated == y->repeated &&
		    x->orphaned == y->orphaned && x->ints_key == y->ints_key &&
		    x->exact == y->exact && x->count_unknown == y->count_unknown &&
		    x->unmap_site.line == y->unmap_site.line)
			continue;
		n++;
		if (out)
			fprintf(out, "    record %d: line %u/%u live %d/%d stores %d/%d "
				"key %lx/%lx unmapped %u/%u\n", i,
				x ? x->site.line : 0, y ? y->site.line : 0,
				x ? x->live : -1, y ? y->live : -1,
				x ? x->nstores : -1, y ? y->nstores : -1,
				x ? x->ints_key : 0, y ? y->ints_key : 0,
				x ? x->unmap_site.line : 0,
				y ? y->unmap_site.line : 0);
	}
	return n;
}

static int diff_contexts(FILE *out, const struct path_state *a,
			 const struct path_state *b)
{
	int i, n = 0;

	for (i = 0; i < a->ncontexts || i < b->ncontexts; i++) {
		const struct context_depth *x = i < a->ncontexts ? &a->contexts[i] : NULL;
		const struct context_depth *y = i < b->ncontexts ? &b->contexts[i] : NULL;

		if (x && y && x->name == y->name && x->depth == y->depth &&
		    x->entered_here == y->entered_here &&
		    x->guard_text == y->guard_text &&
		    x->result_linked == y->result_linked)
			continue;
		n++;
		if (out)
			fprintf(out, "    context %s/%s depth %d/%d\n",
				x ? x->name : "-", y ? y->name : "-",
				x ? x->depth : 0, y ? y->depth : 0);
	}
	return n;
}

static int diff_misc(FILE *out, const struct path_state *a,
		     const struct path_state *b)
{
	int n = (a->nstored != b->nstored) + (a->entry_guard != b->entry_guard) +
		(a->helper_unmaps != b->helper_unmaps) +
		(a->helper_clears != b->helper_clears) +
		(a->atomic_released != b->atomic_released) +
		(a->imprecise != b->imprecise) + (a->last_ref != b->last_ref) +
		(a->not_in != b->not_in) + (a->nquery_flags != b->nquery_flags);

	if (out && n)
		fprintf(out, "    other: stored %d/%d guard %d/%d unmaps %x/%x "
			"released %d/%d imprecise %d/%d not_in %s/%s\n",
			a->nstored, b->nstored, a->entry_guard, b->entry_guard,
			a->helper_unmaps, b->helper_unmaps, a->atomic_released,
			b->atomic_released, a->imprecise, b->imprecise,
			a->not_in ? a->not_in : "-", b->not_in ? b->not_in : "-");
	return n;
}

static int differences(FILE *out, const struct hm_walk *w,
		       const struct path_state *a, const struct path_state *b)
{
	return diff_facts(out, a, b, "new") + diff_facts(out, b, a, "kept") +
	       diff_vars(out, w, a, b) + diff_ints(out, w, a, b) +
	       diff_bits(out, w, a, b) + diff_records(out, a, b) +
	       diff_contexts(out, a, b) + diff_misc(out, a, b);
}

/* Asked once: the walk calls this for every state over a block's budget. */
static bool debug_wanted(void)
{
	static int wanted = -1;

	if (wanted < 0)
		wanted = getenv("HMCHECK_DEBUG_BUDGET") != NULL;
	return wanted;
}

void budget_debug_explain(const struct hm_walk *w, int block,
			  const struct path_state *s)
{
	static const struct ir_function *said_fn;
	static int said_block = -1;
	const struct block_seen *seen = &w->seen[block];
	int i, best = -1, fewest = 1 << 30;

	if (!debug_wanted() || (said_fn == w->fn && said_block == block))
		return;
	said_fn = w->fn;
	said_block = block;
	for (i = 0; i < seen->nstates; i++) {
		int n = differences(NULL, w, s, seen->states[i]);

		if (n < fewest) {
			fewest = n;
			best = i;
		}
	}
	fprintf(stderr, "budget: %s block %d (line %u): %d states kept, "
		"%d facts; nearest kept state %d differs in %d:\n", w->fn->name,
		block, w->fn->blocks[block].ninstrs ?
		w->fn->blocks[block].instrs[0].loc.line : w->fn->blocks[block].term.loc.line,
		seen->nstates, s->nfacts, best, fewest);
	if (best >= 0)
		differences(stderr, w, s, seen->states[best]);
}
