// SPDX-License-Identifier: GPL-2.0
/*
 * A helper that disables interrupts and calls schedule(): 6.1's
 * schedule() checks the preempt count, not the interrupt flag, and
 * returns with interrupts on.  So after the helper its caller holds
 * nothing, whatever it had disabled before, and the msleep() that
 * follows is in process context (the local mapping may live across it).
 * The helper's summary must say interrupts are on after it, as
 * spin_unlock_irq() would.
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/sched.h>
#include <linux/delay.h>
#include <hmcase.h>

static void halt_until_work(void)
{
	local_irq_disable();
	schedule();
}

static void poll_work(struct page *page, int settle)
{
	unsigned int *addr = kmap_local_page(page);

	local_irq_disable();
	addr[0]++;
	halt_until_work();
	if (settle)
		msleep(1);
	kunmap_local(addr);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	poll_work(hmcase_page(in[0]), in[1]);
}
