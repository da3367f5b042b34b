// SPDX-License-Identifier: GPL-2.0
/*
 * lib/resched.c's schedule(), directly and through fs/resched_mid.c: legal
 * with only interrupts off, a bug under a spinlock taken with them.
 */
#include "k.h"

void lib_resched(void);	/* lib/resched.c */
void mid_resched(void);	/* fs/resched_mid.c */
void local_irq_disable(void);
void local_irq_enable(void);
void spin_lock_irq(spinlock_t *lock);
void spin_unlock_irq(spinlock_t *lock);

static spinlock_t work_lock;

void entry_work(void)
{
	local_irq_disable();
	lib_resched();
	local_irq_disable();
	mid_resched();
	local_irq_enable();
}

void locked_work(void)
{
	spin_lock_irq(&work_lock);
	lib_resched();
	spin_unlock_irq(&work_lock);
}

void locked_far_work(void)
{
	spin_lock_irq(&work_lock);
	mid_resched();
	spin_unlock_irq(&work_lock);
}

void mapped_far_work(struct page *page)
{
	char *v = kmap_atomic(page);

	local_irq_disable();
	v[0] = 0;
	mid_resched();
	kunmap_atomic(v);
}
