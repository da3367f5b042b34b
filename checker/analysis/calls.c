// SPDX-License-Identifier: GPL-2.0
/*
 * calls.c - what a call does to the path: the model's entry if it has one
 * (the macro name as written wins over the function it expands to), else the
 * callee's summary if the unit has its body, else nothing at all.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/param_result.h"
#include "analysis/summary.h"
#include "analysis/known_ints.h"
#include "analysis/sleep_guard.h"
#include "analysis/sleep_unless.h"
#include "analysis/context_query.h"
#include "analysis/call_writes.h"
#include "analysis/constant_return.h"

static const struct ir_expr *call_arg(const struct ir_call *call, int index)
{
	if (index < 0 || index >= call->nargs)
		return NULL;
	return &call->args[index];
}

/*
 * The same site mapped again while its mapping is live: a loop, unless the
 * known integers differ (a counted loop's next iteration maps anew).
 */
static bool loc_equal(struct ir_loc a, struct ir_loc b)
{
	return a.line == b.line && a.col == b.col && a.file == b.file;
}

static int repeated_site(struct path_state *s, struct ir_loc site)
{
	unsigned long key = known_ints_key(s);
	int i;

	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->live && r->ints_key == key && loc_equal(r->site, site))
			return i;
	}
	return -1;
}

/*
 * The earlier mapping a map at `site` into `dest` would lose: the one dest
 * alone holds, or one whose only holder was forgotten as dead at a loop's
 * head (dead_vars.c).  Unknown counts are left alone when an unmap may have
 * released them (a repeated mapping unmapped once, a loop releasing what
 * another loop made); a counted loop's records whose known integers were
 * dropped were unmapped by nobody.
 */
static int held_earlier_mapping(const struct hm_walk *w,
				const struct path_state *s, struct ir_loc site)
{
	int i;

	if (w->dest_before >= 0 && w->dest_before < s->nrecords)
		return w->dest_before;
	for (i = 0; i < s->nrecords; i++) {
		const struct map_record *r = &s->records[i];

		if (r->orphaned && r->live && loc_equal(r->site, site))
			return i;
	}
	return -1;
}

/*
 * A loop mapping again at the same site into the variable that alone held
 * the earlier mapping, which no unmap has touched: once overwritten, nothing
 * can release that mapping.  kmap() is left out: kunmap() takes the page,
 * which may be named again later (a second loop unmapping every page).
 */
static int remap_loses(const struct hm_walk *w, const struct path_state *s,
		       struct ir_loc site, int dest)
{
	int index = held_earlier_mapping(w, s, site), var;
	const struct map_record *r;

	if (index < 0 || dest < 0 || dest >= s->nvars ||
	    w->fn->vars[dest].address_taken)
		return -1;
	r = &s->records[index];
	if (!r->live || r->family == FAMILY_PKMAP || r->maybe_released ||
	    (r->count_unknown && (r->repeated || !r->exact)) || r->foreign ||
	    r->cond_var >= 0 || r->nstores || !loc_equal(r->site, site))
		return -1;
	for (var = 0; var < s->nvars; var++)
		if (var != dest && s->values[var] == index)
			return -1;
	return index;
}

/*
 * A record merged with the mapping made again at its site stands for that
 * one too.  If the page it named was forgotten since (its variable got the
 * next buffer's), the new mapping's page names it: unmapping that page
 * must find it, not the latest other kmap() (nilfs_palloc_prepare_alloc_entry()
 * mapping a descriptor block per outer iteration, a bitmap block per inner).
 */
static void renew_forgotten_page(struct hm_walk *w, struct path_state *s,
				 int index, const struct ir_expr *page)
{
	struct map_record *r = &s->records[index];

	if (!page || r->page_var >= 0 || (r->page_text && r->page_text[0]) ||
	    r->page_memory)
		return;
	r->page_text = intern_compact(w->an->strings, page->text);
	r->page_var = page->var;
	r->page_memory = page_identity(w, s, page);
}

static int live_records(const struct path_state *s)
{
	int i, n = 0;

	for (i = 0; i < s->nrecords; i++)
		n += s->records[i].live;
	return n;
}

/*
 * kmap(page) for its effect alone, of a caller's page, in a function that
 * kunmap()s nothing: the page is the caller's handle on the mapping (jfs's
 * insert_metapage()).
 */
void kmap_of_callers_page(struct hm_walk *w, struct path_state *s, int index)
{
	struct map_record *r = &s->records[index];
	int var = r->page_var;

	if (w->unmaps_family[FAMILY_PKMAP] || var < 0 || var >= s->nvars ||
	    s->param_origin[var] < 0 || s->param_suffix[var])
		return;
	record_add_store(r, &(struct store_site){
		.text = intern_compact(w->an->strings, w->fn->vars[var].name),
		.base_var = var, .loc = r->site, .escapes = true,
		.holds_page = true,
	});
}

