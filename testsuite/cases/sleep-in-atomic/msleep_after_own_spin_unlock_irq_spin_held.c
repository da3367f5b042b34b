// SPDX-License-Identifier: GPL-2.0
/*
 * The flush switches interrupts on with spin_unlock_irq() of its own
 * lock and then sleeps.  Its caller holds a spinlock across the call:
 * the enable gives back interrupts, not the caller's lock, so the
 * msleep() still sleeps in atomic context; a caller with interrupts
 * off alone does not (cases/clean/msleep_after_own_spin_unlock_irq.c).
 * The engine places the sleep
 * at the msleep(); hmcheck names the call made under the lock.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/delay.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(flush_lock);
static DEFINE_SPINLOCK(queue_lock);

static void flush_settle(struct page *page, int settle)
{
	unsigned int *addr;

	spin_lock_irq(&flush_lock);
	addr = kmap_local_page(page);
	addr[0]++;
	kunmap_local(addr);
	spin_unlock_irq(&flush_lock);
	if (settle)
		msleep(1);	/* expect-runtime: sleep-in-atomic -- hmcheck names the call under queue_lock */
}

HMCASE_INPUTS(2, 2, 2);

void hmcase_run(const int *in)
{
	if (in[2]) {
		spin_lock(&queue_lock);
		flush_settle(hmcase_page(in[0]), in[1]); /* expect-static: sleep-in-atomic -- the engine sees the sleep at the msleep() */
		spin_unlock(&queue_lock);
		return;
	}
	/* Interrupts off alone: the flush turns them on before it sleeps. */
	local_irq_disable();
	flush_settle(hmcase_page(in[0]), in[1]);
}
