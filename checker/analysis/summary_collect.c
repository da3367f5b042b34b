// SPDX-License-Identifier: GPL-2.0
/*
 * summary_collect.c - what each return of a summarized function hands back
 * to its caller: a live mapping returned or left in the caller's memory,
 * and the net change of each atomic context.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/param_result.h"
#include "analysis/summary.h"
#include "analysis/summary_guard.h"
#include "analysis/returned_members.h"
#include "analysis/pointee_guard.h"

static bool returns_kmapped_page(struct hm_walk *w, const struct path_state *s,
				 const struct ir_expr *value)
{
	const char *text = intern_compact(w->an->strings, value->text);
	int i;

	if (value->kind != IR_EXPR_VAR || value->offset)
		return false;
	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		if (r->live && r->family == FAMILY_PKMAP &&
		    ((r->page_var >= 0 && r->page_var == value->var) ||
		     r->page_text == text))
			return true;
	}
	return false;
}

/*
 * The mapping is packed with flag bits into a caller's structure (i915's
 * reloc_cache): that structure owns it and its own helpers release it; the
 * address also returned is a view into it, not a mapping handed over.
 */
static bool kept_packed_by_caller(const struct path_state *s,
				  const struct map_record *r)
{
	int i, base;

	for (i = 0; i < r->nstores; i++) {
		base = r->stores[i].base_var;
		if (r->stores[i].packed && r->stores[i].escapes && base >= 0 &&
		    base < s->nvars && s->param_origin[base] >= 0)
			return true;
	}
	return false;
}

static bool collect_returned(struct hm_walk *w, const struct path_state *s,
			     struct summary *sum, const struct ir_expr *value)
{
	const struct map_record *r;
	int index;

	if (value->kind == IR_EXPR_NONE)
		return false;
	if (returns_kmapped_page(w, s, value)) {
		sum->returns_kmapped_page = true;
		return true;
	}
	index = expr_value(w, s, value);
	if (index < 0 || !s->records[index].live ||
	    kept_packed_by_caller(s, &s->records[index]))
		return false;
	r = &s->records[index];
	sum->returns_family = r->family;
	if (r->page_var >= 0 && r->page_var < s->nvars &&
	    !s->param_suffix[r->page_var])
		sum->returns_page_param = s->param_origin[r->page_var];
	return true;
}

static int page_param(const struct path_state *s, const struct map_record *r)
{
	if (r->page_var < 0 || r->page_var >= s->nvars || s->param_suffix[r->page_var])
		return -1;
	return s->param_origin[r->page_var];
}

static void add_store_effect(const struct path_state *s, struct summary *sum,
			     const struct map_record *r,
			     const struct store_site *site, const char *suffix,
			     bool returned)
{
	int param = s->param_origin[site->base_var], i;

	for (i = 0; i < sum->nstores; i++)
		if (sum->stores[i].param == param && sum->stores[i].suffix == suffix)
			return;
	if (sum->nstores == HM_MAX_EFFECTS)
		return;
	sum->stores[sum->nstores++] = (struct summary_effect){
		.param = param, .suffix = suffix, .family = r->family,
		.holds_page = site->holds_page, .page_param = page_param(s, r),
		.returned = returned,
	};
}

/* A live mapping stored through a parameter: the caller now holds it. */
static bool collect_stored(struct hm_walk *w, const struct path_state *s,
			   struct summary *sum, const struct map_record *r,
			   bool returned)
{
	bool stored = false;
	int i;

	for (i = 0; i < r->nstores; i++) {
		const struct store_site *site = &r->stores[i];
		int base = site->base_var;
		const char *suffix;

		if (!site->escapes || site->packed || base < 0 ||
		    base >= s->nvars || s->param_origin[base] < 0 ||
		    s->param_suffix[base])
			continue;
		suffix = suffix_after(w, site->text, w->fn->vars[base].name);
		if (!suffix)
			continue;
		stored = true;
		add_store_effect(s, sum, r, site, suffix, returned);
	}
	return stored;
}

/*
 * Which returns hand a mapping over: all of them, or only some?  A return
 * passing on a mapping a callee made only if it succeeded (a wrapper
 * returning its reader's result) is both: the mapping exists only if the
 * result says so.
 */
static void collect_condition(struct summary *sum, bool effect, bool unsettled)
{
	if (effect)
		sum->effect_returns++;
	if (!effect || unsettled)
		sum->plain_returns++;
	sum->maps_conditionally = sum->effect_returns && sum->plain_returns;
}