/*
 * `kmap(*p = page)`, `s->page = page; kmap(page);`: the page was stored
 * before it was mapped, in the same block; that store hands it over too.
 */
static void page_stored_before(struct hm_walk *w, struct path_state *s,
			       const struct ir_instr *in, int index)
{
	const struct ir_block *b = &w->fn->blocks[w->block];
	struct map_record *r = &s->records[index];
	const struct ir_instr *prev;

	if (r->page_var < 0 || in < b->instrs || in >= b->instrs + b->ninstrs)
		return;
	for (prev = in - 1; prev >= b->instrs; prev--) {
		if (prev->op == IR_ASSIGN && prev->assign.dest == r->page_var)
			return;
		if (prev->op != IR_STORE || prev->store.src.kind != IR_EXPR_VAR ||
		    prev->store.src.var != r->page_var || prev->store.src.offset ||
		    prev->store.target.kind != IR_EXPR_MEMORY)
			continue;
		record_add_store(r, &(struct store_site){
			.text = intern_compact(w->an->strings,
					       prev->store.target.text),
			.base_var = prev->store.target.var, .loc = prev->loc,
			.escapes = store_escapes(w, &prev->store.target),
			.holds_page = true,
		});
	}
}

/* The unmap the rules pair with map `name`, if not its family's own. */
static const char *model_release(const struct api_model *model, const char *name)
{
	const struct api_entry *api = model_lookup(model, name);

	return api && api->kind == API_MAP ? api->release : NULL;
}

int push_mapping(struct hm_walk *w, struct path_state *s,
		 const struct ir_instr *in, enum map_family family,
		 const char *name, const struct ir_expr *page, int dest)
{
	struct map_record r = {
		.family = family, .live = true, .page_var = -1, .cond_var = -1,
	};
	struct hm_event ev;
	int lost = remap_loses(w, s, in->loc, dest);
	int index = repeated_site(s, in->loc);

	if (index >= 0) {
		s->records[index].repeated = true;
		renew_forgotten_page(w, s, index, page);
	} else if (live_records(s) >= HM_MAX_LIVE_RECORDS) {
		w->path_ended = true;	/* runaway mapping: nothing sane to say */
		return -1;
	} else {
		r.api_name = name;
		r.release = model_release(w->an->model, name);
		r.page_text = intern_compact(w->an->strings, page ? page->text : "");
		r.page_var = page ? page->var : -1;
		r.page_memory = page_identity(w, s, page);
		r.site = in->loc;
		r.block = w->block;
		r.decisions_before = s->ndecisions;
		r.ints_key = known_ints_key(s);
		r.exact = counted_loops_exact(w, s, w->block);
		index = state_add_record(s, &r);
	}
	state_set_value(s, dest, index, -1, NULL);
	if (family == FAMILY_PKMAP)
		page_stored_before(w, s, in, index);
	if (family == FAMILY_PKMAP && !in->call.result_used)
		kmap_of_callers_page(w, s, index);
	summary_note_depth(w, s, in->loc);
	hm_event_init(&ev, w, s, HM_EVENT_MAP, in->loc);
	ev.call = &in->call;
	ev.name = name;
	ev.record = index;
	ev.family = family;
	ev.lost_record = lost;
	hm_fire(&ev);
	return index;
}

static void fire_sleep(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const char *name,
		       const char *chain, struct ir_loc chain_loc)
{
	struct hm_event ev;

	hm_event_init(&ev, w, s, HM_EVENT_SLEEP, in->loc);
	ev.call = &in->call;
	ev.name = name;
	ev.chain = chain;
	ev.chain_loc = chain_loc;
	hm_fire(&ev);
}

void fire_sleep_event(struct hm_walk *w, struct path_state *s,
		      const struct ir_instr *in, const char *name,
		      const char *chain, struct ir_loc chain_loc)
{
	fire_sleep(w, s, in, name, chain, chain_loc);
}

void raise_sleep(struct hm_walk *w, struct path_state *s,
		 const struct ir_instr *in, const char *name,
		 const char *chain, struct ir_loc chain_loc, bool fault)
{
	if (context_query_sleep(w, s, in, name, chain, chain_loc))
		return;
	fire_sleep(w, s, in, name, chain, chain_loc);
	summary_note_sleep(w, s, chain, chain_loc, fault);
}

