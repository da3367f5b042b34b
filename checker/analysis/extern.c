// SPDX-License-Identifier: GPL-2.0
/*
 * extern.c - calls to functions defined in other files.
 *
 * What such a function does comes from opts.externs (the summary database,
 * or its definition analyzed on demand), asked at most twice per name: once
 * cheaply, and once more with `need` when the call is made under a
 * kmap_atomic() mapping, where a sleep would be this checker's bug.  (Under
 * a spinlock alone the database's answer is used, but finding a definition
 * for it would analyze half of mm/ and kernel/ for every driver.)  Without an answer the call stays opaque and quiet
 * (-v says so when it is in atomic context).
 *
 * A call made outside atomic context of the function's own is remembered in
 * its summary (calls_out): the function sleeps if the callee does, which the
 * database resolves across files and a caller in atomic context asks about.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "analysis/walk.h"
#include "analysis/summary.h"
#include "analysis/sleep_unless.h"
#include "analysis/call_writes.h"
#include "analysis/sleep_guard.h"

#define HM_DEFAULT_FAR_DEPTH	4	/* files deep, behind one call */

struct extern_entry {
	const char *name;
	struct summary *sum;	/* NULL: nothing known */
	bool asked, asked_with_need;
	struct function_writes *writes;	/* NULL: not traced (writes_text.c) */
};

struct extern_table {
	int n;
	struct extern_entry *v;
};

struct extern_table *extern_table_new(void)
{
	return xcalloc(1, sizeof(struct extern_table));
}

void extern_table_free(struct extern_table *t)
{
	int i;

	if (!t)
		return;
	for (i = 0; i < t->n; i++) {
		summary_free(t->v[i].sum);
		function_writes_free(t->v[i].writes);
	}
	free(t->v);
	free(t);
}

static struct extern_entry *entry_for(struct analysis *an, const char *name)
{
	struct extern_table *t = an->externs;
	int i;

	for (i = 0; i < t->n; i++)
		if (!strcmp(t->v[i].name, name))
			return &t->v[i];
	t->v = xrealloc(t->v, (t->n + 1) * sizeof(*t->v));
	memset(&t->v[t->n], 0, sizeof(t->v[0]));
	t->v[t->n].name = intern(an->strings, name);
	return &t->v[t->n++];
}

/* The answer's sleep went through other files: it is the one callers see. */
static struct summary *summary_of_answer(struct analysis *an, const char *name,
					 struct extern_answer *a)
{
	struct summary *sum = summary_from_text(name, a->summary, an->strings);

	if (sum && a->sleep_chain && !sum->may_sleep) {
		sum->may_sleep = true;
		sum->sleep_chain = strdup(a->sleep_chain);
		sum->sleep_loc.file = a->sleep_file && a->sleep_file[0] ?
				      intern(an->strings, a->sleep_file) : NULL;
		sum->sleep_loc.line = a->sleep_line;
	}
	free(a->summary);
	free(a->sleep_chain);
	free(a->sleep_file);
	return sum;
}

static const struct summary *extern_summary(struct analysis *an,
					    const char *name, bool need)
{
	const struct extern_source *src = an->opts.externs;
	struct extern_entry *e;
	struct extern_answer answer = { 0 };

	if (!src)
		return NULL;
	e = entry_for(an, name);
	if (e->sum || e->asked_with_need || (e->asked && !need))
		return e->sum;
	e->asked = true;
	e->asked_with_need = need;
	if (src->lookup(src->data, name, need, &answer)) {
		e->writes = writes_from_text(answer.summary, an->strings);
		e->sum = summary_of_answer(an, name, &answer);
	}
	return e->sum;
}

const struct summary *extern_summary_known(struct analysis *an,
					   const char *name, bool need)
{
	return an->opts.externs ? extern_summary(an, name, need) : NULL;
}

const struct function_writes *extern_writes_of(struct analysis *an,
					       const char *name, bool need)
{
	if (!an->opts.externs || !extern_summary(an, name, need))
		return NULL;
	return entry_for(an, name)->writes;
}

static void say_unknown(struct hm_walk *w, const struct ir_instr *in,
			const char *name)
{
	if (!w->an->opts.verbose || !w->reporting)
		return;
	fprintf(stderr, "%s:%u:%u: note: %s in atomic context: %s, "
		"assumed not to sleep\n",
		in->loc.file ? in->loc.file : "?", in->loc.line, in->loc.col,
		name ? name : "a call through a function pointer",
		name ? "defined in no file known" : "target unknown");
}

