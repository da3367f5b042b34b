// SPDX-License-Identifier: GPL-2.0
/*
 * schedule() is legal with only interrupts off, not under a spinlock
 * taken with them (spin_lock_irq()): the preempt count says atomic, and
 * 6.1's schedule_debug() complains.  Nor under kmap_atomic() with
 * interrupts off, directly or through a helper.
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/spinlock.h>
#include <linux/sched.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(queue_lock);
static int queue_len;

static void resched(void)
{
	schedule();	/* expect-runtime: sleep-in-atomic -- the engine sees the schedule() itself, hmcheck the helper's call under the lock */
}

static void drain_queue(int through_helper)
{
	spin_lock_irq(&queue_lock);
	queue_len = 0;
	if (through_helper)
		resched();	/* expect-static: sleep-in-atomic -- the engine places it at schedule() in resched() */
	else
		schedule();	/* expect: sleep-in-atomic */
	spin_unlock(&queue_lock);
}

static void clear_page_irqs_off(struct page *page)
{
	unsigned int *addr = kmap_atomic(page);

	local_irq_disable();
	addr[0] = 0;
	schedule();	/* expect: sleep-in-atomic */
	kunmap_atomic(addr);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	drain_queue(in[1]);
	clear_page_irqs_off(hmcase_page(in[0]));
}