void raise_guarded_sleep(struct hm_walk *w, struct path_state *s,
			 const struct ir_instr *in, const char *name,
			 const char *chain, struct ir_loc chain_loc,
			 const struct sleep_guard *guard)
{
	fire_sleep(w, s, in, name, chain, chain_loc);
	summary_note_guarded_sleep(w, s, chain, chain_loc, guard);
}

void raise_unmap_sleep(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const char *name,
		       const char *chain, struct ir_loc chain_loc)
{
	fire_sleep(w, s, in, name, chain, chain_loc);
	summary_note_unmap_sleep(w, chain, chain_loc);
}

void enter_context(struct hm_walk *w, struct path_state *s, const char *context,
		   struct ir_loc loc, const char *by, bool sleep_ok)
{
	struct context_depth *c = state_context(s, context);

	if (!c)
		return;
	if (c->depth++ == 0) {
		c->switched_on = false;
		c->entered = loc;
		c->entered_by = by;
		c->decisions_at_entry = s->ndecisions;
		lock_guard_note(w, c);
	}
	c->sleep_ok = sleep_ok;
	c->entered_here = true;
}

static bool per_cpu_context(const char *context)
{
	return !strcmp(context, "preempt") || !strcmp(context, "pagefault");
}

/*
 * kunmap_atomic() re-enables page faults and preemption, as 6.1 does; a
 * leave this function can reach without its own kmap_atomic() is of a
 * level its caller entered (atomic_leave.c).
 */
static bool left_by_kunmap_atomic(struct hm_walk *w, const struct path_state *s,
				  const struct ir_instr *in, const char *context)
{
	int i;

	if (!s->atomic_released ||
	    (strcmp(context, "preempt") && strcmp(context, "pagefault")))
		return false;
	for (i = 0; i < s->nrecords; i++)
		if (s->records[i].live && s->records[i].family == FAMILY_ATOMIC)
			return false;
	return leave_follows_own_atomic_map(w, in);
}

void leave_context(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in, const char *context, const char *by)
{
	struct context_depth *c = state_context(s, context);
	struct hm_event ev;

	if (!c)
		return;
	/*
	 * A level a callee may have kept, left: for a per-CPU context this is
	 * no proof of leaving twice.  A lock's depth is the least held, so
	 * leaving one lowers it: perhaps the caller's lock (scan_swap_map_slots
	 * after lock_cluster(), which locks only when it finds a cluster).
	 */
	if (c->depth <= 0 && c->unsure > 0 && per_cpu_context(c->name)) {
		c->unsure--;
		return;
	}
	hm_event_init(&ev, w, s, HM_EVENT_ATOMIC_LEAVE, in->loc);
	ev.call = &in->call;
	ev.name = by;
	ev.context = c->name;
	/*
	 * Only what this path entered itself can be left twice for sure, and
	 * only for contexts that are one per CPU: locks pair by their object,
	 * and their trylock forms are not modeled.
	 */
	ev.unbalanced = c->depth <= 0 && per_cpu_context(c->name) &&
			(c->entered_here ||
			 left_by_kunmap_atomic(w, s, in, c->name));
	hm_fire(&ev);
	if (!ev.unbalanced)
		c->depth--;
	state_context_floor(c);
}

/*
 * cond_resched_lock(lock): the lock it is given is dropped while it sleeps,
 * so only what else the path holds counts (a kmap_atomic(), another lock);
 * in a helper called with its caller's lock, the sleep comes after leaving it.
 */
static void sleep_dropping(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in, const char *name,
			   const char *context)
{
	struct context_depth *c = state_context(s, context);

	if (!c) {
		raise_sleep(w, s, in, name, name, in->loc, false);
		return;
	}
	c->depth--;
	raise_sleep(w, s, in, name, name, in->loc, false);
	c->depth++;
}

/*
 * schedule(): 6.1's __schedule() checks the preempt count, not the
 * interrupt flag; it disables interrupts itself and returns with them on.
 * So interrupts go on before the sleep, and only what else the path holds
 * counts.  They go on for the caller too, whatever it held: the sleep is
 * noted below the entry with every level left (left_levels.c), also when
 * this path had switched them off itself, so a helper's summary does not
 * make it a plain sleep for a caller with interrupts off.
 */
static void sleep_leaving(struct hm_walk *w, struct path_state *s,
			  const struct ir_instr *in, const char *name,
			  const char *context)
{
	struct context_depth *c;
	bool own_level;

	switch_context_off(w, s, in, context, name);
	c = state_context(s, context);
	/* Still held: a callback's context from entry (callback.c). */
	if (!c || c->depth > 0) {
		raise_sleep(w, s, in, name, name, in->loc, false);
		return;
	}
	own_level = c->depth == 0;
	if (own_level)
		c->depth = -1;
	c->left_alone = true;
	raise_sleep(w, s, in, name, name, in->loc, false);
	c->left_alone = false;
	if (own_level)
		c->depth = 0;
}

