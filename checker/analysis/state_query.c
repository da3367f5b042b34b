// SPDX-License-Identifier: GPL-2.0
/*
 * state_query.c - questions the checks ask about a path state, and the small
 * updates the core makes to values, contexts, facts and decisions.
 */
#include <string.h>
#include "analysis/state.h"

static bool on_stack(const struct map_record *r)
{
	return r->live && (r->family == FAMILY_LOCAL || r->family == FAMILY_ATOMIC);
}

int state_stack_depth(const struct path_state *s)
{
	int i, depth = 0;

	for (i = 0; i < s->nrecords; i++)
		depth += on_stack(&s->records[i]);
	return depth;
}

int state_stack_top(const struct path_state *s)
{
	int i;

	for (i = s->nrecords - 1; i >= 0; i--)
		if (on_stack(&s->records[i]))
			return i;
	return -1;
}

struct context_depth *state_context(struct path_state *s, const char *name)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, name))
			return &s->contexts[i];
	if (s->ncontexts == HM_MAX_CONTEXTS)
		return NULL;
	memset(&s->contexts[s->ncontexts], 0, sizeof(s->contexts[0]));
	s->contexts[s->ncontexts].name = name;
	return &s->contexts[s->ncontexts++];
}

/* The latest kmap_atomic() surely held: preemption and page faults are off. */
static int latest_atomic_record(const struct path_state *s)
{
	int i;

	for (i = s->nrecords - 1; i >= 0; i--)
		if (s->records[i].live && s->records[i].family == FAMILY_ATOMIC &&
		    !s->records[i].maybe_released)
			return i;
	return -1;
}

bool state_atomic_cause(const struct path_state *s, struct ir_loc *loc,
			const char **what)
{
	int i, record = latest_atomic_record(s);

	if (record >= 0) {
		*loc = s->records[record].site;
		*what = s->records[record].api_name;
		return true;
	}
	for (i = 0; i < s->ncontexts; i++) {
		if (s->contexts[i].depth > 0 && !s->contexts[i].sleep_ok) {
			*loc = s->contexts[i].entered;
			*what = s->contexts[i].entered_by;
			return true;
		}
	}
	return false;
}

int state_atomic_decisions(const struct path_state *s)
{
	int i, record = latest_atomic_record(s);

	if (record >= 0)
		return s->records[record].decisions_before;
	for (i = 0; i < s->ncontexts; i++)
		if (s->contexts[i].depth > 0 && !s->contexts[i].sleep_ok)
			return s->contexts[i].decisions_at_entry;
	return s->ndecisions;
}

bool state_holds_atomic_mapping(const struct path_state *s)
{
	return latest_atomic_record(s) >= 0;
}

bool state_pagefaults_disabled(const struct path_state *s)
{
	int i;

	if (latest_atomic_record(s) >= 0)
		return true;
	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, "pagefault") &&
		    s->contexts[i].depth > 0)
			return true;
	return false;
}

static int atomic_records(const struct path_state *s)
{
	int i, n = 0;

	for (i = 0; i < s->nrecords; i++)
		if (s->records[i].live && s->records[i].family == FAMILY_ATOMIC &&
		    !s->records[i].maybe_released)
			n++;
	return n;
}

/*
 * One call entered both (spin_lock_bh(): `spin` and, rules' also=, `bh`):
 * a callee that leaves one of them to sleep (spin_unlock_bh(), as
 * __release_sock() does) leaves the other with it.  The levels began at
 * the same call on this path, so they are that call's; a context entered
 * before it (local_bh_disable() earlier) began elsewhere and stays held.
 */
static bool entered_with(const struct path_state *s, const struct context_depth *c,
			 const char *context)
{
	int i;

	if (!c->entered_here || c->depth <= 0 || !c->entered_by)
		return false;
	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *o = &s->contexts[i];

		if (o != c && !strcmp(o->name, context) && o->entered_here &&
		    o->depth == c->depth && o->entered_by == c->entered_by &&
		    o->entered.line == c->entered.line &&
		    o->entered.col == c->entered.col &&
		    o->entered.file == c->entered.file)
			return true;
	}
	return false;
}

int state_atomic_mappings(const struct path_state *s)
{
	return atomic_records(s);
}

