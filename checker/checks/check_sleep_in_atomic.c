// SPDX-License-Identifier: GPL-2.0
/*
 * check_sleep_in_atomic.c - rule `sleep-in-atomic`: a call that may sleep
 * while the path holds atomic context (a kmap_atomic() mapping, which also
 * disables preemption and page faults, preempt_disable(), a spinlock, irqs
 * off, pagefault_disable()).  kmap_local_page() alone is not atomic.
 */
#include <string.h>
#include "checks/checks.h"

/*
 * The context the cause names, if the function is a callback holding it
 * from entry (analysis/callback.c): the registration is the cause.
 */
static const struct context_depth *callback_cause(const struct path_state *s,
						  struct ir_loc where, const char *what)
{
	int i;

	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *c = &s->contexts[i];

		if (c->callback && c->depth > 0 && !c->sleep_ok &&
		    c->entered_by == what && c->entered.line == where.line &&
		    c->entered.file == where.file)
			return c;
	}
	return NULL;
}

static void sleep_in_callback(const struct hm_event *ev,
			      const struct context_depth *c)
{
	struct diag_report *rep;

	rep = hm_report(ev, "sleep-in-atomic", ev->loc,
			"%s() may sleep, but %s() runs in %s context: %s() on "
			"line %u registers it as a callback",
			ev->name ? ev->name : "this call", c->callback, c->name,
			c->entered_by, c->entered.line);
	if (ev->chain && strstr(ev->chain, " -> "))
		diag_note(rep, ev->chain_loc, "it may sleep here, through %s",
			  ev->chain);
	diag_note(rep, c->entered,
		  "%s() is registered here to run in %s context, where it may "
		  "not sleep; defer the sleeping work (a work item)",
		  c->callback, c->name);
	hm_note_path(rep, ev->state, c->decisions_at_entry);
	diag_end(rep);
}

/*
 * A helper run only from a callback holds the callback's context from
 * entry (analysis/callback_only.c): its sleeps reach the callback through
 * its summary and are reported at the call there.  Here only a context
 * of its own (its spinlock) is a cause.
 */
static bool inherited(const struct hm_event *ev, const struct context_depth *c)
{
	return ev->fn && strcmp(c->callback, ev->fn->name);
}

static bool own_atomic_cause(const struct path_state *s, struct ir_loc *where,
			     const char **what)
{
	int i;

	for (i = 0; i < s->ncontexts; i++) {
		const struct context_depth *c = &s->contexts[i];

		if (c->depth > 0 && !c->sleep_ok && !c->callback) {
			*where = c->entered;
			*what = c->entered_by;
			return true;
		}
	}
	return false;
}

static void sleep_in_atomic(const struct hm_event *ev)
{
	const struct context_depth *callback;
	struct diag_report *rep;
	struct ir_loc where;
	const char *what;

	if (!state_atomic_cause(ev->state, &where, &what))
		return;
	callback = callback_cause(ev->state, where, what);
	if (callback && !inherited(ev, callback)) {
		sleep_in_callback(ev, callback);
		return;
	}
	if (callback && !own_atomic_cause(ev->state, &where, &what))
		return;
	rep = hm_report(ev, "sleep-in-atomic", ev->loc,
			"%s() may sleep, but this path is in atomic context "
			"since %s() on line %u",
			ev->name ? ev->name : "this call", what ? what : "?",
			where.line);
	if (ev->chain && strstr(ev->chain, " -> "))
		diag_note(rep, ev->chain_loc, "it may sleep here, through %s",
			  ev->chain);
	diag_note(rep, where,
		  "atomic context entered here; sleep only after leaving it, "
		  "or use kmap_local_page() and a non-sleeping alternative");
	/* The branches from there to the call: which case, which error path. */
	hm_note_path(rep, ev->state, state_atomic_decisions(ev->state));
	diag_end(rep);
}

void check_sleep_in_atomic_register(void)
{
	hm_add_hook(HM_EVENT_SLEEP, sleep_in_atomic);
}