static void call_alloc(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const struct api_entry *api,
		       const char *name)
{
	const struct ir_expr *gfp = call_arg(&in->call, api->gfp_arg);

	if (gfp && model_gfp(w->an->model, gfp) == GFP_MAY_BLOCK)
		raise_sleep(w, s, in, name, name, in->loc, false);
	/* A fresh page or buffer: nobody can have mapped it yet. */
	state_set_value(s, in->call.dest, VALUE_FRESH, -1, NULL);
}

static void call_copy_user(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in, const char *name)
{
	struct hm_event ev;

	if (!state_pagefaults_disabled(s)) {
		/* A fault may be served, and serving it may sleep. */
		raise_sleep(w, s, in, name, name, in->loc, true);
		return;
	}
	hm_event_init(&ev, w, s, HM_EVENT_COPY_USER, in->loc);
	ev.call = &in->call;
	ev.name = name;
	ev.value_used = in->call.result_used || macro_value_used(w, in);
	hm_fire(&ev);
}

static void call_unmap(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const struct api_entry *api,
		       const char *name)
{
	int index = api->family == FAMILY_PKMAP ? api->page_arg : api->addr_arg;
	const struct ir_expr *arg = call_arg(&in->call, index < 0 ? 0 : index);
	struct unmap_target t;

	if (!arg)
		return;
	unmap_target_from_expr(w, s, arg, &t);
	/* kunmap() begins with might_sleep() in 6.1; kunmap_high() does not. */
	if (api->sleeps && api->family == FAMILY_PKMAP && unmap_is_handover(w, s, &t))
		raise_unmap_sleep(w, s, in, name, name, in->loc);
	else if (api->sleeps)
		raise_sleep(w, s, in, name, name, in->loc, false);
	apply_unmap(w, s, in, name, api->family, &t);
}

static void call_model(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const struct api_entry *api,
		       const char *name)
{
	switch (api->kind) {
	case API_MAP:
		/* kmap() may wait for a free pkmap slot. */
		if (api->sleeps)
			raise_sleep(w, s, in, name, name, in->loc, false);
		push_mapping(w, s, in, api->family, name,
			     call_arg(&in->call, api->page_arg), in->call.dest);
		break;
	case API_UNMAP:
		call_unmap(w, s, in, api, name);
		break;
	case API_SLEEP:
		if (api->drops)
			sleep_dropping(w, s, in, name, api->drops);
		else if (api->leaves)
			sleep_leaving(w, s, in, name, api->leaves);
		else if (api->unless)
			raise_sleep_unless(w, s, in, name, name, in->loc,
					   api->unless);
		else
			raise_sleep(w, s, in, name, name, in->loc, false);
		break;
	case API_ALLOC:
		call_alloc(w, s, in, api, name);
		break;
	case API_ATOMIC_ENTER:
		enter_context_by(w, s, in, api, api->context ? api->context : name,
				 name);
		if (api->also)
			enter_context_by(w, s, in, api, api->also, name);
		break;
	case API_ATOMIC_LEAVE:
		leave_context_by(w, s, in, api, api->context ? api->context : name,
				 name);
		if (api->also)
			leave_context_by(w, s, in, api, api->also, name);
		break;
	case API_COPY_USER:
		call_copy_user(w, s, in, name);
		break;
	case API_NORETURN:
		w->path_ended = true;
		break;
	case API_NO_SLEEP:
		break;		/* whatever its body says: see rules/nosleep.rules */
	case API_CALLBACK:
		break;		/* in a table of its own: callback.c */
	case API_LAST_REF:
		break;		/* its result's test: last_ref.c */
	case API_CONTEXT_QUERY:
		break;		/* its result's test: context_query.c */
	}
}

/* memcpy(), memset(), strcpy(), flush_dcache_page(): no page flags change. */
static bool copies_memory_only(const char *callee)
{
	return callee && (!strncmp(callee, "mem", 3) || !strncmp(callee, "str", 3) ||
			  !strncmp(callee, "__builtin_mem", 13) ||
			  !strcmp(callee, "flush_dcache_page"));
}

/*
 * Testing a predicate again does not change what it said; memory the call
 * cannot reach keeps its value (call_facts.c).
 */