/*
 * Calls of one callee that pass one argument as different constants, or
 * as a constant and a parameter, stay apart: merged, the argument would
 * be neither, and the callee's guard on it lost for both
 * (find_get_incore_page() passes FGP_ENTRY | FGP_HEAD to
 * pagecache_get_page(), and 0 through find_get_page()).
 */
#define HM_CALL_OUT_VARIANTS	4	/* calls out kept apart per callee */

static bool args_differ(const struct function_call_out *a,
			const struct function_call_out *b)
{
	unsigned a_params = a->param_args | a->member_args;
	unsigned b_params = b->param_args | b->member_args;
	unsigned both = a->const_args & b->const_args;
	int i;

	for (i = 0; i < HM_CALL_CONST_ARGS; i++)
		if (((both & (1u << i)) &&
		     a->const_values[i] != b->const_values[i]) ||
		    (a->const_args & b_params & (1u << i)) ||
		    (b->const_args & a_params & (1u << i)))
			return true;
	return false;
}

static void merge_call_out(struct function_call_out *out,
			   const struct function_call_out *consts,
			   const struct function_call_out *guard)
{
	sleep_guard_merge_consts(out, consts);
	sleep_guard_merge_params(out, consts);
	sleep_guard_merge_call_out(out, guard);
	sleep_guard_merge_own(out, consts);
	sleep_guard_merge_members(out, consts);
}

/*
 * The call out of `callee` this call joins: one whose arguments agree,
 * or past HM_CALL_OUT_VARIANTS (or a full summary) the first; -1 for a
 * new one.
 */
static int joined_call_out(const struct summary *sum, const char *callee,
			   const struct function_call_out *consts)
{
	int i, first = -1, n = 0;

	for (i = 0; i < sum->ncalls_out; i++) {
		if (strcmp(sum->calls_out[i].callee, callee))
			continue;
		if (!consts || !args_differ(&sum->calls_out[i], consts))
			return i;
		if (first < 0)
			first = i;
		n++;
	}
	if (first >= 0 && (n >= HM_CALL_OUT_VARIANTS ||
			   sum->ncalls_out == HM_MAX_CALLS_OUT))
		return first;
	return -1;
}

/*
 * `consts`: the constant arguments of the call (sleep_guard.c), and the
 * test of the caller's parameters a callee's call out passed on needs
 * (sleep_guard_path_through()), kept if this path has none of its own.
 */
static void note_call_out(struct hm_walk *w, const struct path_state *s,
			  const char *callee, const char *via, struct ir_loc loc,
			  const struct function_call_out *consts)
{
	struct summary *sum = w->summary;
	struct function_call_out *out, guard = { 0 };
	int i;

	/* Behind a last-reference test: see last_ref.c. */
	if (!sum || state_left_caller_context(s) || s->last_ref)
		return;
	sleep_guard_of_call_out(w, s, &guard);
	/*
	 * The callee's own path test, passed on, rather than none or a test
	 * of a member here (`if (ifa->dead == 0) __notify(event, ifa)`,
	 * where the callee's `event == 2` decides more callers' calls).
	 */
	if ((!guard.has_guard || guard.guard_suffix) && consts &&
	    consts->has_guard && !consts->guard_suffix)
		guard = *consts;
	i = joined_call_out(sum, callee, consts);
	if (i >= 0) {
		merge_call_out(&sum->calls_out[i], consts, &guard);
		return;
	}
	if (sum->ncalls_out == HM_MAX_CALLS_OUT)
		return;
	sum->calls_out = xrealloc(sum->calls_out,
				  (sum->ncalls_out + 1) * sizeof(*sum->calls_out));
	out = &sum->calls_out[sum->ncalls_out++];
	*out = (struct function_call_out){
		.callee = intern(w->an->strings, callee),
		.via = intern(w->an->strings, via), .line = loc.line,
		.has_guard = guard.has_guard, .guard_param = guard.guard_param,
		.guard_value = guard.guard_value,
		.guard_ones = guard.guard_ones, .guard_zeros = guard.guard_zeros,
		.guard_equals = guard.guard_equals,
		.guard_constant = guard.guard_constant,
		.guard_suffix = guard.guard_suffix,
		.guard_differ = guard.guard_differ,
	};
	if (consts) {
		out->const_args = consts->const_args;
		memcpy(out->const_values, consts->const_values,
		       sizeof(out->const_values));
		out->param_args = consts->param_args;
		memcpy(out->param_of, consts->param_of, sizeof(out->param_of));
		memcpy(out->param_mask, consts->param_mask,
		       sizeof(out->param_mask));
		out->member_args = consts->member_args;
		memcpy(out->arg_suffix, consts->arg_suffix,
		       sizeof(out->arg_suffix));
		out->own_quiet = true;	/* takes what consts says */
		sleep_guard_merge_own(out, consts);
		out->nmember_consts = consts->nmember_consts;
		memcpy(out->member_arg, consts->member_arg,
		       sizeof(out->member_arg));
		memcpy(out->member_suffix, consts->member_suffix,
		       sizeof(out->member_suffix));
		memcpy(out->member_value, consts->member_value,
		       sizeof(out->member_value));
	}
}

