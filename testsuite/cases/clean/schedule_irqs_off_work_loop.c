// SPDX-License-Identifier: GPL-2.0
/*
 * An entry-style work loop runs with interrupts off: on entry and after
 * the disable at the end of each turn.  schedule() there is legal in 6.1
 * (it checks the preempt count, not the interrupt flag, and returns with
 * interrupts on), and so is the local mapping live across it; a helper
 * calling schedule() is the same to its caller.
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/sched.h>
#include <hmcase.h>

static int work_turns;

static void resched_if_needed(int need)
{
	if (need)
		schedule();
}

static void work_pending(struct page *page, int flags)
{
	unsigned int *addr = kmap_local_page(page);

	local_irq_disable();
	do {
		if (flags & 1) {
			schedule();
		} else {
			local_irq_enable();
			addr[0]++;
		}
		local_irq_disable();
		resched_if_needed(flags & 2);
		local_irq_disable();
		flags = ++work_turns < 3 ? flags : 0;
	} while (flags);
	local_irq_enable();
	kunmap_local(addr);
}

HMCASE_INPUTS(2, 4);

void hmcase_run(const int *in)
{
	work_turns = 0;
	work_pending(hmcase_page(in[0]), in[1]);
}