static void expire_memory_facts_for_call(struct hm_walk *w, struct path_state *s,
					 const struct ir_call *call)
{
	const char *callee = call->callee;
	bool harmless = copies_memory_only(callee);
	int i, kept = 0;

	/* The callee's body is scanned only when there is a fact to keep. */
	for (i = 0; i < s->nfacts && !s->facts[i].memory; i++)
		;
	if (i == s->nfacts || call_writes_nothing(w, call))
		return;
	for (i = 0; i < s->nfacts; i++) {
		const struct branch_fact *f = &s->facts[i];

		if (!f->memory || (f->predicate &&
				   (harmless || (callee && f->callee &&
						 !strcmp(callee, f->callee)) ||
				    call_keeps_member_fact(w, call, f))) ||
		    (!f->predicate && call_keeps_memory_fact(w, call, f)))
			s->facts[kept++] = *f;
	}
	s->nfacts = kept;
}

/* A call may write whatever its caller let it reach. */
static void expire_for_call(struct hm_walk *w, struct path_state *s,
			    const struct ir_call *call, bool modeled)
{
	int i;

	if (!modeled) {
		expire_memory_facts_for_call(w, s, call);
		forget_names_for_call(w, s, call);
	}
	expire_address_taken_facts(w, s, call);
	for (i = 0; i < call->nargs; i++)
		if (call->args[i].kind == IR_EXPR_ADDR_OF &&
		    !call_frame_object(w, call->args[i].var))
			clobber_var(w, s, call->args[i].var);
}

/* Each argument that is (derived from) a mapping's address. */
static void raise_uses(struct hm_walk *w, struct path_state *s,
		       const struct ir_instr *in, const struct api_entry *api,
		       const char *name)
{
	int i;

	if (api && api->kind == API_UNMAP)
		return;		/* the unmap itself judges its argument */
	for (i = 0; i < in->call.nargs; i++) {
		const struct ir_expr *arg = &in->call.args[i];
		int value = expr_value(w, s, arg);
		struct hm_event ev;

		if (value < 0 || arg->kind == IR_EXPR_ADDR_OF)
			continue;
		hm_event_init(&ev, w, s, HM_EVENT_USE, arg->loc.line ? arg->loc : in->loc);
		ev.call = &in->call;
		ev.api = api;
		ev.name = name;
		ev.var = arg->kind == IR_EXPR_VAR ? arg->var : -1;
		ev.record = value;
		hm_fire(&ev);
		mark_used_if_released(s, value);
	}
}

static const struct summary *call_with_body(struct hm_walk *w,
					    struct path_state *s,
					    const struct ir_instr *in)
{
	const struct summary *sum;
	const struct ir_function *callee;
	int first;

	if (!in->call.callee || !in->call.has_body)
		return NULL;
	callee = tu_function(w->an->tu, in->call.callee);
	if (!callee)
		return NULL;
	sum = summary_of(w->an, callee);
	first = s->nrecords;
	summary_apply(w, s, in, sum);
	extern_calls_of_callee(w, s, in, sum, first);
	constant_return_after_call(w, s, in, callee);
	param_result_after_call(w, s, in, sum);
	return sum;
}

void transfer_call(struct hm_walk *w, struct path_state *s,
		   const struct ir_instr *in)
{
	const char *name = NULL;
	const struct api_entry *api = call_api(w, in, &name);
	const struct summary *sum = NULL;
	int depth = state_stack_depth(s);
	struct hm_event ev;

	raise_uses(w, s, in, api, name);
	w->dest_before = in->call.dest >= 0 && in->call.dest < s->nvars ?
			 s->values[in->call.dest] : VALUE_NOT_MAPPING;
	/* The result is unknown unless the call's effect says otherwise. */
	if (in->call.dest >= 0 && in->call.dest < s->nvars)
		keep_slots_moved_past(w, s, in->call.dest);
	state_set_value(s, in->call.dest, VALUE_UNKNOWN, -1, NULL);
	expire_for_call(w, s, &in->call, api != NULL);
	w->set_by_call = -1;
	if (api)
		call_model(w, s, in, api, name);
	else
		sum = call_with_body(w, s, in);
	if (!api && !sum)
		sum = call_extern(w, s, in);
	if (!api && !sum)
		handover_to_opaque_call(w, s, in);
	if (in->call.noreturn)
		w->path_ended = true;
	hm_event_init(&ev, w, s, HM_EVENT_CALL, in->loc);
	ev.call = &in->call;
	ev.api = api;
	ev.name = name;
	if (sum && sum->peak_depth) {
		ev.nested_depth = sum->peak_depth;
		ev.nested_loc = sum->peak_loc;
		ev.depth_before = depth;
	}
	hm_fire(&ev);
}
