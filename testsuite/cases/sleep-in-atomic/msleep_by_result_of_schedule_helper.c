// SPDX-License-Identifier: GPL-2.0
/*
 * The poll disables interrupts and, when there is nothing to do, calls
 * schedule(), which returns with them on, and returns 0; else it returns
 * -EBUSY with them still off.  Its caller, with interrupts off already,
 * sleeps on both sides of the result: after a return of 0 in process
 * context, after -EBUSY in atomic context.  (Counted, the poll's returns
 * kept the caller's level on both sides: the 0 side was a false report.)
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/sched.h>
#include <linux/delay.h>
#include <hmcase.h>

static int poll_or_busy(struct page *page, int idle)
{
	unsigned int *addr = kmap_local_page(page);

	addr[0]++;
	kunmap_local(addr);
	local_irq_disable();
	if (idle) {
		schedule();
		return 0;
	}
	return -16;
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	local_irq_disable();
	if (poll_or_busy(hmcase_page(in[0]), in[1]))
		msleep(1);		/* expect: sleep-in-atomic */
	else
		msleep(1);
}
