// SPDX-License-Identifier: GPL-2.0
/*
 * Interrupts are off or on, not counted: spin_unlock_irq() turns them on
 * even when local_irq_disable() had turned them off before the lock was
 * taken, so the sleep after it is in process context with nothing held.
 * (Enabling interrupts someone else disabled is poor style, but no sleep
 * in atomic context: the engine sees interrupts on at msleep().)
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include <linux/delay.h>
#include <linux/string.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(stats_lock);
static char stats[64];

static void snapshot_stats(struct page *page, int settle)
{
	char *addr;

	local_irq_disable();
	spin_lock_irq(&stats_lock);
	addr = kmap_local_page(page);
	memcpy(addr, stats, sizeof(stats));
	kunmap_local(addr);
	spin_unlock_irq(&stats_lock);
	if (settle)
		msleep(1);
}

HMCASE_INPUTS(2, 2);

void hmcase_run(const int *in)
{
	snapshot_stats(hmcase_page(in[0]), in[1]);
}
