// SPDX-License-Identifier: GPL-2.0
/*
 * kmap_local_page() is allowed in atomic context: under a spin lock and
 * with interrupts off, as long as nothing sleeps.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/irqflags.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(ring_lock);

static void ring_push(struct page *page, unsigned int slot, unsigned long v)
{
	unsigned long *ring;

	spin_lock(&ring_lock);
	ring = kmap_local_page(page);
	ring[slot] = v;
	kunmap_local(ring);
	spin_unlock(&ring_lock);
}

static void ring_push_irq_off(struct page *page, unsigned int slot,
			      unsigned long v)
{
	unsigned long flags, *ring;

	local_irq_save(flags);
	ring = kmap_local_page(page);
	ring[slot] = v;
	kunmap_local(ring);
	local_irq_restore(flags);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	struct page *page = hmcase_page(in[0]);

	ring_push(page, 3, 42);
	ring_push_irq_off(page, 4, 43);
}