static struct summary_context *summary_context(struct summary *sum,
					       const char *name)
{
	int i;

	for (i = 0; i < sum->ncontexts; i++)
		if (!strcmp(sum->contexts[i].name, name))
			return &sum->contexts[i];
	if (sum->ncontexts == HM_MAX_CONTEXTS)
		return NULL;
	sum->contexts[sum->ncontexts].name = name;
	sum->contexts[sum->ncontexts].delta = 0;
	/* A context new on a later return was unchanged on the earlier ones. */
	sum->contexts[sum->ncontexts].mixed = sum->nreturns > 1;
	sum->contexts[sum->ncontexts].min_delta = 0;
	sum->contexts[sum->ncontexts].max_delta = 0;
	sum->contexts[sum->ncontexts].switch_seen =
		sum->nreturns > 1 ? SUMMARY_SWITCH_COUNTED : 0;
	return &sum->contexts[sum->ncontexts++];
}

static int context_delta(const struct path_state *s, const char *name)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, name))
			return s->contexts[i].depth;
	return 0;
}

/*
 * A switched context (interrupts) that the path turned on below its entry
 * ends on or off whatever the caller held; one it turned on from its own
 * levels ends on, unless a restore since may have brought back what a
 * save found before.  Else the return's delta says what it did.
 */
unsigned char summary_context_switch(const struct path_state *s,
				     const char *name)
{
	int i;

	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *c = &s->contexts[i];

		if (strcmp(c->name, name))
			continue;
		if (c->caller_gone)
			return c->depth > 0 ? SUMMARY_SWITCH_OFF :
					      SUMMARY_SWITCH_ON;
		if (state_context_callers_on(c))
			return SUMMARY_SWITCH_ON;
		break;
	}
	return SUMMARY_SWITCH_COUNTED;
}

static void collect_contexts(const struct path_state *s, struct summary *sum)
{
	int i;

	for (i = 0; i < s->ncontexts; i++) {
		struct summary_context *c = summary_context(sum, s->contexts[i].name);

		if (c)
			c->sleep_ok = s->contexts[i].sleep_ok;
		if (c && sum->nreturns == 1)
			c->delta = s->contexts[i].depth;
		else if (c && c->delta != s->contexts[i].depth)
			c->mixed = true;
	}
	for (i = 0; i < sum->ncontexts; i++) {
		struct summary_context *c = &sum->contexts[i];
		int delta = context_delta(s, c->name);

		if (delta != c->delta)
			c->mixed = true;
		c->switch_seen |= summary_context_switch(s, c->name);
		if (sum->nreturns == 1 || delta < c->min_delta)
			c->min_delta = delta;
		if (sum->nreturns == 1 || delta > c->max_delta)
			c->max_delta = delta;
	}
}

/* A kmap()/kunmap() pair of a parameter's page: a later kunmap() is one too many. */
static void collect_released(const struct path_state *s, struct summary *sum,
			     const struct map_record *r, unsigned *counted)
{
	int param = page_param(s, r), i;

	if (r->live || r->family != FAMILY_PKMAP || param < 0)
		return;
	for (i = 0; i < sum->nreleases; i++)
		if (sum->releases[i].param == param)
			break;
	if (i == sum->nreleases) {
		if (sum->nreleases == HM_MAX_EFFECTS)
			return;
		sum->releases[sum->nreleases++] = (struct summary_effect){
			.param = param, .family = FAMILY_PKMAP,
		};
	}
	if (!(*counted & (1u << i)))
		sum->releases[i].returns_with++;
	*counted |= 1u << i;
}

void summary_collect_return(struct hm_walk *w, const struct path_state *s,
			    const struct ir_expr *value)
{
	struct summary *sum = w->summary;
	unsigned counted = 0;
	bool effect, unsettled = false;
	int i, returned;

	if (!sum)
		return;
	sum->nreturns++;
	effect = collect_returned(w, s, sum, value);
	returned = value->kind != IR_EXPR_NONE ? expr_value(w, s, value) : -1;
	if (effect && returned >= 0 && s->records[returned].cond_var >= 0)
		unsettled = true;
	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		if (!r->live) {
			collect_released(s, sum, r, &counted);
		} else if (collect_stored(w, s, sum, r, i == returned)) {
			effect = true;
			unsettled |= r->cond_var >= 0;
		}
	}
	collect_condition(sum, effect, unsettled);
	handed_result_collect(w, s, value, effect, unsettled);
	for (i = 0; i < sum->nunmaps; i++)
		if (s->helper_unmaps & (1u << i))
			sum->unmaps[i].returns_with++;
	summary_collect_clears(sum, s);
	summary_guard_collect(w, s);
	collect_contexts(s, sum);
	context_guard_collect(w, s);
	context_result_collect(w, s, value);
	returned_members_collect(w, s, value);
	pointee_guard_collect_return(w, s, value);
	param_result_collect(w, s, value);
}
