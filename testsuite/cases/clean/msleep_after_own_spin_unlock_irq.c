// SPDX-License-Identifier: GPL-2.0
/*
 * Called with interrupts off, the flush takes its own lock with
 * spin_lock_irq() and drops it with spin_unlock_irq(), which switches
 * interrupts on whatever its caller held: the msleep() after it runs
 * with interrupts on, in process context.  Interrupts are switched, not
 * counted, so the sleep comes after leaving the caller's level too, as
 * after schedule().  (Counted, the helper's lock and unlock cancelled
 * out and the call was a false sleep in atomic context.)  Interrupts
 * are on after it: the caller has none to enable.
 */
#include <linux/highmem.h>
#include <linux/irqflags.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(flush_lock);

static void flush_settle(struct page *page, int settle)
{
	unsigned int *addr;

	spin_lock_irq(&flush_lock);
	addr = kmap_local_page(page);
	addr[0]++;
	kunmap_local(addr);
	spin_unlock_irq(&flush_lock);
	if (settle)
		msleep(1);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	local_irq_disable();
	flush_settle(hmcase_page(in[0]), in[1]);
}
