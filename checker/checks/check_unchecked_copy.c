// SPDX-License-Identifier: GPL-2.0
/*
 * check_unchecked_copy.c - rule `unchecked-copy`: with page faults disabled
 * (under kmap_atomic() or pagefault_disable()) a user copy cannot fault the
 * page in and may copy less than asked; ignoring its result then loses data
 * silently.  Outside that context an ignored result is not this rule's
 * business.
 */
#include "checks/checks.h"

static void unchecked_copy(const struct hm_event *ev)
{
	struct diag_report *rep;
	struct ir_loc where = { 0 };
	const char *what = "pagefault_disable";

	if (ev->value_used)
		return;
	state_atomic_cause(ev->state, &where, &what);
	rep = hm_report(ev, "unchecked-copy", ev->loc,
			"the result of %s() is ignored, but page faults are "
			"disabled here, so the copy may come up short: check it "
			"and retry outside atomic context", ev->name);
	if (where.line)
		diag_note(rep, where, "page faults are disabled here by %s()",
			  what ? what : "?");
	diag_end(rep);
}

void check_unchecked_copy_register(void)
{
	hm_add_hook(HM_EVENT_COPY_USER, unchecked_copy);
}