/* Of c's levels, how many the callee left (or took with one it left). */
static int levels_left(const struct path_state *s, const struct context_depth *c,
		       const struct context_level *levels, int n)
{
	int i, left = 0;

	for (i = 0; i < n; i++) {
		int k = levels[i].all ? c->depth : levels[i].levels;

		if (!strcmp(levels[i].context, c->name))
			return k;
		if (!levels[i].alone && entered_with(s, c, levels[i].context) &&
		    k > left)
			left = k;
	}
	return left;
}

bool state_atomic_below(const struct path_state *s,
			const struct context_level *levels, int n)
{
	int i, maps = 0;

	for (i = 0; i < n; i++)
		if (!strcmp(levels[i].context, HM_CONTEXT_CALLERS_ATOMIC_MAP))
			maps = levels[i].levels;
	if (maps ? atomic_records(s) > maps : latest_atomic_record(s) >= 0)
		return true;
	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *c = &s->contexts[i];

		if (c->depth - levels_left(s, c, levels, n) > 0 && !c->sleep_ok)
			return true;
	}
	return false;
}

const char *state_left_caller_context(const struct path_state *s)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (s->contexts[i].depth < 0 ||
		    state_context_callers_on(&s->contexts[i]))
			return s->contexts[i].name;
	return NULL;
}

void state_expire_facts_reading(struct path_state *s, int var)
{
	int i, j, kept = 0;

	for (i = 0; i < s->nfacts; i++) {
		bool reads = false;

		for (j = 0; j < s->facts[i].nreads; j++)
			reads |= s->facts[i].reads[j] == var;
		if (!reads)
			s->facts[kept++] = s->facts[i];
	}
	s->nfacts = kept;
	param_result_forget(s, var);
}

struct branch_fact *state_put_fact(struct path_state *s, const char *text,
				   bool value)
{
	struct branch_fact *f;
	int i;

	for (i = 0; i < s->nfacts; i++) {
		if (!strcmp(s->facts[i].text, text)) {
			s->facts[i].value = value;
			return NULL;
		}
	}
	if (s->nfacts == HM_MAX_FACTS)
		return NULL;
	f = &s->facts[s->nfacts++];
	memset(f, 0, sizeof(*f));
	f->text = text;
	f->value = value;
	f->block = -1;
	return f;
}

void state_expire_memory_facts(struct path_state *s, bool keep_predicates)
{
	int i, kept = 0;

	for (i = 0; i < s->nfacts; i++)
		if (!s->facts[i].memory ||
		    (keep_predicates && s->facts[i].predicate))
			s->facts[kept++] = s->facts[i];
	s->nfacts = kept;
}

/* The variable no longer names the page a kmap() mapped. */
static void forget_page_var(struct path_state *s, int var)
{
	int i;

	for (i = 0; i < s->nrecords; i++) {
		if (s->records[i].page_var != var)
			continue;
		s->records[i].page_var = -1;
		s->records[i].page_text = "";
		s->records[i].page_memory = NULL;
	}
}

/*
 * A variable gets a new value: the memory texts rooted at it now name other
 * memory, and the facts about it no longer hold.
 */
void state_set_value(struct path_state *s, int var, int value, int origin,
		     const char *suffix)
{
	if (var < 0 || var >= s->nvars)
		return;
	s->values[var] = value;
	s->param_origin[var] = origin;
	s->param_suffix[var] = origin >= 0 ? suffix : NULL;
	forget_page_var(s, var);
	state_drop_stores_of_var(s, var);
	state_forget_names_reading(s, var);
	state_expire_facts_reading(s, var);
}

void state_add_decision(struct path_state *s, struct ir_loc loc,
			const char *text, bool value)
{
	struct path_decision *d = &s->decisions[s->ndecisions % HM_MAX_DECISIONS];

	d->loc = loc;
	d->text = text;
	d->value = value;
	s->ndecisions++;
}

void state_context_floor(struct context_depth *c)
{
	bool per_cpu = !strcmp(c->name, "preempt") || !strcmp(c->name, "pagefault");

	if (!per_cpu && c->depth < -HM_LOCK_DEPTH_FLOOR)
		c->depth = -HM_LOCK_DEPTH_FLOOR;
	if (c->floor > 0 && c->depth < c->floor)
		c->depth = c->floor;
	if (c->unsure > HM_MAX_CONTEXTS)
		c->unsure = HM_MAX_CONTEXTS;
}
