// SPDX-License-Identifier: GPL-2.0
/*
 * down() on a semaphore with interrupts disabled by spin_lock_irqsave():
 * sleeping with interrupts off, a local mapping live in between.
 */
#include <linux/highmem.h>
#include <linux/spinlock.h>
#include <linux/semaphore.h>
#include <hmcase.h>

static DEFINE_SPINLOCK(queue_lock);
static struct semaphore queue_sem;

static void queue_page(struct page *page, unsigned int tag)
{
	unsigned long flags;
	unsigned int *addr;

	spin_lock_irqsave(&queue_lock, flags);
	addr = kmap_local_page(page);
	down(&queue_sem);	/* expect: sleep-in-atomic */
	addr[0] = tag;
	up(&queue_sem);
	kunmap_local(addr);
	spin_unlock_irqrestore(&queue_lock, flags);
}

HMCASE_INPUTS(2);

void hmcase_run(const int *in)
{
	sema_init(&queue_sem, 1);
	queue_page(hmcase_page(in[0]), 7);
}
