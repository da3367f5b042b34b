// SPDX-License-Identifier: GPL-2.0
/*
 * check_sleep_in_atomic.c - rule `sleep-in-atomic`: a call that may sleep
 * while the path holds atomic context (a kmap_atomic() mapping, which also
 * disables preemption and page faults, preempt_disable(), a spinlock, irqs
 * off, pagefault_disable()).  kmap_local_page() alone is not atomic.
 */
#include <string.h>
#include "checks/checks.h"

static void sleep_in_atomic(const struct hm_event *ev)
{
	struct diag_report *rep;
	struct ir_loc where;
	const char *what;

	if (!state_atomic_cause(ev->state, &where, &what))
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
	diag_end(rep);
}

void check_sleep_in_atomic_register(void)
{
	hm_add_hook(HM_EVENT_SLEEP, sleep_in_atomic);
}