static bool in_atomic(const struct path_state *s)
{
	struct ir_loc where;
	const char *what;

	return state_atomic_cause(s, &where, &what);
}

static bool caller_holds(const struct path_state *s, const char *context)
{
	int i;

	for (i = 0; i < s->ncontexts; i++)
		if (!strcmp(s->contexts[i].name, context))
			return s->contexts[i].depth > 0;
	return false;
}

/* Lock contexts of atomic.rules, and what their _irq/_bh forms enter too. */
static const char *const extern_lock_contexts[] = { "spin", "rwlock", NULL };
static const char *const extern_lock_companions[] = { "irq", "bh", NULL };

static bool named_in(const char *const *names, const char *name)
{
	int i;

	for (i = 0; names[i]; i++)
		if (!strcmp(names[i], name))
			return true;
	return false;
}

/* Every return path enters it exactly once more: a lock wrapper. */
static bool enters_once(const struct summary_context *c)
{
	return !c->mixed && c->min_delta == 1 && c->max_delta == 1 &&
	       c->delta == 1;
}

static bool enters_lock_once(const struct summary *sum)
{
	int i;

	for (i = 0; i < sum->ncontexts; i++)
		if (named_in(extern_lock_contexts, sum->contexts[i].name) &&
		    enters_once(&sum->contexts[i]))
			return true;
	return false;
}

/*
 * A lock wrapper elsewhere (`void zone_lock(struct zone *z) {
 * spin_lock(&z->lock); }`) is believed like one in this file: a lock is
 * taken and left in pairs, never netted out along paths no caller takes,
 * so one entered exactly once on every return is what the caller holds
 * after the call.  With it, the interrupts or bottom halves its
 * spin_lock_irqsave() or _bh form entered the same way.  Preempt, RCU and
 * page fault levels alone are still not believed (per-cpu get/put
 * helpers), nor a lock taken on some paths only, nor what a walk cut
 * short saw of the returns it reached.
 */
static bool lock_wrapper_context(const struct summary *sum,
				 const struct summary_context *c)
{
	if (!sum->complete || !enters_once(c) || !enters_lock_once(sum))
		return false;
	return named_in(extern_lock_contexts, c->name) ||
	       named_in(extern_lock_companions, c->name);
}

/*
 * Its unlock wrapper (`void rq_unlock(struct rq *rq) { spin_unlock(..); }`)
 * the same way: a lock left exactly once on every return is left as a
 * spin_unlock() here would leave it, also by a helper of this file
 * walked from its own entry, where no caller's lock is held yet
 * (`rq_unlock(rq); local_irq_restore(flags);`): its summary then says
 * that it drops its caller's lock.
 */
static bool leaves_once(const struct summary_context *c)
{
	return !c->mixed && c->min_delta == -1 && c->max_delta == -1 &&
	       c->delta == -1;
}

static bool unlock_wrapper_context(const struct summary *sum,
				   const struct summary_context *c)
{
	return sum->complete && leaves_once(c) &&
	       named_in(extern_lock_contexts, c->name);
}

/*
 * Only a context a function elsewhere can be believed to enter is believed
 * left by one: a lock, or the interrupts and bottom halves its forms take
 * with it.  Preempt, RCU and page fault levels entered elsewhere are not
 * believed (lock_wrapper_context()), so neither are their leaves: a pair
 * elsewhere that takes and drops a level of its own (a ring buffer's
 * reserve, preemption off for the caller when it returns an event, and
 * its commit) inside the caller's preempt_disable() .. preempt_enable()
 * would otherwise leave the caller's level, and the caller's own enable
 * one already left.
 */
