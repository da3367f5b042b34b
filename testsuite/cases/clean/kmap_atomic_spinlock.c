// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_atomic() under a spin lock: nothing sleeps in between, the mapping
 * is released before the lock.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(stats_lock);
static unsigned long stats_total;

static void account_page(struct page *page)
{
	unsigned long *counter;

	spin_lock(&stats_lock);
	counter = kmap_atomic(page);
	stats_total += *counter;
	*counter = 0;
	kunmap_atomic(counter);
	spin_unlock(&stats_lock);
}

static void account_page_irqsave(struct page *page)
{
	unsigned long flags, *counter;

	spin_lock_irqsave(&stats_lock, flags);
	counter = kmap_atomic(page);
	stats_total += *counter;
	kunmap_atomic(counter);
	spin_unlock_irqrestore(&stats_lock, flags);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	account_page(page);
	account_page_irqsave(page);
}
