// SPDX-License-Identifier: GPL-2.0
/*
 * transfer.c - what assignments, stores, dereferences and clobbers do to a
 * path state: the address of a mapping is followed through copies, casts,
 * pointer arithmetic, and stores to memory that is read back later.
 */
#include <string.h>
#include "analysis/walk.h"
#include "analysis/context_query.h"
#include "analysis/known_ints.h"
#include "analysis/packed_address.h"
#include "analysis/summary.h"
#include "analysis/summary_guard.h"
#include "analysis/member_guard.h"
#include "analysis/deref_facts.h"
#include "analysis/sleep_guard.h"
#include "analysis/pointee_guard.h"

static bool valid_var(const struct path_state *s, int var)
{
	return var >= 0 && var < s->nvars;
}

int expr_value(struct hm_walk *w, const struct path_state *s,
	       const struct ir_expr *e)
{
	int value;

	switch (e->kind) {
	case IR_EXPR_VAR:
		if (!valid_var(s, e->var))
			return VALUE_UNKNOWN;
		value = s->values[e->var];
		if (value == VALUE_NULL && e->offset)
			return VALUE_NOT_MAPPING;
		return value;
	case IR_EXPR_MEMORY:
		value = state_find_store(s, known_ints_text(w, s, e));
		return value >= 0 ? value : VALUE_UNKNOWN;
	case IR_EXPR_CONST:
		if (e->has_value && e->value == 0)
			return VALUE_NULL;
		return VALUE_NOT_MAPPING;
	case IR_EXPR_ADDR_OF:
		return VALUE_NOT_MAPPING;
	default:
		return VALUE_UNKNOWN;
	}
}

/*
 * Where a parameter-derived value lives relative to the parameter: the
 * compacted memory text minus the variable's name ("s->vaddr" -> "->vaddr"),
 * or "*" for "*p".  NULL when the text is not simply rooted at the variable.
 */
const char *suffix_after(struct hm_walk *w, const char *text,
			 const char *name)
{
	size_t n = strlen(name);

	if (!strcmp(text, name))
		return intern(w->an->strings, "");
	if (!strncmp(text, name, n) && text[n] && !strchr("_", text[n]) &&
	    !(text[n] >= '0' && text[n] <= '9') &&
	    !((text[n] | 32) >= 'a' && (text[n] | 32) <= 'z'))
		return intern(w->an->strings, text + n);
	if (text[0] == '*' && !strcmp(text + 1, name))
		return intern(w->an->strings, "*");
	return NULL;
}

int expr_param_origin_suffix(struct hm_walk *w, const struct path_state *s,
			     const struct ir_expr *e, const char **suffix)
{
	const char *text;

	*suffix = NULL;
	if (!valid_var(s, e->var) || s->param_origin[e->var] < 0)
		return -1;
	if (e->kind == IR_EXPR_VAR) {
		*suffix = s->param_suffix[e->var];
		return s->param_origin[e->var];
	}
	if (e->kind != IR_EXPR_MEMORY || s->param_suffix[e->var])
		return -1;
	text = intern_compact(w->an->strings, e->text);
	*suffix = suffix_after(w, text, w->fn->vars[e->var].name);
	return *suffix ? s->param_origin[e->var] : -1;
}

int expr_param_origin(const struct path_state *s, const struct ir_expr *e)
{
	if (!valid_var(s, e->var))
		return -1;
	return s->param_origin[e->var];
}

/*
 * `err = tmp`: mappings made only if tmp says so are now made only if err
 * says so; a page known by a temporary is now known by its variable.
 */
static void follow_copy(struct hm_walk *w, struct path_state *s, int from, int to)
{
	int i;

	if (from < 0 || from >= s->nvars)
		return;
	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->cond_var == from)
			r->cond_var = to;
		if (r->page_var == from && w->fn->vars[from].kind == IR_VAR_TEMP) {
			r->page_var = to;
			r->page_text = intern_compact(w->an->strings,
						      w->fn->vars[to].name);
		}
	}
}

/* `pg = pages[i]` where a kmap()ed page was stored: pg names that page now. */
static void load_kmapped_page(struct hm_walk *w, struct path_state *s,
			      const struct ir_expr *src, int dest)
{
	int record = state_find_page_store(s, known_ints_text(w, s, src));

	if (record < 0)
		return;
	s->records[record].page_var = dest;
	s->records[record].page_text = intern_compact(w->an->strings,
						      w->fn->vars[dest].name);
}

static bool outlives_call(const struct ir_var *var)
{
	return var->kind == IR_VAR_GLOBAL || var->kind == IR_VAR_STATIC;
}