static bool leave_believable(const struct summary_context *c)
{
	return named_in(extern_lock_contexts, c->name) ||
	       named_in(extern_lock_companions, c->name);
}

/*
 * Of a function elsewhere, only a context left that this path holds is
 * believed (of those leave_believable()): the unlock helper of its own
 * lock.  Library code deep in
 * other files nets out preempt and irq levels along paths no caller takes
 * (per-cpu helpers, lockdep's own bookkeeping), and a caller told it left
 * a context it never entered reports what is not there.  Also a lock a
 * helper takes on one side of its entry test of its object's member, and
 * its unlock helper's leaving it on that side (a level this path may
 * hold): context_guard.c places them on the caller's side of the test.
 * And a lock wrapper's lock (lock_wrapper_context()), and its unlock
 * wrapper's (unlock_wrapper_context()).  And interrupts
 * this path has off switched on for good on every return (schedule()
 * there), or on the returns of one kind of result (context_result.c):
 * as a left level, only ever fewer reports.
 */
static void keep_caller_contexts(const struct path_state *s,
				 struct summary *sum)
{
	int i, n = 0;

	for (i = 0; i < sum->ncontexts; i++) {
		const struct summary_context *c = &sum->contexts[i];

		if (((c->max_delta < 0 || c->switch_seen == SUMMARY_SWITCH_ON ||
		      context_result_switches_on(c)) &&
		     leave_believable(c) && caller_holds(s, c->name)) ||
		    lock_wrapper_context(sum, c) ||
		    unlock_wrapper_context(sum, c) ||
		    (context_guard_one_side(sum, c) &&
		     (c->max_delta > 0 || context_guard_held(s, c->name))))
			sum->contexts[n++] = *c;
	}
	sum->ncontexts = n;
}

/*
 * Mappings a function in another file hands over, to a caller that never
 * unmaps that family itself, are released by that file's own helpers
 * (transport_kmap_data_sg() and transport_kunmap_data_sg(), which unmaps by
 * the command, not the address): the caller is not told to unmap them.  A
 * caller that does unmap them somewhere is held to doing it on every path.
 */
static void mark_foreign(struct hm_walk *w, struct path_state *s, int first)
{
	int i;

	for (i = first; i < s->nrecords; i++) {
		struct map_record *r = &s->records[i];

		if (r->family <= FAMILY_PKMAP && !w->unmaps_family[r->family])
			r->foreign = true;
	}
}

/*
 * schedule() elsewhere (rules: leaves=irq): a sleep after switching on
 * only contexts the caller may hold, every level of them.  Legal where
 * they are all the path holds, else a sleep in atomic context, as it was
 * before the rules said so.  Other sleeps after leaving (a lock the
 * caller holds) are not followed this far.
 */
static bool leaves_sleep_atomic(const struct path_state *s,
				const struct summary *far)
{
	int i;

	if (!far->sleep_after_leaving || !far->left_sleep_chain ||
	    !far->has_left_levels || !far->nleft_levels ||
	    (far->left_guard.guarded && !far->left_guard.unguarded))
		return false;
	for (i = 0; i < far->nleft_levels; i++)
		if (!far->left_levels[i].alone)
			return false;
	return left_levels_atomic(s, far);
}

/*
 * Outside atomic context, a sleep elsewhere is not this function's own
 * fact: calls_out keeps the call, and whoever needs to know follows it to
 * the callee's current summary.  A sleep copied in here would go stale
 * when the other file changes.
 */
static void apply_external(struct hm_walk *w, struct path_state *s,
			   const struct ir_instr *in, const struct summary *sum,
			   bool with_sleep)
{
	struct summary copy = *sum;
	int first = s->nrecords;

	if (!with_sleep) {
		copy.may_sleep = false;
		copy.sleep_after_leaving = NULL;
		copy.unmap_sleep_chain = NULL;
		copy.may_fault = false;
		copy.sleep_unless = NULL;
	}
	keep_caller_contexts(s, &copy);
	summary_apply(w, s, in, &copy);
	mark_foreign(w, s, first);
}

const struct summary *call_extern(struct hm_walk *w, struct path_state *s,
				  const struct ir_instr *in)
{
	const char *name = in->call.callee;
	const struct summary *sum = NULL;
	int first = s->nrecords;
	bool atomic;

	if (!w->an->opts.externs || in->call.has_body)
		return NULL;
	atomic = in_atomic(s);
	if (name)
		sum = extern_summary(w->an, name, state_holds_atomic_mapping(s));
	if (atomic && !sum)
		say_unknown(w, in, name);
	if (name && !atomic) {
		struct function_call_out consts;

		sleep_guard_call_consts(s, &in->call, &consts);
		sleep_guard_call_params(w, s, in, &consts);
		sleep_guard_call_member_args(w, s, in, sum, &consts);
		sleep_guard_own_at_call(w, s, in, sum, &consts);
		sleep_guard_call_members(w, s, in, sum, &consts);
		note_call_out(w, s, name, "", in->loc, &consts);
	}
	if (sum)
		apply_external(w, s, in, sum, atomic);
	if (sum && atomic)
		extern_calls_of_callee(w, s, in, sum, first);
	return sum;
}

static int far_depth(const struct analysis *an)
{
	return an->opts.far_depth > 0 ? an->opts.far_depth : HM_DEFAULT_FAR_DEPTH;
}

/* "via -> callee -> tail" */
static char *chain_link(const struct function_call_out *out, const char *tail)
{
	size_t size = strlen(out->via) + strlen(out->callee) + strlen(tail) + 16;
	char *text = xcalloc(size, 1);

	snprintf(text, size, "%s%s%s -> %s", out->via, out->via[0] ? " -> " : "",
		 out->callee, tail);
	return text;
}

/*
 * A sleep "unless the caller holds a context" found at `out`: kept only
 * while no plain sleep is found, which would say more.
 */
static void keep_unless(char **best, struct ir_loc *best_loc,
			const char **best_unless, char *chain,
			struct ir_loc loc, const char *unless)
{
	if (*best) {
		free(chain);
		return;
	}
	*best = chain;
	*best_loc = loc;
	*best_unless = unless;
}

/*
 * How `sum`'s calls to other files sleep: "g -> h -> msleep" (malloc'ed),
 * or NULL.  `sum` is `depth` files away from the unit (0: its own); its
 * callees are one further, and no deeper than opts.far_depth.  `into`:
 * the constants the call of `sum` passes, which may rule its calls out.
 * `in`: that call, made by the walk's function (NULL further away), whose
 * path may decide a test of a member the callee's calls out keep.
 * `*unless`: NULL for a plain sleep; the contexts a sleep found only
 * "unless the caller holds" one of them (sleep_unless.c) needs, which the
 * caller's summary keeps: a tasklet calling a locked helper of vfree()'s
 * kind holds bh and never sleeps there.
 */
static char *far_sleep_chain(struct hm_walk *w, const struct path_state *s,
			     const struct ir_instr *in,
			     const struct summary *sum,
			     const struct function_call_out *into, int depth,
			     bool need, struct ir_loc *loc, const char **unless)
{
	char *best = NULL;
	struct ir_loc best_loc = { 0 };
	const char *best_unless = NULL, *tail_unless;
	int i;

	for (i = 0; i < sum->ncalls_out; i++) {
		struct function_call_out seen = sum->calls_out[i];
		const struct function_call_out *out = &seen;
		const struct summary *far;
		char *tail, *chain;

		sleep_guard_params_through(&seen, into);
		if (sleep_guard_call_out_ruled_out(out, into) ||
		    (in && sleep_guard_path_member_ruled_out_at(w, s, in, out)))
			continue;
		far = extern_summary(w->an, out->callee, need);
		if (!far)
			continue;
		if (far->may_sleep && far->sleep_chain &&
		    !sleep_guard_rules_out(far, out) &&
		    !sleep_guard_own_ruled_out(out, into) &&
		    !(in && sleep_guard_own_ruled_out_at(w, s, in, out))) {
			free(best);
			*loc = far->sleep_loc;
			*unless = NULL;
			return chain_link(out, far->sleep_chain);
		}
		if (leaves_sleep_atomic(s, far)) {
			free(best);
			*loc = far->left_sleep_loc;
			*unless = NULL;
			return chain_link(out, far->left_sleep_chain);
		}
		/* vfree() under spin_lock_bh(): see sleep_unless.c */
		if (far->sleep_unless && far->unless_sleep_chain &&
		    !state_holds_context(s, far->sleep_unless))
			keep_unless(&best, &best_loc, &best_unless,
				    chain_link(out, far->unless_sleep_chain),
				    far->unless_sleep_loc, far->sleep_unless);
		if (depth + 1 >= far_depth(w->an))
			continue;
		tail = far_sleep_chain(w, s, NULL, far, out, depth + 1, need,
				       loc, &tail_unless);
		if (!tail)
			continue;
		chain = chain_link(out, tail);
		free(tail);
		if (!tail_unless) {
			free(best);
			*unless = NULL;
			return chain;
		}
		keep_unless(&best, &best_loc, &best_unless, chain, *loc,
			    tail_unless);
	}
	*loc = best_loc;
	*unless = best_unless;
	return best;
}