/*
 * `*ptrptr++ = kmap(...)` in a loop filling an array of addresses: moving
 * the pointer on does not take back what the slots behind it hold, nor
 * does pointing it elsewhere (`pl = state->pagelist` after a helper kept
 * its mapping in the old `pl`; an iterator's `(v = next(...))` or
 * `next(..., &v)` after a helper kept one in the object v pointed to).
 * Those stores into memory outlive the walk's name for them.  Not a
 * parameter's own pointer: what is stored through it is judged by its
 * callers.
 */
void keep_slots_moved_past(struct hm_walk *w, struct path_state *s, int var)
{
	const char *name = w->fn->vars[var].name;
	int i, j;

	if (s->param_origin[var] >= 0 && !s->param_suffix[var])
		return;
	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		for (j = 0; j < r->nstores; j++)
			if (r->stores[j].base_var == var && r->stores[j].escapes &&
			    strcmp(r->stores[j].text, name)) {
				r->stores[j].base_var = -1;
				r->stores[j].moved_past = true;
			}
	}
}

static void transfer_assign(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in)
{
	const struct ir_expr *src = &in->assign.src;
	int dest = in->assign.dest, value = expr_value(w, s, src), origin;
	const char *suffix;
	bool positive;

	if (!valid_var(s, dest))
		return;
	origin = expr_param_origin_suffix(w, s, src, &suffix);
	positive = difference_positive(w, s, in);
	known_ints_assign(w, s, dest, src);
	context_query_assign(w, s, dest, src);
	keep_slots_moved_past(w, s, dest);
	state_set_value(s, dest, value, origin, suffix);
	page_identity_index_moved(w, s, dest);
	if (positive)
		difference_add_fact(w, s, in);
	if (src->kind == IR_EXPR_MEMORY)
		load_kmapped_page(w, s, src, dest);
	if (src->kind == IR_EXPR_VAR && !src->offset)
		follow_copy(w, s, src->var, dest);
	if (value >= 0 && outlives_call(&w->fn->vars[dest])) {
		struct store_site site = {
			.text = intern_compact(w->an->strings, w->fn->vars[dest].name),
			.base_var = dest, .loc = in->loc, .escapes = true,
		};

		record_add_store(&s->records[value], &site);
	}
}

/*
 * An asm's input keeps its value, but through a pointer the asm may write
 * what it points to: the tests read through it are no longer known.
 */
static void asm_input_read(struct hm_walk *w, struct path_state *s, int var)
{
	if (valid_var(s, var) && w->fn->vars[var].is_pointer)
		state_expire_facts_reading(s, var);
}

/*
 * A variable's address escaped into a call.  An aggregate keeps the memory
 * texts rooted at it: a callee given &ctx rarely rewrites ctx.vaddr, and
 * forgetting it would turn every map-helper call into a leak.
 */
void clobber_var(struct hm_walk *w, struct path_state *s, int var)
{
	if (!valid_var(s, var))
		return;
	if (w->fn->vars[var].is_aggregate) {
		state_expire_facts_reading(s, var);
		return;
	}
	keep_slots_moved_past(w, s, var);
	state_set_value(s, var, VALUE_UNKNOWN, -1, NULL);
}

/*
 * Writes through pointers may change anything memory-based or address-taken;
 * a write into a mapped page changes its contents, not what predicates such
 * as PageHighMem() say about it.
 */
static void expire_after_memory_write(struct hm_walk *w, struct path_state *s,
				      const struct ir_expr *target)
{
	bool into_mapping = target->var >= 0 && target->var < s->nvars &&
			    s->values[target->var] >= 0;
	int i;

	if (expire_frame_store(w, s, target))
		return;

	mapping_slot_expire_for_store(w, s, target, into_mapping);
	for (i = 0; i < w->fn->nvars && s->nfacts; i++)
		if (w->fn->vars[i].address_taken && !call_frame_local(w, i))
			expire_facts_reading_value(w, s, i);
}

/* Memory in this function's own frame (arr[i], s.f of a local) dies with it. */
bool store_escapes(const struct hm_walk *w, const struct ir_expr *target)
{
	const struct ir_var *base;

	if (target->var < 0 || target->var >= w->fn->nvars)
		return target->kind == IR_EXPR_MEMORY;
	base = &w->fn->vars[target->var];
	if (base->is_aggregate)
		return outlives_call(base);
	return target->kind == IR_EXPR_MEMORY || outlives_call(base);
}

/* `*res_page = page` hands over the kmap() of page as surely as its address. */
static void store_kmapped_page(struct path_state *s, const struct ir_expr *src,
			       const struct store_site *site)
{
	int i;

	if (src->kind != IR_EXPR_VAR || src->offset || src->var < 0)
		return;
	for (i = 0; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->live && r->family == FAMILY_PKMAP && r->page_var == src->var) {
			struct store_site page_site = *site;

			page_site.holds_page = true;
			record_add_store(r, &page_site);
		}
	}
}