/*
 * In atomic context: does any of the callee's calls elsewhere sleep?  One
 * that sleeps only outside a context stays conditional in this function's
 * summary, as a direct call of it would (apply_sleep_unless()).
 */
static void raise_far_sleep(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in, const struct summary *sum)
{
	struct ir_loc loc = { 0 };
	struct function_call_out into;
	const char *unless;
	char *tail, *chain;
	size_t size;

	sleep_guard_call_consts(s, &in->call, &into);
	sleep_guard_call_members(w, s, in, sum, &into);
	tail = far_sleep_chain(w, s, in, sum, &into, sum->external,
			       state_holds_atomic_mapping(s), &loc, &unless);

	if (!tail)
		return;
	size = strlen(sum->name) + strlen(tail) + 8;
	chain = xcalloc(size, 1);
	snprintf(chain, size, "%s -> %s", sum->name, tail);
	if (unless)
		raise_sleep_unless(w, s, in, sum->name,
				   intern(w->an->strings, chain), loc, unless);
	else
		raise_sleep(w, s, in, sum->name, intern(w->an->strings, chain),
			    loc, false);
	free(chain);
	free(tail);
}

static char *via_through(const char *callee, const char *via)
{
	size_t size = strlen(callee) + strlen(via) + 8;
	char *text = xcalloc(size, 1);

	snprintf(text, size, "%s%s%s", callee, via[0] ? " -> " : "", via);
	return text;
}

/*
 * The callee made its calls elsewhere outside atomic context of its own: a
 * mapping it hands back (do_swap_page() leaves a new vmf->pte) was made
 * after them, so it is not the context they are judged in.  Hidden while
 * they are, `live` keeps what to restore.
 */
static bool *hide_mappings_from(struct path_state *s, int first)
{
	int n = s->nrecords - first, i;
	bool *live;

	if (first < 0 || n <= 0)
		return NULL;
	live = xcalloc(n, sizeof(*live));
	for (i = 0; i < n; i++) {
		live[i] = s->records[first + i].live;
		s->records[first + i].live = false;
	}
	return live;
}

static void restore_mappings_from(struct path_state *s, int first, bool *live)
{
	int i;

	if (!live)
		return;
	for (i = 0; first + i < s->nrecords; i++)
		s->records[first + i].live = live[i];
	free(live);
}

static void judge_calls_out(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in, const struct summary *sum)
{
	struct function_call_out into;
	int i;

	if (in_atomic(s)) {
		raise_far_sleep(w, s, in, sum);
		return;
	}
	sleep_guard_call_consts(s, &in->call, &into);
	sleep_guard_call_params(w, s, in, &into);
	sleep_guard_call_member_args(w, s, in, sum, &into);
	sleep_guard_call_members(w, s, in, sum, &into);
	for (i = 0; i < sum->ncalls_out; i++) {
		char *via = via_through(sum->name, sum->calls_out[i].via);
		struct function_call_out out = sum->calls_out[i];

		sleep_guard_params_through(&out, &into);
		if (sleep_guard_call_out_ruled_out(&out, &into)) {
			free(via);
			continue;
		}
		if (sleep_guard_path_member_through(w, s, in, &out)) {
			free(via);
			continue;
		}
		sleep_guard_path_through(&out, &into);
		sleep_guard_own_through(w, s, in, &out, &into);
		note_call_out(w, s, out.callee, via, in->loc, &out);
		free(via);
	}
}

void extern_calls_of_callee(struct hm_walk *w, struct path_state *s,
			    const struct ir_instr *in, const struct summary *sum,
			    int first)
{
	bool *live;

	if (!w->an->opts.externs || !sum->ncalls_out || sum->may_sleep ||
	    (sum->external && far_depth(w->an) < 2))
		return;
	live = hide_mappings_from(s, first);
	judge_calls_out(w, s, in, sum);
	restore_mappings_from(s, first, live);
}