static bool starts_with(const char *text, const char *prefix)
{
	return !strncmp(text, prefix, strlen(prefix));
}

/* `s->p += n`, `s->p++`: the front end gives the new value as "s->p+=n". */
static bool moves_within(struct hm_walk *w, const char *target,
			 const struct ir_expr *src)
{
	const char *text = intern_compact(w->an->strings, src->text);
	size_t n = strlen(target);

	if (src->kind != IR_EXPR_OTHER)
		return false;
	if (!strncmp(text, target, n))
		return starts_with(text + n, "+=") || starts_with(text + n, "-=") ||
		       !strcmp(text + n, "++") || !strcmp(text + n, "--");
	return (starts_with(text, "++") || starts_with(text, "--")) &&
	       !strcmp(text + 2, target);
}

/* `*p++`, `*--p`: a store through a pointer that moves on with it. */
static bool fills_next_slot(const char *text)
{
	size_t n = strlen(text);

	if (text[0] != '*' || n < 4)
		return false;
	return starts_with(text + 1, "++") || starts_with(text + 1, "--") ||
	       !strcmp(text + n - 2, "++") || !strcmp(text + n - 2, "--");
}

static void transfer_store(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in)
{
	const struct ir_expr *target = &in->store.target;
	const char *text = known_ints_text(w, s, target);
	int value = expr_value(w, s, &in->store.src);

	struct store_site site = {
		.text = text, .base_var = target->var, .loc = in->loc,
		.escapes = store_escapes(w, target),
		.moved_past = fills_next_slot(text),
	};

	/*
	 * s->p += n: still inside the same mapping, but a new value: what
	 * a branch said of the old one (`s->i < n`) no longer holds.
	 */
	if (value < 0 && moves_within(w, intern_compact(w->an->strings,
							target->text),
				      &in->store.src)) {
		expire_after_memory_write(w, s, target);
		return;
	}
	/* ptrs[i] = ..., *ptrptr++ = ... in a loop fill another slot each time. */
	if (!text_array_base(text) && !fills_next_slot(text))
		state_drop_stores_at(s, text);
	forget_names_after_store(s, text);
	if (value < 0) {
		value = packed_address_value(w, s, &in->store.src);
		site.packed = value >= 0;
	}
	if (value >= 0)
		record_add_store(&s->records[value], &site);
	else
		store_kmapped_page(s, &in->store.src, &site);
	expire_after_memory_write(w, s, target);
	mapping_slot_store_null(w, s, target, &in->store.src);
	summary_note_clear(w, s, target, value);
}

/* One use after the release is worth a report; the next ones repeat it. */
void mark_used_if_released(struct path_state *s, int record)
{
	if (record >= 0 && !s->records[record].live)
		s->records[record].used_after_release = true;
}

static void transfer_deref(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in)
{
	struct hm_event ev;
	int var = in->deref.var;

	if (!valid_var(s, var) || s->values[var] < 0)
		return;
	hm_event_init(&ev, w, s, HM_EVENT_DEREF, in->loc);
	ev.var = var;
	ev.record = s->values[var];
	hm_fire(&ev);
	mark_used_if_released(s, ev.record);
}

void transfer_instr(struct hm_walk *w, struct path_state *s,
		    const struct ir_instr *in)
{
	stored_ints_before(w, s, in);
	switch (in->op) {
	case IR_CALL:
		known_int_forget(s, in->call.dest);
		context_result_forget(s, in->call.dest);
		context_query_forget(s, in->call.dest);
		summary_guard_before_call(w, s, in);
		deref_facts_of_instr(w, s, in);
		member_guard_before_call(w, s, in);
		sleep_guard_before_call(w, s, in);
		pointee_guard_before_call(w, s, in);
		transfer_call(w, s, in);
		w->dest_call = NULL;
		member_guard_after_call(w);
		stored_ints_after_call(w, s, in);
		pointee_guard_after_call(w, s, in);
		return;
	case IR_ASSIGN:
		context_result_forget(s, in->assign.dest);
		transfer_assign(w, s, in);
		pointee_guard_after_assign(w, s, in);
		break;
	case IR_STORE:
		transfer_store(w, s, in);
		break;
	case IR_DEREF:
		transfer_deref(w, s, in);
		deref_facts_of_var(w, s, in);
		break;
	case IR_CLOBBER:
		if (in->clobber.asm_input) {
			asm_input_read(w, s, in->clobber.var);
			return;
		}
		known_int_forget(s, in->clobber.var);
		context_result_forget(s, in->clobber.var);
		/* A local structure handed to the call: judged there (call_facts.c). */
		if (in->clobber.var != w->set_by_call &&
		    !call_frame_object(w, in->clobber.var))
			clobber_var(w, s, in->clobber.var);
		return;
	}
	deref_facts_of_instr(w, s, in);
	w->set_by_call = -1;
}
